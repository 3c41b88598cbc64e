"""The preview in the look of the policy's Word template: its fonts, colours and heading styles, as CSS.

The Word writer takes the look of a .docx from a template (the organisation's own, named by
document.template, or templates/reference.docx). This reads the same template's styles and
theme and says in CSS what the preview needs of them: the body font and colour (Normal), the
title, the organisation's name and the cover details, the Contents heading and list, section and clause
headings (Heading 1 and 2), table text, header cells and borders (Table Heading, Table Text,
Table Grid) and links. Sizes are relative to Normal, so the preview keeps the page's own size.

Styles are found by the name Word shows (w:name), whatever their ids, and through the styles
they are based on, then the document defaults. A template is input: only a plain font name and
a six-digit colour reach the CSS, and a text colour that reads badly on the preview's white
(the build warns of it) is left out rather than shown unreadable.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from lxml import etree

from ..writers import reference_template
from ..writers.ooxml import NAMESPACES
from ..writers.opc import Package, Part, parse, read_word_package
from ..writers.template import MIN_CONTRAST, PARSED_PARTS, contrast, opened

T = TypeVar("T")
W = NAMESPACES["w"]
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
THEME = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme"
FONT_TABLE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable"
NS = {"w": W, "a": A}

# The preview's element for each style the Word writer uses (by its w:name, as Word shows it).
SELECTORS = (
    ("normal", ".preview .policy"),
    ("title", ".preview .policy h1"),
    ("subtitle", ".preview .policy .organisation"),
    ("cover details", ".preview .policy .facts"),
    ("toc heading", ".preview .policy #contents-heading"),
    ("toc 1", ".preview .policy #contents-heading + ol > li"),
    ("toc 2", ".preview .policy #contents-heading + ol ol > li"),
    ("heading 1", ".preview .policy section > h2"),
    ("heading 2", ".preview .policy h3"),
    ("table text", ".preview .policy td"),
    ("table heading", ".preview .policy th"),
    ("hyperlink", ".preview .policy a"),
)
GENERIC = {"roman": "serif", "swiss": "sans-serif", "modern": "monospace", "script": "cursive", "decorative": "fantasy"}
PLAIN_FONT = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ._-]{0,62}")  # a font name that is safe to quote in CSS
HEX = re.compile(r"[0-9A-Fa-f]{6}")
WHITE = "FFFFFF"


@dataclass(frozen=True)
class Run:
    """What a style (with those it is based on) says of its text, None where it says nothing."""

    font: str | None = None
    colour: str | None = None
    half_points: int | None = None
    bold: bool | None = None
    italic: bool | None = None
    centred: bool | None = None


def look_css(template: Path | None) -> str:
    """The CSS for the preview of a policy built in `template` (None: the bundled one), read once per version of the file."""
    path = template if template is not None else reference_template()
    stat = os.stat(path)
    return _css(str(path), template is not None, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=8)
def _css(path: str, own: bool, mtime_ns: int, size: int) -> str:
    if own:  # the package the build's checks read and the writer builds from
        checked = opened(Path(path), path)
        package, main = checked.package, checked.main
    else:
        package, main = read_word_package(Path(path).read_bytes(), PARSED_PARTS)
    return styles_css(package, main)


def styles_css(package: Package, main: Part) -> str:
    """The preview's CSS from a Word package's styles, theme and font table."""
    return _Styles(package, main).css()


class _Styles:
    def __init__(self, package: Package, main: Part):
        styles = package.related(main, f"{NAMESPACES['r']}/styles")
        self.styles = _tree(styles) if styles is not None else None
        theme, fonts = package.related(main, THEME), package.related(main, FONT_TABLE)
        self.theme = _tree(theme) if theme is not None else None
        self.families = {} if fonts is None else {
            font.get(_w("name")): family.get(_w("val"))
            for font in _tree(fonts).iter(_w("font"))
            if (family := font.find(_w("family"))) is not None
        }
        root = self.styles
        self.by_id = {} if root is None else {s.get(_w("styleId")): s for s in root.iter(_w("style"))}
        self.by_name = {} if root is None else {
            str(name.get(_w("val"))).lower(): s for s in root.iter(_w("style")) if (name := s.find(_w("name"))) is not None
        }

    def css(self) -> str:
        normal = self.run("normal")
        rules = []
        for name, selector in SELECTORS:
            run = self.run(name)
            declarations = self.declarations(run, normal, body=name == "normal", character=name == "hyperlink")
            if name == "table heading":
                declarations += self.header_fill(run)
            if name in ("table text", "table heading") and (border := self.table_border()):
                declarations.append(f"border-color: #{border}")
            if declarations:
                rules.append(f"{selector} {{ {'; '.join(declarations)}; }}")
        return "/* The look of the policy's Word template, for the preview. */\n" + "\n".join(rules) + "\n"

    def run(self, name: str) -> Run:
        """A style's text properties, each from the nearest of the style, the styles it is based on and the defaults."""
        chain = self.chain(self.by_name.get(name))
        defaults = self.styles.find(f"{_w('docDefaults')}/{_w('rPrDefault')}/{_w('rPr')}") if self.styles is not None else None
        properties = [style.find(_w("rPr")) for style in chain] + [defaults]
        paragraphs = [style.find(_w("pPr")) for style in chain]
        centred = next((jc.get(_w("val")) in ("center", "centre") for ppr in paragraphs if ppr is not None and (jc := ppr.find(_w("jc"))) is not None), None)
        return Run(
            _nearest(properties, self.font), _nearest(properties, self.colour), _nearest(properties, _size),
            _nearest(properties, _on("b")), _nearest(properties, _on("i")), centred,
        )

    def chain(self, style: etree._Element | None) -> list[etree._Element]:
        """The style, then the styles it is based on, nearest first (a loop in a broken template ends it)."""
        out: list[etree._Element] = []
        while style is not None and all(style is not seen for seen in out):
            out.append(style)
            based = style.find(_w("basedOn"))
            style = self.by_id.get(based.get(_w("val"))) if based is not None else None
        return out

    def font(self, rpr: etree._Element) -> str | None:
        fonts = rpr.find(_w("rFonts"))
        if fonts is None:
            return None
        name = fonts.get(_w("ascii")) or fonts.get(_w("hAnsi"))
        theme = fonts.get(_w("asciiTheme")) or fonts.get(_w("hAnsiTheme"))
        if theme and self.theme is not None:  # Word gives a theme font before a named one
            kind = "majorFont" if theme.startswith("major") else "minorFont"
            name = self.theme.xpath(f"string(.//a:fontScheme/a:{kind}/a:latin/@typeface)", namespaces=NS) or name
        return name if name and PLAIN_FONT.fullmatch(name) else None

    def colour(self, rpr: etree._Element) -> str | None:
        colour = rpr.find(_w("color"))
        if colour is None:
            return None
        value, theme = colour.get(_w("val")), colour.get(_w("themeColor"))
        if theme and self.theme is not None and not (value and HEX.fullmatch(value)):
            scheme = self.theme.find(f".//{{{A}}}clrScheme/{{{A}}}{_theme_slot(theme)}")
            value = None if scheme is None else scheme.xpath("string(a:srgbClr/@val | a:sysClr/@lastClr)", namespaces=NS)
        return value.upper() if value and HEX.fullmatch(value) else None

    def declarations(self, run: Run, normal: Run, body: bool, character: bool) -> list[str]:
        out = []
        if run.font and (body or run.font != normal.font):
            generic = GENERIC.get(self.families.get(run.font) or "") or _generic_by_name(run.font)
            out.append(f'font-family: "{run.font}", {generic}')
        if run.colour and (body or run.colour != normal.colour) and contrast(run.colour, WHITE) >= MIN_CONTRAST:
            out.append(f"color: #{run.colour.lower()}")
        if not body and run.half_points and normal.half_points and run.half_points != normal.half_points:
            out.append(f"font-size: {run.half_points / normal.half_points:.3g}em")
        if not body and not character:  # Word's paragraph styles are plain unless they say bold or italic
            out.append(f"font-weight: {'bold' if run.bold else 'normal'}")
            out.append(f"font-style: {'italic' if run.italic else 'normal'}")
        if run.centred is not None and not body:
            out.append(f"text-align: {'center' if run.centred else 'left'}")
        return out

    def header_fill(self, heading: Run) -> list[str]:
        """The shading of a table's first row (Table Grid), when the header text reads well on it."""
        grid = self.by_name.get("table grid")
        fill = None if grid is None else grid.xpath("string(w:tblStylePr[@w:type='firstRow']/w:tcPr/w:shd/@w:fill)", namespaces=NS)
        text = heading.colour or self.run("normal").colour or "000000"
        if not fill or not HEX.fullmatch(fill) or contrast(text, fill) < MIN_CONTRAST:
            return []
        return [f"background: #{fill.lower()}"]

    def table_border(self) -> str | None:
        grid = self.by_name.get("table grid")
        colour = None if grid is None else grid.xpath("string(w:tblPr/w:tblBorders/w:top/@w:color)", namespaces=NS)
        return colour.lower() if colour and HEX.fullmatch(colour) else None


