"""Every example's Word document meets the checks UK public sector accessibility guidance asks of
downloadable documents: a title and a language, real headings with no skipped levels, no empty
paragraphs for spacing, tables with header rows and descriptions, link text that says where it
goes, and text colours with at least 4.5:1 contrast (WCAG 2.1 AA) on what they sit on.

These read the OOXML itself, so they judge what Word and screen readers see, whatever the writer
meant to do.
"""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from lxml import etree

from generator.pipeline import prepare
from generator.writers import docx as writer
from helpers import EXAMPLES, NS, text_of, w

@pytest.fixture(scope="module", params=EXAMPLES, ids=lambda p: p.stem)
def example(request):
    """(answers, {part name: parsed XML}) for one example's .docx."""
    built = prepare(request.param)
    with zipfile.ZipFile(io.BytesIO(writer.render(built.document))) as package:
        parts = {name: etree.fromstring(package.read(name)) for name in package.namelist() if name.endswith(".xml")}
    return built.answers, parts


def styles(parts) -> dict[str, etree._Element]:
    return {s.get(w("styleId")): s for s in parts["word/styles.xml"].iter(w("style"))}


def body_paragraphs(parts):
    return parts["word/document.xml"].find(w("body")).iter(w("p"))


def test_title_and_language_are_set(example):
    answers, parts = example
    assert parts["docProps/core.xml"].xpath("string(dc:title)", namespaces=NS) == answers.document.title
    defaults = parts["word/styles.xml"].xpath("string(w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val)", namespaces=NS)
    assert defaults == "en-GB"
    # No run or paragraph switches to another language.
    others = {e.get(w("val")) for e in parts["word/document.xml"].iter(w("lang"))} - {"en-GB", None}
    assert others == set()


def test_headings_are_real_and_never_skip_a_level(example):
    _, parts = example
    level_of = {}
    for style_id, style in styles(parts).items():
        outline = style.xpath("string(w:pPr/w:outlineLvl/@w:val)", namespaces=NS)
        if outline not in ("", "9"):
            level_of[style_id] = int(outline) + 1
    levels = []
    for p in body_paragraphs(parts):
        style_id = p.xpath("string(w:pPr/w:pStyle/@w:val)", namespaces=NS)
        if style_id in level_of:
            levels.append(level_of[style_id])
    assert levels.count(1) >= 10 and levels.count(2) >= 30
    previous = 0
    for level in levels:
        assert level <= previous + 1, f"heading level {level} after {previous}"
        previous = level


def test_no_empty_paragraphs_and_no_bold_paragraphs_posing_as_headings(example):
    _, parts = example
    for p in body_paragraphs(parts):
        words = text_of(p).strip()
        if not words:
            # Only the section break, the page break and the contents field may carry no text.
            assert p.xpath(".//w:sectPr|.//w:br[@w:type='page']|.//w:fldChar|.//w:instrText", namespaces=NS), etree.tostring(p)[:200]
            continue
        runs = p.xpath("w:r[w:t]|w:hyperlink/w:r[w:t]", namespaces=NS)
        all_bold = runs and all(r.xpath("w:rPr/w:b", namespaces=NS) for r in runs)
        in_table = p.xpath("ancestor::w:tbl", namespaces=NS)
        assert not (all_bold and not in_table), f"a bold paragraph instead of a heading: {words[:60]!r}"


def test_tables_have_header_rows_descriptions_and_no_merged_cells(example):
    _, parts = example
    tables = parts["word/document.xml"].xpath("//w:tbl", namespaces=NS)
    assert len(tables) >= 4  # roles, contacts, document details, version history, coverage
    for table in tables:
        assert table.xpath("w:tr[1]/w:trPr/w:tblHeader", namespaces=NS), "first row is not a header row"
        assert table.xpath("string(w:tblPr/w:tblDescription/@w:val)", namespaces=NS).strip()
        assert not table.xpath(".//w:gridSpan|.//w:vMerge|.//w:hMerge", namespaces=NS)


def test_link_text_says_where_it_goes(example):
    _, parts = example
    links = parts["word/document.xml"].xpath("//w:body//w:hyperlink", namespaces=NS)
    assert links
    for link in links:
        words = text_of(link).strip()
        assert words and words.lower() not in ("click here", "here", "link", "this link", "more")
        assert not re.match(r"(https?://|www\.)", words), f"a bare web address as link text: {words}"


def _luminance(hex_colour: str) -> float:
    def channel(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(foreground: str, background: str) -> float:
    lighter, darker = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_contrast_helper_matches_known_values():
    assert round(contrast("000000", "FFFFFF"), 1) == 21.0
    assert round(contrast("767676", "FFFFFF"), 2) == 4.54  # the lightest grey that passes AA on white


def test_every_text_colour_has_enough_contrast(example):
    _, parts = example
    fills = {"FFFFFF"}  # the page
    for shading in parts["word/styles.xml"].iter(w("shd")):
        fill = shading.get(w("fill"))
        if fill and fill != "auto":
            fills.add(fill.upper())
    colours = set()
    for name in ("word/styles.xml", "word/document.xml", "word/header1.xml", "word/footer1.xml"):
        for element in parts[name].xpath("//w:rPr/w:color|//w:rPrDefault//w:color", namespaces=NS):
            value = element.get(w("val"))
            if value and value != "auto":
                colours.add(value.upper())
    assert colours, "no text colours found: the check would prove nothing"
    for colour in colours:
        for fill in fills:
            assert contrast(colour, fill) >= 4.5, f"text colour {colour} on {fill}: {contrast(colour, fill):.2f}:1"
