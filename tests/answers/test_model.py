"""Facts derived from the answers, and the filters clause text uses to write numbers as words."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.answers.model import DocumentControl
from generator.templating import count, months


@pytest.mark.parametrize(
    "approved, every, due",
    [
        (dt.date(2026, 10, 1), 24, dt.date(2028, 10, 1)),
        (dt.date(2026, 4, 30), 24, dt.date(2028, 4, 30)),  # a 30th stays the 30th
        (dt.date(2026, 8, 31), 6, dt.date(2027, 2, 28)),  # no 31 February: the last day of the month
        (dt.date(2027, 8, 31), 6, dt.date(2028, 2, 29)),  # a leap year
        (dt.date(2026, 11, 15), 12, dt.date(2027, 11, 15)),  # across the year end
    ],
)
def test_review_due_counts_months_from_approval(approved, every, due):
    control = DocumentControl(status="approved", approved_on=approved, review_every_months=every)
    assert control.review_due == due


def test_an_explicit_review_date_wins_and_a_draft_has_none():
    assert DocumentControl(approved_on=dt.date(2026, 1, 5), next_review_on=dt.date(2026, 9, 1)).review_due == dt.date(2026, 9, 1)
    assert DocumentControl().review_due is None


@pytest.mark.parametrize(
    "value, text",
    [(12, "year"), (24, "two years"), (60, "five years"), (6, "six months"), (1, "one month"), (18, "18 months")],
)
def test_months_reads_as_words(value, text):
    assert months(value) == text


@pytest.mark.parametrize("value, text", [(1, "one working day"), (2, "two working days"), (9, "nine working days"), (10, "10 working days")])
def test_count_writes_small_numbers_as_words(value, text):
    assert count(value, "working day") == text
