from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'control.document body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_document = resolve('document')
    l_0_duties = resolve('duties')
    l_0_review_due = resolve('review_due')
    try:
        t_1 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    try:
        t_2 = environment.filters['months']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'months' found.")
    pass
    yield '| Item | Detail |\n| --- | --- |\n| Title | '
    yield str(environment.finalize(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'title')))
    yield ' |\n'
    if environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'reference'):
        pass
        yield '| Reference | '
        yield str(environment.finalize(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'reference')))
        yield ' |\n'
    yield '| Version | '
    yield str(environment.finalize(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'version')))
    yield ' |\n| Status | '
    yield str(environment.finalize(('Approved' if (environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'status') == 'approved') else 'Draft')))
    yield ' |\n| Owner | '
    yield str(environment.finalize(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'owner')))
    yield ' |\n| Approved by | '
    yield str(environment.finalize(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'approver')))
    yield ' |\n| Approval date | '
    if environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'approved_on'):
        pass
        yield str(environment.finalize(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'approved_on')))
    else:
        pass
        yield 'Not yet approved'
    yield ' |\n'
    if (environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'approval_minute') and (environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'status') == 'approved')):
        pass
        yield '| Record of approval | '
        yield str(environment.finalize(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'approval_minute')))
        yield ' |\n'
    if environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'equality_assessment_on'):
        pass
        yield '| '
        yield str(environment.finalize(environment.getattr((undefined(name='duties') if l_0_duties is missing else l_0_duties), 'equality_record')))
        yield ' | Completed on '
        yield str(environment.finalize(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'equality_assessment_on')))
        yield '. '
        yield str(environment.finalize(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'equality_assessment_outcome')))
        yield ' |\n'
    if environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'consultation'):
        pass
        yield '| Consultation | '
        l_1_loop = missing
        for l_1_entry, l_1_loop in LoopContext(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'consultation'), undefined):
            l_1__policygen_loop_step = resolve('_policygen_loop_step')
            _loop_vars = {}
            pass
            environment.call(context, (undefined(name='_policygen_loop_step') if l_1__policygen_loop_step is missing else l_1__policygen_loop_step), _loop_vars=_loop_vars)
            yield str(environment.finalize(t_1(environment.getattr(l_1_entry, 'who'))))
            yield ', '
            yield str(environment.finalize(environment.getattr(l_1_entry, 'date')))
            if (not environment.getattr(l_1_loop, 'last')):
                pass
                yield '; '
        l_1_loop = l_1_entry = l_1__policygen_loop_step = missing
        yield ' |\n'
    yield '| Review cycle | Every '
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'review_every_months'))))
    yield ' |\n| Next review due | '
    if (undefined(name='review_due') if l_0_review_due is missing else l_0_review_due):
        pass
        yield str(environment.finalize((undefined(name='review_due') if l_0_review_due is missing else l_0_review_due)))
    else:
        pass
        yield 'Set when the policy is approved'
    yield ' |\n'

blocks = {}
debug_info = '3=27&4=29&5=32&7=35&8=37&9=39&10=41&11=43&12=50&13=53&15=55&16=58&18=64&19=68&21=82&22=84'