"""Word-level alignment of two texts or two sequences, shared by diff and redline."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

_TOKENS = re.compile(r"\S+|\s+")


@dataclass(frozen=True)
class Same:
    text: str


@dataclass(frozen=True)
class Change:
    """`old` replaced by `new`; either may be empty (a pure insertion or deletion)."""

    old: str
    new: str


Chunk = Same | Change


def word_diff(old: str, new: str) -> list[Chunk]:
    """The two texts as equal runs and changes, at word level.

    Joining every Same and Change.old gives `old`; every Same and Change.new gives `new`.
    A single space between two changes is folded into them, so the result reads as
    phrases (`[-six years.-]{+seven years after closure.+}`), not word salad.
    """
    chunks: list[Chunk] = []
    for a, b, equal in token_chunks(_TOKENS.findall(old), _TOKENS.findall(new), key=lambda t: t, text=lambda t: t):
        chunks.append(Same("".join(a)) if equal else Change("".join(a), "".join(b)))
    return chunks


def token_chunks(a: Sequence[Any], b: Sequence[Any], key: Callable[[Any], Any], text: Callable[[Any], str]) -> list[tuple[list[Any], list[Any], bool]]:
    """Runs of tokens: (old tokens, new tokens, equal?), with whitespace between two changes folded in."""
    chunks: list[tuple[list[Any], list[Any], bool]] = []
    matcher = difflib.SequenceMatcher(None, [key(t) for t in a], [key(t) for t in b], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        chunk = (list(a[i1:i2]), list(b[j1:j2]), op == "equal")
        if (
            not chunk[2]
            and len(chunks) >= 2
            and chunks[-1][2]
            and "".join(text(t) for t in chunks[-1][0]).isspace()
            and not chunks[-2][2]
        ):
            space, before = chunks.pop(), chunks.pop()
            chunk = (before[0] + space[0] + chunk[0], before[1] + space[1] + chunk[1], False)
        chunks.append(chunk)
    return chunks


def similarity(old: str, new: str) -> float:
    return difflib.SequenceMatcher(None, _TOKENS.findall(old), _TOKENS.findall(new), autojunk=False).ratio()


def align(
    old: Sequence[Any], new: Sequence[Any], key: Callable[[Any], Any] = lambda item: item, text: Callable[[Any], str] = lambda item: str(item)
) -> list[tuple[Any, Any]]:
    """Pair up two sequences like difflib.Differ: equal items, then similar ones, the rest alone.

    Returns (old, new) pairs in document order; an unmatched item is paired with None.
    """
    pairs: list[tuple[Any, Any]] = []
    keys_a, keys_b = [key(x) for x in old], [key(x) for x in new]
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, keys_a, keys_b, autojunk=False).get_opcodes():
        if op == "equal":
            pairs += list(zip(old[i1:i2], new[j1:j2], strict=True))
        else:
            pairs += _pair_similar(list(old[i1:i2]), list(new[j1:j2]), text)
    return pairs


def _pair_similar(old: list[Any], new: list[Any], text: Callable[[Any], str]) -> list[tuple[Any, Any]]:
    if not old or not new:
        return [(x, None) for x in old] + [(None, y) for y in new]
    best, best_i, best_j = 0.0, -1, -1
    for i, x in enumerate(old):
        for j, y in enumerate(new):
            ratio = similarity(text(x), text(y))
            if ratio > best:
                best, best_i, best_j = ratio, i, j
    if best < 0.5:
        return [(x, None) for x in old] + [(None, y) for y in new]
    return (
        _pair_similar(old[:best_i], new[:best_j], text)
        + [(old[best_i], new[best_j])]
        + _pair_similar(old[best_i + 1 :], new[best_j + 1 :], text)
    )
