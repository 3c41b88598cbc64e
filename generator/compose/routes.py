"""Every route the policy sends people to, and how to reach each one.

One list serves two readers: the contacts table in the policy prints it, and `build` warns
about any route in it that nobody could reach (a team with no email, phone or web page).
A route that is each reader's own, such as "your line manager", is reached directly.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..answers import Answers
from ..answers.model import Contact
from ..answers.teams import named_teams, team_key
from ..record import Record


class Route(Record):
    purpose: str  # what people contact it for, as the table's first column says it
    name: str  # as it reads in a sentence: "the Data Protection Officer"
    email: str | None = None
    phone: str | None = None
    web: str | None = None
    note: str | None = None  # more on how to reach it, e.g. a nation default's hours
    personal: bool = False  # "your line manager": each reader's own
    field: tuple = ()  # the answer it comes from, for warnings
    named_only: bool = False  # named by another answer, with no contact that says how to reach it
    default: bool = False  # the nation's usual service, used when the answers name none

    @property
    def reachable(self) -> bool:
        return bool(self.email or self.phone or self.web or self.note) or self.personal

    def as_values(self) -> dict[str, Any]:
        """Plain values for templates."""
        return {
            "purpose": self.purpose,
            "name": self.name,
            "email": self.email,
            "phone": self.phone,
            "web": self.web,
            "note": self.note,
            "personal": self.personal,
        }


def _from_contact(purpose: str, contact: Contact, field: tuple) -> Route:
    return Route(purpose, contact.name, contact.email, contact.phone, contact.web, None, contact.personal, field)


def out_of_hours(answers: Answers, nation: dict[str, Any]) -> Route:
    """The answered out-of-hours service, else the nation's usual one."""
    field = ("contacts", "out_of_hours")
    if answers.contacts.out_of_hours is not None:
        return _from_contact("Someone at risk out of hours", answers.contacts.out_of_hours, field)
    usual = nation.get("out_of_hours") or {}
    hours = usual.get("hours")
    return Route(
        "Someone at risk out of hours",
        usual.get("name", "the out-of-hours social work service of the council for the area where the person lives"),
        phone=usual.get("phone"),
        note=f"Open {hours}." if hours else usual.get("how"),
        field=field,
        default=True,
    )


# A university's own students past their personal tutor: they are not employees, so not HR.
STUDENTS_ALTERNATIVE = "A student's concern about their personal tutor, or one they cannot raise with them"

# Foster carers' own out-of-hours line, when it is not the out-of-hours service for anyone at risk.
CARERS_OUT_OF_HOURS = "Foster carers' advice and support out of office hours"


def carers_out_of_hours(answers: Answers, anyone: Route) -> Route | None:
    """Foster carers' out-of-hours line, or None when there are no foster carers or it is `anyone`'s service.

    The same team under the same name is one service, listed once; a line with its own number is listed.
    """
    line = answers.fostering.out_of_hours
    if not answers.scope.foster_carers:
        return None
    means = (line.email, line.phone, line.web)
    if team_key(line.name) == team_key(anyone.name) and (means == (anyone.email, anyone.phone, anyone.web) or not any(means)):
        return None
    return _from_contact(CARERS_OUT_OF_HOURS, line, ("fostering", "out_of_hours"))


def routes(answers: Answers, nation: dict[str, Any], facts: Mapping[str, Any]) -> list[Route]:
    """The contacts table, in order: the named contacts, then other teams the answers name.

    facts: the derived facts for these answers (answers.derive), as clause_context already has them.
    """
    contacts = answers.contacts
    accounts = answers.official_accounts.exist
    found = [
        _from_contact("Questions about this policy", contacts.questions, ("contacts", "questions")),
        _from_contact("Raising a concern", contacts.concerns, ("contacts", "concerns")),
        _from_contact("A concern about your manager, or one you cannot raise with them", contacts.concerns_alternative, ("contacts", "concerns_alternative")),
        _from_contact("The media and official accounts" if accounts else "The media", contacts.communications, ("contacts", "communications")),
        _from_contact("Data protection, data breaches and monitoring", contacts.data_protection, ("contacts", "data_protection")),
        _from_contact("A lost or stolen device used for work", contacts.it_support, ("contacts", "it_support")),
        out_of_hours(answers, nation),
    ]
    carers_line = carers_out_of_hours(answers, found[-1])
    if carers_line is not None:
        found.append(carers_line)
    if facts["carers"]:  # carers are not employees: their own route past their worker, not HR
        workers = " or ".join(facts["carer_workers"])
        purpose = f"A carer's concern about their {workers}, or one they cannot raise with them"
        found.insert(3, _from_contact(purpose, answers.fostering.concerns_alternative, ("fostering", "concerns_alternative")))
    if facts["university_students"]:
        found.insert(3, _from_contact(STUDENTS_ALTERNATIVE, answers.higher_education.student_concerns, ("higher_education", "student_concerns")))
    fixed = len(found)
    named = named_teams(facts)  # (purpose, name, field) of teams other answers name

    known = {team_key(route.name) for route in found}
    others = {team_key(other.name): (index, other) for index, other in enumerate(contacts.other)}
    used: set[int] = set()
    for purpose, name, field in named:
        key = team_key(name)
        if key in known:
            continue
        known.add(key)
        if key in others:
            index, other = others[key]
            used.add(index)
            found.append(_from_contact(other.purpose or purpose, other, ("contacts", "other", index)))
        else:
            found.append(Route(purpose, name, personal=name.lower().startswith("your "), field=field, named_only=True))
    for index, other in enumerate(contacts.other):
        if index not in used and team_key(other.name) not in {team_key(r.name) for r in found[:fixed]}:
            found.append(_from_contact(other.purpose or "Other help", other, ("contacts", "other", index)))
    return found


def one_line_two_names(found: list[Route]) -> list[tuple[tuple, str]]:
    """(answer path, message) when foster carers' out-of-hours line shares its number with a route of another name.

    Carers would read one line as two, and not know which to ring.
    """
    line = next((route for route in found if route.purpose == CARERS_OUT_OF_HOURS), None)
    if line is None or not line.phone:
        return []
    return [
        (line.field, f"{line.name} has the same phone number as {other.name} ({'.'.join(map(str, other.field))}), so carers would read one line as two; if it is one service, give both the same name")
        for other in found
        if other is not line and other.phone == line.phone and team_key(other.name) != team_key(line.name)
    ]


def unreachable(found: list[Route]) -> list[tuple[tuple, str]]:
    """(answer path, message) for every route of `routes` nobody could reach from the policy."""
    gaps = []
    for route in found:
        if route.reachable:
            continue
        if route.named_only:
            message = f"{route.name} is named in the policy, but no contact says how to reach it; add it to contacts.other with an email, phone or web page"
        else:
            message = f"{route.name} has no email, phone or web page, so people cannot reach it from the policy; add at least one"
        gaps.append((route.field, message))
    return gaps
