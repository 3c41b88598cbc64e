"""Issue 11 point 1 and issue 12 points 3-4: each group the policy covers gets its own route.

For every group in scope (employees, agency workers, students on placement, a university's own
students, foster carers, other carers, volunteers), the clauses that reach it name its own route
and never a wrong one, in every nation; and each group's text goes when the group is out of scope.
Also training per audience (point 6), the registration wording (point 9), fostering services and
universities by nation.
"""

from __future__ import annotations

import re

import pytest

from generator.library import load_library
from helpers import build_policy, paragraphs, policy_markdown

NATIONS = ("england", "scotland", "wales", "northern_ireland")
PROVIDERS = ("local_authority", "nhs_or_hsc_body", "charity", "independent_provider", "other")
NOBODY_ELSE = {"agency_staff": False, "students": False, "foster_carers": False, "other_carers": False, "volunteers": False}
REGULATOR = {
    "england": "Social Work England",
    "scotland": "the Scottish Social Services Council (SSSC)",
    "wales": "Social Care Wales",
    "northern_ireland": "the Northern Ireland Social Care Council (NISCC)",
}


@pytest.fixture(scope="module")
def library():
    return load_library()


@pytest.fixture(scope="module")
def policy(library):
    return lambda **answers: build_policy(library, **answers)


def only(**groups):
    """A scope with these groups in it, and nobody else beside employees."""
    return {**NOBODY_ELSE, **groups}


def sanctions_in(text: str) -> list[str]:
    return [p for p in paragraphs(text) if re.search(r"dismiss|gross misconduct|disciplinary hearing", p, re.I)]


# ------------------------------------------------------------------ employees


@pytest.mark.parametrize("nation", NATIONS)
def test_employees_get_the_disciplinary_procedure_with_their_nations_code_and_right_to_be_accompanied(policy, nation):
    text = policy(nation=nation, scope=only(), policies={"disciplinary": "Conduct Procedure"})
    consequences = text.flat("breaches.consequences")
    code, law = {
        "northern_ireland": (
            "the Labour Relations Agency Code of Practice on Disciplinary and Grievance Procedures",
            "Article 12 of the Employment Relations (Northern Ireland) Order 1999",
        ),
    }.get(nation, ("the Acas Code of Practice on Disciplinary and Grievance Procedures", "section 10 of the Employment Relations Act 1999"))
    assert consequences.startswith(f"If you may have broken this policy, we look into it under our Conduct Procedure, which follows {code}.")
    # Northern Ireland kept its statutory dismissal and disciplinary procedures (DOMAIN-frameworks 5.3 [V]).
    statutory = "It also follows the statutory dismissal and disciplinary procedures that apply in Northern Ireland."
    assert (statutory in consequences) == (nation == "northern_ireland")
    # The companion: a fellow worker, a union's employed official, or a union-certified official.
    # Northern Ireland's Article 12 was read (DOMAIN-frameworks 5.3 [V]), so the policy lists them;
    # Great Britain's section 10 only as a quotation (2.3 [S]), so the employer's procedure says who.
    if nation == "northern_ireland":
        assert (
            f"You have the right to be accompanied at a disciplinary hearing, under {law}. "
            "Your companion can be a colleague, an official employed by a trade union, or a union representative whom the union has certified as trained for the role."
        ) in consequences
    else:
        assert f"Our Conduct Procedure sets out your right to be accompanied at a disciplinary hearing, under {law}, and who can go with you." in consequences
        assert "Your companion can be" not in consequences
    assert "trade union representative," not in consequences  # any union representative is not enough: the law names the certified ones
    assert ("Acas" in text.text) == (nation != "northern_ireland")
    assert ("Labour Relations Agency" in text.text) == (nation == "northern_ireland")
    # Only employees are covered: no routes table, no other group's route.
    assert "Not everyone this policy covers is our employee" not in text.text
    for other in ("agency", "placement", "foster carer", "volunteer", "relationship with us"):
        assert other not in consequences


CONTRACT = "this policy is not part of your contract of employment, so we can update it without changing your contract."


