from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'learning.supervision body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_university_students = resolve('university_students')
    l_0_scope = resolve('scope')
    l_0_fostering = resolve('fostering')
    l_0_supervision = resolve('supervision')
    l_0_university = resolve('university')
    l_0_carers = resolve('carers')
    l_0_who = l_0_others = missing
    try:
        t_1 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    try:
        t_2 = environment.filters['join_and']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join_and' found.")
    pass
    l_0_who = ('your supervisor or tutor' if (undefined(name='university_students') if l_0_university_students is missing else l_0_university_students) else 'your supervisor')
    context.vars['who'] = l_0_who
    context.exported_vars.add('who')
    l_0_others = environment.call_binop(context, '+', environment.call_binop(context, '+', ([environment.checked_text(str_join(('For foster carers, it means the supervision visits of your ', environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'supervising_worker'), '.', )))] if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'foster_carers') else []), ([environment.checked_text(str_join(('For other carers, it means your meetings with your ', environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'other_carers_worker'), '.', )))] if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'other_carers') else [])), (['For volunteers, it means your meetings with the person who arranges your volunteering.'] if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'volunteers') else []))
    context.vars['others'] = l_0_others
    context.exported_vars.add('others')
    if environment.getattr((undefined(name='supervision') if l_0_supervision is missing else l_0_supervision), 'standing_item'):
        pass
        yield 'Social media is a standing item at every supervision.'
        if (undefined(name='university_students') if l_0_university_students is missing else l_0_university_students):
            pass
            yield ' For staff, that means your regular meetings with your line manager. For students, it means your supervision on placement and your meetings with your personal tutor.'
        for l_1_sentence in (undefined(name='others') if l_0_others is missing else l_0_others):
            l_1__policygen_loop_step = resolve('_policygen_loop_step')
            _loop_vars = {}
            pass
            environment.call(context, (undefined(name='_policygen_loop_step') if l_1__policygen_loop_step is missing else l_1__policygen_loop_step), _loop_vars=_loop_vars)
            yield ' '
            yield str(environment.finalize(l_1_sentence))
        l_1_sentence = l_1__policygen_loop_step = missing
        yield ' '
        yield str(environment.finalize(t_1((undefined(name='who') if l_0_who is missing else l_0_who))))
        yield ' will ask about any dilemmas you face, even when nothing has gone wrong.\n'
    else:
        pass
        yield 'Raise social media dilemmas in supervision whenever they come up.'
        if (undefined(name='university_students') if l_0_university_students is missing else l_0_university_students):
            pass
            yield ' For staff, that means your regular meetings with your line manager. For students, it means your supervision on placement and your meetings with your personal tutor.'
        for l_1_sentence in (undefined(name='others') if l_0_others is missing else l_0_others):
            l_1__policygen_loop_step = resolve('_policygen_loop_step')
            _loop_vars = {}
            pass
            environment.call(context, (undefined(name='_policygen_loop_step') if l_1__policygen_loop_step is missing else l_1__policygen_loop_step), _loop_vars=_loop_vars)
            yield ' '
            yield str(environment.finalize(l_1_sentence))
        l_1_sentence = l_1__policygen_loop_step = missing
        yield ' If a decision cannot wait, ask '
        yield str(environment.finalize((undefined(name='who') if l_0_who is missing else l_0_who)))
        yield ' for an earlier session.\n'
    yield '\n'
    if (undefined(name='university_students') if l_0_university_students is missing else l_0_university_students):
        pass
        yield 'Dilemmas might include a student asking to follow you, a person you met on placement asking to connect, or a post about your programme.'
    else:
        pass
        yield 'Dilemmas might include a young person asking to follow you, or a parent posting about you'
        if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'foster_carers'):
            pass
            yield ', or a birth parent messaging a child in foster care'
        yield '.'
    yield ' You and '
    yield str(environment.finalize((undefined(name='who') if l_0_who is missing else l_0_who)))
    yield ' decide each one on its facts, in the best interests of the people concerned.\n'
    if environment.getattr((undefined(name='supervision') if l_0_supervision is missing else l_0_supervision), 'record_decisions'):
        pass
        yield '\n'
        yield str(environment.finalize(t_1((undefined(name='who') if l_0_who is missing else l_0_who))))
        yield ' records each decision and the reasons for it in your supervision'
        if (undefined(name='university_students') if l_0_university_students is missing else l_0_university_students):
            pass
            yield ' or tutorial'
        yield ' notes. '
        if (undefined(name='university') if l_0_university is missing else l_0_university):
            pass
            yield 'Where a decision affects a person who uses services, record it too, in the way the service where you practise or are placed requires.'
        else:
            pass
            yield 'Where a decision affects a person you work with, record it in their case file too.'
        if (undefined(name='carers') if l_0_carers is missing else l_0_carers):
            pass
            yield ' For carers, your '
            yield str(environment.finalize(t_2(environment.call_binop(context, '+', ([environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'supervising_worker')] if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'foster_carers') else []), ([environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'other_carers_worker')] if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'other_carers') else [])), 'or')))
            yield ' records it in your carer record, and tells the social worker of anyone in your care whom it affects.'
        yield '\n'
    elif (undefined(name='university') if l_0_university is missing else l_0_university):
        pass
        yield '\nWhere a decision affects a person who uses services, record it and the reasons for it in the way the service where you practise or are placed requires.\n'
    else:
        pass
        yield '\nWhere a decision affects a person you work with, record it and the reasons for it in their case file.\n'

blocks = {}
debug_info = '1=30&3=33&4=36&5=39&7=56&10=71&11=84&13=87&15=105'