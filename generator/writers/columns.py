"""Table column widths that fit their content, so no word breaks inside a cell.

Text is measured with real character widths: the wider of Liberation Sans (what LibreOffice
draws Arial with; Word's Arial has the same widths) and DejaVu Sans (LibreOffice's fallback,
wider), from fontwidths.py. A column is never narrower than its longest word, its header
(header cells never wrap) or, when every cell in it is short (dates, versions, phone
numbers), its longest cell. Widths are in twentieths of a point, as Word's table grid wants.
A table whose words cannot all fit at the template's size gets smaller text instead.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..document import Inline, Link
from . import fontwidths

CELL_MARGINS = 2 * 108  # Table Grid's left and right cell margins

# A space between two digits is inside a phone number ("01632 960 200"): the policy's text has
# no other. A reader should never find a number split across two lines, in a cell or a paragraph.
_NUMBER_GAP = re.compile(r"(?<=\d) (?=\d)")
_HAS_NUMBER_GAP = re.compile(r"\d \d").search  # twice as fast as substituting, and most text has none
_BREAKS = re.compile(r"[^\S\u00a0]+")  # where a line may break: any space but a no-break one


def unbroken_numbers(text: str) -> str:
    """`text` with a no-break space between digit groups, so a line never breaks inside a number."""
    return _NUMBER_GAP.sub("\u00a0", text) if _HAS_NUMBER_GAP(text) else text
SHORT = 2400  # at the table's own size, a column whose every cell is at most this wide stays on one line
SAFETY = 1.03  # widths are exact advances: a little more for rounding in the layout
SMALLEST = 9  # points: a table's text is made smaller, down to this, before any word may break
KEEP_SHORT_DOWN_TO = 1  # points smaller than the template's: short cells stay whole down to here, then may wrap


@dataclass(frozen=True)
class Columns:
    widths: list[int]  # twentieths of a point, summing to the width asked for
    font_size: float  # points: the template's table text size, unless the words needed less
    numbers_whole: bool = True  # False: a phone number may wrap at its spaces, the table is that tight


class _Widths(dict):
    """Character -> width in thousandths of an em; a character fontwidths.py lacks counts as WIDEST."""

    def __missing__(self, char: str) -> int:
        return fontwidths.WIDEST


@functools.cache
def _widths(bold: bool) -> _Widths:
    table = fontwidths.BOLD if bold else fontwidths.REGULAR
    codes = [code for first, end in fontwidths.RANGES for code in range(first, end)]
    return _Widths(zip(map(chr, codes), table, strict=True))


def measure(cell: Sequence[Inline], bold: bool = False, numbers_whole: bool = False) -> tuple[float, float]:
    """(the cell on one line, its longest word), in thousandths of an em.

    A word runs from one space to the next, across runs of text in different weights; with
    numbers_whole, a phone number's spaces are not word breaks.
    """
    whole = word = longest = 0.0
    for item in cell:
        for text in (item.children if isinstance(item, Link) else (item,)):
            width, first, longest_after_first, last = _measured_text(text.text, bold or text.bold, numbers_whole)
            whole += width
            if first is None:  # no word: only spaces, or nothing
                word = 0.0 if text.text else word
                continue
            word = word + first if not text.text[0].isspace() else first  # the first word continues the one before
            longest = max(longest, word, longest_after_first)
            word = last if last is not None else word
            if text.text[-1].isspace():
                word = 0.0
    return whole, longest


@functools.lru_cache(maxsize=4096)  # the same texts recur in every table of a batch: each is measured once
def _measured_text(text: str, bold: bool, numbers_whole: bool) -> tuple[int, float | None, float, float | None]:
    """One run of text: its width, its first word's, the longest of its other words (0 for none), and its last word's (None: one word)."""
    widths = _widths(bold).__getitem__
    words = [part for part in _BREAKS.split(unbroken_numbers(text)) if part] if numbers_whole else text.split()
    if not words:
        return sum(map(widths, text)), None, 0.0, None
    sized = [float(sum(map(widths, part))) for part in words]
    return sum(map(widths, text)), sized[0], max(sized[1:], default=0.0), sized[-1] if len(sized) > 1 else None


def column_widths(rows: Sequence[Sequence[Sequence[Inline]]], total: int, font_size: float = 11) -> Columns:
    """Widths summing to `total` for rows of cells, the first row being the (bold) header.

    A column's natural width fits its longest cell on one line; its minimum is its longest
    word, its header and, when every cell is short, its longest cell. If the natural widths
    fit, they are stretched to the full width; otherwise every column gets its minimum and
    the rest is shared in proportion to how much more each would like. When the minimums do
    not fit, the text gets smaller half a point at a time: by up to KEEP_SHORT_DOWN_TO with
    short cells and phone numbers whole (a phone number is better a little smaller than split),
    then from the template's size again down to SMALLEST with short cells and phone numbers
    allowed to wrap at their spaces. Only a table too wide even then has its words broken.
    """
    def measured(numbers_whole: bool) -> list[list[tuple[float, float]]]:
        return [[measure(row[c], index == 0, numbers_whole) for index, row in enumerate(rows)] for c in range(len(rows[0]))]

    smallest = min(SMALLEST, font_size)
    tries = [(size, True) for size in _sizes(font_size, max(smallest, font_size - KEEP_SHORT_DOWN_TO))]
    tries += [(size, False) for size in _sizes(font_size, smallest)]
    by_kind: dict[bool, list[list[tuple[float, float]]]] = {}  # measured only when a try needs it: most tables fit at the first
    for size, keep_short in tries:
        if keep_short not in by_kind:
            by_kind[keep_short] = measured(keep_short)
        minimum, natural = _bounds(by_kind[keep_short], size, keep_short)
        if sum(minimum) <= total:
            break
    return Columns(_share(minimum, natural, total), size, keep_short)


def _sizes(largest: float, smallest: float) -> list[float]:
    """From largest down to smallest, half a point at a time."""
    return [largest - 0.5 * step for step in range(int((largest - smallest) * 2) + 1)]


def _bounds(measured: list[list[tuple[float, float]]], size: float, keep_short: bool) -> tuple[list[float], list[float]]:
    """Each column's minimum and natural width at `size` points, margins included."""
    def twips(em_thousandths: float) -> float:
        return em_thousandths * size * 20 / 1000 * SAFETY

    minimum, natural = [], []
    for column in measured:
        header = twips(column[0][0])
        longest_cell = twips(max(whole for whole, _ in column))
        longest_word = twips(max(word for _, word in column))
        short = longest_cell if keep_short and longest_cell <= SHORT else 0
        minimum.append(max(longest_word, header, short) + CELL_MARGINS)
        natural.append(max(longest_cell + CELL_MARGINS, minimum[-1]))
    return minimum, natural


def _share(minimum: list[float], natural: list[float], total: int) -> list[int]:
    if sum(minimum) >= total:
        widths = [total * m / sum(minimum) for m in minimum]
    elif sum(natural) <= total:
        widths = [total * n / sum(natural) for n in natural]
    else:
        widths = list(minimum)
        spare = total - sum(minimum)
        # A short column (a date, a phone number) allowed to wrap gets its whole width first, if it can.
        for c in sorted(range(len(widths)), key=lambda c: natural[c] - minimum[c]):
            need = natural[c] - minimum[c]
            if 0 < need <= spare and natural[c] <= SHORT + CELL_MARGINS:
                widths[c], spare = natural[c], spare - need
        wanted = [n - w for n, w in zip(natural, widths, strict=False)]
        if sum(wanted) > 0:
            widths = [w + spare * more / sum(wanted) for w, more in zip(widths, wanted, strict=False)]
    whole = [int(w) for w in widths]
    whole[-1] += total - sum(whole)
    return whole