def test_the_policy_says_whether_it_is_part_of_an_employees_contract(policy):
    # An employment lawyer's first question: is it contractual? The default is not, and the
    # disciplinary link still holds; employees only, as carers, students and volunteers have no such contract.
    only_staff = policy(scope=only(), policies={"disciplinary": "Conduct Procedure"})
    assert "This policy is not part of your contract of employment, so we can update it without changing your contract. You must still follow it, and breaking it can lead to action under our Conduct Procedure." in only_staff.flat("introduction.scope")
    mixed = policy(scope=only(volunteers=True, agency_staff=True))
    assert f"If you are our employee, {CONTRACT} You must still follow it" in mixed.flat("introduction.scope")
    university = policy(type="university", short_name="the University", scope=only(students=True))
    assert f"If you are a member of our staff, {CONTRACT}" in university.flat("introduction.scope")
    contractual = policy(scope=only(volunteers=True), policies={"part_of_contract": True})
    assert "If you are our employee, this policy is part of your contract of employment, so we change it only as your contract allows." in contractual.flat("introduction.scope")
    assert "not part of your contract" not in contractual.text
    assert sum(CONTRACT in p for p in paragraphs(mixed.text)) == 1  # said once, where the policy says whom it binds


@pytest.mark.parametrize("edition", ["quick", "carers", "students"])
def test_the_contract_sentence_is_not_in_an_edition_for_people_who_have_no_contract_of_employment_with_us(edition):
    from helpers import policy as edition_markdown

    text = " ".join(edition_markdown(edition, scope={"students": True, "foster_carers": True}).split())
    assert "contract of employment" not in text


def test_social_workers_must_be_registered_and_students_are_named_only_where_they_are_registered(policy):
    # Issue 11 point 9: "if you are registered" only where the group includes people who need not be.
    england = policy(nation="england", scope=only(students=True))
    assert "| You | Read this policy and follow it. Social workers must be registered with Social Work England. If you are, know the standards it sets for you online." in england["roles.responsibilities"]
    for nation in ("scotland", "wales", "northern_ireland"):
        text = policy(nation=nation, scope=only(students=True))
        assert f"Social workers must be registered with {REGULATOR[nation]}, and social work students are registered with it too. If you are," in text["roles.responsibilities"]
        assert "social work students are registered" not in policy(nation=nation, scope=only())["roles.responsibilities"]
    university = policy(type="university", short_name="the University", nation="wales", scope=only(students=True))
    assert "If you are registered with Social Care Wales, as many of our staff are and every social work student is, know the standards" in university["roles.responsibilities"]
    assert "as many of our staff are, know" in policy(type="university", short_name="the University", nation="england", scope=only(students=True))["roles.responsibilities"]


# ------------------------------------------------------------------ agency workers


@pytest.mark.parametrize("nation", NATIONS)
def test_agency_workers_go_to_their_agency_and_the_assignment_can_end(policy, nation):
    text = policy(nation=nation, scope=only(agency_staff=True), policies={"disciplinary": "Conduct Procedure"})
    agency = text.flat("students.agency")
    assert "you follow this policy while you work with us, as part of your assignment." in agency
    assert "our Conduct Procedure does not apply to you. If there is a concern about your conduct online, we tell your agency, which deals with it under its own procedures, and we may end your assignment with us;" in agency
    assert "except the Employee Assistance Programme and paid time off for appointments, which are for our employees. Ask your agency what it offers instead." in agency
    assert not sanctions_in(text["students.agency"])
    assert "| An agency or interim worker | Your assignment with us | The manager who arranges your work with us | We tell your agency, and we may end your assignment" in text["introduction.scope"]
    assert f"The Conduct Procedure applies only to employees. If you are an agency worker, see clause {text.numbers['students.agency']}." in text.flat("breaches.consequences")
    gone = policy(nation=nation, scope=only())
    assert gone["students.agency"] == "" and "agency" not in gone["introduction.scope"]


def test_agency_workers_support_exception_follows_the_employee_only_answers(policy):
    none = policy(scope=only(agency_staff=True), abuse_support={"wellbeing_service": None, "paid_time": False})
    assert "except" not in none["students.agency"]
    assert "we tell your agency, if you agree, so that it can support you as your employer." in none.flat("students.agency")
    one = policy(scope=only(agency_staff=True), abuse_support={"wellbeing_service": "the Staff Counselling Service", "paid_time": False})
    assert "except the Staff Counselling Service, which is for our employees." in one.flat("students.agency")


# ------------------------------------------------------------------ students on placement with a provider


