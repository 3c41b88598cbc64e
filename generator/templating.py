"""The one Jinja environment: sandboxed, strict, and blind to Markdown in answers.

Answer text is data. It is passed to templates as values, never compiled, and
every value a template prints is escaped for Markdown, so an answer such as
`*Team*` or `{{ 7*7 }}` appears in the policy exactly as written.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from typing import Any

from jinja2 import StrictUndefined, TemplateSyntaxError, Undefined
from jinja2.exceptions import SecurityError, TemplateError, UndefinedError
from jinja2.sandbox import SandboxedEnvironment

from .errors import PolicyError, Problem


class Markdown(str):
    """Text a filter or function made on purpose as Markdown: printed without escaping."""


_ESCAPE = re.compile("([" + re.escape(string.punctuation) + "])")


def escape_markdown(value: str) -> str:
    """Backslash-escape every ASCII punctuation mark; fold line breaks into spaces."""
    return _ESCAPE.sub(r"\\\1", " ".join(value.split()))


def _finalize(value: Any) -> Any:
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


def link(text: str, url: str) -> Markdown:
    """A Markdown link whose text and address are both data."""
    return Markdown(f"[{escape_markdown(text)}](<{url.replace('>', '%3E').replace(' ', '%20')}>)")


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


def make_environment() -> SandboxedEnvironment:
    env = SandboxedEnvironment(
        undefined=StrictUndefined,
        autoescape=False,
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    env.filters.update(uk_date=uk_date, join_and=join_and, capfirst=capfirst, link=link, months=months, count=count)
    return env


ENV = make_environment()


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
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    return line

