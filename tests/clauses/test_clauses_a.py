"""The clause library, part A: introduction, roles, conduct, boundaries, privacy,
confidentiality, students and carers, governance, document control and the BASW appendix.

Each test builds a policy from a small answers file and asserts on the rendered Markdown:
every `when` in these sections, and every answer they read, is tried both ways.
"""

from __future__ import annotations

import re

import pytest

from helpers import clause, number_of

SECTIONS = ("introduction", "roles", "conduct", "boundaries", "privacy", "confidentiality", "students", "governance", "control", "appendix")


def test_every_part_a_clause_has_sources_and_a_title(library):
    ours = [c for c in library.clauses.values() if c.section in SECTIONS]
    assert len(ours) >= 30
    for c in ours:
        assert c.title.strip()
        assert c.sources.basw or c.sources.basis


# ------------------------------------------------------------------ introduction


def test_scope_follows_the_scope_answers(policy):
    everyone = clause(policy(scope={"agency_staff": True, "students": True, "foster_carers": True, "other_carers": True, "volunteers": True}), "Who and what this policy covers")
    assert "- agency and interim staff, while they work with us;" in everyone
    assert "- social work students on placement with us;" in everyone
    assert "- foster carers we approve, as set out in section " in everyone
    assert "- other carers we approve or support, such as kinship or Shared Lives carers, as set out in clause " in everyone
    assert "- volunteers who work with people who use our services;" in everyone
    listed = everyone.split("\n\n")[1]
    assert listed.count("\n- ") + listed.startswith("- ") == 7

    staff = clause(policy(scope={"agency_staff": False, "students": False}), "Who and what this policy covers")
    for gone in ("agency", "students", "carers we approve", "volunteers"):
        assert gone not in staff
    assert "- managers and senior leaders, who must also make sure their teams follow it." in staff


def test_scope_carers_wording_by_kind_of_carer_and_reference_resolves(policy):
    text = policy(scope={"foster_carers": True})
    section = number_of(text, "How this policy applies to foster carers").split(".")[0]
    assert f"- foster carers we approve, as set out in section {section};" in clause(text, "Who and what this policy covers")
    assert "## " + section + " Foster carers\n" in text
    other = policy(scope={"other_carers": True})
    number = number_of(other, "Kinship, Shared Lives and other carers")
    assert f"- carers we approve or support, such as kinship or Shared Lives carers, as set out in clause {number};" in clause(other, "Who and what this policy covers")


def test_scope_names_the_service_when_given(policy):
    staff_only = {"agency_staff": False, "students": False}
    served = policy(organisation={"service": "Adult Social Care"}, scope=staff_only)
    assert "This policy applies to everyone below who works with the Council in its Adult Social Care:\n\n- social workers," in served
    # Everyone listed works with us; not all are employees or do social work, so the sentence says so.
    with_others = policy(scope={"foster_carers": True, "volunteers": True})
    assert "This policy applies to everyone below who works with the Council, whether we employ them or not:\n\n- social workers," in with_others
    scope_clause = clause(with_others, "Who and what this policy covers")
    assert "people who do social work" not in scope_clause
    assert "- foster carers we approve" in scope_clause and "- volunteers who work with people who use our services;" in scope_clause


@pytest.mark.parametrize(
    "nation, regulator, code, equality",
    [
        ("england", "Social Work England", "Social Work England's professional standards (see in particular standard 5.6", "the Equality Act 2010"),
        ("scotland", "the Scottish Social Services Council (SSSC)", "the SSSC Codes of Practice for Social Service Workers and Employers.", "the Equality Act 2010"),
        ("wales", "Social Care Wales", "Social Care Wales's Code of Professional Practice for Social Care Workers.", "the Equality Act 2010"),
        # NISCC registers social care workers too, under their own standards (DOMAIN.md [V]).
        (
            "northern_ireland",
            "the Northern Ireland Social Care Council (NISCC)",
            "the NISCC Standards of Conduct and Practice for Social Workers, or, as a social care worker, the NISCC Standards of Conduct and Practice for Social Care Workers.",
            "Northern Ireland's equality law",
        ),
    ],
)
def test_law_clause_names_the_nations_regulator_code_and_equality_law(policy, nation, regulator, code, equality):
    text = clause(policy(nation=nation), "The law and your regulator's rules")
    assert f"- if you are registered with {regulator}, you must meet {code}" in text
    assert f"- {equality}" in text
    assert "the UK General Data Protection Regulation (UK GDPR) and the Data Protection Act 2018" in text
    assert "(Article 8)" in text and "(Article 10)" in text
    assert "proportionate" in text
    assert "raise it with your manager" in text


