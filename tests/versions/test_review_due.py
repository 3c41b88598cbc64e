"""`policygen check --review-due`: the review date against an injected today, around every boundary."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from generator import review_due
from generator.errors import PolicyError
from helpers import MINIMAL_ANSWERS, invoke, policy

D = dt.date


def answers_file(tmp_path, document: str):
    path = tmp_path / "policy.yaml"
    path.write_text(MINIMAL_ANSWERS + "document:\n" + textwrap.indent(textwrap.dedent(document), "  "), encoding="utf-8")
    return path


def message(path, today, within=0):
    try:
        return review_due([path], within, today)[0]
    except PolicyError as exc:
        assert len(exc.problems) == 1
        return "FAIL " + str(exc.problems[0])


@pytest.fixture
def due_1_march_2027(tmp_path):
    return answers_file(tmp_path, "status: approved\napproved_on: 2025-03-01\nreview_every_months: 24\n")


def test_the_day_before_the_day_and_the_day_after(due_1_march_2027):
    path = due_1_march_2027
    assert message(path, D(2027, 2, 28)) == f"{path}: the review is due on 1 March 2027, in 1 day"
    assert message(path, D(2027, 3, 1)) == f"FAIL {path}:8: document.approved_on: the review is due today, 1 March 2027"
    assert message(path, D(2027, 3, 2)) == f"FAIL {path}:8: document.approved_on: the review was due on 1 March 2027, 1 day ago"
    assert message(path, D(2027, 4, 1)) == f"FAIL {path}:8: document.approved_on: the review was due on 1 March 2027, 31 days ago"


def test_a_window_fails_from_its_first_day(due_1_march_2027):
    path = due_1_march_2027
    # 60 days before 1 March 2027 is 31 December 2026
    assert message(path, D(2026, 12, 30), "60d") == f"{path}: the review is due on 1 March 2027, in 61 days"
    assert message(path, D(2026, 12, 31), "60d") == f"FAIL {path}:8: document.approved_on: the review is due on 1 March 2027, in 60 days: within the 60 days asked for"
    assert message(path, D(2027, 1, 3), "8w") == f"{path}: the review is due on 1 March 2027, in 57 days"
    assert message(path, D(2027, 1, 4), "8w") == f"FAIL {path}:8: document.approved_on: the review is due on 1 March 2027, in 56 days: within the 56 days asked for"


@pytest.mark.parametrize(
    ("approved", "months", "due"),
    [
        ("2026-08-31", 6, D(2027, 2, 28)),  # a month end into a short February
        ("2027-08-31", 6, D(2028, 2, 29)),  # into a leap February
        ("2028-02-29", 12, D(2029, 2, 28)),  # from 29 February into a year without one
        ("2028-02-29", 24, D(2030, 2, 28)),
        ("2026-01-31", 9, D(2026, 10, 31)),
        ("2026-05-31", 6, D(2026, 11, 30)),  # 31 May + 6 months: November has 30 days
        ("2026-12-15", 12, D(2027, 12, 15)),
    ],
)
def test_month_ends_and_29_february(tmp_path, approved, months, due):
    path = answers_file(tmp_path, f"status: approved\napproved_on: {approved}\nreview_every_months: {months}\n")
    before, after = due - dt.timedelta(days=1), due + dt.timedelta(days=1)
    shown = f"{due.day} {due:%B} {due.year}"
    assert message(path, before) == f"{path}: the review is due on {shown}, in 1 day"
    assert message(path, due).endswith(f"the review is due today, {shown}")
    assert message(path, after).endswith(f"the review was due on {shown}, 1 day ago")


def test_a_review_with_no_change_moves_the_next_review_date(tmp_path):
    path = answers_file(
        tmp_path,
        """\
        status: approved
        approved_on: 2024-03-01
        review_every_months: 24
        history:
          - {version: "1.0", date: 2024-03-01, summary: First version}
          - {version: "1.0", date: 2026-02-10, summary: Checked against the new guidance, kind: reviewed}
        """,
    )
    assert message(path, D(2026, 3, 2)) == f"{path}: the review is due on 10 February 2028, in 710 days"
    assert message(path, D(2028, 2, 10)) == f"FAIL {path}:12: document.history[1]: the review is due today, 10 February 2028"


def test_a_review_date_set_after_the_last_review_wins(tmp_path):
    path = answers_file(
        tmp_path,
        """\
        status: approved
        approved_on: 2024-03-01
        next_review_on: 2027-01-01
        history:
          - {version: "1.0", date: 2026-02-10, summary: Checked, kind: reviewed}
        """,
    )
    assert message(path, D(2027, 1, 1)) == f"FAIL {path}:9: document.next_review_on: the review is due today, 1 January 2027"


def test_a_draft_has_no_review_date(tmp_path):
    path = answers_file(tmp_path, "status: draft\n")
    assert message(path, D(2030, 1, 1)) == f"{path}: a draft has no review date yet"


def test_a_bad_window_is_an_error():
    with pytest.raises(PolicyError) as caught:
        review_due([], "60x", D(2027, 1, 1))
    assert str(caught.value.problems[0]) == "--within: '60x' is not a length of time; write days as 60d or weeks as 8w"


def test_the_command_exits_1_with_one_line_per_policy_due(due_1_march_2027, tmp_path):
    result = invoke("check", "policy.yaml", "--review-due", "--within", "30d", "--today", "2027-02-01", cwd=tmp_path)
    assert result.exit_code == 1
    assert result.output == "Error: policy.yaml:8: document.approved_on: the review is due on 1 March 2027, in 28 days: within the 30 days asked for\n"
    result = invoke("check", "policy.yaml", "--review-due", "--today", "2027-02-01", cwd=tmp_path)
    assert result.exit_code == 0
    assert result.output == "policy.yaml: the review is due on 1 March 2027, in 28 days\n"


def test_the_version_history_shows_a_review_with_no_change():
    text = policy(
        document={
            "status": "approved",
            "approved_on": "2024-03-01",
            "history": [
                {"version": "1.0", "date": "2024-03-01", "summary": "First version"},
                {"version": "1.0", "date": "2026-02-10", "summary": "Checked against the new guidance.", "kind": "reviewed"},
            ],
        }
    )
    assert "| 1.0 | 10 February 2026 | Reviewed with no change to the text. Checked against the new guidance. |" in text
    assert "| Next review due | 10 February 2028 |" in text
