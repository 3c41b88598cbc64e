from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'personal-use.working-time body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_personal_use = resolve('personal_use')
    l_0_xref = resolve('xref')
    pass
    if (environment.getattr((undefined(name='personal_use') if l_0_personal_use is missing else l_0_personal_use), 'during_work') == 'not_permitted'):
        pass
        yield 'You must not use social media for personal reasons at any point in your working day. This includes breaks taken at work or between visits. Keep personal use for before and after work.\n'
    elif (environment.getattr((undefined(name='personal_use') if l_0_personal_use is missing else l_0_personal_use), 'during_work') == 'breaks_only'):
        pass
        yield 'You may use social media for personal reasons in your breaks, but not in the rest of your working time.\n'
    else:
        pass
        yield 'You may make brief, occasional personal use of social media during working time, as long as it does not get in the way of your work. Your manager will ask you to cut it back if it does.\n'
    yield '\nWhatever the time of day, never use personal social media during a visit or a meeting, in front of people who use services, or while driving.\n\nUsing social media and web searches for your work or your learning is not personal use. Agree with your manager how much working time you spend on it, keep to that, and see clause '
    yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'learning.cpd')))
    yield '.\n'

blocks = {}
debug_info = '1=13&3=16&11=23'