@pytest.mark.parametrize("nation", NATIONS)
@pytest.mark.parametrize("org_type", PROVIDERS)
def test_students_on_placement_get_the_placement_agreement_and_their_universitys_procedure(policy, nation, org_type):
    text = policy(type=org_type, nation=nation, scope=only(students=True), policies={"disciplinary": "Conduct Procedure"})
    placement = text.flat("students.placement")
    assert "you follow this policy for the length of your placement, as part of your placement agreement." in placement
    assert "If there is a concern about your conduct online, our Conduct Procedure does not apply to you." in placement
    assert "- your university decides whether to consider it under its suitability or fitness to practise procedure;" in placement
    assert "your placement may be paused or may end, which we agree with your university" in placement
    registered = f"a serious concern may also be referred to {REGULATOR[nation]}, because you are registered with it."
    if nation == "england":
        assert "Social work students are not registered with Social Work England." in placement
        assert "registered with it" not in placement
    else:
        assert f"As a social work student, you are registered with {REGULATOR[nation]}, so you must also follow" in placement
        assert registered in placement
        assert "not registered" not in placement
    assert not sanctions_in(text["students.placement"])
    assert f"If you are a student on placement, see clause {text.numbers['students.placement']}." in text.flat("breaches.consequences")
    assert "| A social work student on placement with us | Your placement agreement | Your practice educator |" in text["introduction.scope"]
    gone = policy(type=org_type, nation=nation, scope=only())
    assert gone["students.placement"] == "" and gone["support.students"] == ""


def test_students_on_placement_are_not_promised_employee_only_support(policy):
    text = policy(scope=only(students=True))
    support = text.flat("support.students")
    assert "except the Employee Assistance Programme and paid time off for appointments, which are for our employees. Your university's student support services can help you instead." in support
    assert "same way as staff" not in support
    bare = policy(scope=only(students=True), abuse_support={"wellbeing_service": None, "paid_time": False})
    assert bare.flat("support.students").endswith(f"The rest of the support in clause {bare.numbers['support.our-response']} is for you too.")


# ------------------------------------------------------------------ a university's own students and staff


@pytest.mark.parametrize("nation", NATIONS)
def test_a_universitys_students_get_its_own_procedure_and_staff_and_contractors_their_routes(policy, nation):
    text = policy(type="university", short_name="the University", nation=nation, scope=only(students=True),
                  policies={"disciplinary": "Staff Disciplinary Procedure"}, higher_education={"student_procedure": "Professional Suitability Procedure"})
    students = text.flat("students.university")
    assert "If there is a concern about your conduct online, the Staff Disciplinary Procedure does not apply to you." in students
    assert "- a serious concern is considered under our Professional Suitability Procedure;" in students
    assert ("because you are registered with it" in students) == (nation != "england")
    assert not sanctions_in(text["students.university"])
    consequences = text.flat("breaches.consequences")
    assert consequences.startswith("What happens if you may have broken this policy depends on your relationship with us. If you are a member of our staff, we look into it under our Staff Disciplinary Procedure")
    assert "- if we engage you under a contract rather than employ you, we raise the concern with you under the terms of your contract, and we may end your engagement;" in consequences
    scope = text["introduction.scope"]
    assert "| A student on our social work programmes | Your studies with us and your placement agreement | Your personal tutor, or your practice educator while you are on placement | Our Professional Suitability Procedure applies" in scope
    assert "| A lecturer or practice educator we engage under contract rather than employ | Your contract with us |" in scope
    assert "except the Employee Assistance Programme and paid time off for appointments, which are for our staff." in text.flat("support.students")


# ------------------------------------------------------------------ foster carers


