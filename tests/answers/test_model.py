"""Facts derived from the answers, and the filters clause text uses to write numbers as words."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import yaml
from pydantic import BaseModel

from generator.answers.model import Answers, DocumentControl
from generator.templating import count, months
from helpers import ROOT


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


def _groups_with_defaults() -> list[str]:
    return [name for name, field in Answers.model_fields.items() if field.default_factory is not None and isinstance(field.annotation, type) and issubclass(field.annotation, BaseModel)]


def test_every_group_but_the_organisation_has_a_default():
    assert set(_groups_with_defaults()) == set(Answers.model_fields) - {"policygen", "organisation"}


@pytest.mark.parametrize("name", _groups_with_defaults())
def test_a_group_left_out_is_the_group_an_empty_one_validates_to(name):
    # The defaults are made without validating (answers/model.py says why): they must be what validating gives.
    group = Answers.model_fields[name].annotation
    made, validated = Answers.model_fields[name].get_default(call_default_factory=True), group.model_validate({})
    assert type(made) is group
    assert made == validated
    assert made.model_dump() == validated.model_dump()
    assert made.model_fields_set == validated.model_fields_set == set()


def test_an_answers_file_without_groups_reads_as_one_with_them_empty():
    data = yaml.safe_load((ROOT / "examples" / "northshire-council.yaml").read_text(encoding="utf-8"))
    left_out = [name for name in _groups_with_defaults() if name not in data]
    assert "higher_education" in left_out and "welsh_language" in left_out
    assert Answers.model_validate(data) == Answers.model_validate({**data, **{name: {} for name in left_out}})
