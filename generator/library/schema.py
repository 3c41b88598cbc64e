"""The shapes the library's files are checked against: front matter, outline, editions and data files.

Only a checked load (library/load.py) reads them, so a build from the cache or the bundle never
defines these pydantic models. An organisation's own clause files have theirs in own_schema.py.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel

from . import model
from .model import ID_PATTERN
from .sources_schema import Sources, Strict


class ChangeNote(Strict):
    """What changed in a clause's text in a version of the library, for `policygen changes`."""

    version: str = Field(pattern=r"^\d+(\.\d+)*$", description="The library version the change is in, e.g. '2026.12.0'.")
    note: str = Field(min_length=1, pattern=r"^[^\n]*$", description="One line, to the clause's readers: what is different now.")

    def made(self) -> model.ChangeNote:
        return model.ChangeNote(self.version, self.note)


class FrontMatter(Strict):
    id: str = Field(pattern=f"^{ID_PATTERN}$", description="section.name, matching the file's folder and name.")
    title: str = Field(min_length=1, description="The clause heading.")
    when: str | None = Field(default=None, description="A Jinja expression over the answers; the clause applies when true.")
    sources: Sources
    notes: str | None = Field(default=None, description="For drafters: why the clause exists, its options and the law behind it. Never printed in the policy.")
    changed: ChangeNote | None = Field(default=None, description="The last change to the clause's text: the library version and one line on it.")


class OutlineSection(Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    title: str = Field(min_length=1)
    clauses: list[str]

    def made(self) -> model.OutlineSection:
        return model.OutlineSection(self.id, self.title, list(self.clauses))


class Outline(Strict):
    library_version: str = Field(description="The clause library's version, recorded in every policy built from it.")
    sections: list[OutlineSection]


class Loose(BaseModel):
    # Data files may carry more facts than the build reads; only what it reads is checked.
    model_config = ConfigDict(extra="allow", defer_build=True)


class Recommendation(Loose):
    number: int = Field(ge=1, le=23, description="The recommendation's number in the BASW policy (1-23).")
    summary: str = Field(min_length=1)
    audience: str = Field(min_length=1, description="Who BASW addresses, e.g. 'employers'.")


class RecommendationsFile(Loose):
    recommendations: list[Recommendation]


class NationFacts(Loose):
    name: str = Field(min_length=1, description="The nation's name, e.g. 'England'.")


class NationsFile(RootModel[dict[str, NationFacts]]):
    model_config = ConfigDict(defer_build=True)


DATA_FILES: dict[str, type[BaseModel]] = {"recommendations": RecommendationsFile, "nations": NationsFile}


class Taken(Strict):
    """A section or clause an edition takes only when a condition holds."""

    id: str = Field(description="A section or clause id.")
    when: str = Field(description="A Jinja expression over the answers; the edition takes it only when true.")


class Edition(Strict):
    """One edition of the policy (clauses/data/editions.yaml): whom it is for and which clauses it takes.

    A build reads the file's entries as model.Edition, with the same fields and defaults.
    """

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


class Editions(Strict):
    editions: dict[str, Edition]
