from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'official.accessible body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield 'Official posts must work for everyone, including people who use screen readers. Use plain language. Add alternative text to images, and captions to videos. Never put important information only in an image. Write hashtags with a capital for each word, such as #SocialWorkWeek.\n'

blocks = {}
debug_info = ''