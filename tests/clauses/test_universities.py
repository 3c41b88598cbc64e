"""A university in each nation: freedom of information, the equality duty, freedom of speech law
and surveillance, each as far as the project has verified it.

Facts behind these tests (the sources are in clauses/data/nations.yaml, duties.yaml and the
comments in generator/answers/facts.py):
- a university funded by the state is a public authority under the Freedom of Information Act
  2000 (Schedule 1, Part IV) or, in Scotland, the Freedom of Information (Scotland) Act 2002
  (Schedule 1, Part 5); a private one may not be, so the university answers for itself;
- the Higher Education (Freedom of Speech) Act 2023 puts its duty on providers on the Office for
  Students' register of English higher education providers: never a Welsh, Scottish or Northern
  Irish university, although the Act extends to Wales;
- whether universities can authorise surveillance (RIPA Schedule 1), whether Northern Ireland's
  universities are designated for section 75, and whether Scottish universities are named under
  the Public Records (Scotland) Act 2011 are not confirmed: the policy claims none of them.
The expected sentences are written out here, not read from the data, so a wrong fact fails.
"""

from __future__ import annotations

import pytest

from generator.answers.facts import derive
from helpers import build_policy, gaps

NATIONS = ("england", "scotland", "wales", "northern_ireland")
FOI = {
    "england": "the Freedom of Information Act 2000",
    "wales": "the Freedom of Information Act 2000",
    "northern_ireland": "the Freedom of Information Act 2000",
    "scotland": "the Freedom of Information (Scotland) Act 2002",
}
RECORDS = {
    "england": "the records management code of practice under section 46 of that Act",
    "wales": "the records management code of practice under section 46 of that Act",
    "northern_ireland": "the records management code of practice under section 46 of that Act",
    "scotland": "the code of practice on records management under section 61 of that Act",
}
EQUALITY = {
    "england": "To meet the public sector equality duty, we assess the effect of this policy on equality before it is approved and at each review, through an equality impact assessment.",
    "wales": "To meet the public sector equality duty, we assess the effect of this policy on equality before it is approved and at each review, through an equality impact assessment.",
    "scotland": "To meet the public sector equality duty, we assess the effect of this policy on equality before it is approved and at each review, through an equality impact assessment.",
    "northern_ireland": None,  # section 75 designation of universities is not confirmed
}
FAIRNESS = "At each review, we also check that the policy treats everyone fairly and puts no group of staff or people who use our services at a disadvantage."
HEFSA = (
    "As a university registered with the Office for Students, we have duties under the Higher Education (Freedom of Speech) Act 2023. "
    "We must take the steps we reasonably can to secure freedom of speech within the law for our staff, students, members and visiting speakers. "
    "For our academic staff, that includes academic freedom."
)
DEVICES = {"issued": "both"}
ACCOUNTS = {"exist": True, "approver": "the Marketing Team"}


@pytest.fixture(scope="module")
def university(library):
    """university(nation, public=True, **groups) -> the university's policy, read clause by clause."""

    def build(nation: str, public: bool = True, higher_education: dict | None = None, **groups):
        he = {"public_authority": public, **(higher_education or {})}
        return build_policy(library, type="university", nation=nation, short_name="the University", higher_education=he, devices=DEVICES, official_accounts=ACCOUNTS, **groups)

    return build


@pytest.mark.parametrize("nation", NATIONS)
def test_a_public_university_holds_work_information_under_its_nations_information_law(university, nation):
    policy = university(nation)
    assert f"Posts and messages on our official accounts, including private messages, are information we hold under {FOI[nation]}." in policy.flat("official.checks")
    assert f"The records plan keeps them so that they can be found when someone asks for them, in line with {RECORDS[nation]}." in policy.flat("official.checks")
    assert f"Work information on your own device is still information we hold under {FOI[nation]}." in policy.flat("personal-use.own-devices")
    assert "the Freedom of Information Policy" in policy.flat("governance.related")
    # Universities are not confirmed as named authorities under the Scottish records Act.
    assert "Public Records (Scotland) Act" not in policy.text


@pytest.mark.parametrize("nation", NATIONS)
def test_a_private_university_claims_no_freedom_of_information_duty(university, nation):
    policy = university(nation, public=False)
    assert "information we hold" not in policy.text
    assert "Freedom of Information" not in policy.text
    assert "records management code" not in policy.text


@pytest.mark.parametrize("nation", NATIONS)
def test_a_universitys_usual_lawful_basis_for_monitoring_follows_its_answer(university, nation):
    monitoring = {"in_place": True}
    public = university(nation, monitoring=monitoring).flat("personal-use.monitoring")
    assert "Our lawful basis under the UK GDPR is public task:" in public
    private = university(nation, public=False, monitoring=monitoring).flat("personal-use.monitoring")
    assert "Our lawful basis under the UK GDPR is legitimate interests:" in private
    assert "public task" not in private


@pytest.mark.parametrize("nation", NATIONS)
def test_a_public_university_meets_the_equality_duty_only_where_it_is_confirmed(university, nation):
    review = university(nation).flat("governance.review")
    if EQUALITY[nation]:
        assert EQUALITY[nation] in review
    else:
        assert FAIRNESS in review
        assert "section 75" not in review and "equality duty" not in review
    private = university(nation, public=False).flat("governance.review")
    assert FAIRNESS in private and "equality duty" not in private


