"""What changed for you: a plain-English summary, for one edition's readers, of the clauses that bind them.

`policygen changes OLD NEW --edition carers`: each added, removed or changed clause of that
edition with its number, title and one line on the change (from the word-level diff). When no
clause of the edition changed, it says so, so re-acknowledgement is asked for only when needed.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from ..errors import PolicyError, Problem
from ..files import write_all
from ..pipeline import LibraryArg, library_from, prepare_all
from .align import Change
from .diff import ClauseChange, compare_documents

NOTHING = "Nothing in your rules changed."
FORMATS = (".md", ".json")


@dataclass(frozen=True)
class RuleChange:
    number: str  # in the new version; for a removed clause, its old number
    title: str
    change: str  # added, removed or changed
    description: str  # one line on what changed


@dataclass(frozen=True)
class Changes:
    edition: str
    title: str  # the edition's title in the new version
    old_version: str
    new_version: str
    rules: tuple[RuleChange, ...]


def changes(old: str, new: str, edition: str = "full", library: LibraryArg = None, cwd: str | Path | None = None) -> Changes:
    """The clauses of the edition that changed from old to new (each a path or REV:PATH)."""
    before, after = prepare_all([old, new], library_from(library), cwd, edition)
    diff = compare_documents(before.document, after.document)
    rules = [RuleChange(c.number, c.title, "added", "A new rule.") for c in diff.added]
    rules += [RuleChange(item.new.number, item.new.title, "changed", describe(item)) for item in diff.changed if not item.formatting_only]
    rules += [RuleChange(c.number, c.title, "removed", f"No longer in the rules (it was clause {c.number}).") for c in diff.removed]
    rules.sort(key=lambda rule: [int(part) for part in rule.number.split(".")])
    return Changes(edition, after.document.meta.title, before.answers.document.version, after.answers.document.version, tuple(rules))


def describe(item: ClauseChange) -> str:
    """One line: the first few words replaced, added or taken out, in the clause's own words."""
    if item.old.title != item.new.title and not item.lines:
        return f"Its title was \u201c{item.old.title}\u201d."
    edits = [chunk for line in item.lines for chunk in line.chunks if isinstance(chunk, Change)]
    parts = []
    for chunk in edits[:3]:
        old, new = chunk.old.strip(), chunk.new.strip()
        if old and new:
            parts.append(f"\u201c{old}\u201d is now \u201c{new}\u201d")
        elif new:
            parts.append(f"added: \u201c{_short(new)}\u201d")
        elif old:
            parts.append(f"taken out: \u201c{_short(old)}\u201d")
    more = f" (and {len(edits) - 3} more)" if len(edits) > 3 else ""
    text = "; ".join(parts) + more + "."
    return text[:1].upper() + text[1:] if parts else "Reworded."


def _short(text: str, words: int = 12) -> str:
    split = text.split()
    return " ".join(split[:words]) + (" \u2026" if len(split) > words else "")


def as_markdown(summary: Changes) -> str:
    lines = [f"# What changed in {summary.title}", "", f"From version {summary.old_version} to version {summary.new_version}.", ""]
    if not summary.rules:
        return "\n".join([*lines, NOTHING, ""])
    lines += ["| Clause | Title | What changed |", "| --- | --- | --- |"]
    lines += [f"| {rule.number} | {_cell(rule.title)} | {_cell(rule.description)} |" for rule in summary.rules]
    return "\n".join([*lines, ""])


def as_json(summary: Changes) -> str:
    data = asdict(summary)
    data["rules"] = list(data["rules"])
    data["nothing_changed"] = not summary.rules
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|")


def write_changes(summary: Changes, output: str | Path) -> Path:
    target = Path(output)
    if target.suffix.lower() not in FORMATS:
        raise PolicyError(Problem(f"cannot write '{target.suffix}' files; use .md or .json", str(target)))
    text = as_json(summary) if target.suffix.lower() == ".json" else as_markdown(summary)
    write_all([(target, text.encode())])
    return target


