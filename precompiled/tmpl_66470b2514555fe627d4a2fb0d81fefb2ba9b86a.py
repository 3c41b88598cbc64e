from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'breaches.consequences body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_university = resolve('university')
    l_0_not_only_employees = resolve('not_only_employees')
    l_0_policies = resolve('policies')
    l_0_nation = resolve('nation')
    l_0_others = resolve('others')
    l_0_scope = resolve('scope')
    l_0_xref = resolve('xref')
    l_0_university_students = resolve('university_students')
    l_0_employee = missing
    try:
        t_1 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    l_0_employee = ('a member of our staff' if (undefined(name='university') if l_0_university is missing else l_0_university) else 'our employee')
    context.vars['employee'] = l_0_employee
    context.exported_vars.add('employee')
    if (undefined(name='not_only_employees') if l_0_not_only_employees is missing else l_0_not_only_employees):
        pass
        yield 'What happens if you may have broken this policy depends on your relationship with us.\n\nIf you are '
        yield str(environment.finalize((undefined(name='employee') if l_0_employee is missing else l_0_employee)))
        yield ', we look into it under our '
        yield str(environment.finalize(environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'disciplinary')))
        yield ', which follows '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'employment'), 'code')))
        yield '.'
        if environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'employment'), 'statutory_procedures'):
            pass
            yield ' It also follows '
            yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'employment'), 'statutory_procedures')))
            yield '.'
        yield '\n'
    else:
        pass
        yield 'If you may have broken this policy, we look into it under our '
        yield str(environment.finalize(environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'disciplinary')))
        yield ', which follows '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'employment'), 'code')))
        yield '.'
        if environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'employment'), 'statutory_procedures'):
            pass
            yield ' It also follows '
            yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'employment'), 'statutory_procedures')))
            yield '.'
        yield '\n'
    yield 'The outcome can range from advice or training to a formal warning or, for gross misconduct, dismissal. '
    if environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'employment'), 'companion'):
        pass
        yield 'You have the right to be accompanied at a disciplinary hearing, under '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'employment'), 'companion_law')))
        yield '. Your companion can be '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'employment'), 'companion')))
        yield '.'
    else:
        pass
        yield 'Our '
        yield str(environment.finalize(environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'disciplinary')))
        yield ' sets out your right to be accompanied at a disciplinary hearing, under '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'employment'), 'companion_law')))
        yield ', and who can go with you.'
    yield '\n'
    if (undefined(name='not_only_employees') if l_0_not_only_employees is missing else l_0_not_only_employees):
        pass
        yield '\n'
        l_0_others = []
        context.vars['others'] = l_0_others
        context.exported_vars.add('others')
        if (undefined(name='university') if l_0_university is missing else l_0_university):
            pass
            l_0_others = environment.call_binop(context, '+', (undefined(name='others') if l_0_others is missing else l_0_others), ['if we engage you under a contract rather than employ you, we raise the concern with you under the terms of your contract, and we may end your engagement'])
            context.vars['others'] = l_0_others
            context.exported_vars.add('others')
        if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'agency_staff'):
            pass
            l_0_others = environment.call_binop(context, '+', (undefined(name='others') if l_0_others is missing else l_0_others), [environment.checked_text(str_join(('if you are an agency worker, see clause ', environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'students.agency'), )))])
            context.vars['others'] = l_0_others
            context.exported_vars.add('others')
        if (undefined(name='university_students') if l_0_university_students is missing else l_0_university_students):
            pass
            l_0_others = environment.call_binop(context, '+', (undefined(name='others') if l_0_others is missing else l_0_others), [environment.checked_text(str_join(('if you are a student on our social work programmes, see clause ', environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'students.university'), )))])
            context.vars['others'] = l_0_others
            context.exported_vars.add('others')
        elif environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'students'):
            pass
            l_0_others = environment.call_binop(context, '+', (undefined(name='others') if l_0_others is missing else l_0_others), [environment.checked_text(str_join(('if you are a student on placement, see clause ', environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'students.placement'), )))])
            context.vars['others'] = l_0_others
            context.exported_vars.add('others')
        if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'foster_carers'):
            pass
            l_0_others = environment.call_binop(context, '+', (undefined(name='others') if l_0_others is missing else l_0_others), [environment.checked_text(str_join(('if you are a foster carer, see clause ', environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'fostering.concerns'), )))])
            context.vars['others'] = l_0_others
            context.exported_vars.add('others')
        if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'other_carers'):
            pass
            l_0_others = environment.call_binop(context, '+', (undefined(name='others') if l_0_others is missing else l_0_others), [environment.checked_text(str_join(('if you are ', ('another' if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'foster_carers') else 'a'), ' carer we approve or support, see clause ', environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'students.carers'), )))])
            context.vars['others'] = l_0_others
            context.exported_vars.add('others')
        if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'volunteers'):
            pass
            l_0_others = environment.call_binop(context, '+', (undefined(name='others') if l_0_others is missing else l_0_others), [environment.checked_text(str_join(('if you are a volunteer, see clause ', environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'students.volunteers'), )))])
            context.vars['others'] = l_0_others
            context.exported_vars.add('others')
        if (t_2((undefined(name='others') if l_0_others is missing else l_0_others)) == 1):
            pass
            yield 'The '
            yield str(environment.finalize(environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'disciplinary')))
            yield ' applies only to employees. '
            yield str(environment.finalize(t_1(environment.getitem((undefined(name='others') if l_0_others is missing else l_0_others), 0))))
            yield '.\n'
        else:
            pass
            yield 'The '
            yield str(environment.finalize(environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'disciplinary')))
            yield ' applies only to employees. If you are not employed by us:\n\n'
            l_1_loop = missing
            for l_1_item, l_1_loop in LoopContext((undefined(name='others') if l_0_others is missing else l_0_others), undefined):
                l_1__policygen_loop_step = resolve('_policygen_loop_step')
                _loop_vars = {}
                pass
                environment.call(context, (undefined(name='_policygen_loop_step') if l_1__policygen_loop_step is missing else l_1__policygen_loop_step), _loop_vars=_loop_vars)
                yield '- '
                yield str(environment.finalize(l_1_item))
                yield str(environment.finalize(('.' if environment.getattr(l_1_loop, 'last') else ';')))
                yield '\n'
            l_1_loop = l_1_item = l_1__policygen_loop_step = missing
    yield '\nIf you are a registered social worker, we may also refer you to '
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'regulator'), 'name')))
    yield ' where your conduct raises a concern about your fitness to practise. Some conduct online may also be a crime, which we may report to the police.\n'

blocks = {}
debug_info = '1=32&2=35&5=38&7=53&9=64&10=79&12=82&13=85&14=90&15=95&16=105&17=110&18=115&19=120&20=123&22=130&24=133&25=139&30=144'