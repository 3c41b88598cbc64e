from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'official.checks body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_contacts = resolve('contacts')
    l_0_extra_checks = resolve('extra_checks')
    l_0_public_body = resolve('public_body')
    l_0_duties = resolve('duties')
    l_0_university = resolve('university')
    l_0_official_accounts = resolve('official_accounts')
    try:
        t_1 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    pass
    yield 'Before an official account goes live, its owner completes these checks:\n\n- a data protection impact assessment screening, agreed with '
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'data_protection'), 'name')))
    yield ", and a full assessment if the screening finds a high risk;\n- an information security review: access only through the platform's business or organisation tools, two-step verification for everyone who signs in, and who may post;\n- a records and retention plan, saying which posts and messages are kept, where and for how long;\n- an accessibility check of the profile and the planned posts;\n- a safeguarding and moderation check: who moderates the account and when, how messages from children and adults at risk are handled, and what happens out of hours"
    yield str(environment.finalize((';' if (undefined(name='extra_checks') if l_0_extra_checks is missing else l_0_extra_checks) else '.')))
    yield '\n'
    l_1_loop = missing
    for l_1_check, l_1_loop in LoopContext((undefined(name='extra_checks') if l_0_extra_checks is missing else l_0_extra_checks), undefined):
        l_1__policygen_loop_step = resolve('_policygen_loop_step')
        _loop_vars = {}
        pass
        environment.call(context, (undefined(name='_policygen_loop_step') if l_1__policygen_loop_step is missing else l_1__policygen_loop_step), _loop_vars=_loop_vars)
        if (l_1_check == 'welsh_language'):
            pass
            yield '- a check against the Welsh Language Standards that apply to us'
            yield str(environment.finalize(('.' if environment.getattr(l_1_loop, 'last') else ';')))
            yield '\n'
        elif (l_1_check == 'equality'):
            pass
            yield '- an equality check of who the account will reach, and who it may leave out'
            yield str(environment.finalize(('.' if environment.getattr(l_1_loop, 'last') else ';')))
            yield '\n'
        elif (l_1_check == 'legal'):
            pass
            yield "- a review of the platform's terms of use by our legal advisers"
            yield str(environment.finalize(('.' if environment.getattr(l_1_loop, 'last') else ';')))
            yield '\n'
    l_1_loop = l_1_check = l_1__policygen_loop_step = missing
    if (undefined(name='public_body') if l_0_public_body is missing else l_0_public_body):
        pass
        yield '\nPosts and messages on our official accounts, including private messages, are information we hold under '
        yield str(environment.finalize(environment.getattr((undefined(name='duties') if l_0_duties is missing else l_0_duties), 'information_law')))
        yield '. The records plan keeps them so that they can be found when someone asks for them, in line with '
        yield str(environment.finalize((environment.getattr((undefined(name='duties') if l_0_duties is missing else l_0_duties), 'records_code') if (undefined(name='university') if l_0_university is missing else l_0_university) else environment.getattr((undefined(name='duties') if l_0_duties is missing else l_0_duties), 'records_rules'))))
        yield '.\n'
    yield '\n'
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='official_accounts') if l_0_official_accounts is missing else l_0_official_accounts), 'approver'))))
    yield ' confirms the checks are done before the account goes live. The same checks apply before any other online development goes live, such as an app, a web form or an online group for people who use services.\n'

blocks = {}
debug_info = '3=24&7=26&8=29&9=34&10=37&11=39&12=42&13=44&14=47&17=50&19=53&22=58'