FOSTERING = {
    "england": {
        "review": "a serious or repeated concern can lead to a review of your approval. The review can go to the fostering panel for its recommendation. The agency decision maker then decides whether you remain approved, and on what terms;",
        "law": "Our fostering service works under the Fostering Services (England) Regulations 2011 and meets the National Minimum Standards for fostering services (2011). Ofsted inspects it.",
        "allegations": "We refer it to the local authority designated officer (LADO). A review of your approval follows.",
        "day_to_day": "follow the delegated authority recorded in the child's placement plan.",
        "limits": "in a way that the child's care plan or a court order does not allow.",
    },
    "scotland": {
        "review": "a serious or repeated concern can lead to a review of your approval. The review can go to the fostering panel for its recommendation. The agency decision maker then decides whether you remain approved, and on what terms;",
        "law": "Our fostering service works under the Looked After Children (Scotland) Regulations 2009 and meets the Health and Social Care Standards. The Care Inspectorate inspects it.",
        "allegations": "we follow the allegations procedure at once, under the Scottish Government's guidance, Managing allegations against foster carers and approved kinship carers. A review of your approval follows.",
        "day_to_day": "follow the child's plan and the Scottish Government's Decision Making Guidance for Foster Carers.",
        "limits": "in a way that the child's plan or a compulsory supervision order does not allow.",
    },
    "wales": {
        "review": "a serious or repeated concern can lead to a review of your approval. The review can go to the fostering panel for its recommendation. The agency decision maker then decides whether you remain approved, and on what terms;",
        "law": "Our fostering service works under the Local Authority Fostering Services (Wales) Regulations 2018 and the Fostering Panels (Establishment and Functions) (Wales) Regulations 2018. Care Inspectorate Wales inspects it.",
        "allegations": "We refer it to the local authority's designated officer for safeguarding within 24 hours, under section 5 of the Wales Safeguarding Procedures. A review of your approval follows.",
        "day_to_day": "follow what the child's social worker has agreed you may decide for them.",
        "limits": "in a way that the child's care plan or a court order does not allow.",
    },
    "northern_ireland": {
        "review": "a serious or repeated concern can lead to a review of your approval. We then decide whether you remain approved, and on what terms;",  # regs 3 and 4 (NI 1996): the Trust approves and reviews
        "law": "Our fostering service works under the Foster Placement (Children) Regulations (Northern Ireland) 1996.",
        "allegations": "we follow the allegations procedure at once, under the Regional Core Child Protection Policies and Procedures. A review of your approval follows.",
        "day_to_day": "follow what the child's social worker has agreed you may decide for them.",
        "limits": "in a way that the child's care plan or a court order does not allow.",
    },
}
# Another nation's fostering words that must never appear (issue 12 point 2's rule, for fostering).
FOREIGN = {
    "england": ("Scotland", "Wales", "Northern Ireland", "compulsory supervision order", "designated officer for safeguarding", "Care Inspectorate"),
    "scotland": ("England", "Wales", "Northern Ireland", "LADO", "court order", "Ofsted", "Staying Put", "placement plan"),
    "wales": ("England", "Scotland", "Northern Ireland", "LADO", "Ofsted", "compulsory supervision order", "Staying Put"),
    "northern_ireland": ("England", "Scotland", "Wales", "LADO", "Ofsted", "Care Inspectorate", "compulsory supervision order", "Staying Put"),
}
FOSTER_CLAUSES = ("fostering.agreement", "fostering.children", "fostering.birth-family", "fostering.after-care", "fostering.concerns", "support.carers", "learning.carers")


@pytest.mark.parametrize("nation", NATIONS)
def test_foster_carers_get_their_nations_fostering_route(policy, nation):
    facts = FOSTERING[nation]
    text = policy(nation=nation, scope=only(foster_carers=True), policies={"disciplinary": "Conduct Procedure"},
                  fostering={"out_of_hours": {"name": "the fostering out-of-hours line", "phone": "01632 960 999"}})
    agreement = text.flat("fostering.agreement")
    assert agreement.startswith("If you are a foster carer approved by the Council, you follow this policy as part of your foster care agreement with us.")
    assert 'You have a named supervising social worker, who supports you with it and is the person to ask wherever a clause sends you to a manager, such as "your manager" or "your line manager".' in agreement
    assert "Outside office hours, you can get advice and support from the fostering out-of-hours line on 01632 960 999." in agreement
    assert facts["law"] in agreement
    concerns = text.flat("fostering.concerns")
    assert concerns.startswith("Our Conduct Procedure is for employees, so it does not apply to you.")
    assert facts["review"] in concerns
    assert facts["allegations"] in concerns
    assert facts["day_to_day"] in text.flat("fostering.children")
    assert facts["limits"] in text.flat("fostering.birth-family")
    assert ("Staying Put" in text["fostering.after-care"]) == (nation == "england")
    assert ("Training, Support and Development Standards" in text["learning.carers"]) == (nation == "england")
    for clause_id in FOSTER_CLAUSES:
        body = text[clause_id]
        assert body, clause_id
        assert not sanctions_in(body), clause_id
        for word in FOREIGN[nation]:
            assert word not in body, (clause_id, word)
        # A foster carer has no manager: these clauses name the supervising social worker instead.
        assert not re.search(r"(?<!\")your (line )?manager", body), clause_id
    assert f"If you are a foster carer, see clause {text.numbers['fostering.concerns']}." in text.flat("breaches.consequences")
    assert "| A foster carer we approve | Your foster care agreement | Your supervising social worker |" in text["introduction.scope"]
    assert "for a foster carer, your supervising social worker;" in text.flat("introduction.definitions")


