from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'learning.no-training when'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_training = resolve('training')
    pass
    if (not (environment.getattr((undefined(name='training') if l_0_training is missing else l_0_training), 'induction') or environment.getattr((undefined(name='training') if l_0_training is missing else l_0_training), 'refresher_months'))):
        pass
        yield '1'

blocks = {}
debug_info = '1=12'