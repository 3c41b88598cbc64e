"""`policygen coverage`: the BASW recommendations and the clauses that meet them.

These tests use a small clause library built in tmp_path, so the exact output does not
change whenever the real library does; tests/clauses/test_library.py checks the real one.
"""

from __future__ import annotations

import functools
import textwrap
from pathlib import Path

import pytest

from generator import coverage as coverage_report
from generator.compose.coverage import format_report, strict_failure
from helpers import build_file_tree, invoke

RECOMMENDATIONS = """\
recommendations:
  - {number: 1, summary: Know the benefits and the risks., audience: social workers and students, code_of_ethics: []}
  - {number: 16, summary: Give people online safety advice., audience: social workers and organisations, code_of_ethics: []}
  - {number: 17, summary: Train staff and carers., audience: employers, code_of_ethics: []}
  - {number: 23, summary: Keep learning., audience: social workers, code_of_ethics: []}
"""

NATIONS = """\
england:
  name: England
"""

OUTLINE = """\
library_version: "test"
sections:
  - id: intro
    title: Introduction
    clauses: [intro.purpose]
  - id: learning
    title: Learning
    clauses: [learning.induction, learning.refresher, learning.advice]
"""

CLAUSES = {
    "intro/purpose.md": "---\nid: intro.purpose\ntitle: Purpose\nsources: {basw: [1]}\n---\nWhy we have this policy.\n",
    "learning/induction.md": "---\nid: learning.induction\ntitle: Induction\nwhen: training.induction\nsources: {basw: [17, 23]}\n---\nTraining at induction.\n",
    "learning/refresher.md": "---\nid: learning.refresher\ntitle: Refresher\nwhen: training.refresher_months\nsources: {basw: [23]}\n---\nRefresher training.\n",
    "learning/advice.md": "---\nid: learning.advice\ntitle: Advice\nwhen: not safety_advice.advice_url\nsources: {basw: [16]}\n---\nSafety advice.\n",
}

ANSWERS = """\
organisation: {name: Northshire County Council, short_name: the Council, type: local_authority, nation: england}
"""


@pytest.fixture
def library(tmp_path) -> Path:
    spec = {"outline.yaml": OUTLINE, "data/recommendations.yaml": RECOMMENDATIONS, "data/nations.yaml": NATIONS, **CLAUSES}
    return build_file_tree(tmp_path / "lib", spec)


def write_answers(tmp_path: Path, extra: str = "") -> Path:
    return build_file_tree(tmp_path, {"policy.yaml": ANSWERS + textwrap.dedent(extra)}) / "policy.yaml"


run = functools.partial(invoke, "coverage")  # policygen coverage ARGS...


def test_every_recommendation_covered(tmp_path, library):
    result = run(write_answers(tmp_path), "--library", library)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "How the policy for Northshire County Council meets the 4 BASW recommendations",
        "",
        "No.  Clauses   Recommendation",
        "  1  1.1       Know the benefits and the risks.",
        " 16  2.3       Give people online safety advice.",
        " 17  2.1       Train staff and carers.",
        " 23  2.1, 2.2  Keep learning.",
        "",
        "4 of 4 recommendations covered.",
    ]
    assert result.stderr == ""


def test_strict_passes_when_every_employer_recommendation_is_covered(tmp_path, library):
    result = run(write_answers(tmp_path), "--strict", "--library", library)
    assert result.exit_code == 0
    assert result.stderr == ""


NO_TRAINING = """\
training: {induction: false, refresher_months: null}
"""


def test_no_training_leaves_17_and_23_uncovered_with_a_line_each(tmp_path, library):
    result = run(write_answers(tmp_path, NO_TRAINING), "--library", library)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert " 17  not covered  Train staff and carers." in lines
    assert " 23  not covered  Keep learning." in lines
    assert lines[-3:] == [
        "Not covered: recommendation 17 (addressed to employers): no clause in this policy implements it.",
        "Not covered: recommendation 23 (addressed to social workers): no clause in this policy implements it.",
        "2 of 4 recommendations covered.",
    ]


def test_strict_fails_on_an_uncovered_employer_recommendation(tmp_path, library):
    result = run(write_answers(tmp_path, NO_TRAINING), "--strict", "--library", library)
    assert result.exit_code == 1
    assert "2 of 4 recommendations covered." in result.stdout
    assert result.stderr == "--strict: recommendations addressed to employers or organisations are not covered: 17\n"


def test_strict_counts_organisations_as_employers(tmp_path, library):
    answers = write_answers(tmp_path, "safety_advice: {publish_advice: true, advice_url: 'https://example.org/safe'}\n")
    result = run(answers, "--strict", "--library", library)
    assert result.exit_code == 1
    assert result.stderr == "--strict: recommendations addressed to employers or organisations are not covered: 16\n"


def test_strict_ignores_gaps_addressed_only_to_social_workers(tmp_path, library):
    # Refresher off, induction on: 23 is still covered by induction; drop induction's 23 to prove the point.
    (library / "learning" / "induction.md").write_text(CLAUSES["learning/induction.md"].replace("[17, 23]", "[17]"))
    answers = write_answers(tmp_path, "training: {refresher_months: null}\n")
    result = run(answers, "--strict", "--library", library)
    assert result.exit_code == 0
    assert "Not covered: recommendation 23 (addressed to social workers): no clause in this policy implements it." in result.stdout


def test_excluded_clause_no_longer_covers(tmp_path, library):
    answers = write_answers(tmp_path, "customise: {exclude: [learning.advice]}\n")
    report = coverage_report(answers, library)
    assert [row.number for row in report.uncovered] == [16]
    assert strict_failure(report) == "--strict: recommendations addressed to employers or organisations are not covered: 16"
    assert format_report(report) == report.text()


def test_bad_answers_are_reported_not_tracebacks(tmp_path, library):
    path = tmp_path / "policy.yaml"
    path.write_text("organisation: {name: X, short_name: X, type: council, nation: england}\n")
    result = run(path, "--library", library)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {path}:1: organisation.type: ")
    assert "Traceback" not in result.output


def test_missing_answers_file(tmp_path, library):
    result = run(tmp_path / "nope.yaml", "--library", library)
    assert result.exit_code == 1
    assert result.stderr == f"Error: {tmp_path / 'nope.yaml'}: no such file\n"


def test_the_report_lists_each_exclusion_with_its_reason(tmp_path, library):
    answers = write_answers(
        tmp_path,
        """\
        customise:
          exclude:
            - clause: learning.advice
              reason: Our website gives the safety advice.
            - learning.refresher
        """,
    )
    result = run(answers, "--library", library)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-3:] == [
        "Left out by customise.exclude:",
        "  learning.advice (Advice): Our website gives the safety advice.",
        "  learning.refresher (Refresher): no reason given",
    ]
    assert coverage_report(answers, library).excluded == (("learning.advice", "Advice", "Our website gives the safety advice."), ("learning.refresher", "Refresher", None))


def test_a_report_without_exclusions_says_nothing_of_them(tmp_path, library):
    result = run(write_answers(tmp_path), "--library", library)
    assert "customise.exclude" not in result.stdout and "Left out" not in result.stdout
