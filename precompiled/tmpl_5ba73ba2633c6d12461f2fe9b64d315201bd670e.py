from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'students.university body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_edition = resolve('edition')
    l_0_nation = resolve('nation')
    l_0_higher_education = resolve('higher_education')
    l_0_policies = resolve('policies')
    pass
    yield 'If you are a student on one of our social work programmes, '
    yield str(environment.finalize(('our social media policy' if ((undefined(name='edition') if l_0_edition is missing else l_0_edition) == 'students') else 'this policy')))
    yield ' applies to you from the day you start until you finish: on campus, online and on placement.'
    if ((undefined(name='edition') if l_0_edition is missing else l_0_edition) != 'students'):
        pass
        yield ' It applies to you as it does to staff, except where a clause says what is different for students.'
    yield '\n\n'
    if environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'students'), 'registered'):
        pass
        yield 'As a social work student, you are registered with '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'regulator'), 'name')))
        yield ', so you must also follow '
        yield str(environment.finalize((environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'students'), 'code') or environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'regulator'), 'code'))))
        yield '.\n'
    else:
        pass
        yield 'Social work students are not registered with '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'regulator'), 'name')))
        yield '. So a concern about your conduct is dealt with under our '
        yield str(environment.finalize(environment.getattr((undefined(name='higher_education') if l_0_higher_education is missing else l_0_higher_education), 'student_procedure')))
        yield ' and your placement agreement, not by the regulator.\n'
    yield "\nOn placement, the placement provider's own social media policy applies to you as well. Your practice educator will go through it with you at the start. Where the two policies differ, follow the stricter rule.\n\nIn particular:\n\n- do not connect online with people who use services where you are placed, or with their families and carers;\n- never post about your placement or the people you meet there, even in closed student groups or on our learning platforms;\n- do not record teaching sessions, or share what "
    yield str(environment.finalize(environment.getattr((undefined(name='higher_education') if l_0_higher_education is missing else l_0_higher_education), 'experts_by_experience')))
    yield ' or other students tell you in them, without their agreement;\n- keep programme groups and our online learning spaces for study and professional discussion, apart from your personal accounts;\n- ask your personal tutor, or your practice educator while you are on placement, if you are unsure about anything online.\n\nIf there is a concern about your conduct online, the '
    yield str(environment.finalize(environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'disciplinary')))
    yield ' does not apply to you. Instead:\n\n- your personal tutor, or your practice educator if it happened on placement, talks it through with you first;\n- a serious concern is considered under our '
    yield str(environment.finalize(environment.getattr((undefined(name='higher_education') if l_0_higher_education is missing else l_0_higher_education), 'student_procedure')))
    yield ';\n- if it happened on placement, we agree with the placement provider and your practice educator what happens next, and your placement may be paused or may end'
    yield str(environment.finalize((';' if environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'students'), 'registered') else '.')))
    yield '\n'
    if environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'students'), 'registered'):
        pass
        yield '- a serious concern may also be referred to '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'regulator'), 'name')))
        yield ', because you are registered with it.\n'

blocks = {}
debug_info = '1=16&3=22&4=25&6=32&15=37&19=39&22=41&23=43&24=45&25=48'