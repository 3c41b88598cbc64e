from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'quick.contacts body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_contacts = resolve('contacts')
    l_0_out_of_hours = resolve('out_of_hours')
    try:
        t_1 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    try:
        t_2 = environment.filters['link']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'link' found.")
    try:
        t_3 = environment.filters['lower']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'lower' found.")
    try:
        t_4 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    pass
    yield '| For | Who | How to reach them |\n| --- | --- | --- |\n'
    for (l_1_purpose, l_1_route) in [('Questions about this policy', environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'questions')), ('Raising a concern', environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'concerns')), ('Data protection and data breaches', environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'data_protection')), ('A lost or stolen work device', environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'it_support')), ('The media', environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'communications')), ('Someone at risk out of hours', (undefined(name='out_of_hours') if l_0_out_of_hours is missing else l_0_out_of_hours))]:
        l_1__policygen_loop_step = resolve('_policygen_loop_step')
        l_1_name = missing
        _loop_vars = {}
        pass
        environment.call(context, (undefined(name='_policygen_loop_step') if l_1__policygen_loop_step is missing else l_1__policygen_loop_step), _loop_vars=_loop_vars)
        l_1_name = (environment.getattr(l_1_route, 'name')[4:] if (t_3(environment.getattr(l_1_route, 'name')[:4]) == 'the ') else environment.getattr(l_1_route, 'name'))
        _loop_vars['name'] = l_1_name
        yield '| '
        yield str(environment.finalize(l_1_purpose))
        yield ' | '
        yield str(environment.finalize(t_1((undefined(name='name') if l_1_name is missing else l_1_name))))
        yield ' | '
        if environment.getattr(l_1_route, 'email'):
            pass
            yield str(environment.finalize(t_2(environment.getattr(l_1_route, 'email'), environment.checked_text(str_join(('mailto:', environment.getattr(l_1_route, 'email'), ))))))
        if (environment.getattr(l_1_route, 'email') and environment.getattr(l_1_route, 'phone')):
            pass
            yield ', '
        if environment.getattr(l_1_route, 'phone'):
            pass
            yield str(environment.finalize(environment.getattr(l_1_route, 'phone')))
        if (environment.getattr(l_1_route, 'web') and (not (environment.getattr(l_1_route, 'email') or environment.getattr(l_1_route, 'phone')))):
            pass
            yield str(environment.finalize(t_2(environment.checked_text(str_join(((undefined(name='name') if l_1_name is missing else l_1_name), ' web page', ))), environment.getattr(l_1_route, 'web'))))
        if (not ((environment.getattr(l_1_route, 'email') or environment.getattr(l_1_route, 'phone')) or environment.getattr(l_1_route, 'web'))):
            pass
            if environment.getattr(l_1_route, 'personal'):
                pass
                yield 'Speak to them directly'
            elif (t_4(environment.getattr(l_1_route, 'note')) and environment.getattr(l_1_route, 'note')):
                pass
                yield str(environment.finalize(environment.getattr(l_1_route, 'note')))
            else:
                pass
                yield 'Ask your manager'
        yield ' |\n'
    l_1_purpose = l_1_route = l_1__policygen_loop_step = l_1_name = missing
    yield '\nIf someone is in immediate danger, call 999.\n'

blocks = {}
debug_info = '4=38&5=44&6=47'