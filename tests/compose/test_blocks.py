"""compose/blocks: a clause's rendered Markdown as the Document's blocks, and what a clause body may not hold."""

from __future__ import annotations

import pytest

from generator.compose.blocks import markdown_it_blocks, parse_blocks
from generator.document import Link, ListBlock, Paragraph, Table, Text, plain_text
from generator.errors import PolicyError

FILE = "clauses/intro/purpose.md"


def blocks(markdown: str):
    return parse_blocks(markdown, FILE, 6)


def para(*inlines) -> Paragraph:
    return Paragraph(tuple(Text(i) if isinstance(i, str) else i for i in inlines))


def item(text: str, *more) -> tuple:
    """A list item: a paragraph, then any nested blocks."""
    return (para(text), *more)


# ------------------------------------------------------------------ paragraphs and inline runs


def test_paragraphs_with_bold_and_italic_runs():
    assert blocks("You must act **professionally** and *with care*.\n\nA second paragraph.\n") == (
        para("You must act ", Text("professionally", bold=True), " and ", Text("with care", italic=True), "."),
        para("A second paragraph."),
    )


def test_bold_inside_italic_is_both():
    assert blocks("*Never __share__ it*") == (
        para(Text("Never ", italic=True), Text("share", bold=True, italic=True), Text(" it", italic=True)),
    )


def test_line_breaks_become_spaces_and_neighbouring_runs_join():
    assert blocks("One line\nthe next  \nand a hard break\\\nthen `code`.") == (para("One line the next and a hard break then code."),)


def test_a_link_keeps_its_address_and_formatted_text():
    assert blocks("Read [the **BASW** policy](https://www.basw.co.uk/policy?a=1&b=2) now.") == (
        para("Read ", Link("https://www.basw.co.uk/policy?a=1&b=2", (Text("the "), Text("BASW", bold=True), Text(" policy"))), " now."),
    )


def test_an_address_in_angle_brackets_is_a_link_with_the_address_as_its_text():
    assert blocks("<https://socialcare.wales/>") == (para(Link("https://socialcare.wales/", (Text("https://socialcare.wales/"),))),)


def test_escaped_punctuation_and_html_stay_text():
    """The templating escapes answers' punctuation; HTML is off, so tags are words, never structure."""
    assert blocks("\\*Team\\* \\[x\\](y) & <b>bold</b>\n\n<div>a block</div>\n") == (
        para("*Team* [x](y) & <b>bold</b>"),
        para("<div>a block</div>"),
    )


def test_nothing_gives_no_blocks():
    assert blocks("") == ()
    assert blocks("\n\n") == ()


# ------------------------------------------------------------------ lists


def test_bullet_and_numbered_lists_nest():
    markdown = "- first\n- second\n  - inner\n    1. deep one\n    2. deep two\n- third\n\n1. step\n2. next\n"
    assert blocks(markdown) == (
        ListBlock(False, (
            item("first"),
            item("second", ListBlock(False, (item("inner", ListBlock(True, (item("deep one"), item("deep two")))),))),
            item("third"),
        )),
        ListBlock(True, (item("step"), item("next"))),
    )


def test_a_list_item_can_hold_two_paragraphs():
    assert blocks("- an item\n\n  more about it\n- another\n") == (
        ListBlock(False, ((para("an item"), para("more about it")), item("another"))),
    )


def test_list_items_keep_their_formatting():
    assert blocks("1. tell **your manager** first\n2. see [the guide](https://a.example/)\n") == (
        ListBlock(True, (
            (para("tell ", Text("your manager", bold=True), " first"),),
            (para("see ", Link("https://a.example/", (Text("the guide"),))),),
        )),
    )


# ------------------------------------------------------------------ tables


def test_a_table_has_a_header_row_and_body_rows_of_formatted_cells():
    markdown = "| Role | Who |\n| --- | :-: |\n| *Owner* | the PSW |\n| Approver | [HR](https://hr.example/) |\n|  | blank first cell |\n"
    assert blocks(markdown) == (
        Table(
            ((Text("Role"),), (Text("Who"),)),
            (
                ((Text("Owner", italic=True),), (Text("the PSW"),)),
                ((Text("Approver"),), (Link("https://hr.example/", (Text("HR"),)),)),
                ((), (Text("blank first cell"),)),
            ),
        ),
    )


def test_a_table_with_only_a_header():
    assert blocks("| Item | Detail |\n| --- | --- |\n") == (Table(((Text("Item"),), (Text("Detail"),)), ()),)


def test_a_paragraph_a_table_and_a_list_in_order():
    found = blocks("Intro.\n\n| A |\n| - |\n| 1 |\n\n- after\n")
    assert [type(block) for block in found] == [Paragraph, Table, ListBlock]


# ------------------------------------------------------------------ refused, each at its line in the clause file

ALLOWED = "; use paragraphs, lists, tables, **bold**, *italic* and links"