def test_law_clause_guidance_and_employer_code_only_where_they_exist(policy):
    assert "the SSSC's social media guidance for social service workers, on the [SSSC website](https://www.sssc.uk.com/)" in policy(nation="scotland")
    wales = clause(policy(nation="wales"), "The law and your regulator's rules")
    assert "The Council follows Social Care Wales's Code of Practice for Social Care Employers." in wales
    england = clause(policy(nation="england"), "The law and your regulator's rules")
    assert "guidance" not in england and "follows" not in england


def test_charity_guidance_for_charities_in_england_and_wales_only(policy):
    line = "As a charity, we also follow the Charity Commission's guidance, Charities and social media (2023)."
    assert line in policy(type="charity", nation="england")
    assert line in policy(type="charity", nation="wales")
    assert "As a charity" not in policy(type="charity", nation="scotland")
    assert "As a charity" not in policy(type="local_authority", nation="england")


# ------------------------------------------------------------------ roles


def test_roles_table_comes_from_the_answers(policy):
    text = clause(
        policy(document={"owner": "Head of Practice", "approver": "Trust Board"}, official_accounts={"exist": True, "approver": "the Digital Team"}, contacts={"communications": {"name": "the Press Office"}, "data_protection": {"name": "the Information Governance Team"}}),
        "Who does what",
    )
    assert "| Head of Practice | Owns this policy." in text
    assert "| Trust Board | Approves this policy" in text
    assert "| Digital Team | Approves new official accounts and supports the people who run them. |" in text
    assert "| Press Office | Handles media enquiries" in text
    assert "| Information Governance Team | Advises on data protection" in text
    # Social workers must be registered; others covered (assistants, students in England) need not be.
    you = "| You | Read this policy and follow it. Social workers must be registered with Social Work England. If you are, know the standards it sets for you online."
    assert you in text


def test_roles_merges_the_approver_and_communications_rows_when_they_are_the_same(policy):
    same = clause(policy(), "Who does what")
    assert "| Communications Team | Approves new official accounts and supports the people who run them. Handles media enquiries" in same
    assert same.count("| Communications Team |") == 1
    none = clause(policy(official_accounts={"exist": False}), "Who does what")
    assert "Approves new official accounts" not in none
    assert "| Communications Team | Handles media enquiries" in none


# ------------------------------------------------------------------ conduct


def test_naming_the_employer_follows_the_answer(policy):
    yes = clause(policy(personal_use={"name_employer": "yes"}), "Talking about your work and your employer")
    note = clause(policy(personal_use={"name_employer": "with_disclaimer"}), "Talking about your work and your employer")
    no = clause(policy(personal_use={"name_employer": "no"}), "Talking about your work and your employer")
    assert yes.startswith("You may say online that you work for the Council") and "note" not in yes
    # Agency staff and students are covered by default: their employer is not us, so the note names us.
    assert "add a short note that your views are your own and not the Council's." in note
    only_employees = {"agency_staff": False, "students": False, "foster_carers": False, "other_carers": False, "volunteers": False}
    employees_note = clause(policy(scope=only_employees, personal_use={"name_employer": "with_disclaimer"}), "Talking about your work and your employer")
    assert "add a short note that your views are your own and not your employer's." in employees_note
    assert no.startswith("Do not name the Council as the place you work on your personal accounts")  # agency staff and students are covered by default
    assert len({yes, note, no}) == 3


