"""The policy as a Word document, styled by templates/reference.docx or the organisation's own template.

The template holds every style, the heading and list numbering and the page set-up (see
templates/make_reference.py; an organisation's own is checked first by template.py, and
Document.template names it). This writer opens it, empties its body and writes, in order:

- a cover page: the logo (the first picture in the template's header, else in its first page's
  header, drawn as DrawingML or VML; Word's picture watermark is not a logo), Title, the
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

The package is read and written with zipfile and lxml (opc.py, zipwriter.py), never python-docx,
which is slow to import and parses every part: the template is read once per process (per version
of the file), a part a build does not change (styles, theme, fonts, pictures ...) keeps its bytes
(and is deflated once),
and only what changes is written: the document, the headers and footers, settings (once per
template), numbering when the policy has numbered lists, core and custom properties,
relationships and content types. A changed part is written as lxml writes it, and every rule
(part names, relationship ids, the order of elements added) is the one python-docx followed
when it wrote earlier builds, so the same answers and template give the same bytes as before.

The body is generated as one XML string, written exactly as lxml would write it (its escapes,
`<x/>` for an empty run or link), and spliced into the document part: building it element by
element, or parsing the string into a tree only for lxml to write it out again, is much slower
for a document of this size and adds nothing here. tests/writers/test_docx.py checks that the
string is what lxml writes, for every example.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from ..document import Block, Document, Inline, Link, ListBlock, Paragraph, Table, Text
from . import reference_template
from .columns import column_widths, unbroken_numbers
from .ooxml import CUSTOM_FMTID, CUSTOM_PROPERTIES, NAMESPACES, VT, ContentType, RelType, nsdecls, qn
from .ooxml import attr as _attr
from .ooxml import text as _t
from .opc import Package, Part, Relationships, insert_before, make_element, parse, read_word_package, serialised
from .template import PARSED_PARTS
from .template import opened as checked_template

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


def render(document: Document, pages: Sequence[int] | None = None) -> bytes:
    """The .docx bytes; `pages` are the page of each contents entry (see contents_bookmarks), or None for none."""
    template = _template_of(document)
    package = template.package.copy()
    main = package.parts[template.main]
    root = copy.deepcopy(template.document)
    pages_parts = _PageParts(package, main, root, template)
    pages_parts.get("header", "default")  # made first when the template has none, as before
    writer = _BodyWriter(main.rels, template.facts, pages, template.logo)
    body_xml = writer.body(document)  # spliced in before the section properties when saving

    if writer.ordered_lists:
        numbering = copy.deepcopy(template.numbering)
        writer.add_list_numbering(numbering)
        package.parts[template.numbering_part].data = serialised(numbering)
    _header_footer(pages_parts, document, template.logo, template.body_font)
    pages_parts.save()
    _settings_part(package, main, template)
    _core_properties(package, document, template.core)
    _custom_properties(package, document)
    main.data = _spliced(serialised(root), body_xml)
    return package.zipped()


# ------------------------------------------------------------------ what the template provides


@dataclass(frozen=True)
class _Template:
    """A Word template as read once per process: its package, and the parts a build changes, parsed."""

    package: Package
    main: str  # the document part's name
    document: etree._Element  # the document part, its body holding only the section properties
    numbering_part: str
    numbering: etree._Element
    emptied: dict[str, etree._Element]  # the section's headers and footers, by part name, without their content
    settings: tuple[bytes, Relationships] | None  # the settings part as every build writes it; None: the template has none
    core: etree._Element | None
    facts: _TemplateFacts
    body_font: str
    logo: _Logo | None


def _template_of(document: Document) -> _Template:
    path = template_path(document)
    stat = os.stat(path)
    return _read_template(str(path), document.template is not None, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=8)
def _read_template(path: str, own: bool, mtime_ns: int, size: int) -> _Template:
    """The template, read and parsed once for each version of the file (a live preview rebuilds on every change)."""
    if own:  # the organisation's: the package its checks read when the build was prepared
        checked = checked_template(Path(path), path)
        package, main = checked.package, checked.main
    else:
        package, main = read_word_package(Path(path).read_bytes(), PARSED_PARTS)
    document = copy.deepcopy(_xml(main))  # the parsed parts are shared with the checks: changed only as copies
    sect_pr = _section_properties(document)
    for child in [*sect_pr.itersiblings(preceding=True), *sect_pr.itersiblings()]:
        child.getparent().remove(child)  # type: ignore[union-attr]  # a sibling has the body as its parent
    styles, numbering = (package.related(main, reltype) for reltype in (RelType.STYLES, RelType.NUMBERING))
    assert styles is not None and numbering is not None  # the template's checks make sure of both
    styles_xml, numbering_xml = _xml(styles), _xml(numbering)
    emptied = {}
    for reference in sect_pr.xpath("w:headerReference | w:footerReference", namespaces=NS):
        name = main.rels.part(str(reference.get(qn("r:id"))))
        if name is not None and name in package.parts and name not in emptied:
            emptied[name] = _emptied(copy.deepcopy(_xml(package.parts[name])))
    logo = _template_logo(package, main, sect_pr)
    settings = package.related(main, RelType.SETTINGS)
    core = package.related(None, RelType.CORE_PROPERTIES)
    return _Template(
        package, main.name, document, numbering.name, numbering_xml, emptied,
        _settings_once(settings) if settings is not None else None,
        _xml(core) if core is not None else None,
        _TemplateFacts.read(styles_xml, numbering_xml, sect_pr), _TemplateFacts.body_font(styles_xml), logo,
    )


def _xml(part: Part) -> etree._Element:
    """A part's XML as read (not to be changed in place): parsed by the reader, or now for a part of a type it does not parse."""
    return part.tree if part.tree is not None else parse(part.data)


