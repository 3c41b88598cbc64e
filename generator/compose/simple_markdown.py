"""The Markdown clauses are written in, read without markdown-it, or None for anything else.

markdown-it (blocks.py) is the one authority on what rendered clause Markdown means. It costs a
build about a fifth of its own time (importing it, and parsing some sixty clauses), so the
simple Markdown that clauses use is read here: paragraphs, `-` and `1.` lists whose items are
one paragraph, pipe tables, `**bold**`, links whose address the `link` filter carries or that are
written `[text](<https://...>)`, and backslash escapes. Whatever this reader is not sure it reads exactly as
markdown-it does (any other syntax, a line that could start another kind of block, unusual
whitespace, emphasis it cannot pair, an address markdown-it would rewrite) gives None, and
markdown-it reads the clause. tests/compose/test_simple_markdown.py reads every example's
clauses, and tricky Markdown, both ways.
"""

from __future__ import annotations

import re
import string
from typing import TypeVar

from ..document import Block, Inline, Link, ListBlock, Paragraph, Table, Text, plain_text
from ..templating import LINK_SCHEME, link_address

PUNCTUATION = frozenset(string.punctuation)
BULLET = re.compile(r"- (?=\S)")
ORDERED = re.compile(r"[0-9]{1,9}\. (?=\S)")
INTERRUPTS_PARAGRAPH = re.compile(r"- (?=\S)|1\. (?=\S)")  # a list may start right under a paragraph (an ordered one at 1)
DELIMITER_ROW = re.compile(r"\|(?: *:?-+:? *\|)+")
# A line that could begin another kind of block: a heading, quote, fence, rule or setext
# underline, HTML, a link reference definition, another list marker, a table's delimiter row.
OTHER_BLOCK = re.compile(r"[#>`~<+_=]|\*(?:\s|$)|(?:\* *){3,}$|-|[0-9]{1,9}[.)](?:\s|$)|\[[^\]]*\]:|[-=|: ]+$")
# Addresses markdown-it's normalizeLink gives back unchanged, with a scheme its validateLink allows.
SAFE_URL = re.compile(r"https?://[a-z0-9.\-]+(?:[/?#][A-Za-z0-9\-._~:/?#@!$&'()*+,;=]*)?|mailto:[A-Za-z0-9._+\-]+@[A-Za-z0-9.\-]+")
SPECIAL = re.compile(r"[\\*\[\]_`<!&\n]")  # what may mean more than itself in inline Markdown
# An address the link filter carries (templating.link): markdown-it reads it as it is, and it decodes to the address.
CARRIED = re.compile(r"\]\((" + re.escape(LINK_SCHEME) + r"[0-9a-f]*)\)")
ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


class _NotSimple(Exception):
    pass


def simple_blocks(markdown: str) -> tuple[Block, ...] | None:
    """The blocks of rendered clause Markdown, or None if markdown-it must read it."""
    if "\t" in markdown or "\r" in markdown or "\x00" in markdown:
        return None
    lines = markdown.split("\n")
    if any(line.isspace() for line in lines):
        return None  # a line of spaces only: blank to markdown-it, text to the rules here
    try:
        return tuple(_blocks(lines))
    except _NotSimple:
        return None


def _plain_line(line: str) -> str:
    """A line of text that only continues what it is in; anything else is not simple."""
    if line != line.strip() or OTHER_BLOCK.match(line) or line.startswith("|"):
        raise _NotSimple
    return line


def _blocks(lines: list[str]) -> list[Block]:
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line:
            i += 1
        elif line.startswith("|"):
            table, i = _table(lines, i)
            blocks.append(table)
        elif BULLET.match(line) or ORDERED.match(line):
            block, i = _list(lines, i)
            blocks.append(block)
        else:
            start = i
            while i < len(lines) and lines[i] and not INTERRUPTS_PARAGRAPH.match(lines[i]):
                _plain_line(lines[i])
                i += 1
            blocks.append(Paragraph(_inlines("\n".join(lines[start:i]))))
    return blocks


