from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'university.academic-freedom body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_nation = resolve('nation')
    l_0_higher_education = resolve('higher_education')
    l_0_organisation = resolve('organisation')
    l_0_xref = resolve('xref')
    l_0_university_students = resolve('university_students')
    l_0_freedom = l_0_applies = missing
    try:
        t_1 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    pass
    l_0_freedom = environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'academic_freedom')
    context.vars['freedom'] = l_0_freedom
    context.exported_vars.add('freedom')
    l_0_applies = (environment.getattr((undefined(name='freedom') if l_0_freedom is missing else l_0_freedom), 'law') and ((not environment.getattr((undefined(name='freedom') if l_0_freedom is missing else l_0_freedom), 'applies_if')) or environment.getitem((undefined(name='higher_education') if l_0_higher_education is missing else l_0_higher_education), environment.getattr((undefined(name='freedom') if l_0_freedom is missing else l_0_freedom), 'applies_if'))))
    context.vars['applies'] = l_0_applies
    context.exported_vars.add('applies')
    yield 'Academic freedom matters to us.'
    if (undefined(name='applies') if l_0_applies is missing else l_0_applies):
        pass
        yield ' '
        if environment.getattr((undefined(name='freedom') if l_0_freedom is missing else l_0_freedom), 'registered_with'):
            pass
            yield 'As a university registered with '
            yield str(environment.finalize(environment.getattr((undefined(name='freedom') if l_0_freedom is missing else l_0_freedom), 'registered_with')))
            yield ', we have duties under '
            yield str(environment.finalize(environment.getattr((undefined(name='freedom') if l_0_freedom is missing else l_0_freedom), 'law')))
            yield '. '
            yield str(environment.finalize(environment.getattr((undefined(name='freedom') if l_0_freedom is missing else l_0_freedom), 'requires')))
        else:
            pass
            yield str(environment.finalize(t_1(environment.getattr((undefined(name='freedom') if l_0_freedom is missing else l_0_freedom), 'law'))))
            yield ' gives '
            yield str(environment.finalize(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name')))
            yield ' a duty '
            yield str(environment.finalize(environment.getattr((undefined(name='freedom') if l_0_freedom is missing else l_0_freedom), 'duty')))
            yield '.'
    yield ' This policy does not limit what you may lawfully say, teach, research or publish as an academic, beyond what professional standards need. That includes questioning received wisdom, putting forward new ideas, and holding and sharing views that are controversial or unpopular.\n'
    if environment.getattr((undefined(name='higher_education') if l_0_higher_education is missing else l_0_higher_education), 'free_speech_code'):
        pass
        yield 'Our '
        yield str(environment.finalize(environment.getattr((undefined(name='higher_education') if l_0_higher_education is missing else l_0_higher_education), 'free_speech_code')))
        yield ' says how we protect freedom of speech.\n'
    yield '\nThe limits this policy sets are professional ones, and they apply to everyone it covers, whatever their views:\n\n- confidentiality, and the privacy of people who use services, students and colleagues;\n- the boundaries with students and with people met on placement or in practice;\n- the standards of '
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'regulator'), 'name')))
    yield ', if you are registered with it, which are about your conduct, not about which views you hold;\n- not speaking for '
    yield str(environment.finalize(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name')))
    yield ' unless you are authorised to, as clause '
    yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'conduct.employer')))
    yield ' says.\n\nWe never treat a lawful view as a breach of this policy because it is controversial or unpopular.'
    if (undefined(name='university_students') if l_0_university_students is missing else l_0_university_students):
        pass
        yield ' The same applies to students: your freedom of speech within the law is protected, and the professional limits above apply to you as a future social worker.'

blocks = {}
debug_info = '1=23&2=26&3=30&4=50&5=53&12=56&13=58&15=62'