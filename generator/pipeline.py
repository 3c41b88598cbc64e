"""The pipeline and the Python API over it: read -> load -> assemble -> write.

`prepare` does everything up to the writers and returns a Built; `build` also writes the
outputs. The other API functions (`validate`, `coverage`, `init`) are the same steps for
their commands. Every function takes `library`: the folder of a clause library of your own,
or None for the bundled one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from .answers import Answers, AnswersSource, read_answers
from .answers.warnings import example_answers
from .compose import CoverageReport, assemble, coverage_report, readiness
from .compose.assemble import available_editions
from .compose.context import clause_context
from .compose.coverage import is_employer_addressed, lost_by_customising
from .compose.select import unknown_clause_ids
from .document import Document
from .errors import PolicyError, Problem, collect
from .files import refuse_inputs, write_all
from .library import Clause, Library, library_files, load_library
from .library.own import layer, upstream_changes
from .record import Record
from .writers import WRITERS, template_files, writer_for

if TYPE_CHECKING:  # imported where used: a build needs neither the questionnaire, a process pool, `explain` nor the library's change notes
    from .answers import init as answers_init
    from .compose.explain import Explained
    from .writers import calendar  # only for a calendar entry (-o FILE.ics)

LibraryArg = str | Path | Library | None
TemplateArg = str | Path | None  # an organisation's Word template, overriding document.template
CALENDAR = ".ics"  # -o next-review.ics: the next review date as a calendar entry


class Built(Record):
    """One policy, assembled: where its answers came from, the library used and the Document."""

    source: AnswersSource
    library: Library
    document: Document
    warnings: list[Problem] = field(default_factory=list)  # gaps to fill before the policy is signed
    edition: str = "full"  # which edition of the policy (clauses/data/editions.yaml)
    # clause_context of the full policy, as the build worked it out: the review copy's notes read it
    context: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def answers(self) -> Answers:
        return self.source.answers


def library_from(library: LibraryArg) -> Library:
    """The clause library named by a folder (None: the bundled one), loaded and checked."""
    return library if isinstance(library, Library) else load_library(library)


def prepare(
    answers: str | Path | AnswersSource, library: LibraryArg = None, cwd: str | Path | None = None, edition: str = "full", template: TemplateArg = None
) -> Built:
    """Everything up to the writers: read the answers and the library, select, render and assemble.

    answers: the answers file's path, `REV:PATH` to read it from git, or an AnswersSource.
    library: a clause library's folder (None: the bundled library), or a loaded Library.
    cwd: where a relative path or `REV:PATH` is looked up (default: the current folder).
    edition: which edition to assemble (`editions` lists those these answers get).
    template: a Word template (.docx) for the look, instead of the answers' document.template;
    either is checked here, so a template that cannot be used fails before anything is written.
    """
    return prepare_all([answers], library, cwd, edition, template)[0]


def prepare_all(
    answers: Sequence[str | Path | AnswersSource],
    library: LibraryArg = None,
    cwd: str | Path | None = None,
    edition: str = "full",
    template: TemplateArg = None,
) -> list[Built]:
    """prepare for several answers files with one library; every file's problems are reported together."""
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
            built.append(_prepare_one(source, loaded, edition, template, cwd))
        except PolicyError as exc:
            problems += exc.problems
    collect(problems)
    return built


def _prepare_one(source: AnswersSource, bundled: Library, edition: str, template: TemplateArg, cwd: str | Path | None) -> Built:
    """One policy: the library with the organisation's own clauses over it, assembled in its Word template, and what it still lacks."""
    answers = source.answers
    collect(readiness.errors(answers))
    word_template, template_warnings = _word_template(source, template, cwd)
    library = with_own_clauses(source, bundled)
    context = clause_context(answers, library)  # worked out once: the warnings read it too
    document = assemble(answers, library, source.sha256, edition, context)
    if word_template is not None:
        document = document.replace(template=word_template)
    warnings = readiness.warnings(answers, context) + example_answers(source) + template_warnings
    if library is not bundled or answers.customise.exclude:
        warnings += upstream_changes(library)
        if edition != "full" or _employer_gaps(document, library):  # the full policy's clauses say at once whether any is lost
            warnings += lost_by_customising(answers, library, bundled)
    return Built(source, library, document, warnings, edition, context)


def _employer_gaps(document: Document, library: Library) -> bool:
    """Whether a recommendation addressed to employers is met by no clause of this (full) policy."""
    met = {number for clause in document.clauses() for number in clause.sources}
    recommendations = library.data.get("recommendations", {}).get("recommendations", [])
    return any(rec["number"] not in met and is_employer_addressed(rec["audience"]) for rec in recommendations)


