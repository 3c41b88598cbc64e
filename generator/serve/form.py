"""The questionnaire as an HTML form, read off the answers model (answers/questions.py): no second list.

Each group is a section under its heading; each question a labelled field with its help and
a place for its error, both tied to the field by aria-describedby. Yes or no and up to
RADIO_LIMIT choices are radio buttons, longer choices a select, lists of choices checkboxes,
lists of text a text box with one item a line, records a group of fields. A question whose
condition is false is rendered hidden, so the page can show it when the answers change.
Every piece of text is escaped: answers are data.

`field_values` gives the form's values for an answer; the page renders from it and
draft.fill reads it back, so an answer shown and submitted unchanged stays the same answer.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from markupsafe import escape

from ..answers.questions import MISSING, Answering, Question
from .draft import NO, YES, Form

RADIO_LIMIT = 5


def field_id(name: str) -> str:
    """An element id for a field name (`contacts.questions.email` -> `f-contacts-questions-email`)."""
    return "f-" + name.replace(".", "-").replace("_", "-")


def _text(value: Any) -> str:
    if value is None or value is MISSING:
        return ""
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def field_values(question: Question, value: Any) -> Form:
    """The form's fields for one answer, by name, as the page shows them."""
    key = question.key
    if question.kind == "multi-choice":
        return {key: [str(code) for code in value or []]}
    if question.kind == "text-list":
        return {key: ["\n".join(value or [])]}
    if question.kind == "record":
        return {f"{key}.{part.name}": [_text((value or {}).get(part.name))] for part in question.fields}
    if question.kind == "record-list":
        out: Form = {}
        for index, entry in enumerate(value or []):
            out.update({f"{key}.{index}.{part.name}": [_text(entry.get(part.name))] for part in question.fields})
        return out
    return {key: [_text(value)]}


def answers_form(answering: Answering) -> Form:
    """The whole form for the answers so far (defaults for the rest), as a browser would submit it."""
    out: Form = {}
    for group in answering.groups:
        for question in group.questions:
            if not question.fixed:
                out.update(field_values(question, answering.value(question)))
    return out


# ------------------------------------------------------------------ HTML


def form_html(answering: Answering, visible: set[str], errors: dict[str, list[str]], shown: Form | None = None) -> str:
    """Every group and question; `shown` (a submitted form) wins over the answers, so a refused value stays in its box."""
    values = answers_form(answering)
    if shown:
        values.update(shown)
    out = []
    for group in answering.groups:
        if not group.key:
            continue
        heading = f"g-{group.key.replace('_', '-')}"
        out.append(f'<section class="group" aria-labelledby="{heading}">\n<h2 id="{heading}">{_e(group.heading)}</h2>\n')
        for question in group.questions:
            out.append(_question(question, values, errors, question.key in visible))
        out.append("</section>\n")
    return "".join(out)


def question_html(answering: Answering, key: str, visible: set[str], errors: dict[str, list[str]]) -> str:
    """One question as form_html draws it, from the answers as kept: for the page to redraw it in place."""
    question = next(q for group in answering.groups for q in group.questions if q.key == key)
    return _question(question, field_values(question, answering.value(question)), errors, key in visible)


def _question(question: Question, values: Form, errors: dict[str, list[str]], visible: bool) -> str:
    hidden = "" if visible else " hidden"
    kind = question.kind
    if kind in ("record", "record-list"):
        inner = _record(question, values, errors) if kind == "record" else _entries(question, values, errors)
    elif kind == "yes-no":
        inner = _radios(question, {YES: "Yes", NO: "No"}, values, errors)
    elif kind == "choice" and len(question.labels) <= RADIO_LIMIT:
        inner = _radios(question, question.labels, values, errors)
    elif kind == "choice":
        inner = _select(question, values, errors)
    elif kind == "multi-choice":
        inner = _checkboxes(question, values, errors)
    else:
        inner = _input(question, question.key, question.question, question.help, values, errors)
    return f'<div class="question" id="q-{field_id(question.key)[2:]}" data-key="{_e(question.key)}"{hidden}>\n{inner}</div>\n'


def _described(name: str, help: str) -> tuple[str, str]:
    """The help and error paragraphs of a field, and the aria-describedby that ties them to it."""
    ident = field_id(name)
    ids = ([f"{ident}-help"] if help else []) + [f"{ident}-error"]
    return " ".join(ids), (f'<p class="help" id="{ident}-help">{_e(help)}</p>\n' if help else "")


def _error(name: str, errors: dict[str, list[str]]) -> str:
    reasons = errors.get(name, [])
    text = "".join(f'<span class="visually-hidden">Error: </span>{_e(reason)}<br>' for reason in reasons).removesuffix("<br>")
    return f'<p class="error" id="{field_id(name)}-error" data-error-for="{_e(name)}">{text}</p>\n'


def _invalid(name: str, errors: dict[str, list[str]]) -> str:
    return ' aria-invalid="true"' if name in errors else ""


