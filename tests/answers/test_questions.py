"""The questionnaire core: questions read off the answers model, checked by it, written as YAML."""

from __future__ import annotations

import datetime as dt
import json

import jsonschema
import pytest
from pydantic import BaseModel

from generator import __version__
from generator.answers import Answers, parse_answers
from generator.answers.answersfile import Provenance, render, update_text, value_lines
from generator.answers.questions import (
    MISSING,
    Answering,
    Invalid,
    find,
    from_text,
    groups,
    questions,
)
from generator.answers.reference import answers_schema, questions_markdown
from generator.errors import PolicyError
from generator.library import load_library
from helpers import as_json, kept_in_order

PROV = Provenance("9.9.9", "2099.1.0")


def defaults_answering(**given: str) -> Answering:
    answering = Answering()
    for key, text in given.items():
        answering.answer_text(find(key.replace("__", ".")), text)
    for question in answering.pending():
        answering.use_default(question)
    return answering


# ------------------------------------------------------------------ read off the model


def test_every_field_of_the_model_is_a_question_in_declaration_order():
    expected = []
    for key, info in Answers.model_fields.items():
        if isinstance(info.annotation, type) and issubclass(info.annotation, BaseModel):
            expected += [f"{key}.{name}" for name in info.annotation.model_fields]
        else:
            expected.append(key)
    assert [q.key for q in questions()] == expected


def test_groups_follow_the_model_with_the_docstring_as_heading():
    found = groups()
    assert [g.key for g in found if g.key] == [k for k in Answers.model_fields if k != "policygen"]
    headings = {g.key: g.heading for g in found}
    assert headings["organisation"] == "Your organisation"
    assert headings["scope"] == "Who the policy covers"


def test_question_text_help_labels_and_condition_come_from_the_field():
    question = find("official_accounts.approver")
    info = Answers.model_fields["official_accounts"].annotation.model_fields["approver"]
    assert question.question == info.title
    assert question.help == info.description
    assert question.when == "official_accounts.exist"
    org_type = find("organisation.type")
    assert org_type.labels["local_authority"] == "Local authority (council)"
    assert org_type.required and org_type.default is MISSING


@pytest.mark.parametrize(
    "key, kind",
    [
        ("organisation.name", "text"),
        ("scope.students", "yes-no"),
        ("organisation.type", "choice"),
        ("official_accounts.pre_launch_checks", "multi-choice"),
        ("document.review_every_months", "number"),
        ("document.approved_on", "date"),
        ("policies.related", "text-list"),
        ("contacts.questions", "record"),
        ("document.history", "record-list"),
    ],
)
def test_kinds(key, kind):
    assert find(key).kind == kind


def test_a_model_with_a_new_field_is_asked_without_other_changes():
    from generator.answers.model import Section, ask

    class Extra(Section):
        """Something new"""

        colour: bool = ask("Is it blue?", "A new question.", default=False)

    class Bigger(Answers):
        extra: Extra = Extra()

    keys = [q.key for q in Answering(model=Bigger).pending()]
    assert keys[-1] == "extra.colour"
    assert [g.heading for g in groups(Bigger)][-1] == "Something new"


def test_every_condition_compiles_and_evaluates_on_the_defaults():
    answering = defaults_answering()
    for question in questions():
        if question.when:
            answering.applies(question)  # raises on a broken condition


def test_unknown_key_suggests_the_right_one():
    with pytest.raises(PolicyError) as caught:
        find("scope.volunteer")
    assert str(caught.value) == "'scope.volunteer' is not a question; did you mean 'scope.volunteers'? See `policygen questions`."


# ------------------------------------------------------------------ conditions


def pending_keys(**given: str) -> list[str]:
    answering = Answering()
    keys = []
    for key, text in given.items():
        answering.answer_text(find(key.replace("__", ".")), text)
    for question in answering.pending():
        keys.append(question.key)
        answering.use_default(question)
    return keys


