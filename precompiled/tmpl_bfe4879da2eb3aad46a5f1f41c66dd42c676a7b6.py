from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'appendix.basw-coverage body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_university_students = resolve('university_students')
    l_0_coverage = resolve('coverage')
    try:
        t_1 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    try:
        t_2 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    pass
    yield 'The British Association of Social Workers (BASW) policy on social media makes 23 numbered recommendations. The table shows each one in our own summary, who BASW addresses it to, and the clauses of this policy that put it into practice.\n'
    if (undefined(name='university_students') if l_0_university_students is missing else l_0_university_students):
        pass
        yield 'Where BASW addresses social workers, this policy applies the recommendation to our students as well as our staff.\n'
    yield '\n| No. | Recommendation | Addressed to | Clauses |\n| --- | --- | --- | --- |\n'
    for l_1_row in (undefined(name='coverage') if l_0_coverage is missing else l_0_coverage):
        l_1__policygen_loop_step = resolve('_policygen_loop_step')
        _loop_vars = {}
        pass
        environment.call(context, (undefined(name='_policygen_loop_step') if l_1__policygen_loop_step is missing else l_1__policygen_loop_step), _loop_vars=_loop_vars)
        yield '| '
        yield str(environment.finalize(environment.getattr(l_1_row, 'number')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_row, 'summary')))
        yield ' | '
        yield str(environment.finalize(t_1(environment.getattr(l_1_row, 'audience'))))
        yield ' | '
        if environment.getattr(l_1_row, 'clauses'):
            pass
            yield str(environment.finalize(t_2(context.eval_ctx, environment.getattr(l_1_row, 'clauses'), ', ')))
            if environment.getattr(l_1_row, 'partly'):
                pass
                yield ' (in part)'
        else:
            pass
            yield 'Not covered by this policy'
        yield ' |\n'
    l_1_row = l_1__policygen_loop_step = missing

blocks = {}
debug_info = '2=26&8=30&9=36'