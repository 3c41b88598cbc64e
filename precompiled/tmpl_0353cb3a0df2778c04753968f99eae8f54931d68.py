from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'breaches.whistleblowing body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_policies = resolve('policies')
    l_0_duties = resolve('duties')
    l_0_organisation = resolve('organisation')
    l_0_nation = resolve('nation')
    try:
        t_1 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    try:
        t_2 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    pass
    yield 'Some concerns are about wrongdoing that matters beyond you: for example a risk to the safety of people who use our services, a crime, a failure to meet a legal duty, or someone hiding one of these. Raise them under our '
    yield str(environment.finalize(environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'whistleblowing')))
    yield '.\n\nWhat counts is that you reasonably believe what you report shows wrongdoing of this kind, and that raising it is in the public interest. You do not have to prove it, and you are not at fault if you turn out to be mistaken.\n\nIf you are an employee or a worker, '
    yield str(environment.finalize(environment.getattr((undefined(name='duties') if l_0_duties is missing else l_0_duties), 'whistleblowing_law')))
    yield ' protects you from being dismissed or treated worse for raising it in this way. Whatever your role, we will not treat you worse for raising a concern, and we will act against anyone who does.\n\nYou can also raise it outside '
    yield str(environment.finalize(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name')))
    yield '. '
    yield str(environment.finalize(t_1(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'regulator'), 'name'))))
    yield ' takes concerns about the practice of social workers'
    if ((environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'type') == 'charity') and t_2(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'charity_regulator'))):
        pass
        yield ', and '
        yield str(environment.finalize(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'charity_regulator')))
        yield ' takes concerns about how a charity is run'
    yield '. Do not raise it on social media: a public post can break the confidence of the people involved, and it may not be protected.\n'

blocks = {}
debug_info = '1=28&5=30&7=32'