"""compose/assemble: every selected clause rendered and parsed into the Document, with its hash; every
broken clause reported at once, each at its FILE:LINE."""

from __future__ import annotations

import hashlib

import pytest

from generator import __version__
from generator.answers import parse_answers
from generator.compose.assemble import assemble
from generator.document import Paragraph, Text
from generator.errors import PolicyError
from helpers import MINIMAL_ANSWERS, clause_file


def answers(extra: str = ""):
    return parse_answers(MINIMAL_ANSWERS + extra, "a.yaml")


def problems(library, extra: str = "") -> list[str]:
    with pytest.raises(PolicyError) as caught:
        assemble(answers(extra), library)
    return [str(problem) for problem in caught.value.problems]


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


# ------------------------------------------------------------------ the Document


def test_sections_and_clauses_carry_their_numbers_titles_and_blocks(library):
    document = assemble(answers("scope: {students: false}\n"), library())
    assert [(s.id, s.number, s.title) for s in document.sections] == [
        ("intro", "1", "About this policy"),
        ("accounts", "2", "Official accounts"),
        ("council", "3", "Council powers"),
        ("control", "4", "Document control"),
    ]
    assert [(c.id, c.number, c.title, c.sources) for c in document.clauses()] == [
        ("intro.purpose", "1.1", "Why we have this policy", (1,)),
        ("intro.scope", "1.2", "Who it covers", (1,)),
        ("accounts.approval", "2.1", "Approving an account", (1,)),
        ("council.checks", "3.1", "Checks", (1,)),
        ("control.owner", "4.1", "Owner", (1,)),
    ]
    purpose = next(document.clauses())
    assert purpose.blocks == (
        Paragraph((Text("The Council expects you to act professionally online."),)),
        Paragraph((Text("Clause 4.1 names the owner."),)),  # the reference follows the renumbering
    )


def test_metadata_comes_from_the_answers_and_the_library(library):
    extra = 'document:\n  version: "2.1"\n  status: approved\n  approved_on: 2026-10-01\n  owner: the Head of Service\n'
    meta = assemble(answers(extra), library(), "ab" * 32).meta
    assert (meta.title, meta.organisation, meta.author, meta.version, meta.status) == (
        "Social media policy", "Northshire County Council", "the Head of Service", "2.1", "Approved"
    )
    assert meta.subject == "Social media policy for social work staff of Northshire County Council"
    assert meta.keywords == ("social media", "social work", "policy", "England")
    assert meta.provenance == (("policygen", __version__), ("clause library", "test.2"), ("answers sha256", "ab" * 32))
    assert assemble(answers(), library()).meta.status == "Draft"


def test_each_clause_hash_is_the_sha256_of_its_title_and_rendered_markdown(library):
    document = assemble(answers(), library())
    hashes = dict(document.clause_hashes)
    assert list(hashes) == [c.id for c in document.clauses()]
    # The Markdown as rendered, before parsing: a printed value is escaped (5\.1), the body's last newline kept.
    assert hashes["intro.purpose"] == sha256(
        "Why we have this policy\nThe Council expects you to act professionally online.\n\nClause 5\\.1 names the owner.\n"
    )
    assert hashes["intro.scope"] == sha256("Who it covers\nIt covers everyone.\n")


def test_a_clause_hash_changes_with_the_text_and_only_that_clause(library):
    before = dict(assemble(answers(), library()).clause_hashes)
    after = dict(assemble(answers("official_accounts: {approver: the Digital Team}\n"), library()).clause_hashes)
    assert [clause_id for clause_id in before if before[clause_id] != after[clause_id]] == ["accounts.approval"]
    assert after["accounts.approval"] == sha256("Approving an account\nThe Digital Team approves accounts.\n")


# ------------------------------------------------------------------ what a clause cannot do


def test_a_clause_that_renders_empty_is_an_error_at_its_body_line(library):
    empty = library({"intro/scope.md": clause_file("intro.scope", "Who it covers", "{% if scope.volunteers %}Volunteers too.{% endif %}\n")})
    assert problems(empty) == ["clauses/intro/scope.md:6: renders empty for these answers; move the condition into `when`"]
    assert [c.id for c in assemble(answers("scope: {volunteers: true}\n"), empty).clauses()][:2] == ["intro.purpose", "intro.scope"]


def test_a_reference_to_a_clause_left_out_is_an_error_at_the_line_of_the_reference(library):
    assert problems(library(), "customise: {exclude: [control.owner]}\n") == [
        "clauses/intro/purpose.md:8: refers to [[control.owner]], which customise.exclude leaves out; exclude this clause too, or keep control.owner"
    ]
    pointing = library({"intro/scope.md": clause_file("intro.scope", "Who it covers", "It covers everyone.\nSee [[students.placement]].\n")})
    assert problems(pointing, "scope: {students: false}\n") == [
        "clauses/intro/scope.md:7: refers to [[students.placement]], which does not apply to these answers "
        "(its condition: scope.students); give this clause a condition that implies it"
    ]


def test_every_broken_clause_is_reported_at_once_in_outline_order(library):
    broken = library({
        "intro/scope.md": clause_file("intro.scope", "Who it covers", "It covers\n{{ scope.everyone }}.\n"),
        "students/placement.md": clause_file("students.placement", "Students", "{% if false %}x{% endif %}\n", when="scope.students"),
        "council/checks.md": clause_file("council.checks", "Checks", "Text.\n\n> A quotation.\n", when="council"),
        "control/owner.md": clause_file("control.owner", "Owner", "{{ document.owner | capfirst }} owns it, since {{ document.approved_on }}.\n"),
    })
    assert problems(broken) == [
        "clauses/intro/scope.md:7: unknown variable: no answer or fact called 'everyone'; "
        "the names a clause can use are listed in clauses/README.md (answers: `policygen questions`)",
        "clauses/students/placement.md:7: renders empty for these answers; move the condition into `when`",
        "clauses/council/checks.md:9: a clause body cannot contain a block quote; use paragraphs, lists, tables, **bold**, *italic* and links",
        "clauses/control/owner.md:6: template error: a template printed an empty answer; guard it with {% if ... %}",
    ]
