"""A clause's rendered Markdown as document blocks: paragraphs, lists, tables and inline runs."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..document import Block, Inline, Link, ListBlock, Paragraph, Table, Text
from ..errors import PolicyError, Problem
from ..templating import link_address
from .simple_markdown import merge_runs, simple_blocks, without_empty_columns

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

@functools.cache
def _markdown_parser() -> MarkdownIt:
    from markdown_it import MarkdownIt  # imported on first use: commands that build nothing never pay for it

    return MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable("table")


# A rebuild after one answer changed renders most clauses to the same text as before, and a batch
# renders many the same for every organisation: read each text once. Blocks are immutable, so
# every build may share them; errors are not kept, so a broken clause is reported every time.
@functools.lru_cache(maxsize=1024)
def parse_blocks(markdown: str, file: str, line: int) -> tuple[Block, ...]:
    """Rendered clause Markdown as blocks; anything a policy cannot hold is an error at its line.

    Simple Markdown, as clauses are written, is read without markdown-it (simple_markdown.py).
    """
    simple = simple_blocks(markdown)
    return simple if simple is not None else markdown_it_blocks(markdown, file, line)


def markdown_it_blocks(markdown: str, file: str, line: int) -> tuple[Block, ...]:
    """As parse_blocks, read by markdown-it whatever the Markdown."""
    tokens = _markdown_parser().parse(markdown)
    blocks, _ = _blocks(tokens, 0, None, file, line)
    return tuple(blocks)


def _blocks(tokens: Sequence[Token], i: int, stop: str | None, file: str, first_line: int) -> tuple[list[Block], int]:
    out: list[Block] = []
    while i < len(tokens):
        tok = tokens[i]
        if stop and tok.type == stop:
            return out, i + 1
        if tok.type == "paragraph_open":
            out.append(Paragraph(_inlines(tokens[i + 1], file, first_line)))
            i += 3
        elif tok.type in ("bullet_list_open", "ordered_list_open"):
            close = tok.type.replace("_open", "_close")
            items: list[tuple[Block, ...]] = []
            i += 1
            while tokens[i].type != close:
                item, i = _blocks(tokens, i + 1, "list_item_close", file, first_line)
                items.append(tuple(item))
            out.append(ListBlock(tok.type == "ordered_list_open", tuple(items)))
            i += 1
        elif tok.type == "table_open":
            table, i = _table(tokens, i + 1, file, first_line)
            out.append(table)
        else:
            where = first_line + tok.map[0] if tok.map else first_line
            raise PolicyError(Problem(f"a clause body cannot contain {_NAMES.get(tok.type, tok.type)}; {_ALLOWED}", file, where))
    return out, i


_ALLOWED = "use paragraphs, lists, tables, **bold**, *italic* and links"
_NAMES = {
    "heading_open": "a heading (the clause title is its heading)",
    "blockquote_open": "a block quote",
    "fence": "a code block",
    "code_block": "an indented code block (indent with care)",
    "hr": "a horizontal rule",
    "html_block": "HTML",
}


def _table(tokens: Sequence[Token], i: int, file: str, first_line: int) -> tuple[Table, int]:
    header: list[tuple[tuple[Inline, ...], ...]] = []
    rows: list[tuple[tuple[Inline, ...], ...]] = []
    row: list[tuple[Inline, ...]] = []
    in_head = False
    while tokens[i].type != "table_close":
        t = tokens[i].type
        if t == "thead_open":
            in_head = True
        elif t == "thead_close":
            in_head = False
        elif t == "tr_open":
            row = []
        elif t == "inline":
            row.append(_inlines(tokens[i], file, first_line))
        elif t == "tr_close":
            (header if in_head else rows).append(tuple(row))
        i += 1
    return without_empty_columns(Table(header[0] if header else (), tuple(rows))), i + 1


def _inlines(inline: Token, file: str, first_line: int) -> tuple[Inline, ...]:
    """The runs and links of an inline token; an image is an error at its line (a policy has no pictures in its text)."""
    out: list[Inline] = []
    bold = italic = 0
    link_url: str | int | float | None = None
    link_runs: list[Text] = []
    line = first_line + (inline.map[0] if inline.map else 0)
    for tok in inline.children or []:
        t = tok.type
        if t == "image":
            raise PolicyError(Problem(f"a clause body cannot contain an image; {_ALLOWED}", file, line))
        if t in ("softbreak", "hardbreak"):
            line += 1
        if t in ("text", "code_inline", "softbreak", "hardbreak"):
            text = " " if t in ("softbreak", "hardbreak") else tok.content
            run = Text(text, bool(bold), bool(italic))
            if link_url is not None:
                link_runs.append(run)
            else:
                out.append(run)
        elif t == "strong_open":
            bold += 1
        elif t == "strong_close":
            bold -= 1
        elif t == "em_open":
            italic += 1
        elif t == "em_close":
            italic -= 1
        elif t == "link_open":
            link_url, link_runs = link_address(str(tok.attrs.get("href", ""))), []
        elif t == "link_close":
            out.append(Link(str(link_url), tuple(merge_runs(link_runs))))
            link_url = None
    return tuple(merge_runs(out))
