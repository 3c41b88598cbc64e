from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'condition 487a620d029c737bbba1ba4d24a0d70effd9421dd84de12b7725999b810abee9'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_safety_advice = resolve('safety_advice')
    pass
    if (environment.getattr((undefined(name='safety_advice') if l_0_safety_advice is missing else l_0_safety_advice), 'publish_advice') and (not (environment.getattr((undefined(name='safety_advice') if l_0_safety_advice is missing else l_0_safety_advice), 'advice_url') or environment.getattr((undefined(name='safety_advice') if l_0_safety_advice is missing else l_0_safety_advice), 'available')))):
        pass
        yield '1'

blocks = {}
debug_info = '1=12'