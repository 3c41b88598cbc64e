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

import copy
import datetime as dt
import difflib
import io
import re
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any, Sequence

from .answers import Answers
from .diffing import align, inline_text, token_chunks
from .document import Clause, Document, Link, ListBlock, Paragraph, Section, Table, Text
from .errors import PolicyError, Problem
from .library import Library, load_library
from .pipeline import write_all
from .sources import build_both

AUTHOR = "policygen"

# Change marks carried in the text between the merge and the last pass (Unicode private use).
DEL_OPEN, DEL_CLOSE, INS_OPEN, INS_CLOSE = "\ue001", "\ue002", "\ue003", "\ue004"
PARA_INS, PARA_DEL, ROW_INS, ROW_DEL = "\ue005", "\ue006", "\ue007", "\ue008"
_MARKS = re.compile("[\ue001-\ue008]")
_SEGMENTS = re.compile("\ue001([^\ue002]*)\ue002|\ue003([^\ue004]*)\ue004|([^\ue001\ue003]+)")

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


def whole(text: str, change: str) -> str:
    return deleted(text) if change == "del" else inserted(text)


def merge_documents(old: Document, new: Document) -> Document:
    """One Document holding NEW, with OLD's differences as change marks."""
    meta = replace(
        new.meta,
        title=marked_string(old.meta.title, new.meta.title),
        organisation=marked_string(old.meta.organisation, new.meta.organisation),
        version=marked_string(old.meta.version, new.meta.version),
        status=marked_string(old.meta.status, new.meta.status),
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
    return Document(meta, tuple(sections), new.clause_hashes)


def _by_id(old: Sequence[Any], new: Sequence[Any]) -> list[tuple[Any, Any]]:
    """Pair sections or clauses by id; both sides follow the outline, so order agrees."""
    pairs: list[tuple[Any, Any]] = []
    matcher = difflib.SequenceMatcher(None, [x.id for x in old], [y.id for y in new], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            pairs += list(zip(old[i1:i2], new[j1:j2]))
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


def _whole_inlines(inlines, change: str) -> tuple:
    out = []
    for item in inlines:
        if isinstance(item, Link):
            out.append(Link(item.url, tuple(Text(whole(t.text, change), t.bold, t.italic) for t in item.children)))
        else:
            out.append(Text(whole(item.text, change), item.bold, item.italic))
    return tuple(out)


def _whole_block(block, change: str):
    """A block inserted or deleted whole: every word and every paragraph mark (or table row)."""
    if isinstance(block, Paragraph):
        return Paragraph((Text(PARA_DEL if change == "del" else PARA_INS),) + _whole_inlines(block.inlines, change))
    if isinstance(block, ListBlock):
        return ListBlock(block.ordered, tuple(tuple(_whole_block(b, change) for b in item) for item in block.items))
    if isinstance(block, Table):
        return Table(_whole_row(block.header, change), tuple(_whole_row(r, change) for r in block.rows), block.caption)
    raise TypeError(block)


def _whole_row(row, change: str):
    if not row:
        return row
    mark = Text(ROW_DEL if change == "del" else ROW_INS)
    return tuple(((mark,) if i == 0 else ()) + _whole_inlines(cell, change) for i, cell in enumerate(row))


def _block_text(block) -> str:
    if isinstance(block, Paragraph):
        return inline_text(block.inlines)
    if isinstance(block, ListBlock):
        return "\n".join(_block_text(b) for item in block.items for b in item)
    if isinstance(block, Table):
        return " | ".join(inline_text(c) for c in block.header)  # a table is known by its columns
    return ""


def merge_blocks(old: Sequence[Any], new: Sequence[Any]) -> tuple:
    out = []
    for a, b in align(list(old), list(new), key=lambda x: x, text=_block_text):
        if a is None:
            out.append(_whole_block(b, "ins"))
        elif b is None:
            out.append(_whole_block(a, "del"))
        elif a == b:
            out.append(b)
        elif isinstance(a, Paragraph) and isinstance(b, Paragraph):
            out.append(Paragraph(merge_inlines(a.inlines, b.inlines)))
        elif isinstance(a, ListBlock) and isinstance(b, ListBlock) and a.ordered == b.ordered:
            out.append(ListBlock(b.ordered, _merge_items(a.items, b.items)))
        elif isinstance(a, Table) and isinstance(b, Table) and _columns(a) == _columns(b):
            out.append(_merge_table(a, b))
        else:
            out += [_whole_block(a, "del"), _whole_block(b, "ins")]
    return tuple(out)


def _merge_items(old, new) -> tuple:
    items = []
    for a, b in align(list(old), list(new), key=lambda x: x, text=lambda item: "\n".join(_block_text(x) for x in item)):
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
    def row_text(row) -> str:
        return " | ".join(inline_text(c) for c in row)

    def merge_row(a, b):
        width = max(len(a), len(b))
        a, b = tuple(a) + ((),) * (width - len(a)), tuple(b) + ((),) * (width - len(b))
        return tuple(merge_inlines(x, y) for x, y in zip(a, b))

    rows = []
    for a, b in align(list(old.rows), list(new.rows), key=lambda x: x, text=row_text):
        if a is None or b is None:
            rows.append(_whole_row(a or b, "del" if b is None else "ins"))
        else:
            rows.append(merge_row(a, b))
    return Table(merge_row(old.header, new.header), tuple(rows), new.caption)


def merge_inlines(old, new) -> tuple:
    """Word-level diff of two runs of inline content, keeping bold, italic and links."""
    a, b = _styled_tokens(old), _styled_tokens(new)
    pieces: list[tuple[str, bool, bool, str | None]] = []
    for x, y, equal in token_chunks(a, b, key=lambda t: t, text=lambda t: t[0]):
        if equal:
            pieces += y
        else:
            pieces += [(deleted(t), bo, it, url) for t, bo, it, url in x]
            pieces += [(inserted(t), bo, it, url) for t, bo, it, url in y]
    return _group(pieces)


def _styled_tokens(inlines) -> list[tuple[str, bool, bool, str | None]]:
    tokens = []
    for item in inlines:
        runs, url = (item.children, item.url) if isinstance(item, Link) else ((item,), None)
        for run in runs:
            tokens += [(t, run.bold, run.italic, url) for t in _words(run.text)]
    return tokens


def _group(pieces) -> tuple:
    """Neighbouring pieces with the same formatting become one run; a link's pieces one Link."""
    out: list = []
    for text, bold, italic, url in pieces:
        run = Text(text, bold, italic)
        target = out
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
            out[-1] = Link(url, tuple(target))
    return tuple(out)


def _join_marked(left: str, right: str) -> str:
    """Join two marked texts, merging a closing mark with the same opening mark."""
    for close, opening in ((DEL_CLOSE, DEL_OPEN), (INS_CLOSE, INS_OPEN)):
        if left.endswith(close) and right.startswith(opening):
            return left[:-1] + right[1:]
    return left + right


# ------------------------------------------------------------------ marks -> w:ins / w:del

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_NS = "http://www.w3.org/XML/1998/namespace"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def apply_marks(xml: bytes, date: str) -> bytes:
    """Turn the change marks in word/document.xml into tracked changes."""
    from lxml import etree

    root = etree.fromstring(xml)
    body = root.find(_w("body"))
    # 1. Word-level marks inside runs.
    for run in list(body.iter(_w("r"))):
        t = run.find(_w("t"))
        if t is None or not t.text or not _MARKS.search(t.text):
            continue
        replacement = []
        for match in _SEGMENTS.finditer(t.text):
            old, new, same = match.groups()
            piece = copy.deepcopy(run)
            piece_t = piece.find(_w("t"))
            if same is not None:
                piece_t.text = same
                replacement.append(piece)
            elif old is not None and old:
                piece_t.tag = _w("delText")
                piece_t.text = old
                wrapper = _revision("del", date)
                wrapper.append(piece)
                replacement.append(wrapper)
            elif new:
                piece_t.text = new
                wrapper = _revision("ins", date)
                wrapper.append(piece)
                replacement.append(wrapper)
        parent = run.getparent()
        index = parent.index(run)
        parent.remove(run)
        for offset, element in enumerate(replacement):
            parent.insert(index + offset, element)
    # 2. Paragraph and row marks (the marks sit in plain runs of their own or before a title).
    for paragraph in list(body.iter(_w("p"))):
        change = None
        for t in list(paragraph.iter(_w("t"))):
            text = t.text or ""
            if PARA_INS in text or ROW_INS in text:
                change = ("ins", ROW_INS in text)
            elif PARA_DEL in text or ROW_DEL in text:
                change = ("del", ROW_DEL in text)
            else:
                continue
            t.text = re.sub("[\ue005-\ue008]", "", text)
            run = t.getparent()
            if not t.text and all(child.tag in (_w("rPr"), _w("t")) for child in run):
                run.getparent().remove(run)
        if change is None:
            continue
        kind, row = change
        if row:
            tr = next(paragraph.iterancestors(_w("tr")))
            tr_pr = tr.find(_w("trPr"))
            if tr_pr is None:
                tr_pr = etree.SubElement(tr, _w("trPr"))
                tr.insert(0, tr_pr)
            if tr_pr.find(_w(kind)) is None:
                tr_pr.append(_revision(kind, _paragraph_date(date)))
            for p in tr.iter(_w("p")):
                _wrap_loose_runs(p, kind, date)
            for revision in tr.iter(_w("ins"), _w("del")):
                revision.set(_w("date"), _paragraph_date(date))
        else:
            p_pr = paragraph.find(_w("pPr"))
            if p_pr is None:
                p_pr = etree.Element(_w("pPr"))
                paragraph.insert(0, p_pr)
            r_pr = p_pr.find(_w("rPr"))
            if r_pr is None:
                r_pr = etree.SubElement(p_pr, _w("rPr"))
            r_pr.append(_revision(kind, _paragraph_date(date)))
            _wrap_loose_runs(paragraph, kind, date)
            for revision in paragraph.iter(_w("ins"), _w("del")):
                revision.set(_w("date"), _paragraph_date(date))
    for field in body.iter(_w("fldChar")):
        field.attrib.pop(_w("dirty"), None)
    # 3. Marks in attributes (table captions) read as the NEW text; a fully deleted one as the old.
    for element in body.iter():
        for name, value in element.attrib.items():
            if _MARKS.search(value):
                element.set(name, resolve(value, "new") or resolve(value, "old"))
    _keep_fields_whole(body)
    _anchor_before_tables(body, date)
    _describe_new_rows(body)
    _number_revisions(body)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _mark_changed(paragraph) -> bool:
    return paragraph.find(f"{_w('pPr')}/{_w('rPr')}/{_w('ins')}") is not None or paragraph.find(f"{_w('pPr')}/{_w('rPr')}/{_w('del')}") is not None


def _keep_fields_whole(body) -> None:
    """A field's begin or end must not sit in a paragraph that goes away.

    The contents field begins in its first entry and ends in its last; when that entry is
    inserted or deleted, its end moves to the start of the next paragraph that stays (and its
    begin, with the instruction, to the end of the previous one), so the field survives both
    Accept All and Reject All.
    """
    paragraphs = list(body.iterchildren(_w("p")))
    for index, paragraph in enumerate(paragraphs):
        if not _mark_changed(paragraph):
            continue
        runs = [r for r in paragraph.iterchildren(_w("r")) if r.find(_w("fldChar")) is not None or r.find(_w("instrText")) is not None]
        ends = [r for r in runs if r.find(_w("fldChar")) is not None and r.find(_w("fldChar")).get(_w("fldCharType")) == "end"]
        begins = [r for r in runs if r not in ends]
        after = next((p for p in paragraphs[index + 1 :] if not _mark_changed(p)), None)
        before = next((p for p in reversed(paragraphs[:index]) if not _mark_changed(p)), None)
        if ends and after is not None:
            p_pr = after.find(_w("pPr"))
            position = 1 if p_pr is not None else 0
            for offset, run in enumerate(ends):
                after.insert(position + offset, run)
        if begins and before is not None:
            for run in begins:
                before.append(run)


def _anchor_before_tables(body, date: str) -> None:
    """Give paragraphs that go away somewhere to go, where a table or the document's end follows.

    A paragraph whose mark is inserted or deleted merges into the next paragraph when the
    change is rejected or accepted; a table or the end of the document is not one. After such
    a run of paragraphs comes an empty paragraph to merge into. LibreOffice keeps the first
    paragraph's style when it merges, so an inserted run there also starts with an empty
    inserted paragraph: rejecting then leaves an empty line, never an empty numbered heading.
    """
    from lxml import etree

    def blank(kind: str | None):
        paragraph = etree.Element(_w("p"))
        if kind:
            r_pr = etree.SubElement(etree.SubElement(paragraph, _w("pPr")), _w("rPr"))
            r_pr.append(_revision(kind, _paragraph_date(date)))
        return paragraph

    for container in [body, *body.iter(_w("tc"))]:
        children = list(container)
        index = 0
        while index < len(children):
            if children[index].tag != _w("p") or not _mark_changed(children[index]):
                index += 1
                continue
            first = index
            while index + 1 < len(children) and children[index + 1].tag == _w("p") and _mark_changed(children[index + 1]):
                index += 1
            following = children[index + 1] if index + 1 < len(children) else None
            if following is None or following.tag != _w("p"):
                children[index].addnext(blank(None))
                if children[first].find(f"{_w('pPr')}/{_w('rPr')}/{_w('ins')}") is not None:
                    children[first].addprevious(blank("ins"))
            index += 1


def _describe_new_rows(body) -> None:
    """A table's alt text cannot hold tracked changes: it counts NEW's rows (not the header)."""
    for table in body.iter(_w("tbl")):
        description = table.find(f"{_w('tblPr')}/{_w('tblDescription')}")
        if description is None:
            continue
        every = table.findall(_w("tr"))
        if all(tr.find(f"{_w('trPr')}/{_w('del')}") is not None for tr in every):
            # A table deleted whole needs no alt text (readers that keep its empty shell show none).
            description.getparent().remove(description)
            caption = table.find(f"{_w('tblPr')}/{_w('tblCaption')}")
            if caption is not None:
                caption.getparent().remove(caption)
            continue
        rows = [tr for tr in every if tr.find(f"{_w('trPr')}/{_w('tblHeader')}") is None]
        kept = sum(1 for tr in rows if tr.find(f"{_w('trPr')}/{_w('del')}") is None)
        value = description.get(_w("val"))
        description.set(_w("val"), re.sub(r"^\d+ rows", f"{kept} rows", value))


def resolve(text: str, side: str) -> str:
    """The text of one side of a marked string."""
    out = []
    for match in _SEGMENTS.finditer(re.sub("[\ue005-\ue008]", "", text)):
        old, new, same = match.groups()
        if same is not None:
            out.append(same)
        elif side == "old" and old is not None:
            out.append(old)
        elif side == "new" and new is not None:
            out.append(new)
    return "".join(out)


def _paragraph_date(date: str) -> str:
    """Whole paragraphs and rows are dated two minutes after word changes.

    LibreOffice joins neighbouring changes by one author made within a minute of each
    other; joined, an insertion at the end of a paragraph and a new paragraph after it
    reject wrongly (the two paragraphs run together). Two minutes apart keeps them apart.
    """
    moment = dt.datetime.strptime(date, "%Y-%m-%dT%H:%M:%SZ") + dt.timedelta(minutes=2)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _revision(kind: str, date: str):
    from lxml import etree

    element = etree.Element(_w(kind))
    element.set(_w("id"), "0")  # numbered in document order at the end
    element.set(_w("author"), AUTHOR)
    element.set(_w("date"), date)
    return element


def _wrap_loose_runs(paragraph, kind: str, date: str) -> None:
    """In a paragraph inserted or deleted whole, every run of text or tabs joins the change.

    Field characters (the contents field's begin and end) and bookmarks stay outside, so
    the field survives either way.
    """
    for run in list(paragraph.iter(_w("r"))):
        parent = run.getparent()
        if parent.tag in (_w("ins"), _w("del")):
            continue
        if run.find(_w("t")) is None and run.find(_w("tab")) is None:
            continue
        if kind == "del":
            for t in run.iter(_w("t")):
                t.tag = _w("delText")
        wrapper = _revision(kind, date)
        parent.replace(run, wrapper)
        wrapper.append(run)


def _number_revisions(body) -> None:
    """Unique ids in document order, after every bookmark id."""
    used = [int(v) for v in body.xpath("//w:bookmarkStart/@w:id", namespaces={"w": W})]
    next_id = max(used, default=0) + 1
    for element in body.iter(_w("ins"), _w("del")):
        element.set(_w("id"), str(next_id))
        next_id += 1


# ------------------------------------------------------------------ the whole file


def change_date(answers: Answers) -> str:
    """The one date every change carries: deterministic, from the NEW answers where possible."""
    from .writers.docx import FIXED_TIME

    document = answers.document
    day: dt.date | None = document.approved_on or (document.history[-1].date if document.history else None)
    if day is None:
        day = FIXED_TIME.date()
    return f"{day.isoformat()}T00:00:00Z"


def _strings(value):
    """Every string inside a Document (dataclasses and tuples all the way down)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from _strings(item)
    elif hasattr(value, "__dataclass_fields__"):
        for name in value.__dataclass_fields__:
            yield from _strings(getattr(value, name))


def _refuse_marks(document: Document, side: str) -> None:
    for text in _strings(document):
        found = _MARKS.search(text)
        if found:
            raise PolicyError(Problem(
                f"the {side} policy contains the private-use character U+{ord(found.group()):04X}, "
                "which policygen redline uses for its own marks; remove it from the answers"
            ))


def render_redline(old: Document, new: Document, date: str) -> bytes:
    """The .docx bytes: the merged Document drawn by the Word writer, marks made into changes."""
    from .writers import docx as word

    _refuse_marks(old, "old")
    _refuse_marks(new, "new")
    merged = word.render(merge_documents(old, new))
    plain = word.render(new)
    with zipfile.ZipFile(io.BytesIO(merged)) as merged_zip, zipfile.ZipFile(io.BytesIO(plain)) as plain_zip:
        names = merged_zip.namelist()
        plain_names = set(plain_zip.namelist())
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
            for name in names:
                if name == "word/document.xml":
                    data = apply_marks(merged_zip.read(name), date)
                elif name == "word/settings.xml":
                    data = _no_field_updates(merged_zip.read(name))
                elif name == "docProps/custom.xml" and name in plain_names:
                    data = _compared_with(plain_zip.read(name), old, word.CUSTOM_FMTID)
                elif name in plain_names and re.fullmatch(r"word/(header|footer)\d*\.xml|docProps/core\.xml", name):
                    data = plain_zip.read(name)  # headers, footers and properties say what NEW says
                else:
                    data = merged_zip.read(name)
                info = zipfile.ZipInfo(name, date_time=word.ZIP_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                zout.writestr(info, data)
    return out.getvalue()


def _compared_with(xml: bytes, old: Document, fmtid: str) -> bytes:
    """NEW's custom properties (its provenance), plus what it was compared with."""
    from lxml import etree

    root = etree.fromstring(xml)
    pid = max((int(p.get("pid")) for p in root), default=1)
    added = [(f"compared with {n}", v) for n, v in old.meta.provenance if n == "answers sha256"] + [("compared with version", old.meta.version)]
    for name, value in added:
        pid += 1
        prop = etree.SubElement(root, f"{{{root.nsmap[None]}}}property", fmtid=fmtid, pid=str(pid), name=name)
        etree.SubElement(prop, f"{{{root.nsmap['vt']}}}lpwstr").text = value
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _no_field_updates(xml: bytes) -> bytes:
    """Word must not rebuild the contents list of a redline on opening: the rebuilt list would
    carry no tracked changes, and Reject All would no longer give the old contents."""
    from lxml import etree

    root = etree.fromstring(xml)
    for element in root.findall(_w("updateFields")):
        root.remove(element)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def redline(old: str, new: str, library: Library | None = None, cwd=None) -> bytes:
    """Read both sides (paths or REV:PATH), build both with one library, and redline them."""
    before, after = build_both(old, new, library or load_library(), cwd)
    return render_redline(before.document, after.document, change_date(after.answers))


def write_redline(old: str, new: str, output: str | Path, library_root: str | Path | None = None) -> Path:
    target = Path(output)
    if target.suffix.lower() != ".docx":
        raise PolicyError(Problem("a redline is a Word document: give a file name ending .docx", str(target)))
    library = load_library(Path(library_root)) if library_root else None
    write_all([(target, redline(old, new, library))])
    return target
