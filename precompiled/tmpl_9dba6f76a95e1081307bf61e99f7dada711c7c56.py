from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'practice.safeguarding body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_university = resolve('university')
    l_0_nation = resolve('nation')
    l_0_xref = resolve('xref')
    l_0_out_of_hours = resolve('out_of_hours')
    pass
    yield 'Harm that happens online is a safeguarding matter like any other. If something you see or hear about online suggests that a child or an adult at risk is being harmed, or may be, follow our safeguarding procedures at once.'
    if (undefined(name='university') if l_0_university is missing else l_0_university):
        pass
        yield " On placement, follow the placement provider's procedures as well."
    yield '\n- **Children.** Our procedures follow '
    yield str(environment.finalize(environment.getattr(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'safeguarding'), 'children'), 'guidance')))
    yield ' and the child protection procedures of '
    yield str(environment.finalize(environment.getattr(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'safeguarding'), 'children'), 'body')))
    yield '.'
    if environment.getattr(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'safeguarding'), 'children'), 'practice'):
        pass
        yield ' We work with children and families in the way '
        yield str(environment.finalize(environment.getattr(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'safeguarding'), 'children'), 'practice')))
        yield ' sets out.'
    yield '\n- **Adults at risk**, as clause '
    yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'introduction.definitions')))
    yield ' defines them. In '
    yield str(environment.finalize(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'name')))
    yield ', '
    yield str(environment.finalize(environment.getattr(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'safeguarding'), 'adults'), 'route')))
    yield '. Follow the procedures of '
    yield str(environment.finalize(environment.getattr(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'safeguarding'), 'adults'), 'body')))
    yield '.\n- **Out of hours.** If it cannot wait until the next working day, contact '
    yield str(environment.finalize(environment.getattr((undefined(name='out_of_hours') if l_0_out_of_hours is missing else l_0_out_of_hours), 'name')))
    if environment.getattr((undefined(name='out_of_hours') if l_0_out_of_hours is missing else l_0_out_of_hours), 'phone'):
        pass
        yield ' on '
        yield str(environment.finalize(environment.getattr((undefined(name='out_of_hours') if l_0_out_of_hours is missing else l_0_out_of_hours), 'phone')))
    yield '. If anyone is in immediate danger, call 999.\n\nNote the address of what you saw and the time, and do not reply to it, react to it or share it.\n'

blocks = {}
debug_info = '1=16&3=20&4=30&5=38'