@pytest.mark.parametrize("nation, law", [("england", "the Defamation Act 2013"), ("wales", "the Defamation Act 2013"), ("scotland", "the Defamation and Malicious Publication (Scotland) Act 2021"), ("northern_ireland", "the Defamation Act (Northern Ireland) 2022")])
def test_defamation_law_by_nation(policy, nation, law):
    assert f"can also lead to a claim under {law}." in clause(policy(nation=nation), "Talking about your work and your employer")


def test_communications_contact_in_ambassador_clause(policy):
    assert "refer them to the Press Office." in clause(policy(contacts={"communications": {"name": "the Press Office"}}), "Speaking up for social work")


# ------------------------------------------------------------------ boundaries


def test_former_service_users_follows_the_answer(policy):
    never = policy(boundaries={"former_service_users": "never"})
    text = clause(never, "People who used our services in the past")
    assert f"The rule in clause {number_of(never, 'No personal connections with people who use our services')} also applies once our work with someone has ended." in text
    assert "discuss it with your manager" not in text
    discuss = clause(policy(boundaries={"former_service_users": "discuss_first"}), "People who used our services in the past")
    assert "discuss it with your manager and agree it together" in discuss
    assert "always no where the person is a child, or an adult at risk" in discuss
    assert "also applies once our work" not in discuss


def test_separate_accounts_mentions_official_accounts_only_when_they_exist(policy):
    assert "Only approved official accounts may speak for us." in clause(policy(official_accounts={"exist": True}), "Keep personal and work accounts apart")
    assert "official accounts" not in clause(policy(official_accounts={"exist": False}), "Keep personal and work accounts apart")


def test_boundary_rules_always_apply(policy):
    text = policy(scope={"students": False, "agency_staff": False})
    for title in ("No personal connections with people who use our services", "Colleagues and managers", "Use secure channels for sensitive matters"):
        assert clause(text, title)


# ------------------------------------------------------------------ privacy and confidentiality


def test_privacy_clauses_always_apply(policy):
    text = policy()
    assert "treat everything you post as public and permanent" in clause(text, "Privacy settings and what stays public")
    assert "your home address" in clause(text, "Protecting yourself and your family")
    assert "Ask family and friends to check with you" in clause(text, "Asking family and friends to take care")


def test_images_clause_consent_rule_only_with_official_accounts(policy):
    assert "An official account may show people who use our services only with recorded, informed consent" in clause(policy(), "Images and details of people who use our services")
    assert "official account" not in clause(policy(official_accounts={"exist": False}), "Images and details of people who use our services")


@pytest.mark.parametrize("nation, regulator", [("england", "Social Work England"), ("scotland", "the Scottish Social Services Council (SSSC)")])
def test_images_clause_names_the_regulator(policy, nation, regulator):
    text = clause(policy(nation=nation), "Images and details of people who use our services")
    # Only a registered reader answers to the regulator: students, carers and volunteers often are not.
    assert f"It may be a data breach and a serious concern about your conduct.\nIf you are registered with {regulator}, you may also have to answer for it there." in text
    assert "misconduct" not in text


def test_found_online_uses_the_data_protection_contact(policy):
    with_email = clause(policy(contacts={"data_protection": {"name": "the Data Protection Officer", "email": "dpo@example.org"}}), "If you find confidential information online")
    assert "tell your manager and the Data Protection Officer straight away, by email to [dpo@example.org](mailto:dpo@example.org)." in with_email
    without = clause(policy(), "If you find confidential information online")
    assert "tell your manager and the Data Protection Officer straight away." in without


# ------------------------------------------------------------------ students, carers and volunteers


@pytest.mark.parametrize(
    "nation, route",
    [
        ("england", "Social work students are not registered with Social Work England."),
        ("scotland", "As a social work student, you are registered with the Scottish Social Services Council (SSSC), so you must also follow the SSSC Codes of Practice for Social Service Workers and Employers."),
        ("wales", "As a social work student, you are registered with Social Care Wales, so you must also follow Social Care Wales's Code of Professional Practice for Social Care Workers."),
        ("northern_ireland", "As a social work student, you are registered with the Northern Ireland Social Care Council (NISCC), so you must also follow the NISCC Standards of Conduct for Social Work Students."),
    ],
)
def test_students_clause_when_students_in_scope_with_the_nations_route(policy, nation, route):
    text = clause(policy(nation=nation, scope={"students": True}), "Students on placement")
    assert route in text.replace("\n", " ")
    assert "keep university networks for study and professional discussion" in text
    assert clause(policy(nation=nation, scope={"students": False}), "Students on placement") == ""


