"""Each nation's own frameworks, and none of another nation's.

Policies are built for every nation and several kinds of employer, with everyone in scope and
online checks both ways, and the whole text is scanned. The terms below are written out here,
not read from clauses/data/nations.yaml, so a wrong fact in the data fails.
"""

from __future__ import annotations

import json
import re

import pytest

from generator.answers import parse_answers
from generator.answers.model import NATIONS
from generator.compose.assemble import assemble
from generator.library import load_library
from generator.writers import markdown

ENGLAND, SCOTLAND, WALES, NI = "england", "scotland", "wales", "northern_ireland"

# term -> the nations whose policies may use it. Every other nation's policy must not.
TERMS = {
    # children
    "Working Together to Safeguard Children": {ENGLAND},
    "safeguarding children partnership": {ENGLAND},
    "National Guidance for Child Protection in Scotland": {SCOTLAND},
    "Child Protection Committee": {SCOTLAND},
    "GIRFEC": {SCOTLAND},
    "Getting it right for every child": {SCOTLAND},
    "children's hearing": {SCOTLAND},
    "compulsory supervision order": {SCOTLAND},
    "child's plan": {SCOTLAND},
    "Wales Safeguarding Procedures": {WALES},
    "regional Safeguarding": {WALES},
    "Co-operating to Safeguard Children": {NI},
    "Safeguarding Board for Northern Ireland": {NI},
    "SBNI": {NI},
    # adults
    "Care Act 2014": {ENGLAND},
    "Safeguarding Adults Board": {ENGLAND, WALES},
    "Adult Support and Protection (Scotland) Act 2007": {SCOTLAND},
    "Adult Protection Committee": {SCOTLAND},
    "Social Services and Well-being (Wales) Act 2014": {WALES},
    "adult at risk of harm": {NI},
    "adults at risk of harm": {NI},
    "Local Adult Safeguarding Partnership": {NI},
    "adult protection Act": {NI},
    # agencies, out of hours and council roles
    "Health and Social Care Trust for the area": {NI},
    "Regional Emergency Social Work Service": {NI},
    "emergency duty team": {ENGLAND, WALES},
    "Chief Social Work Officer": {SCOTLAND},
    # regulators and surveillance law
    "Social Work England": {ENGLAND},
    "SSSC": {SCOTLAND},
    "Social Care Wales": {WALES},
    "NISCC": {NI},
    "RIP(S)A": {SCOTLAND},
    "Scottish Government's code": {SCOTLAND},
    "Regulation of Investigatory Powers Act 2000": {ENGLAND, WALES, NI},
    "Home Office": {ENGLAND, WALES, NI},
    "magistrate": {ENGLAND, WALES},
    "six months in prison": {ENGLAND, WALES},
    "district judge": {NI},
    # fostering and allegations (clauses may add these)
    "Ofsted": {ENGLAND},
    "LADO": {ENGLAND},
    "Care Inspectorate Wales": {WALES},
}

# What each nation's policy must name: its children's and adults' frameworks.
OWN = {
    ENGLAND: ["the statutory guidance Working Together to Safeguard Children", "the local safeguarding children partnership", "section 42 of the Care Act 2014", "the local Safeguarding Adults Board"],
    SCOTLAND: ["the National Guidance for Child Protection in Scotland 2021 (updated 2023)", "the local Child Protection Committee", "Getting it right for every child (GIRFEC)", "the Adult Support and Protection (Scotland) Act 2007", "the local Adult Protection Committee", "compulsory supervision order from a children's hearing"],
    WALES: ["the Wales Safeguarding Procedures", "the regional Safeguarding Children Board", "section 126 of the Social Services and Well-being (Wales) Act 2014", "the regional Safeguarding Adults Board"],
    NI: ["Co-operating to Safeguard Children and Young People in Northern Ireland", "the Safeguarding Board for Northern Ireland (SBNI)", "adults at risk of harm", "the Local Adult Safeguarding Partnership", "no adult protection Act is yet in force"],
}

KINDS = {"local_authority": "the Council", "nhs_or_hsc_body": "the Trust", "charity": "Harbour Trust", "independent_provider": "Brightwater", "university": "the University", "other": "Kestrel"}
EVERYONE = {"students": True, "foster_carers": True, "other_carers": True, "volunteers": True, "agency_staff": True}


@pytest.fixture(scope="module")
def library():
    return load_library()


def build(library, nation: str, kind: str = "local_authority", **groups) -> str:
    answers = {"organisation": {"name": "Example Organisation", "short_name": KINDS[kind], "type": kind, "nation": nation}, "scope": EVERYONE}
    answers.update(groups)
    return markdown.render(assemble(parse_answers(json.dumps(answers), "answers.yaml"), library)).decode("utf-8")


