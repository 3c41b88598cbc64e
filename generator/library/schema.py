"""The shapes the library's files are checked against: front matter, outline, editions and data files.

Only a checked load (library/load.py) reads them, so a build from the cache or the bundle never
defines these pydantic models. An organisation's own clause files have theirs in own_schema.py.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, RootModel

from .model import ID_PATTERN, ChangeNote, Edition, OutlineSection, Sources, Strict


class FrontMatter(Strict):
    id: str = Field(pattern=f"^{ID_PATTERN}$", description="section.name, matching the file's folder and name.")
    title: str = Field(min_length=1, description="The clause heading.")
    when: str | None = Field(default=None, description="A Jinja expression over the answers; the clause applies when true.")
    sources: Sources
    notes: str | None = Field(default=None, description="For drafters: why the clause exists, its options and the law behind it. Never printed in the policy.")
    changed: ChangeNote | None = Field(default=None, description="The last change to the clause's text: the library version and one line on it.")


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


class Editions(Strict):
    editions: dict[str, Edition]
