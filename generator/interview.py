"""The terminal interview for `policygen init`: click prompts over the core questionnaire (answers/questions.py).

Each answer goes through `Answering.answer`, the same check the build makes;
a refused answer prints the reason and the question is asked again. Nothing is
written here: the caller writes the file only after the last answer.
"""

from __future__ import annotations

import shutil
import sys
from typing import Any

import click

from .answers.init import Plan
from .answers.questions import CLEAR, MISSING, Answering, Invalid, Question, check_field, from_text, shown

PROMPT = "  Answer"


def stdin_is_terminal() -> bool:
    """Whether a person can answer (tests that script the input replace this)."""
    return sys.stdin.isatty()


def _say_invalid(exc: Invalid) -> None:
    for reason in exc.reasons:
        click.echo(f"  Error: {reason}", err=True)


def _say(text: str, indent: str = "", **style: Any) -> None:
    """Print text wrapped to the terminal, so a long line does not wrap back to column 0 under its indent."""
    width = min(shutil.get_terminal_size().columns, 88) - 1
    click.secho(click.wrap_text(text, width, initial_indent=indent, subsequent_indent=indent, preserve_paragraphs=True), **style)


def _help(text: str) -> None:
    if text:
        _say(text, "  ", dim=True)


def run(answering: Answering) -> list[Question]:
    """Ask every question that is unanswered and applies, group by group; returns those asked."""
    asked: list[Question] = []
    group = None
    headings = {g.key: g.heading for g in answering.groups}
    for question in answering.pending():
        if question.group != group:
            group = question.group
            if headings.get(group):
                click.echo()
                click.secho(headings[group], bold=True, underline=True)
        ask(answering, question)
        asked.append(question)
    return asked


def intro(plan: Plan) -> None:
    """What is about to happen."""
    if plan.updating:
        _say(f"{plan.path} does not yet answer every question that applies; policygen asks only those.")
    else:
        count = sum(1 for g in plan.answering.groups if g.key)
        _say(f"policygen asks about your organisation and how its staff use social media, in {count} groups of questions.")
    _say("Press Enter to keep the answer shown in [brackets]. Ctrl-C stops at any time and writes nothing.")


def ask(answering: Answering, question: Question) -> Any:
    click.echo()
    click.secho(question.question, bold=True)
    _help(question.help)
    asker = {
        "yes-no": _ask_yes_no,
        "choice": _ask_choice,
        "multi-choice": _ask_multi,
        "text-list": _ask_text_list,
        "record": _ask_record,
        "record-list": _ask_record_list,
    }.get(question.kind, _ask_text)
    if question.kind in ("choice", "multi-choice"):
        for number, (code, label) in enumerate(question.labels.items(), 1):
            click.echo(f"    {number}) {label} [{code}]")
    while True:
        try:
            return asker(answering, question)
        except Invalid as exc:
            _say_invalid(exc)


def _default(answering: Answering, question: Question) -> Any:
    value = answering.value(question) if answering.has(question) else answering.default(question)
    return None if value is MISSING else value


def _ask_yes_no(answering: Answering, question: Question) -> Any:
    default = _default(answering, question)
    return answering.answer(question, click.confirm(PROMPT, default=default))


def _text_prompt(question: Question, default: Any) -> str:
    hint = ""
    if question.optional:
        hint = " (Enter to leave empty)" if default in (None, "") else f" ({CLEAR} to leave empty)"
    if default is None or default == "":
        return click.prompt(PROMPT + hint, default="" if question.optional else None, show_default=False)
    return click.prompt(PROMPT + hint, default=shown(question, default))


def _ask_text(answering: Answering, question: Question) -> Any:
    text = _text_prompt(question, _default(answering, question))
    return answering.answer_text(question, text)


def _ask_choice(answering: Answering, question: Question) -> Any:
    codes = list(question.labels)
    default = _default(answering, question)
    shown_default = str(codes.index(default) + 1) if default in codes else None
    if question.optional and shown_default is None:  # an optional choice left empty: Enter keeps it empty
        text = click.prompt(PROMPT + " (number or code; Enter to leave empty)", default="", show_default=False)
        return answering.answer_text(question, text)
    hint = " (number or code" + (f"; {CLEAR} to leave empty)" if question.optional else ")")
    text = click.prompt(PROMPT + hint, default=shown_default)
    return answering.answer_text(question, text)


def _ask_multi(answering: Answering, question: Question) -> Any:
    codes = list(question.labels)
    default = _default(answering, question) or []
    shown_default = ",".join(str(codes.index(c) + 1) for c in default if c in codes) or "none"
    text = click.prompt(PROMPT + " (numbers or codes, separated by commas; none for no choice)", default=shown_default)
    return answering.answer_text(question, text)


def _ask_text_list(answering: Answering, question: Question) -> Any:
    current = list(_default(answering, question) or [])
    if current:
        click.echo("  Now:")
        for item in current:
            click.echo(f"    - {item}")
        if click.confirm("  Keep this list?", default=True):
            return answering.answer(question, current)
    click.echo("  Type one item per line; an empty line ends the list.")
    items: list[str] = []
    while True:
        text = click.prompt(f"  Item {len(items) + 1}", default="", show_default=False).strip()
        if not text:
            return answering.answer(question, items)
        try:
            answering.check(question, items + [text])
        except Invalid as exc:
            _say_invalid(exc)
            continue
        items.append(text)


def _ask_parts(question: Question, current: dict[str, Any] | None) -> dict[str, Any]:
    """Each field of a record, checked as it is typed."""
    record: dict[str, Any] = {}
    for part in question.fields:
        default = (current or {}).get(part.name)
        if default is None and part.default is not MISSING:
            default = part.default
        while True:
            _help(part.help)
            prompt = f"  {part.question}"
            if part.optional:
                prompt += " (Enter to leave empty)" if default in (None, "") else f" ({CLEAR} to leave empty)"
            if default in (None, ""):
                text = click.prompt(prompt, default="" if part.optional else None, show_default=False)
            else:
                text = click.prompt(prompt, default=shown(part, default))
            try:
                record[part.name] = check_field(part, from_text(part, text), record)
                break
            except Invalid as exc:
                _say_invalid(exc)
    return record


def _ask_record(answering: Answering, question: Question) -> Any:
    current = _default(answering, question)
    if question.optional and current is None and not click.confirm("  Give one?", default=False):
        return answering.answer(question, None)  # left empty: the policy uses its own default
    return answering.answer(question, _ask_parts(question, current))


def _ask_record_list(answering: Answering, question: Question) -> Any:
    entries = list(_default(answering, question) or [])
    if entries:
        click.echo(f"  Now {len(entries)} entries.")
        if not click.confirm("  Keep them?", default=True):
            entries = []
    while click.confirm("  Add an entry?", default=False):
        entries.append(_ask_parts(question, None))
    return answering.answer(question, entries)