def test_foster_carers_answers_name_the_agreement_the_worker_and_the_decision_maker(policy):
    text = policy(scope=only(foster_carers=True), fostering={"agreement": "foster carer agreement", "supervising_worker": "fostering social worker", "decision_maker": "the Head of Fostering"})
    assert "as part of your foster carer agreement with us." in text.flat("fostering.agreement")
    assert "You have a named fostering social worker, who supports you with it" in text.flat("fostering.agreement")
    assert "The Head of Fostering then decides whether you remain approved" in text.flat("fostering.concerns")
    assert "| Fostering social workers | Make sure the foster carers they supervise know this policy." in text["roles.responsibilities"]
    assert "supervising social worker" not in text.text


def test_regional_emergency_service_only_for_a_northern_ireland_trusts_carers(policy):
    line = "you can also call the Regional Emergency Social Work Service on 028 9504 9999."
    assert line in policy(type="nhs_or_hsc_body", short_name="the Trust", nation="northern_ireland", scope=only(foster_carers=True)).flat("fostering.agreement")
    assert line not in policy(type="charity", nation="northern_ireland", scope=only(foster_carers=True)).flat("fostering.agreement")
    assert line not in policy(type="nhs_or_hsc_body", nation="england", scope=only(foster_carers=True)).flat("fostering.agreement")
    # Not said twice when the Trust's own out-of-hours answer is that service.
    own = policy(type="nhs_or_hsc_body", short_name="the Trust", nation="northern_ireland", scope=only(foster_carers=True),
                 fostering={"out_of_hours": {"name": "the Regional Emergency Social Work Service", "phone": "028 9504 9999"}})
    assert own.flat("fostering.agreement").count("Regional Emergency Social Work Service") == 1


def test_welsh_fostering_regulations_differ_for_councils_and_independent_services(policy):
    council = policy(nation="wales", scope=only(foster_carers=True)).flat("fostering.agreement")
    independent = policy(type="independent_provider", nation="wales", scope=only(foster_carers=True)).flat("fostering.agreement")
    assert "the Local Authority Fostering Services (Wales) Regulations 2018" in council and "Regulated Fostering Services" not in council
    assert "works under the Regulated Fostering Services (Service Providers and Responsible Individuals) (Wales) Regulations 2019 and the Fostering Panels" in independent
    assert "Local Authority Fostering Services" not in independent


def test_foster_carers_are_not_promised_staff_support(policy):
    text = policy(scope=only(foster_carers=True), abuse_support={"wellbeing_service": "the Employee Assistance Programme", "paid_time": True})
    support = text.flat("support.carers")
    assert "The Employee Assistance Programme is for our staff. Your supervising social worker will help you find other support." in support
    assert "paid time" not in support and "same support" not in support
    own = policy(scope=only(foster_carers=True), fostering={"carer_support": "the Carers' Support Line"}).flat("support.carers")
    assert "The Employee Assistance Programme is for our staff. You can use the Carers' Support Line instead." in own
    assert "Carers' Support Line" not in support


def test_foster_carers_section_and_its_pointers_go_when_no_foster_carers(policy):
    text = policy(scope=only(other_carers=True))
    assert not any(clause_id.startswith("fostering.") for clause_id in text.clauses)
    assert not re.search(r"^## \d+ Foster carers$", text.text, re.M)
    assert "supervising social worker" not in text.text
    assert "fostering panel" not in text.text


def test_birth_family_contact_is_for_carers_and_staff_with_same_day_telling(policy):
    steps = policy(scope=only(foster_carers=True), fostering={"out_of_hours": {"name": "the Emergency Duty Team", "phone": "0100 999"}}).flat("fostering.birth-family")
    assert "If you are a foster carer or a member of staff and you find this happening:" in steps
    assert "4. tell the child's social worker the same day. A foster carer also tells their supervising social worker, and staff tell the carer's supervising social worker. Outside office hours, foster carers contact the Emergency Duty Team on 0100 999, and staff contact the out-of-hours social work service (such as the emergency duty team) of the council for the area where the person lives;" in steps
    assert "If an order sets the contact and it needs to change, they ask for the order to be reviewed." in steps


