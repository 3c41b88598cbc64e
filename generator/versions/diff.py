"""What changed between two versions of a policy: answers, then clauses added, removed and changed.

Both sides are built with the same clause library, so every difference comes from the
answers. Clauses are matched by id; a changed clause gets a word-level diff of its text.
Output is plain text (optionally coloured for a terminal) or Markdown for a pull request.
Everything here is deterministic: the same two inputs always give the same output.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ..answers import Answers
from ..document import Block, Clause, Document, Link, ListBlock, Paragraph, Table, Text
from ..errors import Problem
from ..library.changes import changes_since, format_notes
from ..pipeline import Built
from .align import Change, Chunk, Same, align, word_diff

# ------------------------------------------------------------------ clause text as lines


@dataclass(frozen=True)
class Line:
    """One paragraph, list item or table row of a clause, as plain text."""

    prefix: str  # indentation and list marker: "", "- ", "  1. "; "| " for a table row
    text: str
    cells: tuple[str, ...] = ()  # a table row: its cells, so Markdown can draw the row as a table
    header: tuple[str, ...] = ()  # and the header row of its table (empty if it has none)

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
        header = tuple(inline_text(cell) for cell in block.header)
        rows = ([block.header] if block.header else []) + list(block.rows)
        lines = []
        for row in rows:
            cells = tuple(inline_text(cell) for cell in row)
            lines.append(Line(indent + "| ", " | ".join(cells) + " |", cells, header))
        return lines
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
    """One changed line: its prefix and the chunks of its text; for a table row, both rows' cells."""

    prefix: str
    chunks: tuple[Chunk, ...]
    old_cells: tuple[str, ...] = ()
    new_cells: tuple[str, ...] = ()
    header: tuple[str, ...] = ()

    @property
    def table_row(self) -> bool:
        return bool(self.old_cells or self.new_cells)


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
    notices: list[str] = field(default_factory=list)  # the organisation's replacements of library text that has changed since
    library_notes: str = ""  # CHANGES.md entries between the library OLD's answers record and the one used
    fingerprints: tuple[str, str] | None = None  # each answers file's SHA-256, when asked for (--provenance)
    excluded: dict[str, str | None] = field(default_factory=dict)  # NEW's customise.exclude: clause id -> its reason

    def left_out(self, clause: Clause) -> str | None:
        """Why a removed clause is gone, when NEW's answers leave it out."""
        if clause.id not in self.excluded:
            return None
        reason = self.excluded[clause.id]
        return f"Left out by customise.exclude: {reason}" if reason else "Left out by customise.exclude (no reason given)."

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
    return [AnswerChange(path, _shown(a, path), _shown(b, path)) for path in paths if _changed(a, b, path)]


def _changed(a: dict[str, Any], b: dict[str, Any], path: str) -> bool:
    """Whether the answer at path differs.

    A path on one side only is a change unless its value there is empty: an added exclusion's
    unset reason (null), or the empty list its first entry replaces, says nothing its own lines do not.
    """
    if (path in a) == (path in b):
        return a.get(path) != b.get(path)
    return (a if path in a else b)[path] not in (None, [])


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
            out.append(LineDiff(b.prefix, (Change("", b.text),), new_cells=b.cells, header=b.header))
        elif b is None:
            out.append(LineDiff(a.prefix, (Change(a.text, ""),), old_cells=a.cells, header=a.header))
        elif a.prefix != b.prefix or len(a.cells) != len(b.cells):
            out.append(LineDiff(a.prefix, (Change(a.text, ""),), old_cells=a.cells, header=a.header))
            out.append(LineDiff(b.prefix, (Change("", b.text),), new_cells=b.cells, header=b.header))
        else:
            out.append(LineDiff(b.prefix, tuple(word_diff(a.text, b.text)), a.cells, b.cells, b.header))
    return out


def diff_policies(old: Built, new: Built) -> PolicyDiff:
    """Compare two built policies: their answers, then their clauses."""
    diff = compare_documents(old.document, new.document, old.source.name, new.source.name)
    diff.answers = answer_changes(old.answers, new.answers)
    diff.excluded = new.answers.customise.excluded
    diff.notices = [str(problem) for problem in upstream_notices(new)]
    recorded, notes = changes_since(old.source.data.decode("utf-8", "replace"), new.library.root, new.library.version)
    diff.library_notes = format_notes(recorded, notes) if recorded and notes else ""
    return diff


def upstream_notices(built: Built) -> list[Problem]:
    """The warnings that say a replaced library clause changed since (or was never recorded)."""
    return [problem for problem in built.warnings if problem.field == "replaces_sha256"]


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

    notices = ["", paint("Your own clauses to review:", BOLD), *[f"  {notice}" for notice in diff.notices]] if diff.notices else []
    notices += ["", diff.library_notes.rstrip("\n")] if diff.library_notes else []
    if diff.identical:
        return "\n".join([f"No differences between {diff.old_name} and {diff.new_name}.", *_fingerprint_lines(diff), *notices]) + "\n"
    out = [f"{diff.old_name} -> {diff.new_name}: {summary(diff)}"] + _fingerprint_lines(diff)
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
            why = diff.left_out(clause)
            out += [f"    {why}"] if why else []
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
    return "\n".join(out + notices) + "\n"


