"""The `policygen` command: options in, one call to the Python API, errors out in one place."""

from __future__ import annotations

import datetime as dt
import functools
import gc
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

import generator as api

from .errors import PolicyError, Problem, collect
from .version import __version__
from .writers import WRITERS

if TYPE_CHECKING:
    from .answers.init import Plan


def reports_errors(exit_code: int = 1) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """The one place bad input becomes `Error: ...` lines on stderr and an exit code; never a traceback.

    Every command exits 1 on bad input (a missing or wrong answers file, a broken library),
    so a script tells a mistake from success the same way whatever it runs; click's own usage
    errors are 2. A finding that is the command's answer (a rendering out of date, a failed
    accessibility check, an uncovered recommendation with --strict) is also 1: something to fix.
    `diff` exits 0 whether or not the versions differ, as `git diff` does: a difference is
    what it was asked to show, and CI that posts it as a comment must not fail on it.
    """

    def decorate(command: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(command)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            try:
                return command(*args, **kwargs)
            except PolicyError as exc:
                for problem in exc.problems:
                    click.echo(f"Error: {problem}", err=True)
                sys.exit(exit_code)

        return wrapper

    return decorate


CommandT = TypeVar("CommandT", bound=click.Command)


def examples(*commands: str) -> Callable[[CommandT], CommandT]:
    """End a command's --help with examples to copy, as sqlite-utils does; put it above @cli.command()."""

    def add(command: CommandT) -> CommandT:
        lines = "\n".join(f"  {line}" for line in commands)
        command.epilog = f"{'Example' if len(commands) == 1 else 'Examples'}:\n\n\b\n{lines}"
        return command

    return add


class Commands(click.Group):
    """The command list shows each command's whole first sentence, wrapped, never cut off with '...'."""

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, command.get_short_help_str(limit=1000)) for name, command in sorted(self.commands.items()) if not command.hidden]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


# One instance of each path type, shared: click looks up a translation of its name for every one made.
FILE = click.Path(dir_okay=False)
ANSWERS = click.argument("answers", type=FILE)
LIBRARY = click.option(
    "--library",
    type=click.Path(file_okay=False, exists=True),
    help="Use the clause library in this folder instead of the bundled one.",
)


@examples("policygen example northshire-council", "policygen init policy.yaml", "policygen build policy.yaml -o policy.docx -o policy.md")
@click.group(cls=Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="policygen", message="%(prog)s %(version)s")
def cli() -> None:
    """Write your organisation's social media policy for social work staff.

    Answer the questions once (policygen init), keep the answers file in git,
    and build a Word document and a Markdown copy from it (policygen build).
    """


# Format names from the writers registry (a light module: the writers themselves load on use).
FORMATS = [suffix.lstrip(".") for suffix in WRITERS]
SUFFIXES = " or ".join(", ".join(f".{name}" for name in FORMATS).rsplit(", ", 1))


EDITION = click.option("--edition", default="full", show_default=True, metavar="NAME", help="Which edition: full, quick (the staff quick guide), carers, students ... `policygen editions ANSWERS` lists those you get.")


