"""The teams the answers name in a sentence of the policy, and which of them the contacts do not yet say how to reach.

A team named in one answer (who approves official accounts, who advises on surveillance ...)
is a route people follow, so the contacts table lists it and `build` warns while nothing says
how to reach it. The questionnaire offers these teams as `contacts.other`, so a name typed once
is not typed again; compose/routes.py builds the contacts table from the same list.

Both read plain answers with the derived facts (answers.derive), as clause templates see them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# The contacts asked for by name, each with its own question (contacts.<key>).
OWN_CONTACTS = ("questions", "concerns", "concerns_alternative", "communications", "data_protection", "it_support", "out_of_hours")


def team_key(name: str) -> str:
    """A team's name for matching: "the Legal Team" and "Legal team" are one team."""
    words = name.lower().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def named_teams(values: Mapping[str, Any]) -> list[tuple[str, str, tuple[str, str]]]:
    """(purpose, name, answer) of every team other answers name, in the contacts table's order."""
    named: list[tuple[str, str, tuple[str, str]]] = []
    accounts = values["official_accounts"]
    if accounts["exist"]:
        named.append(("Approving a new official account", accounts["approver"], ("official_accounts", "approver")))
        named.append(("The register of official accounts", accounts["register_keeper"], ("official_accounts", "register_keeper")))
    checks = values["online_checks"]
    if checks["permitted"] and values["can_authorise_surveillance"]:
        if values["council"] and values["organisation"]["nation"] != "scotland":
            named.append(("Deciding on repeated viewing of someone's social media", checks["decision_maker"], ("online_checks", "decision_maker")))
        named.append(("Advice on whether viewing could be surveillance", checks["advice_from"], ("online_checks", "advice_from")))
        named.append(("Surveillance authorisations", checks["authorisation_lead"], ("online_checks", "authorisation_lead")))
    elif not values["can_authorise_surveillance"]:
        named.append(("A concern that someone's social media needs watching", checks["concerns_to"], ("online_checks", "concerns_to")))
    support = values["abuse_support"]
    named.append(("Online abuse because of your work", support["report_to"], ("abuse_support", "report_to")))
    if support["wellbeing_service"]:
        named.append(("Wellbeing support", support["wellbeing_service"], ("abuse_support", "wellbeing_service")))
    return [(purpose, name, field) for purpose, name, field in named if name]


def unlisted_teams(values: Mapping[str, Any]) -> list[dict[str, str]]:
    """The teams the answers name that no contact lists yet, as `contacts.other` entries: name and purpose.

    A reader's own ("your line manager") is reached directly and needs none.
    """
    contacts = values["contacts"]
    listed = {team_key(contact["name"]) for key in OWN_CONTACTS if isinstance(contact := contacts.get(key), dict) and contact.get("name")}
    listed |= {team_key(other["name"]) for other in contacts.get("other") or [] if isinstance(other, dict) and other.get("name")}
    entries = []
    for purpose, name, _ in named_teams(values):
        key = team_key(name)
        if key in listed or name.lower().startswith("your "):
            continue
        listed.add(key)
        entries.append({"name": name, "purpose": purpose})
    return entries
