"""An organisation's own Word template: checked before use, and a starter copy to restyle.

The Word writer (docx.py) takes everything about the look from a template: fonts, colours,
headings, lists, tables, page size and margins, and the logo (the first picture in the
template's header, or in its first page's header). The bundled template is templates/reference.docx; an organisation's own
(`document.template` or `build --template`) must hold every style the writer uses, found by
the names Word gives them (saved in English whatever Word's language, while the style ids are
translated), with numbering on the headings and lists; each gets the id the writer names it by. `check` says which are
missing (errors: nothing could be built) and which text colours read badly on white
(warnings). `starter` is the bundled template with instructions in its body, to open in Word,
restyle and save: the writer empties the body, so the instructions never reach a policy.

A template is input like an answers file: it is read once per version of the file, within
limits on its size, by the reader the writer uses (opc.py: no entities, no network, no huge
trees), and the package checked here is the one the writer builds from, so nothing it would
refuse reaches a build and nothing is read or parsed twice.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

from lxml import etree

from ..errors import PolicyError, Problem
from ..files import read_bytes
from ..record import Record
from .ooxml import ContentType, RelType, W, package, text, w
from .opc import (
    INPUT_LIMITS,
    NotAWordDocument,
    NotAZip,
    Package,
    PackageError,
    Part,
    TooLarge,
    UnreadablePart,
    read_word_package,
    serialised,
)

MAX_TEMPLATE_BYTES = 20 * 1024 * 1024  # the zip itself
MAX_PART_BYTES = INPUT_LIMITS.part
MAX_UNPACKED_BYTES = INPUT_LIMITS.unpacked
MIN_CONTRAST = 4.5  # WCAG 2.2 AA for normal text against white
MIN_TEXT_WIDTH = 2835  # 5 cm in twentieths of a point: less leaves no room for a table
FIELD = "document.template"
NS = {"w": W}


class NeededStyle(Record):
    style_id: str  # as the Word writer names it (an English Word's id; other languages translate ids)
    name: str  # as Word stores it in w:name (in English for a built-in style, whatever Word's language), in any case
    kind: str  # paragraph, character or table
    used_for: str
    numbered: bool = False  # the writer's numbers (1, 1.1) and list marks come from the style's numbering


# Every style the Word writer names, and what for.
NEEDED_STYLES = (
    NeededStyle("Title", "Title", "paragraph", "the title on the cover"),
    NeededStyle("Subtitle", "Subtitle", "paragraph", "the organisation's name on the cover"),
    NeededStyle("CoverDetails", "Cover Details", "paragraph", "the version, status, approval date and owner on the cover"),
    NeededStyle("TOCHeading", "TOC Heading", "paragraph", "the Contents heading"),
    NeededStyle("TOC1", "TOC 1", "paragraph", "sections in the contents list"),
    NeededStyle("TOC2", "TOC 2", "paragraph", "clauses in the contents list"),
    NeededStyle("Heading1", "Heading 1", "paragraph", "section headings (1, 2 ...)", numbered=True),
    NeededStyle("Heading2", "Heading 2", "paragraph", "clause headings (1.1, 1.2 ...)", numbered=True),
    NeededStyle("ListBullet", "List Bullet", "paragraph", "bulleted lists", numbered=True),
    NeededStyle("ListNumber", "List Number", "paragraph", "numbered lists", numbered=True),
    NeededStyle("ListContinue", "List Continue", "paragraph", "later paragraphs of a list item"),
    NeededStyle("ListContinue2", "List Continue 2", "paragraph", "later paragraphs of a list item, one level in"),
    NeededStyle("ListContinue3", "List Continue 3", "paragraph", "later paragraphs of a list item, two levels in"),
    NeededStyle("TableText", "Table Text", "paragraph", "table cells"),
    NeededStyle("TableHeading", "Table Heading", "paragraph", "table header rows"),
    NeededStyle("TableGrid", "Table Grid", "table", "tables"),
    NeededStyle("Header", "Header", "paragraph", "the page header"),
    NeededStyle("Footer", "Footer", "paragraph", "the page footer"),
    NeededStyle("Hyperlink", "Hyperlink", "character", "links"),
)

STARTER_HINT = "start from `policygen template brand.docx`, which has them all, and restyle that"


def check(path: Path, shown: str) -> list[Problem]:
    """The warnings about a template (text colours that fail contrast); a template that cannot be used raises PolicyError."""
    return [Problem(message, shown, field=FIELD) for message in opened(path, shown).warnings]


class Opened(Record):
    """A template that passed its checks: the package the writer builds from, and the messages of its warnings."""

    package: Package
    main: Part  # the document part
    warnings: tuple[str, ...]


_OPENED: dict[tuple[str, int, int], Opened] = {}
_KEPT = 16  # versions of templates kept (a live preview rebuilds on every change of the answers)


def opened(path: Path, shown: str) -> Opened:
    """The template read, checked and parsed once per version of the file; PolicyError naming `shown` when it cannot be used."""
    stat = os.stat(path) if os.path.exists(path) else None
    key = (str(path), stat.st_mtime_ns, stat.st_size) if stat else (str(path), 0, 0)
    found = _OPENED.get(key)
    if found is None:
        found = _OPENED[key] = _checked(read_template(path, shown), shown)
        while len(_OPENED) > _KEPT:
            del _OPENED[next(iter(_OPENED))]
    return found


def _checked(data: bytes, shown: str) -> Opened:
    package, main = _opened_as_the_writer_opens_it(data, shown)
    styles, numbering = (package.related(main, reltype) for reltype in (RelType.STYLES, RelType.NUMBERING))
    if styles is None or styles.tree is None or main.tree is None:
        raise PolicyError(Problem(f"the template has no styles (word/styles.xml); {STARTER_HINT}", shown, field=FIELD))
    found = _found_by_name(styles.tree)
    _use_the_writers_ids(package, {style.get(w("styleId")): needed.style_id for needed, style in found.items()})
    by_id = {s.get(w("styleId")): s for s in styles.tree.iter(w("style"))}
    numbers = _numbering_ids(numbering.tree if numbering is not None else None)
    problems = _page_problems(main.tree, shown)
    for needed in NEEDED_STYLES:
        style = found.get(needed)
        if style is None:
            problems.append(Problem(f"the template has no '{needed.name}' style, which the policy uses for {needed.used_for}; add it in Word, or {STARTER_HINT}", shown, field=FIELD))
        elif style.get(w("type")) != needed.kind:
            problems.append(Problem(f"the template's '{needed.name}' style is a {style.get(w('type'))} style; the policy needs a {needed.kind} style of that name for {needed.used_for}", shown, field=FIELD))
        elif needed.numbered and _numbering_of(style) not in numbers:
            problems.append(Problem(f"the template's '{needed.name}' style has no numbering, which the policy needs for {needed.used_for}; set it in Word (Modify Style > Format > Numbering), or {STARTER_HINT}", shown, field=FIELD))
    if problems:
        raise PolicyError(problems)
    return Opened(package, main, tuple(problem.message for problem in _contrast_warnings(styles.tree, by_id, shown)))


# ------------------------------------------------------------------ styles by name


def _found_by_name(styles: etree._Element) -> dict[NeededStyle, etree._Element]:
    """Each needed style the template has, found by its w:name (in any case), else by its id.

    Word saves its built-in styles under their English names in every language, but gives them
    ids in the language it runs in: a German Word saves "heading 1" as "berschrift1".
    """
    by_name: dict[str, etree._Element] = {}
    by_id: dict[str, etree._Element] = {}
    for style in styles.iter(w("style")):
        name = style.find(w("name"))
        if name is not None:
            by_name.setdefault(str(name.get(w("val"), "")).casefold(), style)
        by_id.setdefault(str(style.get(w("styleId"))), style)
    found = {}
    for needed in NEEDED_STYLES:
        match = by_name.get(needed.name.casefold(), by_id.get(needed.style_id))
        if match is not None:
            found[needed] = match
    return found


# The elements that name a style by its id (w:val), wherever a template's parts hold them.
_STYLE_REFERENCES = frozenset(w(tag) for tag in (
    "basedOn", "next", "link", "pStyle", "rStyle", "tblStyle", "numStyleLink", "styleLink", "clickAndTypeStyle",
))


def _use_the_writers_ids(package: Package, wanted: dict[str | None, str]) -> None:
    """Give each needed style the id the Word writer names it by, in every part that refers to it.

    A style of the template's own that already has one of those ids gets another, so no two
    styles share an id. Nothing changes in a template that already uses the writer's ids.
    """
    renamed = {old: new for old, new in wanted.items() if old is not None and old != new}
    if not renamed:
        return
    trees = [part for part in package.parts.values() if part.tree is not None]
    taken = {str(style.get(w("styleId"))) for part in trees for style in part.tree.iter(w("style"))}  # type: ignore[union-attr]
    for clash in [new for new in renamed.values() if new in taken and new not in renamed]:
        other = next(f"{clash}{n}" for n in range(2, len(taken) + 3) if f"{clash}{n}" not in taken)
        renamed[clash] = other
        taken.add(other)
    for part in trees:
        assert part.tree is not None
        changed = False
        for element in part.tree.iter():
            attribute = w("styleId") if element.tag == w("style") else w("val") if element.tag in _STYLE_REFERENCES else None
            if attribute is not None and element.get(attribute) in renamed:
                element.set(attribute, renamed[str(element.get(attribute))])
                changed = True
        if changed:
            part.data = serialised(part.tree)


SAVE_AGAIN = "open it in Word and save it as a Word Document (.docx)"


# The parts a build reads as XML (the others it copies as they are).
PARSED_PARTS = frozenset({
    ContentType.DOCUMENT, ContentType.STYLES, ContentType.NUMBERING, ContentType.SETTINGS, ContentType.HEADER, ContentType.FOOTER,
    ContentType.CORE_PROPERTIES, ContentType.COMMENTS,
})
# Parts whose checks report them as unreadable by name; any other part the writer cannot read is named in "cannot be opened".
_CHECKED_PARTS = ("word/document.xml", "word/styles.xml", "word/numbering.xml")


def _opened_as_the_writer_opens_it(data: bytes, shown: str) -> tuple[Package, Part]:
    """The package as the Word writer reads it (opc.py), its document, styles and numbering where Word puts them."""
    try:
        package, main = read_word_package(data, PARSED_PARTS, INPUT_LIMITS)
        found = [main.name] + [name for name in (main.rels.target(RelType.STYLES), main.rels.target(RelType.NUMBERING)) if name in package.parts]
    except PackageError as exc:
        raise PolicyError(Problem(_refusal(exc), shown, field=FIELD)) from None
    if found != ["/word/document.xml", "/word/styles.xml", "/word/numbering.xml"]:
        raise PolicyError(Problem(f"is not laid out as Word lays out a document (its parts are {', '.join(found)}); {SAVE_AGAIN}", shown, field=FIELD))
    return package, main


def _refusal(exc: PackageError) -> str:
    if isinstance(exc, NotAZip):
        return f"is not a Word document (.docx): {exc}; save it from Word as a Word Document (.docx)"
    if isinstance(exc, NotAWordDocument):
        return f"is not a Word document (.docx): {exc}"
    if isinstance(exc, TooLarge) and exc.part is None:
        return f"is too large unpacked (over {exc.limit // 2**20} MiB); a template holds styles and a logo"
    if isinstance(exc, TooLarge):
        return f"{exc.part} is too large (over {exc.limit // 2**20} MiB)"
    if isinstance(exc, UnreadablePart) and exc.part in _CHECKED_PARTS:
        return f"is not a readable Word document: {exc.part}: {exc.detail}"
    return f"cannot be opened as a Word document ({exc}); {SAVE_AGAIN}"


def read_template(path: Path, shown: str) -> bytes:
    return read_bytes(path, shown, MAX_TEMPLATE_BYTES)


def _page_problems(document: etree._Element, shown: str) -> list[Problem]:
    """The page size and side margins the writer fits tables to: whole numbers, leaving room for text."""
    values = [str(document.xpath(f"string(w:body/w:sectPr/{path})", namespaces=NS)) for path in ("w:pgSz/@w:w", "w:pgMar/@w:left", "w:pgMar/@w:right")]
    if not all(v.isdigit() for v in values) or int(values[0]) - int(values[1]) - int(values[2]) < MIN_TEXT_WIDTH:
        return [Problem("the template's page has no size and margins that leave room for text; set them in Word (Layout > Size, Layout > Margins)", shown, field=FIELD)]
    return []


def _numbering_ids(numbering: etree._Element | None) -> set[str]:
    """The ids of the numbering definitions that can be used: a whole-number id and the list they draw on."""
    if numbering is None:
        return set()
    return {str(num.get(w("numId"))) for num in numbering.iter(w("num")) if str(num.get(w("numId"))).isdigit() and num.find(w("abstractNumId")) is not None}


def _numbering_of(style: etree._Element) -> str | None:
    """The numId a paragraph style sets itself, as Word writes it when numbering is set in Modify Style (0 turns numbering off)."""
    values = style.xpath("w:pPr/w:numPr/w:numId/@w:val", namespaces=NS)
    return str(values[0]) if values and values[0] != "0" else None


def _chain(style: etree._Element, by_id: dict[str | None, etree._Element]) -> list[etree._Element]:
    chain: list[etree._Element] = []
    found: etree._Element | None = style
    while found is not None and found not in chain:
        chain.append(found)
        found = by_id.get(str(found.xpath("string(w:basedOn/@w:val)", namespaces=NS)))
    return chain


# ------------------------------------------------------------------ contrast


def _contrast_warnings(styles: etree._Element, by_id: dict[str | None, etree._Element], shown: str) -> list[Problem]:
    default = styles.xpath("string(w:docDefaults/w:rPrDefault/w:rPr/w:color/@w:val)", namespaces=NS)
    warnings = []
    for needed in NEEDED_STYLES:
        if needed.kind == "table":
            continue
        colour = next((c for s in _chain(by_id[needed.style_id], by_id) for c in s.xpath("w:rPr/w:color/@w:val", namespaces=NS)), default)
        if not _is_hex(colour):
            continue  # "auto": Word picks black on white
        ratio = contrast(colour, "FFFFFF")
        if ratio < MIN_CONTRAST:
            warnings.append(Problem(
                f"the '{needed.name}' style's text colour #{colour.upper()} has a contrast of {int(ratio * 10) / 10}:1 against white; "
                f"text needs at least {MIN_CONTRAST}:1 to be read easily, so choose a darker colour (Modify Style > Format > Font)",
                shown, field=FIELD,
            ))
    return warnings


def _is_hex(value: str) -> bool:
    return len(value) == 6 and all(c in "0123456789ABCDEFabcdef" for c in value)


def _luminance(hex_colour: str) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(foreground: str, background: str) -> float:
    """WCAG contrast ratio of two hex colours (accessibility/rules.py makes the same test of built documents)."""
    lighter, darker = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


# ------------------------------------------------------------------ the starter copy


STARTER_INTRODUCTION = (
    "policygen makes your social media policy from the styles in this file. It never copies the text on these pages: "
    "it empties the body and writes the policy in its place.",
    "To change how a style looks, right-click it in the Styles gallery on the Home tab (or in the Styles pane) and choose Modify. "
    "Change its font, size, colour and spacing as you like. Do not rename or delete a style: policygen finds each one by its name.",
    "Set the page size and margins in Layout > Size and Layout > Margins. policygen keeps them.",
    "To add your logo, double-click the top of a page to open the header and insert the logo there (Insert > Pictures). "
    "policygen puts the first picture in the header on the cover and at the top of every page. It replaces the header's text "
    "with your organisation's name, the policy's title and, while the policy is a draft, the word DRAFT.",
    "Text needs a contrast of at least 4.5:1 against white to be easy to read. policygen warns you about any style whose "
    "text colour is lighter than that.",
)
STARTER_USE = (
    "Save this file as a Word Document (.docx) beside your answers file.",
    "Give its name in your answers, under document: template: brand.docx",
    "Or build with it once: policygen build policy.yaml --template brand.docx",
)


def starter() -> bytes:
    """The bundled template with instructions and a sample of every style in its body."""
    from . import reference_template

    with zipfile.ZipFile(reference_template()) as source:
        members = {info.filename: source.read(info) for info in source.infolist()}
    part = members["word/document.xml"]
    at = part.index(b"<w:sectPr", part.index(b"<w:body"))
    members["word/document.xml"] = part[:at] + _starter_body().encode("utf-8") + part[at:]
    return package(members, ordered=False)  # the bundled template's order, so the copy is the same every time


def _p(style: str, words: str, run_style: str = "") -> str:
    escaped = text(words)
    run = f'<w:rPr><w:rStyle w:val="{run_style}"/></w:rPr>' if run_style else ""
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r>{run}<w:t xml:space="preserve">{escaped}</w:t></w:r></w:p>'


def _starter_body() -> str:
    out = [
        _p("Title", "Your policy's Word template"),
        _p("Subtitle", "Restyle this file in Word, and policygen uses its look"),
        _p("CoverDetails", "Cover Details: the version, status, approval date and owner on the cover"),
        _p("Heading1", "How to use this template"),
        *(_p("Normal", text) for text in STARTER_INTRODUCTION),
        _p("Heading2", "When you have restyled it"),
        *(_p("ListNumber", text) for text in STARTER_USE),
        _p("Heading1", "The styles policygen uses"),
        _p("Normal", "Each row names a style and what policygen uses it for. The table itself is in the Table Grid style."),
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
        '<w:tblLook w:val="0620" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>'
        '<w:tblCaption w:val="The styles policygen uses"/><w:tblDescription w:val="Two columns: the style, and what it is for"/></w:tblPr>'
        '<w:tblGrid><w:gridCol w:w="2800"/><w:gridCol w:w="6226"/></w:tblGrid>',
        _row("TableHeading", "Style", "What policygen uses it for", header=True),
        *(_row("TableText", style.name, style.used_for[0].upper() + style.used_for[1:]) for style in NEEDED_STYLES),
        "</w:tbl>",
        _p("Heading2", "A sample of the list styles"),
        _p("ListBullet", "A bulleted list item (List Bullet)."),
        _p("ListContinue", "A later paragraph of the same item (List Continue)."),
        _p("ListBullet", "Another item."),
        _p("Normal", "Links look like this: "),
    ]
    out[-1] = out[-1].replace("</w:p>", '<w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>the Hyperlink style</w:t></w:r><w:r><w:t>.</w:t></w:r></w:p>')
    return "".join(out)


def _row(style: str, *cells: str, header: bool = False) -> str:
    props = "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" if header else "<w:trPr><w:cantSplit/></w:trPr>"
    widths = (2800, 6226)
    return f"<w:tr>{props}" + "".join(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{_p(style, cell)}</w:tc>' for cell, width in zip(cells, widths, strict=True)) + "</w:tr>"


def write_starter(path: str | Path) -> Path:
    """Write the starter template to a new file; an existing file (or an input of policygen) is never replaced."""
    target = Path(path)
    shown = str(path)
    if target.suffix.lower() != ".docx":
        raise PolicyError(Problem("the template must be a Word document: give a file name ending .docx", shown))
    if os.path.lexists(target):
        raise PolicyError(Problem("already exists; policygen never replaces a file with a starter template, so give a new file name", shown))
    data = starter()
    try:
        with open(target, "xb") as handle:  # exclusive: fails rather than replace a file made meanwhile
            handle.write(data)
    except FileExistsError:
        raise PolicyError(Problem("already exists; policygen never replaces a file with a starter template, so give a new file name", shown)) from None
    except OSError as exc:
        raise PolicyError(Problem(f"cannot write: {exc.strerror or exc}", shown)) from None
    return target