def with_own_clauses(source: AnswersSource, library: Library) -> Library:
    """The library as this organisation gets it: with the clauses in customise.clauses over it, if any."""
    folder = source.answers.customise.clauses
    if not folder:
        return library
    try:
        files = source.files_under(folder)
    except PolicyError as exc:
        line = source.answers.line_of(("customise", "clauses"))
        raise PolicyError([Problem(p.message, source.answers.source_file, line, "customise.clauses") if p.field == "customise.clauses" else p for p in exc.problems]) from None
    return layer(library, files)


def _word_template(source: AnswersSource, given: TemplateArg, cwd: str | Path | None) -> tuple[Path | None, list[Problem]]:
    """The Word template for these answers (the one given, else document.template beside the answers file), and its warnings."""
    named = source.answers.document.template
    if given is not None:
        path, shown = Path(cwd or ".") / given, str(given)
    elif named is None or source.path is None:
        return None, []  # the bundled template; answers read from git have no template on disk beside them
    else:
        path = source.path.parent / named
        shown = str(Path(source.name).parent / named)  # as the user would write it from where they are
        if not path.exists():
            line = source.answers.line_of(("document", "template"))
            raise PolicyError(Problem(f"no such file: {shown} (the template is named relative to the answers file)", source.answers.source_file, line, "document.template"))
    from .writers import template  # lxml: only when there is a template of one's own

    return path, template.check(path, shown)


def default_output(answers_path: str | Path, review_copy: bool = False) -> Path:
    """policy.yaml gives policy.docx; its review copy, policy-review.docx (never over the policy itself)."""
    path = Path(answers_path)
    return path.with_name(f"{path.stem}-review.docx") if review_copy else path.with_suffix(".docx")


STDOUT = "-"  # as an output: the Markdown, written to the stream given as `stdout`


def build(
    answers: str | Path,
    outputs: Sequence[str | Path] | None = None,
    library: LibraryArg = None,
    *,
    stdout: BinaryIO | None = None,
    strict: bool = False,
    on_warning: Callable[[Problem], None] | None = None,
    edition: str = "full",
    review_copy: bool = False,
    template: TemplateArg = None,
) -> list[Path]:
    """Build the policy and write it to each output; returns the files written.

    answers: the answers file. outputs: files whose suffix picks the format (.docx, .md);
    default: the answers file's name with .docx. `-` is the Markdown, written to `stdout`
    (a binary stream) after the files. Every output is replaced only when all of them were
    built, so a failure leaves earlier outputs untouched. library: as for prepare.
    Each warning (what the policy still lacks before it is signed, and example answers left by
    `init --defaults`) goes to on_warning; with strict, warnings are errors and nothing is written.
    edition, template: as for prepare. With review_copy, the outputs are .docx review copies of
    the full policy: each clause carries a Word comment with its notes, BASW recommendations
    and deciding answers (see with_review_comments).
    """
    wanted = [str(o) for o in outputs] if outputs else [str(default_output(answers, review_copy))]
    if wanted.count(STDOUT) > 1:
        raise PolicyError(Problem("'-' (standard output) is given more than once; give it once"))
    if STDOUT in wanted and stdout is None:
        raise PolicyError(Problem("'-' (standard output) needs a stream to write to"))
    targets = [Path(o) for o in wanted if o != STDOUT]
    for target in targets:
        if target.suffix.lower() not in (*WRITERS, CALENDAR):
            raise PolicyError(Problem(f"cannot write '{target.suffix}' files; use {_one_of([*WRITERS, CALENDAR])}", str(target)))
    if review_copy:
        _refuse_for_review_copy(wanted, edition)
    built = prepare(answers, library, edition=edition, template=template)
    _report(built.warnings, strict, on_warning)
    inputs = inputs_of([built])
    refuse_inputs(targets, inputs)  # before the writers' work, not only before writing
    # A calendar entry for the next review is made from the answers, not the document.
    policies = [target for target in targets if target.suffix.lower() != CALENDAR]
    to_stdout = [Path("standard-output.md")] if STDOUT in wanted else []
    document = built.document.replace(meta=built.document.meta.replace(review_copy=True)) if review_copy else built.document
    made = render_outputs(document, policies + to_stdout)
    if review_copy:
        made = [with_review_comments(built, data) for data in made]
    rendered = dict(zip(policies, made, strict=False))
    if len(policies) < len(targets):
        from .writers import calendar

        rendered.update({target: calendar.render(next_review(built.answers)) for target in targets if target not in rendered})
    write_all([(target, rendered[target]) for target in targets], inputs)
    if to_stdout and stdout is not None:
        stdout.write(made[-1])
        stdout.flush()
    return targets


def _refuse_for_review_copy(wanted: list[str], edition: str) -> None:
    """A review copy is Word comments on the full policy: only .docx, and no edition."""
    for output in wanted:
        if Path(output).suffix.lower() != ".docx":
            raise PolicyError(Problem(f"a review copy is a Word document: name it .docx, not '{Path(output).suffix or output}'", output))
    if edition != "full":
        raise PolicyError(Problem(f"a review copy is of the full policy, for its approval, not the '{edition}' edition"))


