from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'introduction.law body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_nation = resolve('nation')
    l_0_organisation = resolve('organisation')
    try:
        t_1 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    try:
        t_2 = environment.filters['link']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'link' found.")
    try:
        t_3 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    pass
    yield 'Social media does not change your legal or professional duties. In particular:\n\n- the UK General Data Protection Regulation (UK GDPR) and the Data Protection Act 2018 govern how personal information is used, including on social media;\n- the Human Rights Act 1998 protects the right to respect for private and family life (Article 8) and to freedom of expression (Article 10);\n- '
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'equality'), 'law')))
    yield ' applies online as well as offline, including its rules against discrimination, harassment and victimisation;\n- if you are registered with '
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'regulator'), 'name')))
    yield ', you must meet '
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'regulator'), 'code')))
    if environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'regulator'), 'social_media_standard'):
        pass
        yield ' (see in particular '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'regulator'), 'social_media_standard')))
        yield ')'
    if t_3(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'regulator'), 'care_worker_code')):
        pass
        yield ', or, as a social care worker, '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'regulator'), 'care_worker_code')))
    yield '.\n\n'
    if t_3(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'regulator'), 'employer_code')):
        pass
        yield str(environment.finalize(t_1(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name'))))
        yield ' follows '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'regulator'), 'employer_code')))
        yield '.\n\n'
    yield 'Your freedom of expression matters to us. This policy limits it only where that is needed to protect the people who use our services, your colleagues, our work or public trust in social work, and only as far as is proportionate to that aim.\n\nYou are expected to know what this policy and '
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'regulator'), 'name')))
    yield ' allow. Read '
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'regulator'), 'code')))
    if t_3(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'regulator'), 'care_worker_code')):
        pass
        yield ' (or, if you are a social care worker, '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'regulator'), 'care_worker_code')))
        yield ')'
    if t_3(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'guidance')):
        pass
        yield ' and '
        yield str(environment.finalize(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'guidance')))
    yield ', on the '
    yield str(environment.finalize(t_2(environment.checked_text(str_join((environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'regulator'), 'short'), ' website', ))), environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'regulator'), 'url'))))
    yield '.\n'
    if ((environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'type') == 'charity') and t_3(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'charity_guidance'))):
        pass
        yield '\nAs a charity, we also follow '
        yield str(environment.finalize(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'charity_guidance')))
        yield '.\n'
    yield '\nIf you meet a situation that this policy or a related policy does not cover, raise it with your manager, who will tell the policy owner so that we can close the gap.\n'

blocks = {}
debug_info = '5=32&6=34&8=47&9=49&14=54&15=69&17=72'