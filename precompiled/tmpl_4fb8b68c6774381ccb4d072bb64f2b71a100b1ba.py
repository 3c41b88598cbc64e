from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'practice.viewing body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_xref = resolve('xref')
    l_0_nation = resolve('nation')
    l_0_online_route = resolve('online_route')
    pass
    yield 'You may look once at information that anyone can see on the social media of someone you work with, for a purpose you can state, such as a safeguarding enquiry. The look must be necessary and in proportion to that purpose. Record it as clause '
    yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'practice.check-records')))
    yield " sets out.\n\nWhatever the reason, never:\n\n- use a false, anonymous or personal profile to look;\n- send a friend or follow request, or ask to join a private group, to see more;\n- ask anyone else, such as a colleague, a carer or a relative, to look for you.\n\nAny of these can make you, or the person looking for you, a covert human intelligence source, which needs an authorisation that you do not have.\n\nLooking at someone's account with them is not a check. In your direct work, a person may want to show you their own account, for example a message that worried them. You may look at it with them, with their consent, and note what you talked about as you would for any other part of that work.\n\nRepeated or systematic viewing is different. Checking a profile every week, or watching for new posts, can be directed surveillance even when the profile is public, as "
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'surveillance'), 'code')))
    yield ' explains. A profile being easy to see does not change that. '
    if environment.getattr((undefined(name='online_route') if l_0_online_route is missing else l_0_online_route), 'authorises'):
        pass
        yield 'Clause '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'practice.repeated-viewing')))
        yield ' says how it is decided.'
    else:
        pass
        yield 'You must never do it: see clause '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'practice.nothing-covert')))
        yield '.'
    yield '\n\nWhen social media needs to be examined in depth, work with the people best placed to do it, such as the police.\n'

blocks = {}
debug_info = '1=15&13=17'