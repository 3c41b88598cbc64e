"""`policygen explain CLAUSE-ID`: one clause for a drafter, with its notes, sources and the answers that shape it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from jinja2 import nodes

from ..answers import Answers
from ..document import Document
from ..errors import PolicyError, Problem
from ..library import Clause, Library
from ..templating import ENV, readable_links
from .assemble import render_values
from .select import unknown_clause_ids


@dataclass(frozen=True)
class Explained:
    """A clause explained: as rendered for these answers (if given), its notes, sources and deciding answers."""

    clause: Clause
    section_title: str
    number: str | None  # None without answers, or when the clause is not in this policy
    text: str | None  # the clause's Markdown for these answers; None when it is not in the policy
    answers: tuple[str, ...]  # the answers and facts named by its condition and body, e.g. scope.students
    values: tuple[tuple[str, str], ...] = ()  # those names' values for these answers

    def text_report(self) -> str:
        clause, sources = self.clause, self.clause.sources
        whose = {"added": f"your organisation's own clause ({clause.file})", "replaced": f"your organisation's version ({clause.file}) of the library's '{clause.replaced.title if clause.replaced else ''}'"}
        lines = [f"{clause.id}: {clause.title}", f"Section: {self.section_title}", f"Whose: {whose.get(clause.origin, 'the clause library (' + clause.file + ')')}"]
        lines.append(f"Applies: {'when ' + clause.when if clause.when else 'always'}")
        cited = ", ".join(str(n) for n in sources.basw) or "none"
        lines.append(f"Sources: BASW recommendations {cited}" + (f"; Code of Ethics {', '.join(sources.code_of_ethics)}" if sources.code_of_ethics else "") + (f"; basis: {sources.basis}" if sources.basis else ""))
        lines.append(_hash_line(clause))
        lines += ["", "Notes:", *[f"  {line}" for line in (clause.notes or "(none for this clause)").strip().splitlines()]]
        shown = self.values or tuple((name, "") for name in self.answers)
        for heading, group in (("Answers that shape it:", True), ("Facts it uses (from the library's data, worked out from your answers):", False)):
            rows = [f"  {name}: {value}" if value else f"  {name}" for name, value in shown if (name.split(".")[0] in Answers.model_fields) == group]
            lines += ["", heading, *rows] if rows else []
        if self.text is not None:
            lines += ["", f"As your policy has it (clause {self.number}):", "", self.text]
        elif self.values or self.answers:
            lines += ["", "Not in your policy for these answers." if self.values else "Give --answers to see it as your policy has it."]
        return "\n".join(lines) + "\n"


def _hash_line(clause: Clause) -> str:
    """The hash a replacement records (replaces_sha256), so a later change to the library's text is noticed."""
    if clause.origin == "added":
        return "Library text hash: none (your own clause replaces nothing)"
    if clause.replaced is None:
        return f"Library text hash: {clause.text_sha256} (to record as replaces_sha256 if you replace it)"
    current = clause.replaced.text_sha256
    recorded = "you recorded it" if clause.recorded_sha256 == current else f"you recorded {clause.recorded_sha256 or 'none'}: review your version"
    return f"Library text hash: {current} ({recorded})"


def explain_clause(clause_id: str, library: Library, answers: Answers | None, document: Document | None) -> Explained:
    clause = library.clauses.get(clause_id)
    if clause is None:
        raise PolicyError(Problem(unknown_clause_ids([clause_id], library)[0]))
    names = named_answers(clause)
    number = text = None
    shown: tuple[tuple[str, str], ...] = ()
    if answers is not None and document is not None:
        values, _, _ = render_values(answers, library)
        number = next((c.number for c in document.clauses() if c.id == clause_id), None)
        text = _MARKDOWN_ESCAPE.sub(r"\1", readable_links(clause.template.render(values)).strip()) if number else None
        shown = tuple((name, _value(values, name)) for name in names)
    return Explained(clause, library.section_title(clause.section), number, text, names, shown)


def named_answers(clause: Clause) -> tuple[str, ...]:
    """The dotted names (scope.students) and facts (council) its condition, partial conditions and body read."""
    sources = [clause.body, *([f"{{{{ {clause.when} }}}}"] if clause.when else []), *(f"{{{{ {p.when} }}}}" for p in clause.sources.partly)]
    found: dict[str, None] = {}
    for source in sources:
        tree = ENV.parse(source)
        local = _NOT_ANSWERS | {n.name for n in tree.find_all(nodes.Name) if n.ctx in ("store", "param")}
        for node in tree.find_all((nodes.Getattr, nodes.Name)):
            name = _dotted(node)
            if name and name.split(".")[0] not in local:
                found[name] = None
    return tuple(sorted(name for name in found if not any(other.startswith(name + ".") for other in found)))


_MARKDOWN_ESCAPE = re.compile(r"\\([^\w\s])")  # shown as a drafter reads it, not as Markdown source
_NOT_ANSWERS = {"xref", "loop", "coverage", "range", "true", "false", "none"}  # the template's own names, not answers


def _dotted(node: nodes.Node) -> str | None:
    parts = []
    while isinstance(node, nodes.Getattr):
        parts.append(node.attr)
        node = node.node
    if not isinstance(node, nodes.Name) or node.ctx != "load":
        return None
    return ".".join([node.name, *reversed(parts)])


def _value(values: dict[str, Any], name: str) -> str:
    value: Any = values
    for part in name.split("."):
        value = value.get(part) if isinstance(value, dict) else getattr(value, part, None)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (list, tuple)):
        return ", ".join(str(item) for item in value) or "(none)"
    return "(not answered)" if value is None else str(value)
