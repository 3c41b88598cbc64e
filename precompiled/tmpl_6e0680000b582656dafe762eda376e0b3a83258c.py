from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'quick.full-policy body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_document = resolve('document')
    l_0_policies = resolve('policies')
    l_0_contacts = resolve('contacts')
    l_0_not_only_employees = resolve('not_only_employees')
    l_0_abuse_support = resolve('abuse_support')
    l_0_xref = resolve('xref')
    l_0_scope = resolve('scope')
    l_0_university = resolve('university')
    try:
        t_1 = environment.filters['link']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'link' found.")
    pass
    yield 'This guide summarises our '
    yield str(environment.finalize(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'title')))
    yield ', version '
    yield str(environment.finalize(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'version')))
    if environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'approved_on'):
        pass
        yield ', approved on '
        yield str(environment.finalize(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'approved_on')))
    else:
        pass
        yield ', which is still a draft'
    yield '. The numbers in brackets are its clauses. The full policy is what you must follow: where this guide leaves something out, the policy still applies.\n\n'
    if (environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'location') or environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'location_url')):
        pass
        yield 'You can find it '
        if environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'location'):
            pass
            yield str(environment.finalize(environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'location')))
            if environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'location_url'):
                pass
                yield ', at '
                yield str(environment.finalize(t_1('our policies page', environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'location_url'))))
        else:
            pass
            yield 'on '
            yield str(environment.finalize(t_1('our policies page', environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'location_url'))))
        yield '. If you cannot get to it, ask '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'questions'), 'name')))
        yield ' for a copy.\n'
    else:
        pass
        yield 'Ask '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'questions'), 'name')))
        yield ' for a copy.\n'
    if ((undefined(name='not_only_employees') if l_0_not_only_employees is missing else l_0_not_only_employees) and ('manager' in environment.checked_text(str_join((environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'concerns'), 'name'), ' ', environment.getattr((undefined(name='abuse_support') if l_0_abuse_support is missing else l_0_abuse_support), 'report_to'), ))))):
        pass
        yield '\nIf you are not our employee, read the manager this guide names as the person clause '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'introduction.scope')))
        yield ' of the full policy names for you to ask for advice'
        if (environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'students') and (not (undefined(name='university') if l_0_university is missing else l_0_university))):
            pass
            yield ', such as your practice educator if you are a student on placement'
        yield '.\n'

blocks = {}
debug_info = '1=26&3=37&4=40&6=57&8=59&10=62'