"""The NEW policy as a Word document with tracked changes against OLD.

How: both sides are built into Documents with the same clause library. They are merged
into one "redline" Document whose text carries change marks: private-use characters
around deleted and inserted words, and at the start of paragraphs and table rows that
were inserted or deleted whole. The ordinary Word writer draws that Document (cover,
contents, headings, lists, tables, links: nothing is drawn twice), and a last pass over
word/document.xml turns the marks into w:del / w:ins with author "policygen". The
header, footer and file properties are those of the NEW build; the custom properties also
name what it was compared with (OLD's answers sha256 and version).

Accept All gives the NEW policy's text; Reject All gives the OLD policy's text.
Changes are dated from the NEW answers, never from the clock, so the same inputs give the
same bytes: NEW's approval date, else the date of its latest version-history entry, else
the writer's fixed date (midnight UTC; whole paragraphs two minutes later, see
_paragraph_date).
"""

from __future__ import annotations

import datetime as dt
import difflib
import io
import re
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from ..answers import Answers
from ..document import NOT_APPROVED, Block, Clause, Document, Inline, Link, ListBlock, Paragraph, Section, Table, Text, Value
from ..errors import PolicyError, Problem
from ..pipeline import Built
from ..record import Record
from ..writers.columns import unbroken_numbers
from ..writers.ooxml import CUSTOM_FMTID, package
from ..writers.tracked import (
    DEL_CLOSE,
    DEL_OPEN,
    INS_CLOSE,
    INS_OPEN,
    MARKS,
    PARA_DEL,
    PARA_INS,
    ROW_DEL,
    ROW_INS,
    apply_marks,
    compared_with,
    no_field_updates,
)
from .align import align, token_chunks
from .diff import inline_text

_Row = tuple[tuple[Inline, ...], ...]  # a table row: its cells' inline content

# ------------------------------------------------------------------ merging two Documents


def deleted(text: str) -> str:
    return f"{DEL_OPEN}{text}{DEL_CLOSE}" if text else ""


def inserted(text: str) -> str:
    return f"{INS_OPEN}{text}{INS_CLOSE}" if text else ""


def marked_string(old: str, new: str) -> str:
    """A plain string (title, number) as a word-level diff carried in marks."""
    out = []
    for a, b, equal in token_chunks(_words(old), _words(new), key=lambda t: t, text=lambda t: t):
        out.append("".join(a) if equal else deleted("".join(a)) + inserted("".join(b)))
    return "".join(out)


def _words(text: str) -> list[str]:
    return re.findall(r"\S+|\s+", text)


def numbers_unbroken(text: str) -> str:
    """A marked text with no-break spaces inside every number, as the Word writer makes them in plain text.

    The writer cannot see a number with a change inside it ("0300 123 \ue0014567\ue002\ue0034568\ue004"):
    the marks stand between the space and the digits. A space becomes no-break where it sits inside a
    number in the NEW text (Accept All) or in the OLD text (Reject All), so each side reads as its own build.
    """
    if " " not in text or not MARKS.search(text):
        return text
    spaces: set[int] = set()
    for dropped in ((DEL_OPEN, DEL_CLOSE), (INS_OPEN, INS_CLOSE)):
        kept = _one_side(text, *dropped)  # (index in text, character) of the side's own text
        side = unbroken_numbers("".join(char for _, char in kept))
        spaces.update(at for (at, char), now in zip(kept, side, strict=True) if char != now)
    return "".join("\u00a0" if at in spaces else char for at, char in enumerate(text))


def _one_side(text: str, opening: str, closing: str) -> list[tuple[int, str]]:
    """The characters of one side of a marked text, without the other side's words or any mark."""
    kept, inside = [], False
    for at, char in enumerate(text):
        if char == opening:
            inside = True
        elif char == closing:
            inside = False
        elif not inside and not MARKS.match(char):
            kept.append((at, char))
    return kept


def whole(text: str, change: str) -> str:
    return deleted(text) if change == "del" else inserted(text)


