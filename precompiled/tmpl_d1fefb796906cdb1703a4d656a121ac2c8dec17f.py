from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'conduct.professional body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_your_manager = resolve('your_manager')
    l_0_organisation = resolve('organisation')
    pass
    yield 'Hold yourself to the same standards online as you do face to face. Your professional values apply whenever you post, comment, like or share.\n\nBefore you post, ask yourself:\n\n- Would I be comfortable if a person I work with, their family, my '
    yield str(environment.finalize((undefined(name='your_manager') if l_0_your_manager is missing else l_0_your_manager)))
    yield ' or a journalist saw this?\n- Could it be read as unkind, discriminatory, threatening or dishonest?\n- Could it undermine trust in me, in '
    yield str(environment.finalize(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name')))
    yield ' or in social work?\n\nIf any answer gives you doubt, do not post. Treat everyone online with respect, and never take part in bullying, harassment or abuse, including of colleagues.\n'

blocks = {}
debug_info = '5=14&7=16'