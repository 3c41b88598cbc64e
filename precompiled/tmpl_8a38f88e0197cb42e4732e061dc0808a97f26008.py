from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'governance.contacts body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_routes = resolve('routes')
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
    pass
    yield '| For | Who | How to reach them |\n| --- | --- | --- |\n'
    for l_1_route in (undefined(name='routes') if l_0_routes is missing else l_0_routes):
        l_1__policygen_loop_step = resolve('_policygen_loop_step')
        l_1_name = missing
        _loop_vars = {}
        pass
        environment.call(context, (undefined(name='_policygen_loop_step') if l_1__policygen_loop_step is missing else l_1__policygen_loop_step), _loop_vars=_loop_vars)
        l_1_name = (environment.getattr(l_1_route, 'name')[4:] if (t_3(environment.getattr(l_1_route, 'name')[:4]) == 'the ') else environment.getattr(l_1_route, 'name'))
        _loop_vars['name'] = l_1_name
        yield '| '
        yield str(environment.finalize(environment.getattr(l_1_route, 'purpose')))
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
        if environment.getattr(l_1_route, 'web'):
            pass
            if (environment.getattr(l_1_route, 'email') or environment.getattr(l_1_route, 'phone')):
                pass
                yield ', '
            yield str(environment.finalize(t_2(environment.checked_text(str_join(((undefined(name='name') if l_1_name is missing else l_1_name), ' web page', ))), environment.getattr(l_1_route, 'web'))))
        if environment.getattr(l_1_route, 'note'):
            pass
            if ((environment.getattr(l_1_route, 'email') or environment.getattr(l_1_route, 'phone')) or environment.getattr(l_1_route, 'web')):
                pass
                yield '. '
            yield str(environment.finalize(environment.getattr(l_1_route, 'note')))
        if (not (((environment.getattr(l_1_route, 'email') or environment.getattr(l_1_route, 'phone')) or environment.getattr(l_1_route, 'web')) or environment.getattr(l_1_route, 'note'))):
            pass
            if environment.getattr(l_1_route, 'personal'):
                pass
                yield 'Speak to them directly'
            else:
                pass
                yield 'Ask your manager'
        yield ' |\n'
    l_1_route = l_1__policygen_loop_step = l_1_name = missing
    yield '\nIf someone is in immediate danger, call 999.\n'

blocks = {}
debug_info = '4=31&5=37&6=40'