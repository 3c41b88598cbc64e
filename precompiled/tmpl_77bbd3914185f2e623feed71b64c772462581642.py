from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'breaches.concerns body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_higher_education = resolve('higher_education')
    l_0_edition = resolve('edition')
    l_0_fostering = resolve('fostering')
    l_0_university = resolve('university')
    l_0_contacts = resolve('contacts')
    l_0_your_manager = resolve('your_manager')
    l_0_carers = resolve('carers')
    l_0_carer_workers = resolve('carer_workers')
    l_0_scope = resolve('scope')
    l_0_university_students = resolve('university_students')
    l_0_xref = resolve('xref')
    l_0_out_of_hours = resolve('out_of_hours')
    l_0_students_alternative = l_0_alternative = l_0_carers_alternative = l_0_own = l_0_placement_student = l_0_concerns_name = missing
    try:
        t_1 = environment.filters['join_and']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join_and' found.")
    try:
        t_2 = environment.filters['link']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'link' found.")
    pass
    l_0_students_alternative = environment.getattr((undefined(name='higher_education') if l_0_higher_education is missing else l_0_higher_education), 'student_concerns')
    context.vars['students_alternative'] = l_0_students_alternative
    context.exported_vars.add('students_alternative')
    l_0_alternative = (environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'concerns_alternative') if ((undefined(name='edition') if l_0_edition is missing else l_0_edition) == 'carers') else ((undefined(name='students_alternative') if l_0_students_alternative is missing else l_0_students_alternative) if (((undefined(name='edition') if l_0_edition is missing else l_0_edition) == 'students') and (undefined(name='university') if l_0_university is missing else l_0_university)) else environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'concerns_alternative')))
    context.vars['alternative'] = l_0_alternative
    context.exported_vars.add('alternative')
    l_0_carers_alternative = environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'concerns_alternative')
    context.vars['carers_alternative'] = l_0_carers_alternative
    context.exported_vars.add('carers_alternative')
    l_0_own = (environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'concerns'), 'personal') and ((undefined(name='edition') if l_0_edition is missing else l_0_edition) in ('carers', 'students')))
    context.vars['own'] = l_0_own
    context.exported_vars.add('own')
    l_0_placement_student = (((undefined(name='edition') if l_0_edition is missing else l_0_edition) == 'students') and (not (undefined(name='university') if l_0_university is missing else l_0_university)))
    context.vars['placement_student'] = l_0_placement_student
    context.exported_vars.add('placement_student')
    l_0_concerns_name = (environment.checked_text(str_join(('your ', (undefined(name='your_manager') if l_0_your_manager is missing else l_0_your_manager), ))) if (undefined(name='own') if l_0_own is missing else l_0_own) else environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'concerns'), 'name'))
    context.vars['concerns_name'] = l_0_concerns_name
    context.exported_vars.add('concerns_name')
    yield 'If something online worries you, such as '
    if ((undefined(name='edition') if l_0_edition is missing else l_0_edition) == 'carers'):
        pass
        yield 'a post about someone in your care'
    elif ((undefined(name='edition') if l_0_edition is missing else l_0_edition) == 'students'):
        pass
        yield "a fellow student's post"
    else:
        pass
        yield "a colleague's post"
    yield ' or a fake account in our name, tell '
    yield str(environment.finalize((undefined(name='concerns_name') if l_0_concerns_name is missing else l_0_concerns_name)))
    if environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'concerns'), 'email'):
        pass
        yield ' ('
        yield str(environment.finalize(t_2(environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'concerns'), 'email'), environment.checked_text(str_join(('mailto:', environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'concerns'), 'email'), ))))))
        yield ')'
    if environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'concerns'), 'phone'):
        pass
        yield ', phone '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'concerns'), 'phone')))
    yield '.'
    if ((environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'concerns'), 'personal') and (undefined(name='carers') if l_0_carers is missing else l_0_carers)) and (not (undefined(name='own') if l_0_own is missing else l_0_own))):
        pass
        yield ' If you are a carer, tell your '
        yield str(environment.finalize(t_1((undefined(name='carer_workers') if l_0_carer_workers is missing else l_0_carer_workers), 'or')))
        yield '.'
    if ((environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'concerns'), 'personal') and environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'students')) and (not (undefined(name='own') if l_0_own is missing else l_0_own))):
        pass
        yield ' If you are a student, tell '
        yield str(environment.finalize(('your personal tutor, or your practice educator while you are on placement' if (undefined(name='university') if l_0_university is missing else l_0_university) else 'your practice educator')))
        yield '.'
    yield ' Do not share, like or reply to the post, but note the link and the time.\n\nIf the concern is about '
    yield str(environment.finalize((undefined(name='concerns_name') if l_0_concerns_name is missing else l_0_concerns_name)))
    yield ', or you cannot raise it with them, '
    if (undefined(name='placement_student') if l_0_placement_student is missing else l_0_placement_student):
        pass
        yield 'tell your personal tutor at your university, who can raise it with us. '
    else:
        pass
        yield 'go to '
        yield str(environment.finalize(environment.getattr((undefined(name='alternative') if l_0_alternative is missing else l_0_alternative), 'name')))
        if environment.getattr((undefined(name='alternative') if l_0_alternative is missing else l_0_alternative), 'email'):
            pass
            yield ' ('
            yield str(environment.finalize(t_2(environment.getattr((undefined(name='alternative') if l_0_alternative is missing else l_0_alternative), 'email'), environment.checked_text(str_join(('mailto:', environment.getattr((undefined(name='alternative') if l_0_alternative is missing else l_0_alternative), 'email'), ))))))
            yield ')'
        if environment.getattr((undefined(name='alternative') if l_0_alternative is missing else l_0_alternative), 'phone'):
            pass
            yield ', phone '
            yield str(environment.finalize(environment.getattr((undefined(name='alternative') if l_0_alternative is missing else l_0_alternative), 'phone')))
        if (environment.getattr((undefined(name='alternative') if l_0_alternative is missing else l_0_alternative), 'web') and (not (environment.getattr((undefined(name='alternative') if l_0_alternative is missing else l_0_alternative), 'email') or environment.getattr((undefined(name='alternative') if l_0_alternative is missing else l_0_alternative), 'phone')))):
            pass
            yield ' (see their '
            yield str(environment.finalize(t_2('web page', environment.getattr((undefined(name='alternative') if l_0_alternative is missing else l_0_alternative), 'web'))))
            yield ')'
        yield '. '
    if ((environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'students') and (not (undefined(name='university') if l_0_university is missing else l_0_university))) and ((undefined(name='edition') if l_0_edition is missing else l_0_edition) == 'full')):
        pass
        yield 'If you are a student on placement, go instead to your personal tutor at your university, who can raise it with us. '
    if ((undefined(name='university_students') if l_0_university_students is missing else l_0_university_students) and ((undefined(name='edition') if l_0_edition is missing else l_0_edition) == 'full')):
        pass
        yield 'If you are a student and the concern is about your personal tutor, or you cannot raise it with them, go to '
        yield str(environment.finalize(environment.getattr((undefined(name='students_alternative') if l_0_students_alternative is missing else l_0_students_alternative), 'name')))
        if environment.getattr((undefined(name='students_alternative') if l_0_students_alternative is missing else l_0_students_alternative), 'email'):
            pass
            yield ' ('
            yield str(environment.finalize(t_2(environment.getattr((undefined(name='students_alternative') if l_0_students_alternative is missing else l_0_students_alternative), 'email'), environment.checked_text(str_join(('mailto:', environment.getattr((undefined(name='students_alternative') if l_0_students_alternative is missing else l_0_students_alternative), 'email'), ))))))
            yield ')'
        if environment.getattr((undefined(name='students_alternative') if l_0_students_alternative is missing else l_0_students_alternative), 'phone'):
            pass
            yield ', phone '
            yield str(environment.finalize(environment.getattr((undefined(name='students_alternative') if l_0_students_alternative is missing else l_0_students_alternative), 'phone')))
        if (environment.getattr((undefined(name='students_alternative') if l_0_students_alternative is missing else l_0_students_alternative), 'web') and (not (environment.getattr((undefined(name='students_alternative') if l_0_students_alternative is missing else l_0_students_alternative), 'email') or environment.getattr((undefined(name='students_alternative') if l_0_students_alternative is missing else l_0_students_alternative), 'phone')))):
            pass
            yield ' (see their '
            yield str(environment.finalize(t_2('web page', environment.getattr((undefined(name='students_alternative') if l_0_students_alternative is missing else l_0_students_alternative), 'web'))))
            yield ')'
        yield '. '
    if ((undefined(name='carers') if l_0_carers is missing else l_0_carers) and ((undefined(name='edition') if l_0_edition is missing else l_0_edition) == 'full')):
        pass
        yield 'If you are a carer and the concern is about your '
        yield str(environment.finalize(t_1((undefined(name='carer_workers') if l_0_carer_workers is missing else l_0_carer_workers), 'or')))
        yield ', or you cannot raise it with them, go to '
        yield str(environment.finalize(environment.getattr((undefined(name='carers_alternative') if l_0_carers_alternative is missing else l_0_carers_alternative), 'name')))
        if environment.getattr((undefined(name='carers_alternative') if l_0_carers_alternative is missing else l_0_carers_alternative), 'email'):
            pass
            yield ' ('
            yield str(environment.finalize(t_2(environment.getattr((undefined(name='carers_alternative') if l_0_carers_alternative is missing else l_0_carers_alternative), 'email'), environment.checked_text(str_join(('mailto:', environment.getattr((undefined(name='carers_alternative') if l_0_carers_alternative is missing else l_0_carers_alternative), 'email'), ))))))
            yield ')'
        if environment.getattr((undefined(name='carers_alternative') if l_0_carers_alternative is missing else l_0_carers_alternative), 'phone'):
            pass
            yield ', phone '
            yield str(environment.finalize(environment.getattr((undefined(name='carers_alternative') if l_0_carers_alternative is missing else l_0_carers_alternative), 'phone')))
        if (environment.getattr((undefined(name='carers_alternative') if l_0_carers_alternative is missing else l_0_carers_alternative), 'web') and (not (environment.getattr((undefined(name='carers_alternative') if l_0_carers_alternative is missing else l_0_carers_alternative), 'email') or environment.getattr((undefined(name='carers_alternative') if l_0_carers_alternative is missing else l_0_carers_alternative), 'phone')))):
            pass
            yield ' (see their '
            yield str(environment.finalize(t_2('web page', environment.getattr((undefined(name='carers_alternative') if l_0_carers_alternative is missing else l_0_carers_alternative), 'web'))))
            yield ')'
        yield '. '
    if ((undefined(name='edition') if l_0_edition is missing else l_0_edition) == 'carers'):
        pass
        yield 'Clause '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'guide-contacts.carers')))
        yield ' says how to reach everyone this guide names.'
    elif ((undefined(name='edition') if l_0_edition is missing else l_0_edition) == 'students'):
        pass
        yield 'Clause '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'guide-contacts.students')))
        yield ' says how to reach everyone this guide names.'
    else:
        pass
        yield 'Clause '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'governance.contacts')))
        yield ' says how to reach everyone this policy names.'
    yield '\n\nIf anyone may be at risk, follow safeguarding procedures at once. Out of office hours, contact '
    yield str(environment.finalize(environment.getattr((undefined(name='out_of_hours') if l_0_out_of_hours is missing else l_0_out_of_hours), 'name')))
    if environment.getattr((undefined(name='out_of_hours') if l_0_out_of_hours is missing else l_0_out_of_hours), 'phone'):
        pass
        yield ' on '
        yield str(environment.finalize(environment.getattr((undefined(name='out_of_hours') if l_0_out_of_hours is missing else l_0_out_of_hours), 'phone')))
    yield ". If someone is in immediate danger, call 999.\n\nWe look into every concern and tell you what we have done about it, as far as we can without breaking anyone's confidence. "
    if ((undefined(name='edition') if l_0_edition is missing else l_0_edition) in ('carers', 'students')):
        pass
        yield 'If this guide has no rule for something you came across, tell your '
        yield str(environment.finalize((undefined(name='your_manager') if l_0_your_manager is missing else l_0_your_manager)))
        yield ', who will pass it on to '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'questions'), 'name')))
        yield '.'
    else:
        pass
        yield 'If this policy has no rule for something you came across, tell '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'questions'), 'name')))
        yield '.'

blocks = {}
debug_info = '3=36&4=39&5=42&7=45&9=48&10=51&11=55&13=87&15=170&17=176'