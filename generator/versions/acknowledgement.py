"""The acknowledgement export: what a read-receipt in a learning system or HR record ties to.

Per clause of the edition: its id, number, title and the sha256 of its text as built, the same
hash the Markdown rendering records, so a receipt names the exact words that were read.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from ..errors import PolicyError, Problem
from ..files import write_all
from ..pipeline import Built, LibraryArg, prepare

FORMATS = (".csv", ".json")
COLUMNS = ["policy_title", "organisation", "version", "status", "approved_on", "edition", "edition_title", "clause_id", "clause_number", "clause_title", "clause_sha256"]


def acknowledgement_record(built: Built) -> dict[str, Any]:
    """The policy's details and one entry per clause, with its hash."""
    document = built.answers.document
    hashes = dict(built.document.clause_hashes)
    return {
        "policy": {
            "title": document.title,
            "organisation": built.answers.organisation.name,
            "version": document.version,
            "status": document.status,
            "approved_on": document.approved_on.isoformat() if document.approved_on else None,
            "edition": built.edition,
            "edition_title": built.document.meta.title,
        },
        "clauses": [{"id": c.id, "number": c.number, "title": c.title, "sha256": hashes[c.id]} for c in built.document.clauses()],
    }


def _cell(value: str) -> str:
    """A spreadsheet opening the file must not run an answer as a formula (=, +, - or @ first)."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def as_csv(record: dict[str, Any]) -> bytes:
    """One row per clause, each with the policy's details, for a spreadsheet or an import."""
    policy = record["policy"]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for clause in record["clauses"]:
        row = [policy["title"], policy["organisation"], policy["version"], policy["status"], policy["approved_on"] or "", policy["edition"], policy["edition_title"]]
        writer.writerow([_cell(str(value)) for value in row + [clause["id"], clause["number"], clause["title"], clause["sha256"]]])
    return out.getvalue().encode()


def acknowledgement(answers: str | Path, output: str | Path, edition: str = "full", library: LibraryArg = None) -> Path:
    """Write the acknowledgement export of the edition to output (.csv or .json); returns its path."""
    target = Path(output)
    if target.suffix.lower() not in FORMATS:
        raise PolicyError(Problem(f"cannot write '{target.suffix}' files; use .csv or .json", str(target)))
    record = acknowledgement_record(prepare(answers, library, edition=edition))
    data = as_csv(record) if target.suffix.lower() == ".csv" else (json.dumps(record, indent=2, ensure_ascii=False) + "\n").encode()
    write_all([(target, data)])
    return target