@examples("policygen build policy.yaml -o policy.docx -o policy.md", "policygen build north.yaml south.yaml --out-dir built -f docx -f html")
@cli.command()
@click.argument("answers", nargs=-1, required=True, type=FILE)
@click.option(
    "-o",
    "--output",
    "outputs",
    multiple=True,
    type=FILE,
    help=f"Write the policy here; the suffix picks the format ({SUFFIXES}; .ics: the next review date as a calendar entry). Repeat for several. "
    "'-' writes the Markdown to standard output. Default: the answers file's name with .docx.",
)
@click.option(
    "--out-dir",
    type=click.Path(file_okay=False),
    help="Build every ANSWERS file into this folder (made if missing), one file per format named after "
    "the answers file: a.yaml gives DIR/a.docx. The files are built in parallel, one process per core.",
)
@click.option(
    "-f",
    "--format",
    "formats",
    multiple=True,
    type=click.Choice(FORMATS),
    help="With --out-dir: write this format for every answers file. Repeat for several. Default: docx.",
)
@click.option(
    "--strict",
    is_flag=True,
    help="Treat warnings as errors: exit 1 and write nothing while a route has no way to reach it, a record the policy needs is missing, "
    "or an example answer that `init --defaults` wrote is still there.",
)
@click.option(
    "--edition",
    "editions",
    multiple=True,
    metavar="NAME",
    help="Which edition: full (the default), quick (the staff quick guide), carers, students ... `policygen editions ANSWERS` lists those you get. "
    "With --out-dir, repeat for several, or give 'all' for every edition each policy gets; a.yaml's quick guide is written as DIR/a.quick.docx.",
)
@click.option(
    "--review-copy",
    is_flag=True,
    help="Write a .docx for the approval committee: each clause carries a Word comment with its drafter notes, "
    "the BASW recommendations it addresses and the answers that decide it.",
)
@LIBRARY
@click.option(
    "--template",
    type=FILE,
    help="Take the Word document's look (fonts, colours, page set-up, logo) from this .docx, instead of the answers' document.template "
    "or policygen's own. `policygen template FILE` writes one to start from.",
)
@reports_errors()
def build(
    answers: tuple[str, ...], outputs: tuple[str, ...], out_dir: str | None, formats: tuple[str, ...], strict: bool, editions: tuple[str, ...], review_copy: bool, library: str | None,
    template: str | None = None,
) -> None:
    """Build the policy from an answers file, or many into a folder.

    One policy: `policygen build policy.yaml -o policy.docx -o policy.html`.
    Every output is replaced only after the whole build succeeds, so a failed
    build leaves earlier outputs untouched. Warnings (on stderr) name answers
    the policy still needs before it is signed; they do not stop the build
    unless --strict is given.

    Many: `policygen build a.yaml b.yaml --out-dir DIR -f docx -f html`. An
    error in one answers file is reported and the others still build; the
    exit status is 1 if any failed.
    """
    if out_dir is not None:
        if outputs:
            raise click.UsageError("-o / --output names the file of one policy; with --out-dir, choose formats with -f")
        if review_copy:
            raise click.UsageError("--review-copy writes one policy's review copy: give one answers file and -o review.docx")
        _build_into_folder(answers, out_dir, formats or ("docx",), library, strict, editions or ("full",), template)
        return
    if len(set(editions)) > 1 or "all" in editions:
        raise click.UsageError("several editions are built into a folder: add --out-dir DIR, or build one edition with -o")
    edition = editions[0] if editions else "full"
    if len(answers) > 1:
        raise click.UsageError("several answers files are built into a folder: add --out-dir DIR")
    if formats:
        raise click.UsageError("-f / --format goes with --out-dir; for one policy, name each output with -o")
    for output in outputs:
        if output != "-" and not output.lower().endswith((*WRITERS, ".ics")):
            raise click.BadParameter(f"'{output}' must end in {SUFFIXES}, or .ics for the next review date, or be - for standard output", param_hint="'-o' / '--output'")
        if review_copy and not output.lower().endswith(".docx"):
            raise click.UsageError(f"--review-copy writes Word comments, so its output must be a .docx: '{output}' is not; use -o review.docx")
    if review_copy and edition != "full":
        raise click.UsageError("--review-copy is a copy of the full policy for its approval: leave out --edition")
    to_stdout = "-" in outputs
    stdout = sys.stdout.buffer if to_stdout else None
    built = api.build(answers[0], list(outputs), library, stdout=stdout, strict=strict, on_warning=echo_warning, edition=edition, template=template, review_copy=review_copy)
    for path in built:
        click.echo(f"Wrote {path}", err=to_stdout)  # standard output holds only the policy


