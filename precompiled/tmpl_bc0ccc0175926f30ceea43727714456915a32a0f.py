from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'support.students body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_abuse_support = resolve('abuse_support')
    l_0_university = resolve('university')
    l_0_edition = resolve('edition')
    l_0_xref = resolve('xref')
    l_0_staff_only = missing
    try:
        t_1 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    try:
        t_2 = environment.filters['count']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'count' found.")
    try:
        t_3 = environment.filters['join_and']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'join_and' found.")
    try:
        t_4 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    l_0_staff_only = environment.call_binop(context, '+', ([environment.getattr((undefined(name='abuse_support') if l_0_abuse_support is missing else l_0_abuse_support), 'wellbeing_service')] if environment.getattr((undefined(name='abuse_support') if l_0_abuse_support is missing else l_0_abuse_support), 'wellbeing_service') else []), (['paid time off for appointments'] if environment.getattr((undefined(name='abuse_support') if l_0_abuse_support is missing else l_0_abuse_support), 'paid_time') else []))
    context.vars['staff_only'] = l_0_staff_only
    context.exported_vars.add('staff_only')
    if (undefined(name='university') if l_0_university is missing else l_0_university):
        pass
        yield 'Tell your personal tutor, and your practice educator too if it is linked to your placement.\nWe support you through your personal tutor and our student support services.\nWe also agree with you any changes you need to your studies or your placement.\n'
    else:
        pass
        yield 'Tell your practice educator, and your personal tutor at your university.\nWe share our records with your university if you agree, and we agree with you and your university any changes you need to your placement.\n'
    if ((undefined(name='edition') if l_0_edition is missing else l_0_edition) == 'students'):
        pass
        yield '\nWhen you tell us, we will:\n\n- keep a record of what happened and what we did, from the day you tell us;\n'
        if environment.getattr((undefined(name='abuse_support') if l_0_abuse_support is missing else l_0_abuse_support), 'takedown_requests'):
            pass
            yield '- ask the platform to remove the content, on your behalf, within '
            yield str(environment.finalize(t_2(environment.getattr((undefined(name='abuse_support') if l_0_abuse_support is missing else l_0_abuse_support), 'takedown_within_days'), 'working day')))
            yield ';\n'
        else:
            pass
            yield '- show you how to ask the platform to remove the content;\n'
        if environment.getattr((undefined(name='abuse_support') if l_0_abuse_support is missing else l_0_abuse_support), 'police_liaison'):
            pass
            yield '- help you report it to the police, and give them our records;\n'
        else:
            pass
            yield '- give you copies of our records if you decide to report it to the police;\n'
        yield '- agree changes with you if you are worried about your safety, and how to fit appointments with the police, courts or support services around your '
        yield str(environment.finalize(('studies and placement' if (undefined(name='university') if l_0_university is missing else l_0_university) else 'placement')))
        yield '.\n\nYou will not be blamed for reporting. If there is a question about something you posted yourself, we support you first and deal with it separately.\n'
        if (undefined(name='staff_only') if l_0_staff_only is missing else l_0_staff_only):
            pass
            yield '\n'
            yield str(environment.finalize(t_1(t_3((undefined(name='staff_only') if l_0_staff_only is missing else l_0_staff_only)))))
            yield ' '
            yield str(environment.finalize(('is' if (t_4((undefined(name='staff_only') if l_0_staff_only is missing else l_0_staff_only)) == 1) else 'are')))
            yield ' for our employees. '
            if (undefined(name='university') if l_0_university is missing else l_0_university):
                pass
                yield 'Our student support services can help you instead.'
            else:
                pass
                yield "Your university's student support services can help you instead."
    elif (undefined(name='staff_only') if l_0_staff_only is missing else l_0_staff_only):
        pass
        yield '\nThe rest of the support in clause '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'support.our-response')))
        yield ' is for you too, except '
        yield str(environment.finalize(t_3((undefined(name='staff_only') if l_0_staff_only is missing else l_0_staff_only))))
        yield ', which '
        yield str(environment.finalize(('is' if (t_4((undefined(name='staff_only') if l_0_staff_only is missing else l_0_staff_only)) == 1) else 'are')))
        yield ' for our employees.'
        if (not (undefined(name='university') if l_0_university is missing else l_0_university)):
            pass
            yield " Your university's student support services can help you instead."
    else:
        pass
        yield '\nThe rest of the support in clause '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'support.our-response')))
        yield ' is for you too.\n'

blocks = {}
debug_info = '1=40&2=43&10=49&16=52&17=55&21=60&26=67&29=69&31=72&33=82&35=85&38=97'