"""The carers' edition read as a carer: its headings, carers' own route for a concern, a lost or stolen phone.

Also the scope sentence and the students' edition, where a sentence assumed an employee.
"""

from __future__ import annotations

import re
import shutil

import pytest

from generator import prepare
from generator.answers.questions import find
from generator.errors import PolicyError
from generator.files import data_dir
from generator.library import load_library
from generator.writers import markdown
from helpers import EXAMPLES, clause, flat, gaps, policy

BY_NAME = {path.stem: path for path in EXAMPLES}
LOST = "If a carer's phone or computer is lost or stolen"


def headings(example: str, edition: str) -> list[str]:
    text = markdown.render(prepare(BY_NAME[example], edition=edition).document).decode()
    return re.findall(r"^#{2,3} (.+)$", text, re.M)


# ------------------------------------------------------------------ headings


def test_every_heading_of_a_guide_only_for_foster_carers_says_what_it_holds():
    assert headings("brightwater-fostering", "carers") == [
        "1 About this guide",
        "1.1 Who this guide is for",
        "2 Your privacy and security",
        "2.1 Privacy settings and what stays public",
        "2.2 Protecting yourself and your family",
        "2.3 Asking family and friends to take care",
        "3 Confidentiality and information sharing",
        "3.1 Confidentiality and data protection online",
        "3.2 Sharing information properly",
        "3.3 If you find confidential information online",
        "4 Accounts that speak for us",
        "4.1 Do not set up an account in our name",
        "5 Fostering and the children in your care",
        "5.1 How these rules apply to you, and who supports you",
        "5.2 Helping children in your care to be safe online",
        "5.3 If a child has online contact that is not allowed",
        "5.4 Keeping in touch after a child leaves your care",
        "5.5 If there is a concern about you",
        "6 Training",
        "6.1 The training we give you",
        "7 If you are abused or harassed online",
        "7.1 What to do, and what we will do",
        "8 Concerns, mistakes and data breaches",
        "8.1 If something online worries you",
        "8.2 If you make a mistake",
        "8.3 Data breaches",
        "8.4 If your phone or computer is lost or stolen",
        "9 Who to contact",
        "9.1 Everyone this guide names, and how to reach them",
    ]


@pytest.mark.parametrize("example", ["northshire-council", "mourne-glens-hsc-trust", "strathmore-council", "ceri-vale-council"])
def test_no_carers_guide_heading_names_its_reader_as_a_group_or_repeats_its_section(example):
    found = headings(example, "carers")
    titles = [heading.split(" ", 1)[1] for heading in found]
    for vague in ("Foster carers", "Other people this policy covers", "If you are a carer", "No official accounts", "Training for carers", "How this policy applies to foster carers"):
        assert vague not in titles, (example, vague)
    sections = {h.split(" ", 1)[0]: h.split(" ", 1)[1] for h in found if "." not in h.split(" ", 1)[0]}
    for heading in found:
        number, title = heading.split(" ", 1)
        if "." in number:
            assert title != sections[number.split(".")[0]], heading


def test_the_full_policy_keeps_its_own_headings():
    found = headings("northshire-council", "full")
    assert "11 Foster carers" in found and "11.1 How this policy applies to foster carers" in found
    assert "10 Other people this policy covers" in found and "13.6 If you are a carer" in found


def test_the_students_guide_headings_say_what_they_hold():
    placement = headings("northshire-council", "students")
    assert "7 How these rules apply to you" in placement and "7.1 On placement with us" in placement
    assert "8.1 What to do, and what we will do" in placement and "10.1 Everyone this guide names, and how to reach them" in placement
    university = headings("eastwold-university", "students")
    assert "5 How these rules apply to you" in university and "5.1 On our programmes and on placement" in university


