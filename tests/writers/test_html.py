"""The HTML writer: read the page back as a browser's parser does and check what a screen reader,
a keyboard user, an intranet and a printer rely on. The real browser checks are in
tests/writers/test_html_browser.py."""

from __future__ import annotations

import re

import pytest
from lxml import html as lxml_html

from generator.compose.blocks import parse_blocks
from generator.document import Clause, Document, Link, Metadata, Paragraph, Section, Text
from generator.pipeline import prepare
from generator.writers import html as writer
from helpers import EXAMPLES, MINIMAL_ANSWERS, build_file_tree, invoke, without_warnings

MARKDOWN = """\
Read this with **care** and *attention*. See the [BASW policy](https://www.basw.co.uk/policy?a=1&b=2).

- First point
- Second point
  - nested point

| Situation | What you do |
| --- | --- |
| A friend request | Decline it & explain <kindly> |
"""


def small_document(status: str = "Approved") -> Document:
    blocks = parse_blocks(MARKDOWN, "test.md", 1)
    hostile = (
        Paragraph((Text('Answers are data: <script>alert("x")</script> {{ 7*7 }} & more.'),)),
        Paragraph((Link("javascript:alert(1)", (Text("a trap"),)), Text(" and "), Link("mailto:psw@example.org", (Text("the PSW"),)))),
    )
    sections = (
        Section("intro", "1", "About <this> policy", (Clause("intro.why", "1.1", "Why", blocks), Clause("intro.who", "1.2", "Who", hostile))),
        Section("rules", "2", "Rules", (Clause("rules.one", "2.1", "The first rule", (Paragraph((Text("Keep it kind."),)),)),)),
    )
    meta = Metadata(
        title="Social media policy",
        organisation="Northshire & District Council",
        subject="Social media policy for social work staff",
        author="Principal Social Worker",
        keywords=("social media", "policy"),
        version="2.1",
        status=status,
        provenance=(("policygen", "0.1.0"), ("clause library", "2026.11.0"), ("answers sha256", "ab" * 32)),
    )
    return Document(meta, sections)


def parse(page: bytes):
    return lxml_html.document_fromstring(page.decode("utf-8"))


def test_the_page_has_a_language_title_and_landmarks_in_reading_order():
    root = parse(writer.render(small_document()))
    assert root.get("lang") == "en-GB"
    assert root.findtext(".//title") == "Social media policy - Northshire & District Council"
    body = root.find("body")
    assert [child.tag for child in body] == ["a", "header", "nav", "main", "footer"]
    skip = body[0]
    assert skip.get("href") == "#main-content" and skip.text == "Skip to the policy"
    assert root.get_element_by_id("main-content").tag == "main"
    assert [h.text_content() for h in root.iter("h1")] == ["Social media policy"]
    assert body.find("header").text_content() == "Social media policyNorthshire & District CouncilVersion 2.1Status ApprovedApproved on not yet approvedOwner Principal Social Worker"
    assert body.find("nav").get("aria-labelledby") == "contents-heading"
    assert root.xpath("//meta[@name='author']/@content") == ["Principal Social Worker"]
    assert root.xpath("//meta[@name='generator']/@content") == ["policygen 0.1.0"]


def test_headings_are_numbered_as_in_the_word_document_and_the_contents_link_to_them():
    document = small_document()
    root = parse(writer.render(document))
    headings = [(h.tag, h.text_content()) for h in root.xpath("//main//h2|//main//h3")]
    assert headings == [("h2", "1 About <this> policy"), ("h3", "1.1 Why"), ("h3", "1.2 Who"), ("h2", "2 Rules"), ("h3", "2.1 The first rule")]
    links = root.xpath("//nav//a")
    assert [a.text_content() for a in links] == [text for _, text in headings]
    for link in links:
        target = root.get_element_by_id(link.get("href")[1:])
        assert target.text_content() == link.text_content()
    assert [a.get("href") for a in links] == ["#section-intro", "#intro.why", "#intro.who", "#section-rules", "#rules.one"]


def test_tables_have_a_caption_and_header_cells_with_scope():
    root = parse(writer.render(small_document()))
    (table,) = root.iter("table")
    assert table.find("caption").text_content() == "Why"
    assert table.find("caption").get("class") == "visually-hidden"  # it repeats the heading above it
    assert [(th.text_content(), th.get("scope")) for th in table.iter("th")] == [("Situation", "col"), ("What you do", "col")]
    assert [td.text_content() for td in table.iter("td")] == ["A friend request", "Decline it & explain <kindly>"]


