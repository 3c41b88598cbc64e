"""Which clauses apply to this organisation, in outline order, and their numbers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..answers import Answers
from ..errors import PolicyError, Problem, collect, did_you_mean
from ..library import Clause, Library
from ..library.model import FULL_EDITION, Edition
from ..record import Record
from ..templating import render, shared_values, template_problem

# The section that `document.control_at_front` moves ahead of the others.
FRONT_SECTION = "control"


class Selected(Record):
    """A clause that applies, with its place in this policy."""

    clause: Clause
    number: str  # "3.2"
    section_number: str  # "3"


def select(answers: Answers, library: Library, context: dict[str, Any], edition: Edition = FULL_EDITION) -> list[Selected]:
    """Evaluate every `when`, drop the organisation's exclusions and what the edition does not take, and number what is left."""
    problems: list[Problem] = []
    excluded = answers.customise.excluded
    for index, exclusion in enumerate(answers.customise.exclude):
        for message in unknown_clause_ids([exclusion.clause], library):
            problems.append(Problem(message, answers.source_file, answers.line_of(("customise", "exclude", index)), f"customise.exclude[{index}]"))
    for index, note in enumerate(answers.document.clause_notes):  # change notes for `policygen changes`
        for message in unknown_clause_ids([note.clause], library):
            path = ("document", "clause_notes", index, "clause")
            problems.append(Problem(message, answers.source_file, answers.line_of(path), f"document.clause_notes[{index}].clause"))
    applies: list[Clause] = []
    shared = shared_values(context)  # clause.applies(context), without a copy of the context for each condition
    for clause in library.clauses.values():
        if clause.id in excluded or not edition.takes(clause, context):
            continue
        try:
            if clause.condition is None or render(clause.condition, shared) == "1":
                applies.append(clause)
        except Exception as exc:  # a broken condition is a library error, named by its file
            problem = template_problem(exc, clause.file, 1)
            problems.append(Problem(f"the condition cannot be evaluated: {problem.message}", clause.file, clause.when_line, "when"))
    collect(problems)
    if answers.document.control_at_front:
        applies.sort(key=lambda clause: clause.section != FRONT_SECTION)  # stable: the rest keep their order

    selected: list[Selected] = []
    section_numbers: dict[str, int] = {}
    counts: dict[str, int] = {}
    for clause in applies:
        section = section_numbers.setdefault(clause.section, len(section_numbers) + 1)
        counts[clause.section] = counts.get(clause.section, 0) + 1
        selected.append(Selected(clause, f"{section}.{counts[clause.section]}", str(section)))
    return selected


def unknown_clause_ids(ids: list[str], library: Library) -> list[str]:
    """What is wrong with each id that names no clause, with the closest id there is."""
    messages = []
    for clause_id in ids:
        if clause_id not in library.clauses:
            hint = did_you_mean(clause_id, library.clauses)
            messages.append(f"'{clause_id}' is not a clause id" + (f"; did you mean '{hint}'?" if hint else ".") + " See `policygen clauses` for the ids.")
    return messages


def reference_resolver(
    selected: list[Selected], library: Library, answers: Answers, full: list[Selected] | None = None, cites: str = FULL_EDITION.cites
) -> Callable[[str], str]:
    """The `xref('id')` function templates call for `[[id]]`: the clause's number in this policy.

    full: in an edition, the full policy's clauses; a clause the edition leaves out is cited by
    its number there ("5.3 of the full policy"), so the reader can still find it.
    """
    numbers = {s.clause.id: s.number for s in selected}
    numbers.update({s.clause.id: cites.format(s.number) for s in full or [] if s.clause.id not in numbers})
    excluded = answers.customise.excluded

    def xref(clause_id: str) -> str:
        if clause_id in numbers:
            return numbers[clause_id]
        if clause_id in excluded:
            raise PolicyError(f"refers to [[{clause_id}]], which customise.exclude leaves out; exclude this clause too, or keep {clause_id}")
        when = library.clauses[clause_id].when
        raise PolicyError(f"refers to [[{clause_id}]], which does not apply to these answers (its condition: {when}); give this clause a condition that implies it")

    return xref
