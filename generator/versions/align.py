"""Word-level alignment of two texts or two sequences, shared by diff and redline."""

from __future__ import annotations

import bisect
import difflib
import re
from collections import Counter
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


# Pairing compares every old item of a changed run with every new one. Past this many pairs
# (a 100-row table that changed throughout is 10,000; each takes tens of microseconds) the items
# are shown deleted and inserted, which is what they are.
MAX_COMPARISONS = 10_000


def _pair_similar(old: list[Any], new: list[Any], text: Callable[[Any], str]) -> list[tuple[Any, Any]]:
    """Pair the most similar items first (at least half their words alike), never crossing.

    The same pairs as taking the best pair, then pairing each side of it in the same way, but in
    one pass: every candidate pair is scored once, best first, and kept if it crosses none kept.
    """
    if not old or not new or len(old) * len(new) > MAX_COMPARISONS:
        return [(x, None) for x in old] + [(None, y) for y in new]
    kept = _non_crossing(_scored_pairs([_TOKENS.findall(text(x)) for x in old], [_TOKENS.findall(text(y)) for y in new]))
    pairs: list[tuple[Any, Any]] = []
    i = j = 0
    for pi, pj in kept:
        pairs += [(x, None) for x in old[i:pi]] + [(None, y) for y in new[j:pj]] + [(old[pi], new[pj])]
        i, j = pi + 1, pj + 1
    return pairs + [(x, None) for x in old[i:]] + [(None, y) for y in new[j:]]


def _scored_pairs(old: list[list[str]], new: list[list[str]]) -> list[tuple[float, int, int]]:
    """(-similarity, i, j) for every pair at least half alike, best first; cheap bounds skip most pairs."""
    old_counts = [Counter(tokens) for tokens in old]
    candidates = []
    matcher = difflib.SequenceMatcher(None, autojunk=False)
    for j, b in enumerate(new):
        matcher.set_seq2(b)  # the matcher keeps what it learnt about b for every a
        b_counts = Counter(b)
        for i, a in enumerate(old):
            total = len(a) + len(b)
            if total == 0:  # two empty texts are alike
                candidates.append((-1.0, i, j))
                continue
            if 2 * min(len(a), len(b)) < 0.5 * total:
                continue  # too different in length to be half alike
            if 2 * sum((old_counts[i] & b_counts).values()) < 0.5 * total:
                continue  # too few words in common
            matcher.set_seq1(a)
            ratio = matcher.ratio()
            if ratio >= 0.5:
                candidates.append((-ratio, i, j))
    return sorted(candidates)


def _non_crossing(candidates: list[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """The (i, j) pairs kept, best first, each sharing no item with and crossing no pair kept before it."""
    kept: list[tuple[int, int]] = []  # sorted by i; j rises with i
    for _, i, j in candidates:
        at = bisect.bisect_left(kept, (i, j))
        if at > 0 and not (kept[at - 1][0] < i and kept[at - 1][1] < j):
            continue
        if at < len(kept) and not (kept[at][0] > i and kept[at][1] > j):
            continue
        kept.insert(at, (i, j))
    return kept
