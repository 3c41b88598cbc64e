from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'conduct.views body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_organisation = resolve('organisation')
    pass
    yield 'You have the right to hold and share your own views, including on politics, religion and social issues, in your own time. When you post about a contentious subject:\n\n- make clear you are speaking for yourself, and do not link your views to '
    yield str(environment.finalize(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name')))
    yield ' or your work;\n- avoid anything that could make people who use our services doubt you would treat them fairly;\n- never post content that is discriminatory, that stirs up hatred or that could be a crime.\n\nWe treat a personal view as a conduct matter only where it affects your work, the people who use our services, your colleagues or public trust in social work. Any action we take will be proportionate.\n'

blocks = {}
debug_info = '3=13'