from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'practice.risk body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_nation = resolve('nation')
    pass
    yield 'When you assess risk to a child or an adult at risk, ask how they use social media and whether it harms them. Look for:\n\n- contact from people who may groom, exploit, bully or threaten them;\n- harmful material that they see, make or share;\n- posts that show where they live or spend their time;\n- contact that '
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'safeguarding'), 'orders')))
    yield " does not allow.\n\nRecord what you find, and what you will do about it, in the assessment and the plan. Agree practical steps with their family or carers, such as privacy settings, controls on devices and what to do if something goes wrong.\n\nSocial media is also part of ordinary life. Any limit you suggest must be in the person's best interests, in proportion to the risk, and respect their private life.\n"

blocks = {}
debug_info = '6=13'