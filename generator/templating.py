"""The one Jinja environment: sandboxed, strict, bounded, and blind to Markdown in answers.

Answer text is data. It is passed to templates as values, never compiled, and
every value a template prints is escaped for Markdown, so an answer such as
`*Team*` or `{{ 7*7 }}` appears in the policy exactly as written.

Clause templates are code from the library, but a mistake in one (a loop inside a loop, a
string repeated a billion times) must end in an error, not a machine out of memory. So one
render may print at most MAX_RENDERED_CHARACTERS, its loops may run at most MAX_LOOP_STEPS
times, and no operator, call or filter may be asked for a string or number far beyond that.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import string
import threading
import types
from typing import Any

from jinja2 import StrictUndefined, Template, TemplateSyntaxError, Undefined, nodes
from jinja2.compiler import CodeGenerator
from jinja2.exceptions import SecurityError, TemplateError, UndefinedError
from jinja2.sandbox import SandboxedEnvironment

from .errors import PolicyError, Problem


class Markdown(str):
    """Text a filter or function made on purpose as Markdown: printed without escaping."""


_ESCAPED = str.maketrans({mark: "\\" + mark for mark in string.punctuation})
_FOLDED = re.compile(r"[ \t\n\r\f\v]+")
_TO_FOLD = re.compile(r"[\t\n\r\f\v]|  ")  # most answers have nothing to fold: skip the substitution


def escape_markdown(value: str) -> str:
    """Backslash-escape every ASCII punctuation mark; fold runs of spaces, tabs and line breaks into one space.

    Other spaces (a no-break space, an em space) are text and stay as they are.
    """
    return _escaped_short(value) if len(value) <= _SHORT else _escaped(value)


# A build prints the same few short answers (names, roles, numbers) hundreds of times: escape each
# once. Only short ones are kept, so the cache stays small whatever an answers file holds.
_SHORT = 200


@functools.lru_cache(maxsize=2048)
def _escaped_short(value: str) -> str:
    return _escaped(value)


def _escaped(value: str) -> str:
    if _TO_FOLD.search(value):
        value = _FOLDED.sub(" ", value)
    return value.strip(" ").translate(_ESCAPED)


def _finalize(value: Any) -> Any:
    if type(value) is str:  # most of what a template prints: a plain answer (not Markdown, a subclass)
        return escape_markdown(value)
    if isinstance(value, Undefined):
        str(value)  # raises the UndefinedError or SecurityError the sandbox prepared
    if isinstance(value, Markdown):
        return value
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.date):
        return escape_markdown(uk_date(value))
    if isinstance(value, str):
        return escape_markdown(value)
    if isinstance(value, (int, float)):
        return escape_markdown(str(value))
    if value is None:
        raise TemplateError("a template printed an empty answer; guard it with {% if ... %}")
    raise TemplateError(f"a template printed a {type(value).__name__}; print its parts instead")


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")


def uk_date(value: dt.date) -> str:
    """1 October 2026, in English whatever the process locale (strftime's %B follows LC_TIME)."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def join_and(items: Any, last: str = "and") -> str:
    """['a', 'b', 'c'] -> 'a, b and c' (plain strings, escaped when printed)."""
    items = [str(i) for i in items]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {last} " + items[-1]


def capfirst(value: str) -> str:
    return value[:1].upper() + value[1:]


# A link's address travels through the clause's Markdown hex-encoded, so no character in it
# (`)`, `>`, `\\`, `&amp;`) can end it early or be read as markup; compose/blocks.py decodes it.
LINK_SCHEME = "policygen-link:"


def link(text: str, url: str) -> Markdown:
    """A link built from data: its text is escaped, its address carried whole."""
    if not isinstance(url, str) or not url:
        raise TemplateError("link() needs an address as text")
    return Markdown(f"[{escape_markdown(str(text))}]({LINK_SCHEME}{url.encode('utf-8').hex()})")


_CARRIED = re.compile(re.escape(LINK_SCHEME) + "([0-9a-f]*)")


def readable_links(markdown: str) -> str:
    """Rendered Markdown with every carried address written out as `<address>`, as a person reads it.

    Clause hashes are taken of this text, so they do not depend on how an address is carried.
    """
    return _CARRIED.sub(lambda m: "<" + link_address(m.group()).replace(">", "%3E").replace(" ", "%20") + ">", markdown)


def link_address(href: str) -> str:
    """The address a link() call carried, or a clause's own Markdown link address as it is."""
    if href.startswith(LINK_SCHEME):
        return bytes.fromhex(href[len(LINK_SCHEME) :]).decode("utf-8")
    return href


def months(value: int) -> str:
    """24 -> 'two years', 12 -> 'year', 6 -> 'six months', 18 -> '18 months'."""
    if value % 12 == 0:
        years = value // 12
        return "year" if years == 1 else f"{_WORDS.get(years, str(years))} years"
    return count(value, "month")


def count(value: int, noun: str) -> str:
    """1, 'working day' -> 'one working day'; 2 -> 'two working days'; 12 -> '12 working days'."""
    return f"{_WORDS.get(value, str(value))} {noun}{'' if value == 1 else 's'}"


# Plain English writes small numbers as words.
_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}