def test_a_heading_for_an_id_that_is_neither_a_section_nor_a_clause_is_a_library_error(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYGEN_CACHE_DIR", str(tmp_path / "cache"))
    root = tmp_path / "clauses"
    shutil.copytree(data_dir("clauses"), root)
    path = root / "data" / "editions.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count("      fostering.agreement: ") == 1
    path.write_text(text.replace("      fostering.agreement: ", "      fostering.agrement: "), encoding="utf-8")
    with pytest.raises(PolicyError) as caught:
        load_library(root)
    assert [str(p) for p in caught.value.problems] == [
        "clauses/data/editions.yaml: editions.carers.headings.fostering.agrement: gives a heading to 'fostering.agrement', "
        "which is neither a section nor a clause; did you mean 'fostering.agreement'?"
    ]


# ------------------------------------------------------------------ carers' own route for a concern


def test_the_carers_route_is_a_question_with_help_and_a_default_that_is_not_hr():
    question = find("fostering.concerns_alternative")
    assert question.when == "carers"
    assert "HR team is not their route" in question.help
    assert question.default == {"name": "the manager of the service that approves you", "email": None, "phone": None, "web": None}


def test_without_carers_there_is_no_carers_route_and_no_warning_about_it():
    assert "A carer's concern" not in policy()
    assert not [gap for gap in gaps() if gap.startswith("fostering.")]


def test_a_carers_route_nobody_can_reach_is_a_warning():
    found = gaps(scope={"foster_carers": True})
    assert (
        "fostering.concerns_alternative: the manager of the service that approves you has no email, phone or web page, "
        "so people cannot reach it from the policy; add at least one"
    ) in found
    reachable = gaps(scope={"foster_carers": True}, fostering={"concerns_alternative": {"name": "the Fostering Manager", "phone": "0100"}})
    assert not [gap for gap in reachable if gap.startswith("fostering.concerns_alternative")]


@pytest.mark.parametrize("example", ["northshire-council", "ceri-vale-council", "mourne-glens-hsc-trust", "strathmore-council"])
def test_no_carers_guide_sends_a_carer_to_hr(example):
    text = markdown.render(prepare(BY_NAME[example], edition="carers").document).decode()
    assert not re.search(r"\bHR\b", text), example
    row = re.search(r"^\| A concern you cannot raise with your supervising social worker[^|]*\| ([^|]+) \| ([^|]+) \|$", text, re.M)
    assert row and row.group(2).strip(), example  # named, with a means


# ------------------------------------------------------------------ a lost or stolen phone or computer


def carers_rule(edition: str = "carers", **answers) -> str:
    title = "If your phone or computer is lost or stolen" if edition == "carers" else LOST
    return flat(clause(policy(edition=edition, **answers), title))


FOSTERING = {
    "scope": {"foster_carers": True},
    "policies": {"data_breach_hours": 6},
    "contacts": {"data_protection": {"name": "the Data Protection Officer", "email": "dpo@example.gov.uk"}, "it_support": {"name": "the IT Service Desk", "phone": "0100 111"}},
    "fostering": {"out_of_hours": {"name": "the Fostering Out-of-Hours Line", "phone": "0100 999"}, "concerns_alternative": {"name": "the Fostering Manager", "phone": "0100 222"}},
}


def test_a_carer_reports_a_lost_phone_as_a_data_breach_within_the_breach_hours():
    text = carers_rule(**FOSTERING)
    assert text.startswith("Your phone, tablet or computer is likely to hold information about the children in your care:")
    assert (
        "- report it as a data breach to the Data Protection Officer ([dpo@example.gov.uk](mailto:dpo@example.gov.uk)), "
        "within 6 hours of noticing, even if you are not sure what was on it. You can email them at any time, including outside office hours;"
    ) in text
    assert "- tell your supervising social worker the same day, so that they can help you judge whether anyone is at risk;" in text
    assert "- if it was stolen, report the theft to the police, and give the crime reference number to the Data Protection Officer." in text
    assert "Outside office hours, contact the Fostering Out-of-Hours Line on 0100 999." in text
    assert "IT Service Desk" not in text and "signed in to our systems" not in text  # they use none of our systems
    # the data breach clause points to it
    assert re.search(r"holds information about the people in your care \(clause \d+\.\d+\)", flat(clause(policy(edition="carers", **FOSTERING), "Data breaches")))


def test_carers_who_use_our_systems_also_tell_it_support():
    answers = {**FOSTERING, "fostering": {**FOSTERING["fostering"], "devices": "our_systems"}}
    text = carers_rule(**answers)
    assert "It may also be signed in to our systems." in text
    assert "- tell the IT Service Desk on 0100 111 straight away, so that they can end your access to our systems from it;" in text
    assert "- tell your supervising social worker the same day" in text


def test_no_rule_when_carers_keep_nothing_on_a_device():
    answers = {**FOSTERING, "fostering": {**FOSTERING["fostering"], "devices": "none"}}
    for edition in ("full", "carers"):
        text = policy(edition=edition, **answers)
        assert "lost or stolen phone" not in text and "phone or computer is lost or stolen" not in text


def test_the_full_policy_gives_the_rule_to_carers_and_lists_it_among_their_clauses():
    text = policy(**FOSTERING)
    rule = flat(clause(text, LOST))
    assert rule.startswith("If you are a carer, your phone, tablet or computer is likely to hold information about the children in your care:")
    number = re.search(rf"### (\d+\.\d+) {re.escape(LOST)}", text).group(1)
    assert f"Clause {number} says what to do if your phone or computer is lost or stolen." in flat(clause(text, "How this policy applies to foster carers"))
    assert LOST not in policy()  # no carers, no rule


@pytest.mark.parametrize("nation", ["england", "scotland", "wales", "northern_ireland"])
def test_the_rule_is_the_same_uk_gdpr_route_in_every_nation(nation):
    text = carers_rule(nation=nation, **FOSTERING)
    assert "(clause " in text and "Information Commissioner's Office" in text
    assert "Data Protection Act 1998" not in text and "EU GDPR" not in text


def test_the_devices_question_has_help_a_safe_default_and_asks_only_when_there_are_carers():
    question = find("fostering.devices")
    assert question.when == "carers" and question.default == "own_devices"
    assert set(question.labels) == {"own_devices", "our_systems", "none"}
    assert "lost or stolen" in question.help


# ------------------------------------------------------------------ sentences that assumed an employee


def test_the_scope_sentence_is_true_for_everyone_it_lists():
    text = flat(clause(policy(scope={"foster_carers": True, "other_carers": True, "volunteers": True}), "Who and what this policy covers"))
    assert text.startswith("This policy applies to everyone below who works with the Council, whether we employ them or not: - social workers,")
    assert "people who do social work" not in text


def test_a_student_with_a_concern_about_their_practice_educator_goes_to_their_university_tutor():
    text = flat(clause(policy(edition="students", scope={"students": True}), "If something online worries you"))
    assert "If the concern is about your practice educator, or you cannot raise it with them, tell your personal tutor at your university, who can raise it with us. Clause" in text
    assert "HR" not in text  # a student is not our employee
    university = flat(clause(policy(edition="students", type="university", short_name="the University", scope={"students": True}), "If something online worries you"))
    assert "at your university, who can raise it with us" not in university


def test_the_students_guide_names_other_students_with_a_space():
    text = policy(edition="students", scope={"students": True})
    assert "- photos of colleagues or other students, or anything that links them to your placement." in text


def test_sentences_carers_and_agency_workers_read_in_the_full_policy_name_no_employer_of_theirs():
    text = policy(scope={"foster_carers": True, "agency_staff": True})
    named = policy(scope={"foster_carers": True, "agency_staff": True}, personal_use={"name_employer": "no"})
    assert "Do not name the Council as the place you work on your personal accounts" in flat(clause(named, "Talking about your work and your employer"))
    family = flat(clause(text, "Asking family and friends to take care"))
    assert "could be used against you at work or in your caring role." in family
    assert "not to name your employer or your job, or, if you are a carer, say that you care for someone for us." in family
    staff = policy(scope={"agency_staff": False, "students": False}, personal_use={"name_employer": "no"})
    assert "Do not name the Council as your employer on your personal accounts" in staff
    assert "could be used against you at work. Ask" in flat(clause(staff, "Asking family and friends to take care"))
