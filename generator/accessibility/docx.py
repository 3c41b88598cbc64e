"""Accessibility checks of a Word document, read from its XML as Word and screen readers see it.

Works on any .docx, including one edited by hand in Word: formatting is resolved through
styles (basedOn chains, document defaults, table styles) as Word resolves it, so a heading
style of one's own or a grey character style is judged by what it does, not by its name.
Places are named by the heading a thing is under, since a Word document has no line numbers.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lxml import etree

from ..errors import PolicyError, Problem
from ..writers.ooxml import ContentType, RelType, W, w
from ..writers.opc import INPUT_LIMITS, NotAWordDocument, PackageError, TooLarge, UnreadablePart, read_word_package
from . import rules

NS = {"w": W, "dc": "http://purl.org/dc/elements/1.1/", "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"}
# Hand-edited files are input like any other: read by the writer's reader (no entities, no network,
# no huge trees), within the limits of any Word document given as input.
_READ = frozenset({ContentType.DOCUMENT, ContentType.STYLES, ContentType.HEADER, ContentType.FOOTER, ContentType.CORE_PROPERTIES})
# Word's highlight colours by name (a highlight is the text's background).
HIGHLIGHTS = {
    "black": "000000", "blue": "0000FF", "cyan": "00FFFF", "green": "00FF00", "magenta": "FF00FF", "red": "FF0000",
    "yellow": "FFFF00", "white": "FFFFFF", "darkBlue": "000080", "darkCyan": "008080", "darkGreen": "008000",
    "darkMagenta": "800080", "darkRed": "800000", "darkYellow": "808000", "darkGray": "808080", "lightGray": "C0C0C0",
}  # fmt: skip
# What an empty paragraph may hold that is not spacing: a section or page break, a field, a picture.
NOT_SPACING = ".//w:sectPr|.//w:br[@w:type='page']|.//w:fldChar|.//w:instrText|.//w:fldSimple|.//w:drawing|.//w:pict|.//w:object"


def check(data: bytes, shown: str) -> tuple[list[Problem], rules.Readability]:
    parts = _read_parts(data, shown)
    document = parts["word/document.xml"]
    body = document.find(w("body"))
    if body is None:
        raise PolicyError(Problem("not a Word document: word/document.xml has no body", shown))
    styles = _Styles(parts.get("word/styles.xml"))
    page = document.xpath("string(w:background/@w:color)", namespaces=NS).upper()
    doc = _Checker(shown, styles, page if _is_hex(page) else "FFFFFF")
    doc.title(parts.get("docProps/core.xml"))
    doc.language()
    doc.body(body)
    for name in sorted(parts):
        if name.startswith(("word/header", "word/footer")):
            doc.colours(parts[name], "in the header" if "header" in name else "in the footer")
    return doc.problems, rules.readability(doc.prose)


def _read_parts(data: bytes, shown: str) -> dict[str, etree._Element]:
    """The document, its styles, headers, footers and core properties, by zip member name (word/document.xml ...)."""
    try:
        package, main = read_word_package(data, _READ, INPUT_LIMITS)
    except NotAWordDocument as exc:
        raise PolicyError(Problem(f"not a Word document (.docx): {exc}", shown)) from None
    except UnreadablePart as exc:
        raise PolicyError(Problem(f"not a readable Word document: {exc.part}: {exc.detail}", shown)) from None
    except TooLarge as exc:
        raise PolicyError(Problem(f"not a readable Word document: {exc} (over {exc.limit // 2**20} MiB)", shown)) from None
    except PackageError as exc:
        raise PolicyError(Problem(f"not a readable Word document: {exc}", shown)) from None
    found = [main, package.related(main, RelType.STYLES), package.related(None, RelType.CORE_PROPERTIES)]
    found += [part for part in package.parts.values() if part.content_type in (ContentType.HEADER, ContentType.FOOTER)]
    return {part.name[1:]: part.tree for part in found if part is not None and part.tree is not None}


def _is_hex(value: str | None) -> bool:
    return value is not None and len(value) == 6 and all(c in "0123456789ABCDEFabcdef" for c in value)


def _on(element: etree._Element | None) -> bool:
    """A toggle property (w:b, w:tblHeader ...) is on unless its value says off."""
    return element is not None and element.get(w("val"), "true").lower() not in ("false", "0", "off")


def text_of(element: etree._Element) -> str:
    out: list[str] = []
    for node in element.iter(w("t"), w("tab"), w("br"), w("noBreakHyphen")):
        out.append(node.text or "" if node.tag == w("t") else "-" if node.tag == w("noBreakHyphen") else " ")
    return "".join(out)


class _Styles:
    """Style lookups with Word's inheritance: a style, then the styles it is based on."""

    def __init__(self, root: etree._Element | None) -> None:
        self.by_id: dict[str, etree._Element] = {}
        self.defaults: dict[str, str] = {}
        self.run_defaults: etree._Element | None = None
        self.language = ""
        if root is None:
            return
        for style in root.iter(w("style")):
            style_id = style.get(w("styleId"))
            if style_id:
                self.by_id[style_id] = style
                if style.get(w("default")) in ("1", "true", "on"):
                    self.defaults.setdefault(style.get(w("type"), ""), style_id)
        self.run_defaults = root.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
        if self.run_defaults is not None:
            self.language = self.run_defaults.xpath("string(w:lang/@w:val)", namespaces=NS)
        if not self.language and self.defaults.get("paragraph"):
            self.language = self.first(self.defaults["paragraph"], "w:rPr/w:lang/@w:val") or ""

    def chain(self, style_id: str | None) -> Iterator[etree._Element]:
        seen = set()
        while style_id and style_id in self.by_id and style_id not in seen:
            seen.add(style_id)
            style = self.by_id[style_id]
            yield style
            style_id = style.xpath("string(w:basedOn/@w:val)", namespaces=NS) or None

    def first(self, style_id: str | None, path: str) -> Any:
        """The first match of `path` along the style's chain, or None."""
        for style in self.chain(style_id):
            found = style.xpath(path, namespaces=NS)
            if found:
                return found[0]
        return None

    def paragraph_style(self, p: etree._Element) -> str | None:
        return p.xpath("string(w:pPr/w:pStyle/@w:val)", namespaces=NS) or self.defaults.get("paragraph")

    def outline_level(self, p: etree._Element) -> int | None:
        """1-9 for a heading (Word's outline level + 1), None for body text."""
        value = p.xpath("string(w:pPr/w:outlineLvl/@w:val)", namespaces=NS) or self.first(self.paragraph_style(p), "w:pPr/w:outlineLvl/@w:val")
        if value is None or not str(value).isdigit() or int(value) >= 9:
            return None
        return int(value) + 1