def _build_into_folder(
    answers: tuple[str, ...], out_dir: str, formats: tuple[str, ...], library: str | None, strict: bool, editions: tuple[str, ...], template: str | None = None
) -> None:
    """The batch build: a progress bar on a terminal (on stderr, so stdout stays a list of files), nothing when piped."""
    if sys.stderr.isatty():
        # "all" is known edition by edition only as each file is read: each file's full policy counts for it on the bar.
        counted = {name for name in editions if name != "all"} | ({"full"} if "all" in editions else set())
        with click.progressbar(length=len(answers) * len(counted), label="Building policies", file=sys.stderr) as bar:
            results = api.build_many(
                list(answers), out_dir, formats, library, on_done=lambda done: bar.update(1 if done.edition in counted else 0), strict=strict, editions=editions,
                template=template,
            )
    else:
        results = api.build_many(list(answers), out_dir, formats, library, strict=strict, editions=editions, template=template)
    for result in results:
        for warning in result.warnings:
            echo_warning(warning)
        for path in result.written:
            click.echo(f"Wrote {path}")
    collect([problem for result in results for problem in result.problems])


def echo_warning(problem: Problem) -> None:
    click.echo(f"Warning: {problem}", err=True)


@examples("policygen validate policy.yaml", "policygen validate --strict policies/*.yaml")
@cli.command()
@click.argument("answers", nargs=-1, required=True, type=FILE)
@click.option("--strict", is_flag=True, help="Fail (exit 1) on any warning, as on an error.")
@LIBRARY
@reports_errors()
def validate(answers: tuple[str, ...], strict: bool, library: str | None) -> None:
    """Check answers files and the clause library; write nothing.

    Several files may be given (as pre-commit does); every problem in each is
    reported. Also warns, naming the line, about what the policy still lacks
    before it is signed (as build does), example answers that `init
    --defaults` wrote and you have not replaced, and answers that no longer
    apply (who approves official accounts, when there are none).
    """
    result = api.validate(answers, library, strict)
    for warning in result.warnings:
        echo_warning(warning)
    for built in result.valid:
        count = sum(1 for _ in built.document.clauses())
        click.echo(f"{built.source.name}: valid; the policy has {len(built.document.sections)} sections and {count} clauses")
    collect(result.problems)


@examples("policygen clauses", "policygen clauses --answers policy.yaml")
@cli.command()
@click.option("--answers", "answers", type=FILE, help="Show the clauses as this answers file's organisation gets them: numbered, with its own marked added or replaced, and its exclusions.")
@LIBRARY
@reports_errors()
def clauses(answers: str | None, library: str | None) -> None:
    """List the clauses: id, title, section, condition and sources.

    With --answers, each line starts with the clause's number in this policy
    ('-' when it is not in it) and ends with 'added', 'replaced' or 'excluded'
    for the organisation's own changes, naming the file (for an exclusion, its reason).
    """
    from .library import load_library

    if answers is None:
        lib = load_library(library)
        for clause in lib.clauses.values():
            click.echo(_clause_line(clause, lib.section_title(clause.section)))
        return
    for entry in api.organisation_clauses(answers, library):
        mark = f"\t{entry.mark}" + (f" ({entry.clause.file})" if entry.mark in ("added", "replaced") else "") if entry.mark else ""
        if entry.mark == "excluded":
            mark += f": {entry.reason}" if entry.reason else " (no reason given)"
        click.echo(f"{entry.number or '-'}\t{_clause_line(entry.clause, entry.section_title)}{mark}")


def _clause_line(clause: Any, section_title: str) -> str:
    sources = clause.sources
    cited = ", ".join(str(n) for n in sources.basw) if sources.basw else f"({sources.basis})"
    return f"{clause.id}\t{clause.title}\t{section_title}\t{clause.when or 'always'}\tBASW {cited}"