# ------------------------------------------------------------------ other carers and volunteers


@pytest.mark.parametrize("nation", NATIONS)
def test_other_carers_get_their_agreement_their_worker_and_a_review(policy, nation):
    text = policy(nation=nation, scope=only(other_carers=True), fostering={"other_carers_agreement": "Shared Lives carer agreement", "other_carers_worker": "Shared Lives worker"})
    carers = text.flat("students.carers")
    assert "you follow this policy in your caring role, as part of your Shared Lives carer agreement." in carers
    assert "A serious or repeated concern may lead to a review of your approval or your agreement, under the procedure for your kind of care." in carers
    assert not sanctions_in(text["students.carers"])
    assert not re.search(r"(?<!\")your (line )?manager", text["students.carers"])
    assert "tell your Shared Lives worker as soon as you can." in text.flat("support.carers")
    assert f"If you are a carer we approve or support, see clause {text.numbers['students.carers']}." in text.flat("breaches.consequences")
    assert f"If you are a carer, start with clause {text.numbers['students.carers']}: it says which other clauses apply to you." in text.flat("introduction.scope")


def test_other_carers_beside_foster_carers_share_the_foster_carers_list(policy):
    both = policy(scope=only(foster_carers=True, other_carers=True))
    carers = both.flat("students.carers")
    assert f"The clauses that clause {both.numbers['fostering.agreement']} lists for foster carers apply to you in the same way." in carers
    section = both.numbers["fostering.agreement"].split(".")[0]
    assert f"If you are a carer, start with section {section} if you foster, or clause {both.numbers['students.carers']} if you do not:" in both.flat("introduction.scope")


@pytest.mark.parametrize("nation", NATIONS)
def test_volunteers_get_their_agreement_and_the_role_can_end(policy, nation):
    text = policy(nation=nation, scope=only(volunteers=True), policies={"disciplinary": "Conduct Procedure"})
    volunteers = text.flat("students.volunteers")
    assert "you follow this policy as part of your volunteer agreement, in the time you give us." in volunteers
    assert "Our Conduct Procedure is for employees, so it does not apply to you." in volunteers
    assert "If it is serious, or it happens again, we may end your volunteering role." in volunteers
    assert "except the Employee Assistance Programme and paid time off for appointments, which are for our employees." in volunteers
    assert not sanctions_in(text["students.volunteers"])
    assert "| A volunteer | Your volunteer agreement | The person who arranges your volunteering |" in text["introduction.scope"]
    assert policy(nation=nation, scope=only())["students.volunteers"] == ""


# ------------------------------------------------------------------ training for each audience (point 6)


def test_training_table_has_a_row_per_audience_in_scope(policy):
    everyone = policy(scope={**NOBODY_ELSE, "agency_staff": True, "students": True, "volunteers": True, "foster_carers": True},
                      training={"refresher_months": 24, "recorded_in": "the learning hub"})
    training = everyone["learning.training"]
    assert training.startswith("Everyone this policy covers, except carers, does social media training.")
    assert "| Staff and agency workers | During your induction | Every two years | In the learning hub |" in training
    assert "| Students on placement with us | During your placement induction | At the start of each placement with us | In the learning hub, and your practice educator tells your university |" in training
    assert "| Volunteers | Before you start working with people who use our services | Every two years | In the learning hub |" in training
    assert "Volunteers do it in the time they give us, at no cost to them." in everyone.flat("learning.training")
    assert f"Carers have their own training, described in clause {everyone.numbers['learning.carers']}." in everyone.flat("learning.training")
    staff = policy(scope=only(), training={"refresher_months": None})["learning.training"]
    assert "| Who |" not in staff and "carers" not in staff and "Volunteers" not in staff
    assert "There is no set refresher" in staff


def test_training_without_induction_says_who_books_it(policy):
    text = policy(scope=only(students=True, volunteers=True), training={"induction": False, "refresher_months": 12})["learning.training"]
    assert "| Staff | When you start: your manager books you on it | Every year |" in text
    assert "| Students on placement with us | When your placement starts: your practice educator books you on it |" in text


