"""The policy as Markdown for review: numbered like the Word document, one sentence per line.

One sentence per line keeps git diffs to the sentences that changed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..document import Block, Document, Inline, Link, ListBlock, Paragraph, Table, Text

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'‘“(])")
_SPECIAL = re.compile(r"([\\`*_\[\]<>])")


def render(document: Document) -> bytes:
    meta = document.meta
    lines = ["---"]
    lines += [f"title: {_yaml(meta.title)}", f"organisation: {_yaml(meta.organisation)}", f"version: {_yaml(meta.version)}", f"status: {meta.status}"]
    lines += [f"{name.replace(' ', '_')}: {_yaml(value)}" for name, value in meta.provenance]
    if document.clause_hashes:
        lines.append("clauses:")
        lines += [f"  {clause_id}: {digest[:16]}" for clause_id, digest in document.clause_hashes]
    lines += ["---", "", f"# {_escape(meta.title)}", "", f"{_escape(meta.organisation)}", "", f"Version {_escape(meta.version)} ({meta.status})", ""]
    for section in document.sections:
        lines += [f"## {section.number} {_escape(section.title)}", ""]
        for clause in section.clauses:
            lines += [f"### {clause.number} {_escape(clause.title)}", ""]
            for block in clause.blocks:
                lines += _block(block, "")
                lines.append("")
    return ("\n".join(lines).rstrip("\n") + "\n").encode("utf-8")


def _block(block: Block, indent: str) -> list[str]:
    if isinstance(block, Paragraph):
        return [indent + s if i else s for i, s in enumerate(split_sentences(_inlines(block.inlines)))]
    if isinstance(block, ListBlock):
        out: list[str] = []
        for n, item in enumerate(block.items, start=1):
            marker = f"{n}. " if block.ordered else "- "
            pad = indent + " " * len(marker)
            first = True
            for sub in item:
                sub_lines = _block(sub, pad)
                if first:
                    out.append(indent + marker + sub_lines[0])
                    out += sub_lines[1:]
                    first = False
                else:
                    out.append("")
                    out += [pad + line if not line.startswith(pad) else line for line in sub_lines]
        return out
    if isinstance(block, Table):
        def row(cells: Iterable[tuple[Inline, ...]]) -> str:
            return "| " + " | ".join(_inlines(c).replace("|", "\\|") for c in cells) + " |"
        return [indent + row(block.header), indent + "| " + " | ".join("---" for _ in block.header) + " |"] + [indent + row(r) for r in block.rows]
    raise TypeError(block)


def _inlines(inlines: Iterable[Inline]) -> str:
    out: list[str] = []
    for item in inlines:
        if isinstance(item, Link):
            out.append(f"[{_inlines(item.children)}]({item.url})")
        elif isinstance(item, Text):
            text = _escape(item.text)
            if item.bold and item.italic:
                text = f"***{text}***"
            elif item.bold:
                text = f"**{text}**"
            elif item.italic:
                text = f"*{text}*"
            out.append(text)
    return "".join(out)


def split_sentences(text: str) -> list[str]:
    """A paragraph's sentences: split after . ! or ? where the next one starts (used by lint's readability too)."""
    return _SENTENCE_END.split(text)


def _escape(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", text)


def _yaml(value: str) -> str:
    """A YAML scalar: quoted when it could be read as something other than text."""
    if re.fullmatch(r"[A-Za-z][\w .,'()-]*", value) and not value.endswith(" ") and ": " not in value:
        return value
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
