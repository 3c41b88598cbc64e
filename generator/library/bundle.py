"""The bundled clause library, precompiled and shipped with the package, so a first build skips the checked load.

A first build (no library cache yet) would spend most of its time compiling the bundled clause
templates and checking the library's files. The package ships that work done, in precompiled/
(inside the installed package: generator/_data/precompiled):

- every clause body and condition, compiled by the one sandboxed environment (templating.ENV)
  with Jinja's own Environment.compile_templates, as raw Python source: independent of the
  Python version, and kept by Python as .pyc files like any other module of the package;
- library.json: what the checked load read (outline, front matter, data files) as plain data.

`python -m generator.library.bundle` writes it, after loading and checking the library in full
(a maintainer runs it after editing clauses/ or the code that compiles them; a test fails until
they do). The bundle is package code, trusted as the rest of the package is, and used only when
what it records matches: the digest of every file of the bundled clauses folder, the digest of
the code that compiles and reads them, and the Jinja version. Otherwise the library loads as it
would without a bundle (slower, the same result). An organisation's own clauses are never in it.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import types
from importlib.machinery import SourceFileLoader
from pathlib import Path
from typing import Any

import jinja2

from ..errors import PolicyError
from ..files import data_dir, read_bytes
from ..templating import ENV
from .cache import other_conditions, plain, plain_clause, stored_clause
from .load import library_files, load_checked
from .model import Library, OutlineSection, condition_source

FORMAT = 1
MANIFEST = "library.json"
REGENERATE = "python -m generator.library.bundle"
_MAX_MANIFEST_BYTES = 16 * 1024 * 1024


def bundle_dir() -> Path:
    """precompiled/ beside clauses/ in a checkout, generator/_data/precompiled when installed."""
    return data_dir("precompiled")


def clauses_digest(root: Path) -> str:
    """A digest of every file the library under root is made of, by name and bytes."""
    digest = hashlib.sha256()
    for path in library_files(root):
        digest.update(str(path.relative_to(root)).encode() + b"\0")
        try:
            digest.update(read_bytes(path))
        except PolicyError:  # missing or unreadable: never the bundle's digest
            digest.update(b"\0missing")
        digest.update(b"\0")
    return digest.hexdigest()


def code_digest() -> str:
    """A digest of the code that compiles and reads the library, and of the Jinja version: what the compiled code depends on."""
    here = Path(__file__).parent
    digest = hashlib.sha256(f"{FORMAT}\0{jinja2.__version__}\0".encode())
    for code in (here.parent / "templating.py", here / "load.py", here / "model.py", here / "schema.py", here / "sources_schema.py", here / "bundle.py"):
        try:
            digest.update(code.read_bytes())
        except OSError:  # code that cannot be read matches no bundle
            return "unreadable"
    return digest.hexdigest()


def body_name(clause_id: str) -> str:
    return f"{clause_id} body"


def when_name(clause_id: str) -> str:
    return f"{clause_id} when"


def condition_name(source: str) -> str:
    return "condition " + hashlib.sha256(source.encode()).hexdigest()


# ------------------------------------------------------------------ loading


def load(root: Path, folder: Path | None = None) -> Library | None:
    """The bundled library, when the bundle in `folder` was made from exactly these files by this code; else None."""
    folder = folder or bundle_dir()
    try:
        manifest = json.loads(read_bytes(folder / MANIFEST, limit=_MAX_MANIFEST_BYTES))
    except (PolicyError, ValueError):
        return None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        return None
    if manifest.get("code") != code_digest() or manifest.get("clauses") != clauses_digest(root):
        return None  # stale: made from other clause files, or by other code
    try:
        return _library(manifest, root, folder)
    except Exception:  # a damaged bundle (a file missing or cut short): load in full, same result
        return None


def _library(manifest: dict[str, Any], root: Path, folder: Path) -> Library:
    globals_ = ENV.make_globals(None)

    def template(name: str) -> jinja2.Template:
        return ENV.template_class.from_code(ENV, _code(folder, name), globals_, None)

    clauses = {}
    for item in manifest["library"]["clauses"]:
        clause = stored_clause(item)
        # cached_property keeps its value in the instance dict: fill it with the compiled code.
        clause.__dict__["template"] = template(body_name(clause.id))
        clause.__dict__["condition"] = template(when_name(clause.id)) if clause.when else None
        clauses[clause.id] = clause
    known = {source: _code(folder, condition_name(source)) for source in manifest["library"]["conditions"]}
    sections = [OutlineSection(**section) for section in manifest["library"]["sections"]]
    library = Library(manifest["library"]["version"], sections, clauses, manifest["library"]["data"], root)
    ENV.known_code.update(known)  # only once the whole bundle has loaded
    return library


def _code(folder: Path, name: str) -> types.CodeType:
    """The code of one precompiled template, through Python's own loader (which keeps a .pyc of it)."""
    filename = jinja2.ModuleLoader.get_module_filename(name)
    module = filename.removesuffix(".py")
    code = SourceFileLoader(module, str(folder / filename)).get_code(module)
    if not isinstance(code, types.CodeType):
        raise ImportError(f"no code in {filename}")
    return code


# ------------------------------------------------------------------ writing (maintainers)


def write(root: Path, folder: Path) -> Library:
    """Load and check the library under root in full, then write its bundle to folder (replacing any there)."""
    library = load_checked(root)  # every check a normal load makes: a library with a problem is never bundled
    sources = {}
    for clause in library.clauses.values():
        sources[body_name(clause.id)] = clause.body
        if clause.when:
            sources[when_name(clause.id)] = condition_source(clause.when)
    conditions = other_conditions(library)
    sources.update({condition_name(source): source for source in conditions})
    stored = {
        "version": library.version,
        "sections": [plain(section) for section in library.sections],
        "clauses": [plain_clause(clause) for clause in library.clauses.values()],
        "data": library.data,
        "conditions": conditions,
    }
    if json.loads(json.dumps(stored)) != stored:  # e.g. a date or a number as a key in a data file
        raise PolicyError("the library holds data JSON cannot keep as it is; the bundle would change it")
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("tmpl_*.py"):
        old.unlink()
    # The environment every build compiles with, given the sources by name; compiled as raw Python source.
    ENV.overlay(loader=jinja2.DictLoader(sources)).compile_templates(folder, zip=None, ignore_errors=False)
    manifest = {"format": FORMAT, "code": code_digest(), "clauses": clauses_digest(root), "library": stored}
    (folder / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return library


def main() -> None:
    """Regenerate precompiled/ from clauses/ in this source checkout."""
    checkout = Path(__file__).resolve().parents[2]
    if not (checkout / "pyproject.toml").is_file() or not (checkout / "clauses").is_dir():
        sys.exit("run this in a source checkout of policygen: it writes precompiled/ beside clauses/")
    folder = checkout / "precompiled"
    try:
        library = write(checkout / "clauses", folder)
    except PolicyError as exc:
        sys.exit(f"{exc}\nthe bundle was not written: fix the library first")
    print(f"wrote {os.path.relpath(folder)}: {len(library.clauses)} clauses, {len(list(folder.glob('tmpl_*.py')))} compiled templates")


if __name__ == "__main__":
    main()
