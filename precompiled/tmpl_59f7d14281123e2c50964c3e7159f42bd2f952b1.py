from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'official.welsh when'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_official_accounts = resolve('official_accounts')
    l_0_organisation = resolve('organisation')
    l_0_welsh_language = resolve('welsh_language')
    pass
    if ((environment.getattr((undefined(name='official_accounts') if l_0_official_accounts is missing else l_0_official_accounts), 'exist') and (environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'nation') == 'wales')) and environment.getattr((undefined(name='welsh_language') if l_0_welsh_language is missing else l_0_welsh_language), 'standards_apply')):
        pass
        yield '1'

blocks = {}
debug_info = '1=14'