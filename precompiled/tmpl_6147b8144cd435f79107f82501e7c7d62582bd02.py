from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'confidentiality.images body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_official_accounts = resolve('official_accounts')
    l_0_edition = resolve('edition')
    l_0_nation = resolve('nation')
    pass
    yield "Never post photos, videos, audio, names or other details that could identify people who use our services, or their families and carers, on any account. This includes pictures from events or visits where faces cannot be seen, and sharing or reacting to other people's posts about them.\n"
    if environment.getattr((undefined(name='official_accounts') if l_0_official_accounts is missing else l_0_official_accounts), 'exist'):
        pass
        yield '\nAn official account may show people who use our services only with recorded, informed consent from them or from someone with authority to give it, and only where the post is in their interests.\n'
    yield '\n'
    if ((undefined(name='edition') if l_0_edition is missing else l_0_edition) == 'students'):
        pass
        yield 'Posting an identifiable image without authority breaches confidentiality. It may be a data breach, and it is a serious concern about your conduct'
        if environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'students'), 'registered'):
            pass
            yield ', which may be referred to '
            yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'regulator'), 'name')))
        yield '.\n'
    else:
        pass
        yield 'Posting an identifiable image without authority breaches confidentiality. It may be a data breach and a serious concern about your conduct. If you are registered with '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'regulator'), 'name')))
        yield ', you may also have to answer for it there.\n'

blocks = {}
debug_info = '2=15&7=19&8=22&10=30'