from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'official.running body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_official_accounts = resolve('official_accounts')
    l_0_out_of_hours = resolve('out_of_hours')
    l_0_contacts = resolve('contacts')
    pass
    if environment.getattr((undefined(name='official_accounts') if l_0_official_accounts is missing else l_0_official_accounts), 'moderation_hours'):
        pass
        yield 'We moderate official accounts '
        yield str(environment.finalize(environment.getattr((undefined(name='official_accounts') if l_0_official_accounts is missing else l_0_official_accounts), 'moderation_hours')))
        yield '. Each account says when it is watched, and where to get urgent help at other times.\n'
    else:
        pass
        yield "Each account's owner agrees how often it is checked, and makes sure someone checks it every working day. Each account says when it is watched, and where to get urgent help at other times.\n"
    yield "\nWhen you run an official account:\n\n- never discuss an individual's case, even when the person raises it in public; invite them to contact us privately;\n- reply politely, using facts we have made public, and do not argue;\n- hide comments that are abusive or could identify a person who uses services, and record why;\n- never post personal content or personal views from an official account, and never use one to follow, like or message anyone for personal reasons;\n- follow safeguarding procedures straight away if a post or message suggests that someone is at risk, and out of office hours contact "
    yield str(environment.finalize(environment.getattr((undefined(name='out_of_hours') if l_0_out_of_hours is missing else l_0_out_of_hours), 'name')))
    if environment.getattr((undefined(name='out_of_hours') if l_0_out_of_hours is missing else l_0_out_of_hours), 'phone'):
        pass
        yield ' on '
        yield str(environment.finalize(environment.getattr((undefined(name='out_of_hours') if l_0_out_of_hours is missing else l_0_out_of_hours), 'phone')))
    yield ';\n- pass media enquiries to '
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'communications'), 'name')))
    yield ', and complaints to our complaints procedure.\n'

blocks = {}
debug_info = '1=14&2=17&13=23&14=29'