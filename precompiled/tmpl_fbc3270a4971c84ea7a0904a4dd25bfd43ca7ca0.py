from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'practice.partners body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_university = resolve('university')
    l_0_organisation = resolve('organisation')
    l_0_nation = resolve('nation')
    l_0_contacts = resolve('contacts')
    try:
        t_1 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    pass
    if (undefined(name='university') if l_0_university is missing else l_0_university):
        pass
        yield str(environment.finalize(t_1(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name'))))
        yield ' works with the organisations that provide our placements, and with other agencies, to prevent abuse and exploitation through social media. We will:\n\n- agree in placement agreements and information sharing agreements what information we share with partners, why, and how each of us protects it;\n'
    else:
        pass
        yield str(environment.finalize(t_1(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name'))))
        yield ' works with other agencies to prevent abuse and exploitation through social media, and follows the procedures of '
        yield str(environment.finalize(environment.getattr(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'safeguarding'), 'children'), 'body')))
        yield ' and '
        yield str(environment.finalize(environment.getattr(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'safeguarding'), 'adults'), 'body')))
        yield '. We will:\n\n- agree in information sharing agreements what information we share with partners, why, and how each of us protects it;\n'
    yield '- have '
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'data_protection'), 'name')))
    yield ' review each agreement before we sign it;\n- tell partners about new online risks that we see.\n\nShare information with other agencies only under those agreements or where the law allows, and through secure channels, never social media messages.\n'

blocks = {}
debug_info = '1=21&2=23&6=27&10=34'