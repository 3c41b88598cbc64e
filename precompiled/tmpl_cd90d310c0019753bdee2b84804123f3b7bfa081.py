from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'breaches.data body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_edition = resolve('edition')
    l_0_fostering = resolve('fostering')
    l_0_xref = resolve('xref')
    l_0_university = resolve('university')
    l_0_contacts = resolve('contacts')
    l_0_policies = resolve('policies')
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
    yield 'A data breach includes any post, message or photo that reveals personal information without authority, and a lost '
    if (((undefined(name='edition') if l_0_edition is missing else l_0_edition) == 'carers') and (environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'devices') != 'none')):
        pass
        yield 'phone, tablet or computer that holds information about the people in your care'
        if (environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'devices') == 'our_systems'):
            pass
            yield ' or is signed in to one of our systems'
        yield ' (clause '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'breaches.carer-devices')))
        yield ')'
    elif ((undefined(name='edition') if l_0_edition is missing else l_0_edition) == 'carers'):
        pass
        yield 'phone, tablet or computer that is signed in to one of our systems'
    elif ((undefined(name='edition') if l_0_edition is missing else l_0_edition) == 'students'):
        pass
        yield 'device that is signed in to a '
        yield str(environment.finalize(('university or placement' if (undefined(name='university') if l_0_university is missing else l_0_university) else 'placement or university')))
        yield ' account'
    else:
        pass
        yield 'device that is signed in to a work account'
    yield '.\n\nReport a suspected breach to '
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'data_protection'), 'name')))
    if environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'data_protection'), 'email'):
        pass
        yield ' ('
        yield str(environment.finalize(t_2(environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'data_protection'), 'email'), environment.checked_text(str_join(('mailto:', environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'data_protection'), 'email'), ))))))
        yield ')'
    if environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'data_protection'), 'phone'):
        pass
        yield ', phone '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'data_protection'), 'phone')))
    yield ', within '
    yield str(environment.finalize(environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'data_breach_hours')))
    yield ' hour'
    yield str(environment.finalize(('s' if (environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'data_breach_hours') != 1) else '')))
    yield ' of finding it, even if you are not sure.\n\n'
    yield str(environment.finalize(t_1(environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'data_protection'), 'name'))))
    yield ' decides whether the UK GDPR requires '
    yield str(environment.finalize(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name')))
    yield " to report the breach to the Information Commissioner's Office, and if so reports it within the time the law allows. So you do not need to contact the Information Commissioner's Office yourself.\n"

blocks = {}
debug_info = '1=31&3=52&5=67'