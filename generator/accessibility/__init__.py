"""`policygen lint`: accessibility checks and readability figures for a Word document or web page.

The same checks the tests make of every example, for any .docx or .html, including one
edited by hand after it was built. Each failure is a Problem naming the check (as its
field) and the place; readability figures are information, never a failure.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import PolicyError, Problem
from ..files import decode, read_bytes
from .rules import Readability

CHECKS = ("title", "language", "heading levels", "tables", "link text", "contrast", "empty paragraphs")
KINDS = (".docx", ".html", ".htm")


@dataclass(frozen=True)
class LintReport:
    path: str
    failures: tuple[Problem, ...]
    readability: Readability

    @property
    def failed_checks(self) -> list[str]:
        failed = {problem.field for problem in self.failures}
        return [check for check in CHECKS if check in failed]


def lint(path: str | Path) -> LintReport:
    """Check one .docx or .html file; a file that cannot be read as one raises PolicyError."""
    shown = str(path)
    suffix = Path(path).suffix.lower()
    if suffix not in KINDS:
        raise PolicyError(Problem(f"cannot check '{suffix or Path(path).name}' files; give a Word document (.docx) or a web page (.html)", shown))
    data = read_bytes(path, shown)
    if suffix == ".docx":
        from . import docx

        failures, figures = docx.check(data, shown)
    else:
        from . import html

        failures, figures = html.check(decode(data, shown), shown)
    return LintReport(shown, tuple(failures), figures)
