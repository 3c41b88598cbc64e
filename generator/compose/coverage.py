"""How one organisation's policy meets the 23 BASW recommendations: `policygen coverage`.

The rows come from compose.assemble.coverage(), the same rows the optional appendix
prints, so the command and the document always agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..answers import Answers
from ..library import Library
from .assemble import Coverage, coverage, edition_named
from .context import clause_context
from .select import select

EMPLOYER_AUDIENCES = ("employers", "organisations")
NOT_COVERED = "not covered"


@dataclass(frozen=True)
class CoverageReport:
    organisation: str
    rows: tuple[Coverage, ...]

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
        return tuple(row for row in self.uncovered if is_employer_addressed(row))

    def text(self) -> str:
        return format_report(self)


def is_employer_addressed(row: Coverage) -> bool:
    return any(word in row.audience for word in EMPLOYER_AUDIENCES)


def coverage_report(answers: Answers, library: Library, edition: str = "full") -> CoverageReport:
    """Which clauses of this organisation's policy (or one edition of it) cover each recommendation, in full or in part."""
    values = clause_context(answers, library, edition)
    rows = coverage(select(answers, library, values, edition_named(edition, answers, library)), library, values)
    return CoverageReport(answers.organisation.name, tuple(rows))


def format_report(report: CoverageReport) -> str:
    """A plain-text table, one line per recommendation, then one line per gap and a total."""
    cells = [(str(row.number), ", ".join(row.clauses) + (" (partly)" if row.partly else "") or NOT_COVERED, row.summary) for row in report.rows]
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
