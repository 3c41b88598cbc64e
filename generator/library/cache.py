"""A compiled copy of a clause library that loaded cleanly, so the next build skips the work.

Parsing front matter and compiling every clause template is most of a build's own time. The
cache is keyed by the bytes of every library file and the versions of policygen, Jinja and
Python, so any change misses and the library is loaded and checked in full again. Like
Python's .pyc files, it never changes a result: it only saves time. A cache that cannot be
read or written is ignored (see files.cache_dir).
"""

from __future__ import annotations

import hashlib
import marshal
import sys
from pathlib import Path

import jinja2

from ..files import cache_dir, write_cache
from ..templating import ENV
from ..version import __version__
from .model import Clause, Library, OutlineSection, Partly, Sources, condition_source

_FORMAT = 2  # 2: clause sources may say when a clause only partly meets a recommendation


def _file(folder: Path, root: Path | None) -> Path:
    """One cache file per library folder, replaced when the library changes."""
    return folder / f"library-{hashlib.sha256(str(root).encode()).hexdigest()[:16]}.bin"


def key(root: Path) -> str:
    """A digest of every file the library is made of, and of the code that reads it."""
    digest = hashlib.sha256(f"{_FORMAT}\0{__version__}\0{jinja2.__version__}\0{sys.version}\0{root}".encode())
    files = [root / "outline.yaml", *sorted(root.glob("*/*.md")), *sorted((root / "data").glob("*.yaml"))]
    for path in files:
        digest.update(str(path.relative_to(root)).encode() + b"\0")
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"\0missing")
        digest.update(b"\0")
    return digest.hexdigest()


def load(digest: str, root: Path) -> Library | None:
    folder = cache_dir()
    if folder is None:
        return None
    try:
        stored = marshal.loads(_file(folder, root).read_bytes())
        if stored["key"] != digest:
            return None
        globals_ = ENV.make_globals(None)
        clauses = {}
        for item in stored["clauses"]:
            sources = dict(item["sources"], partly=[Partly.model_construct(**entry) for entry in item["sources"].get("partly", [])])
            clause = Clause(item["id"], item["title"], item["when"], Sources.model_construct(**sources), item["body"], item["file"], item["body_line"], item["when_line"])
            # cached_property keeps its value in the instance dict: fill it with the compiled code.
            clause.__dict__["template"] = ENV.template_class.from_code(ENV, item["code"], globals_, None)
            clause.__dict__["condition"] = ENV.template_class.from_code(ENV, item["condition"], globals_, None) if item["condition"] else None
            clauses[clause.id] = clause
        sections = [OutlineSection.model_construct(**s) for s in stored["sections"]]
        return Library(stored["version"], sections, clauses, stored["data"], root)
    except Exception:  # missing, partial or from another build of Python: load in full instead
        return None


def store(digest: str, library: Library) -> None:
    folder = cache_dir()
    if folder is None:
        return
    try:
        clauses = []
        for clause in library.clauses.values():
            clauses.append(
                {
                    "id": clause.id,
                    "title": clause.title,
                    "when": clause.when,
                    "sources": clause.sources.model_dump(),
                    "body": clause.body,
                    "file": clause.file,
                    "body_line": clause.body_line,
                    "when_line": clause.when_line,
                    "code": ENV.compile(clause.body),
                    "condition": ENV.compile(condition_source(clause.when)) if clause.when else None,
                }
            )
        data = marshal.dumps(
            {"key": digest, "version": library.version, "sections": [s.model_dump() for s in library.sections], "clauses": clauses, "data": library.data}
        )
        write_cache(_file(folder, library.root), data)
    except ValueError:  # read-only home, or data marshal cannot hold: no cache, same result
        return
