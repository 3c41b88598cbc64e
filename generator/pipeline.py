"""The pipeline and the Python API over it: read -> load -> assemble -> write.

`prepare` does everything up to the writers and returns a Built; `build` also writes the
outputs. The other API functions (`validate`, `coverage`, `init`) are the same steps for
their commands. Every function takes `library`: the folder of a clause library of your own,
or None for the bundled one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .answers import Answers, AnswersSource, read_answers
from .answers import init as answers_init
from .answers.answersfile import SCHEMA_FILE
from .compose import CoverageReport, assemble, coverage_report
from .document import Document
from .errors import PolicyError, Problem, collect
from .files import refuse_inputs, write_all
from .library import Library, load_library
from .library.load import library_files
from .writers import WRITERS, template_files, writer_for

LibraryArg = str | Path | Library | None


@dataclass(frozen=True)
class Built:
    """One policy, assembled: where its answers came from, the library used and the Document."""

    source: AnswersSource
    library: Library
    document: Document

    @property
    def answers(self) -> Answers:
        return self.source.answers


def library_from(library: LibraryArg) -> Library:
    """The clause library named by a folder (None: the bundled one), loaded and checked."""
    return library if isinstance(library, Library) else load_library(library)


def prepare(answers: str | Path | AnswersSource, library: LibraryArg = None, cwd: str | Path | None = None) -> Built:
    """Everything up to the writers. `answers` is a path, `REV:PATH` in git, or a source already read."""
    return prepare_all([answers], library, cwd)[0]


def prepare_all(answers: Sequence[str | Path | AnswersSource], library: LibraryArg = None, cwd: str | Path | None = None) -> list[Built]:
    """Prepare several policies with one library; the problems of every file are reported together."""
    problems: list[Problem] = []
    sources: list[AnswersSource] = []
    for item in answers:
        try:
            sources.append(item if isinstance(item, AnswersSource) else read_answers(item, cwd))
        except PolicyError as exc:
            problems += exc.problems
    loaded = None
    try:
        loaded = library_from(library)
    except PolicyError as exc:
        problems += exc.problems  # after the answers' problems: those are the user's to fix first
    collect(problems)
    assert loaded is not None
    built = []
    for source in sources:
        try:
            built.append(Built(source, loaded, assemble(source.answers, loaded, source.sha256)))
        except PolicyError as exc:
            problems += exc.problems
    collect(problems)
    return built


def default_output(answers_path: str | Path) -> Path:
    return Path(answers_path).with_suffix(".docx")


def build(answers: str | Path, outputs: Sequence[str | Path] | None = None, library: LibraryArg = None) -> list[Path]:
    """Build the policy into each output (the suffix picks the format); all are replaced only when every one succeeded."""
    targets = [Path(o) for o in outputs] if outputs else [default_output(answers)]
    for target in targets:
        if target.suffix.lower() not in WRITERS:
            raise PolicyError(Problem(f"cannot write '{target.suffix}' files; use {' or '.join(WRITERS)}", str(target)))
    built = prepare(answers, library)
    refuse_inputs(targets, inputs_of([built]))  # before the writers' work, not only before writing
    write_all([(target, writer_for(target.suffix).render(built.document)) for target in targets], inputs_of([built]))
    return targets


def inputs_of(built: Sequence[Built]) -> list[Path]:
    """Every file a build read: the answers files on disk, the library's files and the writers' templates."""
    files: list[Path] = [b.source.path for b in built if b.source.path is not None]
    libraries = {id(b.library): b.library for b in built}
    for library in libraries.values():
        if library.root is not None:
            files += library_files(library.root)
    return files + template_files()


@dataclass(frozen=True)
class Validation:
    """What `validate` found: the policies that built, and every problem in the others."""

    valid: list[Built]
    problems: list[Problem]


def validate(answers: Sequence[str | Path], library: LibraryArg = None) -> Validation:
    """Check answers files and the library without writing anything; every problem in every file is reported."""
    valid: list[Built] = []
    problems: list[Problem] = []
    for path in answers:
        try:
            valid.append(prepare(path, library))
        except PolicyError as exc:
            problems += exc.problems
    return Validation(valid, problems)


def coverage(answers: str | Path, library: LibraryArg = None) -> CoverageReport:
    """Which clauses of the policy meet each BASW recommendation (the policy is built, so a broken one is reported)."""
    built = prepare(answers, library)
    return coverage_report(built.answers, built.library)


def init(
    path: str | Path,
    *,
    presets: Sequence[tuple[str, str]] = (),
    defaults: bool = False,
    update: bool = False,
    force: bool = False,
    schema_ref: str | None = SCHEMA_FILE,
    library: LibraryArg = None,
    interview: Callable[[answers_init.Plan], None] | None = None,
) -> answers_init.InitResult:
    """Write the answers file PATH, or with update add the questions it does not answer yet.

    presets: (question key, answer as typed) pairs, e.g. ("scope.volunteers", "yes").
    defaults: answer every other question with its default, asking nothing.
    interview: called with the plan to ask the questions still pending (a terminal interview).
    """
    loaded = library_from(library)
    return answers_init.init(
        path,
        loaded.version,
        presets=presets,
        defaults=defaults,
        update=update,
        force=force,
        schema_ref=schema_ref,
        interview=interview,
        inputs=(library_files(loaded.root) if loaded.root is not None else []) + template_files(),
    )
