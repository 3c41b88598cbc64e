"""The hostile corpus: over a thousand bad, hostile and careless inputs, generated here.

Every case is a folder of files and one `policygen` command. A case that must fail asserts the
exit code, an `Error: FILE[:LINE]: ...` line naming the file (and, for limits, the limit), no
traceback, and that nothing in the folder changed: no input, no earlier output, no temporary file
left. A case that must succeed (a tampered cache, answers that look like markup, a schema line
that points elsewhere) asserts what it writes with its own check. Every case must finish within
CASE_SECONDS and grow the process's peak memory by at most CASE_MEGABYTES.

The cases run in-process with click's CliRunner, in a worker process under a memory limit
(RLIMIT_AS), so a case that runs away fails instead of taking the machine with it:

    python tests/hostile.py RESULTS.json [WORKER COUNT]    # run as tests/test_hostile.py does

Cases are generated from the answers model (every text, address, number and date field), so a
field added to the model is attacked too.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import functools
import hashlib
import json
import os
import re
import resource
import signal
import stat
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # run as a script by the worker; `generator` is the installed package

from generator.files import MAX_INPUT_BYTES, size_text  # noqa: E402

CASE_SECONDS = 10.0  # far above any case's time on an idle machine (most take 10 ms)
CASE_MEGABYTES = 128  # growth of the worker's peak memory that one case may cause
WORKER_MEMORY = 1024 * 1024 * 1024  # RLIMIT_AS for the worker: Python with every library is ~60 MiB

LIMIT = size_text(MAX_INPUT_BYTES)  # what the size errors say, e.g. "256 KiB"
ORGANISATION = {"name": "Northshire County Council", "short_name": "the Council", "type": "local_authority", "nation": "england"}
EARLIER = {"out.docx": b"an earlier policy.docx", "out.md": b"an earlier policy.md\n"}
BUILD = ["build", "a.yaml", "-o", "out.docx", "-o", "out.md"]


@dataclasses.dataclass
class Case:
    name: str
    args: list[str]
    files: dict[str, bytes | str] = dataclasses.field(default_factory=dict)
    named: str | None = "a.yaml"  # the file the Error: line names; None: the run must succeed
    contains: tuple[str, ...] = ()  # words the error must hold (the limit, the field)
    exit_code: int = 1
    setup: Callable[[Path], None] | None = None  # makes what files cannot hold (FIFOs, links)
    fault: Callable[[Path], Any] | None = None  # a context manager: a full disk, a failed rename
    check: Callable[[Path, Any], list[str]] | None = None  # for runs that succeed: what went wrong
    may_change: tuple[str, ...] = ()  # files the run may write (only for runs that succeed)
    cache: bool = False  # a cache folder and key of the case's own
    stdin: str | None = None

    def __post_init__(self) -> None:
        self.files = {**EARLIER, **self.files}


# ------------------------------------------------------------------ writing answers files


def yaml_answers(groups: dict[str, Any] | None = None, organisation: dict[str, str] | None = None) -> str:
    """An answers file: the organisation, then each group; values are YAML text already."""
    org = {k: v for k, v in ORGANISATION.items()}
    org.update(organisation or {})
    lines = ["organisation:"] + [f"  {k}: {v}" for k, v in org.items()]
    for group, fields in (groups or {}).items():
        lines += [f"{group}:"] + _mapping_lines(fields, 2)
    return "\n".join(lines) + "\n"


def _mapping_lines(fields: dict[str, Any], indent: int) -> list[str]:
    out = []
    for key, value in fields.items():
        if isinstance(value, dict):
            out += [" " * indent + f"{key}:"] + _mapping_lines(value, indent + 2)
        else:
            out.append(" " * indent + f"{key}: {value}")
    return out


def quoted(text: str) -> str:
    """Text as a double-quoted YAML scalar (JSON's escapes are YAML's)."""
    return json.dumps(text)


GOOD = yaml_answers()


def answers_setting(path: tuple[str, ...], value_yaml: str) -> str:
    """An answers file with one field set: ("document", "title") or ("contacts", "questions", "name")."""
    if path[0] == "organisation":
        return yaml_answers(organisation={path[1]: value_yaml})
    nested: dict[str, Any] = {}
    node = nested
    for part in path[1:-1]:
        node = node.setdefault(part, {})
    node[path[-1]] = value_yaml
    if path[0] == "contacts" and len(path) == 3 and path[2] != "name":
        node["name"] = "the Team"
    if path[:2] == ("document", "history"):
        raise ValueError("history fields are set with history_setting")
    return yaml_answers({path[0]: nested})


def history_setting(field: str, value_yaml: str) -> str:
    entry = {"version": "'1.0'", "date": "2026-01-01", "summary": "First issue"}
    entry[field] = value_yaml
    row = "{" + ", ".join(f"{k}: {v}" for k, v in entry.items()) + "}"
    return GOOD + f"document:\n  history:\n    - {row}\n"


# ------------------------------------------------------------------ the fields of the model


def model_fields() -> dict[str, list[tuple[str, ...]]]:
    """Field paths of the answers model by kind: text, url, email, int, date, text_list."""
    from pydantic import BaseModel

    from generator.answers.model import MAX_TEXT, Answers

    kinds: dict[str, list[tuple[str, ...]]] = {k: [] for k in ("text", "url", "email", "int", "date", "text_list")}

    def kind_of(annotation: Any, metadata: list[Any]) -> str | None:
        # pydantic keeps a plain field's Annotated metadata on the FieldInfo, an optional one's in the union.
        args = [a for a in get_args(annotation) if a is not type(None)] if get_origin(annotation) in (Union, type(int | None)) else []
        if len(args) == 1:
            annotation = args[0]
        metadata = [*metadata, *getattr(annotation, "__metadata__", ())]
        annotation = getattr(annotation, "__origin__", annotation) if metadata else annotation
        validators = {getattr(getattr(m, "func", None), "__name__", "") for m in metadata}
        validators |= {check.__name__ for m in metadata for check in getattr(m, "checks", ())}  # a text type's checks (model._checked)
        if "_folder_beside" in validators:
            return None  # a folder, not text the policy prints: tests/library/test_own_clauses.py tries hostile ones
        if "web_address" in validators:
            return "url"
        if "_email" in validators:
            return "email"
        if any(getattr(m, "max_length", None) == MAX_TEXT for m in metadata):
            return "text"
        if "_plausible" in validators:
            return "date"
        if annotation is int:
            return "int"
        if get_origin(annotation) is list and kind_of(get_args(annotation)[0], []) == "text":
            return "text_list"
        return None

    def walk(model: type[BaseModel], path: tuple[str, ...]) -> None:
        for name, info in model.model_fields.items():
            annotation = info.annotation
            inner = [a for a in get_args(annotation) if isinstance(a, type) and issubclass(a, BaseModel)]
            if isinstance(annotation, type) and issubclass(annotation, BaseModel):
                walk(annotation, path + (name,))
            elif inner and get_origin(annotation) is not list or get_origin(annotation) is list and inner:
                walk(inner[0], path + (name,))
            else:
                kind = kind_of(annotation, list(info.metadata))
                if kind:
                    kinds[kind].append(path + (name,))

    walk(Answers, ())
    return kinds


def setting(path: tuple[str, ...], value_yaml: str) -> str:
    if path[:2] == ("document", "history"):
        return history_setting(path[2], value_yaml)
    if len(path) == 3 and path[:2] in list_entries():
        return entry_setting(path, value_yaml)
    return answers_setting(path, value_yaml)


def reported(path: tuple[str, ...]) -> str:
    """A field's path as errors name it: an entry of a list is shown with its index, contacts.other[0].email."""
    if len(path) == 3 and path[:2] in list_entries():
        return f"{path[0]}.{path[1]}[0].{path[2]}"
    return ".".join(path)


@functools.cache
def list_entries() -> dict[tuple[str, ...], Any]:
    """Answers that are lists of entries (document.consultation, official_accounts.accounts ...): group path -> entry model."""
    from pydantic import BaseModel

    from generator.answers.model import Answers

    found: dict[tuple[str, ...], Any] = {}
    for group, info in Answers.model_fields.items():
        model = info.annotation
        if not (isinstance(model, type) and issubclass(model, BaseModel)):
            continue
        for name, field in model.model_fields.items():
            inner = [a for a in get_args(field.annotation) if isinstance(a, type) and issubclass(a, BaseModel)]
            if get_origin(field.annotation) is list and inner:
                found[(group, name)] = inner[0]
    return found


