from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'guide-contacts.carers body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_your_manager = resolve('your_manager')
    l_0_routes = resolve('routes')
    l_0_scope = resolve('scope')
    l_0_carer_workers = resolve('carer_workers')
    l_0_fostering = resolve('fostering')
    l_0_own_line = l_0_concerns = l_0_concerns_name = l_0_wanted = missing
    try:
        t_1 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    try:
        t_2 = environment.filters['first']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'first' found.")
    try:
        t_3 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_4 = environment.filters['link']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'link' found.")
    try:
        t_5 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_6 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    pass
    yield '| For | Who | How to reach them |\n| --- | --- | --- |\n| Advice and support, and anything in this guide | Your '
    yield str(environment.finalize((undefined(name='your_manager') if l_0_your_manager is missing else l_0_your_manager)))
    yield ' | Speak to them directly |\n'
    l_0_own_line = t_5(context.eval_ctx, t_6(context, (undefined(name='routes') if l_0_routes is missing else l_0_routes), 'purpose', 'equalto', "Foster carers' advice and support out of office hours"))
    context.vars['own_line'] = l_0_own_line
    context.exported_vars.add('own_line')
    l_0_concerns = t_2(environment, t_6(context, (undefined(name='routes') if l_0_routes is missing else l_0_routes), 'purpose', 'equalto', 'Raising a concern'))
    context.vars['concerns'] = l_0_concerns
    context.exported_vars.add('concerns')
    l_0_concerns_name = (environment.checked_text(str_join(('your ', (undefined(name='your_manager') if l_0_your_manager is missing else l_0_your_manager), ))) if environment.getattr((undefined(name='concerns') if l_0_concerns is missing else l_0_concerns), 'personal') else environment.getattr((undefined(name='concerns') if l_0_concerns is missing else l_0_concerns), 'name'))
    context.vars['concerns_name'] = l_0_concerns_name
    context.exported_vars.add('concerns_name')
    l_0_wanted = [("Foster carers' advice and support out of office hours", 'Advice and support out of office hours'), ('Someone at risk out of hours', ('Someone at risk out of hours' if ((undefined(name='own_line') if l_0_own_line is missing else l_0_own_line) or (not environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'foster_carers'))) else 'Advice and support out of office hours, and someone at risk')), ('Raising a concern', 'Raising a concern'), (environment.checked_text(str_join(("A carer's concern about their ", t_3(context.eval_ctx, (undefined(name='carer_workers') if l_0_carer_workers is missing else l_0_carer_workers), ' or '), ', or one they cannot raise with them', ))), environment.checked_text(str_join(('A concern you cannot raise with ', (undefined(name='concerns_name') if l_0_concerns_name is missing else l_0_concerns_name), )))), ('Data protection, data breaches and monitoring', 'A data breach'), ('A lost or stolen device used for work', ('A lost or stolen phone or computer signed in to our systems' if (environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'devices') == 'our_systems') else '')), ('Questions about this policy', 'Questions about the full policy')]
    context.vars['wanted'] = l_0_wanted
    context.exported_vars.add('wanted')
    def t_7(fiter):
        for (l_1_purpose, l_1_label) in fiter:
            if l_1_label:
                yield (l_1_purpose, l_1_label)
    for (l_1_purpose, l_1_label) in t_7((undefined(name='wanted') if l_0_wanted is missing else l_0_wanted)):
        l_1__policygen_loop_step = resolve('_policygen_loop_step')
        _loop_vars = {}
        pass
        environment.call(context, (undefined(name='_policygen_loop_step') if l_1__policygen_loop_step is missing else l_1__policygen_loop_step), _loop_vars=_loop_vars)
        def t_8(fiter):
            for l_2_route in fiter:
                if ((environment.getattr(l_2_route, 'purpose') == l_1_purpose) and (not environment.getattr(l_2_route, 'personal'))):
                    yield l_2_route
        for l_2_route in t_8((undefined(name='routes') if l_0_routes is missing else l_0_routes)):
            _loop_vars = {}
            pass
            environment.call(context, (undefined(name='_policygen_loop_step') if l_1__policygen_loop_step is missing else l_1__policygen_loop_step), _loop_vars=_loop_vars)
            yield '| '
            yield str(environment.finalize(l_1_label))
            yield ' | '
            yield str(environment.finalize(t_1(environment.getattr(l_2_route, 'name'))))
            yield ' | '
            if environment.getattr(l_2_route, 'email'):
                pass
                yield str(environment.finalize(t_4(environment.getattr(l_2_route, 'email'), environment.checked_text(str_join(('mailto:', environment.getattr(l_2_route, 'email'), ))))))
            if (environment.getattr(l_2_route, 'email') and environment.getattr(l_2_route, 'phone')):
                pass
                yield ', '
            if environment.getattr(l_2_route, 'phone'):
                pass
                yield str(environment.finalize(environment.getattr(l_2_route, 'phone')))
            if environment.getattr(l_2_route, 'web'):
                pass
                if (environment.getattr(l_2_route, 'email') or environment.getattr(l_2_route, 'phone')):
                    pass
                    yield ', '
                yield str(environment.finalize(t_4('Web page', environment.getattr(l_2_route, 'web'))))
            if environment.getattr(l_2_route, 'note'):
                pass
                if ((environment.getattr(l_2_route, 'email') or environment.getattr(l_2_route, 'phone')) or environment.getattr(l_2_route, 'web')):
                    pass
                    yield '. '
                yield str(environment.finalize(environment.getattr(l_2_route, 'note')))
            if (not (((environment.getattr(l_2_route, 'email') or environment.getattr(l_2_route, 'phone')) or environment.getattr(l_2_route, 'web')) or environment.getattr(l_2_route, 'note'))):
                pass
                yield 'Ask your '
                yield str(environment.finalize((undefined(name='your_manager') if l_0_your_manager is missing else l_0_your_manager)))
                yield ' how to reach them'
            yield ' |\n'
        l_2_route = missing
    l_1_purpose = l_1_label = l_1__policygen_loop_step = missing
    yield '\nIf someone is in immediate danger, call 999.\n'

blocks = {}
debug_info = '3=54&6=56&7=59&8=62&9=65&18=68&19=77&20=86'