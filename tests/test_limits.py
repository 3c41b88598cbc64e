"""The pieces behind the hostile corpus, one by one: pairing in one pass, error texts for runaway templates, the signed cache."""

from __future__ import annotations

import marshal
import random

import pytest

from generator.library import cache as librarycache
from generator.library import load_library
from generator.templating import template_problem
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
    words = "a b c d e f g h".split()
    for _ in range(400):
        old = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 6))) for _ in range(rng.randint(0, 8))]
        new = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 6))) for _ in range(rng.randint(0, 8))]
        assert _pair_similar(old, new, str) == pair_similar_by_splitting(old, new, str), (old, new)


def test_long_changed_runs_are_not_paired():
    old = [f"row {i} of the old history" for i in range(200)]
    new = [f"row {i} of the new history" for i in range(200)]
    pairs = _pair_similar(old, new, str)
    assert pairs == [(x, None) for x in old] + [(None, y) for y in new]


@pytest.mark.parametrize(
    "error, message",
    [
        (MemoryError(), "c.md: ran out of memory while rendering: the clause makes far too much text (at most 200,000 characters)"),
        (RecursionError("maximum recursion depth exceeded"), "c.md: nested too deeply: a macro that calls itself, or expressions nested hundreds deep"),
    ],
)
def test_runaway_templates_are_reported_in_words(error, message):
    try:
        raise error
    except Exception as exc:
        problem = template_problem(exc, "c.md", 3)
    assert str(problem) == message  # no line: the error came from no line of the template


def test_an_unsigned_cache_entry_is_never_unmarshalled(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYGEN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    from generator.files import data_dir

    root = data_dir("clauses")
    load_library(root)
    (entry,) = (tmp_path / "cache").iterdir()
    key = (tmp_path / "state" / "policygen" / "cache-key")
    assert key.stat().st_mode & 0o777 == 0o600
    assert librarycache.load(librarycache.key(root), root) is not None  # signed by us: used
    entry.write_bytes(entry.read_bytes()[:-1] + b"\0")

    def refuse(data):
        raise AssertionError("marshal.loads was called on an entry that failed its signature")

    monkeypatch.setattr(marshal, "loads", refuse)
    assert librarycache.load(librarycache.key(root), root) is None


def test_no_cache_when_the_key_is_open_to_others(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYGEN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    from generator.files import data_dir

    root = data_dir("clauses")
    load_library(root)
    (tmp_path / "state" / "policygen" / "cache-key").chmod(0o644)
    assert librarycache.load(librarycache.key(root), root) is None


def test_the_key_is_never_kept_in_the_cache_folder(tmp_path, monkeypatch):
    from generator.files import cache_key_file

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "shared"))
    monkeypatch.setenv("POLICYGEN_CACHE_DIR", str(tmp_path / "shared"))
    assert cache_key_file() is None
    monkeypatch.setenv("POLICYGEN_CACHE_DIR", str(tmp_path / "cache"))
    assert cache_key_file() == tmp_path / "shared" / "policygen" / "cache-key"
