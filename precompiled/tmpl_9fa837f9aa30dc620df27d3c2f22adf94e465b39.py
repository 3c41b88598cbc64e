from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'introduction.scope body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_university = resolve('university')
    l_0_organisation = resolve('organisation')
    l_0_not_only_employees = resolve('not_only_employees')
    l_0_scope = resolve('scope')
    l_0_university_students = resolve('university_students')
    l_0_xref = resolve('xref')
    l_0_other_carer_kinds = resolve('other_carer_kinds')
    l_0_carers = resolve('carers')
    l_0_policies = resolve('policies')
    l_0_higher_education = resolve('higher_education')
    l_0_fostering = resolve('fostering')
    l_0_contract_status = missing
    try:
        t_1 = environment.filters['join_and']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join_and' found.")
    pass
    t_2 = []
    pass
    if (undefined(name='not_only_employees') if l_0_not_only_employees is missing else l_0_not_only_employees):
        pass
        t_2.extend((
            'If you are ',
            str(environment.finalize(('a member of our staff' if (undefined(name='university') if l_0_university is missing else l_0_university) else 'our employee'))),
            ', this',
        ))
    else:
        pass
        t_2.append(
            'This',
        )
    t_2.append(
        ' policy ',
    )
    if environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'part_of_contract'):
        pass
        t_2.append(
            'is part of your contract of employment, so we change it only as your contract allows.',
        )
    else:
        pass
        t_2.extend((
            'is not part of your contract of employment, so we can update it without changing your contract. You must still follow it, and breaking it can lead to action under our ',
            str(environment.finalize(environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'disciplinary'))),
            '.',
        ))
    l_0_contract_status = (Markup if context.eval_ctx.autoescape else identity)(concat(t_2))
    context.vars['contract_status'] = l_0_contract_status
    context.exported_vars.add('contract_status')
    if (undefined(name='university') if l_0_university is missing else l_0_university):
        pass
        yield 'This policy applies to everyone who teaches, supports or studies social work at '
        yield str(environment.finalize(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name')))
        if environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'service'):
            pass
            yield ', in its '
            yield str(environment.finalize(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'service')))
        yield '. That includes:\n\n- academic staff, including sessional and visiting lecturers, and the staff who support them;\n- practice educators and practice learning staff whom we employ or engage;\n'
    else:
        pass
        yield 'This policy applies to everyone below who works with '
        yield str(environment.finalize(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name')))
        if environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'service'):
            pass
            yield ' in its '
            yield str(environment.finalize(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'service')))
        if (undefined(name='not_only_employees') if l_0_not_only_employees is missing else l_0_not_only_employees):
            pass
            yield ', whether we employ them or not'
        yield ':\n\n- social workers, social work assistants and other practitioners, and the staff who support them;\n'
    if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'agency_staff'):
        pass
        yield '- agency and interim staff, while they work with us;\n'
    if (undefined(name='university_students') if l_0_university_students is missing else l_0_university_students):
        pass
        yield '- students on our social work programmes, on campus and on placement with other organisations, as set out in clause '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'students.university')))
        yield ';\n'
    elif environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'students'):
        pass
        yield '- social work students on placement with us;\n'
    if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'foster_carers'):
        pass
        yield '- foster carers we approve, as set out in section '
        yield str(environment.finalize(environment.getitem(environment.call(context, environment.getattr(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'fostering.agreement'), 'split'), '.'), 0)))
        yield ';\n'
    if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'other_carers'):
        pass
        yield '- '
        if (undefined(name='other_carer_kinds') if l_0_other_carer_kinds is missing else l_0_other_carer_kinds):
            pass
            yield str(environment.finalize(t_1((undefined(name='other_carer_kinds') if l_0_other_carer_kinds is missing else l_0_other_carer_kinds))))
        elif environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'foster_carers'):
            pass
            yield 'other carers'
        else:
            pass
            yield 'carers'
        yield ' we approve or support, as set out in clause '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'students.carers')))
        yield ';\n'
    if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'volunteers'):
        pass
        yield '- volunteers who work with people who use our services;\n'
    yield '- managers and senior leaders, who must also make sure their teams follow it.\n\nIt covers your personal use of social media as well as your use in your role with us, on every platform and device, wherever you are. Your personal accounts are your own, but what you post there can still affect the people you work with'
    if (undefined(name='carers') if l_0_carers is missing else l_0_carers):
        pass
        yield ' or care for'
    yield ', your colleagues'
    if (undefined(name='university_students') if l_0_university_students is missing else l_0_university_students):
        pass
        yield ', your studies'
    yield ' and, if you are registered, your registration.\n'
    if (undefined(name='not_only_employees') if l_0_not_only_employees is missing else l_0_not_only_employees):
        pass
        yield '\nNot everyone this policy covers is our employee. The table shows what binds each group to this policy, whom to ask for advice, and what happens if there is a concern about you.\n\n| Group | Bound by | Ask for advice | If there is a concern |\n| --- | --- | --- | --- |\n| '
        if (undefined(name='university') if l_0_university is missing else l_0_university):
            pass
            yield 'A member of staff'
        else:
            pass
            yield 'Our employee'
        yield ' | Your employment with us | Your line manager | Our '
        yield str(environment.finalize(environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'disciplinary')))
        yield ' applies (clause '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'breaches.consequences')))
        yield ') |\n'
        if (undefined(name='university') if l_0_university is missing else l_0_university):
            pass
            yield '| A lecturer or practice educator we engage under contract rather than employ | Your contract with us | The person who arranges your work with us | The terms of your contract apply, and we may end your engagement (clause '
            yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'breaches.consequences')))
            yield ') |\n'
        if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'agency_staff'):
            pass
            yield '| An agency or interim worker | Your assignment with us | The manager who arranges your work with us | We tell your agency, and we may end your assignment (clause '
            yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'students.agency')))
            yield ') |\n'
        if (undefined(name='university_students') if l_0_university_students is missing else l_0_university_students):
            pass
            yield '| A student on our social work programmes | Your studies with us and your placement agreement | Your personal tutor, or your practice educator while you are on placement | Our '
            yield str(environment.finalize(environment.getattr((undefined(name='higher_education') if l_0_higher_education is missing else l_0_higher_education), 'student_procedure')))
            yield ' applies, and your placement may end (clause '
            yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'students.university')))
            yield ') |\n'
        elif environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'students'):
            pass
            yield '| A social work student on placement with us | Your placement agreement | Your practice educator | We tell your university, whose suitability or fitness to practise procedure may apply, and your placement may end (clause '
            yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'students.placement')))
            yield ') |\n'
        if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'foster_carers'):
            pass
            yield '| A foster carer we approve | Your '
            yield str(environment.finalize(environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'agreement')))
            yield ' | Your '
            yield str(environment.finalize(environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'supervising_worker')))
            yield ' | A review of your approval, and the allegations procedure if a child may have been harmed (clause '
            yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'fostering.concerns')))
            yield ') |\n'
        if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'other_carers'):
            pass
            yield '| '
            if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'foster_carers'):
                pass
                yield 'Another carer'
            else:
                pass
                yield 'A carer'
            yield ' we approve or support | Your '
            yield str(environment.finalize(environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'other_carers_agreement')))
            yield ' | Your '
            yield str(environment.finalize(environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'other_carers_worker')))
            yield ' | A review of your approval or your agreement (clause '
            yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'students.carers')))
            yield ') |\n'
        if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'volunteers'):
            pass
            yield '| A volunteer | Your volunteer agreement | The person who arranges your volunteering | A talk with the person who arranges your volunteering, and your role may end (clause '
            yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'students.volunteers')))
            yield ') |\n'
        yield '\n'
        yield str(environment.finalize((undefined(name='contract_status') if l_0_contract_status is missing else l_0_contract_status)))
        yield '\n'
        if (undefined(name='carers') if l_0_carers is missing else l_0_carers):
            pass
            yield '\nIf you are a carer, start with '
            if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'foster_carers'):
                pass
                yield 'section '
                yield str(environment.finalize(environment.getitem(environment.call(context, environment.getattr(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'fostering.agreement'), 'split'), '.'), 0)))
                if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'other_carers'):
                    pass
                    yield ' if you foster, or clause '
                    yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'students.carers')))
                    yield ' if you do not'
            else:
                pass
                yield 'clause '
                yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'students.carers')))
            yield ': it says which other clauses apply to you.\n'
    else:
        pass
        yield '\n'
        yield str(environment.finalize((undefined(name='contract_status') if l_0_contract_status is missing else l_0_contract_status)))
        yield '\n'

blocks = {}
debug_info = '3=31&2=58&5=61&6=64&12=73&16=82&19=85&20=88&21=90&24=93&25=96&27=98&28=101&30=113&35=117&36=125&42=128&43=139&44=142&46=144&47=147&49=149&50=152&51=156&52=159&54=161&55=164&57=170&58=173&60=186&61=189&64=192&65=194&67=197&71=214'