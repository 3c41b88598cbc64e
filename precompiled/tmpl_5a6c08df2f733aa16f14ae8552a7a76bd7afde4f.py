from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'fostering.agreement body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_fostering = resolve('fostering')
    l_0_organisation = resolve('organisation')
    l_0_edition = resolve('edition')
    l_0_xref = resolve('xref')
    l_0_official_accounts = resolve('official_accounts')
    l_0_nation = resolve('nation')
    l_0_fostering_regulations = resolve('fostering_regulations')
    l_0_sw = missing
    try:
        t_1 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    try:
        t_2 = environment.filters['join_and']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join_and' found.")
    try:
        t_3 = environment.filters['link']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'link' found.")
    pass
    l_0_sw = environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'supervising_worker')
    context.vars['sw'] = l_0_sw
    context.exported_vars.add('sw')
    yield 'If you are a foster carer approved by '
    yield str(environment.finalize(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name')))
    yield ', you follow '
    yield str(environment.finalize(('our social media policy' if ((undefined(name='edition') if l_0_edition is missing else l_0_edition) == 'carers') else 'this policy')))
    yield ' as part of your '
    yield str(environment.finalize(environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'agreement')))
    yield ' with us. '
    if ((undefined(name='edition') if l_0_edition is missing else l_0_edition) == 'carers'):
        pass
        yield 'You have a named '
        yield str(environment.finalize((undefined(name='sw') if l_0_sw is missing else l_0_sw)))
        yield ', who supports you with it. Ask them whenever you are unsure about anything in this guide.\n'
    else:
        pass
        yield 'This section is written for you. You have a named '
        yield str(environment.finalize((undefined(name='sw') if l_0_sw is missing else l_0_sw)))
        yield ', who supports you with it and is the person to ask wherever a clause sends you to a manager, such as "your manager" or "your line manager".\n'
    yield '\n'
    if ((undefined(name='edition') if l_0_edition is missing else l_0_edition) == 'carers'):
        pass
        yield 'This guide sets out every rule of our social media policy that applies to you. The rest of the policy is written for staff, and does not bind you. The staff rules on online contact with people who use our services do not govern your family life with a child in your care: clauses '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'fostering.children')))
        yield ' and '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'fostering.after-care')))
        yield ' set your rules.\n'
    else:
        pass
        yield 'These clauses apply to you as they are written: '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'confidentiality.data-protection')))
        yield ', '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'confidentiality.sharing')))
        yield ' and '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'confidentiality.found-online')))
        yield ' on confidentiality; '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'privacy.settings')))
        yield ', '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'privacy.identity')))
        yield ' and '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'privacy.family')))
        yield ' on your own privacy; '
        if environment.getattr((undefined(name='official_accounts') if l_0_official_accounts is missing else l_0_official_accounts), 'exist'):
            pass
            yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'official.approval')))
        else:
            pass
            yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'official.none')))
        yield ' on accounts that speak for us; and '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'breaches.concerns')))
        yield ', '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'breaches.mistakes')))
        yield ' and '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'breaches.data')))
        yield ' on concerns, mistakes and data breaches.'
        if (environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'devices') != 'none'):
            pass
            yield ' Clause '
            yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'breaches.carer-devices')))
            yield ' says what to do if your phone or computer is lost or stolen.'
        yield ' The rest of the policy is written for staff. It applies to you only where a clause says it is for foster carers. In particular, the staff rules on online contact with people who use our services, in clauses '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'boundaries.friends')))
        yield ' and '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'boundaries.former')))
        yield ', do not govern your family life with a child in your care: clauses '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'fostering.children')))
        yield ' and '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'fostering.after-care')))
        yield ' set your rules.\n'
    yield '\nOutside office hours, you can get advice and support from '
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'out_of_hours'), 'name')))
    if environment.getattr(environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'out_of_hours'), 'phone'):
        pass
        yield ' on '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'out_of_hours'), 'phone')))
    if environment.getattr(environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'out_of_hours'), 'email'):
        pass
        yield ' or at '
        yield str(environment.finalize(t_3(environment.getattr(environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'out_of_hours'), 'email'), environment.checked_text(str_join(('mailto:', environment.getattr(environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'out_of_hours'), 'email'), ))))))
    if (not (environment.getattr(environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'out_of_hours'), 'phone') or environment.getattr(environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'out_of_hours'), 'email'))):
        pass
        yield ', whose number your '
        yield str(environment.finalize(environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'supervising_worker')))
        yield ' gives you'
    yield '.'
    if ((environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'fostering'), 'trust_out_of_hours') and (environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'type') == 'nhs_or_hsc_body')) and (environment.getattr(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'fostering'), 'trust_out_of_hours'), 'name') != environment.getattr(environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'out_of_hours'), 'name'))):
        pass
        yield ' If a child placed with you is in difficulty at night, at a weekend or on a bank holiday, you can also call '
        yield str(environment.finalize(environment.getattr(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'fostering'), 'trust_out_of_hours'), 'name')))
        yield ' on '
        yield str(environment.finalize(environment.getattr(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'fostering'), 'trust_out_of_hours'), 'phone')))
        yield '.'
    yield ' If a child is in immediate danger, call 999.\n\nOur fostering service works under '
    yield str(environment.finalize(t_2((undefined(name='fostering_regulations') if l_0_fostering_regulations is missing else l_0_fostering_regulations))))
    if environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'fostering'), 'standards'):
        pass
        yield ' and meets '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'fostering'), 'standards')))
    yield '.'
    if environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'fostering'), 'inspectorate'):
        pass
        yield ' '
        yield str(environment.finalize(t_1(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'fostering'), 'inspectorate'))))
        yield ' inspects it.'

blocks = {}
debug_info = '1=37&2=41&4=55&7=58&8=61&10=68&13=108&15=131'