# ------------------------------------------------------------------ limits on one render

MAX_RENDERED_CHARACTERS = 200_000  # one clause; the longest bundled clause renders under 10,000
MAX_LOOP_STEPS = 100_000  # loop iterations in one render, nested loops counted together
MAX_NUMBER = 1_000_000  # the largest number a call or filter may be given (a width, a count)
_FORMAT_WIDTH = re.compile(r"\d{7,}")  # a width of a million or more in a format string


class TemplateLimit(TemplateError):
    """A clause asked for more work or text than one render may do."""


class _Work(threading.local):
    rendering = False
    steps = 0


_WORK = _Work()
_STEP = "_policygen_loop_step"  # called at the top of every loop body (see _parse)


def _loop_step() -> str:
    _WORK.steps += 1
    if _WORK.steps > MAX_LOOP_STEPS:
        raise TemplateLimit(f"its loops ran more than {MAX_LOOP_STEPS:,} times in one render, the most allowed")
    return ""


def _too_long(size: int) -> TemplateLimit:
    return TemplateLimit(f"it makes more than {MAX_RENDERED_CHARACTERS:,} characters of text, the most one clause may have (it made {size:,})")


def _checked_text(value: Any) -> Any:
    if isinstance(value, (str, list, tuple)) and len(value) > MAX_RENDERED_CHARACTERS:
        raise _too_long(len(value))
    return value


def _concat(parts: Any) -> str:
    """Join a render's output, stopping as soon as it is too long; the outermost join starts a new count of loop steps."""
    if _WORK.rendering:  # a macro or {% set %} block inside a render
        return _checked_text("".join(parts))
    _WORK.rendering, _WORK.steps = True, 0
    try:
        out, size = [], 0
        for part in parts:
            size += len(part)
            if size > MAX_RENDERED_CHARACTERS:
                raise _too_long(size)
            out.append(part)
        return "".join(out)
    finally:
        _WORK.rendering = False


def _check_numbers(args: Any, kwargs: Any) -> None:
    for value in (*args, *kwargs.values()):
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_NUMBER:
            raise TemplateLimit(f"a call was given {_digits(value)}, more than {MAX_NUMBER:,}, the largest number allowed")
        if isinstance(value, str) and len(value) > MAX_RENDERED_CHARACTERS:
            raise _too_long(len(value))


def _digits(value: int) -> str:
    return f"a number of {len(str(abs(value)))} digits" if value.bit_length() < 10_000 else "a number of thousands of digits"


