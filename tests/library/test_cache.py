"""The compiled library cache saves time and never changes a result."""

from __future__ import annotations

import marshal
import shutil
from pathlib import Path

import pytest

from generator.answers import parse_answers
from generator.compose.assemble import assemble
from generator.files import data_dir
from generator.library import cache as librarycache
from generator.library import load_library
from generator.library.model import condition_source, library_editions
from generator.templating import ENV, code_of
from generator.writers import markdown
from helpers import MINIMAL_ANSWERS, ROOT


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
    cached = librarycache.load(root)
    assert cached is not None
    assert list(cached.clauses) == list(fresh.clauses)
    assert cached.data == fresh.data
    assert render(cached) == render(fresh)
    # what the Markdown does not show, `policygen explain` does: the drafter notes come back too
    assert [c.notes for c in cached.clauses.values()] == [c.notes for c in fresh.clauses.values()]
    assert sum(1 for c in cached.clauses.values() if c.notes) >= 6


def test_the_cache_stores_the_code_the_checked_load_compiled(tmp_path, monkeypatch):
    """A cold build compiles each template once: store() keeps what load_checked made."""
    monkeypatch.setenv("POLICYGEN_CACHE_DIR", str(tmp_path / "cache"))
    root = copy_library(tmp_path)
    compiled = []
    real_compile = ENV.compile
    monkeypatch.setattr(ENV, "compile", lambda source, *args, **kwargs: compiled.append(source) or real_compile(source, *args, **kwargs))
    fresh = load_library(root)  # a miss: load_checked compiles, store() writes
    bodies = {clause.body for clause in fresh.clauses.values()}
    assert sorted(source for source in compiled if source in bodies) == sorted(bodies)  # each once
    cached = librarycache.load(root)
    assert cached is not None
    clause = next(c for c in fresh.clauses.values() if c.when)
    assert code_of(cached.clauses[clause.id].template).co_code == code_of(clause.template).co_code
    assert code_of(cached.clauses[clause.id].condition).co_code == code_of(clause.condition).co_code


def test_a_cached_library_compiles_no_condition_when_it_builds(tmp_path, monkeypatch):
    """The editions' conditions and sources.partly's come compiled from the cache too."""
    monkeypatch.setenv("POLICYGEN_CACHE_DIR", str(tmp_path / "cache"))
    root = copy_library(tmp_path)
    fresh = load_library(root)
    partly = [entry.when for clause in fresh.clauses.values() for entry in clause.sources.partly]
    editions = [edition.when for edition in library_editions(fresh).values() if edition.when]
    assert partly and editions  # the bundled library has both kinds
    ENV.known_code.clear()  # as in a new process
    cached = librarycache.load(root)
    assert cached is not None
    assert {condition_source(when) for when in partly + editions} <= set(ENV.known_code)
    monkeypatch.setattr(ENV, "compile", lambda *args, **kwargs: pytest.fail("a build from the cache compiled a template"))
    answers = parse_answers((ROOT / "examples" / "northshire-council.yaml").read_text(encoding="utf-8"), "northshire-council.yaml")
    for edition in ("full", "quick", "carers", "students"):
        assert assemble(answers, cached, edition=edition).sections


def test_any_change_to_a_clause_file_misses_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYGEN_CACHE_DIR", str(tmp_path / "cache"))
    root = copy_library(tmp_path)
    before = load_library(root)
    clause = next(c for c in before.clauses.values() if c.when is None)  # one every policy has
    path = root.parent / clause.file
    path.write_text(path.read_text(encoding="utf-8") + "\nA sentence added by the test.\n", encoding="utf-8")
    assert librarycache.load(root) is None
    assert "A sentence added by the test." in render(load_library(root)).decode()


