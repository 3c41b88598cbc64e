from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'official.welsh body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_organisation = resolve('organisation')
    l_0_contacts = resolve('contacts')
    try:
        t_1 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    pass
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name'))))
    yield ' has been served Welsh Language Standards under the Welsh Language (Wales) Measure 2011. Our compliance notice says what they require of our official accounts. Run each account in Welsh and English in the way the notice requires.\n\nBefore you open or change an account, check with '
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'communications'), 'name')))
    yield ' what the notice asks of it, including how to answer messages written in Welsh.\n'

blocks = {}
debug_info = '1=19&3=21'