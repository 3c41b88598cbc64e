"""The panels beside the form: the policy (the HTML writer's fragment), what the build warns of, its coverage and what changed since the last commit."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from markupsafe import escape

from ..answers.questions import Question, questions
from ..compose import Coverage, CoverageReport
from ..document import Document
from ..errors import Problem
from ..versions.align import Chunk, Same
from ..versions.diff import PolicyDiff, clause_lines, summary
from ..writers import html as html_writer
from .form import field_id


def preview_html(document: Document) -> str:
    return html_writer.fragment(document)


@dataclass(frozen=True)
class OwnClause:
    """One of the organisation's own clauses in the policy, as the coverage panel lists it."""

    number: str
    title: str
    replaces: bool  # in place of the library's clause of the same id (else added)
    recommendations: tuple[int, ...]


def coverage_html(report: CoverageReport, own: Iterable[OwnClause] = ()) -> str:
    """One row per BASW recommendation: its number, what it asks and the clauses that meet it, in full, in part or not at all.

    The same report as `policygen coverage`: partly covered rows say what the answers must add,
    and the organisation's own clauses are marked and listed below the table.
    """
    rows = [f'<tr><th scope="row">{row.number}</th><td>{_e(row.summary)}</td><td>{_meeting(row, report.own)}</td></tr>' for row in report.rows]
    covered = len(report.rows) - len(report.uncovered) - len(report.partly)
    partly = f", {len(report.partly)} partly" if report.partly else ""
    return (
        f'<p id="coverage-summary">{covered} of {len(report.rows)} recommendations covered{partly}.</p>\n'
        '<table class="coverage">\n<caption class="visually-hidden">BASW recommendations and the clauses that meet them</caption>\n'
        '<thead><tr><th scope="col">No.</th><th scope="col">Recommendation</th><th scope="col">Clauses</th></tr></thead>\n'
        f"<tbody>\n{chr(10).join(rows)}\n</tbody>\n</table>\n"
    ) + _own_html(list(own)) + _excluded_html(report)


def _meeting(row: Coverage, own: frozenset[str]) -> str:
    if not row.clauses:
        return '<strong class="gap">not covered</strong>'
    numbers = ", ".join(_e(number) + (' <span class="own">(own)</span>' if number in own else "") for number in row.clauses)
    return numbers + (f'; <strong class="gap">partly covered</strong>: {_e(row.gap)}' if row.partly else "")


def _own_html(own: list[OwnClause]) -> str:
    """The organisation's own clauses (customise.clauses), marked (own) in the table: what each is and which recommendations it cites."""
    if not own:
        return ""
    items = []
    for clause in own:
        kind = "in place of the library's clause" if clause.replaces else "added to the library's clauses"
        cites = ", ".join(str(number) for number in clause.recommendations)
        meets = f"cites BASW recommendation{'s' if len(clause.recommendations) > 1 else ''} {cites}" if cites else "cites none of the BASW recommendations"
        items.append(f"<li>{_e(clause.number)} {_e(clause.title)}: {kind}; {meets}.</li>")
    return "<h3>Your organisation's own clauses (own)</h3>\n<ul class=\"own-clauses\">\n" + "\n".join(items) + "\n</ul>\n"


def _excluded_html(report: CoverageReport) -> str:
    """The clauses customise.exclude leaves out, each with its reason, as `policygen coverage` lists them."""
    if not report.excluded:
        return ""
    items = [
        f"<li><code>{_e(clause_id)}</code> ({_e(title)}): " + (_e(reason) if reason else '<strong class="gap">no reason given</strong>') + "</li>"
        for clause_id, title, reason in report.excluded
    ]
    return '<h3>Left out by customise.exclude</h3>\n<ul class="excluded">\n' + "\n".join(items) + "\n</ul>\n"


def warnings_summary(warnings: list[Problem]) -> str:
    return f"To do before the policy is signed ({len(warnings)})" if warnings else "To do before the policy is signed (nothing)"


def warnings_html(warnings: list[Problem]) -> str:
    """What `policygen build` warns of for these answers, each linked to its question where the form has one."""
    if not warnings:
        return "<p>Nothing: the build finds no gap to fill.</p>\n"
    items = []
    for warning in warnings:
        question = _question_of(warning.field)
        where = f'<a href="#q-{field_id(question.key)[2:]}">{_e(question.question)}</a>: ' if question is not None else ""
        field = f"<code>{_e(warning.field)}</code>: " if warning.field else ""
        items.append(f"<li>{where}{field}{_e(warning.message)}</li>")
    return '<ul class="warnings">\n' + "\n".join(items) + "\n</ul>\n"


def _question_of(field: str | None) -> Question | None:
    """The form's question for a warning's field: `contacts.other[0]` is the other contacts', `contacts.questions.email` the record's."""
    key = (field or "").split("[")[0]
    by_key = {question.key: question for question in questions() if not question.fixed}
    while key and key not in by_key:
        key = key.rpartition(".")[0]
    return by_key.get(key)


def changes_html(diff: PolicyDiff | None, reason: str = "") -> str:
    """What these answers change against the last commit: answers, then clauses, deletions struck and insertions marked."""
    if diff is None:
        return f"<p>{_e(reason)}</p>\n"
    if diff.identical:
        return f"<p>No changes since the last commit ({_e(diff.old_name)}).</p>\n"
    text = summary(diff)
    out = [f"<p>Against {_e(diff.old_name)}: {_e(text)}.</p>\n"]
    if diff.answers:
        out.append('<h3>Answers changed</h3>\n<ul class="answer-changes">\n')
        out += [f"<li><code>{_e(c.path)}</code>: <del>{_e(c.old)}</del> <ins>{_e(c.new)}</ins></li>\n" for c in diff.answers]
        out.append("</ul>\n")
    for clauses, heading, tag in ((diff.added, "Clauses added", "ins"), (diff.removed, "Clauses removed", "del")):
        if clauses:
            out.append(f"<h3>{heading}</h3>\n")
            for clause in clauses:
                out.append(f"<h4>{_e(clause.number)} {_e(clause.title)}</h4>\n")
                out += [f"<p><{tag}>{_e(line)}</{tag}></p>\n" for line in clause_lines(clause)]
    if diff.changed:
        out.append("<h3>Clauses changed</h3>\n")
        for change in diff.changed:
            out.append(f"<h4>{_e(change.new.number)} {_e(change.new.title)}</h4>\n")
            out += [f"<p>{_e(line.prefix)}{_chunks(line.chunks)}</p>\n" for line in change.lines]
            if change.formatting_only:
                out.append("<p>Bold, italic or links changed; the words are the same.</p>\n")
    if diff.renumbered:
        out.append("<h3>Clauses renumbered only</h3>\n<ul>\n")
        out += [f"<li>{_e(a.number)} to {_e(b.number)}: {_e(b.title)}</li>\n" for a, b in diff.renumbered]
        out.append("</ul>\n")
    return "".join(out)


def _chunks(chunks: Iterable[Chunk]) -> str:
    out = []
    for chunk in chunks:
        if isinstance(chunk, Same):
            out.append(_e(chunk.text))
            continue
        if chunk.old:
            out.append(f"<del>{_e(chunk.old)}</del>")
        if chunk.new:
            out.append(f"<ins>{_e(chunk.new)}</ins>")
    return "".join(out)


def _e(text: object) -> str:
    return str(escape(str(text)))
