from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'guide-contacts.students body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_your_manager = resolve('your_manager')
    l_0_university = resolve('university')
    l_0_routes = resolve('routes')
    l_0_concerns = l_0_concerns_name = l_0_wanted = missing
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
        t_3 = environment.filters['link']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'link' found.")
    try:
        t_4 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    pass
    yield '| For | Who | How to reach them |\n| --- | --- | --- |\n| Advice, and anything in this guide | Your '
    yield str(environment.finalize((undefined(name='your_manager') if l_0_your_manager is missing else l_0_your_manager)))
    yield ' | Speak to them directly |\n'
    if (undefined(name='university') if l_0_university is missing else l_0_university):
        pass
        yield '| Anything linked to your placement | Your practice educator | Speak to them directly |\n'
        def t_5(fiter):
            for l_1_route in fiter:
                if ((environment.getattr(l_1_route, 'purpose') == "A student's concern about their personal tutor, or one they cannot raise with them") and environment.getattr(l_1_route, 'personal')):
                    yield l_1_route
        for l_1_route in t_5((undefined(name='routes') if l_0_routes is missing else l_0_routes)):
            l_1__policygen_loop_step = resolve('_policygen_loop_step')
            _loop_vars = {}
            pass
            environment.call(context, (undefined(name='_policygen_loop_step') if l_1__policygen_loop_step is missing else l_1__policygen_loop_step), _loop_vars=_loop_vars)
            yield '| A concern you cannot raise with your personal tutor | '
            yield str(environment.finalize(t_1(environment.getattr(l_1_route, 'name'))))
            yield ' | Speak to them directly |\n'
        l_1_route = l_1__policygen_loop_step = missing
    else:
        pass
        yield '| Your studies, and support from your university | Your personal tutor at your university | Speak to them directly |\n| A concern you cannot raise with your practice educator | Your personal tutor at your university | Speak to them directly: they can raise it with us |\n'
    l_0_concerns = t_2(environment, t_4(context, (undefined(name='routes') if l_0_routes is missing else l_0_routes), 'purpose', 'equalto', 'Raising a concern'))
    context.vars['concerns'] = l_0_concerns
    context.exported_vars.add('concerns')
    l_0_concerns_name = (environment.checked_text(str_join(('your ', (undefined(name='your_manager') if l_0_your_manager is missing else l_0_your_manager), ))) if environment.getattr((undefined(name='concerns') if l_0_concerns is missing else l_0_concerns), 'personal') else environment.getattr((undefined(name='concerns') if l_0_concerns is missing else l_0_concerns), 'name'))
    context.vars['concerns_name'] = l_0_concerns_name
    context.exported_vars.add('concerns_name')
    l_0_wanted = [('Raising a concern', 'Raising a concern'), ("A student's concern about their personal tutor, or one they cannot raise with them", environment.checked_text(str_join(('A concern you cannot raise with ', (undefined(name='concerns_name') if l_0_concerns_name is missing else l_0_concerns_name), )))), ('Someone at risk out of hours', 'Someone at risk out of hours'), ('Data protection, data breaches and monitoring', 'A data breach'), ('Questions about this policy', 'Questions about the full policy')]
    context.vars['wanted'] = l_0_wanted
    context.exported_vars.add('wanted')
    def t_6(fiter):
        for (l_1_purpose, l_1_label) in fiter:
            if l_1_label:
                yield (l_1_purpose, l_1_label)
    for (l_1_purpose, l_1_label) in t_6((undefined(name='wanted') if l_0_wanted is missing else l_0_wanted)):
        l_1__policygen_loop_step = resolve('_policygen_loop_step')
        _loop_vars = {}
        pass
        environment.call(context, (undefined(name='_policygen_loop_step') if l_1__policygen_loop_step is missing else l_1__policygen_loop_step), _loop_vars=_loop_vars)
        def t_7(fiter):
            for l_2_route in fiter:
                if ((environment.getattr(l_2_route, 'purpose') == l_1_purpose) and (not environment.getattr(l_2_route, 'personal'))):
                    yield l_2_route
        for l_2_route in t_7((undefined(name='routes') if l_0_routes is missing else l_0_routes)):
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
                yield str(environment.finalize(t_3(environment.getattr(l_2_route, 'email'), environment.checked_text(str_join(('mailto:', environment.getattr(l_2_route, 'email'), ))))))
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
                yield str(environment.finalize(t_3('Web page', environment.getattr(l_2_route, 'web'))))
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
debug_info = '3=40&4=42&6=45&7=55&15=61&16=64&17=67&24=70&25=79&26=88'