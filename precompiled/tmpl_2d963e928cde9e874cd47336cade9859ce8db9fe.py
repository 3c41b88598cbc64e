from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'breaches.carer-devices body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_contacts = resolve('contacts')
    l_0_scope = resolve('scope')
    l_0_fostering = resolve('fostering')
    l_0_out_of_hours = resolve('out_of_hours')
    l_0_edition = resolve('edition')
    l_0_policies = resolve('policies')
    l_0_carer_workers = resolve('carer_workers')
    l_0_organisation = resolve('organisation')
    l_0_xref = resolve('xref')
    l_0_dp = l_0_it = l_0_people = l_0_systems = l_0_own = l_0_line = missing
    try:
        t_1 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    try:
        t_2 = environment.filters['join_and']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join_and' found.")
    try:
        t_3 = environment.filters['link']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'link' found.")
    pass
    l_0_dp = environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'data_protection')
    context.vars['dp'] = l_0_dp
    context.exported_vars.add('dp')
    l_0_it = environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'it_support')
    context.vars['it'] = l_0_it
    context.exported_vars.add('it')
    l_0_people = ('the children in your care' if (environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'foster_carers') and (not environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'other_carers'))) else 'the people in your care')
    context.vars['people'] = l_0_people
    context.exported_vars.add('people')
    l_0_systems = (environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'devices') == 'our_systems')
    context.vars['systems'] = l_0_systems
    context.exported_vars.add('systems')
    l_0_own = environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'out_of_hours')
    context.vars['own'] = l_0_own
    context.exported_vars.add('own')
    l_0_line = ((undefined(name='own') if l_0_own is missing else l_0_own) if (environment.getattr((undefined(name='own') if l_0_own is missing else l_0_own), 'phone') or environment.getattr((undefined(name='own') if l_0_own is missing else l_0_own), 'email')) else (undefined(name='out_of_hours') if l_0_out_of_hours is missing else l_0_out_of_hours))
    context.vars['line'] = l_0_line
    context.exported_vars.add('line')
    if ((undefined(name='edition') if l_0_edition is missing else l_0_edition) == 'carers'):
        pass
        yield 'Your'
    else:
        pass
        yield 'If you are a carer, your'
    yield ' phone, tablet or computer is likely to hold information about '
    yield str(environment.finalize((undefined(name='people') if l_0_people is missing else l_0_people)))
    yield ': messages and emails with their social workers, photos, and notes or reports you have written.'
    if (undefined(name='systems') if l_0_systems is missing else l_0_systems):
        pass
        yield ' It may also be signed in to our systems.'
    yield ' Anyone who finds it could learn who they are and where they live.\n\nKeep it safe:\n\n- lock it with a PIN, a password or your fingerprint, and keep its software up to date;\n- do not let anyone else use it while it is signed in as you;\n- once a photo, message or note is in the record of the person it is about, delete your copy, unless you have been asked to keep it.\n\nIf it is lost or stolen:\n\n- report it as a data breach to '
    yield str(environment.finalize(environment.getattr((undefined(name='dp') if l_0_dp is missing else l_0_dp), 'name')))
    if environment.getattr((undefined(name='dp') if l_0_dp is missing else l_0_dp), 'email'):
        pass
        yield ' ('
        yield str(environment.finalize(t_3(environment.getattr((undefined(name='dp') if l_0_dp is missing else l_0_dp), 'email'), environment.checked_text(str_join(('mailto:', environment.getattr((undefined(name='dp') if l_0_dp is missing else l_0_dp), 'email'), ))))))
        yield ')'
    if environment.getattr((undefined(name='dp') if l_0_dp is missing else l_0_dp), 'phone'):
        pass
        yield ', phone '
        yield str(environment.finalize(environment.getattr((undefined(name='dp') if l_0_dp is missing else l_0_dp), 'phone')))
    yield ', within '
    yield str(environment.finalize(environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'data_breach_hours')))
    yield ' hour'
    yield str(environment.finalize(('s' if (environment.getattr((undefined(name='policies') if l_0_policies is missing else l_0_policies), 'data_breach_hours') != 1) else '')))
    yield ' of noticing, even if you are not sure what was on it'
    if environment.getattr((undefined(name='dp') if l_0_dp is missing else l_0_dp), 'email'):
        pass
        yield '. You can email them at any time, including outside office hours'
    else:
        pass
        yield '. If their office is closed, report it as soon as it opens'
    yield ';\n'
    if (undefined(name='systems') if l_0_systems is missing else l_0_systems):
        pass
        yield '- tell '
        yield str(environment.finalize(environment.getattr((undefined(name='it') if l_0_it is missing else l_0_it), 'name')))
        if environment.getattr((undefined(name='it') if l_0_it is missing else l_0_it), 'phone'):
            pass
            yield ' on '
            yield str(environment.finalize(environment.getattr((undefined(name='it') if l_0_it is missing else l_0_it), 'phone')))
        elif environment.getattr((undefined(name='it') if l_0_it is missing else l_0_it), 'email'):
            pass
            yield ' ('
            yield str(environment.finalize(t_3(environment.getattr((undefined(name='it') if l_0_it is missing else l_0_it), 'email'), environment.checked_text(str_join(('mailto:', environment.getattr((undefined(name='it') if l_0_it is missing else l_0_it), 'email'), ))))))
            yield ')'
        yield ' straight away, so that they can end your access to our systems from it;\n'
    yield '- tell your '
    yield str(environment.finalize(t_2((undefined(name='carer_workers') if l_0_carer_workers is missing else l_0_carer_workers), 'or')))
    yield ' the same day, so that they can help you judge whether anyone is at risk;\n- if the phone or computer has a service to find, lock or wipe it, use it;\n- if it was stolen, report the theft to the police, and give the crime reference number to '
    yield str(environment.finalize(environment.getattr((undefined(name='dp') if l_0_dp is missing else l_0_dp), 'name')))
    yield '.\n'
    if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'foster_carers'):
        pass
        yield "\nIf a child may be at risk because of what was on it, tell the child's social worker straight away. Outside office hours, contact "
        yield str(environment.finalize(environment.getattr((undefined(name='line') if l_0_line is missing else l_0_line), 'name')))
        if environment.getattr((undefined(name='line') if l_0_line is missing else l_0_line), 'phone'):
            pass
            yield ' on '
            yield str(environment.finalize(environment.getattr((undefined(name='line') if l_0_line is missing else l_0_line), 'phone')))
        elif environment.getattr((undefined(name='line') if l_0_line is missing else l_0_line), 'email'):
            pass
            yield ' at '
            yield str(environment.finalize(t_3(environment.getattr((undefined(name='line') if l_0_line is missing else l_0_line), 'email'), environment.checked_text(str_join(('mailto:', environment.getattr((undefined(name='line') if l_0_line is missing else l_0_line), 'email'), ))))))
        yield '.\n'
    yield '\n'
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name'))))
    yield " then decides whether the loss must be reported to the Information Commissioner's Office (clause "
    yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'breaches.data')))
    yield ').\n'

blocks = {}
debug_info = '1=39&2=42&3=45&4=48&6=51&7=54&8=57&18=70&19=92&20=95&22=107&24=109&25=111&27=114&30=125'