def _check_binop(operator: str, left: Any, right: Any) -> None:
    """Refuse an operation whose result would be far too large, before Python makes it."""
    sized = (str, list, tuple)
    if operator == "*":
        for seq, times in ((left, right), (right, left)):
            if isinstance(seq, sized) and isinstance(times, int) and len(seq) * max(times, 0) > MAX_RENDERED_CHARACTERS:
                raise _too_long(len(seq) * times)
        if isinstance(left, int) and isinstance(right, int) and left.bit_length() + right.bit_length() > 10_000:
            raise TemplateLimit("a multiplication makes a number of thousands of digits")
    elif operator == "**":
        if isinstance(right, int) and isinstance(left, (int, float)) and abs(left) > 1 and right * max(int(abs(left)), 2).bit_length() > 10_000:
            raise TemplateLimit("a power makes a number of thousands of digits")
    elif operator == "+":
        if isinstance(left, sized) and isinstance(right, sized) and len(left) + len(right) > MAX_RENDERED_CHARACTERS:
            raise _too_long(len(left) + len(right))
    elif operator == "%" and isinstance(left, str) and _FORMAT_WIDTH.search(left):
        raise TemplateLimit(f"a format string asks for a width over {MAX_NUMBER:,}")


def _bounded(function: Any) -> Any:
    """A filter or test that refuses huge numbers (widths, counts) and huge strings as arguments."""

    @functools.wraps(function)  # copies jinja_pass_arg too, so pass_context filters still get it
    def bounded(*args: Any, **kwargs: Any) -> Any:
        _check_numbers(args, kwargs)
        return function(*args, **kwargs)

    return bounded


def _format(value: Any, *args: Any, **kwargs: Any) -> str:
    """Jinja's format filter, refusing widths of a million or more before Python pads a string that long."""
    from jinja2.filters import do_format

    if isinstance(value, str) and _FORMAT_WIDTH.search(value):
        raise TemplateLimit(f"a format string asks for a width over {MAX_NUMBER:,}")
    return do_format(value, *args, **kwargs)


class _CodeGenerator(CodeGenerator):
    def visit_Concat(self, node: nodes.Concat, frame: Any) -> None:
        # `a ~ b` in a loop can double a string each time: check every join.
        self.write("environment.checked_text(")
        super().visit_Concat(node, frame)
        self.write(")")


class CompiledTemplate(Template):
    """A template that keeps the code it was made from, so the library cache stores it without compiling it again."""

    code: types.CodeType

    @classmethod
    def from_code(cls, environment: Any, code: types.CodeType, globals: Any, uptodate: Any = None) -> Template:
        template = super().from_code(environment, code, globals, uptodate)
        assert isinstance(template, CompiledTemplate)
        template.code = code
        return template


def code_of(template: Template) -> types.CodeType:
    """The compiled code of a template the one environment made."""
    assert isinstance(template, CompiledTemplate)
    return template.code


_DICT_ATTRIBUTES = frozenset(dir(dict))


class PolicyEnvironment(SandboxedEnvironment):
    """The sandbox, with every render's text, loop steps, operators and call arguments bounded."""

    code_generator_class = _CodeGenerator
    template_class = CompiledTemplate
    intercepted_binops = frozenset({"*", "**", "+", "%"})
    concat = staticmethod(_concat)
    checked_text = staticmethod(_checked_text)
    known_code: dict[str, types.CodeType]  # compiled code for template sources, from the signed library cache

    def from_string(self, source: Any, globals: Any = None, template_class: Any = None) -> Template:
        code = self.known_code.get(source) if isinstance(source, str) else None
        if code is None:
            return super().from_string(source, globals, template_class)
        return (template_class or self.template_class).from_code(self, code, self.make_globals(globals), None)

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        tree = super()._parse(source, name, filename)
        for loop in tree.find_all(nodes.For):
            step = nodes.ExprStmt(nodes.Call(nodes.Name(_STEP, "load"), [], [], None, None))
            loop.body.insert(0, step.set_lineno(loop.lineno))
        return tree

    def getattr(self, obj: Any, attribute: str) -> Any:
        # The answers reach templates as plain dicts: `scope.students` is a key, and the sandbox would
        # first try (and fail) to read it as an attribute. Same result, without the exception.
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
            return obj[attribute] if attribute in obj else self.undefined(obj=obj, name=attribute)
        return super().getattr(obj, attribute)

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        _check_binop(operator, left, right)
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805 - Jinja's own signature
        _check_numbers(args, kwargs)
        return super().call(__context, __obj, *args, **kwargs)

    def wrap_str_format(self, value: Any) -> Any:
        # 'text'.format(...) and .format_map(...): the width of a field is in the string itself.
        if isinstance(getattr(value, "__self__", None), str) and _FORMAT_WIDTH.search(value.__self__):
            raise TemplateLimit(f"a format string asks for a width over {MAX_NUMBER:,}")
        return super().wrap_str_format(value)


