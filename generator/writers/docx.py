"""The policy as a Word document, styled by templates/reference.docx or the organisation's own template.

The template holds every style, the heading and list numbering and the page set-up (see
templates/make_reference.py; an organisation's own is checked first by template.py, and
Document.template names it). This writer opens it, empties its body and writes, in order:

- a cover page: the logo (the first picture in the template's header, if any), Title, the
  organisation (Subtitle), and version, status, approval date and owner (Cover Details, one
  paragraph each). The cover has a first-page header and footer of its own, without text. A
  short edition (the quick guide) has no cover page: its facts are one line above its text;
- "Contents" (TOC Heading) on a new page, and a TOC field over heading levels 1-2. Its cached result is
  already the list of sections and clauses, linked to their headings, so readers that do
  not update fields still show a contents list; `w:updateFields` makes Word update it on
  opening. Given the page of each heading (from LibreOffice's layout, see paged.py), each
  entry also ends in a PAGEREF field showing that page, as Word writes its own contents.
  The last entries keep together, so no page holds only a few lines of the list;
- each section as Heading 1 and each clause as Heading 2. The numbers (1, 1.1) are Word
  numbering bound to those styles, not text, and match Section.number and Clause.number
  because sections and clauses are numbered consecutively from 1;
- clause blocks: paragraphs with bold, italic and real hyperlinks; lists as List Bullet and
  List Number paragraphs with a level per nesting depth (each ordered list restarts at 1);
  tables in Table Grid with a repeating, bold header row, alt text and columns that fit their
  words (columns.py).

Header: the logo, then organisation, DRAFT for drafts, title (on a second line when either is too
long for half a line). Footer: version and "Page X of Y". While the status is draft, every
header (the cover's too) anchors Word's own DRAFT watermark, so it is drawn on every page.
Core properties, custom properties (provenance and clause hashes) and a zip with fixed
times and sorted entries make the same Document give the same bytes.

The body is generated as one XML string, written exactly as lxml would write it (its escapes,
`<x/>` for an empty run or link), and spliced into the saved document part: python-docx's
per-paragraph API, or parsing the string into its tree only for lxml to write it out again,
is much slower for a document of this size and adds nothing here. tests/writers/test_docx.py
checks that the string is what lxml writes, for every example.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import docx
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part, XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from ..document import Block, Document, Inline, Link, ListBlock, Paragraph, Table, Text
from . import reference_template
from .columns import column_widths, unbroken_numbers
from .ooxml import CUSTOM_FMTID, CUSTOM_PROPERTIES, VT, package, saved_parts
from .template import read_template

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.oxml.xmlchemy import BaseOxmlElement
    from docx.package import Package
    from docx.parts.document import DocumentPart
    from docx.parts.hdrftr import FooterPart, HeaderPart

# Fixed times keep builds byte-identical: core properties and zip entries never say "now".
FIXED_TIME = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)

TOC_INSTRUCTION = 'TOC \\o "1-2" \\h \\z \\u'
TOC_PLACEHOLDER = "The contents list appears here when the document is opened in Word. If it does not, right-click here and choose Update Field."
MAX_LIST_LEVEL = 8  # Word numbering has levels 0-8
# The last this many entries of the contents keep together: a page of the list holds more than a few lines.
CONTENTS_KEPT_TOGETHER = 10
SPACE_AFTER_TABLE = '<w:pPr><w:spacing w:before="160"/></w:pPr>'  # tables have no space below them
SPACE_UNDER_LOGO = '<w:spacing w:after="480"/>'
SPACE_AFTER_BRIEF_COVER = '<w:spacing w:after="480"/>'  # the quick guide's text starts under its cover lines
COVER_LOGO_ID, HEADER_LOGO_ID = 1, 2  # picture ids, unique in the package

# Characters XML 1.0 cannot hold (answers reject them; clause text is ours, but be safe).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def template_path(document: Document | None = None) -> Path:
    """The Word template a document is made from: the organisation's own, or the bundled one."""
    return document.template if document is not None and document.template is not None else reference_template()


def open_template(document: Document) -> WordDocument:
    if document.template is None:
        return docx.Document(str(reference_template()))
    # The organisation's template is input: read within limits (it was checked when the build was prepared).
    return docx.Document(io.BytesIO(read_template(document.template, str(document.template))))


