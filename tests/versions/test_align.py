"""Redline and diff pair similar items in one pass: the pairs the first, splitting version gave, without its cubic time."""

from __future__ import annotations

import random

from generator.versions.align import _pair_similar, similarity


def pair_similar_by_splitting(old, new, text):
    """The pairing as it was first written: best pair, then each side again (cubic in the worst case)."""
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
        pair_similar_by_splitting(old[:best_i], new[:best_j], text)
        + [(old[best_i], new[best_j])]
        + pair_similar_by_splitting(old[best_i + 1 :], new[best_j + 1 :], text)
    )


def test_pairing_in_one_pass_gives_the_pairs_splitting_gave():
    rng = random.Random(17)
    words = ["a", "b", "c", "d", "e", "f", "g", "h"]
    for _ in range(400):
        old = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 6))) for _ in range(rng.randint(0, 8))]
        new = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 6))) for _ in range(rng.randint(0, 8))]
        assert _pair_similar(old, new, str) == pair_similar_by_splitting(old, new, str), (old, new)


def test_long_changed_runs_are_not_paired():
    old = [f"row {i} of the old history" for i in range(200)]
    new = [f"row {i} of the new history" for i in range(200)]
    pairs = _pair_similar(old, new, str)
    assert pairs == [(x, None) for x in old] + [(None, y) for y in new]