@examples("policygen explain personal-use.monitoring", "policygen explain personal-use.monitoring --answers policy.yaml")
@cli.command()
@click.argument("clause_id", metavar="CLAUSE-ID")
@click.option("--answers", "answers", type=FILE, help="Show the clause as this answers file's organisation gets it, with the values of the answers that shape it.")
@LIBRARY
@reports_errors()
def explain(clause_id: str, answers: str | None, library: str | None) -> None:
    """Explain one clause for a drafter: its text, notes, sources and the answers that shape it."""
    click.echo(api.explain(clause_id, answers, library).text_report(), nl=False)


@examples("policygen diff HEAD:policy.yaml policy.yaml", "policygen diff v1.0:policy.yaml policy.yaml --format markdown > changes.md")
@cli.command()
@click.argument("old")
@click.argument("new")
@click.option(
    "--format",
    "form",
    type=click.Choice(["text", "markdown"]),
    default="text",
    show_default=True,
    help="text for a terminal or a pipe; markdown for a pull-request comment.",
)
@click.option("--color/--no-color", default=None, help="Colour deletions red and insertions green. Default: colour only on a terminal, unless NO_COLOR is set.")
@click.option(
    "--provenance",
    is_flag=True,
    help="Also show each answers file's SHA-256 fingerprint, as the outputs record it (it changes with any edit of the file, a comment too).",
)
@EDITION
@LIBRARY
@reports_errors()
def diff(old: str, new: str, form: str, color: bool | None, provenance: bool, edition: str, library: str | None) -> None:
    """Show what changed between two versions of a policy, clause by clause.

    Each of OLD and NEW is an answers file, or REV:PATH to read it from git
    (e.g. HEAD~1:policy.yaml; PATH is relative to the current folder). Both are
    built with the same clause library. Exit status 0 whether or not they
    differ (as git diff); 1 when an answers file is missing or wrong, as for
    every command.
    """
    from .versions.diff import format_markdown, format_text

    result = api.diff(old, new, library, edition=edition, provenance=provenance)
    if form == "markdown":
        click.echo(format_markdown(result), nl=False)
    else:
        if color is None:
            color = sys.stdout.isatty() and "NO_COLOR" not in os.environ
        click.echo(format_text(result, color=color), nl=False, color=color)


@examples("policygen redline v1.0:policy.yaml policy.yaml -o changes.docx")
@cli.command()
@click.argument("old")
@click.argument("new")
@click.option("-o", "--output", required=True, type=FILE, help="Write the Word document with tracked changes here (.docx).")
@LIBRARY
@reports_errors()
def redline(old: str, new: str, output: str, library: str | None) -> None:
    """Write NEW as a Word document with tracked changes against OLD.

    Each of OLD and NEW is an answers file, or REV:PATH to read it from git.
    In Word, Accept All gives the NEW policy and Reject All the OLD one. Every
    change is by "policygen", dated NEW's approval date (else the date of its
    latest version-history entry), so the same inputs give the same file.
    """
    path = api.redline(old, new, output, library)
    click.echo(f"Wrote {path}")


@examples("policygen check policy.md", "policygen check policy.yaml --review-due --within 60d")
@cli.command()
@click.argument("answers", nargs=-1, required=True, type=FILE)
@click.option(
    "--against",
    type=FILE,
    help="The committed Markdown rendering to compare with. Default: the answers file's name with .md.",
)
@click.option("--review-due", is_flag=True, help="Check the review date instead: exit 1 when it has passed, is today, or falls within --within.")
@click.option("--within", default="0d", show_default=True, metavar="TIME", help="With --review-due: fail this long before the date too, in days (60d) or weeks (8w).")
@click.option("--today", type=click.DateTime(["%Y-%m-%d"]), help="With --review-due: the date to check against (YYYY-MM-DD). Default: today.")
@LIBRARY
@reports_errors()
def check(answers: tuple[str, ...], against: str | None, review_due: bool, within: str, today: dt.datetime | None, library: str | None) -> None:
    """Check that each committed Markdown rendering is up to date.

    Rebuilds the Markdown in memory and compares it with the file, writing
    nothing. A rendering may be given instead of its answers file (policy.md
    is checked against policy.yaml beside it), so a hook also catches a
    rendering edited by hand. Exit status 1 when a rendering is missing or out
    of date: for CI and pre-commit.

    With --review-due, checks each policy's next review date instead, for CI
    on a schedule: `policygen check policy.yaml --review-due --within 60d`.
    """
    if review_due:
        for line in api.review_due(list(answers), within, today.date() if today else None):
            click.echo(line)
        return
    for answers_path, rendering in api.check(list(answers), against, library, on_notice=echo_warning):
        if answers_path is None:
            stem = str(Path(rendering).with_suffix(""))
            click.echo(f"{rendering}: not checked: no answers file beside it ({stem}.yaml or {stem}.yml), so it is not a policygen rendering")
        else:
            click.echo(f"{rendering}: up to date with {answers_path}")


