from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'confidentiality.found-online body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_edition = resolve('edition')
    l_0_devices = resolve('devices')
    l_0_your_manager = resolve('your_manager')
    l_0_contacts = resolve('contacts')
    l_0_organisation = resolve('organisation')
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
    pass
    yield 'If you see confidential information about '
    if ((undefined(name='edition') if l_0_edition is missing else l_0_edition) == 'carers'):
        pass
        yield 'the people in your care, other people who use our services, our staff'
    else:
        pass
        yield 'people who use our services, colleagues'
    yield ' or our work on social media:\n\n1. do not share, comment on or react to it;\n'
    if ((undefined(name='edition') if l_0_edition is missing else l_0_edition) in ('carers', 'students')):
        pass
        yield '2. note the web address and the time, but do not take a screenshot: it would put the information on your own device;\n'
    elif (environment.getattr((undefined(name='devices') if l_0_devices is missing else l_0_devices), 'issued') == 'work'):
        pass
        yield '2. note the web address and the time, and take a screenshot on a work device if you can;\n'
    elif (environment.getattr((undefined(name='devices') if l_0_devices is missing else l_0_devices), 'issued') == 'both'):
        pass
        yield '2. note the web address and the time, and take a screenshot on a work device if you have one, never on your own;\n'
    else:
        pass
        yield '2. note the web address and the time, but do not take a screenshot: it would put the information on your own device;\n'
    yield '3. tell your '
    yield str(environment.finalize((undefined(name='your_manager') if l_0_your_manager is missing else l_0_your_manager)))
    yield ' and '
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'data_protection'), 'name')))
    yield ' straight away'
    if environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'data_protection'), 'email'):
        pass
        yield ', by email to '
        yield str(environment.finalize(t_2(environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'data_protection'), 'email'), environment.checked_text(str_join(('mailto:', environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'data_protection'), 'email'), ))))))
    yield '.\n\n'
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name'))))
    yield ' will decide whether it is a data breach and ask for the content to be removed. Do this even if you posted it yourself by mistake: reporting quickly limits the harm.\n'

blocks = {}
debug_info = '1=29&4=36&6=39&8=42&13=49&15=58'