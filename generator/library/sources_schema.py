"""The shape of a clause's `sources`, checked in the library's front matter and in an organisation's own clauses.

Defined only by a checked load (schema.py) or a build with own clauses (own_schema.py); what a
build uses is library/model.py's plain Sources, which `made` returns.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from . import model
from .model import RECOMMENDATIONS

# Empty defaults come from `lambda: []` and `lambda: {}`, not `list` and `dict`: pydantic reads a
# factory's signature, and reading a builtin's starts Python's tokenizer (answers/model.py says so too).


class Strict(BaseModel):
    # defer_build: a model is built only when a file is checked against it.
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

    def made(self) -> model.Sources:
        """The checked sources as the build uses them."""
        partly = [model.Partly(entry.basw, entry.when, entry.gap) for entry in self.partly]
        return model.Sources(list(self.basw), list(self.code_of_ethics), self.basis, partly)
