from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'personal-use.monitoring-rights body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_contacts = resolve('contacts')
    l_0_xref = resolve('xref')
    l_0_dpo = missing
    try:
        t_1 = environment.filters['link']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'link' found.")
    pass
    l_0_dpo = environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'data_protection')
    context.vars['dpo'] = l_0_dpo
    context.exported_vars.add('dpo')
    yield 'You can ask to see the monitoring records about you: that is your right of access under the UK GDPR. Ask '
    yield str(environment.finalize(environment.getattr((undefined(name='dpo') if l_0_dpo is missing else l_0_dpo), 'name')))
    if environment.getattr((undefined(name='dpo') if l_0_dpo is missing else l_0_dpo), 'email'):
        pass
        yield ' ('
        yield str(environment.finalize(t_1(environment.getattr((undefined(name='dpo') if l_0_dpo is missing else l_0_dpo), 'email'), environment.checked_text(str_join(('mailto:', environment.getattr((undefined(name='dpo') if l_0_dpo is missing else l_0_dpo), 'email'), ))))))
        yield ')'
    if environment.getattr((undefined(name='dpo') if l_0_dpo is missing else l_0_dpo), 'phone'):
        pass
        yield ', phone '
        yield str(environment.finalize(environment.getattr((undefined(name='dpo') if l_0_dpo is missing else l_0_dpo), 'phone')))
    yield '.\n\nIf you think a result is wrong, or that monitoring has gone further than clause '
    yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'personal-use.monitoring')))
    yield ' says, tell '
    yield str(environment.finalize(environment.getattr((undefined(name='dpo') if l_0_dpo is missing else l_0_dpo), 'name')))
    yield ". They will look into it independently of the people who ran the monitoring, and tell you the outcome.\n\nIf you are not satisfied with the answer, you can complain to the Information Commissioner's Office.\n"

blocks = {}
debug_info = '1=20&2=24&4=35'