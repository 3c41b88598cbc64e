"""A compiled copy of a clause library that loaded cleanly, so the next build skips the work.

Parsing front matter and compiling every clause template is most of a build's own time (about
0.7 s for the bundled library, against a few milliseconds from the cache). The cache is keyed
by the bytes of every library file and the versions of policygen, Jinja and Python, so any
change misses and the library is loaded and checked in full again.

Reading and hashing every library file to make that key is about 3 ms of each build, so an entry
also records the stamps (device, inode, size, modification and change times, as git's index does)
of the library's files and folders and of the code that reads them, taken before they were read.
While every stamp is unchanged and the entry was made by this policygen, Jinja and Python, the
files are those the entry was made from and are not read; otherwise the key decides. A file changed within
the clock tick of its stamp could keep it, so stamps are recorded only when every file and folder
has been unchanged for a few seconds (STAMPS_SETTLE); else the entry has none and the key is used.

The cache holds compiled Python code, so it must never load an entry it did not write itself:
the cache folder may be shared, restored by CI from another branch, or writable by someone
else. Every entry is signed with HMAC-SHA256 under a per-user secret kept outside the cache
folder (files.cache_key_file, readable by its owner only), and the signature is checked before
a byte of the entry is unmarshalled. An entry that is unsigned, signed with another key,
damaged or of the wrong shape is ignored, and the library is loaded in full and stored again.
Like Python's .pyc files, the cache never changes a result: it only saves time.
"""

from __future__ import annotations

import hashlib
import hmac
import marshal
import os
import stat
import sys
import time
import types
from pathlib import Path
from typing import Any

import jinja2

from ..errors import PolicyError
from ..files import cache_dir, cache_key_file, read_bytes, write_cache
from ..record import Record
from ..templating import ENV, code_of
from ..version import __version__
from .load import library_files
from .model import ChangeNote, Clause, Library, OutlineSection, Partly, Sources, condition_source, library_editions

# 2: signed entries; 3: clause sources may say when a clause only partly meets a recommendation;
# 4: the editions' and sources.partly conditions, compiled; 5: clause change notes; 6: drafter notes;
# 7: own clauses' checked front matter, and the library files' stamps
_FORMAT = 7
_MAGIC = b"policygen-library-cache\0"
_KEY_BYTES = 32
_MAX_ENTRY_BYTES = 64 * 1024 * 1024


def _file(folder: Path, root: Path | None) -> Path:
    """One cache file per library folder, replaced when the library changes."""
    return folder / f"library-{hashlib.sha256(str(root).encode()).hexdigest()[:16]}.bin"


def _code_files() -> list[Path]:
    """The code that compiles templates and reads the library: a change to it misses the cache."""
    here = Path(__file__).parent
    return [here.parent / "templating.py", here / "load.py", here / "model.py", here / "schema.py", here / "sources_schema.py", here / "own_schema.py", here / "cache.py"]


STAMPS_SETTLE = 3 * 10**9  # nanoseconds every file and folder must have been unchanged for its stamp to be recorded
Stamps = list[tuple[str, tuple[int, ...]]]  # (path from the library folder, its stamp)


def stamps(root: Path) -> Stamps | None:
    """The stamp of every file the library is made of and of every folder listing them; None when one is too recent or missing.

    Taken before the files are read, so a change after it changes a stamp.
    """
    now = time.time_ns()
    folders = [root, *(Path(entry.path) for entry in _listed(root) if entry.is_dir())]
    found = []
    for path in [*folders, *library_files(root), *_code_files()]:  # the code too: an edited checkout misses
        stamp = _stamp(str(path))
        if stamp is None or max(stamp[3], stamp[4]) > now - STAMPS_SETTLE:
            return None
        found.append((os.path.relpath(path, root), stamp))
    return found


def _listed(folder: Path) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(folder) as entries:
            return list(entries)
    except OSError:
        return []


def _stamp(path: str) -> tuple[int, ...] | None:
    try:
        found = os.stat(path)
    except (OSError, ValueError):
        return None
    return (found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns, found.st_ctime_ns)


def _unchanged(recorded: Stamps | None, root: Path) -> bool:
    base = str(root)
    return recorded is not None and all(_stamp(os.path.join(base, path)) == stamp for path, stamp in recorded)