class _Checker:
    def __init__(self, shown: str, styles: _Styles, page: str) -> None:
        self.shown = shown
        self.styles = styles
        self.page = page
        self.problems: list[Problem] = []
        self.prose: list[tuple[str, str]] = []
        self.heading = ""  # the text of the heading the walk is under
        self.seen_colours: set[tuple[str, str, float]] = set()

    def fail(self, check: str, message: str) -> None:
        self.problems.append(Problem(message, self.shown, field=check))

    def where(self) -> str:
        return f'under "{rules.short(self.heading)}"' if self.heading else "before the first heading"

    # -- whole document

    def title(self, core: etree._Element | None) -> None:
        title = core.xpath("string(dc:title)", namespaces=NS).strip() if core is not None else ""
        if not title:
            self.fail("title", "the document has no title; set one in File > Info > Properties > Title")

    def language(self) -> None:
        if not self.styles.language:
            self.fail("language", "the document has no language; set the default in Review > Language > Set Proofing Language > Set As Default")

    # -- the body, in reading order

    def body(self, body: etree._Element) -> None:
        previous_level = 0
        paragraphs = list(body.iter(w("p")))
        last_top_level = next((p for p in reversed(paragraphs) if p.getparent() is body), None)
        for p in paragraphs:
            text = text_of(p)
            in_table = bool(p.xpath("ancestor::w:tbl", namespaces=NS))
            level = self.styles.outline_level(p)
            if level is not None:
                problem = rules.heading_problem(level, previous_level, text)
                if problem:
                    self.fail("heading levels", f"{problem} ({self.where()})" if not text.strip() else problem)
                previous_level = level
                self.heading = text.strip() or self.heading
            elif not text.strip():
                # Word ends a document that ends in a table with an empty paragraph it will not let go of.
                if not in_table and p is not last_top_level and not p.xpath(NOT_SPACING, namespaces=NS):
                    self.fail("empty paragraphs", f"an empty paragraph used for spacing ({self.where()}); use paragraph spacing instead")
            elif not in_table:
                if self._all_bold(p) and rules.looks_like_a_heading(text):
                    self.fail("heading levels", f'"{rules.short(text)}" is bold text posing as a heading; use a heading style')
                style = self.styles.paragraph_style(p) or ""
                if previous_level and not style.startswith(("TOC", "Title", "Subtitle")):
                    self.prose.append((text, self.heading))
            self._links(p)
            self._paragraph_colours(p, self.where())
        for number, table in enumerate(body.iter(w("tbl")), start=1):
            self._table(table, number)

    def _all_bold(self, p: etree._Element) -> bool:
        """Every run with text is bold by direct formatting or a character style (not the paragraph's style)."""
        runs = [r for r in p.xpath("w:r|w:hyperlink/w:r|w:ins/w:r", namespaces=NS) if text_of(r).strip()]
        return bool(runs) and all(self._run_property(r, "w:b", include_paragraph=False) for r in runs)

    def _links(self, p: etree._Element) -> None:
        for link in p.iter(w("hyperlink")):
            problem = rules.link_text_problem(text_of(link))
            if problem:
                self.fail("link text", f"{problem} ({self.where()})")

    def _table(self, table: etree._Element, number: int) -> None:
        heading = self._heading_before(table)
        where = f'table {number} (under "{rules.short(heading)}")' if heading else f"table {number}"
        first_row = table.find(w("tr"))
        if first_row is None or not _on(first_row.find(f"{w('trPr')}/{w('tblHeader')}")):
            self.fail("tables", f'{where} has no header row; in Table Properties > Row, tick "Repeat as header row at the top of each page" for its first row')
        described = table.xpath("string(w:tblPr/w:tblDescription/@w:val)", namespaces=NS).strip() or table.xpath("string(w:tblPr/w:tblCaption/@w:val)", namespaces=NS).strip()
        if not described:
            self.fail("tables", f"{where} has no title or description; add them in Table Properties > Alt Text")
        merged = table.xpath("w:tr/w:tc/w:tcPr[w:vMerge or w:hMerge or w:gridSpan[@w:val > 1]]", namespaces=NS)
        if merged:
            self.fail("tables", f"{where} has merged cells; screen readers cannot tell which header a merged cell belongs to")

    def _heading_before(self, element: etree._Element) -> str:
        for p in element.itersiblings(w("p"), preceding=True):
            if self.styles.outline_level(p) is not None and text_of(p).strip():
                return text_of(p).strip()
        parent = element.getparent()
        return self._heading_before(parent) if parent is not None and parent.tag != w("body") else ""

    # -- colours

    def colours(self, part: etree._Element, where: str) -> None:
        for p in part.iter(w("p")):
            self._paragraph_colours(p, where)

    def _paragraph_colours(self, p: etree._Element, where: str) -> None:
        for run in p.xpath("w:r|w:hyperlink/w:r|w:ins/w:r|w:smartTag/w:r|w:sdt/w:sdtContent/w:r", namespaces=NS):
            if not text_of(run).strip() or self._run_property(run, "w:vanish"):
                continue
            colour = self._run_value(run, "w:color/@w:val")
            if not _is_hex(colour):
                continue  # "auto": Word picks black or white against what is behind
            background = self._background(run, p)
            points = int(self._run_value(run, "w:sz/@w:val") or 20) / 2
            bold = self._run_property(run, "w:b")
            key = (colour.upper(), background, rules.required_ratio(points, bold))
            if key in self.seen_colours:
                continue
            self.seen_colours.add(key)
            problem = rules.contrast_problem(colour.upper(), background, points, bold)
            if problem:
                self.fail("contrast", f"{problem} (first {where})")

    def _style_sources(self, run: etree._Element, include_paragraph: bool = True) -> Iterator[etree._Element | None]:
        """Where a run's formatting comes from, nearest first: the run, its character style, the paragraph style, the table style, the defaults."""
        rpr = run.find(w("rPr"))
        if rpr is not None:
            yield rpr
        char_style = run.xpath("string(w:rPr/w:rStyle/@w:val)", namespaces=NS)
        for style in self.styles.chain(char_style or None):
            yield style.find(w("rPr"))
        if not include_paragraph:
            return
        p = run.getparent()
        while p is not None and p.tag != w("p"):
            p = p.getparent()
        if p is not None:
            for style in self.styles.chain(self.styles.paragraph_style(p)):
                yield style.find(w("rPr"))
            table = next(iter(p.xpath("ancestor::w:tbl[1]", namespaces=NS)), None)
            if table is not None:
                for style in self._table_styles(table):
                    if self._in_first_row(p, table):
                        yield style.find(f"{w('tblStylePr')}[@{w('type')}='firstRow']/{w('rPr')}")
                    yield style.find(w("rPr"))
        yield self.styles.run_defaults

    def _run_value(self, run: etree._Element, path: str) -> Any:
        for source in self._style_sources(run):
            if source is not None:
                found = source.xpath(path, namespaces=NS)
                if found:
                    return found[0]
        return None

    def _run_property(self, run: etree._Element, tag: str, include_paragraph: bool = True) -> bool:
        for source in self._style_sources(run, include_paragraph):
            if source is not None:
                found = source.find(tag.replace("w:", f"{{{W}}}"))
                if found is not None:
                    return _on(found)
        return False

    def _table_styles(self, table: etree._Element) -> list[etree._Element]:
        style_id = table.xpath("string(w:tblPr/w:tblStyle/@w:val)", namespaces=NS) or self.styles.defaults.get("table")
        return list(self.styles.chain(style_id))

    @staticmethod
    def _in_first_row(p: etree._Element, table: etree._Element) -> bool:
        """In the table's first row, and the table asks for its style's first-row formatting (w:tblLook)."""
        rows = p.xpath("ancestor::w:tr[1]", namespaces=NS)
        if not rows or rows[0] is not table.find(w("tr")):
            return False
        look = table.find(f"{w('tblPr')}/{w('tblLook')}")
        if look is None:
            return True  # Word's default look has a first row
        if look.get(w("firstRow")) is not None:
            return look.get(w("firstRow")) in ("1", "true", "on")
        return bool(int(look.get(w("val"), "0020"), 16) & 0x0020)

    def _background(self, run: etree._Element, p: etree._Element) -> str:
        """The fill behind a run: its own shading or highlight, the paragraph's, the cell's, the table style's, the page."""
        candidates = [
            run.xpath("string(w:rPr/w:shd/@w:fill)", namespaces=NS),
            HIGHLIGHTS.get(run.xpath("string(w:rPr/w:highlight/@w:val)", namespaces=NS), ""),
            p.xpath("string(w:pPr/w:shd/@w:fill)", namespaces=NS),
            self.styles.first(self.styles.paragraph_style(p), "w:pPr/w:shd/@w:fill") or "",
        ]
        table = next(iter(p.xpath("ancestor::w:tbl[1]", namespaces=NS)), None)
        if table is not None:
            candidates.append(p.xpath("string(ancestor::w:tc[1]/w:tcPr/w:shd/@w:fill)", namespaces=NS))
            for style in self._table_styles(table):
                if self._in_first_row(p, table):
                    candidates.append(style.xpath("string(w:tblStylePr[@w:type='firstRow']/w:tcPr/w:shd/@w:fill)", namespaces=NS))
                candidates.append(style.xpath("string(w:tcPr/w:shd/@w:fill)", namespaces=NS))
        return next((c.upper() for c in candidates if _is_hex(c)), self.page)
