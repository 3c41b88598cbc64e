"""Facts derived from the answers, and the filters clause text uses to write numbers as words."""

from __future__ import annotations

import datetime as dt
import json

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


def test_an_exclusion_is_a_clause_with_its_reason_or_a_clause_id_alone():
    from generator.answers.model import Customise

    customise = Customise.model_validate({"exclude": ["conduct.views", {"clause": "privacy.family", "reason": "Our own guidance covers it."}]})
    assert customise.excluded == {"conduct.views": None, "privacy.family": "Our own guidance covers it."}
    assert customise.model_dump()["exclude"] == [{"clause": "conduct.views", "reason": None}, {"clause": "privacy.family", "reason": "Our own guidance covers it."}]


def test_an_exclusion_with_an_unknown_key_or_no_clause_is_refused_at_its_line():
    from generator.answers import parse_answers
    from generator.errors import PolicyError
    from helpers import MINIMAL_ANSWERS

    text = MINIMAL_ANSWERS + "customise:\n  exclude:\n    - clause: conduct.views\n      reasons: typo\n    - reason: no clause\n"
    with pytest.raises(PolicyError) as caught:
        parse_answers(text, "a.yaml")
    assert [str(p) for p in caught.value.problems] == [
        "a.yaml:9: customise.exclude[0].reasons: unknown key; did you mean 'reason'? Allowed here: clause, reason",
        "a.yaml:10: customise.exclude[1].clause: required, but missing",
    ]


def test_the_schema_lets_an_editor_write_either_form():
    import jsonschema

    from generator.answers.reference import schema_text

    schema = json.loads(schema_text())
    answers = {"organisation": {"name": "X", "short_name": "X", "type": "charity", "nation": "wales"}}
    for exclude in (["conduct.views"], [{"clause": "conduct.views", "reason": "Covered elsewhere."}]):
        jsonschema.validate({**answers, "customise": {"exclude": exclude}}, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**answers, "customise": {"exclude": [{"clause": "conduct.views", "why": "typo"}]}}, schema)