@examples("policygen changes v1.0:policy.yaml policy.yaml --edition carers", "policygen changes HEAD:policy.yaml policy.yaml -o changes.docx")
@cli.command()
@click.argument("old")
@click.argument("new")
@click.option("-o", "--output", type=FILE, help="Write the summary here (.md, .json or a Word document, .docx) instead of printing it as Markdown.")
@EDITION
@LIBRARY
@reports_errors()
def changes(old: str, new: str, output: str | None, edition: str, library: str | None) -> None:
    """Say what changed for one edition's readers, clause by clause.

    Each added, removed or changed clause, with its number, title and a line
    on the change: your note for the clause (document.clause_notes, added
    since OLD), else the clause library's change note, else the words that
    changed. Each of OLD and NEW is an answers file, or
    REV:PATH to read it from git.
    Says "Nothing in your rules changed." when no clause of the edition
    changed, so re-acknowledgement is asked for only when it is needed.
    Exit status 0 either way.
    """
    from .versions.changes import as_markdown, write_changes

    summary = api.changes(old, new, edition, library)
    if output:
        click.echo(f"Wrote {write_changes(summary, output)}")
    else:
        click.echo(as_markdown(summary), nl=False)


@examples("policygen acknowledgement policy.yaml -o ack.csv", "policygen acknowledgement policy.yaml --edition students -o ack.json")
@cli.command()
@ANSWERS
@click.option("-o", "--output", required=True, type=FILE, help="Write the export here: .csv (one row per clause) or .json.")
@EDITION
@LIBRARY
@reports_errors()
def acknowledgement(answers: str, output: str, edition: str, library: str | None) -> None:
    """Export what a read-receipt ties to, as CSV or JSON.

    The policy's title, version, approval date and edition, and each clause's
    id, number, title and content hash.
    """
    click.echo(f"Wrote {api.acknowledgement(answers, output, edition, library)}")


@examples("policygen editions policy.yaml")
@cli.command()
@ANSWERS
@LIBRARY
@reports_errors()
def editions(answers: str, library: str | None) -> None:
    """List the editions of the policy this organisation gets.

    Each is built with `policygen build ANSWERS --edition NAME`.
    """
    for name, about in api.editions(answers, library).items():
        click.echo(f"{name:<10}{about}")


@examples("policygen coverage policy.yaml", "policygen coverage policy.yaml --strict")
@cli.command()
@ANSWERS
@click.option("--strict", is_flag=True, help="Exit 1 when a recommendation addressed to employers or organisations is not covered, or any recommendation is only partly covered.")
@EDITION
@LIBRARY
@reports_errors()
def coverage(answers: str, strict: bool, edition: str, library: str | None) -> None:
    """Show how the policy (or one edition) meets the 23 BASW recommendations."""
    from .compose.coverage import strict_failure

    report = api.coverage(answers, library, edition)
    click.echo(report.text())
    failure = strict_failure(report) if strict else None
    if failure:
        click.echo(failure, err=True)
        sys.exit(1)


