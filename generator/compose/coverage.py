"""How one organisation's policy meets the 23 BASW recommendations: `policygen coverage`.

The rows come from compose.assemble.coverage(), the same rows the optional appendix
prints, so the command and the document always agree.
"""

from __future__ import annotations

from ..answers import Answers
from ..errors import Problem
from ..library import Library
from ..record import Record
from .assemble import Coverage, coverage, edition_named
from .context import clause_context
from .select import select

EMPLOYER_AUDIENCES = ("employers", "organisations")
NOT_COVERED = "not covered"


class CoverageReport(Record):
    organisation: str
    rows: tuple[Coverage, ...]
    own: frozenset[str] = frozenset()  # numbers of the organisation's own clauses (added or replaced)
    excluded: tuple[tuple[str, str, str | None], ...] = ()  # (id, title, reason) of each clause customise.exclude leaves out

    @property
    def uncovered(self) -> tuple[Coverage, ...]:
        return tuple(row for row in self.rows if not row.clauses)

    @property
    def partly(self) -> tuple[Coverage, ...]:
        """Recommendations whose clauses fall short until the answers add something."""
        return tuple(row for row in self.rows if row.partly)

    @property
    def employer_gaps(self) -> tuple[Coverage, ...]:
        """Uncovered recommendations that BASW addresses to employers or organisations."""
        return tuple(row for row in self.uncovered if is_employer_addressed(row.audience))

    def text(self) -> str:
        return format_report(self)


def is_employer_addressed(audience: str) -> bool:
    """Whether BASW addresses a recommendation (by its audience) to employers or organisations."""
    return any(word in audience for word in EMPLOYER_AUDIENCES)


def coverage_report(answers: Answers, library: Library, edition: str = "full") -> CoverageReport:
    """Which clauses of this organisation's policy (or one edition of it) cover each recommendation, in full or in part."""
    values = clause_context(answers, library, edition)
    selected = select(answers, library, values, edition_named(edition, answers, library))
    rows = coverage(selected, library, values)
    own = frozenset(s.number for s in selected if s.clause.origin != "library")
    excluded = tuple((clause_id, library.clauses[clause_id].title, reason) for clause_id, reason in answers.customise.excluded.items() if clause_id in library.clauses)
    return CoverageReport(answers.organisation.name, tuple(rows), own, excluded)


def lost_by_customising(answers: Answers, library: Library, bundled: Library) -> list[Problem]:
    """Recommendations to employers the library's clauses would meet that exclusions or replacements leave uncovered."""
    gaps = coverage_report(answers, library).employer_gaps
    if not gaps:
        return []
    values = clause_context(answers, bundled)
    would_apply = [clause for clause in bundled.clauses.values() if clause.applies(values)]
    excluded = answers.customise.excluded
    problems = []
    for row in gaps:
        lost = [clause for clause in would_apply if row.number in clause.sources.basw]
        if not lost:
            continue
        reasons = [left_out(clause.id, excluded[clause.id]) if clause.id in excluded else f"{clause.id} is replaced by {library.clauses[clause.id].file}, which does not cite it" for clause in lost]
        problems.append(
            Problem(
                f"BASW recommendation {row.number} ({row.summary}) is addressed to employers and no clause now meets it: {'; '.join(reasons)}."
                f" Cite it in an own clause (sources: {{basw: [{row.number}]}}) or keep the library's",
                answers.source_file,
                answers.line_of(("customise",)),
                "customise",
            )
        )
    return problems


def left_out(clause_id: str, reason: str | None) -> str:
    """An exclusion in words, with its reason as the answers give it."""
    return f"{clause_id} is left out ({_sentence(reason) if reason else 'no reason given'})"


def _sentence(reason: str) -> str:
    """A reason as it reads inside brackets in a sentence: without its own full stop."""
    return reason[:-1] if reason.endswith(".") and not reason.endswith("..") else reason


def format_report(report: CoverageReport) -> str:
    """A plain-text table, one line per recommendation, then one line per gap and a total."""
    def shown(number: str) -> str:
        return f"{number} (own)" if number in report.own else number

    cells = [(str(row.number), ", ".join(shown(n) for n in row.clauses) + (" (partly)" if row.partly else "") or NOT_COVERED, row.summary) for row in report.rows]
    width = max([len("Clauses")] + [len(clauses) for _, clauses, _ in cells])
    lines = [
        f"How the policy for {report.organisation} meets the {len(report.rows)} BASW recommendations",
        "",
        f"No.  {'Clauses'.ljust(width)}  Recommendation",
    ]
    lines += [f"{number.rjust(3)}  {clauses.ljust(width)}  {summary}" for number, clauses, summary in cells]
    lines.append("")
    for row in report.uncovered:
        lines.append(f"Not covered: recommendation {row.number} (addressed to {row.audience}): no clause in this policy implements it.")
    for row in report.partly:
        lines.append(f"Recommendation {row.number} (addressed to {row.audience}) is partly covered: {row.gap} (clause {', '.join(row.clauses)}).")
    covered = len(report.rows) - len(report.uncovered) - len(report.partly)
    partly = f", {len(report.partly)} partly" if report.partly else ""
    lines.append(f"{covered} of {len(report.rows)} recommendations covered{partly}.")
    if report.own:
        clauses = "clause" if len(report.own) == 1 else "clauses"
        lines.append(f"(own): your organisation's own {clauses} ({', '.join(sorted(report.own, key=_number_key))}), not the library's.")
    if report.excluded:
        lines += ["", "Left out by customise.exclude:"]
        lines += [f"  {clause_id} ({title}): {reason or 'no reason given'}" for clause_id, title, reason in report.excluded]
    return "\n".join(lines)


def strict_failure(report: CoverageReport) -> str | None:
    """The message for `--strict`: a recommendation to employers uncovered, or any only partly covered.

    A partly covered recommendation always fails: the policy promises something the answers
    have not yet made real (such as advice with no place to find it).
    """
    messages = []
    if report.employer_gaps:
        numbers = ", ".join(str(row.number) for row in report.employer_gaps)
        messages.append(f"--strict: recommendations addressed to employers or organisations are not covered: {numbers}")
    if report.partly:
        parts = "; ".join(f"{row.number} ({row.gap})" for row in report.partly)
        messages.append(f"--strict: recommendations only partly covered: {parts}")
    return "\n".join(messages) or None


def _number_key(number: str) -> tuple[int, ...]:
    return tuple(int(part) for part in number.split("."))
