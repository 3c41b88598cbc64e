"""What changed for you: a plain-English summary, for one edition's readers, of the clauses that bind them.

`policygen changes OLD NEW --edition carers`: each added, removed or changed clause of that
edition with its number, title and one line on the change. The line is, first found:

- the organisation's note: an entry of NEW's `document.clause_notes` (version, clause id, one
  line) that OLD does not have: the notes added or edited since OLD;
- the library's note: a clause's `changed: {version, note}` front matter, when OLD's answers
  file records an older clause library than that version (the `# Written/Updated by policygen
  ... with clause library V.` line init writes). Such a clause is listed even though both sides
  are built with today's library, and so read alike: OLD was published with the older text;
- else the word-level diff, in the clause's own words.

When no clause of the edition changed, it says so, so re-acknowledgement is asked for only
when needed. Written as Markdown, JSON or a Word document (the project's Word writer).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..answers import Answers
from ..compose.assemble import assemble, edition_named
from ..document import Clause, Document, Metadata, Paragraph, Section, Table, Text
from ..errors import PolicyError, Problem
from ..files import refuse_inputs, write_all
from ..library.model import version_key
from ..pipeline import Built, LibraryArg, inputs_of, library_from, prepare_all
from ..templating import uk_date
from .align import Change
from .diff import ClauseChange, compare_documents

NOTHING = "Nothing in your rules changed."
FORMATS = (".md", ".json", ".docx")
# The line init writes (answers/answersfile.py, Provenance.line); the last one is the latest.
_RECORDED_LIBRARY = re.compile(r"^# (?:Written|Updated) by policygen \S+ with clause library (\S+?)\.\s*$", re.M)


@dataclass(frozen=True)
class RuleChange:
    number: str  # in the new version; for a removed clause, its old number
    title: str
    change: str  # added, removed or changed
    description: str  # one line on what changed
    source: str = "words"  # where the line comes from: organisation, library, or words (the diff)


@dataclass(frozen=True)
class Changes:
    edition: str
    title: str  # the edition's title in the new version
    old_version: str
    new_version: str
    rules: tuple[RuleChange, ...]
    policy: str = ""  # the full policy's title
    organisation: str = ""
    audience: str = ""  # whom the edition is for, as it reads after "for"
    approved_on: str | None = None  # the new version's approval date (ISO), none for a draft
    status: str = ""  # the new version's: Draft or Approved
    owner: str = ""  # the policy's owner, a role
    inputs: tuple[Path, ...] = field(default=(), repr=False, compare=False)  # never written over


def changes(old: str, new: str, edition: str = "full", library: LibraryArg = None, cwd: str | Path | None = None) -> Changes:
    """The clauses of the edition that changed from old to new (each a path or REV:PATH)."""
    before, after = prepare_all([old, new], library_from(library), cwd, edition)
    diff = compare_documents(with_version_details(before, after, edition), after.document)
    notes = organisation_notes(before.answers, after.answers)
    from_library = library_notes(before, after)
    changed = {item.new.id for item in diff.changed if not item.formatting_only}
    added = {clause.id for clause in diff.added}

    def line(clause_id: str, fallback: str) -> tuple[str, str]:
        if clause_id in notes:
            return notes[clause_id], "organisation"
        if clause_id in from_library and clause_id not in added:
            return from_library[clause_id], "library"
        return fallback, "words"

    rules = [RuleChange(c.number, c.title, "added", *line(c.id, "A new rule.")) for c in diff.added]
    rules += [RuleChange(item.new.number, item.new.title, "changed", *line(item.new.id, describe(item))) for item in diff.changed if item.new.id in changed]
    rules += [RuleChange(c.number, c.title, "changed", *line(c.id, "")) for c in after.document.clauses() if c.id in from_library and c.id not in changed | added]
    rules += [RuleChange(c.number, c.title, "removed", *line(c.id, f"No longer in the rules (it was clause {c.number}).")) for c in diff.removed]
    rules.sort(key=lambda rule: [int(part) for part in rule.number.split(".")])
    document = after.answers.document
    return Changes(
        edition,
        after.document.meta.title,
        before.answers.document.version,
        document.version,
        tuple(rules),
        document.title,
        after.answers.organisation.name,
        edition_named(edition, after.answers, after.library).audience,
        document.approved_on.isoformat() if document.approved_on else None,
        after.document.meta.status,
        document.owner,
        tuple(inputs_of([before, after])),
    )


# The document's own details: a new version number, approval date or history changes no rule,
# though an edition names them ("the rules come from version 1.3, approved on ...").
VERSION_DETAILS = (
    "version", "status", "approved_on", "next_review_on", "history", "approval_minute", "equality_assessment_on", "equality_assessment_outcome", "consultation",
    "clause_notes",
)


def with_version_details(old: Built, new: Built, edition: str) -> Document:
    """OLD's edition as it would read with NEW's version details: what is left to compare is the rules."""
    details = {name: getattr(new.answers.document, name) for name in VERSION_DETAILS}
    answers = old.answers.model_copy(update={"document": old.answers.document.model_copy(update=details)})
    try:
        return assemble(answers, old.library, old.source.sha256, edition)
    except PolicyError:  # OLD's answers do not build with NEW's details: compare OLD as it is
        return old.document


def organisation_notes(old: Answers, new: Answers) -> dict[str, str]:
    """The organisation's line for each clause, from NEW's clause notes that OLD lacks (later entries win)."""
    earlier = old.document.clause_notes
    return {note.clause: note.note for note in new.document.clause_notes if note not in earlier}


def recorded_library(answers_text: str) -> str | None:
    """The clause library version an answers file was written or last updated with, if it records one."""
    found = _RECORDED_LIBRARY.findall(answers_text)
    return found[-1] if found else None


def library_notes(old: Built, new: Built) -> dict[str, str]:
    """The library's line for each clause of NEW whose text changed in a library version after the one OLD records."""
    recorded = recorded_library(old.source.data.decode("utf-8", "replace"))
    if recorded is None:
        return {}  # no record of what OLD was built with: the diff is all there is
    since, now = version_key(recorded), version_key(new.library.version)
    notes = {}
    for clause in new.document.clauses():
        note = getattr(new.library.clauses.get(clause.id), "changed", None)
        if note is not None and since < version_key(note.version) <= now:
            notes[clause.id] = note.note
    return notes


