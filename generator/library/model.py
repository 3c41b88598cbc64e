"""The clause library as data: clauses, outline sections, sources, and the library itself.

A clause file is Markdown with YAML front matter:

    ---
    id: boundaries.friends
    title: No personal links with people who use services
    when: scope.students            # optional Jinja expression over the answers
    sources: {basw: [6], code_of_ethics: ["2.3.3"]}
    ---
    Body, a Jinja template. [[boundaries.separate]] is a cross-reference.

library/schema.py has the shapes the files are checked against; library/load.py reads and checks
the files; library/cache.py keeps a compiled copy, library/bundle.py the bundled library precompiled.
"""

from __future__ import annotations

import functools
import hashlib
import re
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from jinja2 import Template

from ..record import Record, field
from ..templating import ENV

RECOMMENDATIONS = range(1, 24)  # the 23 numbered recommendations of the BASW policy
ID_PATTERN = r"[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*"
XREF = re.compile(r"\[\[\s*([^\]\s]*)\s*\]\]")


# The records a build uses are plain (record.Record): a build from the cache or the bundle never
# defines a pydantic model for them. The shapes the files are checked against, with their messages,
# are in schema.py and sources_schema.py, which only a checked load (or own clauses) imports.


class Partly(Record):
    """When the clause only partly delivers a recommendation, and what would complete it."""

    basw: int  # the recommendation, one of the clause's own
    when: str  # a Jinja expression over the answers: true when the clause falls short
    gap: str  # what the answers must add, e.g. 'say where the advice is'


class Sources(Record):
    """Why a clause exists: the BASW recommendations it implements, or another basis."""

    basw: list[int] = field(default_factory=list)
    code_of_ethics: list[str] = field(default_factory=list)
    basis: Literal["document-control", "law", "good-practice", "structure"] | None = None
    partly: list[Partly] = field(default_factory=list)


class ChangeNote(Record):
    """What changed in a clause's text in a version of the library, for `policygen changes`."""

    version: str
    note: str


def version_key(version: str) -> tuple[int, ...]:
    """A library version ('2026.11.0') as numbers, to compare; a version that is not numbers sorts first."""
    parts = version.split(".")
    return tuple(int(part) for part in parts) if all(part.isdigit() for part in parts) else ()


class Clause(Record, frozen=False):
    id: str
    title: str
    when: str | None
    sources: Sources
    body: str  # Jinja source, with [[id]] turned into xref('id') calls
    file: str  # as shown to users: clauses/section/name.md
    body_line: int  # the line of the clause file where the body starts
    when_line: int | None = None
    notes: str | None = None
    changed: ChangeNote | None = None  # the last change to its text, as the library notes it
    origin: Literal["library", "added", "replaced"] = "library"
    recorded_sha256: str | None = None  # a replacement's replaces_sha256
    replaced: Clause | None = None  # the library clause a replacement stands in for
    recorded_line: int | None = None  # where the replacement's file records (or would record) the hash

    @property
    def text_sha256(self) -> str:
        """The hash of the title and text, recorded by a replacement to notice later library changes."""
        return hashlib.sha256(f"{self.title}\n{self.body}".encode()).hexdigest()

    @property
    def section(self) -> str:
        return self.id.split(".", 1)[0]

    def applies(self, context: dict[str, Any]) -> bool:
        """Whether the `when` condition holds for these answers (always, without one)."""
        return self.condition is None or self.condition.render(context) == "1"

    @cached_property
    def condition(self) -> Template | None:
        # An expression compiled as a template, so it can be cached like the body.
        return ENV.from_string(condition_source(self.when)) if self.when else None

    @cached_property
    def template(self) -> Template:
        return ENV.from_string(self.body)

    def falls_short(self, recommendation: int, context: dict[str, Any]) -> str | None:
        """What the answers must add for this clause to meet the recommendation in full; None when it does."""
        for entry in self.sources.partly:
            if entry.basw == recommendation and _compiled(entry.when).render(context) == "1":
                return entry.gap
        return None


def condition_source(when: str) -> str:
    return "{% if (" + when + ") %}1{% endif %}"


@functools.lru_cache(maxsize=64)
def _compiled(when: str) -> Template:
    return ENV.from_string(condition_source(when))


class OutlineSection(Record):
    id: str
    title: str
    clauses: list[str]


class Library(Record, frozen=False):
    version: str
    sections: list[OutlineSection]
    clauses: dict[str, Clause]  # in outline order
    data: dict[str, Any] = field(default_factory=dict)  # clauses/data/*.yaml by stem
    root: Path | None = None

    def section_title(self, section_id: str) -> str:
        return next(s.title for s in self.sections if s.id == section_id)

    def shown(self, relative: str) -> str:
        """A file of this library as messages name it (clauses/data/nations.yaml, or your own folder's)."""
        if self.root is None:
            return relative
        return str((self.root / relative).relative_to(self.root.parent))

class Taken(Record):
    """A section or clause an edition takes only when a condition holds."""

    id: str
    when: str


class Edition(Record):
    """One edition of the policy (clauses/data/editions.yaml): whom it is for and which clauses it takes.

    Fields and defaults as schema.Edition, which checks the file (a test keeps the two in step).
    """

    about: str
    take: list[str | Taken] | Literal["all"]
    title: str | None = None
    audience: str = "everyone the policy covers"
    when: str | None = None
    brief: bool = False
    headings: dict[str, str] = field(default_factory=dict)
    cites: str = "{} of the full policy"

    def heading(self, section_or_clause_id: str, default: str) -> str:
        return self.headings.get(section_or_clause_id, default)

    def available(self, context: dict[str, Any]) -> bool:
        return self.when is None or _compiled(self.when).render(context) == "1"

    def takes(self, clause: Clause, context: dict[str, Any]) -> bool:
        if self.take == "all":
            return True
        for taken in self.take:
            taken_id = taken if isinstance(taken, str) else taken.id
            if taken_id in (clause.id, clause.section):
                return isinstance(taken, str) or _compiled(taken.when).render(context) == "1"
        return False


FULL_EDITION = Edition(about="The full policy", take="all")


def library_editions(library: Library) -> dict[str, Edition]:
    """The library's editions by name (checked when the library was loaded); always at least `full`."""
    raw = library.data.get("editions", {}).get("editions", {})
    return {"full": FULL_EDITION, **{name: _checked_edition(value) for name, value in raw.items()}}


def _checked_edition(value: dict[str, Any]) -> Edition:
    take = value["take"]
    if take != "all":
        take = [entry if isinstance(entry, str) else Taken(**entry) for entry in take]
    return Edition(**{**value, "take": take})
