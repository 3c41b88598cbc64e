from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'students.carers body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_fostering = resolve('fostering')
    l_0_other_carer_kinds = resolve('other_carer_kinds')
    l_0_organisation = resolve('organisation')
    l_0_scope = resolve('scope')
    l_0_edition = resolve('edition')
    l_0_xref = resolve('xref')
    l_0_official_accounts = resolve('official_accounts')
    l_0_training = resolve('training')
    l_0_policies = resolve('policies')
    l_0_worker = missing
    try:
        t_1 = environment.filters['join_and']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join_and' found.")
    pass
    l_0_worker = environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'other_carers_worker')
    context.vars['worker'] = l_0_worker
    context.exported_vars.add('worker')
    yield 'If you are '
    if (undefined(name='other_carer_kinds') if l_0_other_carer_kinds is missing else l_0_other_carer_kinds):
        pass
        yield 'one of the '
        yield str(environment.finalize(t_1((undefined(name='other_carer_kinds') if l_0_other_carer_kinds is missing else l_0_other_carer_kinds), 'or')))
        yield ' that '
        yield str(environment.finalize(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name')))
        yield ' approves or supports'
    else:
        pass
        yield 'a carer approved or supported by '
        yield str(environment.finalize(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name')))
    if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'foster_carers'):
        pass
        yield ', and you are not one of our foster carers'
    yield ', you follow '
    yield str(environment.finalize(('our social media policy' if ((undefined(name='edition') if l_0_edition is missing else l_0_edition) == 'carers') else 'this policy')))
    yield ' in your caring role, as part of your '
    yield str(environment.finalize(environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'other_carers_agreement')))
    yield '.'
    if ((undefined(name='edition') if l_0_edition is missing else l_0_edition) == 'carers'):
        pass
        yield ' Your '
        yield str(environment.finalize((undefined(name='worker') if l_0_worker is missing else l_0_worker)))
        yield ' supports you with it. Ask them whenever you are unsure about anything in this guide.'
    else:
        pass
        yield ' Your '
        yield str(environment.finalize((undefined(name='worker') if l_0_worker is missing else l_0_worker)))
        yield ' supports you with it, and is the person to ask wherever a clause sends you to a manager, such as "your manager" or "your line manager".'
    yield '\n\n'
    if ((undefined(name='edition') if l_0_edition is missing else l_0_edition) == 'carers'):
        pass
        yield 'This guide sets out every rule of our social media policy that applies to you. The rest of the policy is written for staff, and does not bind you.\n'
    elif environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'foster_carers'):
        pass
        yield 'The clauses that clause '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'fostering.agreement')))
        yield ' lists for foster carers apply to you in the same way. The rest of the policy is written for staff. It applies to you only where a clause says it is for carers.\n'
    else:
        pass
        yield 'These clauses apply to you as they are written: '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'confidentiality.data-protection')))
        yield ', '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'confidentiality.sharing')))
        yield ' and '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'confidentiality.found-online')))
        yield ' on confidentiality; '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'privacy.settings')))
        yield ', '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'privacy.identity')))
        yield ' and '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'privacy.family')))
        yield ' on your own privacy; '
        if environment.getattr((undefined(name='official_accounts') if l_0_official_accounts is missing else l_0_official_accounts), 'exist'):
            pass
            yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'official.approval')))
        else:
            pass
            yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'official.none')))
        yield ' on accounts that speak for us; and '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'breaches.concerns')))
        yield ', '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'breaches.mistakes')))
        yield ' and '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'breaches.data')))
        yield ' on concerns, mistakes and data breaches.'
        if (environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'devices') != 'none'):
            pass
            yield ' Clause '
            yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'breaches.carer-devices')))
            yield ' says what to do if your phone or computer is lost or stolen.'
        yield ' The rest of the policy is written for staff. It applies to you only where a clause says it is for carers.\n'
    yield '\nIn your caring role:\n\n- do not post photos or details that could identify the person in your care, or show where they live or where they go during the day, unless they agree, and their social worker agrees too if they are a child or cannot decide for themselves;\n- never share anything about their history, their family or their care and support plans;\n- keep to the contact arrangements agreed for them, online as well as in person;\n- tell your '
    yield str(environment.finalize((undefined(name='worker') if l_0_worker is missing else l_0_worker)))
    yield ' if anyone contacts you online about the person in your care.\n\nYou also help keep the people you care for safe online. Agree household rules with them, learn how the apps they use work, and talk with them about what they see and share. If you think they are at risk online, for example from bullying, grooming, exploitation or contact that their plan does not allow, tell your '
    yield str(environment.finalize((undefined(name='worker') if l_0_worker is missing else l_0_worker)))
    yield ' straight away, and their social worker if they have one.\n'
    if environment.getattr((undefined(name='training') if l_0_training is missing else l_0_training), 'carers'):
        pass
        yield '\nClause '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'learning.carers')))
        yield ' describes the training we offer you.\n'
    else:
        pass
        yield '\nYour '
        yield str(environment.finalize((undefined(name='worker') if l_0_worker is missing else l_0_worker)))
        yield ' can advise you on social media and online safety at any time.\n'
    yield '\nOur '
    yield str(environment.finalize(environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'disciplinary')))
    yield ' is for employees, so it does not apply to you. If there is a concern about your conduct online, your '
    yield str(environment.finalize((undefined(name='worker') if l_0_worker is missing else l_0_worker)))
    yield ' will talk it through with you and agree what needs to change. A serious or repeated concern may lead to a review of your approval or your agreement, under the procedure for your kind of care. If a child or an adult at risk may have been harmed, we follow safeguarding procedures at once.\n'

blocks = {}
debug_info = '1=27&2=31&4=61&6=64&7=67&9=72&17=104&19=106&20=108&22=111&25=116&28=119'