"""Accessibility checks of a web page, the HTML equivalents of the Word checks.

Any page may be given, including one edited by hand; places are FILE:LINE. Contrast is
judged from the colours the page declares (its <style> rules and style attributes): each
rule's text colour against its own background, or the page's. That finds a grey that is
too light, but it is no browser: a real rendering is checked by axe-core in the tests.
"""

from __future__ import annotations

import re

from lxml import etree, html

from ..errors import PolicyError, Problem
from . import rules

HEADING = re.compile(r"^h([1-6])$")
LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
BLOCKS = {"p", "ul", "ol", "li", "div", "table", "section", "article", "aside", "nav", "header", "footer", "main", "blockquote", "figure", "dl", "form", "pre", "h1", "h2", "h3", "h4", "h5", "h6"}
NOT_PROSE = {"table", "nav", "header", "footer", "script", "style", "template"}
# What an empty <p> may hold that is not spacing.
CONTENT = ("img", "svg", "picture", "video", "audio", "iframe", "object", "embed", "input", "button", "select", "textarea", "canvas", "math")


def check(text: str, shown: str) -> tuple[list[Problem], rules.Readability]:
    try:
        root = html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise PolicyError(Problem(f"not a readable HTML page: {exc}", shown)) from None
    page = _Checker(shown, root)
    page.title()
    page.language()
    page.walk()
    page.tables()
    page.links()
    page.contrast()
    in_page_order = sorted(page.problems, key=lambda problem: problem.line or 0)
    return in_page_order, rules.readability(page.prose)


