"""Is the committed Markdown rendering still what the answers and the clause library give?

For CI and pre-commit: `policygen check policy.yaml` rebuilds policy.md in memory and
compares it with the file, without writing anything.
"""

from __future__ import annotations

import os
import shlex
from collections.abc import Callable
from pathlib import Path

from ..errors import PolicyError, Problem
from ..files import read_bytes
from ..pipeline import LibraryArg, prepare
from ..writers import markdown
from .diff import upstream_notices

# A rendering is larger than its answers: each clause may render up to 200,000 characters.
MAX_RENDERING_BYTES = 64 * 1024 * 1024


def rendering_for(answers_path: str | Path) -> Path:
    """The default committed rendering: the answers file with .md."""
    return Path(answers_path).with_suffix(".md")


ANSWERS_SUFFIXES = (".yaml", ".yml")


def answers_for(rendering: str) -> str | None:
    """The answers file a Markdown rendering was built from: its name with .yaml (or .yml), beside it."""
    for suffix in ANSWERS_SUFFIXES:
        candidate = Path(rendering).with_suffix(suffix)
        if candidate.is_file():
            return str(candidate)
    return None


def _pairs(paths: list[str], against: str | None) -> list[tuple[str | None, str]]:
    """(answers, rendering) for each path given, once each: an answers file, or a rendering (.md) beside its answers file."""
    if against is not None:
        if len(paths) != 1:
            raise PolicyError(Problem("--against compares one answers file; give only one"))
        return [(paths[0], against)]
    pairs: dict[str, str | None] = {}
    for path in paths:
        if path.lower().endswith(".md"):
            pairs.setdefault(path, answers_for(path))
        else:
            pairs[str(rendering_for(path))] = path
    return [(answers, rendering) for rendering, answers in pairs.items()]


def check(
    paths: list[str], against: str | None = None, library: LibraryArg = None, on_notice: Callable[[Problem], None] | None = None
) -> list[tuple[str | None, str]]:
    """Check each answers file against its committed Markdown rendering; every stale or missing one is a problem.

    paths: answers files, or renderings (.md) to check against the answers file beside them
    (policy.md against policy.yaml), as a pre-commit hook passes a rendering edited by hand.
    against: the rendering to compare with, for one answers file (default: each answers
    file's name with .md). library: a clause library's folder. on_notice: called for each own
    clause that replaced library text that has changed since.

    Returns (answers, rendering) pairs that are up to date, and (None, rendering) for a
    Markdown file with no answers file beside it, which is not a rendering and is not
    checked. Raises PolicyError naming every rendering that is out of date or missing, with
    the command that brings it up to date.
    """
    library_option = f" --library {shlex.quote(str(library))}" if isinstance(library, (str, Path)) else ""
    problems: list[Problem] = []
    current: list[tuple[str | None, str]] = []
    for answers, target in _pairs(paths, against):
        if answers is None:
            current.append((None, target))
            continue
        fix = f"run policygen build {shlex.quote(answers)} -o {shlex.quote(target)}{library_option}"
        try:
            built = prepare(answers, library)
        except PolicyError as exc:
            problems.extend(exc.problems)
            continue
        for notice in upstream_notices(built):
            if on_notice:
                on_notice(notice)
        expected = markdown.render(built.document)
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
