"""The students' edition read as a student: a student is not our employee, so HR is never their route.

A student on placement with us who cannot raise a concern with their practice educator goes to
their personal tutor at their university, who can raise it with us. A university's own students
go to the contact the university names for a concern it cannot take to their tutor.
"""

from __future__ import annotations

import re

import pytest

from generator import editions, prepare
from generator.writers import markdown
from helpers import EXAMPLES, clause, flat, policy

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


def test_a_universitys_own_students_go_to_the_contact_it_names():
    alternative = {"name": "the Head of School Administration", "email": "admin@example.ac.uk"}
    text = policy(edition="students", type="university", short_name="the University", scope={"students": True}, contacts={"concerns_alternative": alternative})
    worries = flat(clause(text, "If something online worries you"))
    assert "If the concern is about your personal tutor, or you cannot raise it with them, go to the Head of School Administration ([admin@example.ac.uk](mailto:admin@example.ac.uk))." in worries
    assert "at your university, who can raise it with us" not in text
    assert ["A concern you cannot raise with your personal tutor", "The Head of School Administration", "[admin@example.ac.uk](mailto:admin@example.ac.uk)"] in rows(text)


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