def _list(lines: list[str], i: int) -> tuple[ListBlock, int]:
    """Items of one kind of marker, each one paragraph; blank lines between items are allowed."""
    ordered = ORDERED.match(lines[i]) is not None
    marker = ORDERED if ordered else BULLET
    items: list[tuple[Block, ...]] = []
    while i < len(lines):
        found = marker.match(lines[i])
        if found is None:
            break
        indent = " " * found.end()
        text = [_plain_line(lines[i][found.end():])]
        i += 1
        while i < len(lines) and lines[i]:
            line = lines[i]
            if BULLET.match(line) or ORDERED.match(line):
                if marker.match(line) is None:
                    raise _NotSimple  # the other kind of marker, with no blank line: lazy continuation or a new list
                break
            if not line.startswith(indent):
                raise _NotSimple  # lazy continuation, or a nested block
            text.append(_plain_line(line[len(indent):]))
            i += 1
        items.append((Paragraph(_inlines("\n".join(text))),))
        after = i
        while after < len(lines) and not lines[after]:
            after += 1
        if after < len(lines) and lines[after].startswith(" "):
            raise _NotSimple  # a second paragraph or a block inside the item
        if after == len(lines) or marker.match(lines[after]) is None:
            break
        i = after  # the next item (a blank line between items makes the list loose: the same blocks)
    return ListBlock(ordered, tuple(items)), i


def _cells(line: str) -> list[tuple[Inline, ...]]:
    if not line.endswith("|") or len(line) < 2 or "\\|" in line:
        raise _NotSimple
    cells = []
    for raw in line[1:-1].split("|"):
        cell = raw.strip(" ")
        if cell != cell.strip():
            raise _NotSimple
        cells.append(_inlines(cell))
    return cells


def _table(lines: list[str], i: int) -> tuple[Table, int]:
    if i + 1 >= len(lines) or not DELIMITER_ROW.fullmatch(lines[i + 1]) or (i > 0 and lines[i - 1]):
        raise _NotSimple
    header = _cells(lines[i])
    if len(header) != lines[i + 1].count("|") - 1:
        raise _NotSimple  # markdown-it reads it as a paragraph
    rows = []
    i += 2
    while i < len(lines) and lines[i]:
        if not lines[i].startswith("|"):
            raise _NotSimple
        row = _cells(lines[i])
        if len(row) != len(header):
            raise _NotSimple
        rows.append(tuple(row))
        i += 1
    return without_empty_columns(Table(tuple(header), tuple(rows))), i


# ------------------------------------------------------------------ inline


def _inlines(source: str) -> tuple[Inline, ...]:
    return tuple(merge_runs(_runs(source, 0, len(source), False)))


def _runs(source: str, start: int, end: int, outer_bold: bool) -> list[Inline]:
    """Text runs and links of source[start:end] (end: where markdown-it's inline parse stops, for a link's text)."""
    out: list[Inline] = []
    text: list[str] = []
    bold = False
    i = start

    def flush() -> None:
        if text:
            out.append(Text("".join(text), outer_bold or bold))
            text.clear()

    while i < end:
        special = SPECIAL.search(source, i, end)
        if special is None:
            text.append(source[i:end])
            break
        if special.start() > i:
            text.append(source[i : special.start()])
            i = special.start()
        char = source[i]
        if char == "\\":
            after = source[i + 1] if i + 1 < end else ""
            if after in ("\n", ""):
                raise _NotSimple  # a hard line break
            if after in PUNCTUATION:
                text.append(after)
                i += 2
                continue
            text.append(char)  # a backslash before anything else is itself
        elif char == "*":
            # Strictly in turn: an opener (and no closer) outside bold, a closer (and no opener) inside;
            # markdown-it may pair anything else otherwise.
            if _strong_delimiter(source, i, end) != (not bold, bold):
                raise _NotSimple
            flush()
            bold = not bold
            i += 2
            continue
        elif char == "[":
            flush()
            link, i = _link(source, i, end, outer_bold or bold)
            out.append(link)
            continue
        elif char in "_`<]" or (char == "!" and source.startswith("[", i + 1)) or (char == "&" and ENTITY.match(source, i)):
            raise _NotSimple  # other emphasis, code, HTML or autolinks, images, entities
        else:
            text.append(" " if char == "\n" else char)  # a soft line break reads as a space
        i += 1
    if bold:
        raise _NotSimple  # an unclosed **
    flush()
    return out


