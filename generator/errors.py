"""Errors that reach the user as `Error: FILE:LINE: field: what is wrong`.

Core code raises PolicyError for bad input (answers, clause files, outputs).
Anything else that escapes is a bug and keeps its traceback.
"""

from __future__ import annotations

from collections.abc import Iterable

from .record import Record


class Problem(Record):
    """One thing wrong with one place in one file."""

    message: str
    file: str | None = None
    line: int | None = None
    field: str | None = None

    def __str__(self) -> str:
        where = ""
        if self.file:
            where = f"{self.file}:{self.line}: " if self.line else f"{self.file}: "
        field = f"{self.field}: " if self.field else ""
        return f"{where}{field}{self.message}"


class PolicyError(Exception):
    """Bad input: carries every problem found, so the user can fix them all at once."""

    def __init__(self, problems: list[Problem] | Problem | str):
        if isinstance(problems, str):
            problems = [Problem(problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def collect(problems: list[Problem]) -> None:
    """Raise one PolicyError for all problems, if there are any."""
    if problems:
        raise PolicyError(problems)


def did_you_mean(name: str, choices: Iterable[str]) -> str | None:
    """The choice closest to a mistyped name, if one is close enough."""
    import difflib  # imported here: only a mistake needs it, and a build that has none should not pay for it

    match = difflib.get_close_matches(name, list(choices), n=1)
    return match[0] if match else None
