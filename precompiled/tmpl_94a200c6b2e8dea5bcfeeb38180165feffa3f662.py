from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'students.agency body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_policies = resolve('policies')
    l_0_abuse_support = resolve('abuse_support')
    l_0_xref = resolve('xref')
    l_0_staff_only = missing
    try:
        t_1 = environment.filters['join_and']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join_and' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    yield 'If you work for us through an agency, you follow this policy while you work with us, as part of your assignment. The manager who arranges your work will give you this policy before you start. They are the person to ask wherever a clause sends you to a manager, such as "your manager".\n\nThe policy applies to you as it does to our employees, with two differences, because your agency is your employer:\n\n- our '
    yield str(environment.finalize(environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'disciplinary')))
    yield ' does not apply to you. If there is a concern about your conduct online, we tell your agency, which deals with it under its own procedures, and we may end your assignment with us;\n'
    l_0_staff_only = environment.call_binop(context, '+', ([environment.getattr((undefined(name='abuse_support') if l_0_abuse_support is missing else l_0_abuse_support), 'wellbeing_service')] if environment.getattr((undefined(name='abuse_support') if l_0_abuse_support is missing else l_0_abuse_support), 'wellbeing_service') else []), (['paid time off for appointments'] if environment.getattr((undefined(name='abuse_support') if l_0_abuse_support is missing else l_0_abuse_support), 'paid_time') else []))
    context.vars['staff_only'] = l_0_staff_only
    context.exported_vars.add('staff_only')
    if (undefined(name='staff_only') if l_0_staff_only is missing else l_0_staff_only):
        pass
        yield '- if you are abused online because of your work with us, we give you the support in clause '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'support.our-response')))
        yield ', except '
        yield str(environment.finalize(t_1((undefined(name='staff_only') if l_0_staff_only is missing else l_0_staff_only))))
        yield ', which '
        yield str(environment.finalize(('is' if (t_2((undefined(name='staff_only') if l_0_staff_only is missing else l_0_staff_only)) == 1) else 'are')))
        yield ' for our employees. Ask your agency what it offers instead.\n'
    else:
        pass
        yield '- if you are abused online because of your work with us, we give you the support in clause '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'support.our-response')))
        yield ', and we tell your agency, if you agree, so that it can support you as your employer.\n'

blocks = {}
debug_info = '5=28&6=30&7=33&8=36&10=45'