"""The bundled library ships precompiled: current with clauses/, used only when it matches, never changing a result."""

from __future__ import annotations

import json
import re
import shutil
import tomllib

import jinja2
import pytest

from generator.answers import parse_answers
from generator.compose.assemble import assemble
from generator.errors import PolicyError
from generator.files import data_dir
from generator.library import bundle, default_root, load_library
from generator.library.cache import plain_clause
from generator.library.load import load_checked
from generator.library.model import condition_source, library_editions
from generator.templating import ENV, template_problem
from generator.writers import markdown
from helpers import EXAMPLES, ROOT

NORTHSHIRE = ROOT / "examples" / "northshire-council.yaml"


def northshire():
    return parse_answers(NORTHSHIRE.read_text(encoding="utf-8"), NORTHSHIRE.name)


def copies(tmp_path):
    """The bundled clauses and their bundle, copied where a test may change them."""
    root, folder = tmp_path / "clauses", tmp_path / "precompiled"
    shutil.copytree(data_dir("clauses"), root)
    shutil.copytree(bundle.bundle_dir(), folder, ignore=shutil.ignore_patterns("__pycache__"))
    return root, folder


def test_the_shipped_bundle_is_what_the_library_compiles_to_now(tmp_path):
    """Edit a clause (or templating.py, library/load.py, model.py, schema.py, bundle.py) and this fails until the bundle is regenerated."""
    shipped = bundle.bundle_dir()
    fix = f"the precompiled library in {shipped.name}/ is stale: run `{bundle.REGENERATE}` and commit {shipped.name}/"
    manifest = json.loads((shipped / bundle.MANIFEST).read_text(encoding="utf-8"))
    assert manifest["clauses"] == bundle.clauses_digest(default_root()), fix
    assert manifest["code"] == bundle.code_digest(), fix + f" (or Jinja is not {jinja2.__version__} here)"
    fresh = tmp_path / "fresh"
    bundle.write(default_root(), fresh)
    names = sorted(path.name for path in shipped.iterdir() if path.is_file())
    assert names == sorted(path.name for path in fresh.iterdir()), fix
    for name in names:
        assert (shipped / name).read_bytes() == (fresh / name).read_bytes(), f"{name} differs: {fix}"


def test_the_bundle_holds_the_bundled_clauses_and_their_conditions_only():
    library = load_checked(default_root())
    folder = bundle.bundle_dir()
    expected = {bundle.body_name(clause_id) for clause_id in library.clauses}
    expected |= {bundle.when_name(clause.id) for clause in library.clauses.values() if clause.when}
    partly = [entry.when for clause in library.clauses.values() for entry in clause.sources.partly]
    editions = [edition.when for edition in library_editions(library).values() if edition.when]
    taken = [item.when for edition in library_editions(library).values() if edition.take != "all" for item in edition.take if not isinstance(item, str)]
    assert partly and editions and taken
    expected |= {bundle.condition_name(condition_source(when)) for when in partly + editions + taken}
    assert sorted(path.name for path in folder.glob("tmpl_*.py")) == sorted(jinja2.ModuleLoader.get_module_filename(name) for name in expected)
    manifest = json.loads((folder / bundle.MANIFEST).read_text(encoding="utf-8"))
    assert all(item["file"].startswith("clauses/") for item in manifest["library"]["clauses"])  # never an organisation's own


def test_the_bundled_library_is_the_checked_load_field_for_field_and_renders_the_same():
    checked = load_checked(default_root())
    bundled = bundle.load(default_root())
    assert bundled is not None
    assert [plain_clause(clause) for clause in bundled.clauses.values()] == [plain_clause(clause) for clause in checked.clauses.values()]
    assert bundled.version == checked.version and bundled.data == checked.data and bundled.root == checked.root
    assert bundled.sections == checked.sections
    for path in EXAMPLES:
        answers = parse_answers(path.read_text(encoding="utf-8"), path.name)
        for edition in library_editions(checked):
            try:
                expected = markdown.render(assemble(answers, checked, edition=edition))
            except PolicyError as exc:  # an edition this organisation has not: refused alike
                with pytest.raises(PolicyError, match=re.escape(str(exc))):
                    assemble(answers, bundled, edition=edition)
                continue
            assert markdown.render(assemble(answers, bundled, edition=edition)) == expected, (path.name, edition)


