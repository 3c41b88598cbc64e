from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'personal-use.monitoring-rights when'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_monitoring = resolve('monitoring')
    pass
    if environment.getattr((undefined(name='monitoring') if l_0_monitoring is missing else l_0_monitoring), 'in_place'):
        pass
        yield '1'

blocks = {}
debug_info = '1=12'