from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'official.register body'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_official_accounts = resolve('official_accounts')
    try:
        t_1 = environment.filters['capfirst']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capfirst' found.")
    pass
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='official_accounts') if l_0_official_accounts is missing else l_0_official_accounts), 'register_keeper'))))
    yield " keeps a register of every official account. For each account it records:\n\n- the platform, the account's name and its purpose;\n- its owner, named by role;\n- who approved it, and when;\n- its administrators, at least two of them named, and everyone else who can post;\n- where the sign-in and recovery details are kept, which is never in a personal account or a shared document;\n- the date of the checks before launch, and the next review date.\n"
    if environment.getattr((undefined(name='official_accounts') if l_0_official_accounts is missing else l_0_official_accounts), 'accounts'):
        pass
        yield '\nOur official accounts are:\n\n| Platform | Account | Owner | Approved by | Approved on |\n| --- | --- | --- | --- | --- |\n'
        for l_1_account in environment.getattr((undefined(name='official_accounts') if l_0_official_accounts is missing else l_0_official_accounts), 'accounts'):
            l_1__policygen_loop_step = resolve('_policygen_loop_step')
            _loop_vars = {}
            pass
            environment.call(context, (undefined(name='_policygen_loop_step') if l_1__policygen_loop_step is missing else l_1__policygen_loop_step), _loop_vars=_loop_vars)
            yield '| '
            yield str(environment.finalize(environment.getattr(l_1_account, 'platform')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_account, 'name')))
            if environment.getattr(l_1_account, 'purpose'):
                pass
                yield ': '
                yield str(environment.finalize(environment.getattr(l_1_account, 'purpose')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_account, 'owner')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_account, 'approved_by')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_account, 'approved_on')))
            yield ' |\n'
        l_1_account = l_1__policygen_loop_step = missing
        yield '\nThis table shows the accounts when this version of the policy was approved; the register is the current list.\n'
    yield '\n'
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='official_accounts') if l_0_official_accounts is missing else l_0_official_accounts), 'register_keeper'))))
    yield ' reviews each account with its owner by its review date, and at least once a year. When someone with access leaves or changes role, the owner removes their access on their last day, and changes any shared recovery details.\n'

blocks = {}
debug_info = '1=18&9=20&15=23&16=29&22=46'