"""What an approval committee reads beside each clause of the review copy (`build --review-copy`).

For every clause in the policy: its drafter notes, the BASW recommendations it addresses (as
the coverage words them) and the answers that decide it, each as the question the officer was
asked and this organisation's answer. Which answers a clause reads is what `policygen explain`
works out (explain.named_answers); the writer (writers/comments.py) turns these into comments.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from ..answers import Answers
from ..answers.questions import Question, questions
from ..library import Clause, Library
from .assemble import render_values
from .explain import named_answers


@dataclass(frozen=True)
class ClauseReview:
    """The comment on one clause; every part is a list of plain-text paragraphs."""

    clause_id: str
    number: str
    notes: tuple[str, ...]  # the drafter notes, one paragraph each ("Why: ...", "Options: ...")
    recommendations: tuple[str, ...]  # "4. Keep clear personal and professional boundaries ..."
    answers: tuple[tuple[str, str], ...]  # (question, answer): ("Does it cover foster carers?", "Yes")
    facts: tuple[str, ...] = ()  # worked out from the answers: "carers: Yes", "the law ... the clause library gives for England"
    own: str | None = None  # for the organisation's own clause: whose words these are (no file path: it differs by machine)
    left_out: tuple[str, ...] = ()  # the library's clauses customise.exclude leaves out just before this one (or after the last), and why


def review_notes(answers: Answers, library: Library, context: dict[str, Any] | None = None) -> list[ClauseReview]:
    """One ClauseReview per clause of the policy, in the policy's order.

    context: the build's clause_context(answers, library) (Built.context), when there is one; it is left unchanged.
    """
    values, selected, _ = render_values(answers, library, "full", context)
    summaries = {row.number: row.summary for row in values["coverage"]}
    asked = _questions_by_key()
    left_out = exclusions_by_place(answers, library, [item.clause.id for item in selected])
    reviews = []
    for item in selected:
        clause = item.clause
        recommendations = []
        for number in clause.sources.basw:
            gap = clause.falls_short(number, values)
            recommendations.append(f"{number}. {summaries.get(number, '')}" + (f" Met only in part: the answers must {gap}." if gap else ""))
        if not recommendations:
            recommendations.append(f"None: this clause is here {BASIS.get(clause.sources.basis or '', 'to frame the policy')}.")
        deciding, facts = deciding_answers(clause, answers, values, asked)
        reviews.append(
            ClauseReview(clause.id, item.number, notes_paragraphs(clause.notes), tuple(recommendations), deciding, facts, _whose(clause), left_out.get(clause.id, ()))
        )
    return reviews


def exclusions_by_place(answers: Answers, library: Library, in_policy: list[str]) -> dict[str, tuple[str, ...]]:
    """Each exclusion as a paragraph, by the clause of the policy it would have come before (the last clause for those after it)."""
    excluded = answers.customise.excluded
    placed: dict[str, list[str]] = {}
    waiting: list[str] = []
    present = set(in_policy)
    for clause in library.clauses.values():
        if clause.id in excluded:
            reason = excluded[clause.id]
            waiting.append(f"{clause.title} ({clause.id}). " + (f"Why: {reason}" if reason else "No reason is given in the answers file."))
        elif clause.id in present and waiting:
            placed[clause.id], waiting = waiting, []
    if waiting and in_policy:
        placed.setdefault(in_policy[-1], []).extend(waiting)
    return {clause_id: tuple(paragraphs) for clause_id, paragraphs in placed.items()}


def _whose(clause: Clause) -> str | None:
    if clause.origin == "added":
        return "Added by your organisation: not in the clause library."
    if clause.replaced is not None:
        return f"Your organisation's version of the library's '{clause.replaced.title}'."
    return None


# Answers and facts almost every clause reads only to name someone in its sentences: listing them
# in every comment would bury the answers that decide what the clause says.
NAMING_ONLY = frozenset({"organisation.name", "organisation.short_name", "your_manager"})


def deciding_answers(clause: Clause, answers: Answers, values: dict[str, Any], asked: dict[str, tuple[Question, ...]]) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    """What decides the clause: (question, answer) for each answer it reads, a record's fields on one line;
    then the facts worked out from the answers that it reads, as short phrases.

    The library's data for a nation (nation.*) comes from the nation answered, so that answer
    stands in for it.
    """
    lines: dict[str, list[tuple[int, str]]] = {}  # by question; a record's fields share its line, in the record's order
    facts: list[str] = []
    names = list(named_answers(clause))
    if any(name.startswith("nation.") for name in names):
        names.append("organisation.nation")
        facts.append(f"the law, guidance and bodies the clause library gives for {values['nation']['name']}")
    order = {key: index for index, key in enumerate(asked)}  # the questionnaire's order, as the officer met them
    for name in sorted(dict.fromkeys(names), key=lambda name: order.get(name, len(order))):
        if name in NAMING_ONLY:
            continue
        if name.split(".")[0] not in Answers.model_fields:
            if not name.startswith("nation.") and name != "edition":  # a review copy is always of the full policy
                facts.append(_fact(name, _lookup(values, name)))
            continue
        questions = asked.get(name, ())
        value = _plain(_lookup(answers, name), questions)
        if len(questions) == 2:
            record, field = questions
            lines.setdefault(record.question, []).append((record.fields.index(field), f"{field.question}: {value}"))
        else:
            lines.setdefault(questions[0].question if questions else f"{name}:", []).append((0, value))
    answered = tuple((question, ", ".join(text for _, text in sorted(parts))) for question, parts in lines.items())
    return answered, tuple(facts)


def _fact(name: str, value: Any) -> str:
    """A derived fact as a phrase: "online route authorises: Yes"; a long or structured value is left out."""
    words = name.replace(".", " ").replace("_", " ")
    shown = _plain(value, None)
    return f"{words}: {shown}" if isinstance(value, (bool, str, int)) and len(shown) <= 60 else words


BASIS = {"law": "because of the law", "good-practice": "as good practice", "document-control": "for document control", "structure": "to frame the policy"}

def comment_parts(review: ClauseReview) -> list[tuple[str, tuple[str | tuple[str, str], ...]]]:
    """The review as the comment's parts: (heading, paragraphs), a (question, answer) pair for each answer."""
    deciding: list[str | tuple[str, str]] = list(review.answers)
    if review.facts:
        deciding.append(f"Worked out from these answers: {'; '.join(review.facts)}.")
    parts: list[tuple[str, tuple[str | tuple[str, str], ...]]] = [("Your own clause", (review.own,))] if review.own else []
    if review.notes:
        parts.append(("Drafter's notes", review.notes))
    parts.append(("BASW recommendations", review.recommendations))
    parts.append(("Deciding answers", tuple(deciding) or ("None: this clause reads no answers, so it is the same for every organisation.",)))
    if review.left_out:
        parts.append(("Left out next to this clause by your organisation", review.left_out))
    return parts