def test_no_official_accounts_skips_the_follow_ups():
    keys = pending_keys(official_accounts__exist="no")
    assert not [k for k in keys if k.startswith("official_accounts.")]
    assert "official_accounts.approver" in pending_keys()


def test_online_checks_not_permitted_skips_the_decision_maker():
    assert "online_checks.decision_maker" not in pending_keys(online_checks__permitted="no")
    assert "online_checks.decision_maker" in pending_keys(online_checks__permitted="yes")


def test_welsh_question_only_for_wales_and_carer_training_only_with_carers():
    assert "welsh_language.standards_apply" in pending_keys(organisation__nation="wales")
    assert "welsh_language.standards_apply" not in pending_keys(organisation__nation="scotland")
    assert "training.carers" not in pending_keys()
    assert "training.carers" in pending_keys(scope__foster_carers="yes")


def test_conditions_see_answers_given_earlier_in_the_same_run():
    answering = Answering()
    seen = []
    for question in answering.pending():
        seen.append(question.key)
        if question.key == "official_accounts.exist":
            answering.answer_text(question, "no")
        else:
            answering.use_default(question)
    assert "official_accounts.exist" in seen and "official_accounts.approver" not in seen


# ------------------------------------------------------------------ one validation path


def build_reason(yaml_text: str) -> str:
    """What `policygen build` says about an answers file."""
    with pytest.raises(PolicyError) as caught:
        parse_answers(yaml_text, "a.yaml")
    return caught.value.problems[0].message


BASE = "organisation: {name: A, short_name: A, type: charity, nation: england}\n"


@pytest.mark.parametrize(
    "key, typed, in_file",
    [
        ("document.review_every_months", "3", "document: {review_every_months: 3}"),
        ("document.review_every_months", "two", "document: {review_every_months: two}"),
        ("organisation.website", "www.example.org", None),
        ("scope.students", "perhaps", "scope: {students: perhaps}"),
        ("monitoring.kept_for_days", "0", "monitoring: {kept_for_days: 0}"),
    ],
)
def test_a_refused_answer_gives_the_reason_the_build_gives(key, typed, in_file):
    with pytest.raises(Invalid) as caught:
        Answering().answer_text(find(key), typed)
    if in_file is None:
        group, name = key.split(".")
        text = BASE.replace("england}", f"england, {name}: '{typed}'}}")
    else:
        text = BASE + in_file + "\n"
    assert caught.value.reasons[0] == build_reason(text)


@pytest.mark.parametrize(
    "key, typed, in_file",
    [
        ("official_accounts.pre_launch_checks", "dpia, security, tarot", "official_accounts: {pre_launch_checks: [dpia, security, tarot]}"),
        ("training.delivery", "podcast", "training: {delivery: podcast}"),
    ],
)
def test_a_refused_choice_says_what_the_build_says_and_how_to_type_one(key, typed, in_file):
    with pytest.raises(Invalid) as caught:
        Answering().answer_text(find(key), typed)
    in_build = build_reason(BASE + in_file + "\n")  # 'podcast' is not one of the choices: 'elearning', ...
    said, codes = in_build.split(": ", 1)
    count = len(find(key).labels)
    assert caught.value.reasons == [f"{said}; give its number (1 to {count}), its name as listed, or its code: {codes}"]


@pytest.mark.parametrize(
    "typed, meant",
    [("Approved", "approved"), ("APPROVED", "approved"), (" approved ", "approved"), ("2", "approved"), ("draft", "draft")],
)
def test_a_choice_is_typed_as_its_label_in_any_case_its_number_or_its_code(typed, meant):
    assert Answering().answer_text(find("document.status"), typed) == meant


@pytest.mark.parametrize(
    "typed, meant",
    [("council", "local_authority"), ("Health Board", "nhs_or_hsc_body"), ("fostering agencies", "independent_provider"), ("college", "university")],
)
def test_a_choice_is_also_typed_as_words_only_its_label_has(typed, meant):
    assert Answering().answer_text(find("organisation.type"), typed) == meant


