from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'students.placement body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_organisation = resolve('organisation')
    l_0_edition = resolve('edition')
    l_0_nation = resolve('nation')
    l_0_policies = resolve('policies')
    pass
    yield 'If you are a social work student on placement with '
    yield str(environment.finalize(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name')))
    yield ', you follow '
    yield str(environment.finalize(('our social media policy' if ((undefined(name='edition') if l_0_edition is missing else l_0_edition) == 'students') else 'this policy')))
    yield ' for the length of your placement, as part of your placement agreement.'
    if ((undefined(name='edition') if l_0_edition is missing else l_0_edition) != 'students'):
        pass
        yield ' It applies to you as it does to staff, except where a clause says what is different for students. Your practice educator is the person to ask wherever a clause sends you to a manager, such as "your manager".'
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
        yield '. So a concern about your conduct goes to your university and is dealt with under your placement agreement, not by the regulator.\n'
    yield '\nIn particular:\n\n- do not connect online with people who use our services, or their families and carers;\n- never post about your placement, even in closed student groups or on university platforms;\n- keep university networks for study and professional discussion, apart from your personal accounts;\n- ask your practice educator if you are unsure about anything online.\n\nYour practice educator will go through '
    yield str(environment.finalize(('this guide' if ((undefined(name='edition') if l_0_edition is missing else l_0_edition) == 'students') else 'this policy')))
    yield ' with you at the start of your placement.\n\nIf there is a concern about your conduct online, our '
    yield str(environment.finalize(environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'disciplinary')))
    yield ' does not apply to you. Instead:\n\n- your practice educator talks it through with you, and we tell your university;\n- your university decides whether to consider it under its suitability or fitness to practise procedure;\n- under your placement agreement, your placement may be paused or may end, which we agree with your university'
    yield str(environment.finalize((';' if environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'students'), 'registered') else '.')))
    yield '\n'
    if environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'students'), 'registered'):
        pass
        yield '- a serious concern may also be referred to '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'regulator'), 'name')))
        yield ', because you are registered with it.\n'

blocks = {}
debug_info = '1=16&3=24&4=27&6=34&16=37&18=39&22=41&23=43&24=46'