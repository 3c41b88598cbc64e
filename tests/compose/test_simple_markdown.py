"""compose/simple_markdown: clause Markdown read without markdown-it must read exactly as markdown-it reads it, or not at all.

Each case is read both ways: simple_blocks (None: markdown-it must read it) and markdown-it
(blocks.markdown_it_blocks, with its errors for what a clause may not hold). Whatever
simple_blocks returns must equal markdown-it's blocks, run for run (the Word writer writes
each run).
"""

from __future__ import annotations

import random
import string
import sys

import pytest

from generator.compose.blocks import markdown_it_blocks
from generator.compose.simple_markdown import simple_blocks
from generator.errors import PolicyError
from helpers import EXAMPLES


def markdown_it_reading(markdown: str):
    try:
        return markdown_it_blocks(markdown, "f.md", 1)
    except PolicyError as exc:
        return [str(p) for p in exc.problems]


def assert_same_or_declined(markdown: str) -> bool:
    """True if the simple reader read it (and read it as markdown-it does)."""
    simple = simple_blocks(markdown)
    if simple is not None:
        assert simple == markdown_it_reading(markdown), repr(markdown)
    return simple is not None


def rendered_clauses() -> list[str]:
    """The Markdown of every clause of every example, as rendered for it."""
    from generator.compose import assemble as assemble_module
    from generator.pipeline import prepare

    module = sys.modules[assemble_module.__module__]
    seen: list[str] = []
    original = module.parse_blocks

    def spy(markdown: str, file: str, line: int):
        seen.append(markdown)
        return original(markdown, file, line)

    module.parse_blocks = spy
    try:
        for example in EXAMPLES:
            prepare(example)
    finally:
        module.parse_blocks = original
    return sorted(set(seen))


def test_every_clause_of_every_example_is_read_simply_and_the_same():
    clauses = rendered_clauses()
    assert len(clauses) > 200
    declined = [markdown for markdown in clauses if not assert_same_or_declined(markdown)]
    assert declined == []


READ_SIMPLY = [
    "One paragraph.\n",
    "Two lines\nof one paragraph.\n\nAnd another.",
    "**Bold** at the start, in the **middle** and at the **end**",
    "**a** **b**", "(**a**)", "x **a**.", "\\(**a**\\)", "**\\(a\\)**",
    "Escapes: 1\\.0 \\- \\* \\_ \\[x\\] \\\\ \\& \\< a\\b",
    "See [the policy](<https://www.example.gov.uk/policy?a=1&b=2#part>) or write to [dpo\\@x\\.example](<mailto:dpo@x.example>).",
    "**See [the policy](<https://x.org>)** now", "[**bold** link](<https://x.org>)", "[](<https://x.org>)",
    "- one\n- two\n- three\n", "- one\n\n- two\n\n- three", "- one\n  continued\n- two",
    "1. first\n2. second\n10. tenth", "3. starts at three\n4. four",
    "Text above\n- a list right under it", "Text above\n1. an ordered list at 1",
    "- bullets\n\n1. then numbers", "1. numbers\n\n- then bullets",
    "| A | B |\n| --- | --- |\n| a | b |\n| **c** | [d](<https://x.org>) |",
    "| A | B |\n| :-- | --: |\n| a |  |", "| A | Empty |\n| --- | --- |\n| a |  |\n| b |  |", "| Only a header |\n| --- |",
    "Before.\n\n| A |\n| --- |\n| a |\n\nAfter.",
    "é — ‘quotes’ 😀 and & alone, 100% sure; a+b=c; #hashtag; ~tilde~",
]


@pytest.mark.parametrize("markdown", READ_SIMPLY)
def test_simple_markdown_is_read_simply_and_the_same(markdown):
    assert assert_same_or_declined(markdown)


LEFT_TO_MARKDOWN_IT = [
    "*italic*", "__bold__", "_under_", "***both***", "**unclosed", "a ** b", "**a*", "**é**x", "x**é**", "a**b**c", "**a**b",
    "`code`", "<b>html</b>", "<https://x.org>", "![image](<https://x.org/i.png>)", "&amp; &#38; &copy;",
    "hard\\\nbreak", "trailing  \nspaces", " leading space", "\ttab", "line\r\nends",
    "# Heading", "Setext\n===", "Setext\n---", "---", "***", "> quote", "```\ncode\n```", "    indented code",
    "[ref]: https://x.org", "[text](https://x.org)", "[text](<https://X.org>)", "[text](<javascript:alert(1)>)",
    "[text](<https://x.org/a b>)", "[text](<https://x.org/é>)", "[a [b]](<https://x.org>)", "[text] (<https://x.org>)", "a]b",
    "- nested\n  - list", "- item\n\n  second paragraph", "- item\nlazy continuation", "- a\n1. b", "Text\n2. not a list",
    "* star bullet", "+ plus bullet", "1) paren", "-  two spaces",
    "Text\n| A |\n| --- |", "| A | B |\n| --- |", "| A |\n| --- |\n| a | b |", "| a \\| b |\n| --- |", "| A |\n| --- |\ntext",
    "a\n  \nb",
]


@pytest.mark.parametrize("markdown", LEFT_TO_MARKDOWN_IT)
def test_anything_else_is_left_to_markdown_it(markdown):
    assert simple_blocks(markdown) is None


def test_random_markdown_reads_the_same_or_goes_to_markdown_it():
    rng = random.Random(14)
    pieces = ["a", "b", " ", "**", "**", "*", "(", ")", ".", ",", "\\*", "\\", "[", "]", "](<https://x.org>)", "\n", "é", "'", "-",
              "1. ", "- ", "\n- ", "\n\n", "\n  ", "|", "_", "&", "&amp;", "!", "#", "| a | b |\n| --- | --- |\n", "\n| x | y |"]
    read = 0
    for _ in range(4000):
        read += assert_same_or_declined("".join(rng.choice(pieces) for _ in range(rng.randint(1, 16))))
    assert read > 200  # the rest goes to markdown-it


@pytest.mark.parametrize("char", sorted(string.punctuation))
def test_every_escaped_punctuation_mark_reads_the_same(char):
    assert assert_same_or_declined(f"x \\{char} y **\\{char}** [\\{char}](<https://x.org>)")
