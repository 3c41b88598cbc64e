from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'quick.do body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_xref = resolve('xref')
    l_0_contacts = resolve('contacts')
    l_0_policies = resolve('policies')
    l_0_abuse_support = resolve('abuse_support')
    pass
    yield '- Hold yourself to the same standards online as at work ('
    yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'conduct.professional')))
    yield ').\n- Keep your personal accounts and your work contact apart, and use only our systems for work ('
    yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'boundaries.separate')))
    yield ').\n- Check the privacy settings of every account you use, and treat every post as public and permanent ('
    yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'privacy.settings')))
    yield ").\n- Move any conversation about someone's circumstances to a secure work channel ("
    yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'boundaries.private-channels')))
    yield ').\n- Tell '
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'concerns'), 'name')))
    yield ' if something online worries you ('
    yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'breaches.concerns')))
    yield ').\n- Report a suspected data breach to '
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'data_protection'), 'name')))
    yield ' within '
    yield str(environment.finalize(environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'data_breach_hours')))
    yield ' hour'
    yield str(environment.finalize(('s' if (environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'data_breach_hours') != 1) else '')))
    yield ' ('
    yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'breaches.data')))
    yield ').\n- If you are abused or harassed online because of your work, tell '
    yield str(environment.finalize(environment.getattr((undefined(name='abuse_support') if l_0_abuse_support is missing else l_0_abuse_support), 'report_to')))
    yield ' as soon as you can ('
    yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'support.reporting')))
    yield ').\n'

blocks = {}
debug_info = '1=16&2=18&3=20&4=22&5=24&6=28&7=36'