def test_other_carers_clause_only_when_other_carers_are_in_scope(policy):
    title = "Kinship, Shared Lives and other carers"
    assert clause(policy(scope={"foster_carers": True, "other_carers": False}), title) == ""
    other = clause(policy(scope={"other_carers": True}), title)
    both = clause(policy(scope={"foster_carers": True, "other_carers": True}), title)
    assert other.startswith("If you are a carer approved or supported by the Council, such as a kinship or Shared Lives carer, you follow this policy in your caring role, as part of your carer agreement.")
    assert both.startswith("If you are a carer approved or supported by the Council, such as a kinship or Shared Lives carer, and you are not one of our foster carers,")
    assert "unless they agree, and their social worker agrees too if they are a child or cannot decide for themselves" in other
    named = clause(policy(scope={"other_carers": True}, fostering={"other_carers_agreement": "Shared Lives carer agreement", "other_carers_worker": "Shared Lives worker"}), title)
    assert "as part of your Shared Lives carer agreement.\nYour Shared Lives worker supports you with it" in named


def test_other_carers_clause_points_to_training_only_when_it_is_offered(policy):
    title = "Kinship, Shared Lives and other carers"
    trained = policy(scope={"other_carers": True}, training={"carers": True})
    assert f"Clause {number_of(trained, 'Training for carers')} describes the training we offer you." in clause(trained, title)
    untrained = clause(policy(scope={"other_carers": True}, training={"carers": False}), title)
    assert "Your supporting social worker can advise you on social media and online safety at any time." in untrained
    assert "describes the training" not in untrained


def test_agency_staff_and_volunteers_each_get_their_own_clause(policy):
    both = policy(scope={"volunteers": True, "agency_staff": True})
    assert clause(both, "Agency staff").startswith("If you work for us through an agency, you follow this policy while you work with us, as part of your assignment.")
    assert "we tell your agency, which deals with it under its own procedures, and we may end your assignment with us;" in clause(both, "Agency staff")
    assert clause(both, "Volunteers").startswith("If you volunteer with us, you follow this policy as part of your volunteer agreement, in the time you give us.")
    assert "If it is serious, or it happens again, we may end your volunteering role." in clause(both, "Volunteers")
    volunteers = policy(scope={"volunteers": True, "agency_staff": False})
    assert clause(volunteers, "Volunteers") and clause(volunteers, "Agency staff") == ""
    agency = policy(scope={"volunteers": False, "agency_staff": True})
    assert clause(agency, "Agency staff") and clause(agency, "Volunteers") == ""


def test_section_title_and_whole_section_falls_away(policy):
    assert "## 10 Other people this policy covers" in policy()
    alone = policy(scope={"students": False, "agency_staff": False, "volunteers": False, "foster_carers": False, "other_carers": False})
    assert "Other people this policy covers" not in alone


# ------------------------------------------------------------------ governance


def test_review_uses_the_period_the_owner_and_the_due_date(policy):
    approved = clause(policy(document={"owner": "Head of Practice", "status": "approved", "approved_on": "2026-03-15", "review_every_months": 12}, monitoring={"in_place": False}), "Monitoring and review")
    assert "The Head of Practice owns this policy and reviews it at least every year. The next review is due by 15 March 2027." in approved.replace("\n", " ")
    draft = clause(policy(document={"review_every_months": 18}), "Monitoring and review")
    assert "at least every 18 months." in draft and "next review is due" not in draft


@pytest.mark.parametrize(
    "nation, org_type, expected",
    [
        ("england", "local_authority", "To meet the public sector equality duty, we assess the effect of this policy on equality before it is approved and at each review, through an equality impact assessment."),
        ("northern_ireland", "nhs_or_hsc_body", "To meet the equality duty in section 75 of the Northern Ireland Act 1998, we assess the effect of this policy on equality before it is approved and at each review, through equality screening under section 75."),
        ("scotland", "charity", "we also check that the policy treats everyone fairly"),
    ],
)
def test_equality_assessment_for_public_bodies_only(policy, nation, org_type, expected):
    text = clause(policy(nation=nation, type=org_type), "Monitoring and review").replace("\n", " ")
    assert expected in text
    if org_type == "charity":
        assert "equality duty" not in text


