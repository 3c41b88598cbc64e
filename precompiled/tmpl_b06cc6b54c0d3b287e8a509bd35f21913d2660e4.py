from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'official.none body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_organisation = resolve('organisation')
    l_0_university = resolve('university')
    l_0_edition = resolve('edition')
    l_0_your_manager = resolve('your_manager')
    l_0_contacts = resolve('contacts')
    try:
        t_1 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    pass
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name'))))
    yield ' does not run official social media accounts. You must not set up any account, page, group or channel that speaks for us, '
    if (undefined(name='university') if l_0_university is missing else l_0_university):
        pass
        yield 'a department, a programme or a team'
    else:
        pass
        yield 'a team or a service'
    yield ', or that uses our name or logo. If you think we need one, talk to '
    if ((undefined(name='edition') if l_0_edition is missing else l_0_edition) in ('carers', 'students')):
        pass
        yield 'your '
        yield str(environment.finalize((undefined(name='your_manager') if l_0_your_manager is missing else l_0_your_manager)))
    else:
        pass
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'communications'), 'name')))
    yield '.\n'

blocks = {}
debug_info = '1=22'