def _strong_delimiter(source: str, i: int, end: int) -> tuple[bool, bool]:
    """Whether the run of `**` at i can open and can close strong emphasis (CommonMark's flanking rules).

    markdown-it sees the text before a run, even before a link's text, but a space after the end
    of its inline parse (`end`).
    """
    if source[i : i + 2] != "**" or source[i + 2 : i + 3] == "*":
        raise _NotSimple  # a run of one, or of three or more (a star before it was escaped, or in a run already read)
    before = source[i - 1] if i > 0 else " "
    after = source[i + 2] if i + 2 < end else " "
    if not (before.isascii() and after.isascii()):
        raise _NotSimple  # Unicode spaces and punctuation: left to markdown-it
    space_before, space_after = before in " \n", after in " \n"
    punct_before, punct_after = before in PUNCTUATION, after in PUNCTUATION
    left_flanking = not space_after and (not punct_after or space_before or punct_before)
    right_flanking = not space_before and (not punct_before or space_after or punct_after)
    return left_flanking, right_flanking


def _link(source: str, i: int, end: int, bold: bool) -> tuple[Link, int]:
    """`[text](address)` at i, the address carried by the link filter or `<https://...>`: the link and the position after it."""
    close = i + 1
    while close < end and source[close] != "]":
        if source[close] == "[":
            raise _NotSimple
        close += 2 if source[close] == "\\" else 1
    carried = CARRIED.match(source, close, end)
    if carried:
        try:
            url, after = link_address(carried.group(1)), carried.end()
        except ValueError:
            raise _NotSimple from None  # not an address the link filter wrote: markdown-it's reading reports it
    elif source.startswith("](<", close):
        url_end = source.find(">)", close + 3, end)
        url, after = source[close + 3 : url_end], url_end + 2
        if url_end < 0 or not SAFE_URL.fullmatch(url) or ENTITY.search(url):
            raise _NotSimple
    else:
        raise _NotSimple
    children = [run for run in _runs(source, i + 1, close, bold) if isinstance(run, Text)]
    return Link(url, tuple(merge_runs(children))), after


# ------------------------------------------------------------------ shared with markdown-it's reading (blocks.py)

_Run = TypeVar("_Run", Text, Inline)  # text runs alone (a link's children) or any inline content


def merge_runs(runs: list[_Run]) -> list[_Run]:
    """Join neighbouring text runs with the same formatting, so writers see whole phrases.

    An empty run is dropped: markdown-it leaves an empty text beside each `**` pair, and a writer
    would draw it as a run with nothing in it.
    """
    merged: list[_Run] = []
    for run in runs:
        if isinstance(run, Text) and not run.text:
            continue
        if merged and isinstance(run, Text) and isinstance(merged[-1], Text) and (run.bold, run.italic) == (merged[-1].bold, merged[-1].italic):
            merged[-1] = Text(merged[-1].text + run.text, run.bold, run.italic)
        else:
            merged.append(run)
    return merged


def without_empty_columns(table: Table) -> Table:
    """A column with nothing in any of its rows is dropped: it would only show empty cells."""
    if not table.rows:
        return table
    width = max(len(row) for row in (table.header, *table.rows))
    kept = [c for c in range(width) if any(c < len(row) and plain_text(row[c]).strip() for row in table.rows)]
    if len(kept) == width or not kept:
        return table

    def pick(row: tuple[tuple[Inline, ...], ...]) -> tuple[tuple[Inline, ...], ...]:
        return tuple(row[c] for c in kept if c < len(row))

    return Table(pick(table.header), tuple(pick(row) for row in table.rows), table.caption)