def _nearest(properties: list[etree._Element | None], read: Callable[[etree._Element], T | None]) -> T | None:
    """What the first of these run properties to say anything says (the style, then its bases, then the defaults)."""
    return next((value for rpr in properties if rpr is not None and (value := read(rpr)) is not None), None)


def _generic_by_name(font: str) -> str:
    """The generic family for a font the template's font table does not describe, from its name."""
    words = font.lower().split()
    if "mono" in words or "courier" in words:
        return "monospace"
    return "serif" if "serif" in words or font.lower() in ("times new roman", "georgia", "cambria", "garamond") else "sans-serif"


def _tree(part: Part) -> etree._Element:
    return part.tree if part.tree is not None else parse(part.data)


def _w(name: str) -> str:
    return f"{{{W}}}{name}"


def _size(rpr: etree._Element) -> int | None:
    size = rpr.find(_w("sz"))
    value = size.get(_w("val")) if size is not None else None
    return int(value) if value and value.isdigit() and 2 <= int(value) <= 3276 else None


def _on(tag: str) -> Callable[[etree._Element], bool | None]:
    def read(rpr: etree._Element) -> bool | None:
        found = rpr.find(_w(tag))
        return None if found is None else found.get(_w("val"), "true") not in ("0", "false", "off")

    return read


def _theme_slot(theme: str) -> str:
    """A w:themeColor as its slot in the theme's colour scheme (text1 is dk1, background1 lt1 ...)."""
    return {"text1": "dk1", "dark1": "dk1", "background1": "lt1", "light1": "lt1", "text2": "dk2", "dark2": "dk2", "background2": "lt2", "light2": "lt2"}.get(theme, theme)
