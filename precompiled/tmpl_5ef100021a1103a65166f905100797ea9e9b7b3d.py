from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'support.what-counts body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield "This section applies when you are targeted online because of your work, by anyone and on any account. That includes:\n\n- abuse, insults or hate mail;\n- harassment, such as repeated unwanted messages;\n- threats to you, your family or your home;\n- posting your address, your family's details or photos of you;\n- fake accounts that pretend to be you.\n\nIf you are not sure whether something counts, tell us anyway.\n"

blocks = {}
debug_info = ''