"""The block cache: a rebuild parses only the clauses whose text changed, and never changes a result."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys

import pytest

from conftest import ROOT
from generator import blockcache, document
from generator.answers import load_answers, parse_answers
from generator.errors import PolicyError
from generator.library import load_library
from generator.render import assemble
from generator.writers import docx, markdown
from minilib import write_library

NORTHSHIRE = ROOT / "examples" / "northshire-council.yaml"


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("POLICYGEN_CACHE_DIR", str(folder))
    monkeypatch.delenv("POLICYGEN_NO_CACHE", raising=False)
    return folder


@pytest.fixture
def parses(monkeypatch):
    """The texts document.parse_blocks is asked to parse, in order."""
    seen: list[str] = []
    real = document.parse_blocks

    def counting(text, file, line):
        seen.append(text)
        return real(text, file, line)

    monkeypatch.setattr(document, "parse_blocks", counting)
    return seen


def stored(folder) -> dict:
    return pickle.loads((folder / "blocks.pickle").read_bytes())["texts"]


def test_a_build_from_the_cache_is_identical_to_a_fresh_one(cache, monkeypatch):
    answers, library = load_answers(NORTHSHIRE), load_library()
    first = assemble(answers, library, "hash")  # parses every clause and stores them
    cached = assemble(answers, library, "hash")  # finds every clause
    monkeypatch.setenv("POLICYGEN_NO_CACHE", "1")
    fresh = assemble(answers, library, "hash")
    assert cached == fresh == first
    assert markdown.render(cached) == markdown.render(fresh)
    assert docx.render(cached) == docx.render(fresh)


def test_a_rebuild_parses_only_the_clauses_whose_text_changed(cache, parses):
    library = load_library()
    text = NORTHSHIRE.read_text(encoding="utf-8")
    assert 'version: "2.1"\n' in text
    before = assemble(parse_answers(text, "a.yaml"), library)
    assert len(parses) == sum(1 for _ in before.clauses())

    parses.clear()
    after = assemble(parse_answers(text.replace('version: "2.1"\n', 'version: "2.2"\n'), "a.yaml"), library)
    changed = {clause_id for (clause_id, old), (_, new) in zip(before.clause_hashes, after.clause_hashes) if old != new}
    assert changed == {"control.document"}
    assert len(parses) == 1
    assert "| Version | 2\\.2 |" in parses[0]  # Markdown-escaped, as answers always are

    parses.clear()
    assemble(parse_answers(text, "a.yaml"), library)  # back to 2.1: every text was seen before
    assert parses == []


def test_a_build_that_finds_every_clause_does_not_import_markdown_it(cache):
    program = (
        "import sys\n"
        "from generator.pipeline import prepare\n"
        f"prepare({str(NORTHSHIRE)!r})\n"
        "print('markdown_it' in sys.modules)\n"
    )
    env = {**os.environ, "POLICYGEN_CACHE_DIR": str(cache)}

    def imports_markdown_it() -> str:
        return subprocess.run([sys.executable, "-c", program], env=env, capture_output=True, text=True, check=True).stdout.strip()

    assert imports_markdown_it() == "True"  # an empty cache: every clause is parsed
    assert imports_markdown_it() == "False"


BROKEN_CLAUSE = """\
---
id: conduct.rules
title: Rules
sources: {basw: [6]}
---
A sentence.

# A heading the policy cannot hold
"""


def test_errors_are_never_kept(cache, tmp_path, parses):
    clauses = write_library(tmp_path)
    (clauses / "conduct" / "rules.md").write_text(BROKEN_CLAUSE, encoding="utf-8")
    library = load_library(clauses)
    answers = parse_answers("organisation:\n  name: Harbour Trust\n  short_name: the Trust\n  type: charity\n  nation: england\n", "a.yaml")
    messages = []
    for _ in range(2):
        with pytest.raises(PolicyError) as caught:
            assemble(answers, library)
        messages.append([str(p) for p in caught.value.problems])
    assert messages[0] == messages[1] == [
        "clauses/conduct/rules.md:8: a clause body cannot contain a heading (the clause title is its heading); "
        "use paragraphs, lists, tables, **bold**, *italic* and links"
    ]
    assert sum("A heading the policy cannot hold" in text for text in parses) == 2  # parsed both times
    assert not (cache / "blocks.pickle").exists()  # a failed build stores nothing


def test_a_change_to_the_parsing_code_empties_the_cache(cache, parses, monkeypatch):
    answers, library = load_answers(NORTHSHIRE), load_library()
    built = assemble(answers, library)
    parses.clear()
    monkeypatch.setattr(blockcache, "code_key", lambda: "other code")
    assemble(answers, library)
    assert len(parses) == sum(1 for _ in built.clauses())


def test_a_damaged_cache_is_ignored(cache, parses):
    answers, library = load_answers(NORTHSHIRE), load_library()
    expected = assemble(answers, library)
    (cache / "blocks.pickle").write_bytes(b"not a cache")
    parses.clear()
    assert assemble(answers, library) == expected
    assert len(parses) == sum(1 for _ in expected.clauses())
    assert len(stored(cache)) == len(parses)  # and rewritten whole


def test_no_cache_when_turned_off(cache, monkeypatch):
    monkeypatch.setenv("POLICYGEN_NO_CACHE", "1")
    assemble(load_answers(NORTHSHIRE), load_library())
    assert not cache.exists()


def parse_texts(texts: list[str]) -> None:
    parser = blockcache.CachedParser()
    for text in texts:
        parser.parse(text, "t.md", 1)
    parser.save()


def test_the_oldest_texts_go_first_and_the_latest_build_is_always_kept(cache, parses, monkeypatch):
    monkeypatch.setattr(blockcache, "KEEP", 3)
    parse_texts(["One.", "Two.", "Three."])
    parse_texts(["Four.", "One."])  # "One." is found; "Four." is new, so the file is rewritten
    assert list(stored(cache)) == ["Three.", "Four.", "One."]
    assert stored(cache)["One."] == (document.Paragraph((document.Text("One."),)),)
    assert parses == ["One.", "Two.", "Three.", "Four."]


def test_a_build_that_finds_every_text_writes_nothing(cache):
    parse_texts(["One.", "Two."])
    written = (cache / "blocks.pickle").stat().st_mtime_ns
    os.utime(cache / "blocks.pickle", ns=(0, 0))
    parse_texts(["Two.", "One."])
    assert (cache / "blocks.pickle").stat().st_mtime_ns == 0 != written


def test_a_cache_that_cannot_be_written_is_ignored_and_leaves_nothing_behind(cache):
    (cache / "blocks.pickle").mkdir(parents=True)  # os.replace cannot put a file here
    answers, library = load_answers(NORTHSHIRE), load_library()
    built = assemble(answers, library)
    assert sum(1 for _ in built.clauses()) > 40
    assert sorted(p.name for p in cache.iterdir() if not p.name.startswith("library-")) == ["blocks.pickle"]


def test_no_cache_when_the_parsing_code_cannot_be_read(cache, monkeypatch):
    def unreadable():
        raise FileNotFoundError("document.py")

    monkeypatch.setattr(blockcache, "code_key", unreadable)
    assert sum(1 for _ in assemble(load_answers(NORTHSHIRE), load_library()).clauses()) > 40
    assert not (cache / "blocks.pickle").exists()
