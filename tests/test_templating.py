"""The sandbox's limits reach the user as words: runaway templates are reported, not tracebacks."""

from __future__ import annotations

import pytest

from generator.templating import template_problem


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