@examples("policygen init policy.yaml", "policygen init --resume policy.yaml")
@cli.command()
@click.argument("path", type=FILE)
@click.option("--defaults", is_flag=True, help="Ask nothing: answer every question with its default. Required answers you do not give with the options below get example answers, marked in the file for you to replace.")
@click.option("--update", is_flag=True, help="PATH exists: ask only the questions it does not answer yet (new in this version, or now applying) and add them; every existing answer and comment stays as it is, except an empty contacts.other, which is offered the teams other answers name.")
@click.option("--resume", is_flag=True, help="Continue from the answers saved when you stopped `policygen init PATH` with Ctrl-C (in PATH's name with .partial.yaml); the saved file is deleted once PATH is written.")
@click.option("--force", is_flag=True, help="Replace PATH if it already exists.")
@click.option("--color/--no-color", default=None, help="Headings in bold and help dimmed. Default: only on a terminal, unless NO_COLOR is set.")
@click.option("--name", help="Answer organisation.name: your organisation's full name.")
@click.option("--short-name", help="Answer organisation.short_name: what you call the organisation in running text, e.g. 'the Council'.")
@click.option("--type", "org_type", metavar="CODE", help="Answer organisation.type, e.g. local_authority or charity (see `policygen questions`).")
@click.option("--nation", metavar="CODE", help="Answer organisation.nation: england, scotland, wales or northern_ireland.")
@click.option("--set", "presets", multiple=True, metavar="KEY=VALUE", help="Answer any question in advance, e.g. --set scope.volunteers=yes. Repeat for several. Lists take items separated by ';'.")
@click.option(
    "--schema",
    "schema_ref",
    default="policygen.schema.json",
    show_default=True,
    help="What the file's `# yaml-language-server: $schema=` line points to: policygen.schema.json, written next to PATH as the JSON Schema, or a https:// address, written as it is. Ignored with --update, which keeps the file's own line and refreshes policygen.schema.json beside PATH only when the line names it.",
)
@LIBRARY
@reports_errors()
def init(path: str, defaults: bool, update: bool, resume: bool, force: bool, color: bool | None, name: str | None, short_name: str | None,
         org_type: str | None, nation: str | None, presets: tuple[str, ...], schema_ref: str, library: str | None) -> None:
    """Ask the questions and write the answers file PATH, such as policy.yaml.

    Questions come in groups, each with its help and a default in [brackets];
    follow-up questions appear only when they apply. Every answer is checked as
    `policygen build` checks it, and asked again with the reason when it is
    wrong. Type < to go back a question. Nothing is written until the last
    answer: Ctrl-C offers to save the answers so far, for --resume, and
    writes nothing unless you say yes. The file holds each question as a
    comment above its answer.
    """
    from . import interview

    if update and (force or resume):
        raise click.UsageError(f"--update keeps the existing file; it cannot be used with {'--force' if force else '--resume'}")
    if color is None and "NO_COLOR" in os.environ:
        color = False
    given = [("organisation.name", name), ("organisation.short_name", short_name), ("organisation.type", org_type), ("organisation.nation", nation)]
    for preset in presets:
        key, sep, value = preset.partition("=")
        if not sep:
            raise click.BadParameter(f"'{preset}' is not KEY=VALUE, e.g. scope.volunteers=yes", param_hint="'--set'")
        given.append((key.strip(), value))

    def ask(plan: Plan) -> None:
        if not interview.stdin_is_terminal():
            raise click.UsageError("policygen init asks its questions in a terminal, but the input is not one; use --defaults to write the answers file without asking")
        interview.intro(plan, color)
        interview.run(plan, color)

    changes = api.library_changes(path, library) if update else ""
    result = api.init(
        path,
        presets=[(key, value) for key, value in given if value is not None],
        defaults=defaults,
        update=update,
        resume=resume,
        force=force,
        schema_ref=schema_ref,
        library=library,
        interview=ask,
    )
    if update and not result.wrote_answers:
        click.echo(f"{path}: nothing to add; every question that applies is answered")
    for target in result.written:
        click.echo(f"Wrote {target}")
    if result.examples:
        keys = ", ".join(q.key for q in result.examples)
        click.echo(f"Warning: {path}: example answers for {keys}; replace them before you use the policy", err=True)
    for problem in result.to_fix:
        click.echo(f"To fix before it builds: {problem}", err=True)
    if changes:
        click.echo(changes, nl=False)
    if result.to_fix:
        click.echo(f"Next: fix {'that' if len(result.to_fix) == 1 else 'those'} in {path}, then run `policygen build {path}`")
    elif result.wrote_answers:
        click.echo(f"Next: check the answers, then run `policygen build {path}`")


