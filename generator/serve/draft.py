"""A submitted form read into answers: each one checked as `init` checks it, conditions as `init` sees them.

The form is the page's whole questionnaire. Questions are taken in model order; one whose
`when` is false for the answers so far is skipped (its field is hidden on the page, and what
it holds is neither checked nor kept), as `policygen init` skips it. Every other answer goes
through Answering.answer, the check the build makes, and a refused one keeps its reasons,
by field, for the page to show beside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..answers.questions import Answering, Invalid, Question, check_field, from_text
from ..answers.teams import offered_contacts

Form = dict[str, list[str]]  # field name -> the values submitted under it, in order
YES, NO = "yes", "no"
_ENTRY = re.compile(r"^(?P<key>.+)\.(?P<index>\d+)\.(?P<part>[a-z_]+)$")


@dataclass
class Draft:
    """Answers read from a form: what was kept, what was refused and why, and which questions apply."""

    answering: Answering
    errors: dict[str, list[str]] = field(default_factory=dict)  # field name -> reasons
    visible: set[str] = field(default_factory=set)  # keys of the questions that apply
    redrawn: set[str] = field(default_factory=set)  # keys of the questions whose answer is not what the form holds (teams offered)

    @property
    def valid(self) -> bool:
        return not self.errors


class _Refused(Exception):
    def __init__(self, errors: dict[str, list[str]]):
        self.errors = errors


def applying(answering: Answering) -> set[str]:
    """The keys of the questions that apply to these answers, each judged on the answers before it."""
    return {q.key for g in answering.groups for q in g.questions if not q.fixed and answering.applies(q)}


def fill(answering: Answering, form: Form) -> Draft:
    """Take every answer in `form` that applies into `answering` (which starts as the file's answers)."""
    draft = Draft(answering)
    for group in answering.groups:
        for question in group.questions:
            if question.fixed or not answering.applies(question):
                continue
            draft.visible.add(question.key)
            try:
                value = candidate(question, form)
                if question.key == "contacts.other" and not answering.has(question):  # offered as init offers it
                    offered = offered_contacts(answering.context(), value)
                    if _entry_parts(question, offered) != _entry_parts(question, value):
                        draft.redrawn.add(question.key)
                    value = offered
                answering.answer(question, value)
            except Invalid as exc:
                draft.errors[question.key] = exc.reasons
            except _Refused as exc:
                draft.errors.update(exc.errors)
    return draft


def candidate(question: Question, form: Form) -> Any:
    """What the form holds for one question, as `init` would read it typed (validation decides)."""
    key = question.key
    values = form.get(key, [])
    text = values[-1] if values else ""
    if question.kind == "yes-no":
        return {YES: True, NO: False}.get(text, None if question.optional or not text else text)
    if question.kind == "multi-choice":
        return [value for value in values if value]  # checkboxes: one value per box ticked
    if question.kind == "text-list":
        return [line.strip() for line in text.splitlines() if line.strip()]
    if question.kind == "record":
        if question.optional and not any(value.strip() for part in question.fields for value in form.get(f"{key}.{part.name}", [])):
            return None  # an optional record left wholly empty is no answer, as in the file
        return _record(question, form, key)
    if question.kind == "record-list":
        return _entries(question, form)
    return from_text(question, text)


def _entry_parts(question: Question, entries: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """Entries of a list of records as the page shows them: every part, in order, an absent part as None."""
    return [tuple(entry.get(part.name) for part in question.fields) for entry in entries]


def _record(question: Question, form: Form, prefix: str) -> dict[str, Any]:
    """Each part of a record checked as the terminal interview checks it, reasons kept by part."""
    record: dict[str, Any] = {}
    errors: dict[str, list[str]] = {}
    for part in question.fields:
        name = f"{prefix}.{part.name}"
        values = form.get(name, [])
        try:
            record[part.name] = check_field(part, from_text(part, values[-1] if values else ""), record)
        except Invalid as exc:
            errors[name] = exc.reasons
    if errors:
        raise _Refused(errors)
    return record


def _entries(question: Question, form: Form) -> list[dict[str, Any]]:
    """The entries of a list of records, in the order of their numbers; an entry left wholly empty is dropped."""
    indexes = sorted({int(m["index"]) for name in form if (m := _ENTRY.match(name)) and m["key"] == question.key})
    entries, errors = [], {}
    for index in indexes:
        prefix = f"{question.key}.{index}"
        if not any(value.strip() for part in question.fields for value in form.get(f"{prefix}.{part.name}", [])):
            continue
        try:
            entries.append(_record(question, form, prefix))
        except _Refused as exc:
            errors.update(exc.errors)
    if errors:
        raise _Refused(errors)
    return entries
