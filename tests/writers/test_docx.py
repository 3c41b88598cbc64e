"""The Word writer: re-open what it writes and check structure, styles and properties.

Nothing here compares raw bytes except the reproducibility tests. The independent readers
(LibreOffice, pandoc, openxml-audit) are tested elsewhere.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree

from generator.compose.blocks import parse_blocks
from generator.document import Clause, Document, Link, Metadata, Paragraph, Section, Table, Text
from generator.writers import columns, ooxml
from generator.writers import docx as writer
from helpers import EXAMPLES, NS, ROOT, text_of, w

RICH_MARKDOWN = """\
You must read this with **care**, *attention* and ***both***. See the [BASW policy](https://www.basw.co.uk/policy?a=1&b=2).

- First point
- Second point
  - nested point
    1. deep step one
    2. deep step two
- Third point

  More about the third point.

1. Step one
2. Step two
   1. sub step a
   2. sub step b
3. Step three
   1. another sub step

A paragraph between lists.

1. New list one
2. New list two

| Situation | What you do |
| --- | --- |
| A friend request from someone you support | Decline it & explain <kindly> |
| A worrying post | Tell the duty team |

After the table.
"""


def make_document(status: str = "Draft", sections: int = 3) -> Document:
    rich = parse_blocks(RICH_MARKDOWN, "test.md", 1)
    plain = (Paragraph((Text("Answers are data: {{ 7*7 }} & <b>not markup</b>."),)),)
    built = []
    for s in range(1, sections + 1):
        clauses = tuple(
            Clause(f"s{s}.c{c}", f"{s}.{c}", f"Clause {c} of section {s}", rich if (s, c) == (1, 1) else plain)
            for c in range(1, 3 if s != 2 else 4)
        )
        built.append(Section(f"s{s}", str(s), f"Section {s} title", clauses))
    meta = Metadata(
        title="Social media policy",
        organisation="Northshire County Council",
        subject="Social media policy for social work staff of Northshire County Council",
        author="Principal Social Worker",
        keywords=("social media", "social work", "policy", "England"),
        version="2.1",
        status=status,
        provenance=(("policygen", "0.1.0"), ("clause library", "2026.11.0"), ("answers sha256", "ab" * 32)),
    )
    hashes = tuple((clause.id, "cd" * 32) for section in built for clause in section.clauses)
    return Document(meta, tuple(built), hashes)


@pytest.fixture(scope="module")
def model() -> Document:
    return make_document()


@pytest.fixture(scope="module")
def data(model) -> bytes:
    return writer.render(model)


@pytest.fixture(scope="module")
def opened(data):
    return docx.Document(io.BytesIO(data))


@pytest.fixture(scope="module")
def parts(data) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {name: z.read(name) for name in z.namelist()}


def xml(parts, name: str):
    return etree.fromstring(parts[name])


def body_paragraphs(parts):
    return xml(parts, "word/document.xml").xpath("/w:document/w:body/w:p", namespaces=NS)


def style_of(p) -> str:
    return p.xpath("string(w:pPr/w:pStyle/@w:val)", namespaces=NS) or "Normal"


# ------------------------------------------------------------------ headings and numbering


def test_sections_are_heading_1_and_clauses_heading_2_in_order(opened, model):
    headings = [(p.style.name, p.text) for p in opened.paragraphs if p.style.name.startswith("Heading")]
    expected = []
    for section in model.sections:
        expected.append(("Heading 1", section.title))
        expected += [("Heading 2", clause.title) for clause in section.clauses]
    assert headings == expected


def test_heading_styles_carry_multilevel_numbering(parts):
    styles, numbering = xml(parts, "word/styles.xml"), xml(parts, "word/numbering.xml")
    bound = {}
    for level, style_id in enumerate(("Heading1", "Heading2")):
        num_pr = styles.xpath(f'w:style[@w:styleId="{style_id}"]/w:pPr/w:numPr', namespaces=NS)
        assert num_pr, f"{style_id} has no numbering"
        assert num_pr[0].xpath("string(w:ilvl/@w:val)", namespaces=NS) == str(level)
        bound[style_id] = num_pr[0].xpath("string(w:numId/@w:val)", namespaces=NS)
    assert bound["Heading1"] == bound["Heading2"] != "0"
    abstract_id = numbering.xpath(f'string(w:num[@w:numId="{bound["Heading1"]}"]/w:abstractNumId/@w:val)', namespaces=NS)
    abstract = numbering.xpath(f'w:abstractNum[@w:abstractNumId="{abstract_id}"]', namespaces=NS)[0]
    assert abstract.xpath("string(w:multiLevelType/@w:val)", namespaces=NS) == "multilevel"
    levels = {lvl.get(w("ilvl")): lvl for lvl in abstract.xpath("w:lvl", namespaces=NS)}
    assert levels["0"].xpath("string(w:lvlText/@w:val)", namespaces=NS) == "%1"
    assert levels["1"].xpath("string(w:lvlText/@w:val)", namespaces=NS) == "%1.%2"
    assert levels["0"].xpath("string(w:pStyle/@w:val)", namespaces=NS) == "Heading1"
    assert levels["1"].xpath("string(w:pStyle/@w:val)", namespaces=NS) == "Heading2"
    assert all(lvl.xpath("string(w:numFmt/@w:val)", namespaces=NS) == "decimal" for lvl in levels.values())


def test_numbers_word_shows_match_the_model(parts, model):
    """Count headings as Word does (level 2 restarts under each level 1) and compare with the model."""
    shown, section, clause = [], 0, 0
    for p in body_paragraphs(parts):
        if style_of(p) == "Heading1":
            assert not p.xpath("w:pPr/w:numPr", namespaces=NS), "a heading's number comes from its style"
            section, clause = section + 1, 0
            shown.append(f"{section}")
        elif style_of(p) == "Heading2":
            clause += 1
            shown.append(f"{section}.{clause}")
    expected = []
    for s in model.sections:
        expected.append(s.number)
        expected += [c.number for c in s.clauses]
    assert shown == expected


def test_heading_text_is_the_title_only(opened):
    for p in opened.paragraphs:
        if p.style.name.startswith("Heading"):
            assert not p.text[:1].isdigit()


def test_first_section_starts_a_new_page(parts):
    headings = [p for p in body_paragraphs(parts) if style_of(p) == "Heading1"]
    assert headings[0].xpath("w:pPr/w:pageBreakBefore", namespaces=NS)
    assert not any(h.xpath("w:pPr/w:pageBreakBefore", namespaces=NS) for h in headings[1:])


# ------------------------------------------------------------------ cover and contents


def test_cover_page(opened, parts):
    first = [(p.style.name, p.text) for p in opened.paragraphs[:7]]
    assert first == [
        ("Title", "Social media policy"),
        ("Subtitle", "Northshire County Council"),
        ("Cover Details", "Version: 2.1"),
        ("Cover Details", "Status: Draft"),
        ("Cover Details", "Approved on: not yet approved"),
        ("Cover Details", "Owner: Principal Social Worker"),
        ("TOC Heading", "Contents"),
    ]
    # the cover is a page of its own: the contents start the next one
    contents = [p for p in body_paragraphs(parts) if style_of(p) == "TOCHeading"][0]
    assert contents.xpath("w:pPr/w:pageBreakBefore", namespaces=NS)
    assert opened.paragraphs[2].runs[0].bold and not opened.paragraphs[2].runs[1].bold  # the label, then the fact


def test_cover_gives_the_approval_date():
    approved = make_document(status="Approved")
    approved = approved.replace(meta=approved.meta.replace(approved_on="1 October 2026"))
    opened = docx.Document(io.BytesIO(writer.render(approved)))
    assert [p.text for p in opened.paragraphs[2:6]] == ["Version: 2.1", "Status: Approved", "Approved on: 1 October 2026", "Owner: Principal Social Worker"]


def test_a_short_edition_has_its_facts_in_one_line_and_no_cover_page():
    brief = make_document().replace(brief=True)
    opened = docx.Document(io.BytesIO(writer.render(brief)))
    assert [(p.style.name, p.text) for p in opened.paragraphs[:4]] == [
        ("Title", "Social media policy"),
        ("Subtitle", "Northshire County Council"),
        ("Cover Details", "Version 2.1 (Draft)"),
        ("Heading 1", "Section 1 title"),
    ]
    assert not opened.sections[0].different_first_page_header_footer
    # one header for every page, with the draft's watermark
    assert opened.sections[0].header._element.xpath("//*[local-name()='shape']/*[local-name()='textpath']/@string") == ["DRAFT"]


def test_contents_heading_is_not_numbered(parts):
    styles = xml(parts, "word/styles.xml")
    style_id = "TOCHeading"
    while style_id:  # the style and everything it is based on
        style = styles.xpath(f'w:style[@w:styleId="{style_id}"]', namespaces=NS)[0]
        assert not style.xpath("w:pPr/w:numPr[w:numId/@w:val!='0']", namespaces=NS)
        assert not style.xpath("w:pPr/w:outlineLvl[@w:val<9]", namespaces=NS)
        style_id = style.xpath("string(w:basedOn/@w:val)", namespaces=NS)


def test_toc_field_and_update_on_open(parts, model):
    document = xml(parts, "word/document.xml")
    instructions = [t.strip() for t in document.xpath("//w:instrText/text()", namespaces=NS)]
    assert instructions == ['TOC \\o "1-2" \\h \\z \\u']
    kinds = document.xpath("//w:body//w:fldChar/@w:fldCharType", namespaces=NS)
    assert kinds == ["begin", "separate", "end"]
    settings = xml(parts, "word/settings.xml")
    assert settings.xpath("string(w:updateFields/@w:val)", namespaces=NS) == "true"
    # the cached result lists every heading, linked to a bookmark on that heading
    entries = [p for p in body_paragraphs(parts) if style_of(p) in ("TOC1", "TOC2")]
    assert [text_of(p) for p in entries] == [f"{n}{t}" for s in model.sections for n, t in [(s.number, s.title)] + [(c.number, c.title) for c in s.clauses]]
    bookmarks = {b.get(w("name")): b for b in document.xpath("//w:bookmarkStart", namespaces=NS)}
    for entry in entries:
        anchor = entry.xpath("string(w:hyperlink/@w:anchor)", namespaces=NS)
        target = bookmarks[anchor].getparent()
        assert style_of(target) in ("Heading1", "Heading2")
        assert text_of(target) == text_of(entry).lstrip("0123456789.")


def test_contents_with_page_numbers_end_each_entry_in_a_pageref_field_word_can_update(model):
    """What the build writes when LibreOffice has laid the document out (see test_pdf.py for the real thing)."""
    marks = writer.contents_bookmarks(model)
    pages = list(range(3, 3 + len(marks)))
    data = writer.render(model, pages)
    docx.Document(io.BytesIO(data))  # python-docx opens it
    parts = dict(_unzip(data))
    document = xml(parts, "word/document.xml")
    instructions = [t.strip() for t in document.xpath("//w:body/w:p//w:instrText/text()", namespaces=NS)]
    assert instructions == ['TOC \\o "1-2" \\h \\z \\u'] + [f"PAGEREF {mark} \\h" for mark in marks]
    kinds = document.xpath("//w:body/w:p//w:fldChar/@w:fldCharType", namespaces=NS)
    assert kinds == ["begin", "separate"] + ["begin", "separate", "end"] * len(marks) + ["end"]
    entries = [p for p in body_paragraphs(parts) if style_of(p) in ("TOC1", "TOC2")]
    expected = [f"{n}{t}" for n, t in writer.contents_entries(model)]
    assert [text_of(p) for p in entries] == [f"{text}{page}" for text, page in zip(expected, pages, strict=False)]
    for entry, mark in zip(entries, marks, strict=False):  # number, tab, title, tab, page: all inside the link to the heading
        [link] = entry.xpath("w:hyperlink", namespaces=NS)
        assert link.get(w("anchor")) == mark
        assert len(link.xpath("w:r/w:tab", namespaces=NS)) == 2
    assert writer.render(model, pages) == data
    with pytest.raises(ValueError):
        writer.render(model, pages[:-1])


def test_the_last_contents_entries_keep_together():
    """Keep-with-next on all but the last of the last entries: a page of the contents never holds only a few."""
    model = make_document(sections=6)
    entries = [p for p in body_paragraphs(dict(_unzip(writer.render(model)))) if style_of(p) in ("TOC1", "TOC2")]
    kept = [bool(p.xpath("w:pPr/w:keepNext", namespaces=NS)) for p in entries]
    together = writer.CONTENTS_KEPT_TOGETHER
    assert len(entries) > together + 2
    assert kept[-together:-1] == [True] * (together - 1) and kept[-1] is False
    assert not any(kept[: -together])  # earlier entries follow their style (TOC 1 keeps with its first clause)


def test_toc_placeholder_when_there_are_no_sections():
    empty = make_document(sections=0)
    parts = dict(_unzip(writer.render(empty)))
    paragraphs = body_paragraphs(parts)
    toc = [p for p in paragraphs if p.xpath(".//w:instrText", namespaces=NS)]
    assert len(toc) == 1 and text_of(toc[0]) == writer.TOC_PLACEHOLDER


# ------------------------------------------------------------------ header and footer


def header_footer_text(opened):
    section = opened.sections[0]
    return section.header.paragraphs[0], section.footer.paragraphs[0]


def test_header_names_organisation_title_and_draft(opened):
    header, _ = header_footer_text(opened)
    assert header.style.name == "Header"
    assert header.text == "Northshire County Council\tDRAFT\tSocial media policy"


def test_approved_policy_has_no_draft_mark():
    approved = docx.Document(io.BytesIO(writer.render(make_document(status="Approved"))))
    header = approved.sections[0].header.paragraphs[0]
    assert header.text == "Northshire County Council\t\tSocial media policy"
    assert approved.paragraphs[3].text == "Status: Approved"


@pytest.mark.parametrize(
    "status, organisation, title",
    [
        ("Draft", "Mourne and Glens Health and Social Care Trust", "Social media policy for social work and social care staff"),
        ("Approved", "Mourne and Glens Health and Social Care Trust", "Social media policy"),
        ("Approved", "University of Eastwold", "Social media policy for social work staff and students"),
    ],
)
def test_organisation_or_title_too_long_for_half_a_line_take_two_header_lines(status, organisation, title):
    # The title sits right of the centre tab: longer than half a line, it would wrap under the organisation.
    long = make_document(status=status)
    long = long.replace(meta=long.meta.replace(organisation=organisation, title=title))
    header = docx.Document(io.BytesIO(writer.render(long))).sections[0].header.paragraphs
    draft = "DRAFT" if status == "Draft" else ""
    assert [(p.style.name, p.text) for p in header] == [("Header", f"{organisation}\t\t{draft}"), ("Header", title)]


def test_organisation_and_title_that_each_fit_half_a_line_share_one():
    short = make_document(status="Approved")
    short = short.replace(meta=short.meta.replace(organisation="Ceri Vale County Borough Council", title="Social media policy for social services staff"))
    header = docx.Document(io.BytesIO(writer.render(short))).sections[0].header.paragraphs
    assert [p.text for p in header] == ["Ceri Vale County Borough Council\t\tSocial media policy for social services staff"]


def test_footer_has_version_and_page_x_of_y(opened):
    _, footer = header_footer_text(opened)
    assert footer.style.name == "Footer"
    assert footer.text.startswith("Version 2.1\t\tPage ")
    assert with_fields(footer._p) == "Version 2.1\t\tPage {PAGE} of {NUMPAGES}"


def with_fields(paragraph) -> str:
    """The paragraph's text with each complex field shown as {INSTRUCTION} instead of its cached result."""
    out, in_result = [], False
    for node in paragraph.iter(w("t"), w("tab"), w("instrText"), w("fldChar")):
        if node.tag == w("fldChar"):
            kind = node.get(w("fldCharType"))
            in_result = kind == "separate"
        elif node.tag == w("instrText"):
            out.append("{" + node.text.strip() + "}")
        elif not in_result:
            out.append("\t" if node.tag == w("tab") else node.text)
    return "".join(out)


# ------------------------------------------------------------------ blocks


def test_bold_italic_runs(opened):
    p = next(p for p in opened.paragraphs if p.text.startswith("You must read this"))
    runs = [(r.text, bool(r.bold), bool(r.italic)) for r in p.runs]
    assert ("care", True, False) in runs
    assert ("attention", False, True) in runs
    assert ("both", True, True) in runs


def test_hyperlink_is_a_real_external_link(opened):
    paragraph = next(p for p in opened.paragraphs if p.text.startswith("You must read this"))
    links = paragraph._p.xpath(".//w:hyperlink")
    assert len(links) == 1
    rel = opened.part.rels[links[0].get(qn("r:id"))]
    assert rel.is_external and rel.target_ref == "https://www.basw.co.uk/policy?a=1&b=2"
    assert text_of(links[0]) == "BASW policy"
    assert links[0].xpath("string(.//w:rStyle/@w:val)") == "Hyperlink"


def list_paragraphs(parts):
    out = []
    for p in body_paragraphs(parts):
        if style_of(p).startswith("List"):
            out.append((style_of(p), p.xpath("string(w:pPr/w:numPr/w:ilvl/@w:val)", namespaces=NS),
                        p.xpath("string(w:pPr/w:numPr/w:numId/@w:val)", namespaces=NS), text_of(p)))
    return out


def test_lists_have_styles_and_levels(parts):
    items = [(style, level, text) for style, level, _, text in list_paragraphs(parts)]
    assert items == [
        ("ListBullet", "0", "First point"),
        ("ListBullet", "0", "Second point"),
        ("ListBullet", "1", "nested point"),
        ("ListNumber", "2", "deep step one"),
        ("ListNumber", "2", "deep step two"),
        ("ListBullet", "0", "Third point"),
        ("ListContinue", "", "More about the third point."),
        ("ListNumber", "0", "Step one"),
        ("ListNumber", "0", "Step two"),
        ("ListNumber", "1", "sub step a"),
        ("ListNumber", "1", "sub step b"),
        ("ListNumber", "0", "Step three"),
        ("ListNumber", "1", "another sub step"),
        ("ListNumber", "0", "New list one"),
        ("ListNumber", "0", "New list two"),
    ]


def test_each_ordered_list_restarts_numbering(parts):
    numbering = xml(parts, "word/numbering.xml")
    ordered = [(level, num) for style, level, num, _ in list_paragraphs(parts) if style == "ListNumber"]
    lists = list(dict.fromkeys(num for _, num in ordered))  # one numId per ordered list, in order
    assert len(lists) == 5
    bullet_nums = {num for style, _, num, _ in list_paragraphs(parts) if style == "ListBullet"}
    assert len(bullet_nums) == 1 and not bullet_nums & set(lists)
    for num_id in lists:
        num = numbering.xpath(f'w:num[@w:numId="{num_id}"]', namespaces=NS)[0]
        level = next(level for level, n in ordered if n == num_id)
        assert num.xpath(f'string(w:lvlOverride[@w:ilvl="{level}"]/w:startOverride/@w:val)', namespaces=NS) == "1"
    # schema order: every abstractNum comes before every num
    tags = [etree.QName(child).localname for child in numbering]
    assert tags == sorted(tags, key=lambda t: t != "abstractNum")


def test_table_header_row_repeats_and_is_bold(opened, parts):
    table = opened.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["Situation", "What you do"]
    assert [c.text for c in table.rows[1].cells] == ["A friend request from someone you support", "Decline it & explain <kindly>"]
    rows = table._tbl.xpath("w:tr")
    assert rows[0].xpath("w:trPr/w:tblHeader")
    assert not any(row.xpath("w:trPr/w:tblHeader") for row in rows[1:])
    assert table.style.name == "Table Grid"
    heading_style = opened.styles["Table Heading"]
    assert heading_style.font.bold
    assert all(p.style.name == "Table Heading" for cell in table.rows[0].cells for p in cell.paragraphs)
    styles = xml(parts, "word/styles.xml")
    assert styles.xpath('w:style[@w:styleId="TableGrid"]/w:tblStylePr[@w:type="firstRow"]/w:tcPr/w:shd/@w:fill', namespaces=NS)


def test_table_alt_text_widths_and_no_merged_cells(opened):
    tbl = opened.tables[0]._tbl
    assert tbl.xpath("string(w:tblPr/w:tblCaption/@w:val)") == "Clause 1 of section 1"
    assert tbl.xpath("string(w:tblPr/w:tblDescription/@w:val)") == "2 rows; columns: Situation, What you do"
    widths = [int(v) for v in tbl.xpath("w:tblGrid/w:gridCol/@w:w")]
    section = opened.sections[0]
    text_width = (section.page_width - section.left_margin - section.right_margin) // 635  # EMU -> twips
    assert sum(widths) == text_width
    assert all(width > text_width // 5 for width in widths)
    assert not tbl.xpath(".//w:gridSpan | .//w:vMerge | .//w:hMerge")


def test_paragraph_after_a_table_keeps_its_distance(parts):
    after = next(p for p in body_paragraphs(parts) if text_of(p) == "After the table.")
    assert after.getprevious().tag == w("tbl")
    assert int(after.xpath("string(w:pPr/w:spacing/@w:before)", namespaces=NS)) > 0


def test_answer_text_is_written_literally(opened):
    texts = [p.text for p in opened.paragraphs]
    assert "Answers are data: {{ 7*7 }} & <b>not markup</b>." in texts


def test_column_widths_stretch_short_tables_and_share_long_ones():
    short = [[(Text("Item"),), (Text("Detail"),)], [(Text("Owner"),), (Text("Principal Social Worker"),)]]
    layout = columns.column_widths(short, 9000)
    assert sum(layout.widths) == 9000 and layout.widths[0] < layout.widths[1] and layout.font_size == 11
    long = [[(Text("No."),), (Text("Recommendation"),), (Text("Clauses"),)],
            [(Text("1"),), (Text("word " * 60),), (Text("1.1, 3.2"),)]]
    layout = columns.column_widths(long, 9000)
    assert sum(layout.widths) == 9000
    assert layout.widths[0] < layout.widths[2] < layout.widths[1]


def _fits(text: str, width: int, size: float, bold: bool = False) -> bool:
    """Whether `text` fits a column `width` wide on one line, at `size` points (margins left out)."""
    return columns.measure((Text(text),), bold)[0] * size * 20 / 1000 <= width - columns.CELL_MARGINS


def test_no_column_is_narrower_than_its_longest_word_or_its_header():
    rows = [[(Text("No."),), (Text("Version"),), (Text("Summary of changes"),)],
            [(Text("12"),), (Text("2.1"),), (Text("Online checks in safeguarding work and support after online abuse added. " * 4),)],
            [(Text("13"),), (Text("10.12"),), (Text("communications@northshire.example and counter-extremism"),)]]
    layout = columns.column_widths(rows, 9026)
    assert layout.font_size == 11
    for width, header in zip(layout.widths, ["No.", "Version", "Summary of changes"], strict=False):
        assert _fits(header, width, 11, bold=True), header  # header cells never wrap
    assert _fits("communications@northshire.example", layout.widths[2], 11)


def test_short_cells_stay_on_one_line():
    rows = [[(Text("Version"),), (Text("Date"),), (Text("Summary of changes"),)],
            [(Text("2.0"),), (Text("11 September 2024"),), (Text("Rewritten for the new standards. " * 8),)]]
    layout = columns.column_widths(rows, 9026)
    assert _fits("11 September 2024", layout.widths[1], 11)


def test_a_word_runs_across_runs_of_different_weights_and_a_space_ends_it():
    regular, bold = columns._widths(False), columns._widths(True)
    width = lambda text, table: sum(table[c] for c in text)  # noqa: E731
    cell = (Text("Recruit"), Text("ment and"), Text(" Sub", bold=True), Text("mission "), Text("ok"))
    whole, longest = columns.measure(cell)
    assert whole == width("Recruitment and", regular) + width(" Sub", bold) + width("mission ok", regular)
    assert longest == max(width("Recruitment", regular), width("Sub", bold) + width("mission", regular))
    assert columns.measure(cell) == (whole, longest)  # measured again from the cache: the same
    assert columns.measure((Text("ab"), Text(" "), Text("a"))) == (width("ab a", regular), width("ab", regular))  # a space alone ends a word
    assert columns.measure(cell, bold=True)[1] == width("Recruitment", bold)


def test_a_phone_number_is_one_word_unless_its_table_is_too_tight():
    assert columns.unbroken_numbers("call 01632 960 200 on 1 October 2026") == "call 01632\u00a0960\u00a0200 on 1 October 2026"
    phone = (Text("Call 01632 960 100"),)
    assert columns.measure(phone, numbers_whole=True)[1] > 2 * columns.measure(phone)[1]  # the whole number is its longest word
    contacts = [[(Text("For"),), (Text("Who"),), (Text("How to reach them"),)], [(Text("Questions about this policy"),), (Text("Principal Social Worker"),), phone]]
    assert columns.column_widths(contacts, 9026).numbers_whole


def test_a_table_whose_words_do_not_fit_gets_smaller_text_before_a_word_breaks():
    email = "communications.department@mourneglens.example"
    rows = [[(Text("For"),), (Text("Contact"),), (Text("Email"),), (Text("Phone"),)],
            [(Text("Official accounts and the media"),), (Text("Communications Department"),), (Text(email),), (Text("028 9018 0000"),)]]
    layout = columns.column_widths(rows, 9026)
    assert sum(layout.widths) == 9026
    assert 9 <= layout.font_size < 11
    assert not layout.numbers_whole  # this tight, the phone number may wrap at its spaces before the address breaks
    assert _fits(email, layout.widths[2], layout.font_size)
    assert _fits("Communications", layout.widths[1], layout.font_size)
    # the same table at 11 points could not have kept every word whole
    at_11 = sum(max(columns.measure(row[c], bold=i == 0)[1] for i, row in enumerate(rows)) for c in range(4)) * 11 * 20 / 1000
    assert at_11 + 4 * columns.CELL_MARGINS > 9026


def test_the_writer_sets_a_smaller_table_size_only_where_it_is_needed():
    wide = Table(((Text("For"),), (Text("Contact"),), (Text("Email"),), (Text("Phone"),)),
                 (((Text("Official accounts and the media"),), (Text("Communications Department"),), (Text("communications@mourneglens.example"),), (Text("028 9018 0000"),)),))
    narrow = Table(((Text("Item"),), (Text("Detail"),)), (((Text("Owner"),), (Text("Principal Social Worker"),)),))
    document = make_document().replace(sections=(Section("s", "1", "Tables", (Clause("s.c", "1.1", "Two tables", (wide, narrow)),)),))
    body = xml(dict(_unzip(writer.render(document))), "word/document.xml")
    first, second = body.xpath("//w:tbl", namespaces=NS)
    sizes = set(first.xpath(".//w:r/w:rPr/w:sz/@w:val", namespaces=NS))
    assert len(sizes) == 1 and 18 <= int(sizes.pop()) < 22
    assert len(first.xpath(".//w:r", namespaces=NS)) == len(first.xpath(".//w:r[w:rPr/w:sz]", namespaces=NS))
    assert not second.xpath(".//w:sz", namespaces=NS)


# ------------------------------------------------------------------ document-wide


def test_no_empty_paragraphs_in_the_body(parts):
    for p in xml(parts, "word/document.xml").xpath("//w:body//w:p", namespaces=NS):
        if not text_of(p).strip():
            assert p.xpath(".//w:fldChar", namespaces=NS), etree.tostring(p)[:200]


def test_every_style_used_is_defined_in_the_template(parts):
    styles = set(xml(parts, "word/styles.xml").xpath("w:style/@w:styleId", namespaces=NS))
    used = set()
    for name in ("word/document.xml", "word/header1.xml", "word/footer1.xml"):
        used |= set(xml(parts, name).xpath("//w:pStyle/@w:val | //w:rStyle/@w:val | //w:tblStyle/@w:val", namespaces=NS))
    assert used and used <= styles


def test_language_is_en_gb(parts, opened):
    styles = xml(parts, "word/styles.xml")
    assert styles.xpath("string(w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val)", namespaces=NS) == "en-GB"
    assert styles.xpath('string(w:style[@w:styleId="Normal"]/w:rPr/w:lang/@w:val)', namespaces=NS) == "en-GB"
    assert xml(parts, "word/settings.xml").xpath("string(w:themeFontLang/@w:val)", namespaces=NS) == "en-GB"
    assert opened.core_properties.language == "en-GB"


def test_core_properties(opened):
    core = opened.core_properties
    assert core.title == "Social media policy"
    assert core.subject == "Social media policy for social work staff of Northshire County Council"
    assert core.author == "Principal Social Worker"
    assert core.last_modified_by == "Principal Social Worker"
    assert core.keywords == "social media; social work; policy; England"
    assert core.version == "2.1"
    assert core.content_status == "Draft"
    assert core.category == "Policy"
    assert core.comments == "policygen 0.1.0; clause library 2026.11.0; answers sha256 " + "ab" * 32
    assert core.revision == 1
    fixed = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    assert core.created == fixed and core.modified == fixed


def test_custom_properties_carry_provenance_and_clause_hashes(parts, model):
    content_types = parts["[Content_Types].xml"].decode()
    assert 'PartName="/docProps/custom.xml"' in content_types
    assert b"custom-properties" in parts["_rels/.rels"]
    custom = xml(parts, "docProps/custom.xml")
    ns = {"c": ooxml.CUSTOM_PROPERTIES, "vt": ooxml.VT}
    found = {p.get("name"): p.xpath("string(vt:lpwstr)", namespaces=ns) for p in custom.xpath("c:property", namespaces=ns)}
    assert found["policygen"] == "0.1.0"
    assert found["clause library"] == "2026.11.0"
    assert found["answers sha256"] == "ab" * 32
    assert {k: v for k, v in found.items() if k.startswith("clause ") and k != "clause library"} == {
        f"clause {clause_id}": digest for clause_id, digest in model.clause_hashes
    }
    pids = [int(p.get("pid")) for p in custom.xpath("c:property", namespaces=ns)]
    assert pids == list(range(2, 2 + len(pids)))


def test_package_has_no_parts_validators_flag(parts):
    assert "word/numbering.xml" in parts
    assert not [n for n in parts if "stylesWithEffects" in n or "thumbnail" in n or n.startswith("customXml")]


# ------------------------------------------------------------------ reproducibility


def _unzip(data: bytes):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return [(name, z.read(name)) for name in z.namelist()]


def test_same_document_gives_the_same_bytes(model, data):
    assert writer.render(model) == data
    assert writer.render(make_document()) == data  # an equal document built afresh


def test_zip_entries_are_sorted_with_fixed_times(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        infos = z.infolist()
    names = [i.filename for i in infos]
    assert names[0] == "[Content_Types].xml" and names[1:] == sorted(names[1:])
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}


def test_different_documents_give_different_bytes(data):
    assert writer.render(make_document(status="Approved")) != data


# ------------------------------------------------------------------ the template


def test_committed_template_matches_its_script():
    """reference.docx is what templates/make_reference.py writes: regenerate it after editing the script.

    Compares the parts the script defines (not the whole file, which also carries python-docx's
    default theme and could change with a python-docx release)."""
    spec = importlib.util.spec_from_file_location("make_reference", ROOT / "templates" / "make_reference.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    fresh = dict(_unzip(module.build()))
    committed = dict(_unzip((ROOT / "templates" / "reference.docx").read_bytes()))
    for name in ("word/styles.xml", "word/numbering.xml", "word/settings.xml", "word/fontTable.xml", "docProps/app.xml"):
        assert fresh[name] == committed[name], f"{name} differs: run python templates/make_reference.py"
    assert etree.fromstring(fresh["word/document.xml"]).xpath("//w:sectPr", namespaces=NS)[0].xpath("string(w:pgSz/@w:w)", namespaces=NS) == "11906"
    assert sorted(fresh) == sorted(committed)


def test_writer_uses_the_bundled_template():
    assert writer.template_path() == ROOT / "templates" / "reference.docx" or writer.template_path().parts[-3:] == ("_data", "templates", "reference.docx")


# ------------------------------------------------------------------ the real pipeline


def test_real_clause_library_builds_a_consistent_document(answers_file):
    from generator.pipeline import prepare

    built = prepare(answers_file())
    data = writer.render(built.document)
    opened = docx.Document(io.BytesIO(data))
    headings = [p.text for p in opened.paragraphs if p.style.name in ("Heading 1", "Heading 2")]
    assert headings == [t for s in built.document.sections for t in [s.title] + [c.title for c in s.clauses]]
    assert opened.core_properties.title == built.document.meta.title
    assert len(opened.tables) == sum(isinstance(b, Table) for c in built.document.clauses() for b in c.blocks)


def test_update_fields_is_added_in_schema_order_when_a_template_lacks_it():
    template = docx.Document(str(writer.template_path()))
    settings = template.settings.element
    settings.remove(settings.find(w("updateFields")))
    writer._settings(settings)
    tags = [etree.QName(child).localname for child in settings]
    assert tags.index("updateFields") < tags.index("compat")
    assert settings.find(w("updateFields")).get(w("val")) == "true"


@pytest.mark.parametrize("answers", EXAMPLES, ids=lambda p: p.stem)
def test_examples_number_consecutively_as_word_numbering_assumes(answers):
    """Word numbers headings 1, 2 ... and 1.1, 1.2 ... by position; the model's numbers must agree."""
    from generator.pipeline import prepare

    document = prepare(answers).document
    assert document.sections
    for i, section in enumerate(document.sections, start=1):
        assert section.number == str(i)
        assert [c.number for c in section.clauses] == [f"{i}.{j}" for j in range(1, len(section.clauses) + 1)]


def test_blank_paragraphs_in_the_model_are_not_written():
    base = make_document(sections=1)
    section = base.sections[0]
    blank = Clause("s1.blank", "1.3", "Blank", (Paragraph(()), Paragraph((Text("  "),)), Paragraph((Text("Kept."),))))
    document = Document(base.meta, (Section(section.id, section.number, section.title, section.clauses + (blank,)),))
    parts = dict(_unzip(writer.render(document)))
    paragraphs = body_paragraphs(parts)
    heading = next(i for i, p in enumerate(paragraphs) if text_of(p) == "Blank")
    assert [text_of(p) for p in paragraphs[heading + 1 :]] == ["Kept."]


# ------------------------------------------------------------------ the body, spliced in as lxml writes it


def spliced_body(data: bytes) -> str:
    """The body the writer spliced into word/document.xml: everything before the section properties."""
    document_xml = dict(_unzip(data))["word/document.xml"].decode("utf-8")
    start = document_xml.index("<w:body>") + len("<w:body>")
    return document_xml[start : document_xml.index("<w:sectPr", start)]


def as_lxml_writes_it(body: str) -> str:
    """The body parsed by python-docx's parser and written out by lxml: what the writer did before it spliced."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    written = etree.tostring(parse_xml(f"<w:body {nsdecls('w', 'r')}>{body}</w:body>"), encoding="unicode")
    return written[written.index(">") + 1 : written.rindex("</w:body>")]


TRICKY = 'A "quote", an \'apostrophe\', a\ttab, a\nnew line, a\r\nWindows line, a\rreturn, & < > ]]>, \x01\x0bcontrol, é 😀 \u00a0'


def tricky_document() -> Document:
    base = make_document(sections=1)
    blocks = (
        Paragraph((Text(TRICKY), Text(""), Text("bold", bold=True), Link("https://example.org/?a=1&b=\"2\"", ()), Link("", (Text(TRICKY),)))),
        Table(((Text(TRICKY),), (Text("Version"),)), (((Text(""),), (Text(TRICKY, italic=True),)),), caption=TRICKY),
    )
    section = Section("s1", "1", TRICKY, (Clause("s1.c1", "1.1", TRICKY, blocks),))
    shown = TRICKY.replace("\x01\x0b", "")  # core properties refuse control characters (and answers never hold them)
    return Document(base.meta.replace(title=shown, organisation=shown), (section,))


@pytest.mark.parametrize("answers", EXAMPLES, ids=lambda p: p.stem)
def test_the_spliced_body_is_what_lxml_writes_for_every_example(answers):
    from generator.pipeline import prepare

    body = spliced_body(writer.render(prepare(answers).document))
    assert body == as_lxml_writes_it(body)


def test_the_spliced_body_is_what_lxml_writes_for_escapes_whitespace_and_empty_runs(model):
    for document in (model, tricky_document()):
        body = spliced_body(writer.render(document))
        assert body == as_lxml_writes_it(body)
    body = spliced_body(writer.render(tricky_document()))
    assert 'A "quote", an \'apostrophe\', a\ttab, a\nnew line, a\nWindows line, a\nreturn, &amp; &lt; &gt; ]]&gt;, control, é 😀 \u00a0' in body
    assert 'w:tblCaption w:val="A &quot;quote&quot;, an \'apostrophe\', a tab, a new line, a Windows line, a return, &amp; &lt; &gt; ]]&gt;, control' in body
    assert '<w:t xml:space="preserve"/>' in body  # an empty run, as lxml writes an empty element


# ------------------------------------------------------------------ the package: zipfile and lxml, never python-docx


def test_a_build_never_imports_python_docx(tmp_path):
    """policygen build -o x.docx (the bundled template, an own one, an edition, a review copy) leaves python-docx unimported."""
    from helpers import word_template

    brand = word_template(tmp_path / "brand.docx")
    example = str(next(p for p in EXAMPLES if p.stem == "northshire-council"))
    runs = {
        "bundled": ["build", example, "-o", str(tmp_path / "a.docx")],
        "own template": ["build", example, "--template", str(brand), "-o", str(tmp_path / "b.docx")],
        "quick guide": ["build", example, "--edition", "quick", "-o", str(tmp_path / "c.docx")],
        "review copy": ["build", example, "--review-copy", "-o", str(tmp_path / "d.docx")],
    }
    code = (
        "import sys\nfrom generator.cli import main\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m == 'docx' or m.startswith('docx.')), file=sys.stderr)"
    )
    for name, args in runs.items():
        result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env={**os.environ, "POLICYGEN_NO_LIBREOFFICE": "1"}, cwd=ROOT)
        assert Path(args[-1]).exists(), (name, result.stderr)
        assert result.stderr.strip().splitlines()[-1] == "[]", name


def rewritten(source: Path, target: Path, changes: dict[str, bytes | None]) -> Path:
    """A copy of the package `source` with parts replaced, added or (None) removed."""
    with zipfile.ZipFile(source) as z:
        members = {name: z.read(name) for name in z.namelist()}
    for name, data in changes.items():
        if data is None:
            members.pop(name, None)
        else:
            members[name] = data
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in members.items():
            out.writestr(name, data)
    return target


AS_WORD_DECLARES = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


def test_parts_a_build_does_not_change_keep_the_templates_bytes(tmp_path):
    """Styles, fonts and theme as Word saved them (its XML declaration, a line end) reach the policy byte for byte;
    a part nothing refers to is left out, and [Content_Types].xml names exactly the parts in the package."""
    from generator.writers import template as templates

    with zipfile.ZipFile(writer.template_path()) as z:
        original = {name: z.read(name) for name in ("word/styles.xml", "word/fontTable.xml", "word/theme/theme1.xml")}
    as_word = {name: AS_WORD_DECLARES + data.split(b"\n", 1)[1] for name, data in original.items()}
    brand = rewritten(writer.template_path(), tmp_path / "brand.docx", {**as_word, "customXml/orphan.xml": b"<orphan/>"})
    assert templates.check(brand, "brand.docx") == []
    built = dict(_unzip(writer.render(make_document().replace(template=brand))))
    assert {name: built[name] for name in as_word} == as_word
    assert "customXml/orphan.xml" not in built
    types = etree.fromstring(built["[Content_Types].xml"])
    ct = {"ct": "http://schemas.openxmlformats.org/package/2006/content-types"}
    overrides = sorted(name[1:] for name in types.xpath("ct:Override/@PartName", namespaces=ct))
    defaults = set(types.xpath("ct:Default/@Extension", namespaces=ct))
    assert defaults == {"rels", "xml"}
    assert set(overrides) <= set(built)  # no content type for a part that is not there
    assert "word/document.xml" in overrides and "word/styles.xml" in overrides and "docProps/custom.xml" in overrides


def test_a_changed_template_file_is_read_again(tmp_path):
    """The template is read once for each version of the file: a live preview sees an edit at once."""
    from helpers import word_template

    brand = word_template(tmp_path / "brand.docx", colour="7A1F5C")
    document = make_document().replace(template=brand)
    first = dict(_unzip(writer.render(document)))["word/styles.xml"]
    word_template(tmp_path / "brand.docx", colour="1F4E79")
    second = dict(_unzip(writer.render(document)))["word/styles.xml"]
    assert b'w:val="7A1F5C"' in first and b'w:val="1F4E79"' in second and b'w:val="7A1F5C"' not in second


def test_a_new_relationship_takes_the_first_free_id_and_an_existing_one_is_reused():
    from generator.writers.opc import Relationship, Relationships

    rels = Relationships("/word", {"rId2": Relationship("rId2", "styles", "/word/styles.xml")}, data=b"<as read/>")
    assert rels.xml() == b"<as read/>"  # unchanged: the bytes as read
    assert rels.add("hyperlink", "https://example.org/", external=True) == "rId1"
    assert rels.add("styles", "/word/styles.xml") == "rId2"
    assert rels.add("image", "/word/media/image1.png") == "rId3"
    written = etree.fromstring(rels.xml())
    assert [(r.get("Id"), r.get("Target"), r.get("TargetMode")) for r in written] == [
        ("rId2", "styles.xml", None), ("rId1", "https://example.org/", "External"), ("rId3", "media/image1.png", None),
    ]
