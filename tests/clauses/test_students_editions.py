"""The students' edition read as a student: a student is not our employee, so HR is never their route.

A student on placement with us who cannot raise a concern with their practice educator goes to
their personal tutor at their university, who can raise it with us. A university's own students
go to the contact the university names for a concern it cannot take to their tutor.
"""

from __future__ import annotations

import re

import pytest

from generator import editions, prepare
from generator.answers.questions import find
from generator.writers import markdown
from helpers import EXAMPLES, clause, flat, pending_keys, policy

STUDENTS = [path for path in EXAMPLES if "students" in editions(path)]
TABLE = "Everyone this guide names, and how to reach them"
HR = {"name": "the HR Team", "email": "hr@example.gov.uk", "phone": "0100 000 400"}


def rows(text: str) -> list[list[str]]:
    table = clause(text, TABLE)
    return [[cell.strip() for cell in line.strip("|").split("|")] for line in table.splitlines() if line.startswith("| ") and not line.startswith(("| For ", "| ---"))]


@pytest.mark.parametrize("example", STUDENTS, ids=lambda path: path.stem)
def test_no_students_guide_sends_a_student_to_hr(example):
    text = markdown.render(prepare(example, edition="students").document).decode()
    assert not re.search(r"\bHR\b|Human Resources", text)


def test_a_student_on_placement_goes_past_their_practice_educator_to_their_tutor_not_hr():
    text = policy(edition="students", scope={"students": True}, contacts={"concerns_alternative": HR})
    assert "HR" not in text
    worries = flat(clause(text, "If something online worries you"))
    assert "If the concern is about your practice educator, or you cannot raise it with them, tell your personal tutor at your university, who can raise it with us. Clause" in worries
    assert rows(text)[:3] == [
        ["Advice, and anything in this guide", "Your practice educator", "Speak to them directly"],
        ["Your studies, and support from your university", "Your personal tutor at your university", "Speak to them directly"],
        ["A concern you cannot raise with your practice educator", "Your personal tutor at your university", "Speak to them directly: they can raise it with us"],
    ]


UNIVERSITY = {"type": "university", "short_name": "the University", "scope": {"students": True}}


def test_a_universitys_own_students_go_to_the_contact_it_names_for_them():
    named = {"name": "the Director of Social Work Education", "email": "swe@example.ac.uk"}
    text = policy(edition="students", **UNIVERSITY, contacts={"concerns_alternative": HR}, higher_education={"student_concerns": named})
    worries = flat(clause(text, "If something online worries you"))
    assert "If the concern is about your personal tutor, or you cannot raise it with them, go to the Director of Social Work Education ([swe@example.ac.uk](mailto:swe@example.ac.uk))." in worries
    assert "at your university, who can raise it with us" not in text
    assert ["A concern you cannot raise with your personal tutor", "The Director of Social Work Education", "[swe@example.ac.uk](mailto:swe@example.ac.uk)"] in rows(text)
    assert "HR" not in text


def test_a_university_that_keeps_the_default_hr_contact_still_never_sends_its_students_to_hr():
    text = policy(edition="students", **UNIVERSITY)
    assert "HR" not in text
    worries = flat(clause(text, "If something online worries you"))
    assert "If the concern is about your personal tutor, or you cannot raise it with them, go to your programme leader." in worries
    assert rows(text)[:3] == [
        ["Advice, and anything in this guide", "Your personal tutor", "Speak to them directly"],
        ["Anything linked to your placement", "Your practice educator", "Speak to them directly"],
        ["A concern you cannot raise with your personal tutor", "Your programme leader", "Speak to them directly"],
    ]


