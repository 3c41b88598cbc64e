from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'conduct.employer body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_personal_use = resolve('personal_use')
    l_0_organisation = resolve('organisation')
    l_0_not_only_employees = resolve('not_only_employees')
    l_0_policies = resolve('policies')
    l_0_nation = resolve('nation')
    pass
    if (environment.getattr((undefined(name='personal_use') if l_0_personal_use is missing else l_0_personal_use), 'name_employer') == 'yes'):
        pass
        yield 'You may say online that you work for '
        yield str(environment.finalize(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name')))
        yield ', for example in a profile. People may then link what you post to us, so take extra care with anything about your work.\n'
    elif (environment.getattr((undefined(name='personal_use') if l_0_personal_use is missing else l_0_personal_use), 'name_employer') == 'with_disclaimer'):
        pass
        yield 'You may say online that you work for '
        yield str(environment.finalize(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name')))
        yield ', for example in a profile. If you do, add a short note that your views are your own and not '
        yield str(environment.finalize(("your employer's" if (not (undefined(name='not_only_employees') if l_0_not_only_employees is missing else l_0_not_only_employees)) else environment.checked_text(str_join((environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name'), "'s", ))))))
        yield '. The note does not excuse a post that breaks this policy.\n'
    else:
        pass
        yield 'Do not name '
        yield str(environment.finalize(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name')))
        yield ' as '
        yield str(environment.finalize(('the place you work' if (undefined(name='not_only_employees') if l_0_not_only_employees is missing else l_0_not_only_employees) else 'your employer')))
        yield ' on your personal accounts, or post anything that would let people work it out. This protects you and the people you work with. You may list '
        if (undefined(name='not_only_employees') if l_0_not_only_employees is missing else l_0_not_only_employees):
            pass
            yield str(environment.finalize(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name')))
        else:
            pass
            yield 'your employer'
        yield ' on a professional networking profile that you keep strictly for your career.\n'
    yield '\nWhen you talk about your work:\n\n- never post about a person you work with, or a case, even without names;\n- do not comment on complaints, court cases or investigations that involve us;\n- do not present a personal view as our position, or speak for us unless you are authorised to;\n- raise concerns about practice with your manager or under the '
    yield str(environment.finalize(environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'whistleblowing')))
    yield ", not on social media.\n\nYou are responsible for everything you post and share. Posts that unfairly damage someone's reputation can also lead to a claim under "
    yield str(environment.finalize(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'defamation')))
    yield '.\n'

blocks = {}
debug_info = '1=16&2=19&3=21&4=24&6=31&14=43&16=45'