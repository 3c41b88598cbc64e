from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'support.reporting body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_abuse_support = resolve('abuse_support')
    pass
    yield 'If you are in immediate danger, call 999 first.\n\nTell '
    yield str(environment.finalize(environment.getattr((undefined(name='abuse_support') if l_0_abuse_support is missing else l_0_abuse_support), 'report_to')))
    yield ' as soon as you can, and on the same day if anyone has been threatened. If '
    yield str(environment.finalize(environment.getattr((undefined(name='abuse_support') if l_0_abuse_support is missing else l_0_abuse_support), 'report_to')))
    yield ' is not available, or is involved, tell another manager.\n'

blocks = {}
debug_info = '3=13'