def _made_by() -> str:
    """What wrote an entry: an entry made by another policygen, Jinja or Python is never used, whatever its stamps say."""
    return f"{_FORMAT}\0{__version__}\0{jinja2.__version__}\0{sys.version}"


def key(root: Path) -> str:
    """A digest of every file the library is made of, and of the code that reads it."""
    digest = hashlib.sha256(f"{_made_by()}\0{root}".encode())
    for code in _code_files():
        try:
            digest.update(read_bytes(code))
        except PolicyError:
            digest.update(os.urandom(16))  # code that cannot be read cannot key a cache: always miss
    for path in library_files(root):
        digest.update(str(path.relative_to(root)).encode() + b"\0")
        try:
            digest.update(read_bytes(path))
        except PolicyError:  # missing or unreadable: the full load reports it
            digest.update(b"\0missing")
        digest.update(b"\0")
    return digest.hexdigest()


# ------------------------------------------------------------------ the signing key


def _secret(create: bool) -> bytes | None:
    """This user's signing key; None (no cache) when it cannot be trusted or made."""
    path = cache_key_file()
    if path is None:
        return None
    found = _read_secret(path)
    if found is None and create and not os.path.lexists(path):
        _make_secret(path)
        found = _read_secret(path)
    return found


def _read_secret(path: Path) -> bytes | None:
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        # Only a regular file of ours that no one else can read or change is a secret.
        if not stat.S_ISREG(info.st_mode) or info.st_mode & 0o077 or info.st_size != _KEY_BYTES:
            return None
        if hasattr(os, "getuid") and info.st_uid != os.getuid():
            return None
        secret = os.read(fd, _KEY_BYTES + 1)
        return secret if len(secret) == _KEY_BYTES else None
    except OSError:
        return None
    finally:
        os.close(fd)


