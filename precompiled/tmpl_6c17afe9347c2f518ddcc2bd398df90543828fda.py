from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'guide.students body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_university = resolve('university')
    l_0_organisation = resolve('organisation')
    l_0_document = resolve('document')
    l_0_your_manager = resolve('your_manager')
    pass
    if (undefined(name='university') if l_0_university is missing else l_0_university):
        pass
        yield 'This guide is for students on our social work programmes. It sets out the rules on social media that apply to you while you study with '
        yield str(environment.finalize(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name')))
        yield ', on campus, online and on placement.\n'
    else:
        pass
        yield 'This guide is for social work students on placement with '
        yield str(environment.finalize(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name')))
        yield '. It sets out the rules on social media that apply to you during your placement.\n'
    yield '\nThe rules come from our '
    yield str(environment.finalize(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'title')))
    yield ', version '
    yield str(environment.finalize(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'version')))
    if environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'approved_on'):
        pass
        yield ', approved on '
        yield str(environment.finalize(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'approved_on')))
    else:
        pass
        yield ', which is still a draft'
    yield '. That policy also has rules for staff on devices, official accounts and monitoring. Ask your '
    yield str(environment.finalize(('practice educator' if (not (undefined(name='university') if l_0_university is missing else l_0_university)) else (undefined(name='your_manager') if l_0_your_manager is missing else l_0_your_manager))))
    yield ' '
    if (undefined(name='university') if l_0_university is missing else l_0_university):
        pass
        yield 'whether any of them apply to you'
    else:
        pass
        yield 'which of them apply to you'
    yield '.\n\nYour '
    yield str(environment.finalize((undefined(name='your_manager') if l_0_your_manager is missing else l_0_your_manager)))
    yield ' is the person to ask about anything in this guide'
    if (undefined(name='university') if l_0_university is missing else l_0_university):
        pass
        yield ', and your practice educator while you are on placement'
    yield '.\n'

blocks = {}
debug_info = '1=15&2=18&4=23&7=26&9=46'