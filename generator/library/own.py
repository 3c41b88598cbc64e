"""An organisation's own clauses, layered over the library: new clauses placed in a section, and replacements.

The files are in the library's format, read from `customise.clauses` beside the answers file
(on disk, or from git for `REV:PATH`). A replacement keeps the library clause's id, place and
number; it records the hash of the library text it replaced, so a later library change is noticed.
The layered Library is built for one answers file and never cached: the bundled one stays shared.
Only the own clauses' compiled code is cached (library/cache.py), signed as the library's is.
"""

from __future__ import annotations

import types
from typing import Any

from ..errors import PolicyError, Problem, collect, did_you_mean
from ..record import Record
from ..templating import ENV
from ..yamlfile import load_yaml, validate
from . import cache
from .load import check_references, clause_body, compile_problems, front_line, split_front_matter
from .model import Clause, Library, OutlineSection, Sources, condition_source


def layer(library: Library, files: list[tuple[str, str]]) -> Library:
    """The library with these own clause files (name as shown, text) added or replacing; every problem at once."""
    problems: list[Problem] = []
    digest = cache.own_key(files)
    stored = cache.load_own(digest)  # what a build of these same files checked and compiled
    own: list[tuple[Clause, OwnMeta, list[str]]] = []
    for shown, text in files:
        try:
            own.append(_read(shown, text, stored.meta.get(shown) if stored else None))
        except PolicyError as exc:
            problems.extend(exc.problems)
    collect(problems)
    clauses = dict(library.clauses)
    order = {section.id: list(section.clauses) for section in library.sections}
    claimed: dict[str, str] = {}
    adding = []
    for clause, meta, lines in own:
        if clause.id in claimed:
            problems.append(Problem(f"'{clause.id}' is also {'replaced' if meta.replaces else 'added'} by {claimed[clause.id]}", clause.file, _line(lines, "id", "replaces"), "id"))
            continue
        claimed[clause.id] = clause.file
        if meta.replaces:
            problems += _replace(clause, meta, lines, clauses)
        else:
            adding.append((clause, meta, lines))
    for clause, meta, lines in _placing_order(adding):
        problems += _add(clause, meta, lines, clauses, order)
    collect(problems)
    ordered = {clause_id: clauses[clause_id] for section in library.sections for clause_id in order[section.id]}
    mine = [clause for clause in ordered.values() if clause.origin != "library"]
    problems += _compile(mine, {clause.file: (meta, lines) for clause, meta, lines in own}, digest, stored)
    # Only the own clauses' references need checking: the library's were checked when it loaded, and layering removes nothing.
    check_references(ordered, problems, mine)
    collect(problems)
    sections = [OutlineSection(s.id, s.title, order[s.id]) for s in library.sections]
    return Library(library.version, sections, ordered, library.data, library.root)


def upstream_changes(library: Library) -> list[Problem]:
    """A replacement whose library text changed since it was made, or that never recorded it."""
    problems = []
    for clause in library.clauses.values():
        if clause.replaced is None:
            continue
        current = clause.replaced.text_sha256
        if clause.recorded_sha256 is None:
            message = f"record the library text you replaced, so a later change to it is noticed: add replaces_sha256: {current}"
        elif clause.recorded_sha256 != current:
            message = (
                f"the library's '{clause.replaced.title}' changed in {library.version} since you replaced it: review your version,"
                f" then set replaces_sha256: {current}"
            )
        else:
            continue
        problems.append(Problem(message, clause.file, clause.recorded_line, "replaces_sha256"))
    return problems


class OwnMeta(Record):
    """An own clause file's front matter as own_schema.OwnFrontMatter checked it: the same fields, plain."""

    id: str | None
    replaces: str | None
    replaces_sha256: str | None
    section: str | None
    after: str | None
    before: str | None
    title: str
    when: str | None
    sources: Sources | None
    notes: str | None


def _read(shown: str, text: str, checked: dict[str, Any] | None) -> tuple[Clause, OwnMeta, list[str]]:
    """One own clause file; `checked` is its front matter as the cache keeps it, when this same text was checked before."""
    lines, end = split_front_matter(text, shown)
    meta = _stored_meta(checked) if checked is not None else None
    if meta is None:
        from .own_schema import OwnFrontMatter  # defined only when an own clause file is new or changed

        shape = validate(OwnFrontMatter, load_yaml("\n".join(lines[1:end]), shown, first_line=2), shown)
        meta = OwnMeta(**{name: getattr(shape, name) for name in OwnMeta.field_names()} | {"sources": shape.sources.made() if shape.sources else None})
    clause_id = meta.replaces or meta.id
    assert clause_id is not None  # the model requires one of them
    # A replacement without sources takes the library's when it is placed; until then, an empty list stands in.
    sources = meta.sources or Sources()
    clause = Clause(clause_id, meta.title, meta.when, sources, clause_body(lines, end), shown, end + 2, front_line(lines, "when") if meta.when else None, meta.notes)
    return clause, meta, lines