def with_review_comments(built: Built, data: bytes) -> bytes:
    """The .docx `data` of this policy as a review copy: a comment on every clause for the approval committee."""
    from .compose.review import comment_parts, review_notes
    from .writers.comments import with_comments  # only for a review copy

    comments = {review.clause_id: comment_parts(review) for review in review_notes(built.answers, built.library, built.context or None)}
    return with_comments(data, built.document, comments, built.answers.document.approved_on)


def _report(warnings: list[Problem], strict: bool, on_warning: Callable[[Problem], None] | None) -> None:
    """Warnings go to on_warning; with strict they are errors."""
    if strict:
        collect(warnings)
    for warning in warnings:
        if on_warning is not None:
            on_warning(warning)


def next_review(answers: Answers) -> calendar.Review:
    """The next review for a calendar entry; a draft has no review date yet, so none."""
    from .writers import calendar

    document = answers.document
    due = document.review_due
    if due is None:
        where = answers.line_of(("document", "status"))
        raise PolicyError(Problem("a draft has no review date, so there is no calendar entry yet; give document.approved_on (or document.next_review_on)", answers.source_file, where, "document.status"))
    counted_from = max(filter(None, (document.approved_on, document.last_reviewed)), default=due)
    return calendar.Review(document.title, answers.organisation.name, document.version, document.owner, document.review_every_months, due, counted_from)


def inputs_of(built: Sequence[Built], shared: Sequence[Path] | None = None) -> list[Path]:
    """Every file a build read: the answers files on disk, their own clause files, the library's files and the writers' templates.

    shared: shared_inputs of these builds' libraries, when the caller has listed them already
    (a batch lists them once, not once a policy).
    """
    files: list[Path] = [b.source.path for b in built if b.source.path is not None]
    files += [Path(c.file) for b in built if b.source.path is not None for c in b.library.clauses.values() if c.origin != "library"]
    files += [b.document.template for b in built if b.document.template is not None]
    return files + list(shared_inputs([b.library.root for b in built]) if shared is None else shared)


def shared_inputs(roots: Iterable[Path | None]) -> list[Path]:
    """The files every build with these libraries reads: the libraries' own files and the writers' templates."""
    files: list[Path] = []
    for root in dict.fromkeys(roots):  # one folder however many layered libraries it is under
        if root is not None:
            files += library_files(root)
    return files + template_files()


def render_outputs(document: Document, targets: Sequence[Path]) -> list[bytes]:
    """The bytes of each target, by its suffix.

    When LibreOffice is present (writers/libreoffice.py), a .docx gets the page numbers of its
    contents, and a .docx and a PDF come from one LibreOffice layout. Without it a .docx is
    written as always and a PDF is refused; LibreOffice is looked for only for those two.
    """
    suffixes = [target.suffix.lower() for target in targets]
    laid_out: dict[str, bytes] = {}
    if ".docx" in suffixes or ".pdf" in suffixes:
        from .writers import paged  # lxml and the Word writer: only when a .docx or PDF is wanted

        laid_out = paged.render_laid_out(document, targets)
    return [laid_out[suffix] if suffix in laid_out else writer_for(suffix).render(document) for suffix in suffixes]


def output_formats() -> list[str]:
    """The formats a policy can be written in, by name (docx, md ...): one per writer."""
    return [suffix.lstrip(".") for suffix in WRITERS]


def _one_of(choices: list[str]) -> str:
    return choices[0] if len(choices) == 1 else f"{', '.join(choices[:-1])} or {choices[-1]}"


class Validation(Record):
    """What `validate` found: the policies that built, every problem in the others, and the warnings."""

    valid: list[Built]
    problems: list[Problem]
    warnings: list[Problem] = field(default_factory=list)


def validate(answers: Sequence[str | Path], library: LibraryArg = None, strict: bool = False) -> Validation:
    """Check each answers file and the library, writing nothing; every problem in every file is reported.

    answers: answers files. library: as for prepare. Warnings: example answers left by
    `init --defaults`, and answers that no longer apply; with strict they are problems, and
    a file with any is not valid.
    """
    valid: list[Built] = []
    problems: list[Problem] = []
    warnings: list[Problem] = []
    for path in answers:
        try:
            built = prepare(path, library)
        except PolicyError as exc:
            problems += exc.problems
            continue
        from .answers.warnings import not_applying  # the questionnaire: validate needs it, a build does not

        found = built.warnings + not_applying(built.source)
        if strict and found:
            problems += found
            continue
        valid.append(built)
        warnings += found
    return Validation(valid, problems, warnings)