@pytest.fixture(scope="module")
def policies(library):
    """Every nation x kind of employer x online checks on and off, built once."""
    return {
        (nation, kind, permitted): build(library, nation, kind, online_checks={"permitted": permitted})
        for nation in NATIONS
        for kind in KINDS
        for permitted in (True, False)
    }


def clause(text: str, title: str) -> str:
    match = re.search(rf"^### [\d.]+ {re.escape(title)}\n(.*?)(?=^##)", text + "\n##", re.S | re.M)
    return match.group(1) if match else ""


@pytest.mark.parametrize("nation", NATIONS)
def test_no_policy_uses_another_nations_framework_terms(policies, nation):
    found = []
    for (built_for, kind, permitted), text in policies.items():
        if built_for != nation:
            continue
        lowered = text.lower()
        for term, allowed in TERMS.items():
            if nation not in allowed and term.lower() in lowered:
                found.append(f"{kind}, checks {'on' if permitted else 'off'}: {term!r}")
    assert found == []


@pytest.mark.parametrize("nation", NATIONS)
def test_each_policy_names_its_own_frameworks(policies, nation):
    for (built_for, kind, permitted), text in policies.items():
        if built_for == nation:
            flat = " ".join(text.split())
            missing = [term for term in OWN[nation] if term not in flat]
            assert missing == [], (kind, permitted)


def test_the_term_scan_would_catch_an_english_term_in_scotland(library):
    """The lists are exercised: England's old wording and an English adult test are caught."""
    scottish = build(library, SCOTLAND).lower()
    assert "care act 2014" not in scottish
    wrong = scottish + "\nfollow our local safeguarding children partnership arrangements (care act 2014)."
    assert [t for t, allowed in TERMS.items() if SCOTLAND not in allowed and t.lower() in wrong] == ["safeguarding children partnership", "Care Act 2014"]


@pytest.mark.parametrize(
    ("nation", "definition"),
    [
        (ENGLAND, "- **adults at risk** means adults who have needs for care and support, are experiencing or at risk of abuse or neglect, and because of those needs cannot protect themselves against it (the test in section 42 of the Care Act 2014)."),
        (SCOTLAND, "- **adults at risk** means people aged 16 or over who meet all three parts of the test in section 3 of the Adult Support and Protection (Scotland) Act 2007. They are unable to safeguard their own well-being, property, rights or other interests. They are at risk of harm. And because of a disability, mental disorder, illness or physical or mental infirmity, they are more vulnerable to being harmed than others."),
        (WALES, "- **adults at risk** means adults who are experiencing or at risk of abuse or neglect, have needs for care and support, and because of those needs cannot protect themselves against it (section 126 of the Social Services and Well-being (Wales) Act 2014)."),
        (NI, "- **adults at risk** means adults at risk of harm: people aged 18 or over whose exposure to harm through abuse, exploitation or neglect may be increased by their personal characteristics or life circumstances."),
    ],
)
def test_adults_at_risk_are_defined_by_the_nations_own_test(library, nation, definition):
    text = " ".join(clause(build(library, nation), "Definitions").split())
    assert definition in text


@pytest.mark.parametrize(
    ("nation", "orders"),
    [
        (ENGLAND, "contact that a court order or a care plan does not allow."),
        (WALES, "contact that a court order or a care plan does not allow."),
        (NI, "contact that a court order or a care plan does not allow."),
        (SCOTLAND, "contact that the child's plan or a compulsory supervision order from a children's hearing does not allow."),
    ],
)
def test_risk_assessment_names_the_nations_orders_and_plans(library, nation, orders):
    assert f"- {orders}" in clause(build(library, nation), "Online risks in your assessments")