def _stored_meta(data: dict[str, Any]) -> OwnMeta | None:
    """The checked front matter the cache kept, or None when it is not of OwnMeta's shape (then it is checked again)."""
    if not isinstance(data, dict) or set(data) != set(OwnMeta.field_names()):
        return None
    try:
        return OwnMeta(**{**data, "sources": cache.stored_sources(data["sources"]) if data["sources"] is not None else None})
    except (TypeError, KeyError, AttributeError):
        return None


def _compile(mine: list[Clause], read: dict[str, tuple[OwnMeta, list[str]]], digest: str, stored: cache.OwnEntry | None) -> list[Problem]:
    """Compile each own clause's body and own condition, or take them from the cache; every syntax error at its line."""
    problems: list[Problem] = []
    compiled: cache.OwnCode = {}
    for clause in mine:
        meta, lines = read[clause.file]
        cached = stored is not None and clause.file in stored.code
        body: types.CodeType | None
        if stored is not None and cached:
            body, condition = stored.code[clause.file]
        else:
            body, condition = _code(clause.body), _code(condition_source(meta.when)) if meta.when else None
        if body is not None:
            clause.__dict__["template"] = cache.from_code(body)
        if condition is not None:
            clause.__dict__["condition"] = cache.from_code(condition)
        if not cached:
            problems += compile_problems(clause, lines)  # compiles only what _code could not, to report it
        if body is not None:
            compiled[clause.file] = (body, condition)
    checked = {file: cache.plain(meta) for file, (meta, _) in read.items()}
    if (stored is None or compiled != stored.code or checked != stored.meta) and not problems:
        cache.store_own(digest, cache.OwnEntry(compiled, checked))
    return problems


def _code(source: str) -> types.CodeType | None:
    try:
        return ENV.compile(source)
    except Exception:  # compile_problems says what is wrong, at the clause's line
        return None


def _placing_order(adding: list[tuple[Clause, OwnMeta, list[str]]]) -> list[tuple[Clause, OwnMeta, list[str]]]:
    """New clauses in an order where one placed after (or before) another new clause comes after it, whatever the file names."""
    placed: list[tuple[Clause, OwnMeta, list[str]]] = []
    waiting = list(adding)
    while waiting:
        pending = {clause.id for clause, _, _ in waiting}
        ready = [item for item in waiting if (item[1].after or item[1].before) not in pending - {item[0].id}]
        if not ready:  # a cycle of neighbours: placed as they are, and the unknown neighbour reported
            return placed + waiting
        placed += ready
        waiting = [item for item in waiting if item not in ready]
    return placed


def _replace(clause: Clause, meta: OwnMeta, lines: list[str], clauses: dict[str, Clause]) -> list[Problem]:
    original = clauses.get(clause.id)
    if original is None or original.origin != "library":
        return [Problem(f"replaces '{clause.id}', which is not a library clause{_hint(clause.id, clauses)}", clause.file, _line(lines, "replaces"), "replaces")]
    replacement = clause.replace(
        when=clause.when if meta.when else original.when,
        when_line=clause.when_line if meta.when else None,
        sources=meta.sources or original.sources,
        origin="replaced",
        recorded_sha256=meta.replaces_sha256,
        replaced=original,
        recorded_line=_line(lines, "replaces_sha256", "replaces"),
    )
    if not meta.when and original.when:
        replacement.__dict__["condition"] = original.condition  # compiled once, in the library
    clauses[clause.id] = replacement
    return []


def _add(clause: Clause, meta: OwnMeta, lines: list[str], clauses: dict[str, Clause], order: dict[str, list[str]]) -> list[Problem]:
    where = clause.file, _line(lines, "id")
    if clause.id in clauses:
        return [Problem(f"'{clause.id}' is a library clause; to change it, say replaces: {clause.id} instead of id", *where, "id")]
    if clause.section not in order:
        return [Problem(f"'{clause.section}' is not a section of the library; use one of {', '.join(order)}", *where, "id")]
    if meta.section and meta.section != clause.section:
        return [Problem(f"the id '{clause.id}' puts the clause in section '{clause.section}', not '{meta.section}'", clause.file, _line(lines, "section"), "section")]
    siblings = order[clause.section]
    neighbour = meta.after or meta.before
    if neighbour is None:
        siblings.append(clause.id)
    elif neighbour not in siblings:
        key = "after" if meta.after else "before"
        return [Problem(f"'{neighbour}' is not a clause of section '{clause.section}'; name one of {', '.join(siblings)}", clause.file, _line(lines, key), key)]
    else:
        siblings.insert(siblings.index(neighbour) + (1 if meta.after else 0), clause.id)
    clauses[clause.id] = clause.replace(origin="added")
    return []


def _line(lines: list[str], *keys: str) -> int:
    for key in keys:
        found = front_line(lines, key)
        if found > 1:
            return found
    return 2


def _hint(clause_id: str, clauses: dict[str, Clause]) -> str:
    match = did_you_mean(clause_id, [c for c, clause in clauses.items() if clause.origin == "library"])
    return f"; did you mean '{match}'?" if match else ""
