from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'personal-use.monitoring body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_devices = resolve('devices')
    l_0_monitoring = resolve('monitoring')
    l_0_organisation = resolve('organisation')
    l_0_monitoring_basis = resolve('monitoring_basis')
    l_0_xref = resolve('xref')
    l_0_issued = l_0_systems = l_0_what = l_0_why = missing
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
    pass
    l_0_issued = (environment.getattr((undefined(name='devices') if l_0_devices is missing else l_0_devices), 'issued') != 'personal')
    context.vars['issued'] = l_0_issued
    context.exported_vars.add('issued')
    l_0_systems = ('our networks, devices and work accounts' if (undefined(name='issued') if l_0_issued is missing else l_0_issued) else 'our networks, work apps and work accounts')
    context.vars['systems'] = l_0_systems
    context.exported_vars.add('systems')
    l_0_what = {'web': environment.checked_text(str_join((('websites visited from our devices and networks' if (undefined(name='issued') if l_0_issued is missing else l_0_issued) else 'websites visited through our networks'), ', including social media sites', ))), 'email': 'work email, chat and messages sent through our systems', 'sign_ins': 'sign-ins to our systems and work accounts, and where they come from', 'security': 'harmful software, and attempts to get round our security', 'files': 'files downloaded, uploaded or shared outside our systems', 'official_accounts': 'activity on our official social media accounts'}
    context.vars['what'] = l_0_what
    context.exported_vars.add('what')
    l_0_why = {'security': 'to keep information and systems secure', 'compliance': 'to check that this policy and our rules on the use of IT are followed', 'investigation': 'to look into a specific concern about misuse, when one is raised', 'records': 'to keep the records the law requires of our work'}
    context.vars['why'] = l_0_why
    context.exported_vars.add('why')
    if environment.getattr((undefined(name='monitoring') if l_0_monitoring is missing else l_0_monitoring), 'in_place'):
        pass
        yield str(environment.finalize(t_1(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name'))))
        yield ' monitors the use of '
        yield str(environment.finalize((undefined(name='systems') if l_0_systems is missing else l_0_systems)))
        yield ". As the Information Commissioner's Office (ICO) expects, we tell you here what we monitor, why, and what happens to the results.\n\nWe monitor:\n\n"
        l_1_loop = missing
        for l_1_item, l_1_loop in LoopContext(environment.getattr((undefined(name='monitoring') if l_0_monitoring is missing else l_0_monitoring), 'monitored'), undefined):
            l_1__policygen_loop_step = resolve('_policygen_loop_step')
            _loop_vars = {}
            pass
            environment.call(context, (undefined(name='_policygen_loop_step') if l_1__policygen_loop_step is missing else l_1__policygen_loop_step), _loop_vars=_loop_vars)
            yield '- '
            yield str(environment.finalize(environment.getitem((undefined(name='what') if l_0_what is missing else l_0_what), l_1_item)))
            yield str(environment.finalize(('.' if environment.getattr(l_1_loop, 'last') else ';')))
            yield '\n'
        l_1_loop = l_1_item = l_1__policygen_loop_step = missing
        yield '\nWe do this:\n\n'
        l_1_loop = missing
        for l_1_item, l_1_loop in LoopContext(environment.getattr((undefined(name='monitoring') if l_0_monitoring is missing else l_0_monitoring), 'purposes'), undefined):
            l_1__policygen_loop_step = resolve('_policygen_loop_step')
            _loop_vars = {}
            pass
            environment.call(context, (undefined(name='_policygen_loop_step') if l_1__policygen_loop_step is missing else l_1__policygen_loop_step), _loop_vars=_loop_vars)
            yield '- '
            yield str(environment.finalize(environment.getitem((undefined(name='why') if l_0_why is missing else l_0_why), l_1_item)))
            yield str(environment.finalize(('.' if environment.getattr(l_1_loop, 'last') else ';')))
            yield '\n'
        l_1_loop = l_1_item = l_1__policygen_loop_step = missing
        yield '\n'
        if environment.getattr((undefined(name='monitoring') if l_0_monitoring is missing else l_0_monitoring), 'monitoring_policy'):
            pass
            yield 'The '
            yield str(environment.finalize(environment.getattr((undefined(name='monitoring') if l_0_monitoring is missing else l_0_monitoring), 'monitoring_policy')))
            yield ' gives the detail.\n\n'
        if ((undefined(name='monitoring_basis') if l_0_monitoring_basis is missing else l_0_monitoring_basis) == 'public_task'):
            pass
            yield 'Our lawful basis under the UK GDPR is public task: the monitoring is needed for us to carry out our functions as a public body safely and securely.\n'
        else:
            pass
            yield 'Our lawful basis under the UK GDPR is legitimate interests: we need the monitoring for the reasons above, and we have weighed that need against your rights and freedoms.\n'
        yield 'We use the least intrusive monitoring that meets these aims, and we never monitor just in case. We never use monitoring to read your messages with your trade union representative.\n\nOnly '
        yield str(environment.finalize(environment.getattr((undefined(name='monitoring') if l_0_monitoring is missing else l_0_monitoring), 'results_seen_by')))
        yield " can see the results. They pass on a result about one person, to that person's manager or to HR, only when it suggests a breach of this policy or of the law. We keep monitoring records for "
        yield str(environment.finalize(t_2(environment.getattr((undefined(name='monitoring') if l_0_monitoring is missing else l_0_monitoring), 'kept_for_days'), 'day')))
        yield '. A record needed for an investigation is kept until the investigation, and any appeal, is over.\n\n'
        if environment.getattr((undefined(name='monitoring') if l_0_monitoring is missing else l_0_monitoring), 'dpia_completed_on'):
            pass
            yield 'We completed a data protection impact assessment of this monitoring on '
            yield str(environment.finalize(environment.getattr((undefined(name='monitoring') if l_0_monitoring is missing else l_0_monitoring), 'dpia_completed_on')))
            yield ', and we review it whenever the monitoring changes.\n'
        else:
            pass
            yield 'A data protection impact assessment of this monitoring must be completed before this policy is approved.\n'
        yield '\nWe monitor covertly, without telling the person, only in an exceptional case: where we suspect a crime or serious misconduct, and telling the person would prejudice the investigation. Only '
        yield str(environment.finalize(environment.getattr((undefined(name='monitoring') if l_0_monitoring is missing else l_0_monitoring), 'covert_authorised_by')))
        yield ' can authorise it, in writing, after a data protection impact assessment. It is limited to that investigation and to a set time, and it stops when the investigation ends. It is never used to read your personal messages or email. This is about our own systems, and is separate from the rules on looking at the social media of people who use our services.\n'
    else:
        pass
        yield str(environment.finalize(t_1(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name'))))
        yield ' does not monitor how you use '
        yield str(environment.finalize((undefined(name='systems') if l_0_systems is missing else l_0_systems)))
        yield ", openly or covertly. If that changes, we will first assess the effect on your privacy and tell you what we will monitor and why, as the Information Commissioner's Office (ICO) expects.\n"
    yield '\nWe never monitor your personal social media accounts. No one at '
    yield str(environment.finalize(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name')))
    yield ' will ever ask you for the password to a personal account, or ask you to sign in so that they can look. '
    if (undefined(name='issued') if l_0_issued is missing else l_0_issued):
        pass
        yield 'If you use a personal account on a work device, we do not look at what you read or post there. '
    yield 'A concern about something you post in public is dealt with under clause '
    yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'breaches.concerns')))
    yield '.\n'

blocks = {}
debug_info = '1=29&2=32&3=35&11=38&17=41&18=43&22=48&23=54&28=60&29=66&32=71&33=74&36=76&43=83&45=87&46=90&51=96&53=100&56=105'