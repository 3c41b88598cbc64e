from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'learning.training body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_training = resolve('training')
    l_0_carers = resolve('carers')
    l_0_scope = resolve('scope')
    l_0_university_students = resolve('university_students')
    l_0_xref = resolve('xref')
    l_0_online_checks = resolve('online_checks')
    l_0_refresh = l_0_everyone = missing
    try:
        t_1 = environment.filters['months']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'months' found.")
    pass
    l_0_refresh = (environment.checked_text(str_join(('Every ', t_1(environment.getattr((undefined(name='training') if l_0_training is missing else l_0_training), 'refresher_months')), ))) if environment.getattr((undefined(name='training') if l_0_training is missing else l_0_training), 'refresher_months') else 'No set refresher: ask your manager for more when your work or the platforms change')
    context.vars['refresh'] = l_0_refresh
    context.exported_vars.add('refresh')
    l_0_everyone = ('Everyone this policy covers, except carers,' if (undefined(name='carers') if l_0_carers is missing else l_0_carers) else 'Everyone this policy covers')
    context.vars['everyone'] = l_0_everyone
    context.exported_vars.add('everyone')
    if (environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'students') or environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'volunteers')):
        pass
        yield str(environment.finalize((undefined(name='everyone') if l_0_everyone is missing else l_0_everyone)))
        yield ' does social media training. The table shows when, for each group.\n\n| Who | First training | Refresher | Recorded in |\n| --- | --- | --- | --- |\n| '
        yield str(environment.finalize(('Staff and agency workers' if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'agency_staff') else 'Staff')))
        yield ' | '
        if environment.getattr((undefined(name='training') if l_0_training is missing else l_0_training), 'induction'):
            pass
            yield 'During your induction'
        else:
            pass
            yield 'When you start: your manager books you on it'
        yield ' | '
        yield str(environment.finalize((undefined(name='refresh') if l_0_refresh is missing else l_0_refresh)))
        yield ' | In '
        yield str(environment.finalize(environment.getattr((undefined(name='training') if l_0_training is missing else l_0_training), 'recorded_in')))
        yield ' |\n'
        if (undefined(name='university_students') if l_0_university_students is missing else l_0_university_students):
            pass
            yield '| Students on our social work programmes | As part of your programme, before your first placement | Before each later placement | In your student record |\n'
        elif environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'students'):
            pass
            yield '| Students on placement with us | '
            if environment.getattr((undefined(name='training') if l_0_training is missing else l_0_training), 'induction'):
                pass
                yield 'During your placement induction'
            else:
                pass
                yield 'When your placement starts: your practice educator books you on it'
            yield ' | At the start of each placement with us | In '
            yield str(environment.finalize(environment.getattr((undefined(name='training') if l_0_training is missing else l_0_training), 'recorded_in')))
            yield ', and your practice educator tells your university |\n'
        if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'volunteers'):
            pass
            yield '| Volunteers | Before you start working with people who use our services | '
            yield str(environment.finalize((undefined(name='refresh') if l_0_refresh is missing else l_0_refresh)))
            yield ' | In '
            yield str(environment.finalize(environment.getattr((undefined(name='training') if l_0_training is missing else l_0_training), 'recorded_in')))
            yield ' |\n'
        yield '\n'
        yield str(environment.finalize(('Staff and agency workers' if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'agency_staff') else 'Staff')))
        yield ' do it in working time'
        if (undefined(name='university_students') if l_0_university_students is missing else l_0_university_students):
            pass
            yield ', and students as part of their programme'
        elif environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'students'):
            pass
            yield ', and students as part of their placement'
        yield '.'
        if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'volunteers'):
            pass
            yield ' Volunteers do it in the time they give us, at no cost to them.'
        yield ' Your manager checks that you have done it.\n'
    elif (environment.getattr((undefined(name='training') if l_0_training is missing else l_0_training), 'induction') and environment.getattr((undefined(name='training') if l_0_training is missing else l_0_training), 'refresher_months')):
        pass
        yield str(environment.finalize((undefined(name='everyone') if l_0_everyone is missing else l_0_everyone)))
        yield ' completes social media training during their induction, and refreshes it every '
        yield str(environment.finalize(t_1(environment.getattr((undefined(name='training') if l_0_training is missing else l_0_training), 'refresher_months'))))
        yield '. You do it in working time. Your manager checks that you have done it, and we record it in '
        yield str(environment.finalize(environment.getattr((undefined(name='training') if l_0_training is missing else l_0_training), 'recorded_in')))
        yield '.\n'
    elif environment.getattr((undefined(name='training') if l_0_training is missing else l_0_training), 'induction'):
        pass
        yield str(environment.finalize((undefined(name='everyone') if l_0_everyone is missing else l_0_everyone)))
        yield ' completes social media training during their induction. There is no set refresher, so ask your manager for more training when your work or the platforms change. You do it in working time. Your manager checks that you have done it, and we record it in '
        yield str(environment.finalize(environment.getattr((undefined(name='training') if l_0_training is missing else l_0_training), 'recorded_in')))
        yield '.\n'
    else:
        pass
        yield 'Social media training is not part of induction, so your manager books you on it when you start. You refresh it every '
        yield str(environment.finalize(t_1(environment.getattr((undefined(name='training') if l_0_training is missing else l_0_training), 'refresher_months'))))
        yield '. You do it in working time. Your manager checks that you have done it, and we record it in '
        yield str(environment.finalize(environment.getattr((undefined(name='training') if l_0_training is missing else l_0_training), 'recorded_in')))
        yield '.\n'
    if ((undefined(name='carers') if l_0_carers is missing else l_0_carers) and environment.getattr((undefined(name='training') if l_0_training is missing else l_0_training), 'carers')):
        pass
        yield '\nCarers have their own training, described in clause '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'learning.carers')))
        yield '.\n'
    elif (undefined(name='carers') if l_0_carers is missing else l_0_carers):
        pass
        yield '\nWe do not run social media training for carers at present. If you are a carer, the worker who supports you can advise you on social media and online safety at any time.\n'
    yield '\n'
    if (environment.getattr((undefined(name='training') if l_0_training is missing else l_0_training), 'delivery') == 'elearning'):
        pass
        yield 'The training is an e-learning course that you can take at your own pace.\n'
    elif (environment.getattr((undefined(name='training') if l_0_training is missing else l_0_training), 'delivery') == 'face_to_face'):
        pass
        yield 'The training is given in face-to-face sessions, with time to talk through real dilemmas.\n'
    else:
        pass
        yield 'The training combines an e-learning course with a face-to-face session to talk through real dilemmas.\n'
    yield '\nThe training covers:\n\n- privacy settings, boundaries and confidentiality online;\n'
    if environment.getattr((undefined(name='online_checks') if l_0_online_checks is missing else l_0_online_checks), 'permitted'):
        pass
        yield "- when and how you may look at someone's social media in your work, and what to record;\n"
    else:
        pass
        yield '- why you must not look at the social media of people you work with;\n'
    yield '- online risks to children and adults at risk, and how to advise them and their families;\n'
    if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'students'):
        pass
        yield '- for students, what you may and may not post about your '
        if (undefined(name='university_students') if l_0_university_students is missing else l_0_university_students):
            pass
            yield 'studies and '
        yield 'placement;\n'
    yield '- what to do if you are abused or harassed online.\n'

blocks = {}
debug_info = '1=24&2=27&3=30&4=32&8=34&9=47&11=50&12=53&14=62&15=65&18=70&19=83&20=85&21=91&22=93&24=100&26=104&28=107&29=109&34=113&36=116&45=123&51=130&52=133'