from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'students.volunteers body'

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
    yield 'If you volunteer with us, you follow this policy as part of your volunteer agreement, in the time you give us. It applies to you as it does to staff, except where a clause says what is different for volunteers. Where a clause talks about your working time, read it as the time you volunteer with us.\n\nThe person who arranges your volunteering will give you this policy before you start. They are the person to ask wherever a clause sends you to a manager, such as "your manager".\n\nOur '
    yield str(environment.finalize(environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'disciplinary')))
    yield ' is for employees, so it does not apply to you. If there is a concern about your conduct online, the person who arranges your volunteering will talk it through with you and agree what needs to change. If it is serious, or it happens again, we may end your volunteering role. If anyone may be at risk, we follow safeguarding procedures at once.\n'
    l_0_staff_only = environment.call_binop(context, '+', ([environment.getattr((undefined(name='abuse_support') if l_0_abuse_support is missing else l_0_abuse_support), 'wellbeing_service')] if environment.getattr((undefined(name='abuse_support') if l_0_abuse_support is missing else l_0_abuse_support), 'wellbeing_service') else []), (['paid time off for appointments'] if environment.getattr((undefined(name='abuse_support') if l_0_abuse_support is missing else l_0_abuse_support), 'paid_time') else []))
    context.vars['staff_only'] = l_0_staff_only
    context.exported_vars.add('staff_only')
    yield '\nIf you are abused online because of your volunteering, tell the person who arranges it. We give you the support in clause '
    yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'support.our-response')))
    if (undefined(name='staff_only') if l_0_staff_only is missing else l_0_staff_only):
        pass
        yield ', except '
        yield str(environment.finalize(t_1((undefined(name='staff_only') if l_0_staff_only is missing else l_0_staff_only))))
        yield ', which '
        yield str(environment.finalize(('is' if (t_2((undefined(name='staff_only') if l_0_staff_only is missing else l_0_staff_only)) == 1) else 'are')))
        yield ' for our employees'
    yield '. We agree with you how to fit appointments with the police, courts or support services around your volunteering.\n'

blocks = {}
debug_info = '5=28&6=30&8=34'