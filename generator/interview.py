"""The terminal interview for init: click prompts over the core questionnaire (answers/questions.py).

Each answer goes through `Answering.answer`, the same check the build makes; a refused
answer prints the reason and the question is asked again. `<` at any prompt goes back one
question. Nothing is written here, except on Ctrl-C when the person chooses to save the
answers so far (answers/init.py writes them, and `init --resume` continues from them); the
caller writes the answers file after the last answer.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sys
from collections.abc import Callable, Mapping
from typing import Any

import click

from .answers.init import Plan, save_partial
from .answers.questions import CLEAR, MISSING, Answering, Invalid, Question, check_field, from_text, shown

PROMPT = "  Answer"
BACK = "<"
# Said when Enter is pressed at a question with no default.
NEEDED = "  This question has no default, and the policy cannot be written without an answer: type one (or < to go back)."


class Back(Exception):
    """`<` was typed: go back to the question before."""


class _Style:
    color: bool | None = None  # None: click decides (colour on a terminal); False: never (NO_COLOR, --no-color)


def stdin_is_terminal() -> bool:
    """Whether a person can answer (tests that script the input replace this)."""
    return sys.stdin.isatty()


def _say(text: str, indent: str = "", err: bool = False, **style: Any) -> None:
    """Print text wrapped to the terminal, so a long line does not wrap back to column 0 under its indent."""
    width = min(shutil.get_terminal_size().columns, 88) - 1
    wrapped = click.wrap_text(text, width, initial_indent=indent, subsequent_indent=indent, preserve_paragraphs=True)
    if style:
        click.secho(wrapped, err=err, color=_Style.color, **style)
    else:
        click.echo(wrapped, err=err, color=_Style.color)


def _say_invalid(exc: Invalid) -> None:
    for reason in exc.reasons:
        _say(f"Error: {reason}", "  ", err=True)


def _help(text: str) -> None:
    if text:
        _say(text, "  ", dim=True)


def _read(label: str, default: str | None = None, needed: bool = False) -> str:
    """One line typed at a prompt; Enter gives `default`. `<` goes back; an empty answer where one is needed says why."""
    while True:
        text = click.prompt(label, default=default or "", show_default=bool(default))
        if text.strip() == BACK:
            raise Back
        if text.strip() or not needed:
            return str(text)
        _say(NEEDED, err=True)


# ------------------------------------------------------------------ the whole interview


def intro(plan: Plan, color: bool | None = None) -> None:
    """What is about to happen."""
    _Style.color = color
    if plan.updating:
        _say(f"{plan.path} does not yet answer every question that applies; policygen asks only those.")
    elif plan.resumed_from is not None:
        _say(f"Continuing from the answers saved in {plan.resumed_from}; policygen asks the questions still to answer.")
    else:
        count = sum(1 for g in plan.answering.groups if g.key)
        _say(f"policygen asks about your organisation and how its staff use social media, in {count} groups of questions.")
    _say(
        "Press Enter to keep the answer shown in [brackets]. Type < to go back a question. Ctrl-C stops at any time: "
        "policygen then offers to save your answers so far, and writes nothing unless you say yes."
    )


def run(plan: Plan, color: bool | None = None) -> list[Question]:
    """Ask every question that is unanswered and applies, group by group; returns those asked.

    Ctrl-C (or the end of the input) offers to save the answers given so far, then stops.
    """
    _Style.color = color
    answering = plan.answering
    asked: list[Question] = list(plan.resumed)  # `<` can go back into answers saved before
    typed_before: dict[str, Any] = {}  # answers taken back with `<`: offered again as the default
    group: str | None = None
    headings = {g.key: g.heading for g in answering.groups}
    try:
        while (question := next(answering.pending(), None)) is not None:
            if question.group != group:
                group = question.group
                if headings.get(group):
                    click.echo()
                    click.secho(headings[group], bold=True, underline=True, color=color)
            try:
                ask(answering, question, typed_before.get(question.key, MISSING))
            except Back:
                group = _back(answering, asked, typed_before, question)
                continue
            typed_before.pop(question.key, None)
            asked.append(question)
    except click.Abort:
        _offer_to_save(plan, asked)
        raise
    return asked


def _back(answering: Answering, asked: list[Question], typed_before: dict[str, Any], current: Question) -> str | None:
    """Take back the last answer, so that question is asked again; returns the group to print a heading for."""
    if not asked:
        _say("  This is the first question; there is none before it.", err=True)
        return current.group
    previous = asked.pop()
    typed_before[previous.key] = answering.value(previous)
    answering.forget(previous)
    return None if previous.group != current.group else current.group


def _offer_to_save(plan: Plan, asked: list[Question]) -> None:
    """On Ctrl-C: save the answers so far if the person says so; nothing is written otherwise."""
    if not asked:
        return
    target = plan.partial_path
    click.echo()
    answers = "answer" if len(asked) == 1 else f"{len(asked)} answers"
    question = f"Save your {answers} so far to {target}, to finish later with `policygen init --resume {plan.path}`?"
    try:
        keep = click.confirm(question, default=True)
    except click.Abort:
        click.echo()
        return
    if keep:
        save_partial(plan)
        click.echo(f"Saved {target}. Continue with: policygen init --resume {plan.path}")


# ------------------------------------------------------------------ one question


def ask(answering: Answering, question: Question, before: Any = MISSING) -> Any:
    """Ask one question until it gets an answer the model accepts; `before` is an answer taken back with `<`."""
    click.echo()
    click.secho(question.question, bold=True, color=_Style.color)
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
    default = _default(answering, question, before)
    while True:
        try:
            return asker(answering, question, default)
        except Invalid as exc:
            _say_invalid(exc)


def _default(answering: Answering, question: Question, before: Any) -> Any:
    """What Enter keeps: the answer already there, the one taken back, or the default (following earlier answers)."""
    if answering.has(question):
        value = answering.value(question)
    elif before is not MISSING:
        value = before
    else:
        value = answering.suggested(question)
    return None if value is MISSING else value


def _display(question: Question, value: Any) -> str:
    """A default as it is shown in [brackets]: dates the UK way."""
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return shown(question, value)


def _empty_hint(question: Question, default: Any) -> str:
    if not question.optional:
        return ""
    if default in (None, ""):
        return " (Enter to leave it empty)"
    return f" (type {CLEAR} to leave it empty)"


def _date_hint(empty_hint: str) -> str:
    """A date is typed the UK way or as the file holds it; the hint says so, and how to leave it empty."""
    leave = empty_hint.strip(" ()")
    return f" (a date such as 01/12/2026 or 2026-12-01{'; ' + leave if leave else ''})"


def _ask_yes_no(answering: Answering, question: Question, default: Any) -> Any:
    shown_default = None if default is None else ("yes" if default else "no")
    text = _read(PROMPT + " (yes or no)", shown_default, needed=True).strip().lower()
    if text in ("y", "yes"):
        return answering.answer(question, True)
    if text in ("n", "no"):
        return answering.answer(question, False)
    raise Invalid([f"'{text}' is not yes or no: type yes or no (or y or n)"])


def _ask_text(answering: Answering, question: Question, default: Any) -> Any:
    hint = _empty_hint(question, default)
    if question.kind == "date":
        hint = _date_hint(hint)
    shown_default = None if default in (None, "") else _display(question, default)
    text = _read(PROMPT + hint, shown_default, needed=not question.optional)
    return answering.answer_text(question, text)


def _ask_choice(answering: Answering, question: Question, default: Any) -> Any:
    codes = list(question.labels)
    shown_default = str(codes.index(default) + 1) if default in codes else None
    leave = _empty_hint(question, None if shown_default is None else default).strip(" ()")
    hint = f" (its number, name or code{'; ' + leave if leave else ''})"  # an optional choice left empty: Enter keeps it empty
    text = _read(PROMPT + hint, shown_default, needed=not question.optional)
    code = answering.answer_text(question, text)
    typed = " ".join(text.split()).casefold()
    if code is not None and typed not in (str(code), str(codes.index(code) + 1), question.labels[code].casefold()):
        _say(f"  That is: {question.labels[code]}. (Type < to go back if not.)")  # taken from some of its words
    return code


def _ask_multi(answering: Answering, question: Question, default: Any) -> Any:
    codes = list(question.labels)
    shown_default = ",".join(str(codes.index(c) + 1) for c in (default or []) if c in codes) or "none"
    text = _read(PROMPT + " (numbers, names or codes, separated by commas; none for no choice)", shown_default)
    return answering.answer_text(question, text)


def _ask_text_list(answering: Answering, question: Question, default: Any) -> Any:
    current = list(default or [])
    if current:
        click.echo("  Now:")
        for item in current:
            click.echo(f"    - {item}")
        if _confirm("  Keep this list?", True):
            return answering.answer(question, current)
    click.echo("  Type one item per line; an empty line ends the list.")
    items: list[str] = []
    while True:
        text = _read(f"  Item {len(items) + 1}").strip()
        if not text:
            return answering.answer(question, items)
        try:
            answering.check(question, items + [text])
        except Invalid as exc:
            _say_invalid(exc)
            continue
        items.append(text)


def _confirm(label: str, default: bool) -> bool:
    """A yes/no prompt inside a question; `<` goes back as everywhere."""
    while True:
        text = _read(label + " (yes or no)", "yes" if default else "no").strip().lower()
        if text in ("y", "yes", "n", "no"):
            return text.startswith("y")
        _say("  Error: type yes or no (or y or n)", err=True)


def _ask_parts(question: Question, current: dict[str, Any] | None, checks: Mapping[str, Callable[[Any], None]] | None = None) -> dict[str, Any]:
    """Each field of a record, checked as it is typed (and by `checks`, by the field's key: the clause id of an exclusion)."""
    record: dict[str, Any] = {}
    for part in question.fields:
        default = (current or {}).get(part.name)
        if default is None and part.default is not MISSING:
            default = part.default
        while True:
            _help(part.help)
            hint = _empty_hint(part, default)
            if part.kind == "date":
                hint = _date_hint(hint)
            text = _read(f"  {part.question}{hint}", None if default in (None, "") else _display(part, default), needed=not part.optional)
            try:
                value = check_field(part, from_text(part, text), record)
                if checks and part.key in checks:
                    checks[part.key](value)
                record[part.name] = value
                break
            except Invalid as exc:
                _say_invalid(exc)
    return record


def _ask_record(answering: Answering, question: Question, default: Any) -> Any:
    if question.optional and default is None and not _confirm("  Give one?", False):
        return answering.answer(question, None)  # left empty: the policy uses its own default
    return answering.answer(question, _ask_parts(question, default))


def _ask_record_list(answering: Answering, question: Question, default: Any) -> Any:
    entries = list(default or [])
    if entries and not answering.has(question) and entries != question.default:
        # Offered from earlier answers (the teams they name): each is gone through, so only what is new is typed.
        click.echo(f"  Your answers so far name {len(entries)}; check each and add what is missing.")
        entries = [_ask_parts(question, entry, answering.checks) for entry in entries]
    elif entries:
        click.echo(f"  Now {len(entries)} entries.")
        if not _confirm("  Keep them?", True):
            entries = []
    while _confirm("  Add an entry?", False):
        entries.append(_ask_parts(question, None, answering.checks))
    return answering.answer(question, entries)

