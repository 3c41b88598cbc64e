from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'support.what-you-do body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield 'Protect yourself and keep the evidence:\n\n- do not reply to the person or group, and do not argue with them;\n- take screenshots that show the date, the time, the link and the name of the account;\n- keep messages until you have copied them, then block and report the account;\n- tighten your privacy settings, and check what can be found about you and your family;\n- warn your family and friends not to respond either.\n'

blocks = {}
debug_info = ''