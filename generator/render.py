"""From answers and library to the Document: context, selection, rendering, assembly."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from . import __version__
from .answers import ORG_TYPES, PUBLIC_BODIES, STANDARD_CHECKS, SURVEILLANCE_AUTHORITIES, Answers
from .blockcache import CachedParser
from .document import Clause, Document, Metadata, Section
from .errors import PolicyError, Problem, collect
from .library import Library
from .routes import out_of_hours, routes
from .selection import Selected, reference_resolver, select
from .templating import template_problem


@dataclass(frozen=True)
class Coverage:
    """One BASW recommendation and the clauses of this policy that implement it."""

    number: int
    summary: str
    audience: str
    clauses: tuple[str, ...]  # clause numbers, e.g. ("3.2", "5.1")
    gap: str | None = None  # set when every clause here meets it only in part: what the answers must add

    @property
    def partly(self) -> bool:
        return bool(self.clauses) and self.gap is not None


def context(answers: Answers, library: Library) -> dict[str, Any]:
    """Everything a `when` or a clause body can use: the answers plus facts derived from them."""
    nations = library.data.get("nations", {})
    nation = answers.organisation.nation
    if nation not in nations:
        raise PolicyError(Problem(f"has no facts for the nation '{nation}'", "clauses/data/nations.yaml"))
    values = answers.model_dump()
    for key in ("questions", "concerns", "concerns_alternative", "communications", "data_protection", "it_support"):
        # 'your line manager' is each reader's own: reached directly, named as "the person you would tell".
        values["contacts"][key]["personal"] = getattr(answers.contacts, key).personal
    university = answers.organisation.type == "university"
    values.update(
        nation=nations[nation],
        duties=library.data.get("duties", {}).get(nation, {}),
        # Councils and NHS or HSC bodies: the public task basis, freedom of information, equality duties.
        public_body=answers.organisation.type in PUBLIC_BODIES,
        monitoring_basis=answers.monitoring.lawful_basis or ("public_task" if answers.organisation.type in PUBLIC_BODIES else "legitimate_interests"),
        org_type_label=ORG_TYPES[answers.organisation.type],
        public_authority=answers.organisation.type in SURVEILLANCE_AUTHORITIES,
        review_due=answers.document.review_due,
        carers=answers.scope.foster_carers or answers.scope.other_carers,
        # Agency workers, students, carers and volunteers are not our employees: employee-only terms say so.
        not_only_employees=any((answers.scope.agency_staff, answers.scope.students, answers.scope.foster_carers, answers.scope.other_carers, answers.scope.volunteers)),
        # A university teaches its own students; other employers host other people's on placement.
        university=university,
        university_students=university and answers.scope.students,
        recommendations=library.data.get("recommendations", {}).get("recommendations", []),
        extra_checks=extra_checks(answers),
        related_policies=answers.policies.related or usual_policies(answers, library.data.get("related-policies", {})),
        safety_resources=library.data.get("safety-resources", {}),
        # Every team the policy sends people to, with how to reach it (the contacts table).
        routes=[route.as_values() for route in routes(answers, nations[nation])],
        out_of_hours=out_of_hours(answers, nations[nation]).as_values(),
    )
    return values


def extra_checks(answers: Answers) -> list[str]:
    """Checks before an account goes live beyond the standard five; Welsh Language Standards add theirs."""
    extra = [check for check in answers.official_accounts.pre_launch_checks if check not in STANDARD_CHECKS]
    if answers.organisation.nation == "wales" and answers.welsh_language.standards_apply and "welsh_language" not in extra:
        extra.insert(0, "welsh_language")
    return extra


def usual_policies(answers: Answers, usual: dict[str, Any]) -> list[str]:
    """The policies to read with this one when the answers list none: by kind of employer."""
    names = list(usual.get("everyone", []))
    acceptable_use = answers.monitoring.monitoring_policy or usual.get("acceptable_use")
    if acceptable_use and acceptable_use not in names:
        after = names.index("Information Security Policy") + 1 if "Information Security Policy" in names else len(names)
        names.insert(after, acceptable_use)
    if answers.organisation.type in PUBLIC_BODIES:
        names += usual.get("public_bodies", [])
    return names


def coverage(selected: list[Selected], library: Library, values: dict[str, Any]) -> list[Coverage]:
    """Each recommendation and its clauses; covered in full only if one clause meets it in full."""
    rows = []
    for rec in library.data.get("recommendations", {}).get("recommendations", []):
        meeting = [s for s in selected if rec["number"] in s.clause.sources.basw]
        gaps = [s.clause.falls_short(rec["number"], values) for s in meeting]
        gap = gaps[0] if gaps and all(gaps) else None
        rows.append(Coverage(rec["number"], rec["summary"], rec["audience"], tuple(s.number for s in meeting), gap))
    return rows


def assemble(answers: Answers, library: Library, answers_hash: str = "") -> Document:
    """Select, render and parse every clause; report every broken clause at once."""
    values = context(answers, library)
    selected = select(answers, library, values)
    values["coverage"] = coverage(selected, library, values)
    values["xref"] = reference_resolver(selected, library, answers)
    # What made the document stays out of its body: the writers put it in the file's properties.

    parser = CachedParser()
    problems: list[Problem] = []
    sections: dict[str, list[Clause]] = {}
    hashes = []
    for item in selected:
        clause = item.clause
        try:
            markdown = clause.template.render(values)
        except Exception as exc:  # any template failure is the clause's fault: name its file and line
            problems.append(template_problem(exc, clause.file, clause.body_line))
            continue
        if not markdown.strip():
            problems.append(Problem("renders empty for these answers; move the condition into `when`", clause.file, clause.body_line))
            continue
        try:
            blocks = parser.parse(markdown, clause.file, clause.body_line)
        except PolicyError as exc:
            problems.extend(exc.problems)
            continue
        sections.setdefault(clause.section, []).append(Clause(clause.id, item.number, clause.title, blocks, tuple(clause.sources.basw)))
        hashes.append((clause.id, hashlib.sha256(f"{clause.title}\n{markdown}".encode()).hexdigest()))
    collect(problems)
    parser.save()

    doc = answers.document
    meta = Metadata(
        title=doc.title,
        organisation=answers.organisation.name,
        subject=f"Social media policy for social work staff of {answers.organisation.name}",
        author=doc.owner,
        keywords=("social media", "social work", "policy", values["nation"]["name"]),
        version=doc.version,
        status="Approved" if doc.status == "approved" else "Draft",
        provenance=(
            ("policygen", __version__),
            ("clause library", library.version),
            ("answers sha256", answers_hash),
        ),
    )
    numbered = tuple(
        Section(section_id, str(index), library.section_title(section_id), tuple(clauses))
        for index, (section_id, clauses) in enumerate(sections.items(), start=1)
    )
    return Document(meta, numbered, tuple(hashes))
