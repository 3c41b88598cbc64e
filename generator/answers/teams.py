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


# What each team other answers name is contacted for, as the contacts table and `init` put it.
PURPOSES = {
    ("official_accounts", "approver"): "Approving a new official account",
    ("official_accounts", "register_keeper"): "The register of official accounts",
    ("online_checks", "decision_maker"): "Deciding on repeated viewing of someone's social media",
    ("online_checks", "advice_from"): "Advice on whether viewing could be surveillance",
    ("online_checks", "authorisation_lead"): "Surveillance authorisations",
    ("online_checks", "concerns_to"): "A concern that someone's social media needs watching",
    ("abuse_support", "report_to"): "Online abuse because of your work",
    ("abuse_support", "wellbeing_service"): "Wellbeing support",
}


def named_teams(values: Mapping[str, Any]) -> list[tuple[str, str, tuple[str, str]]]:
    """(purpose, name, answer) of every team other answers name, in the contacts table's order."""
    fields: list[tuple[str, str]] = []
    if values["official_accounts"]["exist"]:
        fields += [("official_accounts", "approver"), ("official_accounts", "register_keeper")]
    if values["online_checks"]["permitted"] and values["can_authorise_surveillance"]:
        if values["council"] and values["organisation"]["nation"] != "scotland":
            fields.append(("online_checks", "decision_maker"))
        fields += [("online_checks", "advice_from"), ("online_checks", "authorisation_lead")]
    elif not values["can_authorise_surveillance"]:
        fields.append(("online_checks", "concerns_to"))
    fields += [("abuse_support", "report_to"), ("abuse_support", "wellbeing_service")]
    named = [(PURPOSES[field], values[field[0]][field[1]], field) for field in fields]
    return [(purpose, name, field) for purpose, name, field in named if name]


def stale_contacts(values: Mapping[str, Any]) -> list[tuple[int, str]]:
    """(index, message) for each `contacts.other` entry, under a purpose `init` gives a named team, that is not that team.

    Such an entry is left behind when the team's answer is renamed (or no longer applies), and
    the contacts table would list it beside the team the policy now names.
    """
    named = {purpose.lower(): (name, ".".join(field)) for purpose, name, field in named_teams(values)}
    known = {purpose.lower(): ".".join(field) for field, purpose in PURPOSES.items()}
    stale = []
    for index, other in enumerate(values["contacts"].get("other") or []):
        purpose = (other.get("purpose") or "").strip()
        if purpose.lower() not in known:
            continue
        if purpose.lower() not in named:
            answer = known[purpose.lower()]
            stale.append((index, f"lists {other['name']} for '{purpose}', but these answers name no one for it ({answer}); delete this entry, or change its purpose"))
            continue
        name, answer = named[purpose.lower()]
        if team_key(other["name"]) != team_key(name):
            stale.append((index, f"lists {other['name']} for '{purpose}', but {answer} names {name} for it; give both the same name, or delete this entry"))
    return stale


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


def offered_contacts(values: Mapping[str, Any], entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`contacts.other` as `policygen serve` takes it while the file does not answer it: `entries` with the teams these answers name.

    An entry that is only a named team's name and purpose, with no way to reach it yet, is what
    an earlier offer left: it is offered again from these answers, so the offer follows an answer
    changed since (the kind of employer, say). Every other entry is the organisation's own and stays.
    """
    purposes = {purpose.lower() for purpose in PURPOSES.values()}
    kept = [
        entry
        for entry in entries
        if entry.get("email") or entry.get("phone") or entry.get("web") or (entry.get("purpose") or "").strip().lower() not in purposes
    ]
    return kept + unlisted_teams({**values, "contacts": {**values["contacts"], "other": kept}})