def test_related_policies_list_and_disciplinary(policy):
    text = clause(policy(policies={"related": ["Lone Working Policy"], "disciplinary": "Conduct Procedure"}), "Related policies")
    assert "- the Lone Working Policy;\n- the Whistleblowing Policy, for concerns about wrongdoing.\n" in text
    assert "If you are our employee, the Grievance Procedure and the Conduct Procedure also apply to you." in text


def test_other_formats_and_welsh_only_when_a_welsh_version_exists(policy):
    welsh = clause(policy(nation="wales", welsh_language={"standards_apply": True, "welsh_version": True}), "Other formats")
    assert "Mae'r polisi hwn ar gael yn Gymraeg ac yn Saesneg." in welsh
    # Standards served do not by themselves make a Welsh version exist.
    assert "Gymraeg" not in clause(policy(nation="wales", welsh_language={"standards_apply": True, "welsh_version": False}), "Other formats")
    assert "Gymraeg" not in clause(policy(nation="wales", welsh_language={"standards_apply": False}), "Other formats")
    assert "large print, easy read or audio" in clause(policy(), "Other formats")


# ------------------------------------------------------------------ document control and appendix


def test_document_control_table(policy):
    draft = clause(policy(), "Document details")
    assert "| Status | Draft |" in draft and "| Approval date | Not yet approved |" in draft
    assert "| Next review due | Set when the policy is approved |" in draft and "Reference" not in draft
    approved = clause(policy(document={"status": "approved", "approved_on": "2026-10-01", "reference": "HR-42", "version": "2.1"}, monitoring={"dpia_completed_on": "2026-09-01"}), "Document details")
    assert "| Reference | HR\\-42 |" in approved or "| Reference | HR-42 |" in approved
    assert "| Version | 2.1 |" in approved and "| Approval date | 1 October 2026 |" in approved
    assert "| Next review due | 1 October 2028 |" in approved


def test_version_history_only_when_there_is_history(policy):
    history = [{"version": "1.0", "date": "2025-01-01", "summary": "First."}, {"version": "1.1", "date": "2026-01-01", "summary": "Updated."}]
    text = clause(policy(document={"history": history}), "Version history")
    assert "| 1.0 | 1 January 2025 | First. |\n| 1.1 | 1 January 2026 | Updated. |" in text
    assert clause(policy(), "Version history") == ""


def test_appendix_only_when_asked_and_lists_all_23(policy):
    text = policy(customise={"coverage_appendix": True})
    table = clause(text, "The recommendations and our clauses")
    rows = [line for line in table.splitlines() if re.match(r"\| \d+ \|", line)]
    assert [int(r.split("|")[1]) for r in rows] == list(range(1, 24))
    assert "| 7 | Students on placement" in table
    assert "Not covered by this policy" not in table
    assert clause(policy(customise={"coverage_appendix": False}), "The recommendations and our clauses") == ""


def test_appendix_marks_recommendations_the_answers_leave_uncovered(policy):
    table = clause(policy(scope={"students": False}), "The recommendations and our clauses")
    row = next(line for line in table.splitlines() if line.startswith("| 7 |"))
    assert row.endswith("| Students | Not covered by this policy |")


def test_appendix_clause_numbers_point_at_real_clauses(policy):
    text = policy()
    numbers = set(re.findall(r"^### ([\d.]+) ", text, re.M))
    table = clause(text, "The recommendations and our clauses")
    rows = [line for line in table.splitlines() if re.match(r"\| \d+ \|", line)]
    cited = {n for line in rows for n in re.findall(r"\b\d+\.\d+\b", line.split("|")[-2])}
    assert cited and cited <= numbers


# ------------------------------------------------------------------ universities: staff who teach, students on the programmes


