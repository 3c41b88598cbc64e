"""The library's release notes, clauses/CHANGES.md: the entries between two library versions.

Each version is a `## VERSION` heading, newest first; an `## Unreleased ...` heading holds
changes not yet in a version, and is never "between" two versions.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import PolicyError
from ..files import read_text

_HEADING = re.compile(r"^## (\S+)(.*)$", re.M)
_RECORDED = re.compile(r"^# (?:Written|Updated) by policygen \S+ with clause library (\S+?)\.\s*$", re.M)


def release_notes(root: Path) -> list[tuple[str, str]]:
    """(version, its entry) for each version in CHANGES.md, newest first; none when there is no file."""
    path = root / "CHANGES.md"
    if not path.is_file():
        return []
    try:
        text = read_text(path, str(path))
    except PolicyError:
        return []
    headings = list(_HEADING.finditer(text))
    notes = []
    for index, heading in enumerate(headings):
        end = headings[index + 1].start() if index + 1 < len(headings) else len(text)
        notes.append((heading.group(1), text[heading.end() : end].strip()))
    return notes


def notes_between(root: Path, old: str, new: str) -> list[tuple[str, str]]:
    """The entries after version `old` up to and including `new`, newest first; empty when they are the same."""
    if old == new:
        return []
    notes = release_notes(root)
    versions = [version for version, _ in notes]
    if new not in versions:
        return []
    start = versions.index(new)
    stop = versions.index(old) if old in versions[start:] else len(versions)
    return [entry for entry in notes[start:stop] if entry[0].lower() != "unreleased"]


def recorded_version(answers_text: str) -> str | None:
    """The library version an answers file was written or last updated with (`init --update` adds a line each time)."""
    found = _RECORDED.findall(answers_text)
    return found[-1] if found else None


def changes_since(answers_text: str, root: Path | None, current: str) -> tuple[str | None, list[tuple[str, str]]]:
    """The version the answers file records, and the CHANGES.md entries from it up to `current`."""
    recorded = recorded_version(answers_text)
    if recorded is None or root is None:
        return recorded, []
    return recorded, notes_between(root, recorded, current)


def format_notes(recorded: str, notes: list[tuple[str, str]]) -> str:
    """The entries as plain text, for the terminal."""
    lines = [f"What changed in the clause library since {recorded} (from clauses/CHANGES.md):"]
    for version, entry in notes:
        lines += ["", f"{version}:", *[f"  {line}" if line else "" for line in entry.splitlines()]]
    return "\n".join(lines) + "\n"
