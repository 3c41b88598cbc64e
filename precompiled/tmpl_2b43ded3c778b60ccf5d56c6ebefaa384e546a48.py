from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'confidentiality.sharing body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_organisation = resolve('organisation')
    l_0_your_manager = resolve('your_manager')
    l_0_contacts = resolve('contacts')
    pass
    yield 'Share information about people only for a proper purpose, with people who need it, through the secure channels '
    yield str(environment.finalize(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name')))
    yield " provides. Social media, including private messages and closed groups, is never the right channel for information about someone's care. If you are unsure whether sharing is lawful or necessary, ask your "
    yield str(environment.finalize((undefined(name='your_manager') if l_0_your_manager is missing else l_0_your_manager)))
    yield ' or '
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'data_protection'), 'name')))
    yield ' first.\n'

blocks = {}
debug_info = '1=15'