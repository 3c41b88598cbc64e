from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'official.closing body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_official_accounts = resolve('official_accounts')
    try:
        t_1 = environment.filters['count']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'count' found.")
    pass
    yield 'When an account is no longer needed, its owner tells '
    yield str(environment.finalize(environment.getattr((undefined(name='official_accounts') if l_0_official_accounts is missing else l_0_official_accounts), 'register_keeper')))
    yield '. They post a last message saying where to find us, keep the content our records rules require, close the account and mark it closed in the register. An account with no posts for '
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='official_accounts') if l_0_official_accounts is missing else l_0_official_accounts), 'dormant_months'), 'month')))
    yield ' is closed unless its owner shows that it is still needed.\n'

blocks = {}
debug_info = '1=19'