"""Answers that are valid but are probably not what the organisation means: warnings, not errors.

`build` and `validate` warn while an example answer of `init --defaults` is still in the file
(with --strict they fail); `validate` also warns about answers that no longer apply, such as
who approves official accounts while `official_accounts.exist` is false. Each names its
file and line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import Problem
from ..files import decode
from .source import AnswersSource

if TYPE_CHECKING:
    from .questions import Question

# The comment init --defaults writes above an example answer (answersfile.py writes it). The
# questionnaire is imported only when a file holds one: a build does not otherwise need it.
EXAMPLE_MARK = "EXAMPLE ANSWER: replace it with your own."


def _answered(source: AnswersSource) -> list[tuple[Question, Any, int]]:
    """Each question the file answers, with its answer and its line."""
    from .questions import questions

    data = source.answers._source[1].data() if source.answers._source[1] is not None else {}
    found = []
    for question in questions():
        section = data.get(question.group, {}) if question.group else data
        if question.fixed or not isinstance(section, dict) or question.name not in section:
            continue
        line = source.answers.line_of(question.path) or 1
        found.append((question, section[question.name], line))
    return found


def _marked(lines: list[str], line: int) -> bool:
    """Whether the comments right above line `line` (1-based) hold the example mark."""
    index = line - 2
    while index >= 0 and lines[index].strip().startswith("#"):
        if lines[index].strip().lstrip("#").strip() == EXAMPLE_MARK:
            return True
        index -= 1
    return False


def example_answers(source: AnswersSource) -> list[Problem]:
    """Answers that still hold the example `init --defaults` wrote, under its mark."""
    text = decode(source.data, source.name)
    if EXAMPLE_MARK not in text:
        return []
    from .questions import MISSING

    lines = text.splitlines()
    problems = []
    for question, value, line in _answered(source):
        if question.example is not MISSING and value == question.example and _marked(lines, line):
            problems.append(
                Problem(
                    f"still holds the example answer {value!r} that `policygen init --defaults` wrote; replace it with "
                    "your own (if it is right, delete the EXAMPLE ANSWER comment above it)",
                    source.name,
                    line,
                    question.key,
                )
            )
    return problems


def not_applying(source: AnswersSource) -> list[Problem]:
    """Answers to questions that these answers make irrelevant: they change nothing in the policy."""
    from .questions import Answering

    answering = Answering(source.answers._source[1].data() if source.answers._source[1] is not None else {})
    problems = []
    for question, _value, line in _answered(source):
        if question.when and not answering.applies(question):
            problems.append(
                Problem(
                    f"no longer applies: it is asked only when `{question.when}`, and these answers make that false; "
                    "delete it or comment it out (or change the answer it depends on)",
                    source.name,
                    line,
                    question.key,
                )
            )
    return problems
