from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'introduction.purpose body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_organisation = resolve('organisation')
    l_0_policies = resolve('policies')
    pass
    yield "Social media is part of everyday life for you and for the people you work with. Used well, it helps you keep up to date, learn from others, share knowledge and speak up for social work.\n\nIt also brings risks. A careless post can break someone's confidence or blur the line between your personal and professional life. Children and adults at risk can be harmed or exploited online, and people can use what they find about you to trace or intimidate you.\n\nThis policy sets out what "
    yield str(environment.finalize(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name')))
    yield ' expects of you, and what we do to support you, so that you can use social media safely and well. Understand both the benefits and the risks before you post, and if you are unsure, ask your manager first.\n\n'
    if environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'code_of_practice'):
        pass
        yield 'Our '
        yield str(environment.finalize(environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'code_of_practice')))
        yield ' gives practical guidance on following it.'
    else:
        pass
        yield 'This policy is also our code of practice on social media: the standard of conduct online that we expect of you.'
    if environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'strategy'):
        pass
        yield ' It puts into practice our '
        yield str(environment.finalize(environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'strategy')))
        yield ', which sets out how '
        yield str(environment.finalize(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name')))
        yield ' uses social media.'
    yield '\n'

blocks = {}
debug_info = '5=14&7=16&8=19'