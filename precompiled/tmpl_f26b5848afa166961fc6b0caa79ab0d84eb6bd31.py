from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'practice.safety-advice body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_safety_advice = resolve('safety_advice')
    l_0_organisation = resolve('organisation')
    l_0_contacts = resolve('contacts')
    l_0_university = resolve('university')
    l_0_safety_resources = resolve('safety_resources')
    try:
        t_1 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    try:
        t_2 = environment.filters['link']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'link' found.")
    pass
    yield 'Help the people you work with, of any age, to use social media with confidence and with an eye on the risks. Talk about it in the way that suits their age, understanding and needs.\n\n'
    if environment.getattr((undefined(name='safety_advice') if l_0_safety_advice is missing else l_0_safety_advice), 'publish_advice'):
        pass
        yield str(environment.finalize(t_1(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name'))))
        yield ' publishes '
        if environment.getattr((undefined(name='safety_advice') if l_0_safety_advice is missing else l_0_safety_advice), 'advice_url'):
            pass
            yield str(environment.finalize(t_2('internet safety advice', environment.getattr((undefined(name='safety_advice') if l_0_safety_advice is missing else l_0_safety_advice), 'advice_url'))))
        else:
            pass
            yield 'internet safety advice'
        yield ' for people who use our services.'
        if environment.getattr((undefined(name='safety_advice') if l_0_safety_advice is missing else l_0_safety_advice), 'available'):
            pass
            yield ' It is also available '
            yield str(environment.finalize(environment.getattr((undefined(name='safety_advice') if l_0_safety_advice is missing else l_0_safety_advice), 'available')))
            yield '.'
        if (not (environment.getattr((undefined(name='safety_advice') if l_0_safety_advice is missing else l_0_safety_advice), 'advice_url') or environment.getattr((undefined(name='safety_advice') if l_0_safety_advice is missing else l_0_safety_advice), 'available'))):
            pass
            yield ' Ask '
            yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'questions'), 'name')))
            yield ' where to find it.'
        yield ' Point people to it, and go through it with them when that helps.\n'
    elif (undefined(name='university') if l_0_university is missing else l_0_university):
        pass
        yield str(environment.finalize(t_1(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name'))))
        yield " does not publish internet safety advice for people who use services. On placement, use the placement provider's advice. Otherwise, use the national advice below that fits the person's age and needs, and go through it with them.\n"
    else:
        pass
        yield str(environment.finalize(t_1(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name'))))
        yield " does not publish its own internet safety advice for people who use our services. Use the national advice below that fits the person's age and needs, and go through it with them.\n"
    yield '\nNational advice you can point people to includes:\n\n'
    l_1_loop = missing
    for l_1_source, l_1_loop in LoopContext(environment.getattr((undefined(name='safety_resources') if l_0_safety_resources is missing else l_0_safety_resources), 'for_people'), undefined):
        l_1__policygen_loop_step = resolve('_policygen_loop_step')
        _loop_vars = {}
        pass
        environment.call(context, (undefined(name='_policygen_loop_step') if l_1__policygen_loop_step is missing else l_1__policygen_loop_step), _loop_vars=_loop_vars)
        yield '- '
        if ('url' in l_1_source):
            pass
            yield str(environment.finalize(t_2(t_1(environment.getattr(l_1_source, 'name')), environment.getattr(l_1_source, 'url'))))
        else:
            pass
            yield str(environment.finalize(t_1(environment.getattr(l_1_source, 'name'))))
        if ('about' in l_1_source):
            pass
            yield ', '
            yield str(environment.finalize(environment.getattr(l_1_source, 'about')))
        yield str(environment.finalize(('.' if environment.getattr(l_1_loop, 'last') else ';')))
        yield '\n'
    l_1_loop = l_1_source = l_1__policygen_loop_step = missing
    yield "\nIf you need advice yourself about a child's safety online, "
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='safety_resources') if l_0_safety_resources is missing else l_0_safety_resources), 'for_staff'), 'name')))
    yield ', '
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='safety_resources') if l_0_safety_resources is missing else l_0_safety_resources), 'for_staff'), 'about')))
    yield ', can help.\n'

blocks = {}
debug_info = '3=29&4=31&5=51&6=53&8=57&13=61&14=67&17=81'