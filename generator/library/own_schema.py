"""The shape of an organisation's own clause file's front matter: defined only for a build that has own clauses."""

from __future__ import annotations

from pydantic import Field, model_validator

from .model import ID_PATTERN
from .sources_schema import Sources, Strict


class OwnFrontMatter(Strict):
    """An organisation's own clause: a new one (id, placed by after/before), or a replacement of a library clause."""

    id: str | None = Field(default=None, pattern=f"^{ID_PATTERN}$", description="A new clause's id, section.name; a replacement keeps the library's.")
    replaces: str | None = Field(default=None, pattern=f"^{ID_PATTERN}$", description="The library clause whose title and text this replaces.")
    replaces_sha256: str | None = Field(default=None, pattern="^[0-9a-f]{64}$", description="The hash of the library text replaced, as `policygen explain ID` shows it (build warns with it while it is missing).")
    section: str | None = Field(default=None, description="A new clause's section (the id's first part).")
    after: str | None = Field(default=None, description="Place a new clause after this clause of its section.")
    before: str | None = Field(default=None, description="Place a new clause before this clause of its section.")
    title: str = Field(min_length=1, description="The clause heading.")
    when: str | None = Field(default=None, description="A Jinja expression over the answers; a replacement without one keeps the library's.")
    sources: Sources | None = Field(default=None, description="Required for a new clause; a replacement without it keeps the library's.")
    notes: str | None = None

    @model_validator(mode="after")
    def _adds_or_replaces(self) -> OwnFrontMatter:
        if self.replaces and (self.after or self.before or self.section):
            raise ValueError("a replacement keeps the library clause's place: remove section, after and before")
        if self.replaces and self.id and self.id != self.replaces:
            raise ValueError(f"a replacement keeps the id of the clause it replaces: remove id, or make it '{self.replaces}'")
        if not self.replaces and not self.id:
            raise ValueError("give a new clause an id (section.name), or say which library clause it replaces (replaces: ...)")
        if not self.replaces and self.sources is None:
            raise ValueError("a new clause names the BASW recommendations it meets (sources: {basw: [..]}) or its basis")
        if self.after and self.before:
            raise ValueError("place a clause after one clause or before one, not both")
        return self
