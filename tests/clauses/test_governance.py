"""Where things are (issue 11 point 5), official accounts and records (point 7), and document
control, related policies and unsupported claims (point 9). Each answer tried both ways."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from generator.cli import cli
from generator.errors import PolicyError
from helpers import clause, flat, gaps, policy
from helpers import number_of as number

APPROVED = {"status": "approved", "approved_on": "2026-10-01"}
NO_MONITORING = {"in_place": False}
DETAILS = "Document details"
RELATED = "Related policies"
SAFETY = "Helping people stay safe online"


def sections(text: str) -> list[str]:
    return re.findall(r"^## \d+ (.+)$", text, re.M)


# ------------------------------------------------------------------ document control


def test_document_control_records_the_equality_assessment_consultation_and_approval_evidence():
    document = dict(
        APPROVED,
        approval_minute="CLT minute 2026/114",
        equality_assessment_on="2026-08-20",
        equality_assessment_outcome="No adverse effect on any group found.",
        consultation=[{"who": "the recognised trade unions", "date": "2026-07-31"}, {"who": "the Practice Board", "date": "2026-09-02"}],
    )
    text = clause(policy(document=document, monitoring=NO_MONITORING), DETAILS)
    assert "| Record of approval | CLT minute 2026/114 |" in text
    assert "| Equality impact assessment | Completed on 20 August 2026. No adverse effect on any group found. |" in text
    assert "| Consultation | The recognised trade unions, 31 July 2026; The Practice Board, 2 September 2026 |" in text


def test_northern_ireland_records_section_75_screening():
    document = dict(APPROVED, equality_assessment_on="2026-08-20", equality_assessment_outcome="Screened out: no full assessment needed.")
    text = clause(policy(nation="northern_ireland", type="nhs_or_hsc_body", short_name="the Trust", document=document, monitoring=NO_MONITORING), DETAILS)
    assert "| Section 75 screening | Completed on 20 August 2026. Screened out: no full assessment needed. |" in text
    assert "Equality impact assessment" not in text


def test_unrecorded_items_have_no_rows():
    text = clause(policy(), DETAILS)
    for label in ("Record of approval", "Equality impact assessment", "Consultation"):
        assert label not in text


def test_an_assessment_date_needs_its_outcome_and_consultation_comes_before_approval():
    with pytest.raises(PolicyError) as caught:
        policy(document={"equality_assessment_on": "2026-08-20"})
    assert str(caught.value) == "answers.yaml:1: document.equality_assessment_outcome: the equality assessment has a date, so say what it found, in a sentence"
    with pytest.raises(PolicyError) as caught:
        policy(document=dict(APPROVED, consultation=[{"who": "the unions", "date": "2026-11-01"}]), monitoring=NO_MONITORING)
    assert str(caught.value) == "answers.yaml:1: document.consultation: the unions were consulted on 2026-11-01, after the approval (2026-10-01); consultation comes first"


def test_an_approved_public_body_is_warned_about_missing_records_and_a_draft_is_not():
    approved = gaps(document=APPROVED, monitoring=NO_MONITORING)
    assert "document.approval_minute: the policy is approved, but nothing records the approval; give the minute or decision reference" in approved
    assert "document.equality_assessment_on: the policy is approved, but its equality impact assessment is not recorded; give its date and what it found" in approved
    ni = gaps(nation="northern_ireland", type="nhs_or_hsc_body", document=APPROVED, monitoring=NO_MONITORING)
    assert "document.equality_assessment_on: the policy is approved, but its section 75 screening is not recorded; give its date and what it found" in ni
    charity = gaps(type="charity", document=APPROVED, monitoring=NO_MONITORING)
    assert not any(g.startswith("document.equality") for g in charity)
    assert not any(g.startswith("document.") for g in gaps())


def test_the_published_body_carries_no_hashes_or_tool_versions():
    from generator import __version__
    from helpers import bundled_library as library

    text = policy().split("\n---\n", 1)[1]
    assert "Produced with" not in text and "SHA-256" not in text and "fingerprint" not in text
    assert f"policygen {__version__}" not in text and library().version not in text


def test_document_control_moves_to_the_front_when_asked():
    end = policy()
    front = policy(document={"control_at_front": True})
    assert sections(end)[-2:] == ["Document control", "How this policy reflects the BASW policy on social media"]
    assert sections(front)[0] == "Document control"
    assert sections(front)[1:] == [s for s in sections(end) if s != "Document control"]
    assert "### 1.1 Document details" in front and "### 2.1 Why we have this policy" in front
    # Cross-references follow the new numbers.
    assert f"report it as a data breach under clause {number(front, 'Data breaches')}." in clause(front, "If you make a mistake")


# ------------------------------------------------------------------ related policies and where they are


def test_related_policies_default_by_kind_of_employer():
    council = clause(policy(), RELATED)
    for name in ("Code of Conduct", "Safeguarding Procedures", "Data Protection Policy", "Information Security Policy", "Acceptable Use Policy", "Records Management Policy",
                 "Bullying and Harassment Policy", "Lone Working Policy", "Media Relations Policy", "Freedom of Information Policy", "Whistleblowing Policy"):
        assert f"- the {name}" in council, name
    charity = clause(policy(type="charity", short_name="Harbour Trust"), RELATED)
    assert "Freedom of Information Policy" not in charity and "- the Lone Working Policy;" in charity
    named = clause(policy(monitoring={"monitoring_policy": "IT Security Standard"}), RELATED)
    assert "- the Information Security Policy;\n- the IT Security Standard;" in named and "Acceptable Use Policy" not in named


def test_related_policies_follow_who_is_in_scope():
    everyone = flat(clause(policy(scope={"agency_staff": True, "students": True, "foster_carers": True, "other_carers": True, "volunteers": True}, policies={"grievance": "Resolution Policy", "disciplinary": "Conduct Procedure"}), RELATED))
    assert "If you are our employee, the Resolution Policy and the Conduct Procedure also apply to you." in everyone
    assert "If you are a foster carer, read it with your foster care agreement." in everyone
    assert "If you are another carer we approve or support, read it with your carer's agreement." in everyone
    assert "If you are a student on placement, read it with your placement agreement." in everyone
    assert "If you work for us through an agency, your agency's terms apply to you as well." in everyone
    assert "If you volunteer with us, read it with your volunteer agreement." in everyone
    staff = flat(clause(policy(scope={"agency_staff": False, "students": False, "foster_carers": False, "other_carers": False, "volunteers": False}), RELATED))
    assert "The Grievance Procedure and the Disciplinary Policy also apply to you." in staff
    for other in ("carer", "student", "agency", "volunteer", "If you are our employee"):
        assert other not in staff
    university = flat(clause(policy(type="university", short_name="the University", scope={"students": True}), RELATED))
    assert "If you are a student on one of our programmes, read it with your placement agreement and our student conduct and fitness to practise procedures." in university


def test_an_answered_list_replaces_the_usual_one():
    text = clause(policy(policies={"related": ["Dignity at Work Policy"]}), RELATED)
    assert "- the Dignity at Work Policy;\n- the Whistleblowing Policy, for concerns about wrongdoing.\n" in text
    assert "Lone Working Policy" not in text


@pytest.mark.parametrize(
    ("answers", "sentence"),
    [
        ({"location": "on the intranet, under HR policies", "location_url": "http://intranet/hr"},
         "You can find this policy and the policies it names on the intranet, under HR policies, at [our policies page](http://intranet/hr). If you cannot get to them there, ask the Principal Social Worker for a copy."),
        ({"location": "in the policy library on the staff intranet"},
         "You can find this policy and the policies it names in the policy library on the staff intranet. If you cannot get to them there, ask the Principal Social Worker for a copy."),
        ({"location_url": "https://policies.example.gov.uk/"},
         "You can find this policy and the policies it names on [our policies page](https://policies.example.gov.uk/). If you cannot get to it, ask the Principal Social Worker for a copy."),
        ({}, "Ask the Principal Social Worker for a copy of this policy or of any policy it names."),
    ],
)
def test_where_staff_find_this_policy(answers, sentence):
    text = flat(clause(policy(policies=answers), RELATED))
    assert sentence in text
    assert ("You can find this policy" in text) == bool(answers)


def test_code_of_practice_and_strategy():
    default = flat(clause(policy(), "Why we have this policy"))
    assert "This policy is also our code of practice on social media: the standard of conduct online that we expect of you." in default
    assert "puts into practice" not in default
    separate = flat(clause(policy(policies={"code_of_practice": "Social Media Code of Practice", "strategy": "Digital Strategy 2026 to 2029"}), "Why we have this policy"))
    assert "Our Social Media Code of Practice gives practical guidance on following it. It puts into practice our Digital Strategy 2026 to 2029, which sets out how the Council uses social media." in separate
    assert "This policy is also our code of practice" not in separate


# ------------------------------------------------------------------ claims the answers must support


def test_no_welsh_version_claim_unless_one_exists():
    assert "available in Welsh" not in policy(nation="wales", welsh_language={"standards_apply": True})
    assert "This policy is available in Welsh and English." in policy(nation="wales", welsh_language={"welsh_version": True})
    assert "available in Welsh" not in policy(nation="england")


def test_employee_only_support_says_whom_it_is_for():
    mixed = clause(policy(scope={"foster_carers": True}), "What we will do")
    assert "- if you are our employee, offer you the Employee Assistance Programme, which you can use in confidence;" in mixed
    assert "- if you are our employee, give you paid time to attend appointments" in mixed
    assert "- if you are not, agree with you how to fit those appointments around your role." in mixed
    staff = clause(policy(scope={"agency_staff": False, "students": False}), "What we will do")
    assert "- offer you the Employee Assistance Programme" in staff and "if you are our employee" not in staff


# ------------------------------------------------------------------ safety advice and coverage


def test_safety_advice_says_where_it_is():
    both = flat(clause(policy(safety_advice={"publish_advice": True, "advice_url": "https://example.gov.uk/safe", "available": "as a leaflet at every family centre"}), SAFETY))
    assert "The Council publishes [internet safety advice](https://example.gov.uk/safe) for people who use our services. It is also available as a leaflet at every family centre." in both
    leaflet = flat(clause(policy(safety_advice={"publish_advice": True, "available": "as a leaflet at every family centre"}), SAFETY))
    assert "The Council publishes internet safety advice for people who use our services. It is also available as a leaflet at every family centre." in leaflet
    nowhere = flat(clause(policy(safety_advice={"publish_advice": True}), SAFETY))
    assert "Ask the Principal Social Worker where to find it." in nowhere


def test_national_resources_are_named_whatever_the_answers():
    for advice in ({"publish_advice": True, "advice_url": "https://example.gov.uk/safe"}, {"publish_advice": False}):
        text = clause(policy(safety_advice=advice), SAFETY)
        assert "- [Thinkuknow](https://www.thinkuknow.co.uk/), the National Crime Agency's online child safety education site;" in text
        assert "- [The UK Safer Internet Centre](https://saferinternet.org.uk/), a partnership of the Internet Watch Foundation, SWGfL and Childnet;" in text
        assert "- The NSPCC, including its Share Aware advice;" in text
        assert "the Professionals Online Safety Helpline" in text


def coverage_run(tmp_path, safety: str, *extra: str):
    path = tmp_path / "policy.yaml"
    path.write_text("organisation: {name: Harbour Trust, short_name: Harbour Trust, type: charity, nation: scotland}\n" + safety, encoding="utf-8")
    return CliRunner().invoke(cli, ["coverage", str(path), *extra])


def test_advice_with_no_place_is_partly_covered_and_strict_fails(tmp_path):
    result = coverage_run(tmp_path, "safety_advice: {publish_advice: true}\n")
    assert result.exit_code == 0
    line = next(line for line in result.stdout.splitlines() if line.startswith(" 16 "))
    assert re.match(r" 16  \d+\.\d+ \(partly\) +Help people who use services", line)
    assert "is partly covered: say where the advice is" in result.stdout
    assert result.stdout.splitlines()[-1] == "22 of 23 recommendations covered, 1 partly."
    strict = coverage_run(tmp_path, "safety_advice: {publish_advice: true}\n", "--strict")
    assert strict.exit_code == 1
    assert strict.stderr == "--strict: recommendations only partly covered: 16 (say where the advice is)\n"


@pytest.mark.parametrize("safety", ["safety_advice: {publish_advice: true, advice_url: 'https://harbour.example/safe'}\n", "safety_advice: {publish_advice: true, available: at every office}\n", "safety_advice: {publish_advice: false}\n"])
def test_advice_with_a_place_or_national_advice_only_is_covered(tmp_path, safety):
    result = coverage_run(tmp_path, safety, "--strict")
    assert result.exit_code == 0, result.output
    assert "partly" not in result.stdout
    assert result.stdout.splitlines()[-1] == "23 of 23 recommendations covered."


def test_the_appendix_marks_a_partly_covered_recommendation():
    table = clause(policy(safety_advice={"publish_advice": True}), "The recommendations and our clauses")
    row = next(line for line in table.splitlines() if line.startswith("| 16 |"))
    assert row.endswith(" (in part) |")
    full = clause(policy(safety_advice={"publish_advice": True, "advice_url": "https://example.gov.uk/safe"}), "The recommendations and our clauses")
    assert "(in part)" not in full


def test_a_partly_rule_must_name_one_of_the_clauses_own_recommendations(tmp_path):
    import shutil

    from generator.library import load_library
    from helpers import bundled_library as library

    root = tmp_path / "clauses"
    shutil.copytree(library().root, root)
    target = root / "practice" / "safety-advice.md"
    target.write_text(target.read_text(encoding="utf-8").replace("    - basw: 16\n", "    - basw: 15\n"), encoding="utf-8")
    with pytest.raises(PolicyError) as caught:
        load_library(root)
    assert "partly names recommendation 15, which is not in this clause's basw list" in str(caught.value)


# ------------------------------------------------------------------ official accounts and records


def test_register_records_the_fields_and_lists_the_answered_accounts():
    accounts = [
        {"platform": "Facebook", "name": "Northshire Fostering", "purpose": "recruiting foster carers", "owner": "Fostering Service Manager", "approved_by": "the Corporate Communications Team", "approved_on": "2025-04-01"},
        {"platform": "LinkedIn", "name": "Northshire Social Work", "owner": "Principal Social Worker", "approved_by": "the Corporate Communications Team", "approved_on": "2024-09-15"},
    ]
    text = clause(policy(official_accounts={"accounts": accounts}), "The register of official accounts")
    for field in ("the platform, the account's name and its purpose;", "its owner, named by role;", "who approved it, and when;", "its administrators, at least two of them named"):
        assert field in text
    assert "| Platform | Account | Owner | Approved by | Approved on |" in text
    assert "| Facebook | Northshire Fostering: recruiting foster carers | Fostering Service Manager | the Corporate Communications Team | 1 April 2025 |" in text
    assert "| LinkedIn | Northshire Social Work | Principal Social Worker | the Corporate Communications Team | 15 September 2024 |" in text
    assert "the register is the current list" in text
    assert "| Platform |" not in clause(policy(), "The register of official accounts")


def test_accounts_cannot_be_listed_when_there_are_none():
    with pytest.raises(PolicyError) as caught:
        policy(official_accounts={"exist": False, "accounts": [{"platform": "X", "name": "Y", "owner": "Z", "approved_by": "W", "approved_on": "2025-01-01"}]})
    assert "official_accounts.accounts: 'exist' is false, so there are no official accounts to list" in str(caught.value)


def test_accounts_are_run_through_business_tools_with_two_administrators_and_never_for_personal_posts():
    text = policy()
    approval = flat(clause(text, "Setting up an official account"))
    assert "Run it through the platform's business or organisation tools, which let each person sign in as themselves. It must have at least two named administrators" in approval
    assert "never post personal content or personal views from an official account" in clause(text, "Running an official account")


def test_the_standard_checks_are_always_listed():
    checks = flat(clause(policy(official_accounts={"pre_launch_checks": []}), "Checks before an account goes live"))
    for check in ("a data protection impact assessment screening", "an information security review", "a records and retention plan", "an accessibility check", "a safeguarding and moderation check"):
        assert check in checks


@pytest.mark.parametrize(
    ("nation", "law", "rules"),
    [
        ("england", "the Freedom of Information Act 2000", "the records management code of practice under section 46 of that Act"),
        ("wales", "the Freedom of Information Act 2000", "the records management code of practice under section 46 of that Act"),
        ("northern_ireland", "the Freedom of Information Act 2000", "the records management code of practice under section 46 of that Act"),
        ("scotland", "the Freedom of Information (Scotland) Act 2002", "our records management plan under the Public Records (Scotland) Act 2011"),
    ],
)
def test_posts_on_a_public_bodys_accounts_are_held_information(nation, law, rules):
    text = flat(clause(policy(nation=nation), "Checks before an account goes live"))
    assert f"Posts and messages on our official accounts, including private messages, are information we hold under {law}." in text
    assert f"in line with {rules}." in text
    charity = flat(clause(policy(nation=nation, type="charity", short_name="Harbour Trust"), "Checks before an account goes live"))
    assert "information we hold" not in charity


def test_welsh_language_standards_add_their_check_by_themselves():
    served = clause(policy(nation="wales", welsh_language={"standards_apply": True}, official_accounts={"pre_launch_checks": []}), "Checks before an account goes live")
    assert served.count("a check against the Welsh Language Standards that apply to us") == 1
    both = clause(policy(nation="wales", welsh_language={"standards_apply": True}, official_accounts={"pre_launch_checks": ["welsh_language"]}), "Checks before an account goes live")
    assert both.count("Welsh Language Standards") == 1
    assert "Welsh Language Standards" not in clause(policy(nation="wales"), "Checks before an account goes live")
