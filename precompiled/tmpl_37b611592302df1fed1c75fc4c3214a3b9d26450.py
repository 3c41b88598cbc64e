from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'fostering.birth-family body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_fostering = resolve('fostering')
    l_0_out_of_hours = resolve('out_of_hours')
    l_0_nation = resolve('nation')
    l_0_edition = resolve('edition')
    l_0_own = l_0_line = l_0_reach = missing
    pass
    l_0_own = environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'out_of_hours')
    context.vars['own'] = l_0_own
    context.exported_vars.add('own')
    l_0_line = ((undefined(name='own') if l_0_own is missing else l_0_own) if (environment.getattr((undefined(name='own') if l_0_own is missing else l_0_own), 'phone') or environment.getattr((undefined(name='own') if l_0_own is missing else l_0_own), 'email')) else (undefined(name='out_of_hours') if l_0_out_of_hours is missing else l_0_out_of_hours))
    context.vars['line'] = l_0_line
    context.exported_vars.add('line')
    l_0_reach = environment.checked_text(str_join((environment.getattr((undefined(name='line') if l_0_line is missing else l_0_line), 'name'), (environment.checked_text(str_join((' on ', environment.getattr((undefined(name='line') if l_0_line is missing else l_0_line), 'phone'), ))) if environment.getattr((undefined(name='line') if l_0_line is missing else l_0_line), 'phone') else (environment.checked_text(str_join((' at ', environment.getattr((undefined(name='line') if l_0_line is missing else l_0_line), 'email'), ))) if environment.getattr((undefined(name='line') if l_0_line is missing else l_0_line), 'email') else '')), )))
    context.vars['reach'] = l_0_reach
    context.exported_vars.add('reach')
    yield 'A child in care may be contacted online by members of their birth family, or by someone else, in a way that '
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='nation') if l_0_nation is missing else l_0_nation), 'fostering'), 'contact_limits')))
    yield ' does not allow. The contact can come through games, messaging apps or a new account, and the child may welcome it. If you '
    if ((undefined(name='edition') if l_0_edition is missing else l_0_edition) != 'carers'):
        pass
        yield 'are a foster carer or a member of staff and you '
    yield "find this happening:\n\n1. keep the child safe first, and stay calm with them, so that they keep talking to you;\n2. keep the messages: do not delete them or reply. Take screenshots that show the date, the time and the account: the child's social worker needs them as evidence;\n3. write down what happened, what you saw and what you did, with times;\n"
    if ((undefined(name='edition') if l_0_edition is missing else l_0_edition) == 'carers'):
        pass
        yield "4. tell the child's social worker and your "
        yield str(environment.finalize(environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'supervising_worker')))
        yield ' the same day. Outside office hours, contact '
        yield str(environment.finalize((undefined(name='reach') if l_0_reach is missing else l_0_reach)))
        yield ';\n'
    else:
        pass
        yield "4. tell the child's social worker the same day. A foster carer also tells their "
        yield str(environment.finalize(environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'supervising_worker')))
        yield ", and staff tell the carer's "
        yield str(environment.finalize(environment.getattr((undefined(name='fostering') if l_0_fostering is missing else l_0_fostering), 'supervising_worker')))
        yield '. Outside office hours, '
        if (environment.getattr((undefined(name='line') if l_0_line is missing else l_0_line), 'name') != environment.getattr((undefined(name='out_of_hours') if l_0_out_of_hours is missing else l_0_out_of_hours), 'name')):
            pass
            yield 'foster carers contact '
            yield str(environment.finalize((undefined(name='reach') if l_0_reach is missing else l_0_reach)))
            yield ', and staff contact '
            yield str(environment.finalize(environment.getattr((undefined(name='out_of_hours') if l_0_out_of_hours is missing else l_0_out_of_hours), 'name')))
            if environment.getattr((undefined(name='out_of_hours') if l_0_out_of_hours is missing else l_0_out_of_hours), 'phone'):
                pass
                yield ' on '
                yield str(environment.finalize(environment.getattr((undefined(name='out_of_hours') if l_0_out_of_hours is missing else l_0_out_of_hours), 'phone')))
        else:
            pass
            yield 'contact '
            yield str(environment.finalize((undefined(name='reach') if l_0_reach is missing else l_0_reach)))
        yield ';\n'
    yield "5. the child's social worker reviews the plan and the contact arrangements with you, the child and the people involved. If an order sets the contact and it needs to change, they ask for the order to be reviewed.\n\nGive screenshots and notes to the child's social worker in the way they ask, so that they go into the child's record. Do not share them with anyone else, and delete your copies once they are in the record, unless you are asked to keep them. Do not confront the person online. If the child is in immediate danger, or a crime may have been committed, call 999.\n"

blocks = {}
debug_info = '2=16&3=19&4=22&5=26&10=32&11=35&13=42'