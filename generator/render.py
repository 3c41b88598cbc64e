"""From answers and library to the Document: context, selection, rendering, assembly."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from . import __version__
from .answers import ORG_TYPES, SURVEILLANCE_AUTHORITIES, Answers
from .blockcache import CachedParser
from .document import Clause, Document, Metadata, Section
from .errors import PolicyError, Problem, collect
from .library import Library
from .selection import Selected, reference_resolver, select
from .templating import template_problem


@dataclass(frozen=True)
class Coverage:
    """One BASW recommendation and the clauses of this policy that implement it."""

    number: int
    summary: str
    audience: str
    clauses: tuple[str, ...]  # clause numbers, e.g. ("3.2", "5.1")


def context(answers: Answers, library: Library) -> dict[str, Any]:
    """Everything a `when` or a clause body can use: the answers plus facts derived from them."""
    nations = library.data.get("nations", {})
    nation = answers.organisation.nation
    if nation not in nations:
        raise PolicyError(Problem(f"has no facts for the nation '{nation}'", "clauses/data/nations.yaml"))
    values = answers.model_dump()
    university = answers.organisation.type == "university"
    scope = answers.scope
    carers = scope.foster_carers or scope.other_carers
    values.update(
        nation=nations[nation],
        org_type_label=ORG_TYPES[answers.organisation.type],
        public_authority=answers.organisation.type in SURVEILLANCE_AUTHORITIES,
        review_due=answers.document.review_due,
        carers=carers,
        # A university teaches its own students; other employers host other people's on placement.
        university=university,
        university_students=university and scope.students,
        # Someone covered is not our employee, so a clause addressed to everyone must say whom each route is for.
        # A university always engages some sessional lecturers and practice educators under contract.
        not_only_employees=university or scope.agency_staff or scope.students or carers or scope.volunteers,
        fostering_regulations=_fostering_regulations(nations[nation].get("fostering", {}), answers.organisation.type),
        recommendations=library.data.get("recommendations", {}).get("recommendations", []),
    )
    return values


def _fostering_regulations(facts: dict[str, Any], org_type: str) -> list[str]:
    """The fostering regulations a service works under: in Wales they differ for councils and independent services."""
    extra = facts.get("council_regulations") if org_type == "local_authority" else facts.get("independent_regulations")
    return [law for law in (extra, facts.get("regulations")) if law]


def coverage(selected: list[Selected], library: Library) -> list[Coverage]:
    rows = []
    for rec in library.data.get("recommendations", {}).get("recommendations", []):
        numbers = tuple(s.number for s in selected if rec["number"] in s.clause.sources.basw)
        rows.append(Coverage(rec["number"], rec["summary"], rec["audience"], numbers))
    return rows


def assemble(answers: Answers, library: Library, answers_hash: str = "") -> Document:
    """Select, render and parse every clause; report every broken clause at once."""
    values = context(answers, library)
    selected = select(answers, library, values)
    values["coverage"] = coverage(selected, library)
    values["xref"] = reference_resolver(selected, library, answers)
    # What made this document, for the document-control table (the writers add the full record).
    values["provenance"] = {"policygen": __version__, "clause_library": library.version, "answers_sha256": answers_hash}

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
