from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'learning.no-training body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_organisation = resolve('organisation')
    l_0_xref = resolve('xref')
    try:
        t_1 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    pass
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name'))))
    yield ' does not run social media training at present. Tell your manager what you need to learn, and use clause '
    yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'learning.cpd')))
    yield ' to keep up to date. We will look again at training when we review this policy.\n'

blocks = {}
debug_info = '1=19'