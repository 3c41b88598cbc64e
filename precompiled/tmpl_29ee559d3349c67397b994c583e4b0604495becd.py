from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'control.history body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_document = resolve('document')
    pass
    yield '| Version | Date | Summary of changes |\n| --- | --- | --- |\n'
    for l_1_entry in environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'history'):
        l_1__policygen_loop_step = resolve('_policygen_loop_step')
        _loop_vars = {}
        pass
        environment.call(context, (undefined(name='_policygen_loop_step') if l_1__policygen_loop_step is missing else l_1__policygen_loop_step), _loop_vars=_loop_vars)
        yield '| '
        yield str(environment.finalize(environment.getattr(l_1_entry, 'version')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_entry, 'date')))
        yield ' | '
        if (environment.getattr(l_1_entry, 'kind') == 'reviewed'):
            pass
            yield 'Reviewed with no change to the text. '
        yield str(environment.finalize(environment.getattr(l_1_entry, 'summary')))
        yield ' |\n'
    l_1_entry = l_1__policygen_loop_step = missing

blocks = {}
debug_info = '3=13&4=19'