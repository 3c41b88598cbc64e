"""The Python API: load, check, assemble and write. The CLI calls these and nothing else."""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .answers import Answers, load_answers
from .document import Document
from .errors import PolicyError, Problem, collect
from .library import Library, load_library
from . import readiness
from .render import assemble, context
from .writers import WRITERS, writer_for


@dataclass
class Built:
    answers: Answers
    library: Library
    document: Document
    warnings: list[Problem] = field(default_factory=list)  # gaps to fill before the policy is signed


def prepare(answers_path: str | Path, library_root: str | Path | None = None) -> Built:
    """Everything up to the writers: answers, library and the assembled document."""
    problems = []
    library = answers = None
    try:
        answers = load_answers(answers_path)
    except PolicyError as exc:
        problems += exc.problems
    try:
        library = load_library(Path(library_root) if library_root else None)
    except PolicyError as exc:
        problems += exc.problems
    if problems:  # the answers' problems first: they are the user's to fix
        raise PolicyError(problems)
    collect(readiness.errors(answers))
    digest = hashlib.sha256(Path(answers_path).read_bytes()).hexdigest()
    document = assemble(answers, library, digest)
    return Built(answers, library, document, readiness.warnings(answers, context(answers, library)))


def default_output(answers_path: str | Path) -> Path:
    path = Path(answers_path)
    return path.with_suffix(".docx")


def build(
    answers_path: str | Path,
    outputs: list[str | Path] | None = None,
    library_root: str | Path | None = None,
    *,
    strict: bool = False,
    on_warning: Callable[[Problem], None] | None = None,
) -> list[Path]:
    """Build the policy into each output; outputs are replaced only when every one succeeded.

    Each warning goes to `on_warning`; with `strict`, warnings are errors and nothing is written.
    """
    targets = [Path(o) for o in outputs] if outputs else [default_output(answers_path)]
    for target in targets:
        if target.suffix.lower() not in WRITERS:
            raise PolicyError(Problem(f"cannot write '{target.suffix}' files; use {' or '.join(WRITERS)}", str(target)))
    built = prepare(answers_path, library_root)
    if strict and built.warnings:
        raise PolicyError(built.warnings)
    for warning in built.warnings:
        if on_warning:
            on_warning(warning)
    rendered = [(target, writer_for(target.suffix).render(built.document)) for target in targets]
    write_all(rendered)
    return targets


def write_all(files: list[tuple[Path, bytes]]) -> None:
    """Write each file beside its target, then rename all into place: no half-written output."""
    staged: list[tuple[str, Path]] = []
    target = None
    try:
        for target, data in files:
            if target.is_dir():
                raise PolicyError(Problem("is a folder; give a file name ending .docx or .md", str(target)))
            if not target.parent.is_dir():
                raise PolicyError(Problem(f"the folder {target.parent} does not exist", str(target)))
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
            staged.append((tmp, target))
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.chmod(tmp, 0o644)
        for tmp, target in staged:
            os.replace(tmp, target)
    except OSError as exc:  # named by the output asked for, not the temporary file beside it
        raise PolicyError(Problem(f"cannot write: {exc.strerror}", str(target))) from None
    finally:
        for tmp, _ in staged:
            if os.path.exists(tmp):
                os.unlink(tmp)