@examples("policygen example", "policygen example northshire-council my-policy.yaml")
@cli.command()
@click.argument("name", required=False)
@click.argument("path", required=False, type=click.Path())
@click.option("--force", is_flag=True, help="Replace PATH if it already exists.")
@reports_errors()
def example(name: str | None, path: str | None, force: bool) -> None:
    """List the example answers files, or write one out.

    Without NAME, lists the examples, each with what it shows. With NAME,
    writes that example's answers to PATH (default: NAME.yaml in this folder),
    to try policygen or to start your own answers from.
    """
    if name is None:
        found = api.examples()
        width = max(len(e.name) for e in found)
        for item in found:
            click.echo(f"{item.name.ljust(width)}  {item.description}")
        return
    target, *own_clauses = api.write_example(name, path, force)
    click.echo(f"Wrote {target}")
    if own_clauses:
        click.echo(f"Wrote {len(own_clauses)} own clause files beside it, in the folder customise.clauses names: {own_clauses[0].parent}/")
    click.echo(f"Next: policygen build {target} -o {target.with_suffix('.docx')}")


@examples("policygen serve policy.yaml", "policygen serve policy.yaml --port 8765 --no-browser")
@cli.command()
@click.argument("path", type=FILE)
@click.option("--port", type=click.IntRange(0, 65535), default=0, show_default=True, help="The port to listen on (on 127.0.0.1 only); 0 picks a free one.")
@click.option("--no-browser", is_flag=True, help="Print the address but do not open a browser.")
@LIBRARY
@reports_errors()
def serve(path: str, port: int, no_browser: bool, library: str | None) -> None:
    """Answer the questions in your browser, with the policy taking shape beside them.

    PATH is the answers file: an existing one to change, or a new name, written
    on the first save. Every answer is checked as `policygen build` checks it;
    Save writes the file as `policygen init` (or `init --update`) would, keeping
    its comments. The page is served on 127.0.0.1 only, at an address with a
    token that only you are shown. Ctrl-C stops the server.
    """
    from . import serve as server

    server.run(path, port=port, open_browser=not no_browser, library=library, say=click.echo)


@examples("policygen lint policy.docx policy.html")
@cli.command()
@click.argument("files", nargs=-1, required=True, type=FILE)
@reports_errors()
def lint(files: tuple[str, ...]) -> None:
    """Check Word documents and web pages for accessibility.

    The checks: a title; a language; heading levels that never skip one (and
    no bold text posing as a heading); tables with a header row and a caption
    or description; link text that says where it goes; text colours with
    enough contrast (WCAG 2.2 AA); no empty paragraphs for spacing. Any file
    may be given, including one edited by hand after it was built. Also shows
    readability: the mean and longest sentence in words, each list item
    counted on its own. Exit status 1 when any check fails, with one line per
    failure naming what and where.
    """
    from .accessibility import CHECKS

    problems = []
    for path in files:
        try:
            report = api.lint(path)
        except PolicyError as exc:
            problems += exc.problems
            continue
        failed = report.failed_checks
        if failed:
            click.echo(f"{path}: failed {len(failed)} of {len(CHECKS)} checks: {', '.join(failed)}")
        else:
            click.echo(f"{path}: passed all {len(CHECKS)} checks: {', '.join(CHECKS)}")
        click.echo(f"{path}: readability: {report.readability.text()}")
        problems += report.failures
    collect(problems)


