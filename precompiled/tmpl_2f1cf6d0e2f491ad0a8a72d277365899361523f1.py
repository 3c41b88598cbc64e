from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'governance.review body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_document = resolve('document')
    l_0_review_due = resolve('review_due')
    l_0_nation = resolve('nation')
    l_0_university = resolve('university')
    l_0_scope = resolve('scope')
    l_0_carers = resolve('carers')
    l_0_equality_duty = resolve('equality_duty')
    try:
        t_1 = environment.filters['months']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'months' found.")
    pass
    yield 'The '
    yield str(environment.finalize(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'owner')))
    yield ' owns this policy and reviews it at least every '
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'review_every_months'))))
    yield '.'
    if (undefined(name='review_due') if l_0_review_due is missing else l_0_review_due):
        pass
        yield ' The next review is due by '
        yield str(environment.finalize((undefined(name='review_due') if l_0_review_due is missing else l_0_review_due)))
        yield '.'
    yield ' We review it sooner if the law, the rules of '
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'regulator'), 'name')))
    yield ' or our services change, or if an incident shows the need.\n\n'
    if (undefined(name='university') if l_0_university is missing else l_0_university):
        pass
        yield 'At each review, the '
        yield str(environment.finalize(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'owner')))
        yield ' looks at concerns and breaches reported under this policy, dilemmas raised in supervision, and feedback from staff'
        if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'students'):
            pass
            yield ', students'
        yield ', placement providers and people with lived experience who contribute to our teaching.\n'
    else:
        pass
        yield 'At each review, the '
        yield str(environment.finalize(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'owner')))
        yield ' looks at concerns and breaches reported under this policy, dilemmas raised in supervision, and feedback from staff'
        if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'students'):
            pass
            yield ', students'
        if (undefined(name='carers') if l_0_carers is missing else l_0_carers):
            pass
            yield ', carers'
        yield ' and people who use our services.\n'
    yield '\n'
    if (undefined(name='equality_duty') if l_0_equality_duty is missing else l_0_equality_duty):
        pass
        yield 'To meet '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'equality'), 'duty')))
        yield ', we assess the effect of this policy on equality before it is approved and at each review, through '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'equality'), 'assessment')))
        yield '.'
        if environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'equality_assessment_on'):
            pass
            yield ' The assessment of this version was completed on '
            yield str(environment.finalize(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'equality_assessment_on')))
            yield '.'
    else:
        pass
        yield 'At each review, we also check that the policy treats everyone fairly and puts no group of staff or people who use our services at a disadvantage.\n'

blocks = {}
debug_info = '1=25&3=37&4=40&6=49&9=59&10=62'