def test_scope_for_a_university_names_its_staff_and_its_own_students(policy):
    text = policy(type="university", short_name="the University", scope={"students": True, "agency_staff": False})
    scope = clause(text, "Who and what this policy covers")
    assert scope.startswith("This policy applies to everyone who teaches, supports or studies social work at the University.\nThat includes:\n")
    assert "- academic staff, including sessional and visiting lecturers, and the staff who support them;" in scope
    assert "- practice educators and practice learning staff whom we employ or engage;" in scope
    number = number_of(text, "Students on our social work programmes")
    assert f"- students on our social work programmes, on campus and on placement with other organisations, as set out in clause {number};" in scope
    assert "It covers your personal use of social media as well as your use in your role with us, on every platform and device, wherever you are." in scope
    assert "what you post there can still affect the people you work with, your colleagues, your studies and, if you are registered, your registration." in scope
    for gone in ("social work assistants", "on placement with us", "at work and at home"):
        assert gone not in scope

    council = clause(policy(scope={"students": True}), "Who and what this policy covers")
    assert "- social workers, social work assistants and other practitioners, and the staff who support them;" in council
    assert "- social work students on placement with us;" in council
    assert "It covers your personal use of social media as well as your use in your role with us, on every platform and device, wherever you are." in council
    for gone in ("academic staff", "practice educators", "teaches, supports or studies", "your studies"):
        assert gone not in council


def test_university_scope_with_a_service_and_without_students(policy):
    school = clause(policy(type="university", short_name="the University", organisation={"service": "School of Social Work"}), "Who and what this policy covers")
    assert school.startswith("This policy applies to everyone who teaches, supports or studies social work at the University, in its School of Social Work.\n")
    staff = clause(policy(type="university", short_name="the University", scope={"students": False}), "Who and what this policy covers")
    assert "- academic staff, including sessional and visiting lecturers, and the staff who support them;" in staff
    assert "students" not in staff
    assert "what you post there can still affect the people you work with, your colleagues and, if you are registered, your registration." in staff


def test_definitions_for_a_university(policy):
    university = clause(policy(type="university", short_name="the University"), "Definitions")
    assert (
        "- **people who use our services** means the children, young people, adults and families whom our students meet on placement "
        "or our staff meet in practice, now or in the past, and their carers.\n"
        "  It also means anyone supported by a service that the University runs itself;"
    ) in university
    # Experts by experience are colleagues, defined apart from people who use services (issue 12, point 4).
    experts = re.search(r"^### ([\d.]+) Colleagues with lived experience$", policy(type="university", short_name="the University"), re.M).group(1)
    assert (
        "- **experts by experience** means people with lived experience of social work or care who contribute to our teaching, research or admissions.\n"
        f"  They are our colleagues, not people who use our services, and clause {experts} sets out the boundaries we agree with them;"
    ) in university
    assert "- **official account** means an account that speaks for the University, one of our departments or programmes, or one of our teams;" in university
    assert "- **personal account** means an account you run as yourself, even if you sometimes mention your work or studies on it;" in university
    assert (
        "- **your manager**, **your line manager** and any other manager this policy sends you to mean your line manager if you are a member of our staff.\n"
        "  If you are not, they mean the person the table in clause 1.2 names for you to ask for advice;"
    ) in university
    assert "| A student on our social work programmes | Your studies with us and your placement agreement | Your personal tutor, or your practice educator while you are on placement |" in policy(type="university", short_name="the University")

    council = clause(policy(scope={"agency_staff": False, "students": False}), "Definitions")
    assert "- **people who use our services** means the children, young people, adults and families we work with, now or in the past, and their carers;" in council
    assert "- **official account** means an account that speaks for the Council, one of our services or one of our teams;" in council
    for gone in ("lived experience", "**your manager**", "departments", "studies"):
        assert gone not in council


def test_roles_table_has_tutors_and_practice_educators_only_for_a_university_with_students(policy):
    text = policy(type="university", short_name="the University")
    number = number_of(text, "Students on our social work programmes")
    row = (
        "| Personal tutors and practice educators | Make sure students know this policy before their first placement. "
        f"Answer their questions about it, and act on concerns about a student under the procedures in clause {number}. |"
    )
    assert row in clause(text, "Who does what")
    assert "Personal tutors" not in clause(policy(type="university", short_name="the University", scope={"students": False}), "Who does what")
    assert "Personal tutors" not in clause(policy(scope={"students": True}), "Who does what")