NS = {"w": NAMESPACES["w"], "r": NAMESPACES["r"]}


def _section_properties(document: etree._Element) -> etree._Element:
    """The body's own w:sectPr (the page set-up; the template's checks make sure it is there)."""
    found = document.find(f"{qn('w:body')}/{qn('w:sectPr')}")
    if found is None:
        raise ValueError("the template's document has no section properties")
    return found


class _TemplateFacts:
    """Numbering ids and the text width, read from the template so it can change without this file."""

    def __init__(self, bullet_num: str, number_abstract: str, next_num: int, text_width: int, table_font_size: float):
        self.bullet_num = bullet_num
        self.number_abstract = number_abstract
        self.next_num = next_num
        self.text_width = text_width
        self.table_font_size = table_font_size  # points

    @classmethod
    def read(cls, styles: etree._Element, numbering: etree._Element, sect: etree._Element) -> _TemplateFacts:
        def style_num(style_id: str) -> str:
            values = styles.xpath(f'w:style[@w:styleId="{style_id}"]/w:pPr/w:numPr/w:numId/@w:val', namespaces=NS)
            if not values:
                raise ValueError(f"reference.docx: the style {style_id} has no numbering")
            return str(values[0])

        number_num = style_num("ListNumber")
        abstract = str(numbering.xpath(f'w:num[@w:numId="{number_num}"]/w:abstractNumId/@w:val', namespaces=NS)[0])
        next_num = max((int(n) for n in numbering.xpath("w:num/@w:numId", namespaces=NS) if n.isdigit()), default=0) + 1
        width = int(sect.xpath("string(w:pgSz/@w:w)", namespaces=NS)) - int(sect.xpath("string(w:pgMar/@w:left)", namespaces=NS)) - int(sect.xpath("string(w:pgMar/@w:right)", namespaces=NS))
        half_points = str(styles.xpath('string(w:style[@w:styleId="TableText"]/w:rPr/w:sz/@w:val)', namespaces=NS))
        size = int(half_points) / 2 if half_points.isdigit() and int(half_points) > 0 else 11
        return cls(style_num("ListBullet"), abstract, next_num, width, size)

    @staticmethod
    def body_font(styles: etree._Element) -> str:
        """The template's body font (its default), for the watermark."""
        return str(styles.xpath("string(w:docDefaults/w:rPrDefault/w:rPr/w:rFonts/@w:ascii)", namespaces=NS)) or "Arial"


@dataclass(frozen=True)
class _Logo:
    """The organisation's logo: the first picture in the template's header, at the size it has there."""

    image: str  # the image part's name
    width: int  # EMU
    height: int

    def fitted(self, most_width: int, most_height: int) -> tuple[int, int]:
        """The logo's size scaled to fill the box without stretching."""
        scale = min(most_width / self.width, most_height / self.height)
        return round(self.width * scale), round(self.height * scale)


