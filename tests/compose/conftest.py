"""A small clause library for the compose tests: five sections, conditions on answers and on a derived fact."""

from __future__ import annotations

import pytest

from generator.library import load_library
from helpers import build_file_tree, clause_file

OUTLINE = """\
library_version: "test.2"
sections:
  - {id: intro, title: About this policy, clauses: [intro.purpose, intro.scope]}
  - {id: students, title: Students, clauses: [students.placement, students.supervision]}
  - {id: accounts, title: Official accounts, clauses: [accounts.approval]}
  - {id: council, title: Council powers, clauses: [council.checks]}
  - {id: control, title: Document control, clauses: [control.owner]}
"""

CLAUSES = {
    "intro/purpose.md": clause_file(
        "intro.purpose", "Why we have this policy",
        "{{ organisation.short_name | capfirst }} expects you to act professionally online.\n\nClause [[control.owner]] names the owner.\n",
    ),
    "intro/scope.md": clause_file("intro.scope", "Who it covers", "It covers everyone.\n"),
    "students/placement.md": clause_file("students.placement", "Students on placement", "Students follow it on placement.\n", when="scope.students"),
    "students/supervision.md": clause_file(
        "students.supervision", "Supervision", "Talk about it in supervision.\n", when="scope.students and supervision.standing_item"
    ),
    "accounts/approval.md": clause_file(
        "accounts.approval", "Approving an account", "{{ official_accounts.approver | capfirst }} approves accounts.\n", when="official_accounts.exist"
    ),
    "council/checks.md": clause_file("council.checks", "Checks", "A council authorises every check.\n", when="council"),
    "control/owner.md": clause_file("control.owner", "Owner", "{{ document.owner | capfirst }} owns this policy.\n"),
}


@pytest.fixture
def library(tmp_path):
    """library(changes={}) -> the library above, loaded, with any clause file replaced: {"intro/scope.md": text}."""

    def make(changes: dict[str, str] | None = None):
        files = {"outline.yaml": OUTLINE, "data/nations.yaml": "england: {name: England}\n", **CLAUSES, **(changes or {})}
        return load_library(build_file_tree(tmp_path / "clauses", files))

    return make