def merge_documents(old: Document, new: Document) -> Document:
    """One Document holding NEW, with OLD's differences as change marks."""
    meta = new.meta.replace(
        title=marked_string(old.meta.title, new.meta.title),
        organisation=marked_string(old.meta.organisation, new.meta.organisation),
        version=marked_string(old.meta.version, new.meta.version),
        status=marked_string(old.meta.status, new.meta.status),
        # the cover's approval date and owner, as the cover shows them (a draft's "not yet approved" too)
        approved_on=marked_string(old.meta.approved_on or NOT_APPROVED, new.meta.approved_on or NOT_APPROVED),
        author=marked_string(old.meta.author, new.meta.author),
    )
    sections = []
    for a, b in _by_id(old.sections, new.sections):
        if a is None or b is None:
            sections.append(_whole_section(a or b, "del" if b is None else "ins"))
            continue
        clauses = []
        for x, y in _by_id(a.clauses, b.clauses):
            if x is None or y is None:
                clauses.append(_whole_clause(x or y, "del" if y is None else "ins"))
            else:
                clauses.append(Clause(y.id, marked_string(x.number, y.number), marked_string(x.title, y.title), merge_blocks(x.blocks, y.blocks), y.sources))
        sections.append(Section(b.id, marked_string(a.number, b.number), marked_string(a.title, b.title), tuple(clauses)))
    return Document(meta, tuple(sections), new.clause_hashes, template=new.template)


