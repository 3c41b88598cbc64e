from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'guide.carers body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_scope = resolve('scope')
    l_0_other_carer_kinds = resolve('other_carer_kinds')
    l_0_organisation = resolve('organisation')
    l_0_document = resolve('document')
    l_0_your_manager = resolve('your_manager')
    l_0_who = missing
    try:
        t_1 = environment.filters['join_and']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join_and' found.")
    pass
    l_0_who = environment.call_binop(context, '+', (['foster carers'] if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'foster_carers') else []), (((undefined(name='other_carer_kinds') if l_0_other_carer_kinds is missing else l_0_other_carer_kinds) or (['other carers'] if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'foster_carers') else ['carers'])) if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'other_carers') else []))
    context.vars['who'] = l_0_who
    context.exported_vars.add('who')
    yield 'This guide is for the '
    yield str(environment.finalize(t_1((undefined(name='who') if l_0_who is missing else l_0_who))))
    yield ' that '
    yield str(environment.finalize(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name')))
    yield ' approves or supports. It sets out the rules on social media that apply to you in your caring role, and what we do to support you.\n\nThe rules come from our '
    yield str(environment.finalize(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'title')))
    yield ', version '
    yield str(environment.finalize(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'version')))
    if environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'approved_on'):
        pass
        yield ', approved on '
        yield str(environment.finalize(environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'approved_on')))
    else:
        pass
        yield ', which is still a draft'
    yield '. If this guide and that policy ever seem to say different things, ask your '
    yield str(environment.finalize((undefined(name='your_manager') if l_0_your_manager is missing else l_0_your_manager)))
    yield '.\n\nYour '
    yield str(environment.finalize((undefined(name='your_manager') if l_0_your_manager is missing else l_0_your_manager)))
    yield ' is the person to ask about anything in this guide.\n'

blocks = {}
debug_info = '1=23&2=27&4=31&6=44'