def _fingerprint_lines(diff: PolicyDiff, markdown: bool = False) -> list[str]:
    """With --provenance: the answers files' fingerprints, as the outputs record them."""
    if diff.fingerprints is None:
        return []
    old, new = (value[:16] for value in diff.fingerprints)
    same = " (the same)" if old == new else ""
    if markdown:
        return [f"Answers file fingerprints (SHA-256): `{old}` → `{new}`{same}"]
    return [f"Answers file fingerprints (SHA-256): {old} -> {new}{same}"]


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


def _md_chunks(items: Iterable[Chunk]) -> str:
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


def _md_table(header: tuple[str, ...], rows: list[list[str]]) -> list[str]:
    """Rows (cells already Markdown) under their table's header; a table without one gets an empty header."""
    width = max([len(header)] + [len(row) for row in rows])
    head = [_md(cell) for cell in header] + [" "] * (width - len(header))
    lines = ["| " + " | ".join(head) + " |", "|" + " --- |" * width]
    return lines + ["| " + " | ".join(row + [""] * (width - len(row))) + " |" for row in rows]


def _md_row(line: LineDiff) -> list[str]:
    """A changed table row, cell by cell: a new row in bold, a removed one struck through."""
    if not line.old_cells:
        return [_md_mark(cell, "**") for cell in line.new_cells]
    if not line.new_cells:
        return [_md_mark(cell, "~~") for cell in line.old_cells]
    return [_md_chunks(word_diff(a, b)) for a, b in zip(line.old_cells, line.new_cells, strict=True)]


def _md_lines(lines: list[Line | LineDiff], cell: Callable[[str], str] = _md, text: Callable[[str], str] = _md) -> list[str]:
    """Each line as a paragraph or list item, and consecutive rows of one table as a table.

    A LineDiff is drawn with its changes marked; a plain Line (of an added or removed clause)
    through `text` and, in a table, `cell`. A table's header row is drawn as its header.
    """
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        header = line.header
        if not _is_row(line):
            body = _md_chunks(line.chunks) if isinstance(line, LineDiff) else text(line.text)
            out += ["", _md_line(line.prefix, body)]
            index += 1
            continue
        rows = []
        while index < len(lines) and _is_row(lines[index]) and lines[index].header == header:
            row = lines[index]
            if isinstance(row, LineDiff):
                rows.append(_md_row(row))
            elif row.cells != header:
                rows.append([cell(value) for value in row.cells])
            index += 1
        out += [""] + _md_table(header, rows)
    return out


def _is_row(line: Line | LineDiff) -> bool:
    return line.table_row if isinstance(line, LineDiff) else bool(line.cells)


def format_markdown(diff: PolicyDiff) -> str:
    """A pull-request comment: deletions ~~struck through~~, insertions **in bold**, table rows as tables."""

    def struck(text: str) -> str:
        return _md_mark(text, "~~")

    title = f"## Policy changes: {_md_code(diff.old_name)} → {_md_code(diff.new_name)}"
    notices = ["", "### Your own clauses to review", "", *[f"- {_md(notice)}" for notice in diff.notices]] if diff.notices else []
    notices += ["", "### Clause library changes", "", "```", diff.library_notes.rstrip("\n"), "```"] if diff.library_notes else []
    fingerprints = ["", *_fingerprint_lines(diff, markdown=True)] if diff.fingerprints else []
    if diff.identical:
        return "\n".join([title, "", "No differences.", *fingerprints, *notices]) + "\n"
    text = summary(diff)
    out = [title, "", text[:1].upper() + text[1:] + "."] + fingerprints
    if diff.answers:
        out += ["", "### Answers changed", "", "| Answer | Old | New |", "| --- | --- | --- |"]
        out += [f"| {_md_code(c.path)} | {_md_code(c.old)} | {_md_code(c.new)} |" for c in diff.answers]
    if diff.added:
        out += ["", "### Clauses added"]
        for clause in diff.added:
            out += ["", f"#### {clause.number} {_md(clause.title)} ({_md_code(clause.id)})"]
            out += _md_lines(list(clause_lines(clause)))
    if diff.removed:
        out += ["", "### Clauses removed"]
        for clause in diff.removed:
            out += ["", f"#### ~~{clause.number} {_md(clause.title)}~~ ({_md_code(clause.id)})"]
            why = diff.left_out(clause)
            out += ["", _md(why)] if why else []
            out += _md_lines(list(clause_lines(clause)), cell=struck, text=struck)
    if diff.changed:
        out += ["", "### Clauses changed"]
        for change in diff.changed:
            out += ["", f"#### {change.new.number} {_md(change.new.title)} ({_md_code(change.new.id)}){_md(_was(change.old, change.new))}"]
            out += _md_lines(list(change.lines))
            if change.formatting_only:
                out += ["", "Bold, italic or links changed; the words are the same."]
    if diff.renumbered:
        out += ["", "### Clauses renumbered only", ""]
        out += [f"- {a.number} → {b.number} {_md(b.title)} ({_md_code(b.id)})" for a, b in diff.renumbered]
    return "\n".join(out + notices) + "\n"
