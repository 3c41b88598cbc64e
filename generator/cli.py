"""The `policygen` command: options in, one call to the Python API, errors out in one place."""

from __future__ import annotations

import functools
import sys

import click

from . import __version__
from .errors import PolicyError


def reports_errors(command):
    """Bad input becomes `Error: ...` lines on stderr and exit code 1; never a traceback."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except PolicyError as exc:
            for problem in exc.problems:
                click.echo(f"Error: {problem}", err=True)
            sys.exit(1)

    return wrapper


ANSWERS = click.argument("answers", type=click.Path(dir_okay=False))
LIBRARY = click.option(
    "--library",
    type=click.Path(file_okay=False, exists=True),
    help="Use the clause library in this folder instead of the bundled one.",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="policygen", message="%(prog)s %(version)s")
def cli():
    """Write your organisation's social media policy for social work staff.

    Answer the questions once (policygen init), keep the answers file in git,
    and build a Word document and a Markdown copy from it (policygen build).
    """


@cli.command()
@ANSWERS
@click.option(
    "-o",
    "--output",
    "outputs",
    multiple=True,
    type=click.Path(dir_okay=False),
    help="Write the policy here; the suffix picks the format (.docx or .md). Repeat for several. "
    "Default: the answers file's name with .docx.",
)
@LIBRARY
@reports_errors
def build(answers, outputs, library):
    """Build the policy from the ANSWERS file.

    Every output is replaced only after the whole build succeeds, so a failed
    build leaves earlier outputs untouched.
    """
    from .pipeline import build as run_build

    for output in outputs:
        if not output.lower().endswith((".docx", ".md")):
            raise click.BadParameter(f"'{output}' must end in .docx or .md", param_hint="'-o' / '--output'")
    for path in run_build(answers, list(outputs), library):
        click.echo(f"Wrote {path}")


@cli.command()
@ANSWERS
@LIBRARY
@reports_errors
def validate(answers, library):
    """Check the ANSWERS file and the clause library without writing anything."""
    from .pipeline import prepare

    built = prepare(answers, library)
    count = sum(1 for _ in built.document.clauses())
    click.echo(f"{answers}: valid; the policy has {len(built.document.sections)} sections and {count} clauses")


@cli.command()
@LIBRARY
@reports_errors
def clauses(library):
    """List the clause library: id, title, section, condition and sources."""
    from .library import load_library

    lib = load_library(library)
    for clause in lib.clauses.values():
        sources = clause.sources
        cited = ", ".join(str(n) for n in sources.basw) if sources.basw else f"({sources.basis})"
        click.echo(f"{clause.id}\t{clause.title}\t{lib.section_title(clause.section)}\t{clause.when or 'always'}\tBASW {cited}")


@cli.command()
@ANSWERS
@click.option("--strict", is_flag=True, help="Exit 1 when a recommendation addressed to employers or organisations is not covered.")
@LIBRARY
@reports_errors
def coverage(answers, strict, library):
    """Show which clauses of the policy meet each of the 23 BASW recommendations."""
    from .coverage import coverage_report, strict_failure

    report = coverage_report(answers, library)
    click.echo(report.text())
    failure = strict_failure(report) if strict else None
    if failure:
        click.echo(failure, err=True)
        sys.exit(1)


def main():
    cli(prog_name="policygen")
