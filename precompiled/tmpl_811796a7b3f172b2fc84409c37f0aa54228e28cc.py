from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'students.university when'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_university_students = resolve('university_students')
    pass
    if (undefined(name='university_students') if l_0_university_students is missing else l_0_university_students):
        pass
        yield '1'

blocks = {}
debug_info = '1=12'