"""Versions of a policy: what changed (diff), a Word redline, and whether a committed rendering is current (check)."""

from __future__ import annotations

from pathlib import Path

from ..errors import PolicyError, Problem
from ..files import refuse_inputs, write_all
from ..pipeline import LibraryArg, inputs_of, library_from, prepare_all
from .acknowledgement import acknowledgement
from .changes import changes
from .check import check
from .diff import PolicyDiff, diff_policies
from .redline import redline as redline_bytes
from .review import review_due

__all__ = ["PolicyDiff", "acknowledgement", "changes", "check", "diff", "redline", "review_due"]


def diff(
    old: str, new: str, library: LibraryArg = None, cwd: str | Path | None = None, edition: str = "full", *, provenance: bool = False
) -> PolicyDiff:
    """What changed from old to new, answers and clauses, both built with one library.

    old, new: answers files, each a path or `REV:PATH` to read it from git. library: a clause
    library's folder (None: the bundled one). cwd: where paths and `REV:PATH` are looked up.
    provenance: also give each answers file's SHA-256 fingerprint (as the Markdown's front
    matter and the Word document's properties carry it), which differs whenever the file's
    bytes do, a comment too: left out by default, as noise in a review.
    """
    before, after = prepare_all([old, new], library_from(library), cwd, edition)
    result = diff_policies(before, after)
    if provenance:
        result.fingerprints = (before.source.sha256, after.source.sha256)
    return result


def redline(old: str, new: str, output: str | Path, library: LibraryArg = None, cwd: str | Path | None = None) -> Path:
    """Write new as a Word document with tracked changes against old; returns the file written.

    old, new, library, cwd: as for diff. output: the .docx file to write.
    """
    target = Path(output)
    if target.suffix.lower() != ".docx":
        raise PolicyError(Problem("a redline is a Word document: give a file name ending .docx", str(target)))
    before, after = prepare_all([old, new], library_from(library), cwd)
    refuse_inputs([target], inputs_of([before, after]))
    write_all([(target, redline_bytes(before, after))], inputs_of([before, after]))
    return target