def test_words_that_several_labels_have_are_not_a_choice():
    question = find("personal_use.name_employer")  # "Yes, they may say ..." and "Yes, with a note ..."
    assert from_text(question, "yes") == "yes"  # its code
    with pytest.raises(Invalid):
        from_text(question, "they their")  # "they" is in one label, "their" in another
    with pytest.raises(Invalid):
        from_text(find("organisation.type"), "provider university")


def test_several_choices_by_label_number_or_code():
    question = find("official_accounts.pre_launch_checks")
    labels, codes = question.labels, list(question.labels)
    typed = f"{labels['dpia'].upper()}, security, {codes.index('welsh_language') + 1}"
    assert from_text(question, typed) == ["dpia", "security", "welsh_language"]
    assert from_text(question, "1 2 3") == codes[:3]
    assert from_text(question, "dpia security") == ["dpia", "security"]
    with pytest.raises(Invalid) as caught:
        from_text(question, f"dpia, {len(codes) + 1}")
    assert caught.value.reasons[0].startswith(f"'{len(codes) + 1}' is not one of the choices; give its number (1 to {len(codes)})")


@pytest.mark.parametrize(
    "typed, meant",
    [("01/12/2026", dt.date(2026, 12, 1)), ("1/12/2026", dt.date(2026, 12, 1)), ("1.12.2026", dt.date(2026, 12, 1)), ("2026-12-01", dt.date(2026, 12, 1))],
)
def test_dates_the_uk_way_or_as_the_file_holds_them(typed, meant):
    assert Answering().answer_text(find("document.approved_on"), typed) == meant


@pytest.mark.parametrize(
    "typed, reason",
    [
        ("tomorrow", "'tomorrow' is not a date: type it as day/month/year, e.g. 01/12/2026 for 1 December 2026"),
        ("1/12/26", "'1/12/26' is not a date: type it as day/month/year, e.g. 01/12/2026 for 1 December 2026"),
        ("12/31/2026", "'12/31/2026' is not a real date: there is no month 31; type it as day/month/year, e.g. 01/12/2026 for 1 December 2026"),
        ("29/02/2027", "'29/02/2027' is not a real date: February 2027 has no day 29"),
    ],
)
def test_a_wrong_date_says_in_plain_words_what_to_type(typed, reason):
    with pytest.raises(Invalid) as caught:
        Answering().answer_text(find("document.approved_on"), typed)
    assert caught.value.reasons == [reason]


def test_exact_reasons():
    answering = Answering()
    with pytest.raises(Invalid) as caught:
        answering.answer_text(find("document.review_every_months"), "3")
    assert caught.value.reasons == ["3 is too small: the least allowed is 6"]
    answering.answer_text(find("document.status"), "2")
    with pytest.raises(Invalid) as caught:
        answering.answer_text(find("document.approved_on"), "")
    assert caught.value.reasons == ["the status is 'approved', so give the approval date (YYYY-MM-DD)"]
    with pytest.raises(Invalid) as caught:
        answering.answer(find("contacts.questions"), {"name": "the Team", "email": "nobody"})
    assert caught.value.reasons == ["email: 'nobody' is not an email address, e.g. policy@example.gov.uk"]


def test_typed_text_becomes_the_value_the_file_holds():
    answering = Answering()
    assert answering.answer_text(find("organisation.type"), "3") == "charity"
    assert answering.answer_text(find("organisation.nation"), "wales") == "wales"
    assert answering.answer_text(find("scope.volunteers"), "y") is True
    assert answering.answer_text(find("official_accounts.pre_launch_checks"), "1,2 records") == ["dpia", "security", "records"]
    assert answering.answer_text(find("document.approved_on"), "2026-10-01") == dt.date(2026, 10, 1)
    assert answering.answer_text(find("training.refresher_months"), "-") is None
    assert answering.answer_text(find("policies.related"), "Code of Conduct; Lone Working Policy") == ["Code of Conduct", "Lone Working Policy"]
    assert from_text(find("document.review_every_months"), "12") == 12