def test_a_first_build_compiles_no_template_of_the_bundled_library(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYGEN_CACHE_DIR", str(tmp_path / "empty-cache"))
    ENV.known_code.clear()  # as in a new process
    monkeypatch.setattr(ENV, "compile", lambda *args, **kwargs: pytest.fail("a first build compiled a template of the bundled library"))
    library = load_library()
    for edition in ("full", "quick", "carers", "students"):
        assert assemble(northshire(), library, edition=edition).sections
    # ... and stored it in the cache, as a checked load would be: the next build loads that
    assert len(list((tmp_path / "empty-cache").glob("library-*.bin"))) == 1


def test_a_clause_edited_after_the_bundle_was_made_loads_in_full_with_the_edit(tmp_path, monkeypatch):
    root, folder = copies(tmp_path)
    assert bundle.load(root, folder) is not None  # the copies match
    clause = root / "introduction" / "purpose.md"
    clause.write_text(clause.read_text(encoding="utf-8").replace("\n---\n", "\n---\nA sentence the bundle has never seen.\n", 1), encoding="utf-8")
    assert bundle.load(root, folder) is None
    monkeypatch.setenv("POLICYGEN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr("generator.library.default_root", lambda: root)
    monkeypatch.setattr(bundle, "bundle_dir", lambda: folder)
    library = load_library()
    assert "A sentence the bundle has never seen." in markdown.render(assemble(northshire(), library)).decode()


@pytest.mark.parametrize(
    "damage",
    ["clauses digest", "code digest", "format", "a template missing", "a template cut short", "manifest cut short", "manifest missing", "a clause file missing", "a clause file added"],
)
def test_a_stale_or_damaged_bundle_is_never_used(tmp_path, monkeypatch, damage):
    root, folder = copies(tmp_path)
    expected = markdown.render(assemble(northshire(), bundle.load(root, folder)))
    manifest_file = folder / bundle.MANIFEST
    manifest = json.loads(manifest_file.read_text(encoding="utf-8"))
    template = next(folder.glob("tmpl_*.py"))
    if damage in ("clauses digest", "code digest", "format"):
        key = {"clauses digest": "clauses", "code digest": "code", "format": "format"}[damage]
        manifest[key] = "0" * 64 if key != "format" else bundle.FORMAT + 1
        manifest_file.write_text(json.dumps(manifest), encoding="utf-8")
    elif damage == "a template missing":
        template.unlink()
    elif damage == "a template cut short":
        template.write_text(template.read_text(encoding="utf-8")[:200], encoding="utf-8")
    elif damage == "manifest cut short":
        manifest_file.write_bytes(manifest_file.read_bytes()[:1000])
    elif damage == "manifest missing":
        manifest_file.unlink()
    elif damage == "a clause file missing":
        (root / "introduction" / "purpose.md").unlink()
    else:
        shutil.copy(root / "introduction" / "purpose.md", root / "introduction" / "purpose-copy.md")
    known = dict(ENV.known_code)
    assert bundle.load(root, folder) is None
    assert ENV.known_code == known  # nothing of a refused bundle is kept
    if damage.startswith("a clause file"):
        return  # the library itself changed
    # the library then loads, checks and compiles its files in full: the same policy
    monkeypatch.setenv("POLICYGEN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr("generator.library.default_root", lambda: root)
    monkeypatch.setattr(bundle, "bundle_dir", lambda: folder)
    compiled = []
    real_compile = ENV.compile
    monkeypatch.setattr(ENV, "compile", lambda source, *args, **kwargs: compiled.append(source) or real_compile(source, *args, **kwargs))
    assert markdown.render(assemble(northshire(), load_library())) == expected
    assert compiled  # compiled here, not taken from the bundle


def test_another_jinja_never_uses_the_bundle(tmp_path, monkeypatch):
    root, folder = copies(tmp_path)
    monkeypatch.setattr(jinja2, "__version__", "9.9.9")
    assert bundle.load(root, folder) is None


def test_only_the_bundled_folder_itself_uses_the_bundle(tmp_path, monkeypatch):
    """A copy of the bundled clauses elsewhere names its files by its own folder: it loads in full."""
    monkeypatch.setenv("POLICYGEN_CACHE_DIR", str(tmp_path / "cache"))
    root = tmp_path / "my-library"
    shutil.copytree(data_dir("clauses"), root)
    monkeypatch.setattr(bundle, "load", lambda *args: pytest.fail("the bundle was read for another library"))
    library = load_library(root)
    assert next(iter(library.clauses.values())).file.startswith("my-library/")


def test_an_error_while_rendering_a_precompiled_clause_names_its_line(monkeypatch):
    """A render error in precompiled code points at the clause file's line, as it does for code compiled from the file."""
    bundled = bundle.load(default_root())
    checked = load_checked(default_root())
    assert bundled is not None
    clause_id = next(clause.id for clause in checked.clauses.values() if "{{" in clause.body.split("\n", 3)[-1])
    problems = []
    for library in (checked, bundled):
        clause = library.clauses[clause_id]
        with pytest.raises(jinja2.UndefinedError) as caught:
            clause.template.render({})
        problems.append(template_problem(caught.value, clause.file, clause.body_line))
    assert problems[0] == problems[1]
    assert problems[0].line is not None and problems[0].line >= checked.clauses[clause_id].body_line


def test_the_wheel_ships_the_bundle_beside_the_clauses():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    included = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert included["precompiled"] == "generator/_data/precompiled" and included["clauses"] == "generator/_data/clauses"
    assert "precompiled" in config["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]
