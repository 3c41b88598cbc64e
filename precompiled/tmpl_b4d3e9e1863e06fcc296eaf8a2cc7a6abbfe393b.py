from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'practice.repeated-viewing when'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_online_checks = resolve('online_checks')
    l_0_online_route = resolve('online_route')
    pass
    if (environment.getattr((undefined(name='online_checks') if l_0_online_checks is missing else l_0_online_checks), 'permitted') and environment.getattr((undefined(name='online_route') if l_0_online_route is missing else l_0_online_route), 'authorises')):
        pass
        yield '1'

blocks = {}
debug_info = '1=13'