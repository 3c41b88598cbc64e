from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'privacy.family body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_edition = resolve('edition')
    l_0_carers = resolve('carers')
    pass
    yield "What others post about you matters too. A friend's photo could show where you live, or show you in a way that could be used against you "
    if ((undefined(name='edition') if l_0_edition is missing else l_0_edition) == 'carers'):
        pass
        yield 'in your caring role'
    elif ((undefined(name='edition') if l_0_edition is missing else l_0_edition) == 'students'):
        pass
        yield 'on your placement'
    elif (undefined(name='carers') if l_0_carers is missing else l_0_carers):
        pass
        yield 'at work or in your caring role'
    else:
        pass
        yield 'at work'
    yield '. Ask family and friends to check with you before they post photos of you or tag you, and not to '
    if ((undefined(name='edition') if l_0_edition is missing else l_0_edition) == 'carers'):
        pass
        yield 'say that you care for someone for us'
    elif ((undefined(name='edition') if l_0_edition is missing else l_0_edition) == 'students'):
        pass
        yield 'name your placement'
    elif (undefined(name='carers') if l_0_carers is missing else l_0_carers):
        pass
        yield 'name your employer or your job, or, if you are a carer, say that you care for someone for us'
    else:
        pass
        yield 'name your employer or your job'
    yield '. Set your accounts so that you approve tags before they appear.\n'

blocks = {}
debug_info = '1=14'