def make_environment() -> PolicyEnvironment:
    env = PolicyEnvironment(
        undefined=StrictUndefined,
        autoescape=False,
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    env.filters.update(uk_date=uk_date, join_and=join_and, capfirst=capfirst, link=link, months=months, count=count)
    env.filters["format"] = _format
    env.filters = {name: _bounded(function) for name, function in env.filters.items()}
    env.tests = {name: _bounded(function) for name, function in env.tests.items()}
    env.globals[_STEP] = _loop_step
    env.known_code = {}
    return env


ENV = make_environment()


def shared_values(values: dict[str, Any]) -> dict[str, Any]:
    """values with the environment's globals beneath them, once for every template of a build to share (see render)."""
    return {**ENV.globals, **values}


def render(template: Template, shared: dict[str, Any]) -> str:
    """template.render(values), with shared = shared_values(values) made once for many templates.

    Template.render copies the values and the globals into a new dict for every template; a
    template cannot change the dict it is given (its own names go in its context's vars), so one
    dict serves them all. Every template here is made by ENV with no globals of its own.
    """
    context = ENV.context_class(ENV, shared, template.name, template.blocks)
    try:
        return ENV.concat(template.root_render_func(context))
    except Exception:
        ENV.handle_exception()  # the traceback rewritten to the template's own lines, as Template.render does


def template_problem(exc: BaseException, file: str, first_line: int) -> Problem:
    """Turn a Jinja error in a clause body into `file:line: what`, line counted in the clause file."""
    if isinstance(exc, TemplateSyntaxError):
        return Problem(f"template syntax error: {exc.message}", file, (exc.lineno or 1) + first_line - 1)
    line = _template_line(exc)
    where = line + first_line - 1 if line else None
    if isinstance(exc, UndefinedError):
        return Problem(f"unknown variable: {_undefined_name(exc.message or '')}; the names a clause can use are listed in clauses/README.md (answers: `policygen questions`)", file, where)
    if isinstance(exc, SecurityError):
        return Problem(f"not allowed in a clause template: {exc}", file, where)
    if isinstance(exc, PolicyError):
        return Problem(exc.problems[0].message, file, where)
    if isinstance(exc, TemplateLimit):
        return Problem(f"too much work: {exc}", file, where)
    if isinstance(exc, MemoryError):
        return Problem(f"ran out of memory while rendering: the clause makes far too much text (at most {MAX_RENDERED_CHARACTERS:,} characters)", file, where)
    if isinstance(exc, RecursionError):
        return Problem("nested too deeply: a macro that calls itself, or expressions nested hundreds deep", file, where)
    return Problem(f"template error: {exc}", file, where)


def _undefined_name(message: str) -> str:
    match = re.search(r"has no attribute '([^']*)'|'([^']*)' is undefined", message)
    if not match:
        return message
    return f"no answer or fact called '{match.group(1) or match.group(2)}'"


def _template_line(exc: BaseException) -> int | None:
    """The last line of template code in the traceback (Jinja maps frames to template lines)."""
    line = None
    tb = exc.__traceback__
    while tb is not None:
        # A template compiled from a string is "<template>"; one precompiled (library/bundle.py) is named by
        # its file, and Jinja marks the frame it puts in its place.
        if tb.tb_frame.f_code.co_filename == "<template>" or "__jinja_exception__" in tb.tb_frame.f_globals:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line