@pytest.mark.parametrize(
    ("nation", "children", "adults", "out_of_hours"),
    [
        (
            ENGLAND,
            "Our procedures follow the statutory guidance Working Together to Safeguard Children and the child protection procedures of the local safeguarding children partnership.",
            "In England, the local authority must make enquiries under section 42 of the Care Act 2014 when it has reasonable cause to suspect that an adult in its area is at risk. Follow the procedures of the local Safeguarding Adults Board.",
            "contact the out-of-hours social work service (such as the emergency duty team) of the council for the area where the person lives.",
        ),
        (
            SCOTLAND,
            "Our procedures follow the National Guidance for Child Protection in Scotland 2021 (updated 2023) and the child protection procedures of the local Child Protection Committee. We work with children and families in the way Getting it right for every child (GIRFEC) sets out.",
            "In Scotland, councils have a duty to make inquiries about adults who may be at risk, under the Adult Support and Protection (Scotland) Act 2007. Follow the procedures of the local Adult Protection Committee.",
            "contact the out-of-hours social work service of the council for the area where the person lives.",
        ),
        (
            WALES,
            "Our procedures follow the Wales Safeguarding Procedures and the child protection procedures of the regional Safeguarding Children Board.",
            "In Wales, the local authority must make enquiries under section 126 of the Social Services and Well-being (Wales) Act 2014 when it has reasonable cause to suspect that an adult is at risk. Follow the procedures of the regional Safeguarding Adults Board.",
            "contact the out-of-hours social work service (such as the emergency duty team) of the council for the area where the person lives.",
        ),
        (
            NI,
            "Our procedures follow Co-operating to Safeguard Children and Young People in Northern Ireland and the child protection procedures of the Safeguarding Board for Northern Ireland (SBNI).",
            "In Northern Ireland, the Health and Social Care Trust for the area acts under Northern Ireland's regional adult safeguarding policy, as no adult protection Act is yet in force. Follow the procedures of the Local Adult Safeguarding Partnership.",
            "contact the Regional Emergency Social Work Service on 028 9504 9999.",
        ),
    ],
)
def test_safeguarding_clause_names_the_nations_frameworks_and_out_of_hours_service(library, nation, children, adults, out_of_hours):
    text = " ".join(clause(build(library, nation, "charity"), "Safeguarding when the harm is online").split())
    assert f"- **Children.** {children} - **Adults at risk**, as clause 1.3 defines them. {adults} - **Out of hours.** If it cannot wait until the next working day, {out_of_hours} If anyone is in immediate danger, call 999." in text
    assert "On placement, follow the placement provider's procedures as well." not in text


def test_a_university_also_follows_the_placement_providers_procedures(library):
    text = clause(build(library, ENGLAND, "university"), "Safeguarding when the harm is online")
    assert "follow our safeguarding procedures at once.\nOn placement, follow the placement provider's procedures as well.\n" in text


@pytest.mark.parametrize(
    ("nation", "bodies"),
    [
        (ENGLAND, "the local safeguarding children partnership and the local Safeguarding Adults Board"),
        (SCOTLAND, "the local Child Protection Committee and the local Adult Protection Committee"),
        (WALES, "the regional Safeguarding Children Board and the regional Safeguarding Adults Board"),
        (NI, "the Safeguarding Board for Northern Ireland (SBNI) and the Local Adult Safeguarding Partnership"),
    ],
)
def test_partners_clause_names_the_nations_multi_agency_bodies(library, nation, bodies):
    text = " ".join(clause(build(library, nation, "nhs_or_hsc_body"), "Working with other organisations").split())
    assert f"and follows the procedures of {bodies}." in text


# ------------------------------------------------------------------ Scotland's Chief Social Work Officer


def test_a_scottish_council_policy_belongs_to_its_chief_social_work_officer_by_default(library):
    text = build(library, SCOTLAND)
    assert "The Chief Social Work Officer owns this policy and reviews it" in text
    assert "| Owner | Chief Social Work Officer |" in text
    assert "| Questions about this policy | Chief Social Work Officer |" in text
    assert "Principal Social Worker" not in text
    for nation, kind in ((ENGLAND, "local_authority"), (WALES, "local_authority"), (NI, "local_authority"), (SCOTLAND, "charity"), (SCOTLAND, "nhs_or_hsc_body")):
        other = build(library, nation, kind)
        assert "| Owner | Principal Social Worker |" in other, (nation, kind)
        assert "Chief Social Work Officer" not in other, (nation, kind)


def test_a_scottish_council_that_names_another_owner_keeps_it(library):
    text = build(library, SCOTLAND, document={"owner": "Head of Social Work"}, contacts={"questions": {"name": "the Practice Development Team"}})
    assert "| Owner | Head of Social Work |" in text
    assert "| Questions about this policy | Practice Development Team |" in text
    assert "Chief Social Work Officer" not in text


def test_the_questionnaire_offers_the_chief_social_work_officer_to_scottish_councils(tmp_path):
    from click.testing import CliRunner

    from generator.answers import load_answers
    from generator.answers.questions import Answering, find
    from generator.cli import cli

    def offered(kind: str, nation: str, key: str):
        return Answering({"organisation": {"name": "X", "short_name": "X", "type": kind, "nation": nation}}).value(find(key))

    assert offered("local_authority", SCOTLAND, "document.owner") == "Chief Social Work Officer"
    assert offered("local_authority", SCOTLAND, "contacts.questions")["name"] == "the Chief Social Work Officer"
    assert offered("local_authority", ENGLAND, "document.owner") == "Principal Social Worker"
    assert offered("charity", SCOTLAND, "contacts.questions")["name"] == "the Principal Social Worker"

    path = tmp_path / "policy.yaml"
    result = CliRunner().invoke(cli, ["init", str(path), "--defaults", "--name", "X Council", "--short-name", "the Council", "--type", "local_authority", "--nation", "scotland"])
    assert result.exit_code == 0, result.output
    assert "  owner: Chief Social Work Officer\n" in path.read_text(encoding="utf-8")
    assert load_answers(path).contacts.questions.name == "the Chief Social Work Officer"
