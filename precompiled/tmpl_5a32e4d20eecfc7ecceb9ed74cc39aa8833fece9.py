from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'personal-use.devices body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_devices = resolve('devices')
    l_0_xref = resolve('xref')
    l_0_personal_use = resolve('personal_use')
    try:
        t_1 = environment.filters['join_and']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join_and' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    if (environment.getattr((undefined(name='devices') if l_0_devices is missing else l_0_devices), 'issued') == 'work'):
        pass
        yield 'If we give you a work phone, laptop or tablet, use only that for your work. Never use your own device for work, not even to read work email or messages.\n'
    else:
        pass
        yield 'If we give you a work phone, laptop or tablet, use it for your work. You may also use your own device for work, under clause '
        yield str(environment.finalize(environment.call(context, (undefined(name='xref') if l_0_xref is missing else l_0_xref), 'personal-use.own-devices')))
        yield '.\n'
    yield '\n'
    if (environment.getattr((undefined(name='personal_use') if l_0_personal_use is missing else l_0_personal_use), 'work_devices') == 'not_permitted'):
        pass
        yield 'You must not use work phones, laptops or tablets for personal social media. Do not install personal social media apps on them, and do not sign in to your personal accounts through their web browsers.\n'
    elif (environment.getattr((undefined(name='personal_use') if l_0_personal_use is missing else l_0_personal_use), 'work_devices') == 'breaks_only'):
        pass
        yield 'You may use work phones, laptops and tablets for personal social media only in your breaks. Sign out of your personal accounts when you finish, and do not install personal apps without approval from IT.\n'
    else:
        pass
        yield 'You may use work phones, laptops and tablets for personal social media, within our rules on the acceptable use of IT. Sign out of your personal accounts when you finish, and never let personal apps reach work files, photos or contacts.\n'
    if environment.getattr((undefined(name='devices') if l_0_devices is missing else l_0_devices), 'restricted_platforms'):
        pass
        yield '\n'
        yield str(environment.finalize(t_1(environment.getattr((undefined(name='devices') if l_0_devices is missing else l_0_devices), 'restricted_platforms'))))
        yield ' '
        yield str(environment.finalize(('is' if (t_2(environment.getattr((undefined(name='devices') if l_0_devices is missing else l_0_devices), 'restricted_platforms')) == 1) else 'are')))
        yield ' not allowed on our work devices. Do not install '
        yield str(environment.finalize(('it' if (t_2(environment.getattr((undefined(name='devices') if l_0_devices is missing else l_0_devices), 'restricted_platforms')) == 1) else 'them')))
        yield ' or sign in to '
        yield str(environment.finalize(('it' if (t_2(environment.getattr((undefined(name='devices') if l_0_devices is missing else l_0_devices), 'restricted_platforms')) == 1) else 'them')))
        yield ' there, for any reason.\n'

blocks = {}
debug_info = '1=26&4=32&7=35&9=38&14=44&16=47'