def render(document: Document, pages: Sequence[int] | None = None) -> bytes:
    """The .docx bytes; `pages` are the page of each contents entry (see contents_bookmarks), or None for none."""
    doc = open_template(document)
    part = doc.part
    body = doc.element.body
    for child in list(body):
        if child is not body.sectPr:
            body.remove(child)
    logo = _find_logo(doc.sections[0].header.part)
    writer = _BodyWriter(part, _TemplateFacts.read(doc), pages, logo)
    body_xml = writer.body(document)  # spliced in before the section properties when saving

    writer.add_list_numbering(part.numbering_part.element)
    _header_footer(doc, document, logo, _TemplateFacts.body_font(doc))
    _settings(doc.settings.element)
    _forget_attached_template(doc.part.part_related_by(RT.SETTINGS))
    _core_properties(doc, document)
    _custom_properties(part.package, document)
    return _reproducible_zip(doc, body_xml)


# ------------------------------------------------------------------ what the template provides


class _TemplateFacts:
    """Numbering ids and the text width, read from the template so it can change without this file."""

    def __init__(self, bullet_num: str, number_abstract: str, next_num: int, text_width: int, table_font_size: float):
        self.bullet_num = bullet_num
        self.number_abstract = number_abstract
        self.next_num = next_num
        self.text_width = text_width
        self.table_font_size = table_font_size  # points

    @classmethod
    def read(cls, doc: WordDocument) -> _TemplateFacts:
        styles = doc.styles.element
        numbering = doc.part.numbering_part.element

        def style_num(style_id: str) -> str:
            values = styles.xpath(f'w:style[@w:styleId="{style_id}"]/w:pPr/w:numPr/w:numId/@w:val')
            if not values:
                raise ValueError(f"reference.docx: the style {style_id} has no numbering")
            return values[0]

        number_num = style_num("ListNumber")
        abstract = numbering.xpath(f'w:num[@w:numId="{number_num}"]/w:abstractNumId/@w:val')[0]
        next_num = max((int(n) for n in numbering.xpath("w:num/@w:numId") if n.isdigit()), default=0) + 1
        sect = doc.element.body.sectPr
        width = int(sect.xpath("string(w:pgSz/@w:w)")) - int(sect.xpath("string(w:pgMar/@w:left)")) - int(sect.xpath("string(w:pgMar/@w:right)"))
        half_points = styles.xpath('string(w:style[@w:styleId="TableText"]/w:rPr/w:sz/@w:val)')
        size = int(half_points) / 2 if half_points.isdigit() and int(half_points) > 0 else 11
        return cls(style_num("ListBullet"), abstract, next_num, width, size)

    @staticmethod
    def body_font(doc: WordDocument) -> str:
        """The template's body font (its default), for the watermark."""
        return str(doc.styles.element.xpath("string(w:docDefaults/w:rPrDefault/w:rPr/w:rFonts/@w:ascii)")) or "Arial"


@dataclass(frozen=True)
class _Logo:
    """The organisation's logo: the first picture in the template's header, at the size it has there."""

    image: Part
    width: int  # EMU
    height: int

    def fitted(self, most_width: int, most_height: int) -> tuple[int, int]:
        """The logo's size scaled to fill the box without stretching."""
        scale = min(most_width / self.width, most_height / self.height)
        return round(self.width * scale), round(self.height * scale)


def _find_logo(header: HeaderPart | FooterPart) -> _Logo | None:
    for blip in header.element.iter(qn("a:blip")):
        rel_id = blip.get(qn("r:embed"))
        drawing = next(blip.iterancestors(qn("w:drawing")), None)
        extent = drawing.find(".//" + qn("wp:extent")) if drawing is not None else None
        cx, cy = (extent.get(name, "") if extent is not None else "" for name in ("cx", "cy"))
        if rel_id in header.related_parts and cx.isdigit() and cy.isdigit() and int(cx) > 0 and int(cy) > 0:
            return _Logo(header.related_parts[rel_id], int(cx), int(cy))
    return None


EMU_PER_CM = 360000
COVER_LOGO = (6 * EMU_PER_CM, 3 * EMU_PER_CM)  # the most a logo takes on the cover: 6 cm wide, 3 cm high
HEADER_LOGO = (4 * EMU_PER_CM, EMU_PER_CM)  # and in the header of every page


