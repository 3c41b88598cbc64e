from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'boundaries.separate body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_organisation = resolve('organisation')
    l_0_official_accounts = resolve('official_accounts')
    l_0_your_manager = resolve('your_manager')
    l_0_public_body = resolve('public_body')
    l_0_edition = resolve('edition')
    l_0_devices = resolve('devices')
    l_0_duties = resolve('duties')
    pass
    yield 'Keep your personal social media and your work communication separate.\n\n- Contact people who use our services, their families and other professionals only through the systems '
    yield str(environment.finalize(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name')))
    yield ' provides.\n- Never use a personal account, phone number or messaging app for work contact.\n- Do not set up your own account or group for work.'
    if environment.getattr((undefined(name='official_accounts') if l_0_official_accounts is missing else l_0_official_accounts), 'exist'):
        pass
        yield ' Only approved official accounts may speak for us.'
    yield '\n- Do not use your work email address for personal social media.\n\nIf someone you work with contacts you through a personal account, do not reply there. Reply through a work channel if you need to, and tell your '
    yield str(environment.finalize((undefined(name='your_manager') if l_0_your_manager is missing else l_0_your_manager)))
    yield '.\n'
    if (((undefined(name='public_body') if l_0_public_body is missing else l_0_public_body) and ((undefined(name='edition') if l_0_edition is missing else l_0_edition) == 'full')) and (environment.getattr((undefined(name='devices') if l_0_devices is missing else l_0_devices), 'issued') == 'work')):
        pass
        yield '\nA work message that reaches a personal account or phone is still information we hold under '
        yield str(environment.finalize(environment.getattr((undefined(name='duties') if l_0_duties is missing else l_0_duties), 'information_law')))
        yield '. Copy it into our systems, then delete it from your account or phone.\n'

blocks = {}
debug_info = '3=19&5=21&8=25&9=27&11=30'