def coverage(answers: str | Path, library: LibraryArg = None, edition: str = "full") -> CoverageReport:
    """Which clauses of the policy (or of one edition) meet each BASW recommendation.

    The edition is assembled first, so a broken one is reported as such. library, edition: as for prepare.
    """
    built = prepare(answers, library, edition=edition)
    return coverage_report(built.answers, built.library, edition)


def editions(answers: str | Path, library: LibraryArg = None) -> dict[str, str]:
    """The editions of the policy these answers get, by name, with whom each is for."""
    source = read_answers(answers)
    return {name: edition.about for name, edition in available_editions(source.answers, library_from(library)).items()}


def library_changes(path: str | Path, library: LibraryArg = None) -> str:
    """What changed in the clause library (clauses/CHANGES.md) since the version the answers file records; '' for none."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""  # init reports an unreadable file itself
    from .library.changes import changes_since, format_notes

    loaded = library_from(library)
    recorded, notes = changes_since(text, loaded.root, loaded.version)
    return format_notes(recorded, notes) if recorded and notes else ""


def init(
    path: str | Path,
    *,
    presets: Sequence[tuple[str, str]] = (),
    defaults: bool = False,
    update: bool = False,
    resume: bool = False,
    force: bool = False,
    schema_ref: str | None = "policygen.schema.json",  # answers.answersfile.SCHEMA_FILE (tests/test_speed.py)
    library: LibraryArg = None,
    interview: Callable[[answers_init.Plan], None] | None = None,
) -> answers_init.InitResult:
    """Write the answers file PATH, or with update add the questions it does not answer yet.

    presets: (question key, answer as typed) pairs, e.g. ("scope.volunteers", "yes").
    defaults: answer every other question with its default, asking nothing.
    resume: start from the answers an interview saved when it was stopped with Ctrl-C.
    interview: called with the plan to ask the questions still pending (a terminal interview).
    Clause ids for customise.exclude are checked against the library as they are given.
    """
    from .answers import init as answers_init  # the questionnaire and the answers file's writer: init alone needs them

    loaded = library_from(library)
    result = answers_init.init(
        path,
        loaded.version,
        presets=presets,
        defaults=defaults,
        update=update,
        resume=resume,
        force=force,
        schema_ref=schema_ref,
        interview=interview,
        checks={"customise.exclude": _known_clauses(loaded), "customise.exclude.clause": _known_clause(loaded)},
        inputs=(library_files(loaded.root) if loaded.root is not None else []) + template_files(),
    )
    # The file is valid answer by answer; a rule across groups can still stop the build (an approved
    # policy that monitors needs its DPIA's date). Say so now, not at the first build.
    if result.wrote_answers:
        result.to_fix.extend(readiness.errors(read_answers(result.plan.path).answers))
    return result


def _known_clauses(library: Library) -> Callable[[list[dict[str, Any]]], None]:
    """A check for customise.exclude: every id names a clause of the library, or Invalid with a "did you mean"."""

    from .answers.questions import Invalid

    def check(exclusions: list[dict[str, Any]]) -> None:
        reasons = unknown_clause_ids([exclusion["clause"] for exclusion in exclusions], library)
        if reasons:
            raise Invalid(reasons)

    return check


def _known_clause(library: Library) -> Callable[[str], None]:
    """The same check for one clause id, as it is typed in the interview."""
    check = _known_clauses(library)
    return lambda clause_id: check([{"clause": clause_id}])


# ------------------------------------------------------------------ the clauses as one organisation gets them


class ClauseEntry(Record):
    """One clause as this organisation gets it: its number in the policy (None: not in it) and whose it is."""

    clause: Clause
    number: str | None
    mark: str  # "", "added", "replaced" or "excluded"
    section_title: str
    reason: str | None = None  # why an excluded clause is left out, as customise.exclude says


def organisation_clauses(answers: str | Path, library: LibraryArg = None) -> list[ClauseEntry]:
    """Every clause of the library with this organisation's own over it, in order, marked added, replaced or excluded."""
    built = prepare(answers, library)
    numbers = {clause.id: clause.number for clause in built.document.clauses()}
    excluded = built.answers.customise.excluded
    entries = []
    for clause in built.library.clauses.values():
        mark = "excluded" if clause.id in excluded else "" if clause.origin == "library" else clause.origin
        entries.append(ClauseEntry(clause, numbers.get(clause.id), mark, built.library.section_title(clause.section), excluded.get(clause.id)))
    return entries


def explain(clause_id: str, answers: str | Path | None = None, library: LibraryArg = None) -> Explained:
    """One clause, with its notes, sources and (given answers) the text and answers that shape it for this organisation."""
    from .compose.explain import explain_clause

    loaded = library_from(library)
    built = prepare(answers, loaded) if answers is not None else None
    return explain_clause(clause_id, built.library if built else loaded, built.answers if built else None, built.document if built else None)