def test_files_whose_stamps_are_unchanged_are_not_read_and_any_change_is_seen(tmp_path, monkeypatch):
    """With settled stamps a build reads no library file; an edit that keeps the size and the modification time still misses."""
    import os
    import time

    monkeypatch.setenv("POLICYGEN_CACHE_DIR", str(tmp_path / "cache"))
    root = copy_library(tmp_path)
    assert librarycache.stamps(root) is None  # just copied: too recent to trust a stamp
    monkeypatch.setattr(librarycache, "STAMPS_SETTLE", 0)  # as if the copy were seconds old
    expected = render(load_library(root))
    real_key = librarycache.key
    monkeypatch.setattr(librarycache, "key", lambda root: pytest.fail("the library files were read again"))
    assert render(librarycache.load(root)) == expected
    monkeypatch.setattr(librarycache, "key", real_key)
    clause = next(c for c in load_library(root).clauses.values() if c.when is None)
    path = root.parent / clause.file
    text, before = path.read_text(encoding="utf-8"), os.stat(path)
    time.sleep(0.05)  # past the clock tick of the stamp (in use, STAMPS_SETTLE sees to this)
    edited = text.replace("you", "YOU", 1)
    assert edited != text and len(edited) == len(text)
    path.write_text(edited, encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # the same size and modification time: only the change time tells
    assert librarycache.load(root) is None
    assert "YOU" in render(load_library(root)).decode()
    (root / "data" / "extra.yaml").write_text("note: a data file added by the test\n", encoding="utf-8")  # a new file: its folder changed
    assert librarycache.load(root) is None
    assert load_library(root).data["extra"] == {"note": "a data file added by the test"}


def test_settled_stamps_never_serve_an_entry_made_by_other_code(tmp_path, monkeypatch):
    """Unchanged stamps skip reading the library only for an entry this policygen, Jinja and Python wrote."""
    monkeypatch.setenv("POLICYGEN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(librarycache, "STAMPS_SETTLE", 0)
    root = copy_library(tmp_path)
    load_library(root)
    assert librarycache.load(root) is not None
    stamped = [path for path, _ in librarycache.stamps(root)]
    assert any(path.endswith("cache.py") for path in stamped)  # the code that reads the library is stamped too
    monkeypatch.setattr(librarycache, "__version__", "0.0.0-another")  # as after an upgrade that kept every file's stamp
    assert librarycache.load(root) is None


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


def test_the_cache_lives_in_the_platforms_user_cache_folder(tmp_path, monkeypatch):
    import sys

    import platformdirs

    from generator.files import cache_dir

    monkeypatch.delenv("POLICYGEN_CACHE_DIR")
    monkeypatch.delenv("POLICYGEN_NO_CACHE", raising=False)
    assert cache_dir() == Path(platformdirs.user_cache_dir("policygen", appauthor=False))
    if sys.platform.startswith("linux"):  # the XDG rule, as Linux desktops set it
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
        assert cache_dir() == tmp_path / "xdg" / "policygen"
        load_library(copy_library(tmp_path))
        assert len(list((tmp_path / "xdg" / "policygen").iterdir())) == 1


def test_an_unsigned_cache_entry_is_never_unmarshalled(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYGEN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    from generator.files import data_dir

    root = data_dir("clauses")
    load_library(root)
    (entry,) = (tmp_path / "cache").iterdir()
    key = (tmp_path / "state" / "policygen" / "cache-key")
    assert key.stat().st_mode & 0o777 == 0o600
    assert librarycache.load(root) is not None  # signed by us: used
    entry.write_bytes(entry.read_bytes()[:-1] + b"\0")

    def refuse(data):
        raise AssertionError("marshal.loads was called on an entry that failed its signature")

    monkeypatch.setattr(marshal, "loads", refuse)
    assert librarycache.load(root) is None


def test_no_cache_when_the_key_is_open_to_others(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYGEN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    from generator.files import data_dir

    root = data_dir("clauses")
    load_library(root)
    (tmp_path / "state" / "policygen" / "cache-key").chmod(0o644)
    assert librarycache.load(root) is None


def test_the_key_is_never_kept_in_the_cache_folder(tmp_path, monkeypatch):
    from generator.files import cache_key_file

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "shared"))
    monkeypatch.setenv("POLICYGEN_CACHE_DIR", str(tmp_path / "shared"))
    assert cache_key_file() is None
    monkeypatch.setenv("POLICYGEN_CACHE_DIR", str(tmp_path / "cache"))
    assert cache_key_file() == tmp_path / "shared" / "policygen" / "cache-key"


def test_own_clauses_compiled_code_is_cached_signed_and_a_tampered_entry_is_compiled_again(tmp_path, monkeypatch):
    import contextlib

    from generator.library import own
    from generator.pipeline import prepare
    from helpers import build_file_tree

    monkeypatch.setenv("POLICYGEN_CACHE_DIR", str(tmp_path / "cache"))
    added = "---\nid: conduct.gifts\ntitle: Gifts offered online\nwhen: scope.students\nsources: {basis: good-practice}\n---\n{{ organisation.short_name | capfirst }} says no to gifts.\n"
    answers = MINIMAL_ANSWERS + "scope: {students: true}\ncustomise: {clauses: local}\n"
    build_file_tree(tmp_path / "org", {"policy.yaml": answers, "local/gifts.md": added})
    compiled = []
    real_code = own._code
    monkeypatch.setattr(own, "_code", lambda source: compiled.append(source) or real_code(source))

    def gifts() -> str:
        with contextlib.chdir(tmp_path / "org"):
            built = prepare("policy.yaml")
        return markdown.render(built.document).decode()

    first = gifts()
    assert "The Council says no to gifts." in first
    assert len(compiled) == 2  # the body and the condition
    entry = next((tmp_path / "cache").glob("own-*.bin"))
    assert gifts() == first and len(compiled) == 2  # from the cache: nothing compiled
    blob = bytearray(entry.read_bytes())
    blob[-1] ^= 1  # a changed byte: the signature no longer matches, so the entry is never unmarshalled
    entry.write_bytes(bytes(blob))
    assert gifts() == first and len(compiled) == 4
    (tmp_path / "org/local/gifts.md").write_text(added.replace("says no", "always says no"), encoding="utf-8")
    assert "always says no to gifts." in gifts() and len(compiled) == 6  # a changed file misses


def _own_clauses_built(tmp_path, files: dict[str, str]) -> str:
    import contextlib

    from generator.pipeline import prepare
    from helpers import build_file_tree

    answers = MINIMAL_ANSWERS + "scope: {students: true}\ncustomise: {clauses: local}\n"
    folder = tmp_path / "org"
    if folder.exists():
        shutil.rmtree(folder)
    build_file_tree(folder, {"policy.yaml": answers, **{f"local/{name}": text for name, text in files.items()}})
    with contextlib.chdir(folder):
        return markdown.render(prepare("policy.yaml").document).decode()


GIFTS = "---\nid: conduct.gifts\ntitle: Gifts offered online\nwhen: scope.students\nsources: {basis: good-practice}\n---\nSay no to gifts.\n"
LOANS = "---\nid: conduct.loans\ntitle: Loans asked for online\nafter: conduct.gifts\nsources: {basw: [5]}\n---\nSay no to loans.\n"


def test_own_clause_files_checked_before_are_not_checked_again(tmp_path, monkeypatch):
    """The cache keeps their checked front matter: a build of the same files never defines the front matter's model."""
    import sys

    monkeypatch.setenv("POLICYGEN_CACHE_DIR", str(tmp_path / "cache"))
    first = _own_clauses_built(tmp_path, {"gifts.md": GIFTS, "loans.md": LOANS})
    assert "Say no to gifts." in first and "Say no to loans." in first
    monkeypatch.setitem(sys.modules, "generator.library.own_schema", None)  # importing it now fails
    assert _own_clauses_built(tmp_path, {"gifts.md": GIFTS, "loans.md": LOANS}) == first
    with pytest.raises(ImportError):  # a changed file is checked in full
        _own_clauses_built(tmp_path, {"gifts.md": GIFTS.replace("Gifts", "Presents"), "loans.md": LOANS})


def test_the_same_texts_under_other_file_names_are_not_taken_for_each_other(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYGEN_CACHE_DIR", str(tmp_path / "cache"))
    _own_clauses_built(tmp_path, {"a.md": GIFTS, "b.md": LOANS})
    moved = {"b.md": GIFTS, "c.md": LOANS}  # in name order, the same texts as before
    cached = _own_clauses_built(tmp_path, moved)
    monkeypatch.setenv("POLICYGEN_NO_CACHE", "1")
    assert cached == _own_clauses_built(tmp_path, moved)
    assert "Say no to gifts." in cached and "Say no to loans." in cached


def test_every_clause_field_comes_back_from_the_cache(tmp_path, monkeypatch):
    """A field added to Clause and forgotten in cache.py would be lost on every cached build."""
    from generator.library.model import ChangeNote, Clause

    monkeypatch.setenv("POLICYGEN_CACHE_DIR", str(tmp_path / "cache"))
    root = copy_library(tmp_path)
    path = root / "breaches" / "data.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\n---\n", '\nchanged: {version: "2026.11.0", note: "Report a breach sooner."}\n---\n', 1), encoding="utf-8")
    fresh = load_library(root)
    assert fresh.clauses["breaches.data"].changed.note == "Report a breach sooner."
    cached = librarycache.load(root)
    assert cached is not None and cached is not fresh
    for clause_id, clause in fresh.clauses.items():
        for name in Clause.field_names():
            assert getattr(cached.clauses[clause_id], name) == getattr(clause, name), (clause_id, name)
    assert cached.clauses["breaches.data"].changed == ChangeNote("2026.11.0", "Report a breach sooner.")
