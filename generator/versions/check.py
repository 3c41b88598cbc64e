"""Is the committed Markdown rendering still what the answers and the clause library give?

For CI and pre-commit: `policygen check policy.yaml` rebuilds policy.md in memory and
compares it with the file, without writing anything.
"""

from __future__ import annotations

import os
import shlex
from pathlib import Path

from ..errors import PolicyError, Problem
from ..files import read_bytes
from ..pipeline import LibraryArg, prepare
from ..writers import markdown

# A rendering is larger than its answers: each clause may render up to 200,000 characters.
MAX_RENDERING_BYTES = 64 * 1024 * 1024


def rendering_for(answers_path: str | Path) -> Path:
    """The default committed rendering: the answers file with .md."""
    return Path(answers_path).with_suffix(".md")


def check(answers_paths: list[str], against: str | None = None, library: LibraryArg = None) -> list[tuple[str, str]]:
    """Check each answers file against its committed Markdown rendering; every stale or missing one is a problem.

    answers_paths: answers files. against: the rendering to compare with, for one answers file
    (default: each answers file's name with .md). library: a clause library's folder.

    Returns (answers, rendering) pairs that are up to date; raises PolicyError naming
    every rendering that is not, with the command that brings it up to date.
    """
    if against is not None and len(answers_paths) != 1:
        raise PolicyError(Problem("--against compares one answers file; give only one"))
    library_option = f" --library {shlex.quote(str(library))}" if isinstance(library, (str, Path)) else ""
    problems: list[Problem] = []
    current: list[tuple[str, str]] = []
    for answers in answers_paths:
        target = against if against is not None else str(rendering_for(answers))
        fix = f"run policygen build {shlex.quote(answers)} -o {shlex.quote(target)}{library_option}"
        try:
            expected = markdown.render(prepare(answers, library).document)
        except PolicyError as exc:
            problems.extend(exc.problems)
            continue
        if not os.path.lexists(target):
            problems.append(Problem(f"no such file; {fix}", target))
            continue
        try:
            committed = read_bytes(target, target, limit=MAX_RENDERING_BYTES)
        except PolicyError as exc:
            problems.extend(exc.problems)
            continue
        # Git may check text out with CRLF line endings (core.autocrlf on Windows): not a change.
        committed = committed.replace(b"\r\n", b"\n")
        if committed != expected:
            line = first_difference(committed, expected)
            problems.append(Problem(f"out of date (the first difference is at line {line}); {fix}", target))
        else:
            current.append((answers, target))
    if problems:
        raise PolicyError(problems)
    return current


def first_difference(committed: bytes, expected: bytes) -> int:
    """The 1-based line where two renderings first differ."""
    old, new = committed.split(b"\n"), expected.split(b"\n")
    for number, (a, b) in enumerate(zip(old, new, strict=False), start=1):  # the shorter one may end first
        if a != b:
            return number
    return min(len(old), len(new)) + (1 if len(old) != len(new) else 0)