def describe(item: ClauseChange) -> str:
    """One line: the first few words replaced, added or taken out, in the clause's own words."""
    if item.old.title != item.new.title and not item.lines:
        return f"Its title was \u201c{item.old.title}\u201d."
    edits = [chunk for line in item.lines for chunk in line.chunks if isinstance(chunk, Change)]
    parts: list[str] = []
    for chunk in edits:
        old, new = _without_shared_ends(chunk.old.strip(), chunk.new.strip())
        if old and new:
            parts.append(f"\u201c{old}\u201d is now \u201c{new}\u201d")
        elif new:
            parts.append(f"added: \u201c{_short(new)}\u201d")
        elif old:
            parts.append(f"taken out: \u201c{_short(old)}\u201d")
    parts = list(dict.fromkeys(parts))  # the same words changed in two places are one change to the reader
    more = f" (and {len(parts) - 3} more)" if len(parts) > 3 else ""
    text = "; ".join(parts[:3]) + more + "."
    return text[:1].upper() + text[1:] if parts else "Reworded."


def _without_shared_ends(old: str, new: str) -> tuple[str, str]:
    """'0999.' and '0998.' as '0999' and '0998': the full stop both end with did not change."""
    while old[-1:] and old[-1:] == new[-1:] and old[-1] in ".,;:!?)\u201d":
        old, new = old[:-1], new[:-1]
    while old[:1] and old[:1] == new[:1] and old[0] in "(\u201c":
        old, new = old[1:], new[1:]
    return old, new


def _short(text: str, words: int = 12) -> str:
    split = text.split()
    return " ".join(split[:words]) + (" \u2026" if len(split) > words else "")


# ------------------------------------------------------------------ the summary's words, for every format


def versions_line(summary: Changes) -> str:
    return f"{summary.organisation}: {summary.policy}, from version {summary.old_version} to version {summary.new_version}. This summary is for {summary.audience}."


def count_line(summary: Changes) -> str:
    """How many rules changed and where to read them, or that none did."""
    rules = len(summary.rules)
    if not rules:
        return NOTHING
    return f"{'One rule' if rules == 1 else f'{rules} rules'} changed. Read {'it' if rules == 1 else 'them'} again in {summary.title}, version {summary.new_version}."


def as_markdown(summary: Changes) -> str:
    lines = [f"# What changed in {_md(summary.title)}", "", _md(versions_line(summary)), "", _md(count_line(summary)), ""]
    if summary.rules:
        lines += ["| Clause | Title | What changed |", "| --- | --- | --- |"]
        lines += [f"| {rule.number} | {_md(rule.title)} | {_md(rule.description)} |" for rule in summary.rules]
        lines.append("")
    return "\n".join(lines)


def as_json(summary: Changes) -> str:
    data: dict[str, Any] = asdict(summary)
    del data["inputs"]
    data["rules"] = list(data["rules"])
    data["nothing_changed"] = not summary.rules
    return json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n"


def as_document(summary: Changes) -> Document:
    """The summary as a short Document (no contents list), for the project's Word writer."""
    listed: tuple[Paragraph | Table, ...] = (Paragraph((Text(count_line(summary)),)),)
    if summary.rules:
        header = ((Text("Clause"),), (Text("Title"),), (Text("What changed"),))
        rows = tuple(((Text(rule.number),), (Text(rule.title),), (Text(rule.description),)) for rule in summary.rules)
        listed += (Table(header, rows, caption="The rules that changed"),)
    approved = f", approved on {uk_date(dt.date.fromisoformat(summary.approved_on))}" if summary.approved_on else ""
    which = (
        Paragraph((Text(f"This summary is for {summary.audience}."),)),
        Paragraph((Text(f"It compares version {summary.old_version} of the {summary.policy} with version {summary.new_version}{approved}."),)),
    )
    clauses = (
        Clause("changes.versions", "1.1", "Who and which versions", which),
        Clause("changes.rules", "1.2", "The rules that changed", listed),
    )
    meta = Metadata(
        title=f"What changed in {summary.title}",
        organisation=summary.organisation,
        subject=f"What changed for {summary.audience} from version {summary.old_version} to {summary.new_version} of {summary.policy}",
        author=summary.owner,
        keywords=("social media", "policy changes", summary.edition),
        version=summary.new_version,
        status=summary.status,
    )
    return Document(meta, (Section("changes", "1", f"What changed for {summary.audience}", clauses),), brief=True)


def _md(text: str) -> str:
    """Text from answers, as Markdown shows it literally."""
    return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", text)


def write_changes(summary: Changes, output: str | Path) -> Path:
    target = Path(output)
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        raise PolicyError(Problem(f"cannot write '{target.suffix}' files; use .md, .json or .docx", str(target)))
    refuse_inputs([target], list(summary.inputs))
    if suffix == ".docx":
        from ..writers import docx  # lxml and the Word writer: only for a Word document

        data = docx.render(as_document(summary))
    else:
        data = (as_json(summary) if suffix == ".json" else as_markdown(summary)).encode()
    write_all([(target, data)], list(summary.inputs))
    return target