def _template_logo(package: Package, main: Part, sect_pr: etree._Element) -> _Logo | None:
    """The first picture in the template's headers: every page's header, else the first page's, else the even pages'."""
    for page in ("default", "first", "even"):
        found = sect_pr.xpath(f"w:headerReference[@w:type='{page}']/@r:id", namespaces=NS)
        name = main.rels.part(str(found[0])) if found else None
        if name in package.parts:
            logo = _find_logo(_xml(package.parts[name]), package.parts[name].rels)
            if logo is not None:
                return logo
    return None


VML_NS, VML_OFFICE_NS = "urn:schemas-microsoft-com:vml", "urn:schemas-microsoft-com:office:office"
# Word's own picture watermark is a VML picture in the header too: a background, not a logo.
_WATERMARK_SHAPES = ("WordPictureWatermark", "PowerPlusWaterMarkObject")


def _find_logo(header: etree._Element, rels: Relationships) -> _Logo | None:
    """The first picture in a header, drawn as DrawingML (Word since 2007) or VML (older Word, and some templates still)."""
    for picture in header.iter(qn("a:blip"), f"{{{VML_NS}}}imagedata"):
        if picture.tag == qn("a:blip"):
            image = rels.part(str(picture.get(qn("r:embed"))))
            drawing = next(picture.iterancestors(qn("w:drawing")), None)
            extent = drawing.find(".//" + qn("wp:extent")) if drawing is not None else None
            cx, cy = (extent.get(name, "") if extent is not None else "" for name in ("cx", "cy"))
            size = (int(cx), int(cy)) if cx.isdigit() and cy.isdigit() else None
        else:
            image = rels.part(str(picture.get(qn("r:id")) or picture.get(f"{{{VML_OFFICE_NS}}}relid")))
            shape = picture.getparent()
            if shape is None or str(shape.get("id", "")).startswith(_WATERMARK_SHAPES):
                continue
            size = _vml_size(str(shape.get("style", "")))
        if image is not None and size is not None and size[0] > 0 and size[1] > 0:
            return _Logo(image, *size)
    return None


_EMU_PER = {"pt": 12700, "in": 914400, "cm": 360000, "mm": 36000, "pc": 152400, "px": 9525}
_CSS_LENGTH = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(pt|in|cm|mm|pc|px)\s*$")


def _vml_size(style: str) -> tuple[int, int] | None:
    """A VML shape's width and height in EMU, from its CSS style (width:120pt;height:60pt); None without both."""
    declared = {name.strip().lower(): value for name, value in (item.split(":", 1) for item in style.split(";") if item.count(":") == 1)}
    lengths = [_CSS_LENGTH.match(declared.get(name, "")) for name in ("width", "height")]
    if not all(lengths):
        return None
    width, height = (round(float(found.group(1)) * _EMU_PER[found.group(2)]) for found in lengths if found is not None)
    return width, height


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


@functools.lru_cache(maxsize=8192)  # the same runs recur in every policy of a batch and in every rebuild: a run is made once
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


