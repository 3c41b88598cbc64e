from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'university.experts body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_higher_education = resolve('higher_education')
    l_0_university_students = resolve('university_students')
    l_0_experts = missing
    try:
        t_1 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    pass
    l_0_experts = environment.getattr((undefined(name='higher_education') if l_0_higher_education is missing else l_0_higher_education), 'experts_by_experience')
    context.vars['experts'] = l_0_experts
    context.exported_vars.add('experts')
    yield str(environment.finalize(t_1((undefined(name='experts') if l_0_experts is missing else l_0_experts))))
    yield ' are our colleagues. They teach, assess and advise with us, and they decide how much of their story to share and with whom.\n\n- Agree with each person, before they start working with you, whether and how you will keep in touch online, and keep to what you agreed.\n- Never say online that someone has used services, and never share their story beyond what they agreed, even after they stop working with us.\n- Ask before you tag them, or post photos of them at events.\n- Treat what they tell you in teaching as confidential'
    if (undefined(name='university_students') if l_0_university_students is missing else l_0_university_students):
        pass
        yield ', and expect students to do the same'
    yield '.\n\nIf one of them also uses a service where you practise'
    if (undefined(name='university_students') if l_0_university_students is missing else l_0_university_students):
        pass
        yield ' or where a student is placed'
    yield ', the rules for people who use services apply to that contact too. Talk it through with them and with your manager, and agree how to manage it.\n'

blocks = {}
debug_info = '1=20&2=23&7=25&9=29'