@pytest.mark.parametrize(
    ("training", "first", "refresh"),
    [
        ({"carers_timing": "preparation", "carers_refresher_months": 12}, "before you are approved, as part of your preparation training.", "every year, and sooner"),
        ({"carers_timing": "after_approval", "carers_within_months": 3, "carers_refresher_months": 24}, "within three months of your approval.", "every two years, and sooner"),
        ({"carers_timing": "after_approval", "carers_refresher_months": None}, "within six months of your approval.", "there is no set refresher, so ask your supervising social worker for more training when you need it."),
    ],
)
def test_carers_training_has_its_own_timing_and_refresher(policy, training, first, refresh):
    text = policy(scope=only(foster_carers=True), training={"carers": True, "refresher_months": 36, **training}).flat("learning.carers")
    assert f"**When you first do it:** {first}" in text
    assert f"**How often you refresh it:** {refresh}" in text
    assert "three years" not in text  # the staff refresher is not the carers'
    assert "**Where we record it:** your supervising social worker records it in your carer record, and it is looked at in each review of your approval." in text


def test_no_carer_training_is_said_plainly(policy):
    text = policy(scope=only(foster_carers=True), training={"carers": False})
    assert text["learning.carers"] == ""
    assert "We do not run social media training for carers at present." in text.flat("learning.training")


# ------------------------------------------------------------------ universities (issue 12 point 4)


@pytest.mark.parametrize(
    ("nation", "duty"),
    [
        ("england", "As a university registered with the Office for Students, we have duties under the Higher Education (Freedom of Speech) Act 2023. We must take the steps we reasonably can to secure freedom of speech within the law for our staff, students, members and visiting speakers. For our academic staff, that includes academic freedom."),
        ("scotland", "Section 26 of the Further and Higher Education (Scotland) Act 2005 gives the University a duty to aim to uphold the academic freedom of everyone who teaches or researches here."),
        ("wales", None),
        ("northern_ireland", None),
    ],
)
def test_academic_freedom_by_nation(policy, nation, duty):
    text = policy(type="university", short_name="the University", nation=nation).flat("university.academic-freedom")
    assert text.startswith("Academic freedom matters to us.")
    assert "We never treat a lawful view as a breach of this policy because it is controversial or unpopular." in text
    if duty:
        assert duty in text
    else:
        assert "Act" not in text
    assert "Act 2023" not in text or nation == "england"


def test_university_clauses_only_for_universities_and_their_answers(policy):
    for org_type in PROVIDERS:
        text = policy(type=org_type)
        assert not any(clause_id.startswith("university.") for clause_id in text.clauses)
        assert "Academic freedom" not in text.text
    text = policy(type="university", short_name="the University", online_checks={"permitted": False},
                  higher_education={"research_ethics": "the Faculty Ethics Panel", "free_speech_code": "Freedom of Speech Code", "experts_by_experience": "our lived experience partners"})
    research = text.flat("university.research")
    assert research.startswith("Research that uses social media needs approval from the Faculty Ethics Panel before it starts.")
    assert f"about looking at people's social media (clause {text.numbers['practice.viewing-not-permitted']}) are about practice and placements. They do not forbid approved research." in research
    assert "Our Freedom of Speech Code says how we protect freedom of speech." in text.flat("university.academic-freedom")
    assert text.flat("university.experts").startswith("Our lived experience partners are our colleagues.")
    assert "- **our lived experience partners** means people with lived experience" in text["introduction.definitions"]
    viewing = policy(type="university", short_name="the University", online_checks={"permitted": True})
    assert f"(clause {viewing.numbers['practice.viewing']})" in viewing["university.research"]
    assert "says how we protect freedom of speech" not in policy(type="university", short_name="the University")["university.academic-freedom"]


@pytest.mark.parametrize("org_type", ("university",) + PROVIDERS)
def test_care_experienced_people_never_have_to_disclose_their_history(policy, org_type):
    former = policy(type=org_type).flat("boundaries.former")
    assert "It never limits contact with your own family, your own former carers or people you grew up with." in former
    assert "If you are care-experienced, or have used social work services yourself, you never have to tell us about your history to keep that contact." in former
    assert "You need only say that you know the person, not how." in former


