"""One answers file being answered in the browser: read it, check a submitted form, preview, save, download.

Every request starts again from the file on disk (policygen init's plan: a new file, or
the existing one read as `init --update` reads it) and takes the submitted form into it
(draft.fill). The text that Save would write is made for every change, and the preview,
coverage and downloads are built from that text by the build's own pipeline, so what the
page shows is what `policygen build` makes of the saved file. Nothing is written but the
answers file and its schema, and only when every answer is valid.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from ..answers import AnswersSource
from ..answers.init import Plan, answers_text, finish, start
from ..answers.source import parse_answers, read_answers
from ..compose import coverage_report
from ..errors import PolicyError, Problem
from ..library import Library
from ..pipeline import Built, output_formats, prepare, render_outputs
from ..versions.diff import diff_policies
from ..writers import libreoffice
from . import panels
from .draft import Draft, Form, fill
from .form import answers_form
from .look import look_css

LOOKS_KEPT = 8  # the looks of the templates a page has been shown lately (a page still holding an older one may ask for it)


@dataclass
class View:
    """What the page shows for one state of the answers."""

    plan: Plan
    draft: Draft
    text: str | None = None  # the answers file Save would write; None while an answer is refused
    built: Built | None = None
    problems: list[Problem] = field(default_factory=list)  # what stops the policy building, besides refused answers

    @property
    def saveable(self) -> bool:
        return self.built is not None


class Session:
    """The answers file named on the command line, and the clause library to build it with."""

    def __init__(self, path: str | Path, library: Library):
        self.path = Path(path)
        self.library = library
        self._committed: tuple[str, Built | None, str] | None = None  # (HEAD, its policy, why none)
        self._formats: list[str] | None = None
        self.looks: dict[str, bytes] = {}  # /static/ name -> the CSS of a template's look (look.py), as the page asked for it

    @property
    def name(self) -> str:
        return self.path.name

    def plan(self) -> Plan:
        """A fresh plan for the file as it is on disk now (it may have been saved or edited since)."""
        return start(self.path, self.library.version, update=self.path.exists())

    def view(self, form: Form | None = None) -> View:
        """The answers with `form` taken in; without one, as the page first shows them (defaults where unanswered)."""
        plan = self.plan()
        draft = fill(plan.answering, form if form is not None else answers_form(plan.answering))
        view = View(plan, draft)
        if form is None and not plan.updating:
            draft.errors = {}  # a new file's empty required answers are not mistakes yet
            return view
        if not draft.valid:
            return view
        try:
            view.text = answers_text(plan)
            # Named by its path on disk, so document.template and customise.clauses are found beside it, as `build` finds them.
            source = AnswersSource(str(self.path), view.text.encode("utf-8"), parse_answers(view.text, str(self.path)), self.path)
            view.built = prepare(source, self.library)
        except PolicyError as exc:
            view.text = None
            view.problems = exc.problems
        return view

    def save(self, form: Form) -> tuple[View, list[Path]]:
        """Write the answers file as `init` (new) or `init --update` (existing) would, only when every answer is valid."""
        view = self.view(form)
        if not view.saveable:
            return view, []
        return view, finish(view.plan)

    def download(self, form: Form, name: str) -> tuple[View, bytes | None]:
        """The policy in one format, built from the answers on the page as `policygen build` builds it."""
        if name not in self.formats():
            raise PolicyError(Problem(f"cannot write '{name}' files"))
        view = self.view(form)
        if view.built is None:
            return view, None
        return view, render_outputs(view.built.document, [Path(f"{self.path.stem}.{name}")])[0]

    def formats(self) -> list[str]:
        """The writers' formats that can be built here: PDF only when LibreOffice can be used."""
        if self._formats is None:
            usable = not isinstance(libreoffice.find(), libreoffice.Missing)
            self._formats = [name for name in output_formats() if name != "pdf" or usable]
        return self._formats

    # ---- panels

    def look(self, view: View) -> str | None:
        """The address of the CSS that gives the preview its Word template's look; None when it cannot be read now.

        Before anything is built, the bundled template's: a new policy is built in it until document.template names another.
        """
        try:
            css = look_css(view.built.document.template if view.built is not None else None).encode("utf-8")
        except PolicyError:  # the template changed under the page since the build read it: keep the look shown
            return None
        name = f"look-{hashlib.sha256(css).hexdigest()[:16]}.css"
        self.looks[name] = css
        while len(self.looks) > LOOKS_KEPT:
            del self.looks[next(iter(self.looks))]
        return f"/static/{name}"

    def coverage_html(self, view: View) -> str:
        if view.built is None:
            return ""
        report = coverage_report(view.built.answers, view.built.library)
        clauses = view.built.library.clauses
        own = [
            panels.OwnClause(clause.number, clause.title, clauses[clause.id].origin == "replaced", clause.sources)
            for section in view.built.document.sections
            for clause in section.clauses
            if clause.number in report.own
        ]
        return panels.coverage_html(report, own)

    def warnings_html(self, view: View) -> str:
        return "" if view.built is None else panels.warnings_html(view.built.warnings)

    def warnings_summary(self, view: View) -> str:
        return "" if view.built is None else panels.warnings_summary(view.built.warnings)

    def changes_html(self, view: View) -> str:
        if view.built is None:
            return ""
        committed, reason = self.committed()
        return panels.changes_html(diff_policies(committed, view.built) if committed else None, reason)

    def committed(self) -> tuple[Built | None, str]:
        """The policy as the answers file was at the last commit, kept until HEAD moves."""
        head = _git_head(self.path.parent)
        if self._committed is None or self._committed[0] != head:
            built, reason = None, f"{self.name} is not in a git repository, so there is no last commit to compare with."
            if head:
                try:
                    built = prepare(read_answers(f"HEAD:{self.name}", self.path.parent), self.library)
                except PolicyError as exc:
                    reason = f"The last commit has no version of {self.name} to compare with ({exc.problems[0].message})."
            self._committed = (head, built, reason)
        return self._committed[1], self._committed[2]


def _git_head(folder: Path) -> str:
    """The commit checked out in the answers file's repository, or "" when there is none (or no git)."""
    try:
        found = subprocess.run(["git", "rev-parse", "--verify", "--quiet", "HEAD"], cwd=folder, capture_output=True, check=False)
    except (FileNotFoundError, NotADirectoryError):
        return ""
    return os.fsdecode(found.stdout).strip() if found.returncode == 0 else ""