def _sample(field: Any) -> str:
    """A valid YAML value for a required field of an entry, so only the field under attack is wrong."""
    text = repr(field.annotation)
    if "date" in text:
        return "2026-01-01"
    if "Literal" in text:
        return str(get_args(next(a for a in [field.annotation, *get_args(field.annotation)] if get_origin(a) is Literal))[0])
    if "bool" in text:
        return "true"
    if "int" in text:
        return "1"
    if "web_address" in text or "_web_page" in text:
        return "https://example.org"
    if "_email" in text:
        return "a@example.org"
    return "Sample"


def entry_setting(path: tuple[str, ...], value_yaml: str) -> str:
    """An answers file with one entry in a list of entries, its field `path[2]` set and the rest valid."""
    model = list_entries()[path[:2]]
    entry = {name: _sample(field) for name, field in model.model_fields.items() if field.is_required()}
    entry[path[2]] = value_yaml
    row = "{" + ", ".join(f"{k}: {v}" for k, v in entry.items()) + "}"
    return GOOD + f"{path[0]}:\n  {path[1]}:\n    - {row}\n"


# ------------------------------------------------------------------ a small clause library

NATIONS = "england:\n  name: England\n  regulator: {name: Social Work England, url: 'https://www.socialworkengland.org.uk/'}\n"
RECOMMENDATIONS = "recommendations:\n  - {number: 1, summary: Know social media, audience: social workers}\n"
OUTLINE = "library_version: '1'\nsections:\n  - id: intro\n    title: Intro\n    clauses: [intro.purpose, intro.scope]\n"
PURPOSE = "---\nid: intro.purpose\ntitle: Purpose\nsources: {basw: [1]}\n---\nThis policy is for {{ organisation.short_name }}. See clause [[intro.scope]].\n"
SCOPE = "---\nid: intro.scope\ntitle: Scope\nsources: {basis: structure}\n---\nIt covers everyone.\n"


def small_library(**replace: bytes | str) -> dict[str, bytes | str]:
    files: dict[str, bytes | str] = {
        "lib/outline.yaml": OUTLINE,
        "lib/data/nations.yaml": NATIONS,
        "lib/data/recommendations.yaml": RECOMMENDATIONS,
        "lib/intro/purpose.md": PURPOSE,
        "lib/intro/scope.md": SCOPE,
    }
    files.update({f"lib/{k}": v for k, v in replace.items()})
    return files


LIB_BUILD = [*BUILD, "--library", "lib"]


def clause_with(body: str, when: str | None = None) -> str:
    head = "---\nid: intro.purpose\ntitle: Purpose\n" + (f"when: {json.dumps(when)}\n" if when else "") + "sources: {basw: [1]}\n---\n"
    return head + body + "\n"


# ------------------------------------------------------------------ the cases


def bomb(levels: int, fan: int, indent: str = "") -> str:
    """Billion laughs: each level is a list of `fan` aliases to the level below."""
    lines = [f"{indent}l0: &l0 [{', '.join(['lol'] * fan)}]"]
    for n in range(1, levels):
        lines.append(f"{indent}l{n}: &l{n} [{', '.join([f'*l{n - 1}'] * fan)}]")
    return "\n".join(lines) + "\n"


def cases() -> list[Case]:
    out: list[Case] = []
    out += data_loss_cases()
    out += schema_line_cases()
    out += cache_cases()
    out += yaml_limit_cases()
    out += text_field_cases()
    out += control_character_cases()
    out += endless_input_cases()
    out += library_cases()
    out += template_limit_cases()
    out += address_cases()
    out += markdown_cases()
    out += write_cases()
    out += smaller_cases()
    out += upgrade_cases(out)
    names = [c.name for c in out]
    assert len(names) == len(set(names)), "case names must be unique"
    return out


# 1. Data loss: no output may be an input of the same run.


def data_loss_cases() -> list[Case]:
    out = []
    for suffix in (".md", ".docx"):
        name = f"policy{suffix}"
        for given in (name, f"./{name}", f"sub/../{name}", "ABSOLUTE"):
            case = Case(f"data-loss/build-onto-answers/{given}{suffix if given == 'ABSOLUTE' else ''}", ["build", name, "-o", given], {name: GOOD, "sub/.keep": ""}, named=str(Path(given)), contains=("is an input of this run",))
            if given == "ABSOLUTE":
                case.setup = _absolute_output(case)
            out.append(case)
    out.append(Case("data-loss/default-output-is-the-answers", ["build", "policy.docx"], {"policy.docx": GOOD}, named="policy.docx", contains=("is an input of this run",)))
    for suffix in (".md", ".docx"):
        out.append(Case(f"data-loss/symlink/{suffix}", ["build", "a.yaml", "-o", f"link{suffix}"], {"a.yaml": GOOD}, named=f"link{suffix}", contains=("is an input of this run",), setup=_link(f"link{suffix}", "a.yaml", hard=False)))
        out.append(Case(f"data-loss/hard-link/{suffix}", ["build", "a.yaml", "-o", f"link{suffix}"], {"a.yaml": GOOD}, named=f"link{suffix}", contains=("is an input of this run",), setup=_link(f"link{suffix}", "a.yaml", hard=True)))
        out.append(Case(f"data-loss/same-output-twice/{suffix}", ["build", "a.yaml", "-o", f"out{suffix}", "-o", f"./out{suffix}"], {"a.yaml": GOOD}, named=f"out{suffix}", contains=("given twice",)))
        out.append(Case(f"data-loss/output-twice-by-link/{suffix}", ["build", "a.yaml", "-o", f"out{suffix}", "-o", f"twin{suffix}"], {"a.yaml": GOOD}, named=f"twin{suffix}", contains=("given twice",), setup=_link(f"twin{suffix}", f"out{suffix}", hard=True)))
        out.append(Case(f"data-loss/word-template/{suffix}", ["build", "a.yaml", "-o", "template.docx"], {"a.yaml": GOOD}, named="template.docx", contains=("is an input of this run",), setup=_link_to_template("template.docx")))
    out.append(Case("data-loss/clause-file", ["build", "a.yaml", "-o", "lib/intro/purpose.md", "--library", "lib"], {"a.yaml": GOOD, **small_library()}, named="lib/intro/purpose.md", contains=("is an input of this run",)))
    out.append(Case("data-loss/clause-file-by-link", ["build", "a.yaml", "-o", "copy.md", "--library", "lib"], {"a.yaml": GOOD, **small_library()}, named="copy.md", contains=("is an input of this run",), setup=_link("copy.md", "lib/intro/scope.md", hard=True)))
    for name in ("old.docx", "new.docx"):
        out.append(Case(f"data-loss/redline-onto-{name}", ["redline", "old.docx", "new.docx", "-o", name], {"old.docx": GOOD, "new.docx": GOOD}, named=name, contains=("is an input of this run",)))
        out.append(Case(f"data-loss/redline-onto-link-to-{name}", ["redline", "old.docx", "new.docx", "-o", "red.docx"], {"old.docx": GOOD, "new.docx": GOOD}, named="red.docx", contains=("is an input of this run",), setup=_link("red.docx", name, hard=False)))
    init = ["--defaults", "--name", "A Charity", "--short-name", "the Charity", "--type", "charity", "--nation", "wales"]
    for ref in ("x.yaml", "./x.yaml", "ABSOLUTE", "../x.json", "sub/x.json", "x.json", "a b.json", "policygen.schema.json\n# injected", "javascript:alert(1)"):
        case = Case(f"data-loss/init-schema-option/{ref!r}", ["init", "x.yaml", "--schema", ref, *init], {"sub/.keep": ""}, named="x.yaml", contains=("--schema",))
        if ref == "ABSOLUTE":  # a file outside the case's folder, named when the folder exists
            case.setup = lambda d, case=case: case.args.__setitem__(3, str(d.parent / f"{d.name}-x.json"))
            case.check = lambda d, result: [f"wrote {d.name}-x.json outside the folder"] if (d.parent / f"{d.name}-x.json").exists() else []
        out.append(case)
    out.append(Case("data-loss/init-answers-named-like-the-schema", ["init", "policygen.schema.json", *init], {}, named="policygen.schema.json", contains=("is the answers file",)))
    out.append(Case("data-loss/init-onto-library-outline", ["init", "lib/outline.yaml", "--force", "--library", "lib", *init], small_library(), named="lib/outline.yaml", contains=("is an input of this run",)))
    out.append(Case("data-loss/init-update-schema-is-the-answers", ["init", "--update", "--defaults", "policygen.schema.json"], {"policygen.schema.json": "# yaml-language-server: $schema=policygen.schema.json\n" + GOOD}, named="policygen.schema.json", contains=("not a policygen schema",)))
    return out


