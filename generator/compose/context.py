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
from ..templating import join_and
from .routes import out_of_hours, routes


class BuildFacts(Facts, total=False):
    """Names the build adds to the answers and derived facts."""

    nation: dict[str, Any]  # the organisation's nation in clauses/data/nations.yaml
    online_route: dict[str, Any] | None  # this employer's cell of clauses/data/online_checks.yaml: how repeated viewing is handled
    duties: dict[str, Any]  # the nation's public records, freedom of information and whistleblowing duties (clauses/data/duties.yaml)
    related_policies: list[str]  # the policies to read with this one: the answer, else the usual ones for this kind of employer
    safety_resources: dict[str, Any]  # named national online-safety resources (clauses/data/safety-resources.yaml)
    routes: list[dict[str, Any]]  # every team the policy sends people to, with how to reach it (the contacts table)
    out_of_hours: dict[str, Any]  # the out-of-hours route for anyone at risk: the answer, else the nation's usual service
    fostering_regulations: list[str]  # the fostering regulations this service works under (in Wales they differ for councils and independent services)
    review_due: dt.date | None  # the next review date
    edition: str  # the edition being built: full, quick, carers, students (clauses/data/editions.yaml)
    your_manager: str  # whom the edition's reader asks, as it reads after "your": manager, supervising social worker, practice educator
    recommendations: list[dict[str, Any]]  # the 23 BASW recommendations (clauses/data/recommendations.yaml)
    coverage: list[Any]  # compose.assemble.Coverage rows: each recommendation and the clauses meeting it
    xref: Callable[[str], str]  # what [[clause.id]] calls: the clause's number in this policy
    provenance: dict[str, str]  # policygen and clause library versions, the answers' sha256


def context_names() -> list[str]:
    """Every top-level name a clause template can use."""
    return [*Answers.model_fields, *BuildFacts.__annotations__]


def clause_context(answers: Answers, library: Library, edition: str = "full") -> dict[str, Any]:
    """The answers as plain data, the derived facts and the nation's facts (coverage and xref come later)."""
    nations = library.data.get("nations", {})
    nation = answers.organisation.nation
    if nation not in nations:
        raise PolicyError(Problem(f"has no facts for the nation '{nation}'", library.shown("data/nations.yaml")))
    values = answers.model_dump()
    for key in ("questions", "concerns", "concerns_alternative", "communications", "data_protection", "it_support"):
        # 'your line manager' is each reader's own: reached directly, named as "the person you would tell".
        values["contacts"][key]["personal"] = getattr(answers.contacts, key).personal
    values.update(derive(values))
    values["your_manager"] = your_manager(edition, values)
    values.update(
        nation=nations[nation],
        duties=library.data.get("duties", {}).get(nation, {}),
        related_policies=answers.policies.related or usual_policies(answers, library.data.get("related-policies", {}), values["public_body"]),
        safety_resources=library.data.get("safety-resources", {}),
        routes=[route.as_values() for route in routes(answers, nations[nation], values)],  # values has the derived facts by now
        out_of_hours=out_of_hours(answers, nations[nation]).as_values(),
        online_route=online_route(answers, library),
        fostering_regulations=fostering_regulations(nations[nation].get("fostering", {}), answers.organisation.type),
        review_due=answers.document.review_due,
        edition=edition,
        recommendations=library.data.get("recommendations", {}).get("recommendations", []),
    )
    return values


def edition_context(values: dict[str, Any], edition: str) -> dict[str, Any]:
    """clause_context(answers, library, edition) from the full edition's context, without working it all out again."""
    if edition == values["edition"]:
        return dict(values)
    return {**values, "edition": edition, "your_manager": your_manager(edition, values)}


def your_manager(edition: str, values: dict[str, Any]) -> str:
    """Whom a clause's "your manager" means for the edition's reader: carers and students have no manager of ours."""
    if edition == "carers":
        return join_and(values["carer_workers"], "or")
    if edition == "students":
        return "personal tutor" if values["university"] else "practice educator"
    return "manager"


def online_route(answers: Answers, library: Library) -> dict[str, Any] | None:
    """This employer's cell of the online-checks table: how repeated viewing is handled, if at all.

    None for a library without the table (a clause that reads it then fails, naming its line).
    """
    shown = "clauses/data/online_checks.yaml"
    table = library.data.get("online_checks")
    if table is None:
        return None
    org = answers.organisation
    route_id = table.get("employers", {}).get(org.type, {}).get(org.nation)
    routes = table.get("routes", {})
    if route_id not in routes:
        raise PolicyError(Problem(f"has no route for a {org.type} in {org.nation}", shown, None, f"employers.{org.type}.{org.nation}"))
    checks = answers.online_checks
    if checks.permitted and checks.own_surveillance_policy and routes[route_id].get("if_own_policy"):
        route_id = routes[route_id]["if_own_policy"]
        if route_id not in routes:
            raise PolicyError(Problem(f"names the route '{route_id}', which it does not define", shown, None, "routes"))
    return {"id": route_id, **routes[route_id]}


def fostering_regulations(facts: dict[str, Any], org_type: str) -> list[str]:
    """The fostering regulations a service works under: in Wales they differ for councils and independent services."""
    extra = facts.get("council_regulations") if org_type == "local_authority" else facts.get("independent_regulations")
    return [law for law in (extra, facts.get("regulations")) if law]


def usual_policies(answers: Answers, usual: dict[str, Any], public_body: bool) -> list[str]:
    """The policies to read with this one when the answers list none: by kind of employer."""
    names = list(usual.get("everyone", []))
    acceptable_use = answers.monitoring.monitoring_policy or usual.get("acceptable_use")
    if acceptable_use and acceptable_use not in names:
        after = names.index("Information Security Policy") + 1 if "Information Security Policy" in names else len(names)
        names.insert(after, acceptable_use)
    if public_body:
        names += usual.get("public_bodies", [])
    return names
