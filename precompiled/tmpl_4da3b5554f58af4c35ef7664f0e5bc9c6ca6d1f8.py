from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'privacy.settings body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield 'Learn how each platform you use works, including who can see your posts and how they can be shared.\n\n- Check the privacy and security settings of every account, and check them again when a platform changes.\n- Limit who can see your personal details, friends list and photos, and turn off location tagging.\n- Use a strong, separate password for each account, with two-step sign-in where it is offered.\n\nEven with the tightest settings, treat everything you post as public and permanent. Others can copy and forward it, and platforms keep content after you delete it.\n'

blocks = {}
debug_info = ''