def test_a_universitys_full_policy_gives_students_their_own_route_beside_staffs():
    named = {"name": "the Director of Social Work Education", "phone": "0100 000 425"}
    text = policy(**UNIVERSITY, contacts={"concerns_alternative": HR}, higher_education={"student_concerns": named})
    concerns = flat(clause(text, "Raising a concern"))
    assert "If the concern is about your line manager, or you cannot raise it with them, go to the HR Team" in concerns
    assert "If you are a student and the concern is about your personal tutor, or you cannot raise it with them, go to the Director of Social Work Education, phone 0100 000 425." in concerns
    assert "| A student's concern about their personal tutor, or one they cannot raise with them | Director of Social Work Education | 0100 000 425 |" in clause(text, "Who to contact")
    assert "personal tutor" not in flat(clause(policy(type="university", short_name="the University", scope={"students": False}), "Raising a concern"))


def test_the_students_route_is_asked_only_of_a_university_whose_students_are_covered():
    question = find("higher_education.student_concerns")
    assert "the HR team is not their route" in question.help
    assert question.when == "university_students"
    assert "higher_education.student_concerns" in pending_keys(organisation__type="university")
    assert "higher_education.student_concerns" not in pending_keys(organisation__type="university", scope__students="no")
    assert "higher_education.student_concerns" not in pending_keys(organisation__type="local_authority")


# ------------------------------------------------------------------ whistleblowing

# Whether the law on whistleblowing protects a social work student is not verified (DOMAIN*): no
# students' guide names that law, says it protects the reader, or points to the staff clause on it.
WHISTLEBLOWING = re.compile(r"Public Interest Disclosure|Employment Rights|whistleblow|protects you from being dismissed|Speaking up about wrongdoing", re.IGNORECASE)


@pytest.mark.parametrize("nation", ["england", "wales", "scotland", "northern_ireland"])
@pytest.mark.parametrize("kind", ["university", "local_authority", "charity"])
def test_no_students_guide_implies_that_whistleblowing_law_covers_a_student(nation, kind):
    text = policy(edition="students", nation=nation, type=kind, scope={"students": True, "agency_staff": True})
    assert not WHISTLEBLOWING.search(text), WHISTLEBLOWING.search(text)
    assert "Raising a concern" not in text  # the staff heading; the guide's own is "If something online worries you"
    assert "If something online worries you" in text


def test_the_full_policy_gives_students_on_placement_their_own_route_beside_staffs():
    text = flat(clause(policy(scope={"students": True}, contacts={"concerns_alternative": HR}), "Raising a concern"))
    assert "If the concern is about your line manager, or you cannot raise it with them, go to the HR Team" in text
    assert "go to the HR Team ([hr@example.gov.uk](mailto:hr@example.gov.uk)), phone 0100 000 400. If you are a student on placement, go instead to your personal tutor at your university, who can raise it with us." in text
    without = flat(clause(policy(scope={"students": False}), "Raising a concern"))
    assert "student" not in without


def test_a_student_asks_their_practice_educator_what_the_guide_does_not_cover_and_their_tutor_for_support():
    text = policy(edition="students", scope={"students": True})
    assert "If this guide has no rule for something you came across, tell your practice educator, who will pass it on to the Principal Social Worker." in flat(clause(text, "If something online worries you"))
    assert flat(clause(text, "What to do, and what we will do")).startswith("Tell your practice educator, and your personal tutor at your university.")


# ------------------------------------------------------------------ read as a student: the guide is what they hold


def test_a_students_guide_calls_itself_a_guide_and_the_policy_our_social_media_policy():
    placed = flat(clause(policy(edition="students", scope={"students": True}), "On placement with us"))
    assert placed.startswith("If you are a social work student on placement with the Council, you follow our social media policy for the length of your placement")
    assert "Your practice educator will go through this guide with you at the start of your placement." in placed
    own = flat(clause(policy(edition="students", **UNIVERSITY), "On our programmes and on placement"))
    assert own.startswith("If you are a student on one of our social work programmes, our social media policy applies to you from the day you start")
    full = flat(clause(policy(scope={"students": True}), "Students on placement"))
    assert "you follow this policy for the length of your placement" in full and "go through this policy with you" in full
    guide = flat(clause(policy(edition="students", **UNIVERSITY), "Who this guide is for"))
    assert "Ask your personal tutor whether any of them apply to you." in guide  # on placement, the provider's policy applies instead
