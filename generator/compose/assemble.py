"""From answers and library to the Document: select the clauses, render each, parse it into blocks."""

from __future__ import annotations

import functools
import hashlib
from typing import Any

from ..answers import Answers
from ..document import Clause, Document, Metadata, Section
from ..errors import PolicyError, Problem, collect
from ..library import Library
from ..library.model import Edition, library_editions
from ..record import Record
from ..templating import readable_links, render, shared_values, template_problem, uk_date
from ..version import __version__
from .blocks import parse_blocks
from .context import clause_context, edition_context
from .select import Selected, reference_resolver, select


class Coverage(Record):
    """One BASW recommendation and the clauses of this policy that implement it."""

    number: int
    summary: str
    audience: str
    clauses: tuple[str, ...]  # clause numbers, e.g. ("3.2", "5.1")
    gap: str | None = None  # set when every clause here meets it only in part: what the answers must add

    @property
    def partly(self) -> bool:
        return bool(self.clauses) and self.gap is not None


def coverage(selected: list[Selected], library: Library, values: dict[str, Any]) -> list[Coverage]:
    """Each recommendation and its clauses; covered in full only if one clause meets it in full."""
    meeting_each: dict[int, list[Selected]] = {}  # recommendation number -> its clauses, in policy order
    for item in selected:
        for number in dict.fromkeys(item.clause.sources.basw):
            meeting_each.setdefault(number, []).append(item)
    rows = []
    for rec in library.data.get("recommendations", {}).get("recommendations", []):
        meeting = meeting_each.get(rec["number"], [])
        gaps = [s.clause.falls_short(rec["number"], values) for s in meeting]
        gap = gaps[0] if gaps and all(gaps) else None
        rows.append(Coverage(rec["number"], rec["summary"], rec["audience"], tuple(s.number for s in meeting), gap))
    return rows


def render_values(
    answers: Answers, library: Library, edition: str = "full", context: dict[str, Any] | None = None
) -> tuple[dict[str, Any], list[Selected], Edition]:
    """What every clause template of the edition sees for these answers, the clauses selected and the edition.

    context: clause_context(answers, library), when the caller has it already; it is left unchanged.
    """
    full_context = clause_context(answers, library) if context is None else context
    chosen = edition_named(edition, answers, library, full_context)
    values = edition_context(full_context, edition)
    selected = select(answers, library, values, chosen)
    full = None if edition == "full" else select(answers, library, full_context)
    values["coverage"] = coverage(selected, library, values)
    values["xref"] = reference_resolver(selected, library, answers, full, chosen.cites)
    return values, selected, chosen


def assemble(answers: Answers, library: Library, answers_hash: str = "", edition: str = "full", context: dict[str, Any] | None = None) -> Document:
    """Select, render and parse every clause of the edition; report every broken clause at once.

    context: clause_context(answers, library), when the caller has it already; it is left unchanged.
    """
    values, selected, chosen = render_values(answers, library, edition, context)
    # What made the document stays out of its body: the writers put it in the file's properties.

    problems: list[Problem] = []
    sections: dict[str, list[Clause]] = {}
    hashes = []
    shared = shared_values(values)
    for item in selected:
        clause = item.clause
        try:
            markdown = render(clause.template, shared)
        except Exception as exc:  # any template failure is the clause's fault: name its file and line
            problems.append(template_problem(exc, clause.file, clause.body_line))
            continue
        if not markdown.strip():
            problems.append(Problem("renders empty for these answers; move the condition into `when`", clause.file, clause.body_line))
            continue
        try:
            blocks = parse_blocks(markdown, clause.file, clause.body_line)
        except PolicyError as exc:
            problems.extend(exc.problems)
            continue
        title = chosen.heading(clause.id, clause.title)
        sections.setdefault(clause.section, []).append(Clause(clause.id, item.number, title, blocks, tuple(clause.sources.basw)))
        hashes.append((clause.id, clause_hash(title, markdown)))
    collect(problems)

    doc = answers.document
    meta = Metadata(
        title=chosen.title or doc.title,
        organisation=answers.organisation.name,
        subject=f"Social media policy for social work staff of {answers.organisation.name}",
        author=doc.owner,
        keywords=("social media", "social work", "policy", values["nation"]["name"]),
        version=doc.version,
        status="Approved" if doc.status == "approved" else "Draft",
        approved_on=uk_date(doc.approved_on) if doc.approved_on else "",
        provenance=(
            ("policygen", __version__),
            ("clause library", library.version),
            ("answers sha256", answers_hash),
        ),
    )
    numbered = tuple(
        Section(section_id, str(index), chosen.heading(section_id, library.section_title(section_id)), tuple(clauses))
        for index, (section_id, clauses) in enumerate(sections.items(), start=1)
    )
    return Document(meta, numbered, tuple(hashes), chosen.brief)


@functools.lru_cache(maxsize=1024)  # as parse_blocks: most clauses read the same in the next build
def clause_hash(title: str, markdown: str) -> str:
    """The sha256 of a clause's title and text as a person reads them (links written out), kept in the file's properties."""
    return hashlib.sha256(f"{title}\n{readable_links(markdown)}".encode()).hexdigest()


def available_editions(answers: Answers, library: Library, context: dict[str, Any] | None = None) -> dict[str, Edition]:
    """The editions this organisation gets: each edition whose condition holds for these answers (context: as for assemble)."""
    values = clause_context(answers, library) if context is None else context
    return {name: edition for name, edition in library_editions(library).items() if edition.available(values)}


def edition_named(name: str, answers: Answers, library: Library, context: dict[str, Any] | None = None) -> Edition:
    """The edition called name, or an error naming the editions these answers get (context: as for assemble)."""
    available = available_editions(answers, library, context)
    if name in available:
        return available[name]
    known = library_editions(library)
    why = "is not an edition of the clause library" if name not in known else "is not available for these answers"
    if name in known and known[name].when:
        why += f" (it needs: {known[name].when})"
    raise PolicyError(
        Problem(f"the edition '{name}' {why}; these answers get: {', '.join(available)}", answers.source_file, None, "--edition")
    )
