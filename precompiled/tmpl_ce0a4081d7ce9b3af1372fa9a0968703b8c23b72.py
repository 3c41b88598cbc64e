from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'introduction.definitions body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_university = resolve('university')
    l_0_organisation = resolve('organisation')
    l_0_higher_education = resolve('higher_education')
    l_0_xref = resolve('xref')
    l_0_not_only_employees = resolve('not_only_employees')
    l_0_scope = resolve('scope')
    l_0_fostering = resolve('fostering')
    l_0_nation = resolve('nation')
    pass
    yield 'In this policy:\n\n- **social media** means any online service where people create, share or react to content, including social networks, video and photo sites, messaging apps, blogs, podcasts, forums, review sites, news comments and wikis;\n- **post** means anything you put on social media, including comments, likes, shares, photos, videos and direct messages;\n'
    if (undefined(name='university') if l_0_university is missing else l_0_university):
        pass
        yield '- **official account** means an account that speaks for '
        yield str(environment.finalize(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name')))
        yield ', one of our departments or programmes, or one of our teams;\n- **personal account** means an account you run as yourself, even if you sometimes mention your work or studies on it;\n- **people who use our services** means the children, young people, adults and families whom our students meet on placement or our staff meet in practice, now or in the past, and their carers. It also means anyone supported by a service that '
        yield str(environment.finalize(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name')))
        yield ' runs itself;\n- **'
        yield str(environment.finalize(environment.getattr((undefined(name='higher_education') if l_0_higher_education is missing else l_0_higher_education), 'experts_by_experience')))
        yield '** means people with lived experience of social work or care who contribute to our teaching, research or admissions. They are our colleagues, not people who use our services, and clause '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'university.experts')))
        yield ' sets out the boundaries we agree with them;\n'
    else:
        pass
        yield '- **official account** means an account that speaks for '
        yield str(environment.finalize(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name')))
        yield ', one of our services or one of our teams;\n- **personal account** means an account you run as yourself, even if you sometimes mention your work on it;\n- **people who use our services** means the children, young people, adults and families we work with, now or in the past, and their carers;\n'
    if (undefined(name='not_only_employees') if l_0_not_only_employees is missing else l_0_not_only_employees):
        pass
        yield '- **your manager**, **your line manager** and any other manager this policy sends you to mean your line manager if you are '
        if (undefined(name='university') if l_0_university is missing else l_0_university):
            pass
            yield 'a member of our staff'
        else:
            pass
            yield 'our employee'
        yield '. If you are not, they mean the person the table in clause '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'introduction.scope')))
        yield ' names for you to ask for advice'
        if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'foster_carers'):
            pass
            yield ': for a foster carer, your '
            yield str(environment.finalize(environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'supervising_worker')))
        yield ';\n'
    yield '- **adults at risk** means '
    yield str(environment.finalize(environment.getattr(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'safeguarding'), 'adults'), 'definition')))
    yield '.\n'

blocks = {}
debug_info = '5=20&6=23&8=25&9=27&11=34&15=36&16=39&18=54'