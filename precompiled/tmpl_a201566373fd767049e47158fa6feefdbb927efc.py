from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'personal-use.own-devices body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_contacts = resolve('contacts')
    l_0_devices = resolve('devices')
    l_0_organisation = resolve('organisation')
    l_0_public_body = resolve('public_body')
    l_0_duties = resolve('duties')
    l_0_it = missing
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
    pass
    l_0_it = environment.getattr((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts), 'it_support')
    context.vars['it'] = l_0_it
    context.exported_vars.add('it')
    if (environment.getattr((undefined(name='devices') if l_0_devices is missing else l_0_devices), 'issued') == 'personal'):
        pass
        yield str(environment.finalize(t_1(environment.getattr((undefined(name='organisation') if l_0_organisation is missing else l_0_organisation), 'short_name'))))
        yield ' does not issue work phones or computers, so you use your own for work. When you do:\n'
    else:
        pass
        yield 'You may use your own phone, tablet or computer for work, instead of or as well as a work device. When you do:\n'
    yield '\n- use only the apps and systems we approve for work'
    if environment.getattr((undefined(name='devices') if l_0_devices is missing else l_0_devices), 'approved_apps'):
        pass
        yield ': '
        yield str(environment.finalize(t_2(environment.getattr((undefined(name='devices') if l_0_devices is missing else l_0_devices), 'approved_apps'))))
    else:
        pass
        yield ', and ask '
        yield str(environment.finalize(environment.getattr((undefined(name='it') if l_0_it is missing else l_0_it), 'name')))
        yield ' which they are'
    yield ";\n- set a screen lock, such as a PIN, password or fingerprint, and turn on two-step sign-in for every work app and account;\n- keep the device's software up to date;\n- never put information about people who use our services in texts, WhatsApp or other personal messaging apps, in your camera roll or photo library, or in your downloads or personal cloud storage;\n- take work photos, recordings or notes only in an approved work app, never with the device's own camera or notes app;\n- make work calls through an approved work app, or withhold your number, so that you never give out your personal number;\n- do not let anyone else use the work apps, and sign out of them if you share the device.\n\n"
    if (environment.getattr((undefined(name='devices') if l_0_devices is missing else l_0_devices), 'employer_access') == 'work_apps'):
        pass
        yield 'We manage only the work apps on your device. We can see whether they are up to date and protected, and we can remove them and the work information in them, for example if the device is lost or you leave. We cannot see your personal messages, photos, browsing or other apps, and we cannot wipe your personal content.\n'
    else:
        pass
        yield 'Before you use your device for work, it is enrolled in our device management. We can then see its make, model and software version, and whether it meets our security settings. If it is lost or stolen, we can wipe it completely, and that removes your personal content too, so keep your own backup. We cannot see your personal messages, photos or browsing.\n'
    yield 'When you leave, or stop using the device for work, '
    yield str(environment.finalize(environment.getattr((undefined(name='it') if l_0_it is missing else l_0_it), 'name')))
    yield ' removes the work apps and information from it.\n'
    if (undefined(name='public_body') if l_0_public_body is missing else l_0_public_body):
        pass
        yield '\nWork information on your own device is still information we hold under '
        yield str(environment.finalize(environment.getattr((undefined(name='duties') if l_0_duties is missing else l_0_duties), 'information_law')))
        yield '. If a work message reaches your device any other way, copy it into our systems and then delete it from the device.\n'

blocks = {}
debug_info = '1=29&2=32&3=34&8=40&16=50&21=57&22=59&24=62'