def _by_id(old: Sequence[Any], new: Sequence[Any]) -> list[tuple[Any, Any]]:
    """Pair sections or clauses by id; both sides follow the outline, so order agrees."""
    pairs: list[tuple[Any, Any]] = []
    matcher = difflib.SequenceMatcher(None, [x.id for x in old], [y.id for y in new], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            pairs += list(zip(old[i1:i2], new[j1:j2], strict=True))
        else:
            pairs += [(x, None) for x in old[i1:i2]] + [(None, y) for y in new[j1:j2]]
    return pairs


def _whole_section(section: Section, change: str) -> Section:
    mark = PARA_DEL if change == "del" else PARA_INS
    clauses = tuple(_whole_clause(c, change) for c in section.clauses)
    return Section(section.id, whole(section.number, change), mark + whole(section.title, change), clauses)


def _whole_clause(clause: Clause, change: str) -> Clause:
    mark = PARA_DEL if change == "del" else PARA_INS
    blocks = tuple(_whole_block(b, change) for b in clause.blocks)
    return Clause(clause.id, whole(clause.number, change), mark + whole(clause.title, change), blocks, clause.sources)


def _whole_inlines(inlines: Iterable[Inline], change: str) -> tuple[Inline, ...]:
    out: list[Inline] = []
    for item in inlines:
        if isinstance(item, Link):
            out.append(Link(item.url, tuple(Text(whole(t.text, change), t.bold, t.italic) for t in item.children)))
        else:
            out.append(Text(whole(item.text, change), item.bold, item.italic))
    return tuple(out)


def _whole_block(block: Block, change: str) -> Block:
    """A block inserted or deleted whole: every word and every paragraph mark (or table row)."""
    if isinstance(block, Paragraph):
        return Paragraph((Text(PARA_DEL if change == "del" else PARA_INS),) + _whole_inlines(block.inlines, change))
    if isinstance(block, ListBlock):
        return ListBlock(block.ordered, tuple(tuple(_whole_block(b, change) for b in item) for item in block.items))
    if isinstance(block, Table):
        return Table(_whole_row(block.header, change), tuple(_whole_row(r, change) for r in block.rows), block.caption)
    raise TypeError(block)


def _whole_row(row: _Row, change: str) -> _Row:
    if not row:
        return row
    mark = Text(ROW_DEL if change == "del" else ROW_INS)
    return tuple(((mark,) if i == 0 else ()) + _whole_inlines(cell, change) for i, cell in enumerate(row))


def _block_text(block: Block) -> str:
    if isinstance(block, Paragraph):
        return inline_text(block.inlines)
    if isinstance(block, ListBlock):
        return "\n".join(_block_text(b) for item in block.items for b in item)
    if isinstance(block, Table):
        return " | ".join(inline_text(c) for c in block.header)  # a table is known by its columns
    return ""


def merge_blocks(old: Sequence[Block], new: Sequence[Block]) -> tuple[Block, ...]:
    out: list[Block] = []
    for a, b in align(list(old), list(new), key=lambda x: x, text=_block_text):
        if a is None:
            out.append(_whole_block(b, "ins"))
        elif b is None:
            out.append(_whole_block(a, "del"))
        elif a == b:
            out.append(b)
        elif isinstance(a, Paragraph) and isinstance(b, Paragraph):
            out.append(Paragraph(merge_inlines(a.inlines, b.inlines)))
        elif isinstance(a, ListBlock) and isinstance(b, ListBlock) and a.ordered == b.ordered and not (a.ordered and _adds_or_removes_items(a, b)):
            out.append(ListBlock(b.ordered, _merge_items(a.items, b.items)))
        elif isinstance(a, Table) and isinstance(b, Table) and _columns(a) == _columns(b):
            out.append(_merge_table(a, b))
        else:
            out += [_whole_block(a, "del"), _whole_block(b, "ins")]
    return tuple(out)


def _item_pairs(old: Sequence[tuple[Block, ...]], new: Sequence[tuple[Block, ...]]) -> list[tuple[Any, Any]]:
    return align(list(old), list(new), key=lambda x: x, text=lambda item: "\n".join(_block_text(x) for x in item))


def _adds_or_removes_items(old: ListBlock, new: ListBlock) -> bool:
    """Whether a list gains or loses a whole item.

    A numbered list that does is deleted and inserted whole. An item inserted or deleted on
    its own leaves an empty numbered shell in readers that keep a list item's paragraph once
    its words are gone (pandoc, on Reject All and Accept All), and every number after it moves
    on by one. A whole list has its own numbering, so its shells number only each other.
    """
    return any(a is None or b is None for a, b in _item_pairs(old.items, new.items))


def _merge_items(old: Sequence[tuple[Block, ...]], new: Sequence[tuple[Block, ...]]) -> tuple[tuple[Block, ...], ...]:
    items: list[tuple[Block, ...]] = []
    for a, b in _item_pairs(old, new):
        if a is None or b is None:
            change = "del" if b is None else "ins"
            items.append(tuple(_whole_block(x, change) for x in (a or b)))
        elif a and b and isinstance(a[0], Paragraph) and isinstance(b[0], Paragraph):
            # The item's first paragraph carries its bullet or number: always merge it in place.
            items.append((Paragraph(merge_inlines(a[0].inlines, b[0].inlines)),) + merge_blocks(a[1:], b[1:]))
        else:
            items.append(merge_blocks(a, b))
    return tuple(items)


def _columns(table: Table) -> int:
    return max([len(table.header)] + [len(r) for r in table.rows])


def _merge_table(old: Table, new: Table) -> Table:
    def row_text(row: _Row) -> str:
        return " | ".join(inline_text(c) for c in row)

    def merge_row(a: _Row, b: _Row) -> _Row:
        width = max(len(a), len(b))
        a, b = tuple(a) + ((),) * (width - len(a)), tuple(b) + ((),) * (width - len(b))
        return tuple(merge_inlines(x, y) for x, y in zip(a, b, strict=True))

    rows: list[_Row] = []
    for a, b in align(list(old.rows), list(new.rows), key=lambda x: x, text=row_text):
        if a is None or b is None:
            rows.append(_whole_row(a or b, "del" if b is None else "ins"))
        else:
            rows.append(merge_row(a, b))
    return Table(merge_row(old.header, new.header), tuple(rows), new.caption)


def merge_inlines(old: Iterable[Inline], new: Iterable[Inline]) -> tuple[Inline, ...]:
    """Word-level diff of two runs of inline content, keeping bold, italic and links."""
    a, b = _styled_tokens(old), _styled_tokens(new)
    pieces: list[tuple[str, bool, bool, str | None]] = []
    for x, y, equal in token_chunks(a, b, key=lambda t: t, text=lambda t: t[0]):
        if equal:
            pieces += y
        else:
            pieces += [(deleted(t), bo, it, url) for t, bo, it, url in x]
            pieces += [(inserted(t), bo, it, url) for t, bo, it, url in y]
    return tuple(_numbers_unbroken_in(item) for item in _group(pieces))


def _numbers_unbroken_in(item: Inline) -> Inline:
    if isinstance(item, Link):
        return Link(item.url, tuple(Text(numbers_unbroken(t.text), t.bold, t.italic) for t in item.children))
    return Text(numbers_unbroken(item.text), item.bold, item.italic)


def _styled_tokens(inlines: Iterable[Inline]) -> list[tuple[str, bool, bool, str | None]]:
    tokens: list[tuple[str, bool, bool, str | None]] = []
    for item in inlines:
        runs, url = (item.children, item.url) if isinstance(item, Link) else ((item,), None)
        for run in runs:
            tokens += [(t, run.bold, run.italic, url) for t in _words(run.text)]
    return tokens


def _group(pieces: Iterable[tuple[str, bool, bool, str | None]]) -> tuple[Inline, ...]:
    """Neighbouring pieces with the same formatting become one run; a link's pieces one Link."""
    out: list[Inline] = []
    for text, bold, italic, url in pieces:
        run = Text(text, bold, italic)
        target: list[Inline] | list[Text] = out  # where this run goes: among the runs, or inside a link
        if url is not None:
            if out and isinstance(out[-1], Link) and out[-1].url == url:
                children = list(out[-1].children)
            else:
                children = []
                out.append(Link(url, ()))
            target = children
        if target and isinstance(target[-1], Text) and (target[-1].bold, target[-1].italic) == (bold, italic):
            target[-1] = Text(_join_marked(target[-1].text, text), bold, italic)
        else:
            target.append(run)
        if url is not None:
            out[-1] = Link(url, tuple(children))
    return tuple(out)


def _join_marked(left: str, right: str) -> str:
    """Join two marked texts, merging a closing mark with the same opening mark."""
    for close, opening in ((DEL_CLOSE, DEL_OPEN), (INS_CLOSE, INS_OPEN)):
        if left.endswith(close) and right.startswith(opening):
            return left[:-1] + right[1:]
    return left + right


# ------------------------------------------------------------------ the whole file


def change_date(answers: Answers) -> str:
    """The one date every change carries: deterministic, from the NEW answers where possible."""
    from ..writers.docx import FIXED_TIME

    document = answers.document
    day: dt.date | None = document.approved_on or (document.history[-1].date if document.history else None)
    if day is None:
        day = FIXED_TIME.date()
    return f"{day.isoformat()}T00:00:00Z"


def _strings(value: object) -> Iterator[str]:
    """Every string inside a Document (records, document values and tuples all the way down)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, Value | Record):
        for name in value.__slots__ if isinstance(value, Value) else value.field_names():
            yield from _strings(getattr(value, name))


def _refuse_marks(document: Document, side: str) -> None:
    for text in _strings(document):
        found = MARKS.search(text)
        if found:
            raise PolicyError(Problem(
                f"the {side} policy contains the private-use character U+{ord(found.group()):04X}, "
                "which policygen redline uses for its own marks; remove it from the answers"
            ))


def render_redline(old: Document, new: Document, date: str) -> bytes:
    """The .docx bytes: the merged Document drawn by the Word writer, marks made into changes."""
    from ..writers import docx as word

    _refuse_marks(old, "old")
    _refuse_marks(new, "new")
    merged = word.render(merge_documents(old, new))
    plain = word.render(new)
    with zipfile.ZipFile(io.BytesIO(merged)) as merged_zip, zipfile.ZipFile(io.BytesIO(plain)) as plain_zip:
        names = merged_zip.namelist()
        plain_names = set(plain_zip.namelist())
        members = {}
        for name in names:
            if name == "word/document.xml":
                members[name] = apply_marks(merged_zip.read(name), date)
            elif name == "word/settings.xml":
                members[name] = no_field_updates(merged_zip.read(name))
            elif name == "docProps/custom.xml" and name in plain_names:
                members[name] = compared_with(plain_zip.read(name), old, CUSTOM_FMTID)
            elif name in plain_names and re.fullmatch(r"word/(header|footer)\d*\.xml|docProps/core\.xml", name):
                members[name] = plain_zip.read(name)  # headers, footers and properties say what NEW says
            else:
                members[name] = merged_zip.read(name)
    return package(members, ordered=False)


def redline(old: Built, new: Built) -> bytes:
    """NEW as a Word document with tracked changes against OLD, as .docx bytes."""
    return render_redline(old.document, new.document, change_date(new.answers))