def test_defaults_fill_required_answers_with_marked_examples():
    answering = defaults_answering()
    assert [q.key for q in answering.placeholders] == [
        "organisation.name",
        "organisation.short_name",
        "organisation.type",
        "organisation.nation",
    ]
    answers = answering.complete()
    assert answers.organisation.name == "Example Council"


# ------------------------------------------------------------------ writing the file


def test_new_file_loads_and_carries_schema_line_provenance_and_questions():
    answering = defaults_answering(organisation__name="Harbour Trust", organisation__short_name="Harbour Trust", organisation__type="charity", organisation__nation="wales")
    text = render(answering, PROV, "policygen.schema.json")
    lines = text.splitlines()
    assert lines[0] == "# yaml-language-server: $schema=policygen.schema.json"
    assert "# Written by policygen 9.9.9 with clause library 2099.1.0." in lines
    answers = parse_answers(text, "p.yaml")
    assert answers.organisation.name == "Harbour Trust"
    assert answers.welsh_language.standards_apply is False
    assert "  version: '1.0'" in lines
    assert "# Your organisation" in lines and "organisation:" in lines
    for question in questions():
        if not question.fixed:
            assert f"# {question.question.split()[0]}" in text
    assert "  #   local_authority       Local authority (council)" in lines


def test_questions_that_do_not_apply_are_commented_out():
    answering = defaults_answering(official_accounts__exist="no")
    text = render(answering, PROV, None)
    assert "  # approver: the Communications Team" in text.splitlines()
    assert "  # Asked only when official_accounts.exist; it does not apply to these answers." in text.splitlines()
    assert "# welsh_language:" in text.splitlines()
    answers = parse_answers(text, "p.yaml")
    assert answers.official_accounts.exist is False


def test_values_that_look_like_numbers_or_booleans_are_quoted_and_dates_are_iso():
    assert value_lines("version", "2.0", 2) == ["  version: '2.0'"]
    assert value_lines("name", "yes", 0) == ["name: 'yes'"]
    assert value_lines("approved_on", dt.date(2026, 10, 1), 2) == ["  approved_on: 2026-10-01"]
    assert value_lines("service", None, 2) == ["  service:"]
    assert value_lines("hours", "12:30", 0) == ["hours: '12:30'"]
    assert value_lines("phone", "01234", 0) == ["phone: '01234'"]


FIXTURE = """\
# yaml-language-server: $schema=policygen.schema.json
# Our answers, kept by the policy team.
policygen: 2

# Who we are
organisation:
  name: Harbour Trust   # as registered
  short_name: Harbour Trust
  type: charity
  nation: scotland

scope:
  # agency staff follow it too
  agency_staff: true
  volunteers: true

document:
  version: "2.1"
  status: approved
  approved_on: 2026-03-01
  history:
    - {version: "2.0", date: 2025-03-01, summary: First issue}
    - version: "2.1"
      date: 2026-03-01
      summary: Annual review

# Our official accounts
official_accounts:
  exist: false

policies:
  disciplinary: Conduct Procedure
  related:
    - Code of Conduct
# the end
"""


def update(text: str, **given: str) -> str:
    data = parse_answers(text, "p.yaml")._source[1].data()
    answering = Answering(data)
    new = []
    for key, value in given.items():
        answering.answer_text(find(key.replace("__", ".")), value)
        new.append(find(key.replace("__", ".")))
    for question in answering.pending():
        answering.use_default(question)
        new.append(question)
    return update_text(text, "p.yaml", answering, [q for g in answering.groups for q in g.questions if q in new], PROV)


