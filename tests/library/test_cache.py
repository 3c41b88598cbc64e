"""The compiled library cache saves time and never changes a result."""

from __future__ import annotations

import shutil

from generator.answers import parse_answers
from generator.compose.assemble import assemble
from generator.files import data_dir
from generator.library import cache as librarycache
from generator.library import load_library
from generator.writers import markdown
from helpers import MINIMAL_ANSWERS


def render(library) -> bytes:
    return markdown.render(assemble(parse_answers(MINIMAL_ANSWERS, "a.yaml"), library))


def copy_library(tmp_path):
    root = tmp_path / "clauses"
    shutil.copytree(data_dir("clauses"), root)
    return root


def test_a_cached_library_renders_exactly_like_a_fresh_one(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYGEN_CACHE_DIR", str(tmp_path / "cache"))
    root = copy_library(tmp_path)
    fresh = load_library(root)  # a miss: loads in full and stores
    assert len(list((tmp_path / "cache").iterdir())) == 1
    cached = librarycache.load(librarycache.key(root), root)
    assert cached is not None
    assert list(cached.clauses) == list(fresh.clauses)
    assert cached.data == fresh.data
    assert render(cached) == render(fresh)


def test_any_change_to_a_clause_file_misses_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYGEN_CACHE_DIR", str(tmp_path / "cache"))
    root = copy_library(tmp_path)
    before = load_library(root)
    clause = next(c for c in before.clauses.values() if c.when is None)  # one every policy has
    path = root.parent / clause.file
    path.write_text(path.read_text(encoding="utf-8") + "\nA sentence added by the test.\n", encoding="utf-8")
    assert librarycache.load(librarycache.key(root), root) is None
    assert "A sentence added by the test." in render(load_library(root)).decode()


def test_a_damaged_cache_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYGEN_CACHE_DIR", str(tmp_path / "cache"))
    root = copy_library(tmp_path)
    expected = render(load_library(root))
    for cached in (tmp_path / "cache").iterdir():
        cached.write_bytes(b"not a cache")
    assert render(load_library(root)) == expected


def test_no_cache_when_turned_off(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYGEN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("POLICYGEN_NO_CACHE", "1")
    load_library(copy_library(tmp_path))
    assert not (tmp_path / "cache").exists()
