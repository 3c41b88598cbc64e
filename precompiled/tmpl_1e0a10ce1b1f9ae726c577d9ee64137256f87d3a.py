from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'official.running when'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_official_accounts = resolve('official_accounts')
    pass
    if environment.getattr((undefined(name='official_accounts') if l_0_official_accounts is missing else l_0_official_accounts), 'exist'):
        pass
        yield '1'

blocks = {}
debug_info = '1=12'