from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'support.carers body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_carer_workers = resolve('carer_workers')
    l_0_fostering = resolve('fostering')
    l_0_scope = resolve('scope')
    l_0_abuse_support = resolve('abuse_support')
    l_0_workers = l_0_own = missing
    try:
        t_1 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    try:
        t_2 = environment.filters['count']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'count' found.")
    try:
        t_3 = environment.filters['join_and']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'join_and' found.")
    try:
        t_4 = environment.filters['link']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'link' found.")
    pass
    l_0_workers = (undefined(name='carer_workers') if l_0_carer_workers is missing else l_0_carer_workers)
    context.vars['workers'] = l_0_workers
    context.exported_vars.add('workers')
    l_0_own = environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'out_of_hours')
    context.vars['own'] = l_0_own
    context.exported_vars.add('own')
    yield 'If you are abused or harassed online because you foster or care for someone, tell your '
    yield str(environment.finalize(t_3((undefined(name='workers') if l_0_workers is missing else l_0_workers), 'or')))
    yield ' as soon as you can.'
    if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'foster_carers'):
        pass
        yield ' '
        if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'other_carers'):
            pass
            yield 'If you are a foster carer, outside office hours you can'
        else:
            pass
            yield 'Outside office hours, you can also'
        yield ' contact '
        yield str(environment.finalize(environment.getattr((undefined(name='own') if l_0_own is missing else l_0_own), 'name')))
        if environment.getattr((undefined(name='own') if l_0_own is missing else l_0_own), 'phone'):
            pass
            yield ' on '
            yield str(environment.finalize(environment.getattr((undefined(name='own') if l_0_own is missing else l_0_own), 'phone')))
        elif environment.getattr((undefined(name='own') if l_0_own is missing else l_0_own), 'email'):
            pass
            yield ' at '
            yield str(environment.finalize(t_4(environment.getattr((undefined(name='own') if l_0_own is missing else l_0_own), 'email'), environment.checked_text(str_join(('mailto:', environment.getattr((undefined(name='own') if l_0_own is missing else l_0_own), 'email'), ))))))
        else:
            pass
            yield ', whose number your '
            yield str(environment.finalize(environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'supervising_worker')))
            yield ' gives you'
        yield '.'
    yield ' If you are in immediate danger, call 999.\n\nWe will:\n\n- keep a record of what happened and what we did, from the day you tell us;\n'
    if environment.getattr((undefined(name='abuse_support') if l_0_abuse_support is missing else l_0_abuse_support), 'takedown_requests'):
        pass
        yield '- ask the platform to remove the content, on your behalf, within '
        yield str(environment.finalize(t_2(environment.getattr((undefined(name='abuse_support') if l_0_abuse_support is missing else l_0_abuse_support), 'takedown_within_days'), 'working day')))
        yield ';\n'
    else:
        pass
        yield '- show you how to ask the platform to remove the content;\n'
    if environment.getattr((undefined(name='abuse_support') if l_0_abuse_support is missing else l_0_abuse_support), 'police_liaison'):
        pass
        yield '- help you report it to the police, and give them our records;\n'
    else:
        pass
        yield '- give you copies of our records if you decide to report it to the police;\n'
    yield '- review with you the safety of your home and of the people in your care, including whether anything in their plans needs to change.\n'
    if environment.getattr((undefined(name='abuse_support') if l_0_abuse_support is missing else l_0_abuse_support), 'wellbeing_service'):
        pass
        yield '\n'
        yield str(environment.finalize(t_1(environment.getattr((undefined(name='abuse_support') if l_0_abuse_support is missing else l_0_abuse_support), 'wellbeing_service'))))
        yield ' is for our employees.'
        if (environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'foster_carers') and environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'carer_support')):
            pass
            yield ' '
            if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'other_carers'):
                pass
                yield 'If you are a foster carer, you can use '
                yield str(environment.finalize(environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'carer_support')))
                yield '.'
            else:
                pass
                yield 'You can use '
                yield str(environment.finalize(environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'carer_support')))
                yield ' instead.'
        yield ' Your '
        yield str(environment.finalize(t_3((undefined(name='workers') if l_0_workers is missing else l_0_workers), 'or')))
        yield ' will help you find other support.\n'
    elif (environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'foster_carers') and environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'carer_support')):
        pass
        yield '\n'
        if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'other_carers'):
            pass
            yield 'If you are a foster carer, you'
        else:
            pass
            yield 'You'
        yield ' can use '
        yield str(environment.finalize(environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'carer_support')))
        yield '.\n'

blocks = {}
debug_info = '1=40&2=43&3=47&8=75&9=78&13=83&19=90&21=93&22=111&24=114'