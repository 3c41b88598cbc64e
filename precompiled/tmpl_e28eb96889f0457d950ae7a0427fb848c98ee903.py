from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'practice.repeated-viewing body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_online_route = resolve('online_route')
    l_0_online_checks = resolve('online_checks')
    l_0_organisation = resolve('organisation')
    l_0_nation = resolve('nation')
    try:
        t_1 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    pass
    if (environment.getattr((undefined(name='online_route') if l_0_online_route is missing else l_0_online_route), 'repeated_viewing') == 'senior_decision'):
        pass
        yield 'Repeated or systematic viewing never starts on your own judgement. Before it starts, '
        yield str(environment.finalize(environment.getattr((undefined(name='online_checks') if l_0_online_checks is missing else l_0_online_checks), 'decision_maker')))
        yield ' must decide that it is necessary and in proportion to its purpose, after advice from '
        yield str(environment.finalize(environment.getattr((undefined(name='online_checks') if l_0_online_checks is missing else l_0_online_checks), 'advice_from')))
        yield ' on whether it would be directed surveillance. The decision is written down: why the viewing is needed, what will be viewed, how often, by whom and when it ends. It goes in '
        yield str(environment.finalize(environment.getattr((undefined(name='online_route') if l_0_online_route is missing else l_0_online_route), 'record')))
        yield ", and its reference goes in the case record.\n\nIf the advice is that the viewing would be directed surveillance, a manager's decision is not enough. It can go ahead only through "
        yield str(environment.finalize(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name')))
        yield "'s process under "
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'surveillance'), 'law')))
        yield ': '
        yield str(environment.finalize(environment.getattr((undefined(name='online_checks') if l_0_online_checks is missing else l_0_online_checks), 'authorising_officer')))
        yield ' must authorise it'
        if environment.getattr((undefined(name='online_route') if l_0_online_route is missing else l_0_online_route), 'approval'):
            pass
            yield ', and '
            yield str(environment.finalize(environment.getattr((undefined(name='online_route') if l_0_online_route is missing else l_0_online_route), 'approval')))
        yield '.'
        if environment.getattr((undefined(name='online_route') if l_0_online_route is missing else l_0_online_route), 'threshold'):
            pass
            yield ' Even then, '
            yield str(environment.finalize(environment.getattr((undefined(name='online_route') if l_0_online_route is missing else l_0_online_route), 'threshold')))
            yield '.'
        yield ' So it is rare in social work.\n\nOur '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'surveillance'), 'short')))
        yield ' policy names our authorising officers and our Senior Responsible Officer, who oversees the whole process. '
        yield str(environment.finalize(t_1(environment.getattr((undefined(name='online_checks') if l_0_online_checks is missing else l_0_online_checks), 'authorisation_lead'))))
        yield ' looks after it and can tell you who holds each role and what applies to your case.\n'
    elif (environment.getattr((undefined(name='online_route') if l_0_online_route is missing else l_0_online_route), 'repeated_viewing') == 'authorisation'):
        pass
        yield 'Repeated or systematic viewing can be directed surveillance under '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'surveillance'), 'law')))
        yield ", even when the profile is public. So it never starts on your own judgement, or on a manager's. Ask "
        yield str(environment.finalize(environment.getattr((undefined(name='online_checks') if l_0_online_checks is missing else l_0_online_checks), 'advice_from')))
        yield ' first. The viewing goes ahead only if '
        yield str(environment.finalize(environment.getattr((undefined(name='online_checks') if l_0_online_checks is missing else l_0_online_checks), 'authorising_officer')))
        yield ' authorises it under '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'surveillance'), 'short')))
        yield ', having judged that it is necessary and in proportion to its purpose, as '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'surveillance'), 'code')))
        yield ' sets out. The authorisation says what will be viewed, how often, by whom and when it ends.\n\nEach authorisation goes in '
        yield str(environment.finalize(environment.getattr((undefined(name='online_route') if l_0_online_route is missing else l_0_online_route), 'record')))
        yield ', which '
        yield str(environment.finalize(environment.getattr((undefined(name='online_checks') if l_0_online_checks is missing else l_0_online_checks), 'authorisation_lead')))
        yield ' keeps, and its reference goes in the case record. If the viewing is not authorised, it does not happen.\n'
    else:
        pass
        yield str(environment.finalize(t_1(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name'))))
        yield ' has its own policy on surveillance, the '
        yield str(environment.finalize(environment.getattr((undefined(name='online_checks') if l_0_online_checks is missing else l_0_online_checks), 'own_surveillance_policy')))
        yield '. Repeated or systematic viewing goes ahead only through that policy: nothing in this policy allows it. Ask '
        yield str(environment.finalize(environment.getattr((undefined(name='online_checks') if l_0_online_checks is missing else l_0_online_checks), 'advice_from')))
        yield ' first whether it would be directed surveillance. The viewing starts only if '
        yield str(environment.finalize(environment.getattr((undefined(name='online_checks') if l_0_online_checks is missing else l_0_online_checks), 'authorising_officer')))
        yield ' authorises it under the '
        yield str(environment.finalize(environment.getattr((undefined(name='online_checks') if l_0_online_checks is missing else l_0_online_checks), 'own_surveillance_policy')))
        yield ', having judged that it is necessary and in proportion to its purpose. The authorisation goes in '
        yield str(environment.finalize(environment.getattr((undefined(name='online_route') if l_0_online_route is missing else l_0_online_route), 'record')))
        yield ', which '
        yield str(environment.finalize(environment.getattr((undefined(name='online_checks') if l_0_online_checks is missing else l_0_online_checks), 'authorisation_lead')))
        yield ' keeps, and its reference goes in the case record.\n\nIf the viewing is not authorised, it does not happen. If you still think someone is at risk, pass the concern to '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'safeguarding'), 'statutory_agency')))
        yield ' or the police.\n'

blocks = {}
debug_info = '1=21&2=24&4=30&6=47&7=51&8=54&10=64&12=70&14=84'