class _Checker:
    def __init__(self, shown: str, root: html.HtmlElement) -> None:
        self.shown = shown
        self.root = root
        self.problems: list[Problem] = []
        self.prose: list[tuple[str, str]] = []

    def fail(self, check: str, element: html.HtmlElement | None, message: str) -> None:
        line = element.sourceline if element is not None else None
        self.problems.append(Problem(message, self.shown, line, check))

    def title(self) -> None:
        titles = self.root.xpath("//title")
        if not titles or not titles[0].text_content().strip():
            self.fail("title", titles[0] if titles else None, "the page has no title; give it a <title>")

    def language(self) -> None:
        lang = (self.root.get("lang") or "").strip()
        if not lang:
            self.fail("language", self.root, 'the page has no language; add lang="en-GB" to <html>')
        elif not LANGUAGE_TAG.match(lang):
            self.fail("language", self.root, f'lang="{lang}" is not a language tag such as en-GB')

    def walk(self) -> None:
        """Headings, empty paragraphs and prose, in reading order."""
        previous = 0
        heading = ""
        prose_root = next(iter(self.root.xpath("//main")), None)
        for element in self.root.iter():
            if not isinstance(element.tag, str):
                continue  # comments, processing instructions
            text = element.text_content()
            level = HEADING.match(element.tag)
            if level:
                problem = rules.heading_problem(int(level.group(1)), previous, text)
                if problem:
                    self.fail("heading levels", element, problem)
                previous = int(level.group(1))
                heading = " ".join(text.split()) or heading
            elif element.tag == "p":
                if not text.strip() and not element.xpath(" | ".join(f".//{tag}" for tag in CONTENT)):
                    self.fail("empty paragraphs", element, "an empty paragraph used for spacing; use CSS margins instead")
                elif self._all_bold(element) and rules.looks_like_a_heading(text) and not element.xpath("ancestor::table"):
                    self.fail("heading levels", element, f'"{rules.short(text)}" is bold text posing as a heading; use a heading element')
            elif element.tag == "br" and _next_is_br(element):
                self.fail("empty paragraphs", element, "line breaks used for spacing; use CSS margins instead")
            if element.tag in ("p", "li") and self._is_prose(element, prose_root):
                words = _own_text(element) if element.tag == "li" else text
                if words.strip():
                    self.prose.append((words, heading))

    @staticmethod
    def _all_bold(p: html.HtmlElement) -> bool:
        """All the paragraph's text is inside <strong> or <b>."""
        outside = "".join(p.xpath(".//text()[not(ancestor::strong or ancestor::b)]"))
        return not outside.strip() and bool(p.text_content().strip())

    @staticmethod
    def _is_prose(element: html.HtmlElement, prose_root: html.HtmlElement | None) -> bool:
        ancestors = list(element.iterancestors())
        if prose_root is not None and prose_root not in ancestors:
            return False
        return not any(a.tag in NOT_PROSE for a in ancestors)

    def tables(self) -> None:
        for number, table in enumerate(self.root.iter("table"), start=1):
            if (table.get("role") or "").lower() in ("presentation", "none"):
                continue  # a layout table says so, and has no headers to find
            name = f"table {number}"
            caption = table.find("caption")
            labelled = caption is not None and caption.text_content().strip() or (table.get("aria-label") or "").strip() or table.get("aria-labelledby")
            if not labelled:
                self.fail("tables", table, f"{name} has no caption; give it a <caption>")
            headers = [th for th in table.iter("th") if _owner_table(th) is table]  # not those of a table inside it
            if not headers:
                self.fail("tables", table, f"{name} has no header cells; mark its header row with <th>")
            for th in headers:
                if (th.get("scope") or "").lower() not in ("col", "row", "colgroup", "rowgroup") and not th.get("id"):
                    self.fail("tables", th, f'{name}: the header cell "{rules.short(th.text_content())}" has no scope; add scope="col" or scope="row"')

    def links(self) -> None:
        ids = set(self.root.xpath("//@id"))
        for link in self.root.iter("a"):
            href = link.get("href")
            if href is None:
                continue
            name = (link.get("aria-label") or "").strip() or link.text_content() + " ".join(link.xpath(".//img/@alt"))
            problem = rules.link_text_problem(name)
            if problem:
                self.fail("link text", link, problem)
            if href.startswith("#") and len(href) > 1 and href[1:] not in ids:
                self.fail("link text", link, f'the link "{rules.short(name)}" goes to {href}, which is not on the page')

    def contrast(self) -> None:
        rules_found: list[tuple[str, dict[str, str], int]] = []
        for style in self.root.iter("style"):
            css = style.text or ""
            for selector, declarations, offset in css_rules(css):
                rules_found.append((selector, declarations, (style.sourceline or 1) + css[:offset].count("\n")))
        page_text, page_background = "000000", "FFFFFF"
        for selector, declarations, _ in rules_found:
            if _is_page(selector):
                page_text = css_colour(declarations.get("color", "")) or page_text
                page_background = _background(declarations) or page_background
        for selector, declarations, line in rules_found:
            self._pair(declarations, page_text, page_background, f'the rule "{rules.short(selector, 40)}"', line)
        for element in self.root.xpath("//*[@style]"):
            self._pair(css_declarations(element.get("style")), page_text, page_background, f"<{element.tag}>", element.sourceline)

    def _pair(self, declarations: dict[str, str], page_text: str, page_background: str, what: str, line: int | None) -> None:
        text = css_colour(declarations.get("color", ""))
        background = _background(declarations)
        if text is None and background is None:
            return
        points, bold = _size(declarations)
        problem = rules.contrast_problem(text or page_text, background or page_background, points, bold)
        if problem:
            self.problems.append(Problem(f"{problem} ({what})", self.shown, line, "contrast"))


def _owner_table(cell: html.HtmlElement) -> html.HtmlElement | None:
    return next(cell.iterancestors("table"), None)


def _next_is_br(br: html.HtmlElement) -> bool:
    """The next thing after this <br>, apart from white space, is another <br>."""
    if (br.tail or "").strip():
        return False
    following = br.getnext()
    return following is not None and following.tag == "br"


def _own_text(li: html.HtmlElement) -> str:
    """A list item's text without its nested lists and paragraphs, which count on their own."""
    parts = [li.text or ""]
    for child in li:
        if isinstance(child.tag, str) and child.tag not in BLOCKS:
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return "".join(parts)


