from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'boundaries.colleagues body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_university_students = resolve('university_students')
    pass
    yield 'You may connect with colleagues online if you both want to, but professional boundaries still apply.\n\n- Nobody has to accept a request from a colleague or manager, and nobody should be pressed to.\n- Managers should think carefully before connecting with people they manage, and must never let an online connection affect how they treat staff.\n'
    if (undefined(name='university_students') if l_0_university_students is missing else l_0_university_students):
        pass
        yield '- Staff should think carefully before connecting with students on personal accounts, and must never let an online connection affect how they teach, assess or support a student.\n'
    yield '- Do not discuss cases or colleagues in personal group chats, or post photos of colleagues without their agreement.\n- Raise disagreements at work directly and privately, never on social media.\n'

blocks = {}
debug_info = '5=13'