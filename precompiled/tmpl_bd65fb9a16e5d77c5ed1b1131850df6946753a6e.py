from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'fostering.children body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_nation = resolve('nation')
    l_0_fostering = resolve('fostering')
    pass
    yield "You help keep the children in your care safe online. Agree household rules with them, learn how the apps and games they use work, and talk with them about what they see and share. Treat their online life as part of ordinary family life, not only as a risk.\n\nDay-to-day decisions about a child's phone, apps, games and age ratings follow "
    if environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'fostering'), 'day_to_day'):
        pass
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'fostering'), 'day_to_day')))
    else:
        pass
        yield "what the child's social worker has agreed you may decide for them"
    yield '. If a decision is not yours to make, or you are not sure, ask your '
    yield str(environment.finalize(environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'supervising_worker')))
    yield " or the child's social worker before you act.\n\nOn your own accounts, and your family's:\n\n- do not post photos or details that could identify a child in your care, or show where they live or go to school, unless the child's social worker has agreed;\n- never share anything about a child's history, their birth family or their plans;\n- ask the people in your household to follow the same rules;\n- tell your "
    yield str(environment.finalize(environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'supervising_worker')))
    yield " if anyone contacts you online about a child in your care.\n\nTell the child's social worker straight away if you think a child in your care is at risk online, for example from bullying, grooming or exploitation.\n"

blocks = {}
debug_info = '3=14&10=23'