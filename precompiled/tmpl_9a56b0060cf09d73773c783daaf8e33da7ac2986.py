from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'roles.responsibilities body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_official_accounts = resolve('official_accounts')
    l_0_contacts = resolve('contacts')
    l_0_university = resolve('university')
    l_0_nation = resolve('nation')
    l_0_university_students = resolve('university_students')
    l_0_scope = resolve('scope')
    l_0_xref = resolve('xref')
    l_0_fostering = resolve('fostering')
    l_0_document = resolve('document')
    l_0_organisation = resolve('organisation')
    l_0_policies = resolve('policies')
    l_0_approver = l_0_comms = l_0_dpo = missing
    try:
        t_1 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    try:
        t_2 = environment.filters['lower']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'lower' found.")
    pass
    l_0_approver = (environment.getattr((undefined(name='official_accounts') if l_0_official_accounts is missing else l_0_official_accounts), 'approver')[4:] if (t_2(environment.getattr((undefined(name='official_accounts') if l_0_official_accounts is missing else l_0_official_accounts), 'approver')[:4]) == 'the ') else environment.getattr((undefined(name='official_accounts') if l_0_official_accounts is missing else l_0_official_accounts), 'approver'))
    context.vars['approver'] = l_0_approver
    context.exported_vars.add('approver')
    l_0_comms = (environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'communications'), 'name')[4:] if (t_2(environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'communications'), 'name')[:4]) == 'the ') else environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'communications'), 'name'))
    context.vars['comms'] = l_0_comms
    context.exported_vars.add('comms')
    l_0_dpo = (environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'data_protection'), 'name')[4:] if (t_2(environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'data_protection'), 'name')[:4]) == 'the ') else environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'data_protection'), 'name'))
    context.vars['dpo'] = l_0_dpo
    context.exported_vars.add('dpo')
    yield 'Everyone covered by this policy has a part to play.\n\n| Who | What they do |\n| --- | --- |\n'
    if (undefined(name='university') if l_0_university is missing else l_0_university):
        pass
        yield '| You | Read this policy and follow it. If you are registered with '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'regulator'), 'name')))
        yield ', as many of our staff are'
        if ((undefined(name='university_students') if l_0_university_students is missing else l_0_university_students) and environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'students'), 'registered')):
            pass
            yield ' and every social work student is'
        yield ', know the standards it sets for you online. Ask for advice when you are unsure, and report concerns promptly. |\n'
    else:
        pass
        yield '| You | Read this policy and follow it. Social workers must be registered with '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'regulator'), 'name')))
        if (environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'students') and environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'students'), 'registered')):
            pass
            yield ', and social work students are registered with it too'
        yield '. If you are, know the standards it sets for you online. Ask for advice when you are unsure, and report concerns promptly. |\n'
    yield '| Managers | Make sure their teams know this policy. Talk through social media questions in supervision. Act on concerns quickly and fairly, and take advice from HR where needed. |\n'
    if (undefined(name='university_students') if l_0_university_students is missing else l_0_university_students):
        pass
        yield '| Personal tutors and practice educators | Make sure students know this policy before their first placement. Answer their questions about it, and act on concerns about a student under the procedures in clause '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'students.university')))
        yield '. |\n'
    elif environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'students'):
        pass
        yield "| Practice educators | Go through this policy with each student at the start of their placement. Answer their questions about it, and tell the student's university about any concern, as clause "
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'students.placement')))
        yield ' says. |\n'
    if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'foster_carers'):
        pass
        yield '| '
        yield str(environment.finalize(t_1(environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'supervising_worker'))))
        yield 's | Make sure the foster carers they supervise know this policy. Talk about social media at supervision visits, and act on concerns as clause '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'fostering.concerns')))
        yield ' says. |\n'
    yield '| '
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'owner'))))
    yield ' | Owns this policy. Answers questions about it, keeps it up to date and arranges its review. |\n| '
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'approver'))))
    yield ' | Approves this policy and any major change to it. |\n'
    if (environment.getattr((undefined(name='official_accounts') if l_0_official_accounts is missing else l_0_official_accounts), 'exist') and (t_2((undefined(name='approver') if l_0_approver is missing else l_0_approver)) == t_2((undefined(name='comms') if l_0_comms is missing else l_0_comms)))):
        pass
        yield '| '
        yield str(environment.finalize(t_1((undefined(name='comms') if l_0_comms is missing else l_0_comms))))
        yield ' | Approves new official accounts and supports the people who run them. Handles media enquiries and advises on anything you post about '
        yield str(environment.finalize(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name')))
        yield '. |\n'
    else:
        pass
        if environment.getattr((undefined(name='official_accounts') if l_0_official_accounts is missing else l_0_official_accounts), 'exist'):
            pass
            yield '| '
            yield str(environment.finalize(t_1((undefined(name='approver') if l_0_approver is missing else l_0_approver))))
            yield ' | Approves new official accounts and supports the people who run them. |\n'
        yield '| '
        yield str(environment.finalize(t_1((undefined(name='comms') if l_0_comms is missing else l_0_comms))))
        yield ' | Handles media enquiries and advises on anything you post about '
        yield str(environment.finalize(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name')))
        yield '. |\n'
    yield '| '
    yield str(environment.finalize(t_1((undefined(name='dpo') if l_0_dpo is missing else l_0_dpo))))
    yield " | Advises on data protection and handles any data breach, including one on social media. |\n| HR | Advises managers on concerns about an employee's conduct online, and on the "
    yield str(environment.finalize(environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'disciplinary')))
    yield '. |\n\n'
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name'))))
    yield ' is responsible for giving you the information, training and support you need to follow this policy.\n'

blocks = {}
debug_info = '1=35&2=38&3=41&8=45&9=48&11=57&14=63&15=66&16=68&17=71&19=73&20=76&22=81&23=83&24=85&25=88&27=94&28=97&30=100&32=105&33=107&35=109'