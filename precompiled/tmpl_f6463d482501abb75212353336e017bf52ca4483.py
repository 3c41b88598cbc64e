from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'learning.cpd body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_nation = resolve('nation')
    pass
    yield 'Social media can help you keep up with research, policy and practice, through professional networks, discussions and online events. This counts as continuing professional development.\n\nSocial media is not peer reviewed, so some of what you read will be wrong. Before you rely on something, check who wrote it, what evidence they give and how recent it is. Compare it with published research and official guidance. Never treat a post as fact in an assessment without checking it.\n\nIf you are registered with '
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'regulator'), 'name')))
    yield ', check its current requirements for continuing professional development, and record your learning from social media in the way it asks.\n'

blocks = {}
debug_info = '5=13'