def _input(question: Question, name: str, label: str, help: str, values: Form, errors: dict[str, list[str]]) -> str:
    ident = field_id(name)
    described, help_html = _described(name, help)
    value = (values.get(name) or [""])[-1]
    attributes = f'id="{ident}" name="{_e(name)}" aria-describedby="{described}"{_invalid(name, errors)}'
    if question.kind == "text-list" or "\n" in value:
        rows = max(3, value.count("\n") + 2)
        note = " One a line." if question.kind == "text-list" else ""
        help_html = help_html or ""
        field = f'<textarea {attributes} rows="{rows}">{_e(value)}</textarea>'
        label_html = f'<label for="{ident}">{_e(label)}<span class="hint">{_e(note)}</span></label>\n'
    else:
        mode = ' inputmode="numeric"' if question.kind == "number" else ""
        kind = "email" if question.name == "email" else "text"
        field = f'<input type="{kind}" {attributes} value="{_e(value)}"{mode} autocomplete="off" spellcheck="{str(question.kind == "text").lower()}">'
        label_html = f'<label for="{ident}">{_e(label)}</label>\n'
    return label_html + help_html + _error(name, errors) + field + "\n"


def _fieldset(question: Question, body: str, errors: dict[str, list[str]], name: str | None = None) -> str:
    name = name or question.key
    described, help_html = _described(name, question.help)
    return f'<fieldset aria-describedby="{described}">\n<legend>{_e(question.question)}</legend>\n{help_html}{_error(name, errors)}{body}</fieldset>\n'


def _radios(question: Question, labels: dict[str, str], values: Form, errors: dict[str, list[str]]) -> str:
    chosen = (values.get(question.key) or [""])[-1]
    ident = field_id(question.key)
    items = []
    for index, (code, label) in enumerate(labels.items()):
        checked = " checked" if str(code) == chosen else ""
        option = f"{ident}-{index + 1}"
        items.append(
            f'<div class="option"><input type="radio" id="{option}" name="{_e(question.key)}" value="{_e(code)}"{checked}{_invalid(question.key, errors)}>'
            f' <label for="{option}">{_e(label)}</label></div>\n'
        )
    return _fieldset(question, "".join(items), errors)


def _checkboxes(question: Question, values: Form, errors: dict[str, list[str]]) -> str:
    chosen = set(values.get(question.key) or [])
    ident = field_id(question.key)
    items = []
    for index, (code, label) in enumerate(question.labels.items()):
        checked = " checked" if str(code) in chosen else ""
        option = f"{ident}-{index + 1}"
        items.append(
            f'<div class="option"><input type="checkbox" id="{option}" name="{_e(question.key)}" value="{_e(code)}"{checked}{_invalid(question.key, errors)}>'
            f' <label for="{option}">{_e(label)}</label></div>\n'
        )
    return _fieldset(question, "".join(items), errors)


def _select(question: Question, values: Form, errors: dict[str, list[str]]) -> str:
    chosen = (values.get(question.key) or [""])[-1]
    ident = field_id(question.key)
    described, help_html = _described(question.key, question.help)
    options = ['<option value="">Choose one</option>'] if question.required or question.optional or chosen not in question.labels else []
    for code, label in question.labels.items():
        selected = " selected" if str(code) == chosen else ""
        options.append(f'<option value="{_e(code)}"{selected}>{_e(label)}</option>')
    return (
        f'<label for="{ident}">{_e(question.question)}</label>\n{help_html}{_error(question.key, errors)}'
        f'<select id="{ident}" name="{_e(question.key)}" aria-describedby="{described}"{_invalid(question.key, errors)}>{"".join(options)}</select>\n'
    )


def _parts(question: Question, prefix: str, values: Form, errors: dict[str, list[str]]) -> str:
    out = []
    for part in question.fields:
        label = part.question + ("" if part.required else " (optional)")
        out.append(f'<div class="part">\n{_input(part, f"{prefix}.{part.name}", label, part.help, values, errors)}</div>\n')
    return "".join(out)


def _record(question: Question, values: Form, errors: dict[str, list[str]]) -> str:
    return _fieldset(question, _parts(question, question.key, values, errors), errors)


def _entries(question: Question, values: Form, errors: dict[str, list[str]]) -> str:
    """Each entry as its own group of fields, then an empty one to add an entry; emptying an entry removes it."""
    prefix = question.key + "."
    indexes = sorted({int(name[len(prefix) :].split(".")[0]) for name in values if name.startswith(prefix) and name[len(prefix) :].split(".")[0].isdigit()})
    blank = (max(indexes) + 1) if indexes else 0
    out = []
    for number, index in enumerate(indexes + [blank], 1):
        legend = f"Entry {number}" if index != blank else "New entry (leave it empty to add none)"
        out.append(f'<fieldset class="entry">\n<legend>{_e(legend)}</legend>\n{_parts(question, f"{question.key}.{index}", values, errors)}</fieldset>\n')
    out.append(f'<p class="hint">To remove an entry, empty its fields. <button type="button" class="add-entry" data-key="{_e(question.key)}" hidden>Add another entry</button></p>\n')
    return _fieldset(question, "".join(out), errors)


def _e(text: Any) -> str:
    return str(escape(str(text)))
