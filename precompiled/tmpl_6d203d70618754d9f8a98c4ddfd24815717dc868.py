from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'fostering.concerns body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_fostering = resolve('fostering')
    l_0_nation = resolve('nation')
    l_0_policies = resolve('policies')
    l_0_sw = l_0_facts = missing
    try:
        t_1 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    pass
    l_0_sw = environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'supervising_worker')
    context.vars['sw'] = l_0_sw
    context.exported_vars.add('sw')
    l_0_facts = environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'fostering')
    context.vars['facts'] = l_0_facts
    context.exported_vars.add('facts')
    yield 'Our '
    yield str(environment.finalize(environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'disciplinary')))
    yield ' is for employees, so it does not apply to you. If there is a concern about your conduct online:\n\n- your '
    yield str(environment.finalize((undefined(name='sw') if l_0_sw is missing else l_0_sw)))
    yield ' will tell you what the concern is, talk it through with you and agree what needs to change. They record the concern and what you agreed in your carer record;\n- a serious or repeated concern can lead to a review of your approval. '
    if environment.getattr((undefined(name='facts') if l_0_facts is missing else l_0_facts), 'review_panel'):
        pass
        yield 'The review can go to '
        yield str(environment.finalize(environment.getattr((undefined(name='facts') if l_0_facts is missing else l_0_facts), 'review_panel')))
        yield ' for its recommendation. '
        yield str(environment.finalize(t_1(environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'decision_maker'))))
        yield ' then decides whether you remain approved, and on what terms'
    else:
        pass
        yield 'We then decide whether you remain approved, and on what terms'
    yield ';\n- a concern may suggest that you have harmed a child, have committed an offence against or involving a child, or may not be suitable to care for children. If so, we follow the allegations procedure at once'
    if environment.getattr((undefined(name='facts') if l_0_facts is missing else l_0_facts), 'allegations_route'):
        pass
        yield '. We refer it to '
        yield str(environment.finalize(environment.getattr((undefined(name='facts') if l_0_facts is missing else l_0_facts), 'allegations_route')))
        if environment.getattr((undefined(name='facts') if l_0_facts is missing else l_0_facts), 'allegations_due'):
            pass
            yield ' '
            yield str(environment.finalize(environment.getattr((undefined(name='facts') if l_0_facts is missing else l_0_facts), 'allegations_due')))
    if environment.getattr((undefined(name='facts') if l_0_facts is missing else l_0_facts), 'allegations_guidance'):
        pass
        yield ', under '
        yield str(environment.finalize(environment.getattr((undefined(name='facts') if l_0_facts is missing else l_0_facts), 'allegations_guidance')))
    yield '. A review of your approval follows.\n\nYou can give your side before any decision about your approval is made. We tell you what is happening at each stage, unless telling you would put a child at risk.\n'

blocks = {}
debug_info = '1=21&2=24&3=28&5=30&6=32&7=43'