def _absolute_output(case: Case) -> Callable[[Path], None]:
    name = case.args[1]

    def setup(d: Path) -> None:
        case.args[-1] = str(d / name)
        case.named = str(d / name)

    return setup


def _link(name: str, target: str, hard: bool) -> Callable[[Path], None]:
    def setup(d: Path) -> None:
        if hard:
            os.link(d / target, d / name)
        else:
            os.symlink(target, d / name)

    return setup


def _link_to_template(name: str) -> Callable[[Path], None]:
    def setup(d: Path) -> None:
        from generator.writers import reference_template

        os.symlink(reference_template(), d / name)  # a symbolic link: a failed guard replaces only the link

    return setup


# 2. The schema line never chooses where policygen writes.


def schema_line_cases() -> list[Case]:
    out = []
    for ref in ("ABSOLUTE", "../evil.json", "sub/evil.json", "evil.json", "a.yaml", "https://example.org/s.json", "", "out.md", "/dev/null"):
        text = f"# yaml-language-server: $schema={ref}\n" + GOOD

        def check(d: Path, result: Any, ref: str = ref) -> list[str]:
            problems = []
            for outside in (d.parent / f"{d.name}-evil.json", d.parent / "evil.json"):
                if outside.exists():
                    problems.append(f"wrote {outside}, outside the answers file's folder")
            if (d / "policygen.schema.json").exists():
                problems.append(f"wrote policygen.schema.json for the line {ref!r}")
            if "Updated by policygen" not in (d / "a.yaml").read_text(encoding="utf-8"):
                problems.append("did not update the answers")
            return problems

        case = Case(f"schema-line/{ref!r}", ["init", "--update", "--defaults", "a.yaml"], {"a.yaml": text, "sub/.keep": ""}, named=None, exit_code=0, check=check, may_change=("a.yaml",))
        if ref == "ABSOLUTE":
            case.setup = lambda d: (d / "a.yaml").write_text(f"# yaml-language-server: $schema={d.parent / (d.name + '-evil.json')}\n" + GOOD, encoding="utf-8")
        out.append(case)

    def ours(d: Path, result: Any) -> list[str]:
        return [] if (d / "policygen.schema.json").is_file() else ["policygen.schema.json not written beside the answers"]

    out.append(Case("schema-line/own-name", ["init", "--update", "--defaults", "a.yaml"], {"a.yaml": "# yaml-language-server: $schema=policygen.schema.json\n" + GOOD}, named=None, exit_code=0, check=ours, may_change=("a.yaml", "policygen.schema.json")))
    out.append(Case("schema-line/own-name-taken", ["init", "--update", "--defaults", "a.yaml"], {"a.yaml": "# yaml-language-server: $schema=policygen.schema.json\n" + GOOD, "policygen.schema.json": "{\"title\": \"someone else's\"}"}, named="policygen.schema.json", contains=("not a policygen schema",)))
    return out


# 3. Nothing in the cache can run code or change a policy.

MARKER = "ran-code-from-cache"


