"""The format-neutral document: what every writer draws, built from rendered Markdown.

Structure: Document > Section (numbered 1, 2 ...) > Clause (1.1, 1.2 ...) > blocks.
Blocks are paragraphs, lists and tables; inline content is runs of text (bold,
italic) and links. Writers never see Markdown, Jinja or the answers; compose/blocks.py
turns each clause's rendered Markdown into these blocks.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

# ------------------------------------------------------------------ inline


@dataclass(frozen=True)
class Text:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Link:
    url: str
    children: tuple[Text, ...]

    @property
    def text(self) -> str:
        return "".join(t.text for t in self.children)


Inline = Text | Link

# ------------------------------------------------------------------ blocks


@dataclass(frozen=True)
class Paragraph:
    inlines: tuple[Inline, ...]

    @property
    def text(self) -> str:
        return plain_text(self.inlines)


@dataclass(frozen=True)
class ListBlock:
    ordered: bool
    items: tuple[tuple[Block, ...], ...]  # each item is a sequence of blocks (paragraphs, nested lists)


@dataclass(frozen=True)
class Table:
    header: tuple[tuple[Inline, ...], ...]
    rows: tuple[tuple[tuple[Inline, ...], ...], ...]
    caption: str = ""


Block = Paragraph | ListBlock | Table

# ------------------------------------------------------------------ structure


@dataclass(frozen=True)
class Clause:
    id: str
    number: str  # "3.2"
    title: str
    blocks: tuple[Block, ...]
    sources: tuple[int, ...] = ()  # BASW recommendations this clause implements


@dataclass(frozen=True)
class Section:
    id: str
    number: str  # "3"
    title: str
    clauses: tuple[Clause, ...]


NOT_APPROVED = "not yet approved"  # the cover's approval date while there is none


@dataclass(frozen=True)
class Metadata:
    """What goes in headers, footers and file properties."""

    title: str
    organisation: str
    subject: str
    author: str  # the policy owner (a role)
    keywords: tuple[str, ...]
    version: str
    status: str  # "Draft" or "Approved"
    language: str = "en-GB"
    provenance: tuple[tuple[str, str], ...] = ()  # (name, value) pairs, in order
    approved_on: str = ""  # the approval date as it reads ("1 October 2026"); empty for a draft not yet approved
    review_copy: bool = False  # the approval committee's copy, with a comment on every clause (build --review-copy)

    @property
    def is_draft(self) -> bool:
        return self.status.lower() == "draft"

    @property
    def header_mark(self) -> str:
        """What every page's header says the document is, beside its organisation and title: DRAFT, REVIEW COPY, both or nothing."""
        return " ".join(mark for mark, shown in (("DRAFT", self.is_draft), ("REVIEW COPY", self.review_copy)) if shown)

    def cover_facts(self) -> list[tuple[str, str]]:
        """(label, value) of each fact on the cover, in order, as every writer shows them."""
        return [("Version", self.version), ("Status", self.status), ("Approved on", self.approved_on or NOT_APPROVED), ("Owner", self.author)]


@dataclass(frozen=True)
class Document:
    meta: Metadata
    sections: tuple[Section, ...]
    clause_hashes: tuple[tuple[str, str], ...] = field(default=())  # (clause id, sha256 of its text)
    brief: bool = False  # a short edition (the quick guide): no contents list, the text starts under the title
    template: Path | None = None  # the organisation's Word template (document.template), None for the bundled one

    def clauses(self) -> Iterator[Clause]:
        for section in self.sections:
            yield from section.clauses


def plain_text(inlines: Iterable[Inline]) -> str:
    return "".join(i.text for i in inlines)