@examples("policygen schema -o policygen.schema.json")
@cli.command()
@click.option("-o", "--output", type=FILE, help="Write the schema to this file instead of printing it.")
@reports_errors()
def schema(output: str | None) -> None:
    """Print the JSON Schema of the answers file, for editors.

    Point your editor at it with a first line such as
    `# yaml-language-server: $schema=policygen.schema.json`.
    """
    from .answers.reference import schema_text
    from .files import write_all

    if output:
        write_all([(Path(output), schema_text().encode("utf-8"))])
        click.echo(f"Wrote {output}")
    else:
        click.echo(schema_text(), nl=False)


@examples("policygen questions -o questions.md")
@cli.command()
@click.option("-o", "--output", type=FILE, help="Write the Markdown to this file instead of printing it.")
@reports_errors()
def questions(output: str | None) -> None:
    """Print every question, with its help, choices and default, as Markdown."""
    from .answers.reference import questions_markdown
    from .files import write_all

    if output:
        write_all([(Path(output), questions_markdown().encode("utf-8"))])
        click.echo(f"Wrote {output}")
    else:
        click.echo(questions_markdown(), nl=False)


@examples("policygen upgrade policy.yaml", "policygen upgrade answers/*.yaml")
@cli.command()
@click.argument("answers", nargs=-1, required=True, type=FILE)
@reports_errors()
def upgrade(answers: tuple[str, ...]) -> None:
    """Rewrite answers files written for an older policygen in the current answers format.

    Every answer, comment and the order of the keys is kept; only what the new
    format names or shapes differently changes, and each change is listed.
    Each file is replaced in one step. Commit it first, so that git shows the
    upgrade as a change of its own. A file in the current format is left alone.
    A file that cannot be upgraded is reported and the others still are.
    """
    failed = False
    for name in answers:
        try:
            done = api.upgrade(name)
        except PolicyError as exc:
            for problem in exc.problems:
                click.echo(f"Error: {problem}", err=True)
            failed = True
            continue
        if done.current:
            click.echo(f"{name} is already current (answers format {done.before}); nothing to upgrade.")
            continue
        click.echo(f"Upgraded {name} from answers format {done.before} to {done.after}:")
        for change in done.changes:
            click.echo(f"  {change}")
        for schema in done.written[1:]:
            click.echo(f"Wrote {schema} (the schema your editor checks the answers with)")
        if done.problems:
            click.echo(f"{name} still has answers to fix before it builds (they were there before the upgrade):", err=True)
            for problem in done.problems:
                click.echo(f"Error: {problem}", err=True)
            failed = True
    if failed:
        sys.exit(1)


@examples("policygen template brand.docx", "policygen template branding/word-template.docx")
@cli.command()
@click.argument("path", type=FILE)
@reports_errors()
def template(path: str) -> None:
    """Write a starter Word template to restyle with your organisation's look.

    PATH (a new .docx; an existing file is never replaced) gets a copy of
    policygen's own template, with instructions in it. Open it in Word, change
    its styles' fonts and colours, its page size and margins, and put your logo
    in its header. Then name it in your answers (document: template: PATH,
    relative to the answers file) or build with --template PATH.
    """
    target = api.write_template(path)
    click.echo(f"Wrote {target}")
    click.echo(f"Next: restyle it in Word, then run `policygen build policy.yaml --template {target}`")


def main() -> None:
    # One short run: the cyclic garbage collector only costs time here. A build triggers over a
    # hundred collections (mostly while importing pydantic, lxml and markdown-it) that free a few
    # hundred objects, and at exit Python scans every object again; frozen objects are skipped.
    # Together that is about a fifth of a build's wall time.
    gc.disable()
    try:
        cli(prog_name="policygen")
    finally:
        gc.freeze()
