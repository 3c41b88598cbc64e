from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'governance.formats body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_contacts = resolve('contacts')
    l_0_organisation = resolve('organisation')
    l_0_welsh_language = resolve('welsh_language')
    try:
        t_1 = environment.filters['link']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'link' found.")
    pass
    yield 'If you need this policy in another format, such as large print, easy read or audio, or in another language, contact '
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'questions'), 'name')))
    if environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'questions'), 'email'):
        pass
        yield ' at '
        yield str(environment.finalize(t_1(environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'questions'), 'email'), environment.checked_text(str_join(('mailto:', environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'questions'), 'email'), ))))))
    yield '.\n'
    if ((environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'nation') == 'wales') and environment.getattr((undefined(name='welsh_language') if l_0_welsh_language is missing else l_0_welsh_language), 'welsh_version')):
        pass
        yield "\nThis policy is available in Welsh and English. Mae'r polisi hwn ar gael yn Gymraeg ac yn Saesneg.\n"

blocks = {}
debug_info = '1=21&2=27'