from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'practice.viewing-not-permitted body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_your_manager = resolve('your_manager')
    l_0_edition = resolve('edition')
    l_0_online_route = resolve('online_route')
    l_0_nation = resolve('nation')
    l_0_organisation = resolve('organisation')
    pass
    yield "You must not look at the social media of the people you work with as part of your work. This applies to public profiles too, and to any device or account, work or personal.\n\nLooking at someone's account with them is not a check, and this rule does not stop it. In your direct work, a person may want to show you their own account, for example a message that worried them. You may look at it with them, with their consent, and note what you talked about as you would for any other part of that work.\n\nSomeone may show you a post, or send you a screenshot, about a person you work with. If so:\n\n- note what you were shown, who showed it to you, when, and why they thought it mattered;\n- do not go and look for more yourself, and do not ask to be sent more;\n- tell your "
    yield str(environment.finalize((undefined(name='your_manager') if l_0_your_manager is missing else l_0_your_manager)))
    yield ' the same day, and follow safeguarding procedures at once if anyone is at risk.\n\nWhen social media needs to be examined in a safeguarding enquiry, '
    yield str(environment.finalize(('the manager responsible' if ((undefined(name='edition') if l_0_edition is missing else l_0_edition) == 'students') else 'your manager')))
    yield ' asks the people best placed to do it, such as the police.\n'
    if environment.getattr((undefined(name='online_route') if l_0_online_route is missing else l_0_online_route), 'authorises'):
        pass
        yield 'Covert surveillance under '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'surveillance'), 'law')))
        yield ' can be authorised only through '
        yield str(environment.finalize(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name')))
        yield "'s formal process. You must not carry out any surveillance yourself. The guidance that applies is "
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'surveillance'), 'code')))
        yield '.\n'

blocks = {}
debug_info = '9=17&11=19&12=21&13=24'