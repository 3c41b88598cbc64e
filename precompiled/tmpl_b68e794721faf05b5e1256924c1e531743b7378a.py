from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'conduct.ambassador body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_organisation = resolve('organisation')
    l_0_contacts = resolve('contacts')
    pass
    yield 'We encourage you to use social media positively: to share learning, join professional discussion and show the difference social work makes. When you do, people may see you as speaking for the profession, so be accurate, fair and constructive.\n\nIf a journalist contacts you about your work, or you are asked to speak for '
    yield str(environment.finalize(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name')))
    yield ', refer them to '
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'communications'), 'name')))
    yield '.\n'

blocks = {}
debug_info = '3=14'