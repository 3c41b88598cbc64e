"""The sandbox's limits reach the user as words: runaway templates are reported, not tracebacks."""

from __future__ import annotations

import datetime as dt
import re
import string

import pytest

from generator.templating import ENV, escape_markdown, render, shared_values, template_problem


@pytest.mark.parametrize(
    "error, message",
    [
        (MemoryError(), "c.md: ran out of memory while rendering: the clause makes far too much text (at most 200,000 characters)"),
        (RecursionError("maximum recursion depth exceeded"), "c.md: nested too deeply: a macro that calls itself, or expressions nested hundreds deep"),
    ],
)
def test_runaway_templates_are_reported_in_words(error, message):
    try:
        raise error
    except Exception as exc:
        problem = template_problem(exc, "c.md", 3)
    assert str(problem) == message  # no line: the error came from no line of the template


# ------------------------------------------------------------------ one shared dict for a build's templates


def test_render_with_shared_values_prints_what_template_render_prints():
    template = ENV.from_string("{% for n in range(3) %}{{ name }} {{ n }}; {% endfor %}{{ when | uk_date }}{% set said = name ~ '!' %} {{ said }}")
    values = {"name": "A*B", "when": dt.date(2026, 10, 1)}
    shared = shared_values(values)
    assert render(template, shared) == template.render(values) == "A\\*B 0; A\\*B 1; A\\*B 2; 1 October 2026 A\\*B\\!"
    assert "said" not in shared  # {% set %} went into the template's own context, not the shared dict
    assert render(template, shared) == template.render(values)  # so a second template (or the same again) sees the answers


def test_an_error_in_a_shared_render_names_the_templates_own_line():
    template = ENV.from_string("One line.\nTwo lines.\n{{ nobody }}\n")
    with pytest.raises(Exception) as raised:
        render(template, shared_values({}))
    assert str(template_problem(raised.value, "clauses/intro/scope.md", 5)) == (
        "clauses/intro/scope.md:7: unknown variable: no answer or fact called 'nobody'; "
        "the names a clause can use are listed in clauses/README.md (answers: `policygen questions`)"
    )


@pytest.mark.parametrize("length", [10, 199, 200, 201, 5000])
def test_short_and_long_answers_are_escaped_alike(length):
    value = ("  a*b_\t" * length)[:length]
    expected = re.sub(r"[ \t\n\r\f\v]+", " ", value).strip(" ")
    expected = "".join("\\" + c if c in string.punctuation else c for c in expected)
    assert escape_markdown(value) == expected
    assert escape_markdown(value) == expected  # the second time from the cache (short ones) is the same