def _make_secret(path: Path) -> None:
    """Write a new random key, readable by this user only, appearing whole or not at all."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        staging = path.parent / f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}"
        fd = os.open(staging, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(os.urandom(_KEY_BYTES))
            os.link(staging, path)  # fails if another process made one first: then theirs is used
        finally:
            os.unlink(staging)
    except OSError:
        return


def _signature(secret: bytes, payload: bytes) -> bytes:
    return hmac.new(secret, payload, hashlib.sha256).digest()


# ------------------------------------------------------------------ load and store


def load(root: Path) -> Library | None:
    """The cached library of the files under root as they are now, or None: missing, unsigned, damaged or from other files."""
    folder = cache_dir()
    secret = _secret(create=False) if folder is not None else None
    if folder is None or secret is None:
        return None
    try:
        blob = read_bytes(_file(folder, root), limit=_MAX_ENTRY_BYTES)
    except PolicyError:
        return None
    head, size = len(_MAGIC), hashlib.sha256().digest_size
    if not blob.startswith(_MAGIC) or len(blob) < head + size:
        return None
    signature, payload = blob[head : head + size], blob[head + size :]
    if not hmac.compare_digest(signature, _signature(secret, payload)):
        return None  # not written by this user's policygen: never unmarshalled
    try:
        return _library(marshal.loads(payload), root)
    except Exception:  # a signed entry of an unexpected shape (a bug, not an attack): load in full
        return None


def _library(stored: Any, root: Path) -> Library | None:
    if not _shaped(stored):
        return None
    if not (stored["made_by"] == _made_by() and _unchanged(stored["stamps"], root)) and stored["key"] != key(root):
        return None
    globals_ = ENV.make_globals(None)
    clauses = {}
    for item in stored["clauses"]:
        clause = stored_clause(item)
        # cached_property keeps its value in the instance dict: fill it with the compiled code.
        clause.__dict__["template"] = ENV.template_class.from_code(ENV, item["code"], globals_, None)
        clause.__dict__["condition"] = ENV.template_class.from_code(ENV, item["condition"], globals_, None) if item["condition"] else None
        clauses[clause.id] = clause
    # The other conditions (sources.partly, editions), compiled: a build then never starts Jinja's lexer.
    ENV.known_code.update(stored["conditions"])
    sections = [OutlineSection(**s) for s in stored["sections"]]
    return Library(stored["version"], sections, clauses, stored["data"], root)


def stored_clause(item: dict[str, Any]) -> Clause:
    """A clause from its plain fields (plain_clause's), without validating them again: they were checked when stored."""
    changed = ChangeNote(**item["changed"]) if item["changed"] is not None else None
    return Clause(
        item["id"], item["title"], item["when"], stored_sources(item["sources"]), item["body"], item["file"], item["body_line"], item["when_line"],
        notes=item["notes"], changed=changed,
    )


def stored_sources(item: dict[str, Any]) -> Sources:
    """A clause's sources from their plain fields (plain's), as checked when stored."""
    return Sources(**dict(item, partly=[Partly(**entry) for entry in item["partly"]]))


def plain_clause(clause: Clause) -> dict[str, Any]:
    """A library clause's fields as plain data (strings, numbers, lists and dicts), for stored_clause."""
    return {
        "id": clause.id,
        "title": clause.title,
        "when": clause.when,
        "sources": plain(clause.sources),
        "body": clause.body,
        "file": clause.file,
        "body_line": clause.body_line,
        "when_line": clause.when_line,
        "notes": clause.notes,
        "changed": plain(clause.changed) if clause.changed else None,
    }


_CLAUSE_SHAPE: dict[str, type | tuple[type, ...]] = {
    "id": str,
    "title": str,
    "when": (str, type(None)),
    "sources": dict,
    "body": str,
    "file": str,
    "body_line": int,
    "when_line": (int, type(None)),
    "notes": (str, type(None)),
    "code": types.CodeType,
    "condition": (types.CodeType, type(None)),
    "changed": (dict, type(None)),
}


def _shaped(stored: Any) -> bool:
    """Whether an entry has exactly the shape store() writes."""
    if not isinstance(stored, dict) or set(stored) != {"key", "made_by", "stamps", "version", "sections", "clauses", "data", "conditions"}:
        return False
    recorded = stored["stamps"]
    if not isinstance(stored["made_by"], str):
        return False
    if recorded is not None and not (isinstance(recorded, list) and all(_is_stamp(item) for item in recorded)):
        return False
    conditions = stored["conditions"]
    if not isinstance(conditions, dict) or not all(isinstance(k, str) and isinstance(v, types.CodeType) for k, v in conditions.items()):
        return False
    if not (isinstance(stored["key"], str) and isinstance(stored["version"], str) and isinstance(stored["data"], dict)):
        return False
    if not isinstance(stored["sections"], list) or not isinstance(stored["clauses"], list):
        return False
    for section in stored["sections"]:
        if not (isinstance(section, dict) and set(section) == {"id", "title", "clauses"} and isinstance(section["clauses"], list)):
            return False
    for item in stored["clauses"]:
        if not isinstance(item, dict) or set(item) != set(_CLAUSE_SHAPE):
            return False
        if not all(isinstance(item[name], kind) for name, kind in _CLAUSE_SHAPE.items()):
            return False
        if set(item["sources"]) != {"basw", "code_of_ethics", "basis", "partly"} or not isinstance(item["sources"]["partly"], list):
            return False
        if not all(isinstance(entry, dict) and set(entry) == {"basw", "when", "gap"} for entry in item["sources"]["partly"]):
            return False
        if item["changed"] is not None and not (set(item["changed"]) == {"version", "note"} and all(isinstance(v, str) for v in item["changed"].values())):
            return False
    return True


def _is_stamp(item: Any) -> bool:
    return isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str) and isinstance(item[1], tuple) and all(type(n) is int for n in item[1])


def other_conditions(library: Library) -> list[str]:
    """The template source of every condition a build compiles besides the clauses' own: sources.partly and the editions'."""
    whens = [entry.when for clause in library.clauses.values() for entry in clause.sources.partly]
    for edition in library_editions(library).values():
        whens += [edition.when] if edition.when else []
        whens += [taken.when for taken in ([] if edition.take == "all" else edition.take) if not isinstance(taken, str)]
    return [condition_source(when) for when in dict.fromkeys(whens)]


def plain(record: Record) -> dict[str, Any]:
    """A record's fields as plain data, records within it too (as model_dump gave them when these were pydantic models)."""

    def field(value: Any) -> Any:
        if isinstance(value, Record):
            return plain(value)
        return [field(item) for item in value] if isinstance(value, list) else value

    return {name: field(getattr(record, name)) for name in record.field_names()}


