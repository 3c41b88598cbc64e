from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'quick.dont body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_xref = resolve('xref')
    l_0_online_checks = resolve('online_checks')
    l_0_official_accounts = resolve('official_accounts')
    l_0_organisation = resolve('organisation')
    pass
    yield '- Do not connect with people who use our services, or their families and carers, on your personal accounts ('
    yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'boundaries.friends')))
    yield ').\n- Do not post anything that could identify a person who uses our services, even without a name ('
    yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'confidentiality.images')))
    yield ').\n'
    if environment.getattr((undefined(name='online_checks') if l_0_online_checks is missing else l_0_online_checks), 'permitted'):
        pass
        yield "- Do not look at someone's social media for your work except as the policy allows, and never with a false or personal profile ("
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'practice.viewing')))
        yield ').\n'
    else:
        pass
        yield '- Do not look at the social media of the people you work with as part of your work ('
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'practice.viewing-not-permitted')))
        yield ').\n'
    yield '- Do not use a personal account, phone number or messaging app for work contact ('
    yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'boundaries.separate')))
    yield ').\n'
    if environment.getattr((undefined(name='official_accounts') if l_0_official_accounts is missing else l_0_official_accounts), 'exist'):
        pass
        yield '- Do not set up an account that speaks for '
        yield str(environment.finalize(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name')))
        yield ' without approval ('
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'official.approval')))
        yield ').\n'
    else:
        pass
        yield '- Do not set up an account that speaks for '
        yield str(environment.finalize(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name')))
        yield ' ('
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'official.none')))
        yield ').\n'
    yield '- Do not discuss cases or colleagues in personal group chats ('
    yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'boundaries.colleagues')))
    yield ').\n'

blocks = {}
debug_info = '1=16&2=18&3=20&4=23&6=28&8=31&9=33&10=36&12=43&14=48'