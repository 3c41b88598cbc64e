"""Change marks in the text, made into Word tracked changes (w:ins and w:del) in word/document.xml.

The redline merges two Documents into one whose text carries private-use marks around
deleted and inserted words, and at the start of paragraphs and table rows inserted or
deleted whole. The Word writer draws it like any Document; apply_marks then turns the
marks into revisions by AUTHOR, all dated alike, so the same inputs give the same bytes.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from typing import TYPE_CHECKING

from ..document import Document
from .ooxml import W
from .ooxml import w as _w

if TYPE_CHECKING:
    from lxml.etree import _Element  # lxml itself is imported on first use

AUTHOR = "policygen"

# Change marks carried in the text between the merge and the last pass (Unicode private use).
DEL_OPEN, DEL_CLOSE, INS_OPEN, INS_CLOSE = "\ue001", "\ue002", "\ue003", "\ue004"
PARA_INS, PARA_DEL, ROW_INS, ROW_DEL = "\ue005", "\ue006", "\ue007", "\ue008"
MARKS = re.compile("[\ue001-\ue008]")
_SEGMENTS = re.compile("\ue001([^\ue002]*)\ue002|\ue003([^\ue004]*)\ue004|([^\ue001\ue003]+)")


# ------------------------------------------------------------------ marks -> w:ins / w:del

def apply_marks(xml: bytes, date: str) -> bytes:
    """Turn the change marks in word/document.xml into tracked changes."""
    from lxml import etree

    root = etree.fromstring(xml)
    body = _body(root)
    for run in list(body.iter(_w("r"))):
        _mark_words(run, date)
    for paragraph in list(body.iter(_w("p"))):
        _mark_paragraph_or_row(paragraph, date)
    for field in body.iter(_w("fldChar")):
        field.attrib.pop(_w("dirty"), None)
    _resolve_attributes(body)
    _keep_fields_whole(body)
    _anchor_before_tables(body, date)
    _describe_new_rows(body)
    _number_revisions(body)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _body(root: _Element) -> _Element:
    body = root.find(_w("body"))
    assert body is not None, "no w:body"  # the Word writer always writes one
    return body


def _mark_words(run: _Element, date: str) -> None:
    """Word-level marks inside a run: the run splits into plain, deleted and inserted pieces."""
    t = run.find(_w("t"))
    if t is None or not t.text or not MARKS.search(t.text):
        return
    replacement = []
    for match in _SEGMENTS.finditer(t.text):
        old, new, same = match.groups()
        piece = copy.deepcopy(run)
        piece_t = _child(piece, "t")
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
    parent = _parent(run)
    index = parent.index(run)
    parent.remove(run)
    for offset, element in enumerate(replacement):
        parent.insert(index + offset, element)


def _mark_paragraph_or_row(paragraph: _Element, date: str) -> None:
    """A paragraph or table row inserted or deleted whole (its mark sits in a plain run of its own or before a title)."""
    change = _take_whole_mark(paragraph)
    if change is None:
        return
    kind, row = change
    if row:
        _mark_row(next(paragraph.iterancestors(_w("tr"))), kind, date)
    else:
        _mark_paragraph(paragraph, kind, date)


def _take_whole_mark(paragraph: _Element) -> tuple[str, bool] | None:
    """Take the whole-paragraph and whole-row marks out of a paragraph's text.

    Returns the last one found as (ins or del, whether it marks a row), or None when there is none.
    """
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
        run = _parent(t)
        if not t.text and all(child.tag in (_w("rPr"), _w("t")) for child in run):
            _parent(run).remove(run)
    return change


def _mark_row(tr: _Element, kind: str, date: str) -> None:
    from lxml import etree

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


def _mark_paragraph(paragraph: _Element, kind: str, date: str) -> None:
    from lxml import etree

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


def _resolve_attributes(body: _Element) -> None:
    """Marks in attributes (table captions) read as the NEW text; a fully deleted one as the old."""
    for element in body.iter():
        for name, value in element.attrib.items():
            if MARKS.search(value):
                element.set(name, resolve(value, "new") or resolve(value, "old"))


def _child(element: _Element, tag: str) -> _Element:
    child = element.find(_w(tag))
    assert child is not None, f"no w:{tag}"  # callers looked for it first
    return child


def _parent(element: _Element) -> _Element:
    parent = element.getparent()
    assert parent is not None, "the body's own elements all have parents"
    return parent


def _mark_changed(paragraph: _Element) -> bool:
    return paragraph.find(f"{_w('pPr')}/{_w('rPr')}/{_w('ins')}") is not None or paragraph.find(f"{_w('pPr')}/{_w('rPr')}/{_w('del')}") is not None


def _keep_fields_whole(body: _Element) -> None:
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
        ends = [r for r in runs if (char := r.find(_w("fldChar"))) is not None and char.get(_w("fldCharType")) == "end"]
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


def _anchor_before_tables(body: _Element, date: str) -> None:
    """Give paragraphs that go away somewhere to go, where a table or the document's end follows.

    A paragraph whose mark is inserted or deleted merges into the next paragraph when the
    change is rejected or accepted; a table or the end of the document is not one. After such
    a run of paragraphs comes an empty paragraph to merge into. LibreOffice keeps the first
    paragraph's style when it merges, so an inserted run there also starts with an empty
    inserted paragraph: rejecting then leaves an empty line, never an empty numbered heading.
    """
    from lxml import etree

    def blank(kind: str | None) -> _Element:
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


def _describe_new_rows(body: _Element) -> None:
    """A table's alt text cannot hold tracked changes: it counts NEW's rows (not the header)."""
    for table in body.iter(_w("tbl")):
        description = table.find(f"{_w('tblPr')}/{_w('tblDescription')}")
        if description is None:
            continue
        every = table.findall(_w("tr"))
        if all(tr.find(f"{_w('trPr')}/{_w('del')}") is not None for tr in every):
            # A table deleted whole needs no alt text (readers that keep its empty shell show none).
            _parent(description).remove(description)
            caption = table.find(f"{_w('tblPr')}/{_w('tblCaption')}")
            if caption is not None:
                _parent(caption).remove(caption)
            continue
        rows = [tr for tr in every if tr.find(f"{_w('trPr')}/{_w('tblHeader')}") is None]
        kept = sum(1 for tr in rows if tr.find(f"{_w('trPr')}/{_w('del')}") is None)
        value = description.get(_w("val"), "")
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


def _revision(kind: str, date: str) -> _Element:
    from lxml import etree

    element = etree.Element(_w(kind))
    element.set(_w("id"), "0")  # numbered in document order at the end
    element.set(_w("author"), AUTHOR)
    element.set(_w("date"), date)
    return element


def _wrap_loose_runs(paragraph: _Element, kind: str, date: str) -> None:
    """In a paragraph inserted or deleted whole, every run of text or tabs joins the change.

    Field characters (the contents field's begin and end) and bookmarks stay outside, so
    the field survives either way.
    """
    for run in list(paragraph.iter(_w("r"))):
        parent = _parent(run)
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


def _number_revisions(body: _Element) -> None:
    """Unique ids in document order, after every bookmark id."""
    used = [int(v) for v in body.xpath("//w:bookmarkStart/@w:id", namespaces={"w": W})]
    next_id = max(used, default=0) + 1
    for element in body.iter(_w("ins"), _w("del")):
        element.set(_w("id"), str(next_id))
        next_id += 1



# ------------------------------------------------------------------ other parts of the package


def compared_with(xml: bytes, old: Document, fmtid: str) -> bytes:
    """NEW's custom properties (its provenance), plus what it was compared with."""
    from lxml import etree

    root = etree.fromstring(xml)
    pid = max((int(p.get("pid", "1")) for p in root), default=1)
    added = [(f"compared with {n}", v) for n, v in old.meta.provenance if n == "answers sha256"] + [("compared with version", old.meta.version)]
    for name, value in added:
        pid += 1
        prop = etree.SubElement(root, f"{{{root.nsmap[None]}}}property", fmtid=fmtid, pid=str(pid), name=name)
        etree.SubElement(prop, f"{{{root.nsmap['vt']}}}lpwstr").text = value
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def no_field_updates(xml: bytes) -> bytes:
    """Word must not rebuild the contents list of a redline on opening: the rebuilt list would
    carry no tracked changes, and Reject All would no longer give the old contents."""
    from lxml import etree

    root = etree.fromstring(xml)
    for element in root.findall(_w("updateFields")):
        root.remove(element)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