def store(digest: str, recorded: Stamps | None, library: Library) -> None:
    """Keep the library loaded from files with this key and these stamps (taken before they were read)."""
    folder = cache_dir()
    secret = _secret(create=True) if folder is not None else None
    if folder is None or secret is None:
        return
    try:
        # The code the checked load (or the bundle) compiled: compiling every template again would double a cold build.
        clauses = [
            {**plain_clause(clause), "code": code_of(clause.template), "condition": code_of(clause.condition) if clause.condition else None}
            for clause in library.clauses.values()
        ]
        conditions = {source: code_of(ENV.from_string(source)) for source in other_conditions(library)}
        ENV.known_code.update(conditions)  # this build renders them next: compiled once
        payload = marshal.dumps(
            {
                "key": digest,
                "made_by": _made_by(),
                "stamps": recorded,
                "version": library.version,
                "sections": [plain(s) for s in library.sections],
                "clauses": clauses,
                "data": library.data,
                "conditions": conditions,
            }
        )
    except (ValueError, RecursionError):  # data marshal cannot hold: no cache, same result
        return
    write_cache(_file(folder, library.root), _MAGIC + _signature(secret, payload) + payload)


# ------------------------------------------------------------------ an organisation's own clauses

# Own clause files (customise.clauses) are checked and compiled for each build that reads them; what
# that found is kept as the library is, signed, in one entry per set of files: each file's front
# matter as checked (plain data), and its compiled code: {clause file: (body code, condition code
# or None)}. The layering itself (places, numbers, references) is always redone.

OwnCode = dict[str, tuple[types.CodeType, types.CodeType | None]]


class OwnEntry(Record):
    code: OwnCode
    meta: dict[str, dict[str, Any]]  # clause file -> its front matter, checked, as plain data


def own_key(files: list[tuple[str, str]]) -> str:
    """A digest of the own clause files (each name as shown, and its text), and of the code that checks and compiles them.

    The names count: what is kept is kept by file, so the same texts under other names are another entry.
    """
    digest = hashlib.sha256(f"own\0{_FORMAT}\0{__version__}\0{jinja2.__version__}\0{sys.version}".encode())
    for code in _code_files():
        try:
            digest.update(read_bytes(code))
        except PolicyError:
            digest.update(os.urandom(16))
    for name, text in files:
        digest.update(hashlib.sha256(name.encode("utf-8", "surrogatepass")).digest())
        digest.update(hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest())
    return digest.hexdigest()


def _own_file(folder: Path) -> Path:
    # One entry per working folder: an edit replaces it rather than adding another.
    return folder / f"own-{hashlib.sha256(os.getcwd().encode('utf-8', 'surrogatepass')).hexdigest()[:16]}.bin"


def load_own(digest: str) -> OwnEntry | None:
    """What was stored for these own clause files, or None (missing, unsigned, damaged or for other files)."""
    folder = cache_dir()
    secret = _secret(create=False) if folder is not None else None
    if folder is None or secret is None:
        return None
    try:
        blob = read_bytes(_own_file(folder), limit=_MAX_ENTRY_BYTES)
    except PolicyError:
        return None
    head, size = len(_MAGIC), hashlib.sha256().digest_size
    signature, payload = blob[head : head + size], blob[head + size :]
    if not blob.startswith(_MAGIC) or not hmac.compare_digest(signature, _signature(secret, payload)):
        return None  # never unmarshalled
    try:
        stored = marshal.loads(payload)
    except Exception:
        return None
    if not (isinstance(stored, dict) and stored.get("key") == digest and isinstance(stored.get("code"), dict)):
        return None
    meta = stored.get("meta")
    if not (isinstance(meta, dict) and all(isinstance(name, str) and isinstance(value, dict) for name, value in meta.items())):
        return None
    code = stored["code"]
    for name, pair in code.items():
        if not (isinstance(name, str) and isinstance(pair, tuple) and len(pair) == 2 and isinstance(pair[0], types.CodeType)):
            return None
        if not isinstance(pair[1], (types.CodeType, type(None))):
            return None
    return OwnEntry(code, meta)


def store_own(digest: str, entry: OwnEntry) -> None:
    folder = cache_dir()
    secret = _secret(create=True) if folder is not None else None
    if folder is None or secret is None:
        return
    payload = marshal.dumps({"key": digest, "code": entry.code, "meta": entry.meta})
    write_cache(_own_file(folder), _MAGIC + _signature(secret, payload) + payload)


def from_code(code: types.CodeType) -> jinja2.Template:
    """A template from code compiled by ENV (this module's or jinja's own compile)."""
    return ENV.template_class.from_code(ENV, code, ENV.make_globals(None), None)