@pytest.mark.parametrize(
    "markdown, line, what",
    [
        ("Text.\n\n## A heading\n", 8, "a heading (the clause title is its heading)"),
        ("Text\n---\n", 6, "a heading (the clause title is its heading)"),  # a setext heading, from the line above the rule
        ("Text.\n\n> A quotation.\n", 8, "a block quote"),
        ("```\ncode\n```\n", 6, "a code block"),
        ("Text.\n\n    four spaces in\n", 8, "an indented code block (indent with care)"),
        ("Text.\n\n***\n\nMore.\n", 8, "a horizontal rule"),
        ("- an item\n\n  > a quotation in the item\n", 8, "a block quote"),  # inside a list, at its own line
    ],
)
def test_what_a_clause_body_cannot_hold_is_refused_at_its_line(markdown, line, what):
    with pytest.raises(PolicyError) as caught:
        blocks(markdown)
    assert [str(p) for p in caught.value.problems] == [f"{FILE}:{line}: a clause body cannot contain {what}{ALLOWED}"]


def test_the_line_counts_from_where_the_body_starts_in_the_file():
    with pytest.raises(PolicyError) as caught:
        parse_blocks("One.\n\nTwo.\n\n# Heading\n", FILE, 20)
    assert caught.value.problems[0].line == 24


# markdown-it leaves an empty text token beside each `**` or `***` pair; the Word writer would
# draw each as a run with nothing in it. Both readers (simple_markdown.py and markdown-it) drop them.
@pytest.mark.parametrize(
    "markdown, inlines",
    [
        ("tell **your manager**", (Text("tell "), Text("your manager", bold=True))),
        ("***both***", (Text("both", bold=True, italic=True),)),
        ("**first** then", (Text("first", bold=True), Text(" then"))),
        ("a **b** c", (Text("a "), Text("b", bold=True), Text(" c"))),
    ],
)
@pytest.mark.parametrize("reader", [blocks, lambda markdown: markdown_it_blocks(markdown, FILE, 6)], ids=["as_built", "markdown_it"])
def test_formatting_at_either_end_leaves_no_empty_run(reader, markdown, inlines):
    assert reader(markdown) == (Paragraph(inlines),)


@pytest.mark.parametrize(
    "markdown, line",
    [
        ("![The BASW logo](logo.png) Read this.", 6),
        ("Read this.\nThen look ![here](logo.png).", 7),  # the second line of its paragraph
        ("First.\n\n| Who | Logo |\n| --- | --- |\n| BASW | ![](logo.png) |\n", 10),
        ("[![A badge](badge.png)](https://www.basw.co.uk/)", 6),  # inside a link's text
    ],
)
def test_an_image_is_refused_at_its_line_not_dropped(markdown, line):
    with pytest.raises(PolicyError) as raised:
        blocks(markdown)
    assert [str(p) for p in raised.value.problems] == [
        f"{FILE}:{line}: a clause body cannot contain an image; use paragraphs, lists, tables, **bold**, *italic* and links"
    ]


def cells(table: Table) -> list[list[str]]:
    return [[plain_text(cell) for cell in row] for row in (table.header, *table.rows)]


def test_a_column_empty_in_every_row_is_dropped():
    [table] = parse_blocks("| For | Email | Phone |\n| --- | --- | --- |\n| Questions | | 0161 |\n| Concerns |  | |\n", "t.md", 1)
    assert cells(table) == [["For", "Phone"], ["Questions", "0161"], ["Concerns", ""]]


def test_a_column_with_something_in_one_row_stays():
    [table] = parse_blocks("| For | Email |\n| --- | --- |\n| Questions | a@b.example |\n| Concerns | |\n", "t.md", 1)
    assert cells(table) == [["For", "Email"], ["Questions", "a@b.example"], ["Concerns", ""]]


def test_a_table_with_no_rows_keeps_its_header():
    [table] = parse_blocks("| For | Email |\n| --- | --- |\n", "t.md", 1)
    assert cells(table) == [["For", "Email"]]


# ------------------------------------------------------------------ each text read once


def test_the_same_text_is_read_once_and_its_blocks_shared():
    text = "A paragraph read once, for a rebuild.\n\n- and a list\n"
    first = blocks(text)
    assert blocks(text) is first
    assert parse_blocks(text, "clauses/other.md", 3) == first  # the blocks do not depend on where the text is


def test_a_broken_text_is_reported_every_time_at_the_line_of_each_clause():
    text = "Fine.\n\n# A heading\n"
    for file, line in [(FILE, 6), (FILE, 6), ("clauses/other.md", 10)]:
        with pytest.raises(PolicyError) as raised:
            parse_blocks(text, file, line)
        assert [str(p) for p in raised.value.problems] == [
            f"{file}:{line + 2}: a clause body cannot contain a heading (the clause title is its heading); "
            "use paragraphs, lists, tables, **bold**, *italic* and links"
        ]
