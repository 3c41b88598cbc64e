from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'personal-use.lost-devices body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_contacts = resolve('contacts')
    l_0_devices = resolve('devices')
    l_0_xref = resolve('xref')
    l_0_it = missing
    try:
        t_1 = environment.filters['count']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'count' found.")
    try:
        t_2 = environment.filters['link']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'link' found.")
    pass
    l_0_it = environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'it_support')
    context.vars['it'] = l_0_it
    context.exported_vars.add('it')
    yield 'If a phone, tablet or computer that you use for work is lost or stolen'
    if (environment.getattr((undefined(name='devices') if l_0_devices is missing else l_0_devices), 'issued') == 'both'):
        pass
        yield ', whether it is ours or your own'
    yield ', tell '
    yield str(environment.finalize(environment.getattr((undefined(name='it') if l_0_it is missing else l_0_it), 'name')))
    if environment.getattr((undefined(name='it') if l_0_it is missing else l_0_it), 'phone'):
        pass
        yield ' on '
        yield str(environment.finalize(environment.getattr((undefined(name='it') if l_0_it is missing else l_0_it), 'phone')))
    elif environment.getattr((undefined(name='it') if l_0_it is missing else l_0_it), 'email'):
        pass
        yield ' ('
        yield str(environment.finalize(t_2(environment.getattr((undefined(name='it') if l_0_it is missing else l_0_it), 'email'), environment.checked_text(str_join(('mailto:', environment.getattr((undefined(name='it') if l_0_it is missing else l_0_it), 'email'), ))))))
        yield ')'
    yield ' straight away, and within '
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='devices') if l_0_devices is missing else l_0_devices), 'lost_report_hours'), 'hour')))
    yield ' of noticing at the latest. They can then lock it and remove work information from it.\n\nA lost device that is signed in to a work account may be a data breach, so report it under clause '
    yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'breaches.data')))
    yield ' as well.\n'

blocks = {}
debug_info = '1=27&2=31&4=48'