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
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from jinja2 import Template
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ..templating import ENV

RECOMMENDATIONS = range(1, 24)  # the 23 numbered recommendations of the BASW policy
ID_PATTERN = r"[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*"
XREF = re.compile(r"\[\[\s*([^\]\s]*)\s*\]\]")


# Empty defaults come from `lambda: []` and `lambda: {}`, not `list` and `dict`: pydantic reads a
# factory's signature, and reading a builtin's starts Python's tokenizer (answers/model.py says so too).


class Strict(BaseModel):
    # defer_build: a build from the cache never validates these, so never pays to build them.
    model_config = ConfigDict(extra="forbid", defer_build=True)


class Partly(Strict):
    """When the clause only partly delivers a recommendation, and what would complete it."""

    basw: int = Field(description="The recommendation, one of the clause's own.")
    when: str = Field(description="A Jinja expression over the answers: true when the clause falls short.")
    gap: str = Field(min_length=1, description="What the answers must add, e.g. 'say where the advice is'.")


class Sources(Strict):
    """Why a clause exists: the BASW recommendations it implements, or another basis."""

    basw: list[int] = Field(default_factory=lambda: [], description="Recommendation numbers (1-23) this clause implements.")
    code_of_ethics: list[str] = Field(default_factory=lambda: [], description="BASW Code of Ethics references, e.g. '3.10'.")
    basis: Literal["document-control", "law", "good-practice", "structure"] | None = Field(
        default=None, description="Why the clause exists when it implements no recommendation."
    )
    partly: list[Partly] = Field(default_factory=lambda: [], description="Answers for which the clause meets a recommendation only in part.")

    @field_validator("basw")
    @classmethod
    def _known(cls, value: list[int]) -> list[int]:
        for number in value:
            if number not in RECOMMENDATIONS:
                raise ValueError(f"{number} is not a BASW recommendation: the numbers run from 1 to 23")
        return value

    @model_validator(mode="after")
    def _has_reason(self) -> Sources:
        if not self.basw and not self.basis:
            raise ValueError("name the BASW recommendations (basw: [..]) or say why the clause exists (basis: ...)")
        return self

    @model_validator(mode="after")
    def _partly_its_own(self) -> Sources:
        for entry in self.partly:
            if entry.basw not in self.basw:
                raise ValueError(f"partly names recommendation {entry.basw}, which is not in this clause's basw list")
        return self


class ChangeNote(Strict):
    """What changed in a clause's text in a version of the library, for `policygen changes`."""

    version: str = Field(pattern=r"^\d+(\.\d+)*$", description="The library version the change is in, e.g. '2026.12.0'.")
    note: str = Field(min_length=1, pattern=r"^[^\n]*$", description="One line, to the clause's readers: what is different now.")


def version_key(version: str) -> tuple[int, ...]:
    """A library version ('2026.11.0') as numbers, to compare; a version that is not numbers sorts first."""
    parts = version.split(".")
    return tuple(int(part) for part in parts) if all(part.isdigit() for part in parts) else ()


@dataclass
class Clause:
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


class OutlineSection(Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    title: str = Field(min_length=1)
    clauses: list[str]


@dataclass
class Library:
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

class Taken(Strict):
    """A section or clause an edition takes only when a condition holds."""

    id: str = Field(description="A section or clause id.")
    when: str = Field(description="A Jinja expression over the answers; the edition takes it only when true.")


class Edition(Strict):
    """One edition of the policy (clauses/data/editions.yaml): whom it is for and which clauses it takes."""

    title: str | None = Field(default=None, description="The edition's title; none: the policy's own title.")
    about: str = Field(min_length=1, description="Whom the edition is for, as `policygen editions` lists it.")
    audience: str = Field(default="everyone the policy covers", min_length=1, description="Its readers, as they read after 'for': staff, carers, students.")
    when: str | None = Field(default=None, description="A Jinja expression over the answers; the edition exists only when true.")
    take: list[str | Taken] | Literal["all"] = Field(
        description="Section or clause ids (each alone, or with a `when`); 'all' for every clause."
    )
    brief: bool = Field(default=False, description="A short edition: no contents list, and the text starts on the first page.")
    headings: dict[str, str] = Field(
        default_factory=lambda: {},
        description="Section or clause id -> its heading in this edition, where the full policy's heading tells this reader little.",
    )
    cites: str = Field(
        default="{} of the full policy",
        description="How [[id]] reads for a clause the edition leaves out; {} is its number in the full policy.",
    )

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


# Made without validating (and so without building the model's validator on every build): the
# values are literals here, and library_editions' were checked when the library was loaded.
FULL_EDITION = Edition.model_construct(about="The full policy", take="all")


def library_editions(library: Library) -> dict[str, Edition]:
    """The library's editions by name (checked when the library was loaded); always at least `full`."""
    raw = library.data.get("editions", {}).get("editions", {})
    return {"full": FULL_EDITION, **{name: _checked_edition(value) for name, value in raw.items()}}


def _checked_edition(value: dict[str, Any]) -> Edition:
    take = value["take"]
    if take != "all":
        take = [entry if isinstance(entry, str) else Taken.model_construct(**entry) for entry in take]
    return Edition.model_construct(**{**value, "take": take})
