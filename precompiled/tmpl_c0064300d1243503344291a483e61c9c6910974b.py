from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'official.approval body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_edition = resolve('edition')
    l_0_official_accounts = resolve('official_accounts')
    l_0_organisation = resolve('organisation')
    l_0_your_manager = resolve('your_manager')
    l_0_university = resolve('university')
    l_0_xref = resolve('xref')
    l_0_devices = resolve('devices')
    try:
        t_1 = environment.filters['join_and']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join_and' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    if ((undefined(name='edition') if l_0_edition is missing else l_0_edition) == 'carers'):
        pass
        yield 'Only '
        yield str(environment.finalize(environment.getattr((undefined(name='official_accounts') if l_0_official_accounts is missing else l_0_official_accounts), 'approver')))
        yield ' can approve an account, page, group or channel that speaks for '
        yield str(environment.finalize(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name')))
        yield ' or a team or a service. Do not set one up yourself, or use our name or logo on an account of your own. If you think one is needed, talk to your '
        yield str(environment.finalize((undefined(name='your_manager') if l_0_your_manager is missing else l_0_your_manager)))
        yield '.\n'
    else:
        pass
        yield 'An official account is any account, page, group or channel that speaks for '
        yield str(environment.finalize(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name')))
        yield ', '
        if (undefined(name='university') if l_0_university is missing else l_0_university):
            pass
            yield 'a department, a programme or a team'
        else:
            pass
            yield 'a team or a service'
        yield '. Only '
        yield str(environment.finalize(environment.getattr((undefined(name='official_accounts') if l_0_official_accounts is missing else l_0_official_accounts), 'approver')))
        yield ' can approve a new one. Nobody may create an official account before that approval and the checks in clause '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'official.checks')))
        yield '.\n\nTo ask for an account, say in writing what it is for, who it is for, which role will own it, and how it will be moderated. Set it up with a team email address that '
        yield str(environment.finalize(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name')))
        yield " controls, never a personal one.\n\nRun it through the platform's business or organisation tools, which let each person sign in as themselves. It must have at least two named administrators, so that it is never left without one. Never share a password to an official account.\n"
        if environment.getattr((undefined(name='devices') if l_0_devices is missing else l_0_devices), 'restricted_platforms'):
            pass
            yield '\n'
            yield str(environment.finalize(t_1(environment.getattr((undefined(name='devices') if l_0_devices is missing else l_0_devices), 'restricted_platforms'))))
            yield ' '
            yield str(environment.finalize(('is' if (t_2(environment.getattr((undefined(name='devices') if l_0_devices is missing else l_0_devices), 'restricted_platforms')) == 1) else 'are')))
            yield ' not allowed on our work devices (clause '
            yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'personal-use.devices')))
            yield '). Do not plan an official account there unless '
            yield str(environment.finalize(environment.getattr((undefined(name='official_accounts') if l_0_official_accounts is missing else l_0_official_accounts), 'approver')))
            yield ' has agreed how it could be run safely without our work devices.\n'

blocks = {}
debug_info = '1=30&2=33&4=42&6=55&9=57&11=60'