# A line that starts a labelled part of the notes ("Options: ...") starts a paragraph.
_LABEL = re.compile(r"^[A-Z][A-Za-z ]{0,30}: ")


def notes_paragraphs(notes: str | None) -> tuple[str, ...]:
    """The notes as paragraphs: the file's line breaks are only wrapping, except at a blank line or a label."""
    paragraphs: list[list[str]] = []
    starts_paragraph = True
    for line in (notes or "").strip().splitlines():
        line = line.strip()
        if not line:
            starts_paragraph = True
            continue
        if starts_paragraph or _LABEL.match(line):
            paragraphs.append([])
        paragraphs[-1].append(line)
        starts_paragraph = False
    return tuple(" ".join(lines) for lines in paragraphs)


def _questions_by_key() -> dict[str, tuple[Question, ...]]:
    """Every question by its dotted key; a record's own field (contacts.hr.name) with its record's question first."""
    found: dict[str, tuple[Question, ...]] = {}
    for question in questions():
        found[question.key] = (question,)
        for sub in question.fields:
            found[f"{question.key}.{sub.name}"] = (question, sub)
    return found


def _lookup(values: Any, name: str) -> Any:
    value = values
    for part in name.split("."):
        value = value.get(part) if isinstance(value, dict) else getattr(value, part, None)
    return value


def _plain(value: Any, questions: tuple[Question, ...] | None) -> str:
    """An answer as a reader says it: Yes or No, a choice's label, a list joined, a date as written."""
    labels = questions[-1].labels if questions else {}
    fields = {sub.name: sub.question for sub in questions[-1].fields} if questions else {}
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if value is None or value == "":
        return "(not answered)"
    if isinstance(value, (list, tuple)):
        return "; ".join(_plain(item, questions) for item in value) or "(none)"
    if isinstance(value, BaseModel):  # an entry of a list of records: its filled fields
        filled = {key: item for key, item in value.model_dump().items() if item not in (None, "", [])}
        return ", ".join(f"{fields.get(key, key)}: {_plain(item, None)}" for key, item in filled.items())
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return labels.get(value, value)
    return str(value)
