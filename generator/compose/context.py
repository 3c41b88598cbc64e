"""What a clause's `when` and body can use: the answers, the derived facts and the library's facts.

The names are declared here, once: every group of the answers model by its key
(`organisation`, `scope` ...), every derived fact (answers/facts.py), and the build's own
names below. clauses/README.md lists them for clause authors.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from ..answers import Answers, derive
from ..answers.facts import Facts
from ..errors import PolicyError, Problem
from ..library import Library


class BuildFacts(Facts, total=False):
    """Names the build adds to the answers and derived facts."""

    nation: dict[str, Any]  # the organisation's nation in clauses/data/nations.yaml
    review_due: dt.date | None  # the next review date
    recommendations: list[dict[str, Any]]  # the 23 BASW recommendations (clauses/data/recommendations.yaml)
    coverage: list[Any]  # compose.assemble.Coverage rows: each recommendation and the clauses meeting it
    xref: Callable[[str], str]  # what [[clause.id]] calls: the clause's number in this policy
    provenance: dict[str, str]  # policygen and clause library versions, the answers' sha256


def context_names() -> list[str]:
    """Every top-level name a clause template can use."""
    return [*Answers.model_fields, *BuildFacts.__annotations__]


def clause_context(answers: Answers, library: Library) -> dict[str, Any]:
    """The answers as plain data, the derived facts and the nation's facts (coverage and xref come later)."""
    nations = library.data.get("nations", {})
    nation = answers.organisation.nation
    if nation not in nations:
        raise PolicyError(Problem(f"has no facts for the nation '{nation}'", library.shown("data/nations.yaml")))
    values = answers.model_dump()
    values.update(derive(values))
    values.update(
        nation=nations[nation],
        review_due=answers.document.review_due,
        recommendations=library.data.get("recommendations", {}).get("recommendations", []),
    )
    return values