def test_update_keeps_every_line_and_inserts_in_model_order():
    after = update(FIXTURE)
    extra = kept_in_order(FIXTURE, after)
    assert "# Updated by policygen 9.9.9 with clause library 2099.1.0." in extra
    answers = parse_answers(after, "p.yaml")
    assert answers.organisation.name == "Harbour Trust" and answers.scope.volunteers is True
    lines = after.splitlines()
    # a missing field lands between its neighbours, a missing group between its neighbours
    assert lines.index("  students: true") < lines.index("  volunteers: true")
    assert lines.index("  agency_staff: true") < lines.index("  students: true")
    assert lines.index("personal_use:") < lines.index("# Our official accounts")
    assert lines.index("  whistleblowing: Whistleblowing Policy") < lines.index("  related:")
    assert lines.index("customise:") > lines.index("    - Code of Conduct")
    # follow-ups of official_accounts.exist: false stay out
    assert "  approver: the Communications Team" not in lines
    assert "  # Who approves a new official account?" not in lines


def test_update_twice_adds_nothing_more():
    once = update(FIXTURE)
    assert update(once) == once


def test_update_of_a_one_line_group_is_refused_with_the_reason():
    text = FIXTURE.replace("official_accounts:\n  exist: false\n", "official_accounts: {exist: true}\n")
    with pytest.raises(PolicyError) as caught:
        update(text)
    assert str(caught.value).startswith("p.yaml:28: official_accounts: is written on one line ({...})")


# ------------------------------------------------------------------ schema and question list


def test_schema_validates_written_files_and_rejects_a_typo():
    schema = answers_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    for text in (FIXTURE, render(defaults_answering(), PROV, None)):
        data = as_json(parse_answers(text, "p.yaml")._source[1].data())
        jsonschema.validate(data, schema)
        data["scope"]["volonteers"] = True
        with pytest.raises(jsonschema.ValidationError) as caught:
            jsonschema.validate(data, schema)
        assert "volonteers" in caught.value.message


def test_schema_is_stable_and_labels_choices():
    assert json.dumps(answers_schema()) == json.dumps(answers_schema())
    org = answers_schema()["$defs"]["Organisation"]["properties"]["type"]
    assert org["enumDescriptions"][0] == "Local authority (council)"


def test_questions_markdown_lists_every_question_with_its_choices_and_condition():
    text = questions_markdown()
    for question in questions():
        if not question.fixed:
            assert f"### {question.question}\n" in text
            assert f"- Key: `{question.key}`" in text
    assert "| Local authority (council) | `local_authority` |" in text
    assert "- Asked only when: `official_accounts.exist`" in text
    assert "- Default: none (you must answer)" in text


def test_provenance_names_the_real_versions(tmp_path):
    import generator

    path = tmp_path / "policy.yaml"
    presets = [("organisation.name", "A"), ("organisation.short_name", "A"), ("organisation.type", "charity"), ("organisation.nation", "wales")]
    generator.init(path, defaults=True, presets=presets)
    line = f"# Written by policygen {__version__} with clause library {load_library().version}."
    assert line in path.read_text(encoding="utf-8").splitlines()

def test_questions_markdown_shows_a_help_example_as_yaml_not_as_a_list():
    from markdown_it import MarkdownIt

    text = questions_markdown()
    section = text[text.index("### Which clauses should be left out?") : text.index("- Key: `customise.exclude`")]
    tokens = MarkdownIt().parse(section)
    assert [t.type for t in tokens if t.type in ("bullet_list_open", "fence")] == ["fence"]
    fence = next(t for t in tokens if t.type == "fence")
    assert fence.info == "yaml"
    assert fence.content == "- clause: official.register\n  reason: Our Communications Policy sets out the register of accounts.\n"
    assert "sees why. For example:\n\n```yaml\n" in section
    assert "```\n\nA clause id on its own still works, and the build warns until it has a reason.\n\n" in section
