"""What changed between two versions of a policy: answers, then clauses added, removed and changed.

Both sides are built with the same clause library, so every difference comes from the
answers. Clauses are matched by id; a changed clause gets a word-level diff of its text.
Output is plain text (optionally coloured for a terminal) or Markdown for a pull request.
Everything here is deterministic: the same two inputs always give the same output.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..answers import Answers
from ..document import Block, Clause, Document, Link, ListBlock, Paragraph, Table, Text
from ..pipeline import Built
from .align import Change, Chunk, Same, align, word_diff

# ------------------------------------------------------------------ clause text as lines


@dataclass(frozen=True)
class Line:
    """One paragraph, list item or table row of a clause, as plain text."""

    prefix: str  # indentation and list marker: "", "- ", "  1. "
    text: str

    def __str__(self) -> str:
        return self.prefix + self.text


def clause_lines(clause: Clause) -> list[Line]:
    lines: list[Line] = []
    for block in clause.blocks:
        lines += _block_lines(block, "")
    return lines


def _block_lines(block: Block, indent: str) -> list[Line]:
    if isinstance(block, Paragraph):
        return [Line(indent, inline_text(block.inlines))]
    if isinstance(block, ListBlock):
        out: list[Line] = []
        for n, item in enumerate(block.items, start=1):
            marker = f"{n}. " if block.ordered else "- "
            for index, sub in enumerate(item):
                sub_lines = _block_lines(sub, indent + "  ")
                if index == 0 and sub_lines:
                    sub_lines[0] = Line(indent + marker, sub_lines[0].text)
                out += sub_lines
        return out
    if isinstance(block, Table):
        rows = ([block.header] if block.header else []) + list(block.rows)
        return [Line(indent + "| ", " | ".join(inline_text(cell) for cell in row) + " |") for row in rows]
    raise TypeError(block)


def inline_text(inlines: Iterable[Text | Link]) -> str:
    out = []
    for item in inlines:
        if isinstance(item, Link) and item.url not in (item.text, f"mailto:{item.text}"):
            out.append(f"{item.text} ({item.url})")
        else:
            out.append(item.text)
    return "".join(out)


# ------------------------------------------------------------------ the diff


@dataclass(frozen=True)
class AnswerChange:
    path: str  # dotted: document.version, document.history[1].summary
    old: str  # shown as JSON; "(not set)" when absent on that side
    new: str


@dataclass(frozen=True)
class LineDiff:
    """One changed line: its prefix and the chunks of its text."""

    prefix: str
    chunks: tuple[Chunk, ...]


@dataclass(frozen=True)
class ClauseChange:
    old: Clause
    new: Clause
    lines: tuple[LineDiff, ...]  # only the lines that changed

    @property
    def formatting_only(self) -> bool:
        return not self.lines and self.old.title == self.new.title


@dataclass
class PolicyDiff:
    old_name: str
    new_name: str
    answers: list[AnswerChange] = field(default_factory=list)
    added: list[Clause] = field(default_factory=list)
    removed: list[Clause] = field(default_factory=list)
    changed: list[ClauseChange] = field(default_factory=list)
    renumbered: list[tuple[Clause, Clause]] = field(default_factory=list)

    @property
    def identical(self) -> bool:
        return not (self.answers or self.added or self.removed or self.changed or self.renumbered)


NOT_SET = "(not set)"


def flatten(value: Any, prefix: str = "") -> dict[str, Any]:
    """{"a": {"b": 1}, "h": [{"v": 1}]} -> {"a.b": 1, "h[0].v": 1}; lists of plain values stay whole."""
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, item in value.items():
            out.update(flatten(item, f"{prefix}.{key}" if prefix else str(key)))
        return out
    if isinstance(value, list) and any(isinstance(item, (dict, list)) for item in value):
        out = {}
        for index, item in enumerate(value):
            out.update(flatten(item, f"{prefix}[{index}]"))
        return out
    return {prefix: value}


def answer_changes(old: Answers, new: Answers) -> list[AnswerChange]:
    a, b = flatten(old.model_dump(mode="json")), flatten(new.model_dump(mode="json"))
    paths = list(a) + [p for p in b if p not in a]
    return [
        AnswerChange(path, _shown(a, path), _shown(b, path))
        for path in paths
        if (path in a) != (path in b) or a.get(path) != b.get(path)
    ]


def _shown(values: dict[str, Any], path: str) -> str:
    if path not in values:
        return NOT_SET
    return json.dumps(values[path], ensure_ascii=False)


def compare_documents(old: Document, new: Document, old_name: str = "old", new_name: str = "new") -> PolicyDiff:
    """Clauses added, removed, changed and renumbered, matched by id."""
    diff = PolicyDiff(old_name, new_name)
    old_clauses = {c.id: c for c in old.clauses()}
    new_clauses = {c.id: c for c in new.clauses()}
    diff.removed = [c for c in old_clauses.values() if c.id not in new_clauses]
    for clause in new_clauses.values():
        before = old_clauses.get(clause.id)
        if before is None:
            diff.added.append(clause)
        elif before.title != clause.title or before.blocks != clause.blocks:
            diff.changed.append(ClauseChange(before, clause, tuple(changed_lines(clause_lines(before), clause_lines(clause)))))
        elif before.number != clause.number:
            diff.renumbered.append((before, clause))
    return diff


def changed_lines(old: list[Line], new: list[Line]) -> list[LineDiff]:
    out = []
    for a, b in align(old, new, key=str, text=lambda line: line.text):
        if a is not None and b is not None and str(a) == str(b):
            continue
        if a is None:
            out.append(LineDiff(b.prefix, (Change("", b.text),)))
        elif b is None:
            out.append(LineDiff(a.prefix, (Change(a.text, ""),)))
        elif a.prefix != b.prefix:
            out.append(LineDiff(a.prefix, (Change(a.text, ""),)))
            out.append(LineDiff(b.prefix, (Change("", b.text),)))
        else:
            out.append(LineDiff(b.prefix, tuple(word_diff(a.text, b.text))))
    return out


def diff_policies(old: Built, new: Built) -> PolicyDiff:
    """Compare two built policies: their answers, then their clauses."""
    diff = compare_documents(old.document, new.document, old.source.name, new.source.name)
    diff.answers = answer_changes(old.answers, new.answers)
    return diff


# ------------------------------------------------------------------ plain text

RED, GREEN, BOLD, RESET = "\x1b[31m", "\x1b[32m", "\x1b[1m", "\x1b[0m"


def format_text(diff: PolicyDiff, color: bool = False) -> str:
    """For a terminal or a pipe: `[-deleted-]` and `{+inserted+}`, red and green when coloured."""

    def paint(text: str, code: str) -> str:
        return f"{code}{text}{RESET}" if color and text else text

    def chunks(items: Iterable[Chunk]) -> str:
        out = []
        for chunk in items:
            if isinstance(chunk, Same):
                out.append(chunk.text)
                continue
            if chunk.old:
                out.append(paint(f"[-{chunk.old}-]", RED))
            if chunk.new:
                out.append(paint(f"{{+{chunk.new}+}}", GREEN))
        return "".join(out)

    if diff.identical:
        return f"No differences between {diff.old_name} and {diff.new_name}.\n"
    out = [f"{diff.old_name} -> {diff.new_name}: {summary(diff)}"]
    if diff.answers:
        out += ["", paint(f"Answers changed ({len(diff.answers)}):", BOLD)]
        out += [f"  {c.path}: {c.old} -> {c.new}" for c in diff.answers]
    if diff.added:
        out += ["", paint(f"Clauses added ({len(diff.added)}):", BOLD)]
        for clause in diff.added:
            out.append(paint(f"+ {clause.number} {clause.title} [{clause.id}]", GREEN))
            out += [paint(f"    {line}", GREEN) for line in clause_lines(clause)]
    if diff.removed:
        out += ["", paint(f"Clauses removed ({len(diff.removed)}):", BOLD)]
        for clause in diff.removed:
            out.append(paint(f"- {clause.number} {clause.title} [{clause.id}]", RED))
            out += [paint(f"    {line}", RED) for line in clause_lines(clause)]
    if diff.changed:
        out += ["", paint(f"Clauses changed ({len(diff.changed)}):", BOLD)]
        for change in diff.changed:
            out.append(f"~ {change.new.number} {change.new.title} [{change.new.id}]{_was(change.old, change.new)}")
            out += [f"    {line.prefix}{chunks(line.chunks)}" for line in change.lines]
            if change.formatting_only:
                out.append("    (bold, italic or links changed; the words are the same)")
    if diff.renumbered:
        out += ["", paint(f"Clauses renumbered only ({len(diff.renumbered)}):", BOLD)]
        out += [f"  {a.number} -> {b.number} {b.title} [{b.id}]" for a, b in diff.renumbered]
    return "\n".join(out) + "\n"


def summary(diff: PolicyDiff) -> str:
    parts = []
    if diff.answers:
        parts.append(_count(len(diff.answers), "answer") + " changed")
    clauses = [f"{len(items)} {label}" for items, label in ((diff.added, "added"), (diff.removed, "removed"), (diff.changed, "changed"), (diff.renumbered, "renumbered")) if items]
    if clauses:
        count = clauses[0].split(" ")[0]
        clauses[0] = clauses[0].replace(" ", " clause " if count == "1" else " clauses ", 1)
        parts.append(", ".join(clauses))
    elif diff.answers:
        parts.append("the policy text is the same")
    return "; ".join(parts)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _was(old: Clause, new: Clause) -> str:
    if (old.number, old.title) == (new.number, new.title):
        return ""
    return f" (was {old.number} {old.title})"


# ------------------------------------------------------------------ Markdown for a pull request

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#])")


def _md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def _md_code(text: str) -> str:
    """An inline code span that survives backticks and table pipes."""
    ticks = "``" if "`" in text else "`"
    pad = " " if ticks == "``" else ""
    return f"{ticks}{pad}{text.replace('|', chr(92) + '|')}{pad}{ticks}"


def _md_mark(text: str, mark: str) -> str:
    """`~~text~~` or `**text**`, with the marks inside any edge spaces so Markdown honours them."""
    core = text.strip()
    if not core:
        return text
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    return f"{lead}{mark}{_md(core)}{mark}{trail}"


def _md_line(prefix: str, body: str) -> str:
    marker = prefix.strip()
    if marker == "|":
        return f"\\| {body}"
    if marker:
        return f"{marker} {body}"
    # Text that would read as a list item is escaped so it stays a paragraph.
    return re.sub(r"^(\d+)([.)])|^([-+])", lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", body)


def format_markdown(diff: PolicyDiff) -> str:
    """A pull-request comment: deletions ~~struck through~~, insertions **in bold**."""

    def chunks(items: Iterable[Chunk]) -> str:
        out = []
        for chunk in items:
            if isinstance(chunk, Same):
                out.append(_md(chunk.text))
                continue
            if chunk.old:
                out.append(_md_mark(chunk.old, "~~"))
            if chunk.new:
                out.append(_md_mark(chunk.new, "**"))
        return "".join(out)

    title = f"## Policy changes: {_md_code(diff.old_name)} → {_md_code(diff.new_name)}"
    if diff.identical:
        return f"{title}\n\nNo differences.\n"
    text = summary(diff)
    out = [title, "", text[:1].upper() + text[1:] + "."]
    if diff.answers:
        out += ["", "### Answers changed", "", "| Answer | Old | New |", "| --- | --- | --- |"]
        out += [f"| {_md_code(c.path)} | {_md_code(c.old)} | {_md_code(c.new)} |" for c in diff.answers]
    if diff.added:
        out += ["", "### Clauses added"]
        for clause in diff.added:
            out += ["", f"#### {clause.number} {_md(clause.title)} ({_md_code(clause.id)})"]
            for line in clause_lines(clause):
                out += ["", _md_line(line.prefix, _md(line.text))]
    if diff.removed:
        out += ["", "### Clauses removed"]
        for clause in diff.removed:
            out += ["", f"#### ~~{clause.number} {_md(clause.title)}~~ ({_md_code(clause.id)})"]
            for line in clause_lines(clause):
                out += ["", _md_line(line.prefix, _md_mark(line.text, "~~"))]
    if diff.changed:
        out += ["", "### Clauses changed"]
        for change in diff.changed:
            out += ["", f"#### {change.new.number} {_md(change.new.title)} ({_md_code(change.new.id)}){_md(_was(change.old, change.new))}"]
            for line_diff in change.lines:
                out += ["", _md_line(line_diff.prefix, chunks(line_diff.chunks))]
            if change.formatting_only:
                out += ["", "Bold, italic or links changed; the words are the same."]
    if diff.renumbered:
        out += ["", "### Clauses renumbered only", ""]
        out += [f"- {a.number} → {b.number} {_md(b.title)} ({_md_code(b.id)})" for a, b in diff.renumbered]
    return "\n".join(out) + "\n"
