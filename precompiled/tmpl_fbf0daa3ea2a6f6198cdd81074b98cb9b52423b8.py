from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'boundaries.private-channels body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_edition = resolve('edition')
    l_0_university = resolve('university')
    pass
    yield "Social media is not the place for anything private or sensitive. If an online conversation turns to someone's circumstances or a case, move it to a secure work channel, such as "
    if (((undefined(name='edition') if l_0_edition is missing else l_0_edition) == 'students') and (undefined(name='university') if l_0_university is missing else l_0_university)):
        pass
        yield "your placement's work email or phone, or your university email"
    elif ((undefined(name='edition') if l_0_edition is missing else l_0_edition) == 'students'):
        pass
        yield 'your placement email or phone'
    else:
        pass
        yield 'work email or phone'
    yield ', and record it in the right place. Do this even when the person started the conversation in public.\n'

blocks = {}
debug_info = '1=14'