from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'fostering.after-care body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_xref = resolve('xref')
    l_0_nation = resolve('nation')
    l_0_fostering = resolve('fostering')
    pass
    yield 'The staff rule on people who used our services in the past, in clause '
    yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'boundaries.former')))
    yield ', does not stop you keeping in touch with a child who has left your care, where that has been agreed. This includes contact set out in their plan when they move on'
    if environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'fostering'), 'staying_on'):
        pass
        yield ', a young person who stays living with you after 18 under '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'fostering'), 'staying_on')))
    yield ', and a young adult who chooses to stay in touch with you.\n\nWhile a child is still in care, keep online contact with them within what their plan allows, and ask your '
    yield str(environment.finalize(environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'supervising_worker')))
    yield " if you are not sure. Never share anything about a young person's time in care or their history without their agreement, even after they have left.\n"

blocks = {}
debug_info = '1=15&3=22'