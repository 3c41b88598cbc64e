"""Write templates/reference.docx: the styles, numbering and page set-up of every policy.

The Word writer (generator/writers/docx.py) opens reference.docx, empties its body and
fills it, so everything about the look of the document lives here, in one reviewable place:
fonts, sizes, colours, spacing, heading numbering (1, 1.1), list numbering, the table style,
header and footer styles, the table of contents styles and the language (en-GB).

The .docx is committed; this script is run by hand after changing a style. To regenerate,
from anywhere, with python-docx installed:

    python templates/make_reference.py

then commit both files. tests/writers/test_docx.py fails while the two disagree.

It starts from python-docx's own default package (for the theme and the parts Word expects),
replaces styles, numbering, settings and the font table with the definitions below, drops the
parts validators flag (stylesWithEffects, the thumbnail, customXml), and saves with fixed zip
times, so running it twice gives the same bytes and a git diff shows real changes only.

The look: Arial 12 pt body text at 1.15 line spacing with 8 pt after each paragraph (spacing
comes from styles, never from empty paragraphs); headings in a dark blue that keeps a contrast
ratio above 7:1 on white; numbers hang in a 1.5 cm gutter; tables with thin grey rules and a
pale blue header row; A4 pages with 2.54 cm margins.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.oxml import parse_xml

HERE = Path(__file__).resolve().parent
OUTPUT = HERE / "reference.docx"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = f'xmlns:w="{W_NS}"'

# ------------------------------------------------------------------ the look
FONT = "Arial"
LANG = "en-GB"
HEADING_COLOUR = "1F4E79"  # dark blue, 8.9:1 on white
MUTED = "404040"  # dark grey for subtitles, 10:1 on white
HEADER_GREY = "595959"  # header and footer text, 7:1 on white
RULE_GREY = "A6A6A6"  # table and header/footer rules (decoration only)
TABLE_HEADER_FILL = "D9E2F3"  # pale blue behind the bold header row
LINK_BLUE = "0563C1"  # Word's own hyperlink blue, 6.7:1 on white

PAGE_WIDTH, PAGE_HEIGHT = 11906, 16838  # A4 in twentieths of a point
MARGIN = 1440  # 2.54 cm
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN  # 9026: the right tab of header, footer and contents
GUTTER = 851  # 1.5 cm: heading numbers hang here, heading text starts after it
LIST_STEP = 567  # 1 cm per list level
LIST_HANG = 340  # the bullet or number sits this far left of the item's text


def pt(points: float) -> int:
    """Points as twentieths of a point (spacing) -- sizes use half-points, see sz()."""
    return round(points * 20)


def sz(points: float) -> str:
    half = round(points * 2)
    return f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>'


def colour(hex_value: str) -> str:
    return f'<w:color w:val="{hex_value}"/>'


BOLD = "<w:b/><w:bCs/>"


def spacing(before: float = 0, after: float = 8, line: float | None = None) -> str:
    attrs = f'w:before="{pt(before)}" w:after="{pt(after)}"'
    if line is not None:
        attrs += f' w:line="{round(line * 240)}" w:lineRule="auto"'
    return f"<w:spacing {attrs}/>"


def style(kind: str, style_id: str, name: str, *, based_on: str | None = "Normal", next_style: str | None = None,
          priority: int | None = None, quick: bool = True, hidden_until_used: bool = False, default: bool = False,
          custom: bool = False, ppr: str = "", rpr: str = "", extra: str = "") -> str:
    """One w:style, children in schema order (name, basedOn, next, uiPriority, ..., pPr, rPr, tblPr ...).

    custom marks a style of our own (not one of Word's built-in names)."""
    head = (f'<w:style w:type="{kind}" w:styleId="{style_id}"' + (' w:default="1"' if default else "")
            + (' w:customStyle="1"' if custom else "") + ">")
    parts = [head, f'<w:name w:val="{name}"/>']
    if based_on:
        parts.append(f'<w:basedOn w:val="{based_on}"/>')
    if next_style:
        parts.append(f'<w:next w:val="{next_style}"/>')
    if priority is not None:
        parts.append(f'<w:uiPriority w:val="{priority}"/>')
    if hidden_until_used:
        parts.append("<w:semiHidden/><w:unhideWhenUsed/>")
    if quick:
        parts.append("<w:qFormat/>")
    if ppr:
        parts.append(f"<w:pPr>{ppr}</w:pPr>")
    if rpr:
        parts.append(f"<w:rPr>{rpr}</w:rPr>")
    parts.append(extra)
    parts.append("</w:style>")
    return "".join(parts)


# Numbering ids. The writer reads them back from the styles, so changing them here is safe.
HEADING_ABS, BULLET_ABS, NUMBER_ABS = 1, 2, 3
HEADING_NUM, BULLET_NUM, NUMBER_NUM = 1, 2, 3


def num_pr(num_id: int, level: int = 0) -> str:
    return f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'


def heading(level: int, size: float, before: float, after: float) -> str:
    return style(
        "paragraph", f"Heading{level}", f"heading {level}", next_style="Normal", priority=9,
        ppr="<w:keepNext/><w:keepLines/>" + num_pr(HEADING_NUM, level - 1)
        + spacing(before, after, 1.0) + f'<w:outlineLvl w:val="{level - 1}"/>',
        rpr=BOLD + colour(HEADING_COLOUR) + sz(size),
    )


def toc_level(level: int) -> str:
    """TOC 1 and TOC 2: number, tab, title, dotted tab to the page number at the right margin."""
    indent = (level - 1) * GUTTER
    tabs = f'<w:tabs><w:tab w:val="left" w:pos="{indent + GUTTER}"/><w:tab w:val="right" w:leader="dot" w:pos="{TEXT_WIDTH}"/></w:tabs>'
    return style(
        "paragraph", f"TOC{level}", f"toc {level}", next_style="Normal", priority=39, quick=False, hidden_until_used=True,
        # a section's entry stays on the page of its first clause's entry
        ppr=("<w:keepNext/>" if level == 1 else "") + tabs + spacing(6 if level == 1 else 0, 3, 1.0)
        + f'<w:ind w:left="{indent + GUTTER}" w:hanging="{GUTTER}"/>',
        rpr=BOLD if level == 1 else "",
    )


def list_continue(level: int) -> str:
    """A later paragraph of a list item: no bullet, indented to the item's text."""
    name = "List Continue" if level == 1 else f"List Continue {level}"
    return style("paragraph", name.replace(" ", ""), name, priority=99, quick=False, hidden_until_used=True,
                 ppr=f'<w:ind w:left="{level * LIST_STEP}"/>')


BORDER = f'w:val="single" w:sz="4" w:space="0" w:color="{RULE_GREY}"'
RULE = f'w:val="single" w:sz="4" w:space="4" w:color="{RULE_GREY}"'  # header and footer lines, 4 pt from the text

STYLES = "".join([
    # -- defaults every style inherits: font, size, language, paragraph spacing
    f'<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}"/>'
    f'{sz(12)}<w:lang w:val="{LANG}" w:eastAsia="{LANG}" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
    f"<w:pPrDefault><w:pPr>{spacing(0, 8, 1.15)}</w:pPr></w:pPrDefault></w:docDefaults>",
    # -- the defaults Word requires
    style("paragraph", "Normal", "Normal", based_on=None, default=True, ppr="<w:widowControl/>",
          rpr=f'<w:lang w:val="{LANG}" w:eastAsia="{LANG}" w:bidi="ar-SA"/>'),
    style("character", "DefaultParagraphFont", "Default Paragraph Font", based_on=None, default=True, priority=1,
          quick=False, hidden_until_used=True),
    style("table", "TableNormal", "Normal Table", based_on=None, default=True, priority=99, quick=False,
          hidden_until_used=True,
          extra='<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
                '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
                "</w:tblCellMar></w:tblPr>"),
    style("numbering", "NoList", "No List", based_on=None, default=True, priority=99, quick=False, hidden_until_used=True),
    # -- cover
    style("paragraph", "Title", "Title", next_style="Subtitle", priority=10,
          ppr=spacing(0, 12, 1.0) + '<w:contextualSpacing/>',
          rpr=BOLD + colour(HEADING_COLOUR) + '<w:kern w:val="28"/>' + sz(28)),
    style("paragraph", "Subtitle", "Subtitle", next_style="Normal", priority=11,
          ppr=spacing(0, 6, 1.0), rpr=colour(MUTED) + sz(18)),
    # one paragraph per fact (version, status ...): consecutive ones share the rule under the last
    style("paragraph", "CoverDetails", "Cover Details", next_style="Normal", priority=12, custom=True,
          ppr=f'<w:pBdr><w:bottom w:val="single" w:sz="8" w:space="8" w:color="{HEADING_COLOUR}"/></w:pBdr>'
          + spacing(0, 4, 1.0),
          rpr=colour(MUTED) + sz(12)),
    # -- headings: numbered 1, 1.1, 1.1.1 through the heading numbering below
    heading(1, 18, 24, 8),
    heading(2, 14, 14, 6),
    heading(3, 12, 10, 4),
    # -- table of contents (the Contents heading is not numbered and not in the outline)
    style("paragraph", "TOCHeading", "TOC Heading", next_style="Normal", priority=39, hidden_until_used=True,
          ppr="<w:keepNext/>" + spacing(12, 8, 1.0), rpr=BOLD + colour(HEADING_COLOUR) + sz(16)),
    toc_level(1),
    toc_level(2),
    # -- lists: bullets and numbers come from the numbering below; items sit close together
    style("paragraph", "ListBullet", "List Bullet", priority=99, quick=False, hidden_until_used=True,
          ppr=num_pr(BULLET_NUM) + "<w:contextualSpacing/>"),
    style("paragraph", "ListNumber", "List Number", priority=99, quick=False, hidden_until_used=True,
          ppr=num_pr(NUMBER_NUM) + "<w:contextualSpacing/>"),
    list_continue(1),
    list_continue(2),
    list_continue(3),
    # -- tables: cell text is a little smaller and tight; the header row is bold on pale blue
    style("paragraph", "TableText", "Table Text", priority=29, custom=True, ppr=spacing(3, 3, 1.0), rpr=sz(11)),
    style("paragraph", "TableHeading", "Table Heading", based_on="TableText", priority=29, custom=True,
          ppr="<w:keepNext/>", rpr=BOLD),
    style("table", "TableGrid", "Table Grid", based_on="TableNormal", priority=59, quick=False,
          ppr=spacing(0, 0, 1.0),
          extra="<w:tblPr><w:tblBorders>" + "".join(f"<w:{side} {BORDER}/>" for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
          + '</w:tblBorders><w:tblCellMar><w:top w:w="28" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
          '<w:bottom w:w="28" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>'
          f'<w:tblStylePr w:type="firstRow"><w:rPr>{BOLD}</w:rPr><w:tcPr>'
          f'<w:shd w:val="clear" w:color="auto" w:fill="{TABLE_HEADER_FILL}"/></w:tcPr></w:tblStylePr>'),
    # -- header and footer: small grey text, organisation left, title right, a thin rule
    style("paragraph", "Header", "header", priority=99, quick=False, hidden_until_used=True,
          ppr=f'<w:pBdr><w:bottom {RULE}/></w:pBdr>'
          f'<w:tabs><w:tab w:val="center" w:pos="{TEXT_WIDTH // 2}"/><w:tab w:val="right" w:pos="{TEXT_WIDTH}"/></w:tabs>'
          + spacing(0, 0, 1.0),
          rpr=colour(HEADER_GREY) + sz(10)),
    style("paragraph", "Footer", "footer", priority=99, quick=False, hidden_until_used=True,
          ppr=f'<w:pBdr><w:top {RULE}/></w:pBdr>'
          f'<w:tabs><w:tab w:val="center" w:pos="{TEXT_WIDTH // 2}"/><w:tab w:val="right" w:pos="{TEXT_WIDTH}"/></w:tabs>'
          + spacing(0, 0, 1.0),
          rpr=colour(HEADER_GREY) + sz(10)),
    # -- links
    style("character", "Hyperlink", "Hyperlink", based_on="DefaultParagraphFont", priority=99, quick=False,
          hidden_until_used=True, rpr=colour(LINK_BLUE) + '<w:u w:val="single"/>'),
])

STYLES_XML = f'<w:styles {NS}>{STYLES}</w:styles>'


def lvl(level: int, fmt: str, text: str, left: int, hanging: int, *, style_id: str | None = None, suffix: str = "tab") -> str:
    """One w:lvl, children in schema order (start, numFmt, pStyle, suff, lvlText, lvlJc, pPr)."""
    return (
        f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        + (f'<w:pStyle w:val="{style_id}"/>' if style_id else "")
        + f'<w:suff w:val="{suffix}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr></w:lvl>'
    )


BULLETS = ("\u2022", "\u25e6", "\u25aa")  # bullet, white bullet, small square: all in Arial
NUMBER_FORMATS = ("decimal", "lowerLetter", "lowerRoman")

NUMBERING_XML = (
    f"<w:numbering {NS}>"
    # 1, 1.1, 1.1.1 bound to Heading 1-3 (the styles carry numPr; each level names its style)
    f'<w:abstractNum w:abstractNumId="{HEADING_ABS}"><w:multiLevelType w:val="multilevel"/>'
    + "".join(lvl(i, "decimal", ".".join(f"%{k + 1}" for k in range(i + 1)), GUTTER, GUTTER, style_id=f"Heading{i + 1}")
              for i in range(3))
    + "</w:abstractNum>"
    # bullets, nine levels
    f'<w:abstractNum w:abstractNumId="{BULLET_ABS}"><w:multiLevelType w:val="hybridMultilevel"/>'
    + "".join(lvl(i, "bullet", BULLETS[i % 3], (i + 1) * LIST_STEP, LIST_HANG) for i in range(9))
    + "</w:abstractNum>"
    # numbers 1. / a. / i., nine levels; the writer gives each ordered list its own w:num
    f'<w:abstractNum w:abstractNumId="{NUMBER_ABS}"><w:multiLevelType w:val="hybridMultilevel"/>'
    + "".join(lvl(i, NUMBER_FORMATS[i % 3], f"%{i + 1}.", (i + 1) * LIST_STEP, LIST_HANG) for i in range(9))
    + "</w:abstractNum>"
    + "".join(f'<w:num w:numId="{num}"><w:abstractNumId w:val="{abstract}"/></w:num>'
              for num, abstract in ((HEADING_NUM, HEADING_ABS), (BULLET_NUM, BULLET_ABS), (NUMBER_NUM, NUMBER_ABS)))
    + "</w:numbering>"
)

# updateFields: Word refreshes the table of contents (and page numbers) when the file opens.
SETTINGS_XML = (
    f'<w:settings {NS}><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>'
    '<w:characterSpacingControl w:val="doNotCompress"/><w:updateFields w:val="true"/>'
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
    f'<w:themeFontLang w:val="{LANG}"/>'
    '<w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" w:accent1="accent1" w:accent2="accent2" '
    'w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" w:accent6="accent6" w:hyperlink="hyperlink" '
    'w:followedHyperlink="followedHyperlink"/><w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>'
)

FONT_TABLE_XML = (
    f'<w:fonts {NS}><w:font w:name="{FONT}"><w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/>'
    '<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font></w:fonts>'
)

APP_XML = (
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>policygen</Application><DocSecurity>0</DocSecurity></Properties>"
)

SECTION_XML = (
    f'<w:sectPr {NS}><w:pgSz w:w="{PAGE_WIDTH}" w:h="{PAGE_HEIGHT}"/>'
    f'<w:pgMar w:top="{MARGIN}" w:right="{MARGIN}" w:bottom="{MARGIN}" w:left="{MARGIN}" w:header="709" w:footer="709" w:gutter="0"/>'
    '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>'
)

FIXED_TIME = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)


def _xml(text: str) -> bytes:
    return b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n" + text.encode("utf-8")


def build() -> bytes:
    doc = docx.Document()  # python-docx's default package: theme, web settings, core properties
    part = doc.part
    part._styles_part._element = parse_xml(STYLES_XML)
    part.numbering_part._element = parse_xml(NUMBERING_XML)
    part._settings_part._element = parse_xml(SETTINGS_XML)
    for rel_id, rel in list(part.rels.items()):
        kind = rel.reltype.rsplit("/", 1)[-1]
        if kind in ("stylesWithEffects", "customXml"):
            part.rels.pop(rel_id)
        elif kind == "fontTable":
            rel.target_part._blob = _xml(FONT_TABLE_XML)
        elif kind == "theme":  # the theme's body and heading fonts become Arial too
            blob = rel.target_part.blob.decode("utf-8")
            rel.target_part._blob = blob.replace('typeface="Calibri"', f'typeface="{FONT}"').replace('typeface="Cambria"', f'typeface="{FONT}"').encode("utf-8")
    package = part.package
    for rel_id, rel in list(package.rels.items()):
        kind = rel.reltype.rsplit("/", 1)[-1]
        if kind == "thumbnail":
            package.rels.pop(rel_id)
        elif kind == "extended-properties":
            rel.target_part._blob = _xml(APP_XML)

    body = doc.element.body
    for child in list(body):
        body.remove(child)
    body.append(parse_xml(SECTION_XML))

    core = doc.core_properties
    core.title = "policygen reference template"
    core.subject = "Styles, numbering and page set-up for policygen's Word output"
    core.author = core.last_modified_by = "policygen"
    core.comments = "Regenerate with: python templates/make_reference.py"
    core.keywords = ""
    core.language = LANG
    core.revision = 1
    core.created = core.modified = FIXED_TIME

    raw = io.BytesIO()
    doc.save(raw)
    return _reproducible(raw.getvalue())


def _reproducible(data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(name))
    return out.getvalue()


if __name__ == "__main__":
    OUTPUT.write_bytes(build())
    print(f"Wrote {OUTPUT}")