def test_an_approved_policy_is_warned_about_its_equality_assessment_only_under_a_duty():
    approved = {"status": "approved", "approved_on": "2026-09-14", "approval_minute": "Minute 12"}
    missing = "document.equality_assessment_on: the policy is approved, but its equality impact assessment is not recorded; give its date and what it found"
    assert missing in gaps(type="university", short_name="the University", document=approved)
    assert missing not in gaps(type="university", short_name="the University", document=approved, higher_education={"public_authority": False})
    ni = gaps(type="university", nation="northern_ireland", short_name="the University", document=approved)
    assert not any(gap.startswith("document.equality_assessment_on") for gap in ni)
    trust = gaps(type="nhs_or_hsc_body", nation="northern_ireland", short_name="the Trust", document=approved)
    assert "document.equality_assessment_on: the policy is approved, but its section 75 screening is not recorded; give its date and what it found" in trust


def test_an_english_university_names_the_freedom_of_speech_duty_only_when_registered(university):
    assert university("england").flat("university.academic-freedom").startswith(f"Academic freedom matters to us. {HEFSA} This policy does not limit")
    unregistered = university("england", higher_education={"ofs_registered": False})
    assert unregistered.flat("university.academic-freedom").startswith("Academic freedom matters to us. This policy does not limit")
    assert "Freedom of Speech) Act" not in unregistered.text and "Office for Students" not in unregistered.text


@pytest.mark.parametrize("nation", ("scotland", "wales", "northern_ireland"))
def test_no_university_outside_england_is_given_the_english_freedom_of_speech_duty(university, nation):
    # The Act extends to Wales, but its duties fall on the register of English providers.
    policy = university(nation, higher_education={"ofs_registered": True})
    assert "Higher Education (Freedom of Speech) Act" not in policy.text
    assert "Office for Students" not in policy.text
    if nation == "scotland":
        assert "Section 26 of the Further and Higher Education (Scotland) Act 2005 gives the University a duty to aim to uphold the academic freedom" in policy.flat("university.academic-freedom")
        # The section's duty is on the bodies the Scottish Funding Council funds.
        private = university(nation, public=False).flat("university.academic-freedom")
        assert private.startswith("Academic freedom matters to us. This policy does not limit") and "Act" not in private
    else:
        assert policy.flat("university.academic-freedom").startswith("Academic freedom matters to us. This policy does not limit")


@pytest.mark.parametrize("nation", NATIONS)
@pytest.mark.parametrize("permitted", (True, False))
def test_being_a_public_authority_gives_a_university_no_power_to_authorise_surveillance(university, nation, permitted):
    checks = {"permitted": permitted}
    public, private = university(nation, online_checks=checks), university(nation, public=False, online_checks=checks)
    for clause_id in ("practice.viewing", "practice.repeated-viewing", "practice.viewing-not-permitted", "practice.nothing-covert"):
        assert public[clause_id] == private[clause_id]
    assert "magistrate" not in public.text and "district judge" not in public.text
    if permitted:
        assert "This policy gives no one at the University a way to authorise surveillance." in public.flat("practice.nothing-covert")


def test_northern_irelands_equality_law_is_its_orders_and_section_75_is_a_duty(library):
    policy = build_policy(library, type="charity", nation="northern_ireland", short_name="Harbour Trust")
    law = policy.flat("introduction.law")
    assert (
        "Northern Ireland's equality law (such as the Fair Employment and Treatment (Northern Ireland) Order 1998 and the Race Relations (Northern Ireland) Order 1997) "
        "applies online as well as offline, including its rules against discrimination, harassment and victimisation;"
    ) in law
    assert "section 75" not in policy.text  # a charity is not a designated public authority
    trust = build_policy(library, type="nhs_or_hsc_body", nation="northern_ireland", short_name="the Trust")
    assert "To meet the equality duty in section 75 of the Northern Ireland Act 1998, we assess" in trust.flat("governance.review")


@pytest.mark.parametrize(
    ("kind", "nation", "higher_education", "public_body", "equality_duty"),
    [
        ("local_authority", "england", {}, True, True),
        ("nhs_or_hsc_body", "northern_ireland", {}, True, True),
        ("charity", "scotland", {}, False, False),
        ("university", "england", {}, True, True),  # the answer's default
        ("university", "scotland", {"public_authority": True}, True, True),
        ("university", "wales", {"public_authority": False}, False, False),
        ("university", "northern_ireland", {"public_authority": True}, True, False),
    ],
)
def test_public_body_and_equality_duty_facts(kind, nation, higher_education, public_body, equality_duty):
    facts = derive({"organisation": {"type": kind, "nation": nation}, "higher_education": higher_education})
    assert (facts["public_body"], facts["equality_duty"]) == (public_body, equality_duty)
    assert facts["monitoring_basis"] == ("public_task" if public_body else "legitimate_interests")


@pytest.mark.parametrize(
    ("kind", "higher_education", "warned"),
    [("local_authority", {}, True), ("university", {}, True), ("university", {"public_authority": False}, False), ("charity", {}, False)],
)
def test_a_public_body_is_warned_when_it_claims_legitimate_interests_for_monitoring(kind, higher_education, warned):
    # DOMAIN.md: public authorities rely on public task for their own functions (UK GDPR Article 6(1)).
    warning = (
        "monitoring.lawful_basis: a public body can rely on legitimate interests only for processing outside its public tasks (UK GDPR Article 6(1)); "
        "give public_task, or confirm with your data protection officer that this monitoring falls outside your tasks"
    )
    monitoring = {"in_place": True, "dpia_completed_on": "2026-06-30", "lawful_basis": "legitimate_interests"}
    assert (warning in gaps(type=kind, short_name="Example", higher_education=higher_education, monitoring=monitoring)) is warned
    assert warning not in gaps(type=kind, short_name="Example", higher_education=higher_education, monitoring={**monitoring, "lawful_basis": "public_task"})