def _picture(rel_id: str, size: tuple[int, int], shape_id: int, description: str) -> str:
    """An inline picture run (DrawingML) with its alternative text."""
    cx, cy = size
    return (
        f'<w:r><w:drawing><wp:inline {nsdecls("wp")} distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
        f'<wp:docPr id="{shape_id}" name="Logo {shape_id}" descr={_attr(description)}/>'
        f'<wp:cNvGraphicFramePr><a:graphicFrameLocks {nsdecls("a")} noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        f'<a:graphic {nsdecls("a")}><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f'<pic:pic {nsdecls("pic")}><pic:nvPicPr><pic:cNvPr id="{shape_id}" name="Logo {shape_id}" descr={_attr(description)}/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{rel_id}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
        "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )


# ------------------------------------------------------------------ body


# As lxml (libxml2) writes text and attribute values, and as an XML parser reads line ends and
# whitespace in attributes first, so that the spliced body is what parsing it would have given;
# characters XML cannot hold are dropped.
_DROPPED = dict.fromkeys([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF])
_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "\n", **_DROPPED})
_ATTR_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\t": " ", "\n": " ", "\r": " ", **_DROPPED})


def _t(text: str) -> str:
    """Text as XML character data (xml.sax.saxutils would pull in urllib.request: slow to import)."""
    return (text.replace("\r\n", "\n") if "\r" in text else text).translate(_TEXT_ESCAPES)


def _attr(text: str) -> str:
    """A double-quoted XML attribute value."""
    return '"' + (text.replace("\r\n", "\n") if "\r" in text else text).translate(_ATTR_ESCAPES) + '"'


