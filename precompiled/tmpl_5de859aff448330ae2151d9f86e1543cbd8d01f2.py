from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'support.our-response body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_organisation = resolve('organisation')
    l_0_abuse_support = resolve('abuse_support')
    l_0_not_only_employees = resolve('not_only_employees')
    l_0_nation = resolve('nation')
    try:
        t_1 = environment.filters['count']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'count' found.")
    pass
    yield 'When you tell us, '
    yield str(environment.finalize(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name')))
    yield ' will:\n\n- keep a record of what happened and what we did, from the day you tell us;\n'
    if environment.getattr((undefined(name='abuse_support') if l_0_abuse_support is missing else l_0_abuse_support), 'takedown_requests'):
        pass
        yield '- ask the platform to remove the content, on your behalf, within '
        yield str(environment.finalize(t_1(environment.getattr((undefined(name='abuse_support') if l_0_abuse_support is missing else l_0_abuse_support), 'takedown_within_days'), 'working day')))
        yield ';\n'
    else:
        pass
        yield '- show you how to ask the platform to remove the content;\n'
    if environment.getattr((undefined(name='abuse_support') if l_0_abuse_support is missing else l_0_abuse_support), 'police_liaison'):
        pass
        yield '- help you report it to the police, give them our records, and name a contact to deal with them for you;\n'
    else:
        pass
        yield '- give you copies of our records if you decide to report it to the police;\n'
    if environment.getattr((undefined(name='abuse_support') if l_0_abuse_support is missing else l_0_abuse_support), 'wellbeing_service'):
        pass
        yield '- '
        if (undefined(name='not_only_employees') if l_0_not_only_employees is missing else l_0_not_only_employees):
            pass
            yield 'if you are our employee, '
        yield 'offer you '
        yield str(environment.finalize(environment.getattr((undefined(name='abuse_support') if l_0_abuse_support is missing else l_0_abuse_support), 'wellbeing_service')))
        yield ', which you can use in confidence;\n'
    if environment.getattr((undefined(name='abuse_support') if l_0_abuse_support is missing else l_0_abuse_support), 'security_review'):
        pass
        yield '- review your personal safety with you within '
        yield str(environment.finalize(t_1(environment.getattr((undefined(name='abuse_support') if l_0_abuse_support is missing else l_0_abuse_support), 'security_review_within_days'), 'working day')))
        yield ', including visits, lone working and your home address;\n'
    else:
        pass
        yield '- agree changes to your work with you if you are worried about your safety;\n'
    if (environment.getattr((undefined(name='abuse_support') if l_0_abuse_support is missing else l_0_abuse_support), 'paid_time') and (undefined(name='not_only_employees') if l_0_not_only_employees is missing else l_0_not_only_employees)):
        pass
        yield '- if you are our employee, give you paid time to attend appointments with the police, courts or support services about it;\n- if you are not, agree with you how to fit those appointments around your role.\n'
    elif environment.getattr((undefined(name='abuse_support') if l_0_abuse_support is missing else l_0_abuse_support), 'paid_time'):
        pass
        yield '- give you paid time to attend appointments with the police, courts or support services about it.\n'
    else:
        pass
        yield '- agree with you how to fit appointments with the police, courts or support services around your work.\n'
    yield '\nYou will not be blamed for reporting. If there is a question about something you posted yourself, we support you first and deal with it separately.\n'
    if environment.getattr((undefined(name='abuse_support') if l_0_abuse_support is missing else l_0_abuse_support), 'police_liaison'):
        pass
        yield '\nDepending on what happened, the law that may apply includes:\n\n'
        for l_1_offence in environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'offences'):
            l_1__policygen_loop_step = resolve('_policygen_loop_step')
            _loop_vars = {}
            pass
            environment.call(context, (undefined(name='_policygen_loop_step') if l_1__policygen_loop_step is missing else l_1__policygen_loop_step), _loop_vars=_loop_vars)
            yield '- '
            yield str(environment.finalize(l_1_offence))
            yield ';\n'
        l_1_offence = l_1__policygen_loop_step = missing
        yield '- '
        yield str(environment.finalize(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'defamation')))
        yield ', for false statements that harm your reputation (a civil matter, not a crime).\n'

blocks = {}
debug_info = '1=22&4=24&5=27&9=32&14=38&15=41&17=47&18=50&22=55&25=58&32=65&36=68&37=74&39=78'