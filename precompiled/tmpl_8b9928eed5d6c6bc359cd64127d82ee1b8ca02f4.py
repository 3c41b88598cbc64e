from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'practice.nothing-covert body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_online_route = resolve('online_route')
    l_0_organisation = resolve('organisation')
    l_0_online_checks = resolve('online_checks')
    l_0_nation = resolve('nation')
    try:
        t_1 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    pass
    if (environment.getattr((undefined(name='online_route') if l_0_online_route is missing else l_0_online_route), 'power') == 'none'):
        pass
        yield str(environment.finalize(t_1(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name'))))
        yield ' has no power to authorise surveillance.\n'
    else:
        pass
        yield 'This policy gives no one at '
        yield str(environment.finalize(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name')))
        yield ' a way to authorise surveillance.\n'
    yield 'So no one here views the social media of anyone we work with, or of their family and friends, repeatedly or systematically, such as checking a profile every week or watching for new posts. And no one does anything covert online. No one at '
    yield str(environment.finalize(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name')))
    yield " can give permission for either.\n\nIf you think someone's social media needs watching, for example to protect a child, tell "
    yield str(environment.finalize(environment.getattr((undefined(name='online_checks') if l_0_online_checks is missing else l_0_online_checks), 'concerns_to')))
    yield ' the same day. '
    if ((environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'type') == 'nhs_or_hsc_body') and (environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'nation') == 'northern_ireland')):
        pass
        yield 'They pass it on to the police, and to the Health and Social Care Trust for the area where the person lives if that is another Trust.'
    else:
        pass
        yield 'They pass it on to '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'safeguarding'), 'statutory_agency')))
        yield ' or the police.'

blocks = {}
debug_info = '1=21&2=23&4=28&6=31&8=33'