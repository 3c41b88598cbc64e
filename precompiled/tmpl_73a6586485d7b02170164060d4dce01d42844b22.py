from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'breaches.mistakes body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_your_manager = resolve('your_manager')
    l_0_xref = resolve('xref')
    pass
    yield 'Anyone can post the wrong thing, or post from the wrong account. If you do:\n\n- remove the post or message straight away;\n- tell your '
    yield str(environment.finalize((undefined(name='your_manager') if l_0_your_manager is missing else l_0_your_manager)))
    yield ' the same day;\n- if it revealed anything about a person, report it as a data breach under clause '
    yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'breaches.data')))
    yield '.\n\nIf you report your own mistake quickly, we take that into account in deciding what happens next.\n'

blocks = {}
debug_info = '4=14&5=16'