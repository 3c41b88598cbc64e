"""What every accessibility check judges, whatever the format: colour contrast, link text,
the order of heading levels, and readability figures.

The Word and HTML checks find the facts in their own files and ask these functions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..writers.markdown import split_sentences

# ------------------------------------------------------------------ contrast (WCAG 2.2, 1.4.3)

NORMAL_TEXT_RATIO = 4.5
LARGE_TEXT_RATIO = 3.0  # 18 pt and over, or 14 pt and over in bold


def luminance(hex_colour: str) -> float:
    """Relative luminance of an RRGGBB colour, as WCAG defines it."""

    def channel(c: int) -> float:
        share = c / 255
        return share / 12.92 if share <= 0.03928 else ((share + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(foreground: str, background: str) -> float:
    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def required_ratio(points: float, bold: bool) -> float:
    return LARGE_TEXT_RATIO if points >= 18 or (bold and points >= 14) else NORMAL_TEXT_RATIO


def contrast_problem(foreground: str, background: str, points: float, bold: bool) -> str | None:
    """None when the colours pass, else what is wrong: 'text #999999 on #FFFFFF is 2.85:1; it needs at least 4.5:1'."""
    need = required_ratio(points, bold)
    ratio = contrast(foreground, background)
    if ratio >= need:
        return None
    return f"text #{foreground} on #{background} is {_floor(ratio)}:1; it needs at least {need:g}:1"


def _floor(ratio: float) -> str:
    # Rounded down, so a colour that just fails never reads as if it passed (4.497 is not 4.50).
    return f"{int(ratio * 100) / 100:.2f}"


# ------------------------------------------------------------------ link text (WCAG 2.4.4)

# Link text that says nothing about where it goes, once trimmed of punctuation and lower-cased.
VAGUE_LINK_TEXT = {"click", "click here", "here", "link", "this link", "more", "read more", "learn more", "this", "this page", "website", "page"}
BARE_ADDRESS = re.compile(r"(https?://|www\.)", re.IGNORECASE)


def link_text_problem(text: str) -> str | None:
    words = " ".join(text.split())
    if not words:
        return "a link with no text; say where it goes"
    if words.strip(" .,:;!?").lower() in VAGUE_LINK_TEXT:
        return f'the link "{words}" does not say where it goes'
    if BARE_ADDRESS.match(words):
        return f'the link text is a bare web address ("{short(words)}"); name the page instead'
    return None


# ------------------------------------------------------------------ headings (WCAG 1.3.1, 2.4.6)


def heading_problem(level: int, previous: int, text: str) -> str | None:
    """A heading may go down one level at a time (1, 2, 3) and up any number; the first is level 1."""
    if not text.strip():
        return f"an empty level {level} heading"
    if level > previous + 1:
        if previous == 0:
            return f'the first heading, "{short(text)}", is level {level}; start at level 1'
        return f'"{short(text)}" is a level {level} heading after level {previous}; use level {previous + 1}'
    return None


def looks_like_a_heading(text: str) -> bool:
    """Short bold text with no full stop: a heading made by hand, which screen readers cannot find."""
    words = text.split()
    return 0 < len(words) <= 12 and not text.rstrip().endswith((".", "!", "?", ":", ";", ","))


# ------------------------------------------------------------------ readability


@dataclass(frozen=True)
class Readability:
    """Sentence lengths in words over the prose: each list item counts as one sentence or more of its own."""

    sentences: int
    mean: float
    longest: int
    longest_where: str  # the heading it is under

    def text(self) -> str:
        if not self.sentences:
            return "no sentences found"
        where = f' (under "{self.longest_where}")' if self.longest_where else ""
        return f"{self.sentences} sentences (list items counted separately); mean {self.mean:.1f} words; longest {self.longest} words{where}"


def readability(units: list[tuple[str, str]]) -> Readability:
    """Figures for (text, heading it is under) units: paragraphs and list items, each split into sentences."""
    lengths: list[tuple[int, str]] = []
    for text, where in units:
        for sentence in split_sentences(" ".join(text.split())):
            words = len(sentence.split())
            if words:
                lengths.append((words, where))
    if not lengths:
        return Readability(0, 0.0, 0, "")
    longest, where = max(lengths, key=lambda item: item[0])
    return Readability(len(lengths), sum(n for n, _ in lengths) / len(lengths), longest, where)


def short(text: str, limit: int = 60) -> str:
    """Text quoted in a message: one line, cut at `limit` characters."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
