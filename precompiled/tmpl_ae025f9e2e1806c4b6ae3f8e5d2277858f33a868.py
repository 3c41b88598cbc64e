from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'boundaries.former body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_boundaries = resolve('boundaries')
    l_0_xref = resolve('xref')
    l_0_your_manager = resolve('your_manager')
    l_0_scope = resolve('scope')
    l_0_edition = resolve('edition')
    pass
    if (environment.getattr((undefined(name='boundaries') if l_0_boundaries is missing else l_0_boundaries), 'former_service_users') == 'never'):
        pass
        yield 'The rule in clause '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'boundaries.friends')))
        yield ' also applies once our work with someone has ended. Do not have personal online contact with people who used our services in the past, or with their carers and families. The power imbalance of a professional relationship does not end when the case closes, and the person may need our services again.\n'
    else:
        pass
        yield 'Once our work with someone has ended, personal online contact may sometimes be appropriate, for example where you met through a shared community. Before you accept or make any such contact, discuss it with your '
        yield str(environment.finalize((undefined(name='your_manager') if l_0_your_manager is missing else l_0_your_manager)))
        yield ' and agree it together. Record what you agreed.\n\nYour '
        yield str(environment.finalize((undefined(name='your_manager') if l_0_your_manager is missing else l_0_your_manager)))
        yield ' will consider the power imbalance of the past relationship, the risk to the person, and whether they may need our services again. The answer is always no where the person is a child, or an adult at risk.\n'
    yield '\nIf you already had a personal connection with someone before they used our services, for example a relative or neighbour, tell your '
    yield str(environment.finalize((undefined(name='your_manager') if l_0_your_manager is missing else l_0_your_manager)))
    yield '. They will agree with you how to manage it. You need only say that you know the person, not how.\n\nThis rule is about people you meet through your work'
    if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'students'):
        pass
        yield ' or placement'
    yield '. It never limits contact with your own family, your own former carers or people you grew up with. If you are care-experienced, or have used social work services yourself, you never have to tell us about your history to keep that contact.\n'
    if (environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'foster_carers') and ((undefined(name='edition') if l_0_edition is missing else l_0_edition) != 'students')):
        pass
        yield '\nIf you are a foster carer, clause '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'fostering.after-care')))
        yield ' explains keeping in touch with children who have left your care.\n'

blocks = {}
debug_info = '1=16&2=19&4=24&6=26&9=29&11=31&12=35&14=38'