def heading_marks(mark: int) -> tuple[str, str]:
    """The bookmark's start and end around the title run of heading `mark` (1, 2 ... in contents order), as written."""
    return f'<w:bookmarkStart w:id="{mark}" w:name="{_bookmark(mark)}"/>', f'<w:bookmarkEnd w:id="{mark}"/>'


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
    def __init__(self, rels: Relationships, facts: _TemplateFacts, pages: Sequence[int] | None, logo: _Logo | None = None) -> None:
        self.rels = rels  # the document part's
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
            rel_id = self.rels.add(RelType.IMAGE, self.logo.image)
            logo = _picture(rel_id, self.logo.fitted(*COVER_LOGO), COVER_LOGO_ID, f"{meta.organisation} logo")
            out.append(f'<w:p>{_ppr("Title", SPACE_UNDER_LOGO)}{logo}</w:p>')  # in Title's style: aligned as the title is
        out += [f'<w:p>{_ppr("Title")}{_run(meta.title)}</w:p>', f'<w:p>{_ppr("Subtitle")}{_run(meta.organisation)}</w:p>']
        if document.brief:
            return [*out, f'<w:p>{_ppr("CoverDetails", SPACE_AFTER_BRIEF_COVER)}{_run(f"Version {meta.version} ({meta.status})")}</w:p>']
        return out + [f'<w:p>{_ppr("CoverDetails")}{_run(f"{label}: ", bold=True)}{_run(value)}</w:p>' for label, value in meta.cover_facts()]

    @staticmethod
    def _heading(style: str, title: str, mark: int, page_break: bool = False) -> str:
        """A numbered heading: the text is the title only, Word numbering supplies 1 or 1.1."""
        before, after = heading_marks(mark)
        return f'<w:p>{_ppr(style, "<w:pageBreakBefore/>" if page_break else "")}{before}{_run(title)}{after}</w:p>'

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

    def add_list_numbering(self, numbering: etree._Element) -> None:
        """One w:num per ordered list, restarting at 1, after every existing w:num (schema order)."""
        for num_id, level in self.ordered_lists:
            numbering.append(parse(
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
            self.links[url] = self.rels.add(RelType.HYPERLINK, _NOT_XML.sub("", url), external=True)
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


class _PageParts:
    """The section's headers and footers: the template's, emptied, or new ones, added as earlier builds (python-docx) added them."""

    def __init__(self, package: Package, main: Part, document: etree._Element, template: _Template) -> None:
        self.package = package
        self.main = main
        self.sect_pr = _section_properties(document)
        self.template = template
        self.found: dict[tuple[str, str], tuple[Part, etree._Element]] = {}

    def get(self, kind: str, page: str) -> tuple[Part, etree._Element]:
        """The part and emptied XML of the header or footer (`kind`) of the default or first `page`."""
        if (kind, page) not in self.found:
            self.found[kind, page] = self._existing(kind, page) or self._added(kind, page)
        return self.found[kind, page]

    def _existing(self, kind: str, page: str) -> tuple[Part, etree._Element] | None:
        reference = next((r for r in self.sect_pr.iterfind(qn(f"w:{kind}Reference")) if r.get(qn("w:type")) == page), None)
        name = self.main.rels.part(str(reference.get(qn("r:id")))) if reference is not None else None
        if name is None or name not in self.template.emptied:
            return None
        return self.package.parts[name], copy.deepcopy(self.template.emptied[name])

    def _added(self, kind: str, page: str) -> tuple[Part, etree._Element]:
        name = self.package.next_name(f"/word/{kind}%d.xml")
        part = self.package.add(name, ContentType.HEADER if kind == "header" else ContentType.FOOTER, b"")
        rel_id = self.main.rels.add(RelType.HEADER if kind == "header" else RelType.FOOTER, name)
        reference = insert_before(self.sect_pr, make_element(qn(f"w:{kind}Reference"), "w"), _SECTION_AFTER_REFERENCES)
        reference.set(qn("w:type"), page)
        reference.set(qn("r:id"), rel_id)
        return part, parse(NEW_HEADER if kind == "header" else NEW_FOOTER)

    def first_page_different(self, different: bool) -> None:
        """w:titlePg: the first page (the cover) has a header and footer of its own."""
        for title_page in self.sect_pr.findall(qn("w:titlePg")):
            if not different:
                self.sect_pr.remove(title_page)
        if different:
            found = self.sect_pr.find(qn("w:titlePg"))
            found = found if found is not None else insert_before(self.sect_pr, make_element(qn("w:titlePg"), "w"), _SECTION_AFTER_TITLE_PAGE)
            found.attrib.pop(qn("w:val"), None)  # on, as an element without a value is

    def save(self) -> None:
        for part, tree in self.found.values():
            part.data = serialised(tree)


# What follows a header or footer reference, and the title page setting, in w:sectPr (schema order).
_SECTION_CHILDREN = tuple(qn(f"w:{tag}") for tag in (
    "footnotePr", "endnotePr", "type", "pgSz", "pgMar", "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt",
    "vAlign", "noEndnote", "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange",
))
_SECTION_AFTER_REFERENCES = _SECTION_CHILDREN
_SECTION_AFTER_TITLE_PAGE = _SECTION_CHILDREN[14:]
# The root of a new header or footer part, as Word (and python-docx) write one.
_PART_NAMESPACES = (
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:mo="http://schemas.microsoft.com/office/mac/office/2008/main" xmlns:mv="urn:schemas-microsoft-com:mac:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" mc:Ignorable="w14 wp14"'
)
NEW_HEADER = f"<w:hdr {_PART_NAMESPACES}/>".encode()
NEW_FOOTER = f"<w:ftr {_PART_NAMESPACES}/>".encode()


def _header_footer(pages: _PageParts, document: Document, logo: _Logo | None, font: str) -> None:
    """Every page's header and footer; a cover page gets its own, with nothing but the watermark of a draft."""
    meta = document.meta
    header_part, header = pages.get("header", "default")
    draft = _run(meta.header_mark, bold=True) if meta.header_mark else ""
    # A centred mark longer than DRAFT reaches further into each half (a review copy's REVIEW COPY).
    wider = max(0.0, _header_width(meta.header_mark) - _header_width("DRAFT")) / 2
    if max(_header_width(meta.organisation), _header_width(meta.title)) + wider <= HEADER_HALF:
        lines = [_run(meta.organisation) + TAB + draft + TAB + _run(meta.title)]
    else:
        # Too long to share a line: the title would wrap under the organisation and look broken.
        lines = [_run(meta.organisation) + TAB + TAB + draft, _run(meta.title)]
    if logo is not None:
        rel_id = header_part.rels.add(RelType.IMAGE, logo.image)
        lines.insert(0, _picture(rel_id, logo.fitted(*HEADER_LOGO), HEADER_LOGO_ID, f"{meta.organisation} logo"))
    lines[0] = (_watermark(font, 1) if meta.is_draft else "") + lines[0]  # the watermark is anchored in the header, so Word and LibreOffice draw it on every page
    for line in lines:  # consecutive Header paragraphs share one rule, under the last
        header.append(parse(f'<w:p {nsdecls("w", "r")}>{_ppr("Header")}{line}</w:p>'))
    pages.get("footer", "default")[1].append(parse(
        f'<w:p {nsdecls("w")}>{_ppr("Footer")}{_run(f"Version {meta.version}")}{TAB}{TAB}'
        f'{_run("Page ")}{_field_runs("PAGE", "1")}{_run(" of ")}{_field_runs("NUMPAGES", "1")}</w:p>'
    ))
    pages.first_page_different(not document.brief)
    if not document.brief:  # the cover: no header text or rule, no footer, but the watermark
        watermark = _watermark(font, 2) if meta.is_draft else ""
        pages.get("header", "first")[1].append(parse(f'<w:p {nsdecls("w")}><w:pPr><w:spacing w:after="0"/></w:pPr>{watermark}</w:p>'))
        pages.get("footer", "first")[1].append(parse(f'<w:p {nsdecls("w")}><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>'))


def _emptied(part: etree._Element) -> etree._Element:
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


# What may follow w:updateFields in w:settings (schema order), looked for in this order.
_AFTER_UPDATE_FIELDS = tuple(qn(f"w:{tag}") for tag in (
    "hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "attachedSchema", "themeFontLang",
    "clrSchemeMapping", "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade", "captions",
    "readModeInkLockDown", "smartTagType", "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol",
    "listSeparator",
)) + (qn("m:mathPr"),)
NEW_SETTINGS = f"<w:settings {nsdecls('w')}/>".encode()  # for a template without settings, which Word never writes


def _settings_once(settings: Part) -> tuple[bytes, Relationships]:
    """The template's settings as every build writes them, and their relationships."""
    tree = copy.deepcopy(_xml(settings))
    _settings(tree)
    rels = settings.rels.copy()
    # A template saved in Word names the template it was made from, often a path on someone's own computer: not for a policy.
    attached = tree.find(qn("w:attachedTemplate"))
    if attached is not None:
        tree.remove(attached)
    rels.drop(RelType.ATTACHED_TEMPLATE)
    return serialised(tree), rels


def _settings_part(package: Package, main: Part, template: _Template) -> None:
    if template.settings is None:
        tree = parse(NEW_SETTINGS)
        _settings(tree)
        package.add("/word/settings.xml", ContentType.SETTINGS, serialised(tree))
        main.rels.add(RelType.SETTINGS, "/word/settings.xml")
        return
    settings = package.related(main, RelType.SETTINGS)
    assert settings is not None
    settings.data, settings.rels = template.settings[0], template.settings[1].copy()


def _settings(settings: etree._Element) -> None:
    """Ask Word to refresh fields (the contents list) on opening; one header for odd and even pages."""
    even_and_odd = settings.find(qn("w:evenAndOddHeaders"))
    if even_and_odd is not None:  # a template's own even-page header would show instead of ours
        settings.remove(even_and_odd)
    found = settings.find(qn("w:updateFields"))
    if found is None:
        found = insert_before(settings, parse(f'<w:updateFields {nsdecls("w")}/>'), _AFTER_UPDATE_FIELDS)
    found.set(qn("w:val"), "true")


# ------------------------------------------------------------------ properties


def _provenance_text(document: Document) -> str:
    return "; ".join(f"{name} {value}" for name, value in document.meta.provenance)


NEW_CORE_PROPERTIES = f"<cp:coreProperties {nsdecls('cp', 'dc', 'dcterms')}/>\n".encode()


def _core_properties(package: Package, document: Document, template_core: etree._Element | None) -> None:
    """docProps/core.xml: the template's, or a new one as python-docx made it, with this policy's properties."""
    meta = document.meta
    part = package.related(None, RelType.CORE_PROPERTIES)
    if part is None or template_core is None:  # the same template, so both or neither
        part = package.add("/docProps/core.xml", ContentType.CORE_PROPERTIES, b"")
        package.rels.add(RelType.CORE_PROPERTIES, part.name)
        core = parse(NEW_CORE_PROPERTIES)
        for name in ("dc:title", "cp:lastModifiedBy", "cp:revision", "dcterms:modified"):  # the order a new part had them in
            _core_element(core, name)
    else:
        core = copy.deepcopy(template_core)
    texts = {
        "dc:title": meta.title, "dc:subject": meta.subject, "dc:creator": meta.author, "cp:lastModifiedBy": meta.author,
        "cp:keywords": "; ".join(meta.keywords), "cp:version": meta.version, "cp:contentStatus": meta.status,
        "dc:language": meta.language, "cp:category": "Policy", "dc:description": _provenance_text(document), "cp:revision": "1",
    }
    for name, value in texts.items():
        _core_element(core, name).text = value
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")
    for name in ("dcterms:created", "dcterms:modified"):
        element = _core_element(core, name)
        element.text = stamp
        core.set(qn("xsi:foo"), "bar")  # declares xsi on the root, not on each element that uses it
        element.set(qn("xsi:type"), "dcterms:W3CDTF")
        del core.attrib[qn("xsi:foo")]
    part.data = serialised(core)


def _core_element(core: etree._Element, name: str) -> etree._Element:
    found = core.find(qn(name))
    if found is None:
        found = make_element(qn(name), name.split(":")[0])
        core.append(found)
    return found


def custom_properties(document: Document) -> list[tuple[str, str]]:
    """(name, value) of each custom property: provenance, then one `clause <id>` per clause hash."""
    return list(document.meta.provenance) + [(f"clause {clause_id}", digest) for clause_id, digest in document.clause_hashes]


def _custom_properties(package: Package, document: Document) -> None:
    # A template's own custom properties (a document library's, say) describe the template, not this policy.
    package.rels.drop(RelType.CUSTOM_PROPERTIES)
    pairs = custom_properties(document)
    if not pairs:
        return
    props = "".join(
        f'<property fmtid="{CUSTOM_FMTID}" pid="{pid}" name={_attr(name)}><vt:lpwstr>{_t(value)}</vt:lpwstr></property>'
        for pid, (name, value) in enumerate(pairs, start=2)  # pid 0 and 1 are reserved
    )
    xml = f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n<Properties xmlns=\"{CUSTOM_PROPERTIES}\" xmlns:vt=\"{VT}\">{props}</Properties>"
    part = package.add("/docProps/custom.xml", ContentType.CUSTOM_PROPERTIES, xml.encode("utf-8"))
    package.rels.add(RelType.CUSTOM_PROPERTIES, part.name)


# ------------------------------------------------------------------ saving


def _spliced(part: bytes, body_xml: str) -> bytes:
    """The saved document part, its body (only the section properties) given `body_xml` before them."""
    at = part.index(b"<w:sectPr", part.index(b"<w:body>"))
    return part[:at] + body_xml.encode("utf-8") + part[at:]