def test_init_update_adds_the_new_questions_to_an_older_answers_file(tmp_path):
    """A file written before the fostering, higher_education and carers' training questions gets them, with their defaults."""
    from click.testing import CliRunner

    from generator.answers import load_answers
    from generator.cli import cli

    path = tmp_path / "policy.yaml"
    path.write_text(
        "policygen: 2\n"
        "organisation:\n  name: Harbour Fostering\n  short_name: Harbour\n  type: independent_provider\n  nation: england\n"
        "scope:\n  foster_carers: true\n  students: false\n"
        "training:\n  induction: true\n  refresher_months: 24\n  delivery: blended\n  carers: true\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["init", "--update", "--defaults", str(path)])
    assert result.exit_code == 0, result.output
    text = path.read_text(encoding="utf-8")
    for line in ("  agreement: foster care agreement", "  supervising_worker: supervising social worker", "  carers_refresher_months: 12",
                 "  carers_timing: after_approval", "  recorded_in: each person's training record", "  # other_carers_agreement: carer agreement"):
        assert line in text.splitlines(), line
    assert "# What is your written agreement with each foster carer called?" in text
    saved = load_answers(path)
    assert saved.fostering.out_of_hours.name == "our out-of-hours support line" and saved.training.carers_within_months == 6


# ------------------------------------------------------------------ every reader of a shared clause


def test_agency_workers_train_in_working_time_like_staff(policy):
    with_agency = policy(scope=only(agency_staff=True, students=True)).flat("learning.training")
    assert "Staff and agency workers do it in working time, and students as part of their placement." in with_agency
    without = policy(scope=only(students=True)).flat("learning.training")
    assert "Staff do it in working time, and students as part of their placement." in without
    assert "agency" not in without


def test_a_northern_ireland_trust_passes_a_watching_concern_to_the_police_not_to_itself(policy):
    trust = policy(type="nhs_or_hsc_body", nation="northern_ireland").flat("practice.nothing-covert")
    assert trust.endswith("They pass it on to the police, and to the Health and Social Care Trust for the area where the person lives if that is another Trust.")
    english_trust = policy(type="nhs_or_hsc_body", nation="england").flat("practice.nothing-covert")
    assert english_trust.endswith("They pass it on to the local authority for the area where the person lives or the police.")
    ni_charity = policy(type="charity", nation="northern_ireland").flat("practice.nothing-covert")
    assert ni_charity.endswith("They pass it on to the Health and Social Care Trust for the area where the person lives or the police.")


@pytest.mark.parametrize("nation", NATIONS)
def test_only_a_registered_reader_is_told_they_may_answer_to_the_regulator(policy, nation):
    # Students in England, most volunteers and agency support staff are not registered.
    images = policy(nation=nation, scope=only(agency_staff=True, students=True, volunteers=True)).flat("confidentiality.images")
    assert f"If you are registered with {REGULATOR[nation]}, you may also have to answer for it there." in images
    assert "misconduct" not in images


@pytest.mark.parametrize("nation", NATIONS)
def test_the_right_to_be_accompanied_is_its_own_paragraph_before_the_other_groups_routes(policy, nation):
    consequences = policy(nation=nation, scope=only(agency_staff=True), policies={"disciplinary": "Disciplinary Procedure"})["breaches.consequences"]
    ending = "trained for the role." if nation == "northern_ireland" else "and who can go with you."
    assert f"{ending}\n\nThe Disciplinary Procedure applies only to employees." in consequences


def test_the_quick_guide_tells_someone_who_is_not_our_employee_who_their_manager_is(library):
    sentence = "If you are not our employee, read the manager this guide names as the person clause 1.2 of the full policy names for you to ask for advice"
    with_students = " ".join(policy_markdown(library, edition="quick", scope=only(students=True)).split())
    assert f"{sentence}, such as your practice educator if you are a student on placement." in with_students
    with_volunteers = " ".join(policy_markdown(library, edition="quick", scope=only(volunteers=True)).split())
    assert f"{sentence}." in with_volunteers
    assert "not our employee" not in policy_markdown(library, edition="quick", scope=only())
    # A guide that names no manager needs no reading of one.
    named = policy_markdown(library, edition="quick", scope=only(students=True), contacts={"concerns": {"name": "the Practice Lead"}}, abuse_support={"report_to": "the Practice Lead"})
    assert "not our employee" not in named