def test_colleagues_clause_covers_staff_connecting_with_students_at_a_university(policy):
    line = "- Staff should think carefully before connecting with students on personal accounts, and must never let an online connection affect how they teach, assess or support a student."
    assert line in clause(policy(type="university", short_name="the University"), "Colleagues and managers")
    assert "students" not in clause(policy(type="university", short_name="the University", scope={"students": False}), "Colleagues and managers")
    assert "students" not in clause(policy(scope={"students": True}), "Colleagues and managers")


@pytest.mark.parametrize(
    "nation, route",
    [
        ("england", "Social work students are not registered with Social Work England.\nSo a concern about your conduct is dealt with under our Fitness to Practise Procedure and your placement agreement, not by the regulator."),
        ("scotland", "As a social work student, you are registered with the Scottish Social Services Council (SSSC), so you must also follow the SSSC Codes of Practice for Social Service Workers and Employers."),
        ("wales", "As a social work student, you are registered with Social Care Wales, so you must also follow Social Care Wales's Code of Professional Practice for Social Care Workers."),
        ("northern_ireland", "As a social work student, you are registered with the Northern Ireland Social Care Council (NISCC), so you must also follow the NISCC Standards of Conduct for Social Work Students."),
    ],
)
def test_university_students_clause_with_the_nations_route(policy, nation, route):
    text = policy(type="university", short_name="the University", nation=nation, scope={"students": True})
    students = clause(text, "Students on our social work programmes")
    assert students.startswith(
        "If you are a student on one of our social work programmes, this policy applies to you from the day you start until you finish: on campus, online and on placement.\n"
        "It applies to you as it does to staff, except where a clause says what is different for students.\n"
    )
    assert route in students
    assert "On placement, the placement provider's own social media policy applies to you as well.\nYour practice educator will go through it with you at the start.\nWhere the two policies differ, follow the stricter rule." in students
    assert "- do not record teaching sessions, or share what experts by experience or other students tell you in them, without their agreement;" in students
    assert "- a serious concern is considered under our Fitness to Practise Procedure;" in students
    assert "your university" not in students
    assert clause(text, "Students on placement") == ""
    assert clause(policy(type="university", short_name="the University", nation=nation, scope={"students": False}), "Students on our social work programmes") == ""


def test_students_on_placement_clause_is_for_placement_providers_only(policy):
    for org_type in ("local_authority", "charity", "nhs_or_hsc_body", "independent_provider", "other"):
        text = policy(type=org_type, scope={"students": True})
        assert "If you are a social work student on placement with the Council, you follow this policy for the length of your placement, as part of your placement agreement." in clause(text, "Students on placement")
        assert clause(text, "Students on our social work programmes") == ""


def test_review_feedback_at_a_university_comes_from_placement_providers_and_lived_experience(policy):
    university = clause(policy(type="university", short_name="the University"), "Monitoring and review")
    assert "dilemmas raised in supervision, and feedback from staff, students, placement providers and people with lived experience who contribute to our teaching.\n" in university
    no_students = clause(policy(type="university", short_name="the University", scope={"students": False}), "Monitoring and review")
    assert "and feedback from staff, placement providers and people with lived experience who contribute to our teaching.\n" in no_students
    council = clause(policy(scope={"students": True}), "Monitoring and review")
    assert "and feedback from staff, students and people who use our services.\n" in council
    assert "placement providers" not in council


def test_appendix_applies_recommendations_to_a_universitys_students(policy):
    line = "Where BASW addresses social workers, this policy applies the recommendation to our students as well as our staff."
    assert line in clause(policy(type="university", short_name="the University"), "The recommendations and our clauses")
    assert line not in clause(policy(type="university", short_name="the University", scope={"students": False}), "The recommendations and our clauses")
    assert line not in clause(policy(scope={"students": True}), "The recommendations and our clauses")
