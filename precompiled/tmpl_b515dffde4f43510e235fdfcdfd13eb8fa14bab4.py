from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'governance.related body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_related_policies = resolve('related_policies')
    l_0_policies = resolve('policies')
    l_0_not_only_employees = resolve('not_only_employees')
    l_0_scope = resolve('scope')
    l_0_university_students = resolve('university_students')
    l_0_contacts = resolve('contacts')
    try:
        t_1 = environment.filters['link']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'link' found.")
    pass
    yield 'Read this policy together with:\n\n'
    for l_1_name in (undefined(name='related_policies') if l_0_related_policies is missing else l_0_related_policies):
        l_1__policygen_loop_step = resolve('_policygen_loop_step')
        _loop_vars = {}
        pass
        environment.call(context, (undefined(name='_policygen_loop_step') if l_1__policygen_loop_step is missing else l_1__policygen_loop_step), _loop_vars=_loop_vars)
        yield '- the '
        yield str(environment.finalize(l_1_name))
        yield ';\n'
    l_1_name = l_1__policygen_loop_step = missing
    yield '- the '
    yield str(environment.finalize(environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'whistleblowing')))
    yield ', for concerns about wrongdoing.\n\n'
    if (undefined(name='not_only_employees') if l_0_not_only_employees is missing else l_0_not_only_employees):
        pass
        yield 'If you are our employee, the '
        yield str(environment.finalize(environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'grievance')))
        yield ' and the '
        yield str(environment.finalize(environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'disciplinary')))
        yield ' also apply to you.\n'
        if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'foster_carers'):
            pass
            yield 'If you are a foster carer, read it with your foster care agreement.\n'
        if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'other_carers'):
            pass
            yield 'If you are '
            yield str(environment.finalize(('another carer' if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'foster_carers') else 'a carer')))
            yield " we approve or support, read it with your carer's agreement.\n"
        if (undefined(name='university_students') if l_0_university_students is missing else l_0_university_students):
            pass
            yield 'If you are a student on one of our programmes, read it with your placement agreement and our student conduct and fitness to practise procedures.\n'
        elif environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'students'):
            pass
            yield 'If you are a student on placement, read it with your placement agreement.\n'
        if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'agency_staff'):
            pass
            yield "If you work for us through an agency, your agency's terms apply to you as well.\n"
        if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'volunteers'):
            pass
            yield 'If you volunteer with us, read it with your volunteer agreement.\n'
    else:
        pass
        yield 'The '
        yield str(environment.finalize(environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'grievance')))
        yield ' and the '
        yield str(environment.finalize(environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'disciplinary')))
        yield ' also apply to you.\n'
    yield '\n'
    if (environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'location') or environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'location_url')):
        pass
        yield 'You can find this policy and the policies it names '
        if environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'location'):
            pass
            yield str(environment.finalize(environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'location')))
            if environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'location_url'):
                pass
                yield ', at '
                yield str(environment.finalize(t_1('our policies page', environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'location_url'))))
        else:
            pass
            yield 'on '
            yield str(environment.finalize(t_1('our policies page', environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'location_url'))))
        yield '. If you cannot get to '
        yield str(environment.finalize(('it' if (not environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'location')) else 'them there')))
        yield ', ask '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'questions'), 'name')))
        yield ' for a copy.\n'
    else:
        pass
        yield 'Ask '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'questions'), 'name')))
        yield ' for a copy of this policy or of any policy it names.\n'
    yield '\nWhere another policy sets a stricter rule on a point, follow the stricter rule. If the policies seem to conflict, ask '
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'questions'), 'name')))
    yield '.\n'

blocks = {}
debug_info = '3=24&4=30&6=34&8=36&9=39&10=43&13=46&14=49&16=51&18=54&21=57&24=60&28=66&31=71&32=74&34=93&37=96'