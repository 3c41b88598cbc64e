from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'university.research body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_higher_education = resolve('higher_education')
    l_0_online_checks = resolve('online_checks')
    l_0_xref = resolve('xref')
    pass
    yield 'Research that uses social media needs approval from '
    yield str(environment.finalize(environment.getattr((undefined(name='higher_education') if l_0_higher_education is missing else l_0_higher_education), 'research_ethics')))
    yield " before it starts. That includes studying posts or profiles, recruiting participants online and running online groups. The approval sets what you may collect, how you store it, how you protect people's identities and how you report what you find. Ethics review weighs the questions the ESRC Framework for Research Ethics sets out: benefit and harm, people's rights and dignity, informed consent, integrity, and clear responsibility.\n\nThe rules in this policy about looking at people's social media (clause "
    if environment.getattr((undefined(name='online_checks') if l_0_online_checks is missing else l_0_online_checks), 'permitted'):
        pass
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'practice.viewing')))
    else:
        pass
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'practice.viewing-not-permitted')))
    yield ') are about practice and placements. They do not forbid approved research. But research approval never lets you look at the accounts of someone you work with, teach or meet on placement for any other purpose, or use what you find in your practice or your teaching.\n\nIf you find something in your research that suggests a person is at risk, follow safeguarding procedures at once, and tell '
    yield str(environment.finalize(environment.getattr((undefined(name='higher_education') if l_0_higher_education is missing else l_0_higher_education), 'research_ethics')))
    yield '.\n'

blocks = {}
debug_info = '1=15&3=17&5=24'