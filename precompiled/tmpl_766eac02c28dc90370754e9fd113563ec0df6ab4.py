from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'confidentiality.data-protection body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_edition = resolve('edition')
    l_0_organisation = resolve('organisation')
    pass
    yield 'Your duty of confidentiality applies online exactly as it does elsewhere. Never post, share or discuss confidential information about '
    if ((undefined(name='edition') if l_0_edition is missing else l_0_edition) == 'carers'):
        pass
        yield 'the people in your care and their families, other people who use our services, our staff'
    else:
        pass
        yield 'people who use our services, their families, your colleagues'
    yield ' or '
    yield str(environment.finalize(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name')))
    yield "'s business.\n\nData protection law applies to personal information on social media just as it does to case records, and so do our data protection and information security policies.\n\nInformation can identify someone without a name. A place, a date, an unusual event or a photo of a room may be enough. Leave out anything that could identify a person, however harmless it seems.\n"

blocks = {}
debug_info = '1=14'