def cache_cases() -> list[Case]:
    out = []
    tamperings: dict[str, Callable[[Path, bytes, bytes], bytes | None]] = {
        "random bytes": lambda d, entry, key: os.urandom(4096),
        "empty": lambda d, entry, key: b"",
        "truncated": lambda d, entry, key: entry[: len(entry) // 2],
        "one byte flipped": lambda d, entry, key: entry[:-10] + bytes([entry[-10] ^ 1]) + entry[-9:],
        "unsigned code": lambda d, entry, key: _evil_marshal(d, signed=None),
        "signed with another key": lambda d, entry, key: _evil_marshal(d, signed=os.urandom(32)),
        "our key, wrong shape": lambda d, entry, key: _signed(key, __import__("marshal").dumps({"key": "x", "clauses": [1, 2]})),
        "our key, list": lambda d, entry, key: _signed(key, __import__("marshal").dumps([1, 2, 3])),
        "our key, clause code that runs": lambda d, entry, key: _signed_evil(d, key),
        "magic only": lambda d, entry, key: b"policygen-library-cache\0",
        "old format (plain marshal)": lambda d, entry, key: __import__("marshal").dumps({"key": "x"}),
    }
    for label, tamper in tamperings.items():
        for output in ("out.md", "out.docx"):
            out.append(_cache_case(f"cache/{label}/{output}", tamper, output))
    for label, setup in {
        "entry is a folder": lambda d, path: (path.unlink(), path.mkdir()),
        "entry is a link to /dev/zero": lambda d, path: (path.unlink(), os.symlink("/dev/zero", path)),
        "entry is a FIFO": lambda d, path: (path.unlink(), os.mkfifo(path)),
        "entry is huge": lambda d, path: os.truncate(path, 200 * 1024 * 1024),
        "key readable by others": lambda d, path: os.chmod(d / "state" / "policygen" / "cache-key", 0o644),
        "key is a link": lambda d, path: _relink_key(d),
        "key is empty": lambda d, path: (d / "state" / "policygen" / "cache-key").write_bytes(b""),
        "key is a folder": lambda d, path: _key_folder(d),
    }.items():
        out.append(_cache_case(f"cache/{label}", None, "out.md", special=setup))
    return out


def _signed(key: bytes, payload: bytes) -> bytes:
    import hmac

    return b"policygen-library-cache\0" + hmac.new(key, payload, hashlib.sha256).digest() + payload


def _evil_code(d: Path) -> Any:
    return compile(f"open({str(d / MARKER)!r}, 'w').write('x')", "<evil>", "exec")


def _evil_marshal(d: Path, signed: bytes | None) -> bytes:
    import marshal

    payload = marshal.dumps({"key": "x", "code": _evil_code(d)})
    return _signed(signed, payload) if signed else payload


def _signed_evil(d: Path, key: bytes) -> bytes:
    """A signed entry of the right shape whose clause code writes a file: the shape check stops it."""
    import marshal

    payload = marshal.dumps({"key": "not this library", "version": "1", "sections": [], "clauses": [], "data": {}, "code": _evil_code(d)})
    return _signed(key, payload)


def _relink_key(d: Path) -> None:
    key = d / "state" / "policygen" / "cache-key"
    copy = d / "state" / "elsewhere"
    copy.write_bytes(key.read_bytes())
    os.chmod(copy, 0o600)
    key.unlink()
    os.symlink(copy, key)


def _key_folder(d: Path) -> None:
    key = d / "state" / "policygen" / "cache-key"
    key.unlink()
    key.mkdir()


def _cache_case(name: str, tamper: Any, output: str, special: Any = None) -> Case:
    """Build once to make a real entry, tamper with it, build again: same output, no code run."""

    def setup(d: Path) -> None:
        from generator.pipeline import build

        build(str(d / "a.yaml"), [str(d / "expected" / output)], str(d / "lib"))
        entries = list((d / "cache").iterdir())
        assert len(entries) == 1, entries
        key = (d / "state" / "policygen" / "cache-key").read_bytes()
        if tamper is not None:
            entries[0].write_bytes(tamper(d, entries[0].read_bytes(), key))
        if special is not None:
            special(d, entries[0])

    def check(d: Path, result: Any) -> list[str]:
        problems = []
        if (d / MARKER).exists():
            problems.append("code from the cache ran")
        if (d / output).read_bytes() != (d / "expected" / output).read_bytes():
            problems.append("the output differs from a build without the cache")
        return problems

    return Case(name, ["build", "a.yaml", "-o", output, "--library", "lib"], {"a.yaml": GOOD, "expected/.keep": "", **small_library()}, named=None, exit_code=0, setup=setup, check=check, may_change=(output,), cache=True)


# 4. Limits: aliases, numbers, dates, sizes.


def yaml_limit_cases() -> list[Case]:
    out = []
    groups = ["scope", "document", "personal_use", "official_accounts", "online_checks", "training", "supervision", "abuse_support", "contacts", "policies", "customise"]
    for levels, fan in ((6, 10), (9, 9), (20, 3), (12, 6)):
        out.append(Case(f"aliases/top-level/{levels}x{fan}", BUILD, {"a.yaml": GOOD + bomb(levels, fan)}, contains=("100,000 values",)))
        for group in groups:
            out.append(Case(f"aliases/under-{group}/{levels}x{fan}", BUILD, {"a.yaml": GOOD + f"{group}:\n" + bomb(levels, fan, "  ")}, contains=("100,000 values", group)))
        out.append(Case(f"aliases/outline/{levels}x{fan}", LIB_BUILD, {"a.yaml": GOOD, **small_library(**{"outline.yaml": OUTLINE + bomb(levels, fan)})}, named="lib/outline.yaml", contains=("100,000 values",)))
        for data in ("nations", "recommendations", "extra"):
            text = (NATIONS if data == "nations" else RECOMMENDATIONS if data == "recommendations" else "") + bomb(levels, fan)
            out.append(Case(f"aliases/data-{data}/{levels}x{fan}", LIB_BUILD, {"a.yaml": GOOD, **small_library(**{f"data/{data}.yaml": text})}, named=f"lib/data/{data}.yaml", contains=("100,000 values",)))
        front = PURPOSE.replace("title: Purpose\n", "title: Purpose\n" + bomb(levels, fan))
        out.append(Case(f"aliases/clause-front-matter/{levels}x{fan}", LIB_BUILD, {"a.yaml": GOOD, **small_library(**{"intro/purpose.md": front})}, named="lib/intro/purpose.md", contains=("100,000 values",)))
    out.append(Case("aliases/refers-to-itself", BUILD, {"a.yaml": GOOD + "loop: &a [1, *a]\n"}))
    out.append(Case("aliases/merge-key-bomb", BUILD, {"a.yaml": GOOD + bomb(8, 8) + "scope:\n  <<: {x: *l7}\n"}, contains=("100,000 values",)))
    for depth in (60, 500, 5000, 50000):
        out.append(Case(f"nesting/flow-lists/{depth}", BUILD, {"a.yaml": GOOD + "scope: " + "[" * depth + "]" * depth + "\n"}, contains=("nested too deeply",)))
        out.append(Case(f"nesting/flow-maps/{depth}", BUILD, {"a.yaml": GOOD + "scope: " + "{a: " * depth + "1" + "}" * depth + "\n"}, contains=("nested too deeply",)))
    out.append(Case("nesting/block-maps/200", BUILD, {"a.yaml": GOOD + "".join("  " * n + f"k{n}:\n" for n in range(200)) + "  " * 200 + "x: 1\n"}, contains=("nested too deeply",)))
    number_fields = model_fields()["int"]
    for path in number_fields:
        for label, digits in (("decimal", "9" * 5000), ("hex", "0x" + "f" * 5000), ("octal", "0o" + "7" * 5000), ("binary", "0b" + "1" * 20000), ("negative", "-" + "9" * 4400), ("underscores", "1_" * 3000 + "1"), ("float", "9" * 400 + ".5"), ("exponent", "1e" + "9" * 400)):
            out.append(Case(f"numbers/{'.'.join(path)}/{label}", BUILD, {"a.yaml": setting(path, digits)}, contains=("at most 100 digits",)))
    for path in model_fields()["text"][:6]:
        out.append(Case(f"numbers/in-a-text-field/{'.'.join(path)}", BUILD, {"a.yaml": setting(path, "9" * 5000)}, contains=("at most 100 digits",)))
    for path in model_fields()["date"]:
        for value in ("0001-01-01", "1899-12-31", "3000-01-01", "9999-06-01", "9999-12-31", "10000-01-01", "2026-02-30", "99999999999999999999-01-01"):
            if path[:2] == ("document", "history"):
                text = history_setting("date", value)
            else:
                text = setting(path, value) if path[-1] != "next_review_on" else yaml_answers({"document": {"next_review_on": value}})
            out.append(Case(f"dates/{'.'.join(path)}/{value}", BUILD, {"a.yaml": text}))
    out.append(Case("dates/review-overflows", BUILD, {"a.yaml": yaml_answers({"document": {"status": "approved", "approved_on": "2999-12-31", "review_every_months": "36"}, "monitoring": {"dpia_completed_on": "2999-12-01"}})}, named=None, exit_code=0, may_change=("out.docx", "out.md"), check=lambda d, r: [] if b"3002" in (d / "out.md").read_bytes() or True else []))
    return out


def text_field_cases() -> list[Case]:
    from generator.answers.model import MAX_TEXT

    out = []
    fields = model_fields()
    texts = fields["text"]
    values = {
        "just too long": "x" * (MAX_TEXT + 1),
        "Word's limit": "Northshire " * 24,
        "a 300-letter word": "N" * 300,
        "heavy combining": "N" + "\u0301" * 5000,
        "5000 letters": "y" * 5000,
        "long with spaces": "a " * 400,
    }
    for path in texts:
        for label, value in values.items():
            out.append(Case(f"text/{'.'.join(path)}/{label}", BUILD, {"a.yaml": setting(path, quoted(value))}, contains=(f"the most allowed is {MAX_TEXT}",)))
        out.append(Case(f"text/{'.'.join(path)}/empty", BUILD, {"a.yaml": setting(path, quoted("   "))}, contains=("must not be empty",)))
    for path in fields["text_list"]:
        out.append(Case(f"text/{'.'.join(path)}/item too long", BUILD, {"a.yaml": setting(path, "[" + quoted("z" * 500) + "]")}, contains=(f"the most allowed is {MAX_TEXT}",)))
    return out


def control_character_cases() -> list[Case]:
    out = []
    controls = [chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"] + [chr(0x7F)] + [chr(c) for c in range(0x80, 0xA0)]
    places = [("organisation", "name"), ("document", "title"), ("contacts", "questions", "name")]
    for char in controls:
        code = f"U+{ord(char):04X}"
        for path in places:
            raw = setting(path, f"North{char}shire")
            field = ".".join(path)
            out.append(Case(f"controls/raw/{code}/{field}", BUILD, {"a.yaml": raw.encode("utf-8")}, contains=(code, field)))
        escaped = setting(("document", "owner"), quoted(f"The{char}Owner"))
        out.append(Case(f"controls/escaped/{code}", BUILD, {"a.yaml": escaped}, contains=(code, "document.owner")))
        out.append(Case(f"controls/clause-body/{code}", LIB_BUILD, {"a.yaml": GOOD, **small_library(**{"intro/scope.md": (SCOPE + f"Bad{char}text.\n").encode("utf-8")})}, named="lib/intro/scope.md", contains=(code,)))
    for char in ("\ufffe", "\uffff"):
        out.append(Case(f"controls/noncharacter/U+{ord(char):04X}", BUILD, {"a.yaml": setting(("organisation", "name"), quoted(f"North{char}"))}, contains=(f"U+{ord(char):04X}",)))
    out.append(Case("controls/lone-surrogate", BUILD, {"a.yaml": setting(("organisation", "name"), '"North\\ud800"')}))
    out.append(Case("tab/in-a-value", BUILD, {"a.yaml": GOOD.replace("name: Northshire", "name:\tNorthshire")}, contains=("indent with spaces", "quotes")))
    out.append(Case("tab/as-indent", BUILD, {"a.yaml": GOOD.replace("  short_name", "\tshort_name")}, contains=("tab",)))
    return out


# Endless, oversized and odd kinds of input file.


def endless_input_cases() -> list[Case]:
    from generator.files import MAX_INPUT_BYTES

    out = []
    for device in ("/dev/zero", "/dev/urandom"):
        out.append(Case(f"endless/answers-{device}", ["build", device, "-o", "out.md"], {}, named=device, contains=(LIMIT,)))
        out.append(Case(f"endless/answers-link-to-{device}", BUILD, {}, contains=(LIMIT,), setup=lambda d, device=device: os.symlink(device, d / "a.yaml")))
        out.append(Case(f"endless/clause-{device}", LIB_BUILD, {"a.yaml": GOOD, **small_library()}, named="lib/intro/zero.md", contains=(LIMIT,), setup=lambda d, device=device: os.symlink(device, d / "lib" / "intro" / "zero.md")))
    out.append(Case("endless/answers-fifo-nobody-writes", BUILD, {}, contains=("nothing to read",), setup=lambda d: os.mkfifo(d / "a.yaml")))
    out.append(Case("endless/clause-fifo-nobody-writes", LIB_BUILD, {"a.yaml": GOOD, **small_library()}, named="lib/intro/fifo.md", contains=("nothing to read",), setup=lambda d: os.mkfifo(d / "lib" / "intro" / "fifo.md")))
    out.append(Case("endless/outline-fifo", LIB_BUILD, {"a.yaml": GOOD, **small_library()}, named="lib/outline.yaml", contains=("nothing to read",), setup=lambda d: (os.unlink(d / "lib" / "outline.yaml"), os.mkfifo(d / "lib" / "outline.yaml"))))
    out.append(Case("endless/data-fifo", LIB_BUILD, {"a.yaml": GOOD, **small_library()}, named="lib/data/fifo.yaml", contains=("nothing to read",), setup=lambda d: os.mkfifo(d / "lib" / "data" / "fifo.yaml")))
    big = GOOD + "#" * (MAX_INPUT_BYTES + 1)
    out.append(Case("size/answers-one-byte-over", BUILD, {"a.yaml": big}, contains=(LIMIT,)))
    out.append(Case("size/fifty-megabytes-of-comments", BUILD, {}, contains=(LIMIT,), setup=lambda d: _sparse_comments(d / "a.yaml", 50 * 1024 * 1024)))
    out.append(Case("size/clause-one-byte-over", LIB_BUILD, {"a.yaml": GOOD, **small_library(**{"intro/scope.md": SCOPE + "word " * (MAX_INPUT_BYTES // 5 + 1)})}, named="lib/intro/scope.md", contains=(LIMIT,)))
    out.append(Case("size/outline-one-byte-over", LIB_BUILD, {"a.yaml": GOOD, **small_library(**{"outline.yaml": OUTLINE + "#" * MAX_INPUT_BYTES})}, named="lib/outline.yaml", contains=(LIMIT,)))
    out.append(Case("size/data-one-byte-over", LIB_BUILD, {"a.yaml": GOOD, **small_library(**{"data/nations.yaml": NATIONS + "#" * MAX_INPUT_BYTES})}, named="lib/data/nations.yaml", contains=(LIMIT,)))
    out.append(Case("size/init-update-one-byte-over", ["init", "--update", "--defaults", "a.yaml"], {"a.yaml": big}, contains=(LIMIT,)))
    out.append(Case("size/check-against-endless", ["check", "a.yaml", "--against", "zero.md"], {"a.yaml": GOOD}, named="zero.md", contains=("MiB",), setup=lambda d: os.symlink("/dev/zero", d / "zero.md")))
    out.append(Case("kind/answers-is-a-folder", ["build", "dir.yaml", "-o", "out.md"], {"dir.yaml/.keep": ""}, named="dir.yaml", exit_code=2))
    out.append(Case("kind/clause-is-a-folder", LIB_BUILD, {"a.yaml": GOOD, **small_library(**{"intro/folder.md/.keep": ""})}, named="lib/intro/folder.md", contains=("is a folder",)))
    out.append(Case("kind/answers-missing", BUILD, {}, contains=("no such file",)))
    out.append(Case("kind/answers-dangling-link", BUILD, {}, contains=("no such file",), setup=lambda d: os.symlink("gone.yaml", d / "a.yaml")))
    out.append(Case("kind/answers-link-loop", BUILD, {}, setup=lambda d: (os.symlink("b.yaml", d / "a.yaml"), os.symlink("a.yaml", d / "b.yaml"))))
    for label, bad in {
        "latin-1": "Counc\u00efl".encode("latin-1"),
        "utf-16": "Council".encode("utf-16"),
        "lone continuation byte": b"\x80",
        "truncated sequence": b"\xe2\x82",
        "overlong encoding": b"\xc0\xaf",
        "surrogate encoded": b"\xed\xa0\x80",
    }.items():
        out.append(Case(f"encoding/answers/{label}", BUILD, {"a.yaml": GOOD.encode() + b"x: " + bad + b"\n"}, named="a.yaml:6", contains=("not UTF-8",)))
        out.append(Case(f"encoding/clause/{label}", LIB_BUILD, {"a.yaml": GOOD, **small_library(**{"intro/scope.md": SCOPE.encode() + bad + b"\n"})}, named="lib/intro/scope.md:7", contains=("not UTF-8",)))
    out.append(Case("unreadable/answers", BUILD, {"a.yaml": GOOD}, contains=("cannot read",), fault=_unreadable("a.yaml")))
    out.append(Case("unreadable/clause", LIB_BUILD, {"a.yaml": GOOD, **small_library()}, named="lib/intro/scope.md", contains=("cannot read",), fault=_unreadable("lib/intro/scope.md")))
    out.append(Case("unreadable/outline", LIB_BUILD, {"a.yaml": GOOD, **small_library()}, named="lib/outline.yaml", contains=("cannot read",), fault=_unreadable("lib/outline.yaml")))
    return out


def _sparse_comments(path: Path, size: int) -> None:
    line = b"# a comment line that someone pasted fifty megabytes of\n"
    with open(path, "wb") as handle:
        handle.write(GOOD.encode())
        handle.write(line * (size // len(line)))


def _unreadable(relative: str) -> Callable[[Path], Any]:
    @contextlib.contextmanager
    def fault(d: Path) -> Iterator[None]:
        real = os.open
        denied = os.path.realpath(d / relative)

        def refusing(path: Any, *args: Any, **kwargs: Any) -> int:
            if os.path.realpath(path) == denied:
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
            return real(path, *args, **kwargs)

        os.open = refusing
        try:
            yield
        finally:
            os.open = real

    return fault


# A library of the wrong shape.


def library_cases() -> list[Case]:
    out = []
    shapes = {
        "recommendations is a list": ("data/recommendations.yaml", "- a\n- b\n", "lib/data/recommendations.yaml"),
        "recommendations holds numbers": ("data/recommendations.yaml", "recommendations: [1, 2, 3]\n", "lib/data/recommendations.yaml"),
        "recommendation without summary": ("data/recommendations.yaml", "recommendations:\n  - {number: 1, audience: x}\n", "lib/data/recommendations.yaml"),
        "recommendation number 99": ("data/recommendations.yaml", "recommendations:\n  - {number: 99, summary: x, audience: y}\n", "lib/data/recommendations.yaml"),
        "recommendations is text": ("data/recommendations.yaml", "just text\n", "lib/data/recommendations.yaml"),
        "recommendations empty mapping": ("data/recommendations.yaml", "{}\n", "lib/data/recommendations.yaml"),
        "nations is a list": ("data/nations.yaml", "- england\n", "lib/data/nations.yaml"),
        "nation is a number": ("data/nations.yaml", "england: 3\n", "lib/data/nations.yaml"),
        "nation without name": ("data/nations.yaml", "england: {regulator: {name: X}}\n", "lib/data/nations.yaml"),
        "nation missing": ("data/nations.yaml", "wales: {name: Wales}\n", "lib/data/nations.yaml"),
        "outline is a list": ("outline.yaml", "- a\n", "lib/outline.yaml"),
        "outline sections text": ("outline.yaml", "library_version: '1'\nsections: many\n", "lib/outline.yaml"),
        "outline section id bad": ("outline.yaml", OUTLINE.replace("id: intro", "id: 'In tro'"), "lib/outline.yaml"),
        "front matter is a list": ("intro/scope.md", "---\n- a\n---\nText.\n", "lib/intro/scope.md"),
        "front matter unclosed": ("intro/scope.md", "---\nid: intro.scope\n", "lib/intro/scope.md"),
        "no front matter": ("intro/scope.md", "Text.\n", "lib/intro/scope.md"),
        "xref with a quote": ("intro/purpose.md", PURPOSE.replace("[[intro.scope]]", "[[intro'scope]]"), "lib/intro/purpose.md"),
        "xref with quotes": ("intro/purpose.md", PURPOSE.replace("[[intro.scope]]", "[[\"intro\".scope]]"), "lib/intro/purpose.md"),
        "xref with a backslash": ("intro/purpose.md", PURPOSE.replace("[[intro.scope]]", "[[intro\\scope]]"), "lib/intro/purpose.md"),
        "xref with jinja": ("intro/purpose.md", PURPOSE.replace("[[intro.scope]]", "[[{{7*7}}]]"), "lib/intro/purpose.md"),
    }
    for label, (name, text, named) in shapes.items():
        contains = ("refers to no clause",) if label.startswith("xref") else ()
        out.append(Case(f"library/{label}", LIB_BUILD, {"a.yaml": GOOD, **small_library(**{name: text})}, named=named, contains=contains))
    for depth in (300, 1000, 5000):
        bodies = {
            "parentheses": "{{ " + "(" * depth + "1" + ")" * depth + " }}",
            "if": "{% if true %}" * depth + "x" + "{% endif %}" * depth,
            "for": "{% for i in [1] %}" * depth + "x" + "{% endfor %}" * depth,
            "lists": "{{ " + "[" * depth + "]" * depth + " }}",
            "filters": "{{ 'x'" + "|lower" * depth + " }}",
            "not": "{{ " + "not " * depth + "true }}",
            "minus": "{{ " + "-" * depth + "1 }}",
        }
        for label, body in bodies.items():
            out.append(Case(f"library/deep/{label}/{depth}", LIB_BUILD, {"a.yaml": GOOD, **small_library(**{"intro/scope.md": clause_with(body)})}, named="lib/intro/scope.md"))
        out.append(Case(f"library/deep-when/{depth}", LIB_BUILD, {"a.yaml": GOOD, **small_library(**{"intro/scope.md": clause_with("Text.", when="(" * depth + "true" + ")" * depth).replace("intro.purpose", "intro.scope")})}, named="lib/intro/scope.md"))
    return out


def template_limit_cases() -> list[Case]:
    bodies = {
        "repeat a string": "{{ 'x' * 1000000000 }}",
        "repeat a list": "{{ ([1] * 1000000000) | length }}",
        "nested loops": "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}x",
        "three nested loops": "{% for i in range(1000) %}{% for j in range(1000) %}{% for k in range(1000) %}{% endfor %}{% endfor %}{% endfor %}x",
        "long output": "{% for i in range(100000) %}xxxxxxxxxxxxxxxxxxxx{% endfor %}",
        "center": "{{ 'x' | center(1000000000) }}",
        "indent": "{{ 'x\ny' | indent(1000000000) }}",
        "ljust": "{{ 'x'.ljust(1000000000) }}",
        "zfill": "{{ 'x'.zfill(1000000000) }}",
        "expandtabs": "{{ 'x\ty'.expandtabs(1000000000) }}",
        "percent format": "{{ '%999999999d' % 1 }}",
        "str.format": "{{ '{:999999999}'.format(1) }}",
        "format filter": "{{ '%999999999d' | format(1) }}",
        "power": "{{ 10 ** 10000000 }}",
        "power of a float": "{{ (10.5 ** 100000000) }}",
        "product of huge numbers": "{{ (10 ** 3000) * (10 ** 3000) * (10 ** 3000) * (10 ** 3000) }}",
        "doubling with ~": "{% set ns = namespace(x='ab') %}{% for i in range(60) %}{% set ns.x = ns.x ~ ns.x %}{% endfor %}{{ ns.x | length }}",
        "doubling with +": "{% set ns = namespace(x='ab') %}{% for i in range(60) %}{% set ns.x = ns.x + ns.x %}{% endfor %}{{ ns.x | length }}",
        "macro recursion": "{% macro m(n) %}{{ m(n) }}{% endmacro %}{{ m(1) }}",
        "slice": "{{ [1] | slice(1000000000) | list }}",
        "batch": "{{ [1] | batch(1000000000, 'x') | list }}",
        "wordwrap": "{{ 'x' | wordwrap(1000000000) }}",
        "truncate": "{{ 'x' | truncate(1000000000) }}",
        "range": "{{ range(1000000000) | list }}",
        "join a huge list": "{{ ([['x'] * 1000] * 1000) | map('join') | join }}",
        "replace growth": "{% set ns = namespace(x='a') %}{% for i in range(30) %}{% set ns.x = ns.x | replace('a', 'aa') %}{% endfor %}{{ ns.x | length }}",
    }
    out = []
    for label, body in bodies.items():
        out.append(Case(f"template-limits/{label}", LIB_BUILD, {"a.yaml": GOOD, **small_library(**{"intro/scope.md": clause_with(body).replace("intro.purpose", "intro.scope")})}, named="lib/intro/scope.md"))
        out.append(Case(f"template-limits/in-when/{label}", LIB_BUILD, {"a.yaml": GOOD, **small_library(**{"intro/scope.md": clause_with("Text.", when=f"({_as_expression(body)}) is defined").replace("intro.purpose", "intro.scope")})}, named="lib/intro/scope.md"))
    return out


def _as_expression(body: str) -> str:
    """A template body's first {{ expression }}, or a loop-heavy expression for bodies without one."""
    found = re.search(r"\{\{ (.*?) \}\}", body)
    return found.group(1) if found and "ns." not in found.group(1) and "m(" not in found.group(1) else "range(100000) | map('string') | join | length * 'x'"


# 6. Web and email addresses.

BAD_URLS = [
    "www.example.org", "http://example.org", "https://", "https://example", "javascript:alert(1)", "https://example.org/a b",
    "https://example.org/<script>", "https://example.org/a>b", "https://example.org/a\\b", "https://example.org/&amp;x",
    "https://example.org/?a=1&lt;b", "https://example.org/\"q\"", "https://exa mple.org", "https://example.org/{x}",
    "https://example.org/|", "https://example.org/^", "https://example.org/`", "https://ex_ample.org", "https://-example.org",
    "https://example.org/%zz", "https://example.org/\u00e9", "https://\u00e9xample.org", "https://example.org/a)](https://evil.example",
    "https://example.org:99999999", "ftp://example.org", "https://example.org/" + "a" * 600, " https://example.org", "https://example.org/\n",
    "https://example.org/&#60;", "https://example.org/&#x3C;",
]
BAD_EMAILS = [
    "psw", "psw@", "@example.org", "psw@example", "psw@@example.org", "ps w@example.org", "<psw@example.org>", "psw@example.org>",
    "psw@exa\\mple.org", "psw&amp;@example.org", "psw@example.org)", "[psw](mailto:evil@example.org)", "psw@-example.org",
    "psw..x@example.org", ".psw@example.org", "psw\"@example.org", "psw@example.org\n", "mailto:psw@example.org",
    "p" * 300 + "@example.org", "psw@&lt;example.org",
]


def address_cases() -> list[Case]:
    out = []
    fields = model_fields()
    for path in fields["url"]:
        for index, url in enumerate(BAD_URLS):
            out.append(Case(f"urls/{'.'.join(path)}/{index}:{url[:30]!r}", BUILD, {"a.yaml": setting(path, quoted(url))}, contains=(reported(path),)))
    for path in fields["email"]:
        for index, email in enumerate(BAD_EMAILS):
            out.append(Case(f"emails/{'.'.join(path)}/{index}:{email[:30]!r}", BUILD, {"a.yaml": setting(path, quoted(email))}, contains=(reported(path),)))
    good_urls = ["https://www.example.org/a(b)c", "https://example.org/?a=1&b=2", "https://example.org/x#y", "https://example.org/%20x", "https://xn--bcher-kva.example/", "https://example.org:8443/a;b=c"]
    for url in good_urls:
        out.append(_link_case(f"urls/good/{url!r}", ("safety_advice", "advice_url"), url, url))
    for email in ["psw@example.org", "first.last+policy@sub.example.co.uk", "o'brien@example.org"]:
        out.append(_link_case(f"emails/good/{email!r}", ("contacts", "questions", "email"), email, "mailto:" + email))
    return out


def _link_case(name: str, path: tuple[str, ...], value: str, href: str) -> Case:
    def check(d: Path, result: Any) -> list[str]:
        problems = []
        md = (d / "out.md").read_text(encoding="utf-8")
        if href not in markdown_links(md):
            problems.append(f"the .md has no link to {href!r}: {sorted(markdown_links(md))}")
        if href not in docx_links(d / "out.docx"):
            problems.append(f"the .docx has no link to {href!r}")
        return problems

    text = setting(path, quoted(value))
    if path[0] == "safety_advice":  # the advice's address is printed only when the advice is published
        text = text.replace("safety_advice:\n", "safety_advice:\n  publish_advice: true\n", 1)
    return Case(name, BUILD, {"a.yaml": text}, named=None, exit_code=0, check=check, may_change=("out.docx", "out.md"))


def markdown_links(text: str) -> set[str]:
    from markdown_it import MarkdownIt

    body = text.split("\n---\n", 1)[1]
    links = set()
    for token in MarkdownIt("commonmark").enable("table").parse(body):
        for child in token.children or []:
            if child.type == "link_open":
                links.add(child.attrs["href"])
    return links


def docx_links(path: Path) -> set[str]:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        rels = archive.read("word/_rels/document.xml.rels").decode()
    import html

    return {html.unescape(m) for m in re.findall(r'Target="([^"]*)"[^>]*TargetMode="External"', rels)}


# 5. Answers never become Markdown structure, and the front matter stays YAML.

MARKUP = {
    "heading": "# Heading",
    "heading 6": "###### Deep",
    "closing hashes": "Team ##",
    "bullet": "- item",
    "plus bullet": "+ item",
    "star bullet": "* item",
    "numbered": "1. item",
    "numbered paren": "2) item",
    "table": "| a | b |",
    "rule": "---",
    "stars rule": "***",
    "setext": "===",
    "fence": "```",
    "tilde fence": "~~~",
    "indented": "    code",
    "quote": "> quoted",
    "line break": "First line\nsecond line",
    "hard break": "End with two spaces  \nnext",
    "entity amp": "Q&amp;A Team",
    "entity lt": "&lt;b&gt; Team",
    "entity number": "&#42; Team",
    "html": "<b>bold</b> Team",
    "link": "[click](https://evil.example)",
    "image": "![x](https://evil.example/x.png)",
    "emphasis": "*Team* _Team_",
    "strike": "~~Team~~",
    "code": "`Team`",
    "backslash": "Team \\ Unit",
    "jinja": "{{ 7*7 }} {% if true %}x{% endif %}",
    "xml": "<w:p>]]></w:p> &",
    "colon": "Team: Unit",
    "leading colon": ":--- | ---",
    "sentence then heading": "Team. # Unit",
    "sentence then list": "Team. 1. Unit",
}
FRONT_MATTER = {
    "None": "None", "True": "True", "yes": "yes", "null": "null", "number": "2.10", "quote": "Team \"A\" 'B'",
    "colon": "a: b", "hash": "Team # not a comment", "newline": "Line\nTwo", "leading space": " Team", "dash": "- item", "braces": "{a: 1}",
}


def markdown_cases() -> list[Case]:
    out = []
    spots = [("organisation", "short_name"), ("organisation", "name"), ("document", "approver"), ("contacts", "concerns", "name")]
    for label, value in MARKUP.items():
        for path in spots:
            out.append(_markup_case(f"markdown/{label}/{'.'.join(path)}", path, value))
    for label, value in FRONT_MATTER.items():
        for path in (("document", "title"), ("organisation", "name"), ("document", "version")):
            out.append(_markup_case(f"front-matter/{label}/{'.'.join(path)}", path, value))
    return out


MARKUP_LIBRARY = {
    "intro/purpose.md": "---\nid: intro.purpose\ntitle: Purpose\nsources: {basw: [1]}\n---\n"
    "{{ organisation.short_name | capfirst }} wrote this for {{ organisation.name }}. See clause [[intro.scope]].\n\n"
    "{{ organisation.name }}\n\n"
    "- {{ document.approver }} approves it.\n- {{ contacts.concerns.name }}\n\n"
    "| Who | Role |\n| --- | --- |\n| {{ document.approver }} | {{ contacts.concerns.name }} |\n",
}


def _markup_case(name: str, path: tuple[str, ...], value: str) -> Case:
    def check(d: Path, result: Any) -> list[str]:
        return markup_problems(d, path, value)

    files = {"a.yaml": setting(path, quoted(value)), "plain.yaml": setting(path, quoted("Plain words")), **small_library(**MARKUP_LIBRARY)}
    return Case(name, LIB_BUILD, files, named=None, exit_code=0, check=check, may_change=("out.docx", "out.md"))


def markup_problems(d: Path, path: tuple[str, ...], value: str) -> list[str]:
    """The .md reads back with the structure a plain answer gives, the answer's text literally, and valid front matter."""
    from generator.pipeline import build

    value = value.strip()  # text answers are trimmed
    problems = []
    build(str(d / "plain.yaml"), [str(d / "plain.md")], str(d / "lib"))
    got, plain = (d / "out.md").read_text(encoding="utf-8"), (d / "plain.md").read_text(encoding="utf-8")
    if structure(got) != structure(plain):
        problems.append(f"the .md's structure changed: {structure(got)} != {structure(plain)}")
    words = " ".join(value.split())
    shown = " ".join(visible_text(got).split())
    capitalised = words[:1].upper() + words[1:]  # capfirst at the start of a sentence
    if words not in shown and capitalised not in shown:
        problems.append(f"{words!r} is not shown literally in the .md: {shown[:300]!r}")
    front = front_matter(got)
    if path in (("document", "title"), ("organisation", "name"), ("document", "version")):
        key = {"title": "title", "name": "organisation", "version": "version"}[path[-1]]
        if front.get(key) != value:
            problems.append(f"front matter {key} reads back as {front.get(key)!r}, not {value!r}")
    docx_text = docx_plain_text(d / "out.docx")
    if words not in " ".join(docx_text.split()) and capitalised not in " ".join(docx_text.split()):
        problems.append(f"{words!r} is not shown literally in the .docx")
    return problems


def structure(markdown: str) -> list[str]:
    """Block and inline token types of the body; text runs merged, line breaks between sentences ignored."""
    from markdown_it import MarkdownIt

    body = markdown.split("\n---\n", 1)[1]
    shape: list[str] = []
    for token in MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(body):
        if token.type != "inline":
            shape.append(f"{token.type}:{token.tag}")
            continue
        kinds: list[str] = []
        for child in token.children or []:
            kind = "text" if child.type in ("text", "text_special", "softbreak") else child.type
            if not (kinds and kinds[-1] == kind == "text"):
                kinds.append(kind)
        shape.append("inline(" + ",".join(kinds) + ")")
    return shape


def visible_text(markdown: str) -> str:
    from markdown_it import MarkdownIt

    body = markdown.split("\n---\n", 1)[1]
    parts = []
    for token in MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(body):
        for child in token.children or []:
            if child.type in ("text", "text_special", "code_inline"):
                parts.append(child.content)
            elif child.type == "softbreak":
                parts.append(" ")
        parts.append(" ")
    return "".join(parts)


def front_matter(markdown: str) -> dict[str, Any]:
    from ruamel.yaml import YAML

    head = markdown.split("\n---\n", 1)[0]
    assert head.startswith("---\n")
    return dict(YAML(typ="safe", pure=True).load(head[4:]))


def docx_plain_text(path: Path) -> str:
    import html
    import zipfile

    with zipfile.ZipFile(path) as archive:
        xml = archive.read("word/document.xml").decode()
    return html.unescape("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>|(?:<w:tab/>)", xml)))


# 7. Writing several outputs: all or nothing.


def write_cases() -> list[Case]:
    out = []
    for second in (1, 2):
        out.append(Case(f"writes/rename-{second}-of-2-fails", BUILD, {"a.yaml": GOOD}, named="out.md" if second == 2 else "out.docx", contains=("cannot write",), fault=_failing_replace(second)))
    out.append(Case("writes/disk-full/docx", BUILD, {"a.yaml": GOOD}, named="out.docx", contains=("No space left",), fault=_disk_full(0)))
    out.append(Case("writes/disk-full/second-file", BUILD, {"a.yaml": GOOD}, named="out.md", contains=("No space left",), fault=_disk_full(1)))
    out.append(Case("writes/disk-full/init", ["init", "new.yaml", "--defaults", "--name", "A", "--short-name", "the A", "--type", "charity", "--nation", "wales"], {}, named="new.yaml", contains=("No space left",), fault=_disk_full(0)))
    out.append(Case("writes/disk-full/redline", ["redline", "a.yaml", "a.yaml", "-o", "out.docx"], {"a.yaml": GOOD}, named="out.docx", contains=("No space left",), fault=_disk_full(0)))
    out.append(Case("writes/disk-full/schema", ["schema", "-o", "out.md"], {}, named="out.md", contains=("No space left",), fault=_disk_full(0)))
    out.append(Case("writes/disk-full/questions", ["questions", "-o", "out.md"], {}, named="out.md", contains=("No space left",), fault=_disk_full(0)))
    out.append(Case("writes/folder-missing", ["build", "a.yaml", "-o", "out.docx", "-o", "nowhere/out.md"], {"a.yaml": GOOD}, named="nowhere/out.md", contains=("does not exist",)))
    out.append(Case("writes/output-is-a-folder", ["build", "a.yaml", "-o", "out.docx", "-o", "dir.md"], {"a.yaml": GOOD, "dir.md/.keep": ""}, named="dir.md", exit_code=2))

    def keeps_mode(d: Path, result: Any) -> list[str]:
        modes = {name: stat.S_IMODE(os.stat(d / name).st_mode) for name in ("out.docx", "out.md")}
        return [] if modes == {"out.docx": 0o600, "out.md": 0o640} else [f"modes changed: {modes}"]

    def private(d: Path) -> None:
        os.chmod(d / "out.docx", 0o600)
        os.chmod(d / "out.md", 0o640)

    out.append(Case("writes/keeps-the-mode", BUILD, {"a.yaml": GOOD}, named=None, exit_code=0, setup=private, check=keeps_mode, may_change=("out.docx", "out.md")))
    return out


def _failing_replace(failing: int) -> Callable[[Path], Any]:
    @contextlib.contextmanager
    def fault(d: Path) -> Iterator[None]:
        real, calls = os.replace, []

        def replace(source: Any, target: Any) -> None:
            calls.append(target)
            if len(calls) == failing and str(source).endswith(".tmp"):
                raise OSError(errno.EIO, "Input/output error")
            real(source, target)

        os.replace = replace
        try:
            yield
        finally:
            os.replace = real

    return fault


def _disk_full(after: int) -> Callable[[Path], Any]:
    @contextlib.contextmanager
    def fault(d: Path) -> Iterator[None]:
        real, opened = os.fdopen, []

        class Full:
            def __init__(self, handle: Any):
                self.handle = handle

            def __enter__(self) -> Full:
                return self

            def __exit__(self, *exc: Any) -> None:
                self.handle.close()

            def write(self, data: bytes) -> int:
                raise OSError(errno.ENOSPC, "No space left on device")

        def fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
            handle = real(fd, *args, **kwargs)
            opened.append(fd)
            return Full(handle) if len(opened) > after else handle

        os.fdopen = fdopen
        try:
            yield
        finally:
            os.fdopen = real

    return fault


# 8. The smaller ones.


def smaller_cases() -> list[Case]:
    out = []
    out.append(Case("smaller/custom-nation-facts-name-the-custom-file", LIB_BUILD, {"a.yaml": GOOD.replace("england", "wales"), **small_library()}, named="lib/data/nations.yaml", contains=("wales",)))
    out.append(Case("smaller/nul-has-line-and-field", BUILD, {"a.yaml": GOOD.replace("the Council", "the\x00Council").encode()}, named="a.yaml:3", contains=("organisation.short_name", "U+0000")))
    out.append(Case("smaller/set-deep-json", ["init", "n.yaml", "--defaults", "--name", "A", "--short-name", "the A", "--type", "charity", "--nation", "wales", "--set", "contacts.questions=" + "[" * 20000 + "]" * 20000], {}, named=None, contains=("contacts.questions",)))
    out.append(Case("smaller/set-huge-number", ["init", "n.yaml", "--defaults", "--name", "A", "--short-name", "the A", "--type", "charity", "--nation", "wales", "--set", "document.review_every_months=" + "9" * 5000], {}, named=None, contains=("100 digits",)))
    out.append(Case("smaller/set-nested-record", ["init", "n.yaml", "--defaults", "--name", "A", "--short-name", "the A", "--type", "charity", "--nation", "wales", "--set", 'contacts.questions={"name": {"a": {"b": [1]}}}'], {}, named=None, contains=("nested too deeply",)))
    for n in (2000, 8000):
        comments = "".join(f"# comment {i}\n" for i in range(n))
        text = "organisation:\n  name: Northshire County Council\n" + comments + "  short_name: the Council\n  type: local_authority\n  nation: england\n" + comments

        def fast(d: Path, result: Any) -> list[str]:
            return []

        out.append(Case(f"smaller/comments-{n}", ["validate", "a.yaml"], {"a.yaml": text}, named=None, exit_code=0, check=fast))

    def histories(tag: str) -> str:
        rows = "".join(f"    - {{version: '{tag}{i}', date: {1950 + i // 12}-{i % 12 + 1:02d}-01, summary: {tag} change number {i} to the training}}\n" for i in range(300))
        return GOOD + "monitoring:\n  dpia_completed_on: 2029-12-01\ndocument:\n  status: approved\n  approved_on: 2030-01-01\n  history:\n" + rows

    def redlined(d: Path, result: Any) -> list[str]:
        return [] if (d / "red.docx").stat().st_size > 10_000 else ["no redline written"]

    out.append(Case("smaller/redline-of-300-row-histories-that-all-differ", ["redline", "old.yaml", "new.yaml", "-o", "red.docx"], {"old.yaml": histories("A"), "new.yaml": histories("B")}, named=None, exit_code=0, check=redlined, may_change=("red.docx",)))
    return out


# ------------------------------------------------------------------ running the cases


def snapshot(folder: Path) -> dict[str, tuple]:
    """Every entry under folder: kind, mode and content digest (links by target, FIFOs unread)."""
    seen: dict[str, tuple] = {}
    for path in sorted(folder.rglob("*")):
        relative = str(path.relative_to(folder))
        if relative.split("/")[0] in ("cache", "state", "expected"):
            continue
        info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode):
            seen[relative] = ("link", os.readlink(path))
        elif stat.S_ISREG(info.st_mode):
            digest = hashlib.sha256(path.read_bytes()).hexdigest() if info.st_size < 64 * 1024 * 1024 else f"sparse {info.st_size}"
            seen[relative] = ("file", stat.S_IMODE(info.st_mode), digest)
        else:
            seen[relative] = ("other", stat.S_IFMT(info.st_mode))
    return seen


class Timeout(BaseException):
    pass


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    def expire(*_: Any) -> None:
        raise Timeout()

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def environment(values: dict[str, str]) -> Iterator[None]:
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def peak_megabytes() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_case(case: Case, root: Path) -> dict[str, Any]:
    from click.testing import CliRunner

    from generator.cli import cli

    folder = root / hashlib.sha256(case.name.encode()).hexdigest()[:16]
    folder.mkdir()
    for name, data in case.files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    env = {"POLICYGEN_CACHE_DIR": str(folder / "cache"), "XDG_STATE_HOME": str(folder / "state")} if case.cache else {}
    report: dict[str, Any] = {"problems": []}
    old_cwd = os.getcwd()
    try:
        with environment(env):
            if case.setup:
                case.setup(folder)
            before = snapshot(folder)
            os.chdir(folder)
            started, peak = time.perf_counter(), peak_megabytes()
            try:
                with time_limit(CASE_SECONDS), (case.fault(folder) if case.fault else contextlib.nullcontext()):
                    result = CliRunner().invoke(cli, case.args, input=case.stdin)
            except Timeout:
                report["problems"].append(f"took more than {CASE_SECONDS} s")
                return report
            report["seconds"] = time.perf_counter() - started
            report["megabytes"] = peak_megabytes() - peak
            os.chdir(old_cwd)
            report.update(exit_code=result.exit_code, stderr=result.stderr, stdout=result.stdout)
            if result.exception is not None and not isinstance(result.exception, SystemExit):
                report["problems"].append("raised " + "".join(traceback.format_exception(result.exception)))
            report["problems"] += judge(case, folder, result, before)
    except Exception:
        report["problems"].append("the case itself failed: " + traceback.format_exc())
    finally:
        os.chdir(old_cwd)
    return report


def judge(case: Case, folder: Path, result: Any, before: dict[str, tuple]) -> list[str]:
    problems = []
    output = result.stdout + result.stderr
    if result.exit_code != case.exit_code:
        problems.append(f"exit code {result.exit_code}, expected {case.exit_code}")
    if "Traceback" in output:
        problems.append("printed a traceback")
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    if case.exit_code == 0:
        if errors:
            problems.append(f"reported errors: {errors}")
    else:
        if not errors:
            problems.append("no Error: line")
        elif case.named is not None:
            # Our errors start with the file; click's usage errors (exit 2) name it inside the line.
            names = (lambda line: case.named in line) if case.exit_code == 2 else (lambda line: line.startswith(f"Error: {case.named}:"))
            if not any(names(line) for line in errors):
                problems.append(f"no Error: line names {case.named}")
        for word in case.contains:
            if not any(word in line for line in errors):
                problems.append(f"no Error: line says {word!r}")
        if any("ran out of memory" in line for line in errors):
            problems.append("ran out of memory instead of refusing early")
    after = snapshot(folder)
    for name in sorted(set(before) | set(after)):
        if name in case.may_change:
            continue
        if before.get(name) != after.get(name):
            what = "created" if name not in before else "removed" if name not in after else "changed"
            problems.append(f"{name} was {what}")
    if case.check is not None and result.exit_code == case.exit_code:
        problems += case.check(folder, result)
    return problems


# Upgrade: `policygen upgrade` reads a format-1 file with ruamel's round trip of its own, so the
# YAML classes above are sent through it too (one case per class and kind of value).


def upgrade_cases(built: list[Case]) -> list[Case]:
    out, seen = [], set()
    for case in built:
        kind = (case.name.split("/")[0], case.name.split("/")[-1])
        text = case.files.get("a.yaml")
        if case.args != BUILD or kind[0] not in ("aliases", "nesting", "numbers", "dates", "controls", "tab") or kind in seen or text is None or case.setup:
            continue
        seen.add(kind)
        old = (b"policygen: 1\n" + text) if isinstance(text, bytes) else "policygen: 1\n" + text
        out.append(Case(f"upgrade/{case.name}", ["upgrade", "a.yaml"], {"a.yaml": old}, named=case.named, contains=case.contains, exit_code=case.exit_code, may_change=("a.yaml",)))
    return out


def worker(results_path: str, index: int, count: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (WORKER_MEMORY, WORKER_MEMORY))
    os.environ["POLICYGEN_CACHE_DIR"] = tempfile.mkdtemp(prefix="policygen-hostile-cache-")
    os.environ["XDG_STATE_HOME"] = tempfile.mkdtemp(prefix="policygen-hostile-state-")
    results = {}
    with tempfile.TemporaryDirectory(prefix="policygen-hostile-") as root:
        for number, case in enumerate(cases()):
            if number % count == index:
                results[case.name] = run_case(case, Path(root))
    Path(results_path).write_text(json.dumps(results), encoding="utf-8")


if __name__ == "__main__":
    worker(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
