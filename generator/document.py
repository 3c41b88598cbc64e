"""The format-neutral document: what every writer draws, built from rendered Markdown.

Structure: Document > Section (numbered 1, 2 ...) > Clause (1.1, 1.2 ...) > blocks.
Blocks are paragraphs, lists and tables; inline content is runs of text (bold,
italic) and links. Writers never see Markdown, Jinja or the answers; compose/blocks.py
turns each clause's rendered Markdown into these blocks.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import FrozenInstanceError
from pathlib import Path
from typing import Any

from .record import Record

_set = object.__setattr__


class Value:
    """A frozen value, as a frozen dataclass is: set once in __init__, compared, hashed and shown by its fields.

    The small parts of a document are written out by hand: a dataclass makes its methods by
    compiling them when the module is imported, about a third of a millisecond a class on every
    build. `__slots__` names the fields, in order; versions/redline.py walks them.
    """

    __slots__: tuple[str, ...] = ("_hash",)  # a subclass's own __slots__ are its fields; _hash is not one
    _hash: int

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        return self._values() == other._values() if other.__class__ is self.__class__ else NotImplemented

    def __hash__(self) -> int:
        # Kept once worked out: a value never changes, and a clause's hash reads every part of it
        # (the writers' caches look clauses up by their blocks, build after build).
        try:
            return self._hash
        except AttributeError:
            _set(self, "_hash", hash(self._values()))
            return self._hash

    def __repr__(self) -> str:
        return f"{type(self).__qualname__}({', '.join(f'{name}={getattr(self, name)!r}' for name in self.__slots__)})"

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:  # pickle and copy make it again through __init__
        return type(self), self._values()


# ------------------------------------------------------------------ inline


class Text(Value):
    __slots__ = ("text", "bold", "italic")
    text: str
    bold: bool
    italic: bool

    def __init__(self, text: str, bold: bool = False, italic: bool = False) -> None:
        _set(self, "text", text)
        _set(self, "bold", bold)
        _set(self, "italic", italic)


class Link(Value):
    __slots__ = ("url", "children")
    url: str
    children: tuple[Text, ...]

    def __init__(self, url: str, children: tuple[Text, ...]) -> None:
        _set(self, "url", url)
        _set(self, "children", children)

    @property
    def text(self) -> str:
        return "".join(t.text for t in self.children)


Inline = Text | Link

# ------------------------------------------------------------------ blocks


class Paragraph(Value):
    __slots__ = ("inlines",)
    inlines: tuple[Inline, ...]

    def __init__(self, inlines: tuple[Inline, ...]) -> None:
        _set(self, "inlines", inlines)

    @property
    def text(self) -> str:
        return plain_text(self.inlines)


class ListBlock(Value):
    __slots__ = ("ordered", "items")
    ordered: bool
    items: tuple[tuple[Block, ...], ...]  # each item is a sequence of blocks (paragraphs, nested lists)

    def __init__(self, ordered: bool, items: tuple[tuple[Block, ...], ...]) -> None:
        _set(self, "ordered", ordered)
        _set(self, "items", items)


class Table(Value):
    __slots__ = ("header", "rows", "caption")
    header: tuple[tuple[Inline, ...], ...]
    rows: tuple[tuple[tuple[Inline, ...], ...], ...]
    caption: str

    def __init__(self, header: tuple[tuple[Inline, ...], ...], rows: tuple[tuple[tuple[Inline, ...], ...], ...], caption: str = "") -> None:
        _set(self, "header", header)
        _set(self, "rows", rows)
        _set(self, "caption", caption)


Block = Paragraph | ListBlock | Table

# ------------------------------------------------------------------ structure


class Clause(Value):
    __slots__ = ("id", "number", "title", "blocks", "sources")
    id: str
    number: str  # "3.2"
    title: str
    blocks: tuple[Block, ...]
    sources: tuple[int, ...]  # BASW recommendations this clause implements

    def __init__(self, id: str, number: str, title: str, blocks: tuple[Block, ...], sources: tuple[int, ...] = ()) -> None:
        _set(self, "id", id)
        _set(self, "number", number)
        _set(self, "title", title)
        _set(self, "blocks", blocks)
        _set(self, "sources", sources)


class Section(Value):
    __slots__ = ("id", "number", "title", "clauses")
    id: str
    number: str  # "3"
    title: str
    clauses: tuple[Clause, ...]

    def __init__(self, id: str, number: str, title: str, clauses: tuple[Clause, ...]) -> None:
        _set(self, "id", id)
        _set(self, "number", number)
        _set(self, "title", title)
        _set(self, "clauses", clauses)


NOT_APPROVED = "not yet approved"  # the cover's approval date while there is none


class Metadata(Record):
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


class Document(Record):
    meta: Metadata
    sections: tuple[Section, ...]
    clause_hashes: tuple[tuple[str, str], ...] = ()  # (clause id, sha256 of its text)
    brief: bool = False  # a short edition (the quick guide): no contents list, the text starts under the title
    template: Path | None = None  # the organisation's Word template (document.template), None for the bundled one

    def clauses(self) -> Iterator[Clause]:
        for section in self.sections:
            yield from section.clauses


def plain_text(inlines: Iterable[Inline]) -> str:
    return "".join(i.text for i in inlines)