def test_answers_are_escaped_and_unsafe_links_lose_their_address():
    page = writer.render(small_document()).decode("utf-8")
    assert "Answers are data: &lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; {{ 7*7 }} &amp; more." in page
    assert "<script" not in page and "javascript:" not in page
    assert "a trap and <a href=\"mailto:psw@example.org\">the PSW</a>" in page
    assert '<a href="https://www.basw.co.uk/policy?a=1&amp;b=2">BASW policy</a>' in page
    assert "<strong>care</strong> and <em>attention</em>" in page


def test_the_page_is_self_contained_and_has_a_print_stylesheet():
    page = writer.render(small_document()).decode("utf-8")
    root = parse(page.encode())
    assert not root.xpath("//script|//link|//img|//iframe|//object|//@src")
    css = root.findtext(".//style")
    assert "@media print" in css and "url(" not in css and "@import" not in css and "@font-face" not in css
    assert [a.get("href")[:1] for a in root.iter("a") if not a.get("href").startswith(("https:", "mailto:"))] == ["#"] * 6


def test_a_draft_says_so_in_its_title_and_header():
    root = parse(writer.render(small_document("Draft")))
    assert root.findtext(".//title").startswith("DRAFT Social media policy")
    assert root.xpath("//header//dd/span[@class='draft']/text()") == ["Draft"]
    assert [div.text_content() for div in root.xpath("//header/div/dl[@class='facts']/div")][:2] == ["Version 2.1", "Status Draft"]


def test_an_approved_policy_is_not_marked_draft():
    root = parse(writer.render(small_document("Approved")))
    assert not root.xpath("//*[@class='draft']")
    assert root.xpath("//header//dd/text()")[1] == "Approved"


def test_the_same_document_gives_the_same_bytes():
    assert writer.render(small_document()) == writer.render(small_document())


def test_the_fragment_is_the_policy_without_the_page_shell():
    document = small_document()
    fragment = writer.fragment(document)
    root = lxml_html.fragment_fromstring(fragment)
    assert root.tag == "div" and root.get("lang") == "en-GB"
    assert not root.xpath("//header|//nav|//main|//footer|//style|//title")
    page = writer.page(document)
    for heading in root.xpath("//h2|//h3"):
        assert lxml_html.tostring(heading, encoding="unicode") in page


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_every_example_has_its_document_control_and_every_clause(example):
    built = prepare(example)
    root = parse(writer.render(built.document))
    clauses = list(built.document.clauses())
    assert len(root.xpath("//main//h3")) == len(clauses)
    assert len(root.xpath("//nav//a")) == len(clauses) + len(built.document.sections)
    details = [t for t in root.iter("table") if t.find("caption").text_content() == "Document details"]
    assert len(details) == 1
    rows = {tr[0].text_content(): tr[1].text_content() for tr in details[0].xpath("tbody/tr")}
    assert rows["Title"] == built.answers.document.title and rows["Version"] == built.answers.document.version
    history = [t for t in root.iter("table") if t.find("caption").text_content() == "Version history"]
    assert len(history) == (1 if built.answers.document.history else 0)  # a first draft has no history yet


def test_build_writes_html_from_the_command_line(tmp_path):
    build_file_tree(tmp_path, {"policy.yaml": MINIMAL_ANSWERS.replace("short_name: the Council", 'short_name: "<script>x</script> {{ 7*7 }}"')})
    result = invoke("build", "policy.yaml", "-o", "policy.html", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert without_warnings(result.output) == "Wrote policy.html\n"
    page = (tmp_path / "policy.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;x&lt;/script&gt; {{ 7*7 }}" in page and "<script>" not in page
    assert not re.search(r"\b49\b", page)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_the_quick_guide_page_has_no_contents_list_and_the_audience_editions_have_one(example):
    from generator.accessibility import html as html_checks
    from generator.pipeline import editions

    for name in editions(example):
        built = prepare(example, edition=name)
        page = writer.render(built.document)
        failures, _ = html_checks.check(page.decode("utf-8"), f"{name}.html")
        assert [str(f) for f in failures] == [], (example.stem, name)  # landmarks, headings, tables, links, contrast
        root = parse(page)
        body = root.find("body")
        fragment = lxml_html.fragment_fromstring(writer.fragment(built.document))
        if name == "quick":  # two sides of paper: the text starts under the title
            assert [child.tag for child in body] == ["a", "header", "main", "footer"], example.stem
            assert root.xpath("//*[@id='contents-heading']") == [] and fragment.xpath(".//*[@id='contents-heading']") == []
            assert "Contents" not in root.text_content()
        else:
            assert [child.tag for child in body] == ["a", "header", "nav", "main", "footer"], (example.stem, name)
            assert len(root.xpath("//nav//a")) == len(list(built.document.clauses())) + len(built.document.sections)
            assert fragment.xpath(".//h2[@id='contents-heading']")[0].text_content() == "Contents"
