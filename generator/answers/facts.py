"""Facts derived from the answers: one vocabulary for questions' and clauses' conditions.

A question's `when` (while the answers are still coming in) and a clause's `when` and body
(at build time) see the same names, computed here and nowhere else. Each is a plain value
worked out from the answers alone; facts that need the clause library (the nation's law and
regulator) are added by the build's context.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from .model import ORG_TYPES, OTHER_CARER_NAMES, OWN_POLICY_TYPES, PUBLIC_BODIES, STANDARD_CHECKS, SURVEILLANCE_AUTHORITIES


class Facts(TypedDict):
    """Every derived fact, by name. clauses/README.md lists them for clause authors."""

    org_type_label: str  # "Local authority (council)"
    council: bool  # a local authority: it has a route in law to authorise surveillance
    surveillance_power_unconfirmed: bool  # NHS and HSC bodies, universities, other employers: no power claimed unless their own policy names one
    can_authorise_surveillance: bool  # a council, or an employer whose own surveillance policy names who authorises
    carers: bool  # foster carers or other carers are in scope
    carer_workers: list[str]  # who carers go to, as it reads after "your": the supervising social worker, the Shared Lives worker ...
    other_carer_kinds: list[str]  # the kinds of other carer picked, as they read in a sentence: ['Shared Lives carers']
    university: bool  # the employer is a university, which teaches its own students
    university_students: bool  # a university whose students are in scope
    public_body: bool  # a council, an NHS or HSC body, or a university that is a public authority: public task, freedom of information
    equality_duty: bool  # bound by the nation's public equality duty: public bodies, except a university in Northern Ireland
    monitoring_basis: str  # the lawful basis for monitoring: the answer, else public_task for public bodies, legitimate_interests otherwise
    extra_checks: list[str]  # checks before an official account goes live beyond the standard five (Welsh Language Standards add theirs)
    not_only_employees: bool  # someone covered is not our employee, so a clause for everyone must say whom each route is for


def derive(answers: Mapping[str, Any]) -> Facts:
    """The facts for answers as plain data (a model dump, or the answers given so far)."""
    organisation = answers.get("organisation") or {}
    scope = answers.get("scope") or {}
    kind = organisation.get("type")
    checks = answers.get("online_checks") or {}
    monitoring = answers.get("monitoring") or {}
    university = kind == "university"
    nation = organisation.get("nation")
    public_university = university and (answers.get("higher_education") or {}).get("public_authority", True) is not False
    public_body = kind in PUBLIC_BODIES or public_university
    council = kind in SURVEILLANCE_AUTHORITIES
    unconfirmed = kind in OWN_POLICY_TYPES
    return Facts(
        org_type_label=ORG_TYPES.get(kind, "") if isinstance(kind, str) else "",
        council=council,
        public_body=public_body,
        # Schedule 19 to the Equality Act 2010 lists English universities (the Welsh and Scottish
        # lists are confirmed by the equality commission's guides, and the university's answer
        # confirms it). Whether Northern Ireland's are designated for section 75 is not confirmed.
        equality_duty=public_body and not (university and nation == "northern_ireland"),
        monitoring_basis=monitoring.get("lawful_basis") or ("public_task" if public_body else "legitimate_interests"),
        extra_checks=_extra_checks(answers),
        surveillance_power_unconfirmed=unconfirmed,
        can_authorise_surveillance=council or (unconfirmed and bool(checks.get("own_surveillance_policy"))),
        carers=bool(scope.get("foster_carers") or scope.get("other_carers")),
        carer_workers=_carer_workers(scope, answers.get("fostering") or {}),
        other_carer_kinds=_other_carer_kinds(scope, answers.get("fostering") or {}),
        # A university teaches its own students; other employers host other people's on placement.
        university=university,
        university_students=university and bool(scope.get("students")),
        # A university always engages some sessional lecturers and practice educators under contract.
        not_only_employees=university or any(bool(scope.get(group)) for group in ("agency_staff", "students", "foster_carers", "other_carers", "volunteers")),
    )


def _extra_checks(answers: Mapping[str, Any]) -> list[str]:
    accounts = answers.get("official_accounts") or {}
    extra = [check for check in accounts.get("pre_launch_checks") or [] if check not in STANDARD_CHECKS]
    welsh = (answers.get("welsh_language") or {}).get("standards_apply")
    if (answers.get("organisation") or {}).get("nation") == "wales" and welsh and "welsh_language" not in extra:
        extra.insert(0, "welsh_language")
    return extra


def _carer_workers(scope: Mapping[str, Any], fostering: Mapping[str, Any]) -> list[str]:
    workers = [fostering.get("supervising_worker")] if scope.get("foster_carers") else []
    workers += [fostering.get("other_carers_worker")] if scope.get("other_carers") else []
    return [str(worker) for worker in workers if worker]


def _other_carer_kinds(scope: Mapping[str, Any], fostering: Mapping[str, Any]) -> list[str]:
    kinds = (fostering.get("other_carers_kinds") or []) if scope.get("other_carers") else []
    return [OTHER_CARER_NAMES[kind] for kind in OTHER_CARER_NAMES if kind in kinds]
