from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'breaches.carer-devices when'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_carers = resolve('carers')
    l_0_fostering = resolve('fostering')
    pass
    if ((undefined(name='carers') if l_0_carers is missing else l_0_carers) and (environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'devices') != 'none')):
        pass
        yield '1'

blocks = {}
debug_info = '1=13'