"""Every example's Word document and web page meet the checks UK public sector accessibility
guidance asks of published documents: a title and a language, real headings with no skipped
levels, no empty paragraphs for spacing, tables with header rows and descriptions, link text
that says where it goes, and text colours with enough contrast (WCAG 2.2 AA).

The checks themselves are `policygen lint` (generator/accessibility), so the tests and the
command share one implementation; tests/accessibility/test_lint.py shows each check failing on a document
broken by hand. What is asserted here on top is what this writer promises beyond them.
"""

from __future__ import annotations

import io
import zipfile

import pytest
from lxml import etree

from generator.accessibility import CHECKS
from generator.accessibility import docx as docx_checks
from generator.accessibility import html as html_checks
from generator.accessibility.rules import contrast
from generator.pipeline import prepare
from generator.writers import docx as writer
from generator.writers import html as html_writer
from helpers import EXAMPLES, NS, w


@pytest.fixture(scope="module", params=EXAMPLES, ids=lambda p: p.stem)
def built(request):
    """(answers, .docx bytes, .html text) for one example."""
    policy = prepare(request.param)
    return policy.answers, writer.render(policy.document), html_writer.render(policy.document).decode("utf-8")


@pytest.fixture(scope="module")
def example(built):
    """(answers, {part name: parsed XML}) for one example's .docx."""
    answers, data, _ = built
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        parts = {name: etree.fromstring(package.read(name)) for name in package.namelist() if name.endswith(".xml")}
    return answers, parts


def test_the_word_document_passes_every_lint_check(built):
    _, data, _ = built
    failures, figures = docx_checks.check(data, "policy.docx")
    assert [str(f) for f in failures] == []
    assert figures.sentences > 200 and 8 < figures.mean < 20


def test_the_web_page_passes_every_lint_check(built):
    _, _, page = built
    failures, figures = html_checks.check(page, "policy.html")
    assert [str(f) for f in failures] == []
    assert figures.sentences > 200 and 8 < figures.mean < 20


def test_both_formats_give_the_same_readability_figures(built):
    _, data, page = built
    _, from_word = docx_checks.check(data, "policy.docx")
    _, from_page = html_checks.check(page, "policy.html")
    assert (from_word.sentences, from_word.mean, from_word.longest) == (from_page.sentences, from_page.mean, from_page.longest)


def test_every_check_is_named_in_the_list_the_command_prints():
    assert CHECKS == ("title", "language", "heading levels", "tables", "link text", "contrast", "empty paragraphs")


def styles(parts) -> dict[str, etree._Element]:
    return {s.get(w("styleId")): s for s in parts["word/styles.xml"].iter(w("style"))}


def test_title_and_language_are_the_policy_s_own(example):
    answers, parts = example
    assert parts["docProps/core.xml"].xpath("string(dc:title)", namespaces=NS) == answers.document.title
    defaults = parts["word/styles.xml"].xpath("string(w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val)", namespaces=NS)
    assert defaults == "en-GB"
    # No run or paragraph switches to another language.
    others = {e.get(w("val")) for e in parts["word/document.xml"].iter(w("lang"))} - {"en-GB", None}
    assert others == set()


def test_sections_and_clauses_are_heading_levels_1_and_2(example):
    _, parts = example
    level_of = {}
    for style_id, style in styles(parts).items():
        outline = style.xpath("string(w:pPr/w:outlineLvl/@w:val)", namespaces=NS)
        if outline not in ("", "9"):
            level_of[style_id] = int(outline) + 1
    levels = [level_of.get(p.xpath("string(w:pPr/w:pStyle/@w:val)", namespaces=NS)) for p in parts["word/document.xml"].iter(w("p"))]
    assert levels.count(1) >= 10 and levels.count(2) >= 30  # the lint check sees a real document, not an empty one


def test_there_are_tables_and_links_for_the_lint_checks_to_judge(example):
    _, parts = example
    assert len(parts["word/document.xml"].xpath("//w:tbl", namespaces=NS)) >= 4  # roles, contacts, document details, version history, coverage
    assert parts["word/document.xml"].xpath("//w:body//w:hyperlink[@r:id]", namespaces=NS)


def test_contrast_helper_matches_known_values():
    assert round(contrast("000000", "FFFFFF"), 1) == 21.0
    assert round(contrast("767676", "FFFFFF"), 2) == 4.54  # the lightest grey that passes AA on white


def test_every_text_colour_has_normal_text_contrast_even_when_large(example):
    """Stricter than WCAG asks of large text (3:1): every colour the writer uses passes 4.5:1 on every fill."""
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
