"""How one organisation's policy meets the 23 BASW recommendations: `policygen coverage`.

The rows come from compose.assemble.coverage(), the same rows the optional appendix
prints, so the command and the document always agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..answers import Answers
from ..library import Library
from .assemble import Coverage, coverage
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
    def employer_gaps(self) -> tuple[Coverage, ...]:
        """Uncovered recommendations that BASW addresses to employers or organisations."""
        return tuple(row for row in self.uncovered if is_employer_addressed(row))

    def text(self) -> str:
        return format_report(self)


def is_employer_addressed(row: Coverage) -> bool:
    return any(word in row.audience for word in EMPLOYER_AUDIENCES)


def coverage_report(answers: Answers, library: Library) -> CoverageReport:
    """Which clauses of this organisation's policy cover each recommendation."""
    rows = coverage(select(answers, library, clause_context(answers, library)), library)
    return CoverageReport(answers.organisation.name, tuple(rows))


def format_report(report: CoverageReport) -> str:
    """A plain-text table, one line per recommendation, then one line per gap and a total."""
    cells = [(str(row.number), ", ".join(row.clauses) or NOT_COVERED, row.summary) for row in report.rows]
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
    covered = len(report.rows) - len(report.uncovered)
    lines.append(f"{covered} of {len(report.rows)} recommendations covered.")
    return "\n".join(lines)


def strict_failure(report: CoverageReport) -> str | None:
    """The message for `--strict` when a recommendation addressed to employers is uncovered."""
    gaps = report.employer_gaps
    if not gaps:
        return None
    numbers = ", ".join(str(row.number) for row in gaps)
    return f"--strict: recommendations addressed to employers or organisations are not covered: {numbers}"
