from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'boundaries.friends body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_your_manager = resolve('your_manager')
    pass
    yield 'Do not send or accept friend requests, follows, connections or invitations to private groups with people who use our services, or with their carers and families. Do not message them from your personal accounts. This applies on every platform, whether or not you are working with them now.\n\nPersonal online contact blurs professional boundaries and can put the person at risk. A conduct hearing could also treat it as evidence against you.\n\nIf someone you work with asks to connect with you:\n\n1. do not accept, and do not reply from your personal account;\n2. tell your '
    yield str(environment.finalize((undefined(name='your_manager') if l_0_your_manager is missing else l_0_your_manager)))
    yield ", and note the request in the person's record if it matters to your work;\n3. if it helps, explain kindly at your next contact why you cannot connect online.\n\nOpen, professional discussion is different. You may take part in public discussions about social work where people who use services also take part, as long as you do not discuss anyone's circumstances.\n"

blocks = {}
debug_info = '8=13'