from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'practice.check-records body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_online_checks = resolve('online_checks')
    pass
    yield "Record every check on the day you make it, in the person's case record"
    if (environment.getattr((undefined(name='online_checks') if l_0_online_checks is missing else l_0_online_checks), 'recorded') == 'case_file_and_log'):
        pass
        yield ' and in our central log of online checks'
    yield ". Write down:\n\n- who looked, and when;\n- the platform, and the address of the page or profile;\n- what you looked at, and why;\n- who decided that the check was needed;\n- what you found, and what happens next.\n\nIf you need a copy of what you saw, such as a screenshot, keep only what the purpose needs, leaving out other people's details where you can. Save it straight into the case record system. Never keep a copy on a personal device, in personal notes, in email or in a messaging app, and delete any copy that was made on the way.\n\nThese records are part of the case record. We keep them for as long as our records retention schedule sets for that record, and then destroy them securely.\n\nLooking at an account with the person, with their consent, in your direct work is not a check, so it needs no check record.\n"

blocks = {}
debug_info = '1=13'