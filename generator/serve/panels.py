"""The panels beside the form: the policy (the HTML writer's fragment), its coverage and what changed since the last commit."""

from __future__ import annotations

from collections.abc import Iterable

from markupsafe import escape

from ..compose import CoverageReport
from ..document import Document
from ..versions.align import Chunk, Same
from ..versions.diff import PolicyDiff, clause_lines, summary
from ..writers import html as html_writer


def preview_html(document: Document) -> str:
    return html_writer.fragment(document)


def coverage_html(report: CoverageReport) -> str:
    """One row per BASW recommendation: its number, what it asks and the clauses that meet it."""
    covered = len(report.rows) - len(report.uncovered)
    rows = []
    for row in report.rows:
        clauses = ", ".join(row.clauses) if row.clauses else '<strong class="gap">not covered</strong>'
        rows.append(f'<tr><th scope="row">{row.number}</th><td>{_e(row.summary)}</td><td>{clauses if not row.clauses else _e(clauses)}</td></tr>')
    return (
        f'<p id="coverage-summary">{covered} of {len(report.rows)} recommendations covered.</p>\n'
        '<table class="coverage">\n<caption class="visually-hidden">BASW recommendations and the clauses that meet them</caption>\n'
        '<thead><tr><th scope="col">No.</th><th scope="col">Recommendation</th><th scope="col">Clauses</th></tr></thead>\n'
        f"<tbody>\n{chr(10).join(rows)}\n</tbody>\n</table>\n"
    ) + _excluded_html(report)


def _excluded_html(report: CoverageReport) -> str:
    """The clauses customise.exclude leaves out, each with its reason, as `policygen coverage` lists them."""
    if not report.excluded:
        return ""
    items = [
        f"<li><code>{_e(clause_id)}</code> ({_e(title)}): " + (_e(reason) if reason else '<strong class="gap">no reason given</strong>') + "</li>"
        for clause_id, title, reason in report.excluded
    ]
    return '<h3>Left out by customise.exclude</h3>\n<ul class="excluded">\n' + "\n".join(items) + "\n</ul>\n"


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
