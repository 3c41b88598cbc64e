from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'learning.carers body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_scope = resolve('scope')
    l_0_other_carer_kinds = resolve('other_carer_kinds')
    l_0_carer_workers = resolve('carer_workers')
    l_0_training = resolve('training')
    l_0_nation = resolve('nation')
    l_0_fostering = resolve('fostering')
    l_0_who = l_0_workers = missing
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
        t_4 = environment.filters['months']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'months' found.")
    pass
    l_0_who = environment.call_binop(context, '+', (['foster carers'] if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'foster_carers') else []), (((undefined(name='other_carer_kinds') if l_0_other_carer_kinds is missing else l_0_other_carer_kinds) or (['other carers'] if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'foster_carers') else ['carers'])) if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'other_carers') else []))
    context.vars['who'] = l_0_who
    context.exported_vars.add('who')
    l_0_workers = (undefined(name='carer_workers') if l_0_carer_workers is missing else l_0_carer_workers)
    context.vars['workers'] = l_0_workers
    context.exported_vars.add('workers')
    yield 'We train the '
    yield str(environment.finalize(t_3((undefined(name='who') if l_0_who is missing else l_0_who))))
    yield ' we '
    yield str(environment.finalize(('approve or support' if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'other_carers') else 'approve')))
    yield " to use social media safely in their caring role. The training helps you guide the people in your care, and keep your own and your family's accounts safe.\n\n- **When you first do it:** "
    if (environment.getattr((undefined(name='training') if l_0_training is missing else l_0_training), 'carers_timing') == 'preparation'):
        pass
        yield 'before you are approved, as part of your preparation training'
    else:
        pass
        yield 'within '
        yield str(environment.finalize(t_2(environment.getattr((undefined(name='training') if l_0_training is missing else l_0_training), 'carers_within_months'), 'month')))
        yield ' of your approval'
    yield '.\n- **How often you refresh it:** '
    if environment.getattr((undefined(name='training') if l_0_training is missing else l_0_training), 'carers_refresher_months'):
        pass
        yield 'every '
        yield str(environment.finalize(t_4(environment.getattr((undefined(name='training') if l_0_training is missing else l_0_training), 'carers_refresher_months'))))
        yield ', and sooner if '
        yield str(environment.finalize(('a child' if (environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'foster_carers') and (not environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'other_carers'))) else 'someone')))
        yield ' in your care starts using a new app or platform'
    else:
        pass
        yield 'there is no set refresher, so ask your '
        yield str(environment.finalize(t_3((undefined(name='workers') if l_0_workers is missing else l_0_workers), 'or')))
        yield ' for more training when you need it'
    yield '.\n- **What it covers:** online risks and the signs to look for, privacy settings, parental controls and age ratings, and which online decisions are yours to make. It also covers contact arrangements online, what to do when a child has contact that is not allowed, and who to tell when something goes wrong.\n- **Where we record it:** your '
    yield str(environment.finalize(t_3((undefined(name='workers') if l_0_workers is missing else l_0_workers), 'or')))
    yield ' records it in your carer record, and it is looked at in each review of your approval.\n'
    if (environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'foster_carers') and environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'fostering'), 'training_standard')):
        pass
        yield '\n'
        yield str(environment.finalize(t_1(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'fostering'), 'standards'))))
        yield ' also require every foster carer to show, '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'fostering'), 'training_standard_due')))
        yield ', that they meet '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'fostering'), 'training_standard')))
        yield '. Your '
        yield str(environment.finalize(environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'supervising_worker')))
        yield ' helps you plan this training in your personal development plan.\n'

blocks = {}
debug_info = '1=42&2=45&3=49&5=53&6=62&8=75&9=77&11=80'