# ------------------------------------------------------------------ CSS, as far as colours go

_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
NAMED = {
    "black": "000000", "white": "FFFFFF", "red": "FF0000", "green": "008000", "blue": "0000FF", "yellow": "FFFF00",
    "grey": "808080", "gray": "808080", "silver": "C0C0C0", "maroon": "800000", "navy": "000080", "purple": "800080",
    "teal": "008080", "olive": "808000", "orange": "FFA500", "lime": "00FF00", "aqua": "00FFFF", "fuchsia": "FF00FF",
    "darkgrey": "A9A9A9", "darkgray": "A9A9A9", "lightgrey": "D3D3D3", "lightgray": "D3D3D3", "dimgray": "696969", "dimgrey": "696969",
}  # fmt: skip


def css_rules(css: str) -> list[tuple[str, dict[str, str], int]]:
    """(selector, declarations, offset of the rule in css) for every style rule, inside @media blocks too."""
    css = _COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), css)  # keep offsets and line numbers
    out: list[tuple[str, dict[str, str], int]] = []
    _rules(css, 0, len(css), out)
    return out


def _rules(css: str, start: int, end: int, out: list) -> None:
    i = start
    while i < end:
        brace = css.find("{", i, end)
        if brace < 0:
            return
        prelude = css[i:brace].strip()
        close = _matching(css, brace, end)
        if prelude.startswith("@media") or prelude.startswith("@supports"):
            _rules(css, brace + 1, close, out)
        elif not prelude.startswith("@"):
            offset = i + len(css[i:brace]) - len(css[i:brace].lstrip())
            out.append((prelude, css_declarations(css[brace + 1 : close]), offset))
        i = close + 1


def _matching(css: str, brace: int, end: int) -> int:
    depth = 0
    for j in range(brace, end):
        if css[j] == "{":
            depth += 1
        elif css[j] == "}":
            depth -= 1
            if depth == 0:
                return j
    return end


def css_declarations(text: str) -> dict[str, str]:
    found = {}
    for declaration in text.split(";"):
        name, sep, value = declaration.partition(":")
        if sep:
            found[name.strip().lower()] = value.replace("!important", "").strip()
    return found


def css_colour(value: str) -> str | None:
    """RRGGBB for a solid colour (#rgb, #rrggbb, rgb(), a common name), None for anything else."""
    value = value.strip().lower()
    if value in NAMED:
        return NAMED[value]
    hex_match = re.fullmatch(r"#([0-9a-f]{3}|[0-9a-f]{6})", value)
    if hex_match:
        digits = hex_match.group(1)
        return (digits if len(digits) == 6 else "".join(c * 2 for c in digits)).upper()
    rgb = re.fullmatch(r"rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)\s*(?:[,/]\s*([\d.]+%?)\s*)?\)", value)
    if rgb and (rgb.group(4) is None or rgb.group(4) in ("1", "100%")):
        return "".join(f"{min(int(n), 255):02X}" for n in rgb.groups()[:3])
    return None


def _background(declarations: dict[str, str]) -> str | None:
    if "background-color" in declarations:
        return css_colour(declarations["background-color"])
    for token in declarations.get("background", "").split():
        colour = css_colour(token)
        if colour:
            return colour
    return None


def _is_page(selector: str) -> bool:
    return any(part.strip() in ("html", "body", ":root") for part in selector.split(","))


def _size(declarations: dict[str, str]) -> tuple[float, bool]:
    """Font size in points (12 when not given) and whether the rule makes text bold."""
    points = 12.0
    size = re.fullmatch(r"([\d.]+)(px|pt|rem|em)", declarations.get("font-size", "").strip())
    if size:
        number, unit = float(size.group(1)), size.group(2)
        points = number * 0.75 if unit == "px" else number if unit == "pt" else number * 12
    weight = declarations.get("font-weight", "").strip()
    bold = weight in ("bold", "bolder") or (weight.isdigit() and int(weight) >= 700)
    return points, bold
