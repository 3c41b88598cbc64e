from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'privacy.identity body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_edition = resolve('edition')
    l_0_your_manager = resolve('your_manager')
    pass
    if ((undefined(name='edition') if l_0_edition is missing else l_0_edition) == 'carers'):
        pass
        yield 'Decisions about care can make people angry, and carers can be drawn into them.'
    else:
        pass
        yield 'Social work decisions can make people angry.'
    yield " Protect your own identity and that of your family and friends. Think carefully before you share:\n\n- your home address, or photos that show where you live;\n- your personal phone number or email address;\n- your children's names, schools or activities;\n- where you are in real time, or your daily routine"
    yield str(environment.finalize(('.' if ((undefined(name='edition') if l_0_edition is missing else l_0_edition) == 'carers') else ';')))
    yield '\n'
    if ((undefined(name='edition') if l_0_edition is missing else l_0_edition) != 'carers'):
        pass
        yield '- photos of colleagues'
        if ((undefined(name='edition') if l_0_edition is missing else l_0_edition) == 'students'):
            pass
            yield ' or other students'
        yield ', or anything that links them to '
        yield str(environment.finalize(('your placement' if ((undefined(name='edition') if l_0_edition is missing else l_0_edition) == 'students') else 'our work')))
        yield '.\n'
    yield '\nDo not share anything that could put you or your family at risk. If you think someone is trying to find out about you or your family online, tell your '
    yield str(environment.finalize((undefined(name='your_manager') if l_0_your_manager is missing else l_0_your_manager)))
    yield ' straight away.\n'

blocks = {}
debug_info = '1=13&6=20&7=22&8=25&11=32'