def _run(text: str, bold: bool = False, italic: bool = False, style: str = "", size: str = "", numbers_whole: bool = True) -> str:
    """A run of text; `size` is a w:sz value (half-points) when it differs from the style's.

    A phone number is kept on one line unless its table is too tight for that (columns.py).
    """
    props = (
        (f'<w:rStyle w:val="{style}"/>' if style else "") + ("<w:b/><w:bCs/>" if bold else "") + ("<w:i/><w:iCs/>" if italic else "")
        + (f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>' if size else "")
    )
    escaped = _t(unbroken_numbers(text) if numbers_whole else text)
    content = f'<w:t xml:space="preserve">{escaped}</w:t>' if escaped else '<w:t xml:space="preserve"/>'  # as lxml writes an empty one
    return (f"<w:r><w:rPr>{props}</w:rPr>" if props else "<w:r>") + content + "</w:r>"


TAB = "<w:r><w:tab/></w:r>"


def _ppr(style: str, extra: str = "") -> str:
    return f'<w:pPr><w:pStyle w:val="{style}"/>{extra}</w:pPr>'


def _num_pr(level: int, num_id: str | int) -> str:
    return f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'


def _bookmark(mark: int) -> str:
    return f"_Toc{mark:08d}"


def contents_entries(document: Document) -> list[tuple[str, str]]:
    """(number, title) of each section and clause, in order: the headings the contents lists."""
    entries = []
    for section in document.sections:
        entries.append((section.number, section.title))
        entries += [(clause.number, clause.title) for clause in section.clauses]
    return entries


def contents_bookmarks(document: Document) -> list[str]:
    """The bookmark on each heading the contents lists, in order (what `pages` of render are the pages of)."""
    return [_bookmark(mark) for mark in range(1, len(contents_entries(document)) + 1)]


def _field_runs(instruction: str, cached: str = "", dirty: bool = False) -> str:
    """A whole complex field in one paragraph: begin, instruction, separate, cached result, end."""
    dirty_attr = ' w:dirty="true"' if dirty else ""
    return (
        f'<w:r><w:fldChar w:fldCharType="begin"{dirty_attr}/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {_t(instruction)} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + (f'<w:r><w:t xml:space="preserve">{_t(cached)}</w:t></w:r>' if cached else "")
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


class _BodyWriter:
    def __init__(self, part: DocumentPart, facts: _TemplateFacts, pages: Sequence[int] | None, logo: _Logo | None = None) -> None:
        self.part = part
        self.facts = facts
        self.pages = pages
        self.logo = logo
        self.ordered_lists: list[tuple[int, int]] = []  # (numId, level) of each ordered list, in order
        self.links: dict[str, str] = {}  # url -> relationship id

    # -- the whole body

    def body(self, document: Document) -> str:
        out = self._cover(document)
        if not document.brief:
            out.append(f'<w:p>{_ppr("TOCHeading", "<w:pageBreakBefore/>")}{_run("Contents")}</w:p>')
            # Every heading gets a bookmark (deterministic ids 1, 2 ...) that its contents entry links to.
            out += self._contents(contents_entries(document))
        mark = 0
        for index, section in enumerate(document.sections):
            mark += 1
            out.append(self._heading("Heading1", section.title, mark, page_break=index == 0 and not document.brief))
            for clause in section.clauses:
                mark += 1
                out.append(self._heading("Heading2", clause.title, mark))
                out += self._blocks(clause.blocks, 0, clause.title)
        return "".join(out)

    def _cover(self, document: Document) -> list[str]:
        """The cover page: logo, title, organisation and the document's facts; a short edition has them in one line above its text."""
        meta = document.meta
        out = []
        if self.logo is not None and not document.brief:
            rel_id = self.part.relate_to(self.logo.image, RT.IMAGE)
            logo = _picture(rel_id, self.logo.fitted(*COVER_LOGO), COVER_LOGO_ID, f"{meta.organisation} logo")
            out.append(f'<w:p>{_ppr("Title", SPACE_UNDER_LOGO)}{logo}</w:p>')  # in Title's style: aligned as the title is
        out += [f'<w:p>{_ppr("Title")}{_run(meta.title)}</w:p>', f'<w:p>{_ppr("Subtitle")}{_run(meta.organisation)}</w:p>']
        if document.brief:
            return [*out, f'<w:p>{_ppr("CoverDetails", SPACE_AFTER_BRIEF_COVER)}{_run(f"Version {meta.version} ({meta.status})")}</w:p>']
        return out + [f'<w:p>{_ppr("CoverDetails")}{_run(f"{label}: ", bold=True)}{_run(value)}</w:p>' for label, value in meta.cover_facts()]

    @staticmethod
    def _heading(style: str, title: str, mark: int, page_break: bool = False) -> str:
        """A numbered heading: the text is the title only, Word numbering supplies 1 or 1.1."""
        return (
            f'<w:p>{_ppr(style, "<w:pageBreakBefore/>" if page_break else "")}'
            f'<w:bookmarkStart w:id="{mark}" w:name="{_bookmark(mark)}"/>{_run(title)}<w:bookmarkEnd w:id="{mark}"/></w:p>'
        )

    def _contents(self, entries: list[tuple[str, str]]) -> list[str]:
        """The TOC field, spanning one paragraph per entry: begin in the first, end in the last."""
        begin = (
            '<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {_t(TOC_INSTRUCTION)} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        )
        end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        if not entries:
            return [f'<w:p>{_ppr("TOC1")}{begin}{_run(TOC_PLACEHOLDER)}{end}</w:p>']
        if self.pages is not None and len(self.pages) != len(entries):
            raise ValueError(f"{len(self.pages)} page numbers for {len(entries)} contents entries")
        out = []
        kept_from = len(entries) - CONTENTS_KEPT_TOGETHER + 1
        for mark, (number, title) in enumerate(entries, start=1):
            style = "TOC2" if "." in number else "TOC1"
            page = ""
            if self.pages is not None:
                page = TAB + _field_runs(f"PAGEREF {_bookmark(mark)} \\h", str(self.pages[mark - 1]))
            link = f'<w:hyperlink w:anchor="{_bookmark(mark)}" w:history="1">{_run(number)}{TAB}{_run(title)}{page}</w:hyperlink>'
            keep = "<w:keepNext/>" if kept_from <= mark < len(entries) else ""
            out.append(f"<w:p>{_ppr(style, keep)}{begin if mark == 1 else ''}{link}{end if mark == len(entries) else ''}</w:p>")
        return out

    # -- blocks

    def _blocks(self, blocks: Iterable[Block], depth: int, context: str) -> list[str]:
        out: list[str] = []
        after_table = False
        for block in blocks:
            if isinstance(block, Paragraph):
                if not block.text.strip():
                    continue  # never an empty paragraph: spacing comes from styles
                # A table has no space below it; the paragraph after one keeps its distance.
                space = SPACE_AFTER_TABLE if after_table else ""
                out.append(f"<w:p>{space}{self._inlines(block.inlines)}</w:p>")
            elif isinstance(block, ListBlock):
                out += self._list(block, depth, context)
            elif isinstance(block, Table):
                out.append(self._table(block, context))
            else:
                raise TypeError(f"the Word writer cannot draw {type(block).__name__}")
            after_table = isinstance(block, Table)
        return out

    def _list(self, block: ListBlock, depth: int, context: str) -> list[str]:
        """Items as List Bullet / List Number at level `depth`; later paragraphs of an item as List Continue."""
        level = min(depth, MAX_LIST_LEVEL)
        if block.ordered:
            number = self.facts.next_num + len(self.ordered_lists)
            self.ordered_lists.append((number, level))
            num_id, style = str(number), "ListNumber"
        else:
            num_id, style = self.facts.bullet_num, "ListBullet"
        continue_style = "ListContinue" if level == 0 else f"ListContinue{min(level + 1, 3)}"
        out = []
        for item in block.items:
            marked = False
            for sub in item:
                if isinstance(sub, Paragraph):
                    para_style, numbering = (continue_style, "") if marked else (style, _num_pr(level, num_id))
                    out.append(f"<w:p>{_ppr(para_style, numbering)}{self._inlines(sub.inlines)}</w:p>")
                    marked = True
                else:
                    out += self._blocks((sub,), depth + 1, context)
        return out

    def add_list_numbering(self, numbering: BaseOxmlElement) -> None:
        """One w:num per ordered list, restarting at 1, after every existing w:num (schema order)."""
        for num_id, level in self.ordered_lists:
            numbering.append(parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{self.facts.number_abstract}"/>'
                f'<w:lvlOverride w:ilvl="{level}"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
            ))

    def _table(self, table: Table, context: str) -> str:
        columns = max([len(table.header)] + [len(row) for row in table.rows])
        header = list(table.header) + [()] * (columns - len(table.header))
        rows = [list(row) + [()] * (columns - len(row)) for row in table.rows]
        layout = column_widths([header] + rows, self.facts.text_width, self.facts.table_font_size)
        widths = layout.widths
        size = "" if layout.font_size == self.facts.table_font_size else str(round(layout.font_size * 2))
        names = ", ".join(_plain(cell) for cell in header if cell)
        caption = table.caption or context
        description = f"{len(rows)} rows; columns: {names}" if names else f"{len(rows)} rows"
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        out = [
            '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/>'
            f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
            '<w:tblLook w:val="0620" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>'
            + (f"<w:tblCaption w:val={_attr(caption)}/>" if caption else "")
            + f"<w:tblDescription w:val={_attr(description)}/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>"
        ]
        for index, row in enumerate([header] + rows):
            is_header = index == 0
            out.append("<w:tr><w:trPr><w:cantSplit/>" + ("<w:tblHeader/>" if is_header else "") + "</w:trPr>")
            for cell, width in zip(row, widths, strict=True):
                style = "TableHeading" if is_header else "TableText"
                out.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr><w:p>{_ppr(style)}{self._inlines(cell, size, layout.numbers_whole)}</w:p></w:tc>')
            out.append("</w:tr>")
        out.append("</w:tbl>")
        return "".join(out)

    # -- inline

    def _inlines(self, inlines: Iterable[Inline], size: str = "", numbers_whole: bool = True) -> str:
        out: list[str] = []
        for item in inlines:
            if isinstance(item, Text):
                out.append(_run(item.text, item.bold, item.italic, size=size, numbers_whole=numbers_whole))
            elif isinstance(item, Link):
                runs = "".join(_run(t.text, t.bold, t.italic, "Hyperlink", size, numbers_whole) for t in item.children)
                if not item.url:
                    out.append("".join(_run(t.text, t.bold, t.italic, size=size, numbers_whole=numbers_whole) for t in item.children))
                    continue
                link = f'<w:hyperlink r:id="{self._link(item.url)}" w:history="1"'
                out.append(f"{link}>{runs}</w:hyperlink>" if runs else f"{link}/>")
        return "".join(out)

    def _link(self, url: str) -> str:
        if url not in self.links:
            self.links[url] = self.part.relate_to(_NOT_XML.sub("", url), RT.HYPERLINK, is_external=True)
        return self.links[url]


def _plain(inlines: Iterable[Inline]) -> str:
    return "".join(i.text for i in inlines)


# ------------------------------------------------------------------ header, footer, settings


# The header's centre tab (for DRAFT) splits the line in two halves: the organisation must fit
# the left half and the right-aligned title the right half, or the title wraps under the
# organisation. A half holds about 48 average lower-case letters of 10 pt Arial; capitals and
# digits are wider, so they count for more, and we keep a margin.
HEADER_HALF = 46


def _header_width(text: str) -> float:
    return sum(1.3 if c.isupper() or c.isdigit() else 1.0 for c in text)


def _header_footer(doc: WordDocument, document: Document, logo: _Logo | None, font: str) -> None:
    """Every page's header and footer; a cover page gets its own, with nothing but the watermark of a draft."""
    meta = document.meta
    section = doc.sections[0]
    header = _emptied(section.header.part.element)
    draft = _run(meta.header_mark, bold=True) if meta.header_mark else ""
    # A centred mark longer than DRAFT reaches further into each half (a review copy's REVIEW COPY).
    wider = max(0.0, _header_width(meta.header_mark) - _header_width("DRAFT")) / 2
    if max(_header_width(meta.organisation), _header_width(meta.title)) + wider <= HEADER_HALF:
        lines = [_run(meta.organisation) + TAB + draft + TAB + _run(meta.title)]
    else:
        # Too long to share a line: the title would wrap under the organisation and look broken.
        lines = [_run(meta.organisation) + TAB + TAB + draft, _run(meta.title)]
    if logo is not None:
        rel_id = section.header.part.relate_to(logo.image, RT.IMAGE)
        lines.insert(0, _picture(rel_id, logo.fitted(*HEADER_LOGO), HEADER_LOGO_ID, f"{meta.organisation} logo"))
    lines[0] = (_watermark(font, 1) if meta.is_draft else "") + lines[0]  # the watermark is anchored in the header, so Word and LibreOffice draw it on every page
    for line in lines:  # consecutive Header paragraphs share one rule, under the last
        header.append(parse_xml(f'<w:p {nsdecls("w", "r")}>{_ppr("Header")}{line}</w:p>'))
    footer = _emptied(section.footer.part.element)
    footer.append(parse_xml(
        f'<w:p {nsdecls("w")}>{_ppr("Footer")}{_run(f"Version {meta.version}")}{TAB}{TAB}'
        f'{_run("Page ")}{_field_runs("PAGE", "1")}{_run(" of ")}{_field_runs("NUMPAGES", "1")}</w:p>'
    ))
    section.different_first_page_header_footer = not document.brief
    if not document.brief:  # the cover: no header text or rule, no footer, but the watermark
        watermark = _watermark(font, 2) if meta.is_draft else ""
        _emptied(section.first_page_header.part.element).append(parse_xml(f'<w:p {nsdecls("w")}><w:pPr><w:spacing w:after="0"/></w:pPr>{watermark}</w:p>'))
        _emptied(section.first_page_footer.part.element).append(parse_xml(f'<w:p {nsdecls("w")}><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>'))


def _emptied(part: BaseOxmlElement) -> BaseOxmlElement:
    for child in list(part):
        part.remove(child)
    return part


WATERMARK_TEXT = "DRAFT"
VML = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w10="urn:schemas-microsoft-com:office:word"'
# Word's own text watermark (Design > Watermark): a VML WordArt shape behind the text, centred on the
# margins and turned 45 degrees. The "PowerPlusWaterMarkObject" name is how Word and LibreOffice
# know the shape for a watermark (LibreOffice draws it and lists it under Format > Watermark).
_WATERMARK_SHAPE = (
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e">'
    '<v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/>'
    '<v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/>'
    '<v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/>'
    '<v:f eqn="sum @6 0 @5"/></v:formulas>'
    '<v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>'
    '<v:textpath on="t" fitshape="t"/><v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles>'
    '<o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>'
    '<v:shape id="PowerPlusWaterMarkObject{number}" o:spid="_x0000_s{shape_id}" type="#_x0000_t136" '
    'style="position:absolute;margin-left:0;margin-top:0;width:440pt;height:146pt;rotation:315;z-index:-251654144;'
    'mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin" '
    'o:allowincell="f" fillcolor="silver" stroked="f"><v:fill opacity=".5"/>'
    '<v:textpath style="font-family:{font};font-size:1pt" string="{text}"/><w10:wrap anchorx="margin" anchory="margin"/></v:shape>'
)


def _watermark(font: str, number: int) -> str:
    """A run holding the DRAFT watermark, in the template's body font; `number` (1, 2 ...) keeps each header's shape id its own."""
    safe = re.sub(r"[^A-Za-z0-9 _-]", "", font).strip() or "Arial"  # the name sits inside a CSS value inside an attribute
    shape = _WATERMARK_SHAPE.replace("{font}", f"&quot;{safe}&quot;").replace("{text}", WATERMARK_TEXT)
    shape = shape.replace("{number}", str(number)).replace("{shape_id}", str(2048 + number))
    return f'<w:r><w:rPr><w:noProof/></w:rPr><w:pict {VML}>{shape}</w:pict></w:r>'


# What may follow w:updateFields in w:settings (schema order).
_AFTER_UPDATE_FIELDS = tuple(f"w:{tag}" for tag in (
    "hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "attachedSchema", "themeFontLang",
    "clrSchemeMapping", "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade", "captions",
    "readModeInkLockDown", "smartTagType", "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol",
    "listSeparator",
)) + ("m:mathPr",)


ATTACHED_TEMPLATE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate"


def _forget_attached_template(settings: Part) -> None:
    """A template saved in Word names the template it was made from, often a path on someone's own computer: not for a policy."""
    if not isinstance(settings, XmlPart):
        return
    attached = settings.element.find(qn("w:attachedTemplate"))
    if attached is not None:
        settings.element.remove(attached)
    for rel_id, rel in list(settings.rels.items()):
        if rel.reltype == ATTACHED_TEMPLATE:
            settings.rels.pop(rel_id)


def _settings(settings: BaseOxmlElement) -> None:
    """Ask Word to refresh fields (the contents list) on opening; one header for odd and even pages."""
    even_and_odd = settings.find(qn("w:evenAndOddHeaders"))
    if even_and_odd is not None:  # a template's own even-page header would show instead of ours
        settings.remove(even_and_odd)
    found = settings.find(qn("w:updateFields"))
    if found is None:
        found = settings.insert_element_before(parse_xml(f'<w:updateFields {nsdecls("w")}/>'), *_AFTER_UPDATE_FIELDS)
    found.set(qn("w:val"), "true")


# ------------------------------------------------------------------ properties


def _provenance_text(document: Document) -> str:
    return "; ".join(f"{name} {value}" for name, value in document.meta.provenance)


def _core_properties(doc: WordDocument, document: Document) -> None:
    meta = document.meta
    core = doc.core_properties
    core.title = meta.title
    core.subject = meta.subject
    core.author = meta.author
    core.last_modified_by = meta.author
    core.keywords = "; ".join(meta.keywords)
    core.version = meta.version
    core.content_status = meta.status
    core.language = meta.language
    core.category = "Policy"
    core.comments = _provenance_text(document)
    core.revision = 1
    core.created = FIXED_TIME
    core.modified = FIXED_TIME


def custom_properties(document: Document) -> list[tuple[str, str]]:
    """(name, value) of each custom property: provenance, then one `clause <id>` per clause hash."""
    return list(document.meta.provenance) + [(f"clause {clause_id}", digest) for clause_id, digest in document.clause_hashes]


def _custom_properties(package: Package, document: Document) -> None:
    # A template's own custom properties (a document library's, say) describe the template, not this policy.
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == RT.CUSTOM_PROPERTIES:
            package.rels.pop(rel_id)
    pairs = custom_properties(document)
    if not pairs:
        return
    props = "".join(
        f'<property fmtid="{CUSTOM_FMTID}" pid="{pid}" name={_attr(name)}><vt:lpwstr>{_t(value)}</vt:lpwstr></property>'
        for pid, (name, value) in enumerate(pairs, start=2)  # pid 0 and 1 are reserved
    )
    xml = f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n<Properties xmlns=\"{CUSTOM_PROPERTIES}\" xmlns:vt=\"{VT}\">{props}</Properties>"
    part = Part(PackURI("/docProps/custom.xml"), CT.OFC_CUSTOM_PROPERTIES, xml.encode("utf-8"), package)
    package.relate_to(part, RT.CUSTOM_PROPERTIES)


# ------------------------------------------------------------------ saving


DOCUMENT_PART = "word/document.xml"


def _spliced(part: bytes, body_xml: str) -> bytes:
    """The saved document part, its body (only the section properties) given `body_xml` before them."""
    at = part.index(b"<w:sectPr", part.index(b"<w:body>"))
    return part[:at] + body_xml.encode("utf-8") + part[at:]


def _reproducible_zip(doc: WordDocument, body_xml: str) -> bytes:
    """The package with fixed entry times and sorted names, the body spliced in (only public API is used)."""
    members = saved_parts(doc)
    members[DOCUMENT_PART] = _spliced(members[DOCUMENT_PART], body_xml)
    return package(members)
