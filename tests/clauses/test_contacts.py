"""Contacts people can reach (issue 11 point 4) and speaking up about wrongdoing (point 9).

Every route the policy names has a way to reach it, or `build` warns (exit 0) and
`build --strict` fails (exit 1); no table cell says "Not listed"; raising a concern has a route
around your manager; anyone at risk has an out-of-hours route.
"""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from generator.cli import cli
from generator.pipeline import prepare
from helpers import EXAMPLES, clause, flat, gaps, policy

CONTACTS = "Who to contact"
CONCERNS = "Raising a concern"
SPEAKING_UP = "Speaking up about wrongdoing"

REACHABLE = {
    "questions": {"name": "the Principal Social Worker", "email": "psw@example.gov.uk"},
    "concerns": {"name": "your line manager"},
    "concerns_alternative": {"name": "the HR Advice Line", "phone": "0100 000 400"},
    "communications": {"name": "the Communications Team", "email": "comms@example.gov.uk"},
    "data_protection": {"name": "the Data Protection Officer", "email": "dpo@example.gov.uk", "phone": "0100 000 300"},
    "it_support": {"name": "the IT Service Desk", "phone": "0100 000 999", "web": "http://intranet/it"},
    "out_of_hours": {"name": "the Emergency Duty Team", "phone": "0100 000 111"},
    "other": [
        {"name": "the Employee Assistance Programme", "phone": "0800 000 000"},
        {"name": "the Head of Service", "email": "hos@example.gov.uk"},
        {"name": "Legal Services", "email": "legal@example.gov.uk"},
        {"name": "the surveillance lead", "email": "ripa@example.gov.uk"},
    ],
}


def rows(text: str) -> dict[str, tuple[str, str]]:
    table = clause(text, CONTACTS)
    found = {}
    for line in table.splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) == 3 and cells[0] not in ("For", "---"):
            found[cells[0]] = (cells[1], cells[2])
    return found


# ------------------------------------------------------------------ the contacts table


def test_every_route_in_the_table_has_a_way_to_reach_it_and_no_cell_says_not_listed():
    table = rows(policy(contacts=REACHABLE))
    assert table == {
        "Questions about this policy": ("Principal Social Worker", "[psw@example.gov.uk](mailto:psw@example.gov.uk)"),
        "Raising a concern": ("Your line manager", "Speak to them directly"),
        "A concern about your manager, or one you cannot raise with them": ("HR Advice Line", "0100 000 400"),
        "The media and official accounts": ("Communications Team", "[comms@example.gov.uk](mailto:comms@example.gov.uk)"),
        "Data protection, data breaches and monitoring": ("Data Protection Officer", "[dpo@example.gov.uk](mailto:dpo@example.gov.uk), 0100 000 300"),
        "A lost or stolen device used for work": ("IT Service Desk", "0100 000 999, [IT Service Desk web page](http://intranet/it)"),
        "Someone at risk out of hours": ("Emergency Duty Team", "0100 000 111"),
        "Deciding on repeated viewing of someone's social media": ("Head of Service", "[hos@example.gov.uk](mailto:hos@example.gov.uk)"),
        "Advice on whether viewing could be surveillance": ("Legal Services", "[legal@example.gov.uk](mailto:legal@example.gov.uk)"),
        "Surveillance authorisations": ("Surveillance lead", "[ripa@example.gov.uk](mailto:ripa@example.gov.uk)"),
        "Wellbeing support": ("Employee Assistance Programme", "0800 000 000"),
    }
    assert "Not listed" not in policy(contacts=REACHABLE)
    assert "If someone is in immediate danger, call 999." in clause(policy(contacts=REACHABLE), CONTACTS)
    assert [g for g in gaps(contacts=REACHABLE) if g.startswith(("contacts.", "official_accounts.", "abuse_support."))] == []


def test_a_contact_without_a_means_is_a_warning_naming_its_field():
    found = gaps(contacts={"data_protection": {"name": "the Data Protection Officer"}})
    assert "contacts.data_protection: the Data Protection Officer has no email, phone or web page, so people cannot reach it from the policy; add at least one" in found
    # The table still says something a reader can act on, never "Not listed".
    assert rows(policy())["Data protection, data breaches and monitoring"] == ("Data Protection Officer", "Ask your manager")


def test_a_readers_own_manager_needs_no_contact_details():
    assert not any(g.startswith("contacts.concerns:") for g in gaps(contacts={"concerns": {"name": "your team manager"}}))
    assert rows(policy(contacts={"concerns": {"name": "your team manager"}}))["Raising a concern"] == ("Your team manager", "Speak to them directly")
    assert "contacts.concerns: the Duty Desk has no email" in " ".join(gaps(contacts={"concerns": {"name": "the Duty Desk"}}))


def test_teams_named_by_other_answers_are_reached_through_a_contact():
    named = {"official_accounts": {"approver": "the Digital Board"}, "abuse_support": {"wellbeing_service": "the Staff Counselling Service"}}
    found = gaps(**named)
    assert "official_accounts.approver: the Digital Board is named in the policy, but no contact says how to reach it; add it to contacts.other with an email, phone or web page" in found
    assert "abuse_support.wellbeing_service: the Staff Counselling Service is named in the policy, but no contact says how to reach it; add it to contacts.other with an email, phone or web page" in found
    given = dict(named, contacts={"other": [{"name": "The Digital Board", "email": "digital@example.gov.uk", "purpose": "Approving an official account"}, {"name": "the Staff Counselling Service", "phone": "0100 000 500"}]})
    assert not any(g.startswith(("official_accounts.approver", "abuse_support.wellbeing_service")) for g in gaps(**given))
    table = rows(policy(**given))
    assert table["Approving an official account"] == ("Digital Board", "[digital@example.gov.uk](mailto:digital@example.gov.uk)")
    assert table["Wellbeing support"] == ("Staff Counselling Service", "0100 000 500")
    # A team that is already a contact is not listed, or warned about, twice.
    same = rows(policy(official_accounts={"approver": "the Communications Team", "register_keeper": "The Communications Team"}))
    assert "Approving a new official account" not in same and "The register of official accounts" not in same


def test_other_contacts_no_other_answer_names_are_listed_under_their_purpose():
    table = rows(policy(contacts={"other": [{"name": "the Freedom to Speak Up Guardian", "email": "ftsu@example.nhs.uk", "purpose": "Speaking up about wrongdoing"}]}))
    assert table["Speaking up about wrongdoing"] == ("Freedom to Speak Up Guardian", "[ftsu@example.nhs.uk](mailto:ftsu@example.nhs.uk)")


def test_no_official_accounts_no_accounts_routes():
    table = rows(policy(official_accounts={"exist": False, "approver": "the Digital Board"}))
    assert "The media" in table and "The media and official accounts" not in table
    assert not any(g.startswith("official_accounts.") for g in gaps(official_accounts={"exist": False, "approver": "the Digital Board"}))


def test_a_web_page_must_be_a_full_address():
    from generator.errors import PolicyError

    with pytest.raises(PolicyError) as caught:
        policy(contacts={"it_support": {"name": "the IT Service Desk", "web": "intranet/it"}})
    assert str(caught.value) == "answers.yaml:1: contacts.it_support.web: 'intranet/it' is not a web address: write it in full, starting with https:// or http://"


# ------------------------------------------------------------------ out of hours


@pytest.mark.parametrize(
    ("nation", "name", "how"),
    [
        ("england", "Out-of-hours social work service (such as the emergency duty team) of the council for the area where the person lives", "Its number is on that council's website."),
        ("wales", "Out-of-hours social work service (such as the emergency duty team) of the council for the area where the person lives", "Its number is on that council's website."),
        ("scotland", "Out-of-hours social work service of the council for the area where the person lives", "Its number is on that council's website."),
        ("northern_ireland", "Regional Emergency Social Work Service", "028 9504 9999. Open from 5pm to 9am on weekdays, and all day at weekends and on bank holidays."),
    ],
)
def test_the_nations_out_of_hours_service_when_none_is_answered(nation, name, how):
    text = policy(type="charity", nation=nation, short_name="Harbour Trust")
    assert rows(text)["Someone at risk out of hours"] == (name, how)
    concerns = flat(clause(text, CONCERNS))
    assert f"Out of office hours, contact the {name[0].lower() + name[1:] if nation != 'northern_ireland' else name}" in concerns
    assert "If someone is in immediate danger, call 999." in concerns
    assert not any(g.startswith("contacts.out_of_hours") for g in gaps(type="charity", nation=nation))
    if nation == "northern_ireland":
        assert "contact the Regional Emergency Social Work Service on 028 9504 9999." in concerns


def test_an_answered_out_of_hours_service_is_used_everywhere_it_is_named():
    text = policy(contacts={"out_of_hours": {"name": "the Northshire Emergency Duty Team", "phone": "01632 960 999"}})
    assert "Out of office hours, contact the Northshire Emergency Duty Team on 01632 960 999." in flat(clause(text, CONCERNS))
    assert "out of office hours contact the Northshire Emergency Duty Team on 01632 960 999;" in flat(clause(text, "Running an official account"))
    assert rows(text)["Someone at risk out of hours"] == ("Northshire Emergency Duty Team", "01632 960 999")
    assert "contacts.out_of_hours: the Northshire Emergency Duty Team has no email" in " ".join(gaps(contacts={"out_of_hours": {"name": "the Northshire Emergency Duty Team"}}))


# ------------------------------------------------------------------ raising a concern


def test_a_concern_has_a_route_around_your_manager():
    text = flat(clause(policy(contacts={"concerns_alternative": {"name": "the HR Team", "email": "hr@example.gov.uk"}}), CONCERNS))
    assert "tell your line manager." in text
    assert "If the concern is about your line manager, or you cannot raise it with them, go to the HR Team ([hr@example.gov.uk](mailto:hr@example.gov.uk))." in text


def test_carers_and_students_are_told_their_own_first_route():
    text = flat(clause(policy(scope={"students": True, "foster_carers": True}), CONCERNS))
    assert "If you are a carer, tell your supervising social worker." in text
    assert "If you are a student, tell your practice educator." in text
    university = flat(clause(policy(type="university", short_name="the University", scope={"students": True}), CONCERNS))
    assert "If you are a student, tell your personal tutor, or your practice educator while you are on placement." in university
    staff = flat(clause(policy(scope={"students": False, "foster_carers": False, "other_carers": False}), CONCERNS))
    assert "If you are a carer" not in staff and "If you are a student" not in staff
    # A named team, not each reader's own manager, is everyone's route.
    team = flat(clause(policy(scope={"foster_carers": True}, contacts={"concerns": {"name": "the Safeguarding Hub", "phone": "0100"}}), CONCERNS))
    assert "If you are a carer, tell" not in team and "tell the Safeguarding Hub, phone 0100." in team


def test_carers_have_their_own_route_past_their_worker_not_hr():
    answers = {
        "scope": {"foster_carers": True, "other_carers": True},
        "contacts": {"concerns_alternative": {"name": "the HR Team", "email": "hr@example.gov.uk"}},
        "fostering": {
            "other_carers_worker": "Shared Lives worker",
            "concerns_alternative": {"name": "the Fostering Service Manager", "email": "fsm@example.gov.uk", "phone": "0100 000"},
        },
    }
    full = flat(clause(policy(**answers), CONCERNS))
    assert "If the concern is about your line manager, or you cannot raise it with them, go to the HR Team" in full
    assert (
        "If you are a carer and the concern is about your supervising social worker or Shared Lives worker, or you cannot raise it "
        "with them, go to the Fostering Service Manager ([fsm@example.gov.uk](mailto:fsm@example.gov.uk)), phone 0100 000."
    ) in full
    guide = flat(clause(policy(edition="carers", **answers), "If something online worries you"))
    assert "HR Team" not in guide
    assert (
        "If the concern is about your supervising social worker or Shared Lives worker, or you cannot raise it with them, "
        "go to the Fostering Service Manager ([fsm@example.gov.uk](mailto:fsm@example.gov.uk)), phone 0100 000."
    ) in guide
    table = policy(edition="carers", **answers)
    assert (
        "| A concern you cannot raise with your supervising social worker or Shared Lives worker | The Fostering Service Manager "
        "| [fsm@example.gov.uk](mailto:fsm@example.gov.uk), 0100 000 |"
    ) in table
    assert "| A carer's concern about their supervising social worker or Shared Lives worker, or one they cannot raise with them " \
        "| Fostering Service Manager |" in policy(**answers)


def test_no_good_faith_test_anywhere():
    for nation in ("england", "scotland", "wales", "northern_ireland"):
        assert "good faith" not in policy(nation=nation)


# ------------------------------------------------------------------ whistleblowing


@pytest.mark.parametrize(
    ("nation", "law"),
    [
        ("england", "the Public Interest Disclosure Act 1998"),
        ("wales", "the Public Interest Disclosure Act 1998"),
        ("scotland", "the Public Interest Disclosure Act 1998"),
        ("northern_ireland", "the Public Interest Disclosure (Northern Ireland) Order 1998"),
    ],
)
def test_whistleblowing_in_public_interest_terms_with_the_nations_law(nation, law):
    text = flat(clause(policy(nation=nation), SPEAKING_UP))
    assert "you reasonably believe what you report shows wrongdoing of this kind, and that raising it is in the public interest." in text
    assert "You do not have to prove it, and you are not at fault if you turn out to be mistaken." in text
    assert f"If you are an employee or a worker, {law} protects you from being dismissed or treated worse" in text
    # Which other groups the law reaches is not verified (DOMAIN-frameworks 2.3, 5.3), so no group
    # is named as covered, with or without agency workers in scope; everyone has our own promise.
    assert "agency" not in text
    assert "Whatever your role, we will not treat you worse for raising a concern, and we will act against anyone who does." in text
    other = "Order 1998" if nation != "northern_ireland" else "Act 1998"
    assert other not in text
    # Carers, students and volunteers are not workers: the employer's own promise covers them.
    assert "Whatever your role, we will not treat you worse for raising a concern" in text


@pytest.mark.parametrize(
    ("nation", "regulator"),
    [("england", "Social Work England"), ("scotland", "The Scottish Social Services Council (SSSC)"), ("wales", "Social Care Wales"), ("northern_ireland", "The Northern Ireland Social Care Council (NISCC)")],
)
def test_the_regulator_is_an_outside_route(nation, regulator):
    text = flat(clause(policy(nation=nation), SPEAKING_UP))
    assert f"You can also raise it outside the Council. {regulator} takes concerns about the practice of social workers." in text
    assert "Do not raise it on social media" in text


def test_a_charity_can_also_go_to_its_charity_regulator():
    text = flat(clause(policy(type="charity", nation="scotland", short_name="Harbour Trust"), SPEAKING_UP))
    assert "and the Scottish Charity Regulator (OSCR) takes concerns about how a charity is run." in text
    assert "charity" not in flat(clause(policy(type="independent_provider", short_name="Brightwater"), SPEAKING_UP)).lower()


# ------------------------------------------------------------------ build and build --strict


def write(tmp_path, extra: str = "") -> str:
    path = tmp_path / "policy.yaml"
    path.write_text("organisation: {name: Harbour Trust, short_name: Harbour Trust, type: charity, nation: scotland}\n" + extra, encoding="utf-8")
    return str(path)


def test_build_warns_and_still_writes_build_strict_fails_and_writes_nothing(tmp_path):
    answers = write(tmp_path, "contacts:\n  data_protection: {name: the Data Protection Officer}\n")
    out = tmp_path / "policy.md"
    result = CliRunner().invoke(cli, ["build", answers, "-o", str(out)])
    assert result.exit_code == 0
    assert result.stdout == f"Wrote {out}\n"
    warning = f"{answers}:3: contacts.data_protection: the Data Protection Officer has no email, phone or web page, so people cannot reach it from the policy; add at least one"
    assert f"Warning: {warning}\n" in result.stderr
    assert all(line.startswith("Warning: ") for line in result.stderr.splitlines())
    assert out.exists()
    out.unlink()
    strict = CliRunner().invoke(cli, ["build", answers, "-o", str(out), "--strict"])
    assert strict.exit_code == 1
    assert f"Error: {warning}\n" in strict.stderr
    assert "Warning" not in strict.stderr and strict.stdout == ""
    assert not out.exists()


def test_build_strict_passes_when_everything_can_be_reached(tmp_path):
    contacts = "\n".join(
        [
            "contacts:",
            "  questions: {name: the Policy Team, email: policy@harbour.example}",
            "  concerns_alternative: {name: the HR Team, phone: '0100 000 400'}",
            "  communications: {name: the Communications Team, email: comms@harbour.example}",
            "  data_protection: {name: the Data Protection Officer, email: dpo@harbour.example}",
            "  it_support: {name: the IT Service Desk, phone: '0100 000 999'}",
            "  other: [{name: the safeguarding lead, phone: '0100 000 700'}]",
            "abuse_support: {wellbeing_service: null}",
            "monitoring: {in_place: false}",
            "",
        ]
    )
    answers = write(tmp_path, contacts)
    result = CliRunner().invoke(cli, ["build", answers, "-o", str(tmp_path / "p.md"), "--strict"])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""


def test_validate_reports_the_same_warnings(tmp_path):
    answers = write(tmp_path, "contacts:\n  it_support: {name: the IT Desk}\n")
    result = CliRunner().invoke(cli, ["validate", answers])
    assert result.exit_code == 0
    assert f"Warning: {answers}:3: contacts.it_support: the IT Desk has no email, phone or web page" in result.stderr


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_every_example_can_be_reached_and_builds_strict(example):
    built = prepare(example)
    assert [str(w) for w in built.warnings] == []
    text = (example.with_suffix(".md")).read_text(encoding="utf-8")
    assert "Not listed" not in text
    row = re.search(r"^\| Someone at risk out of hours \| [^|]+ \| ([^|]+) \|$", text, re.M)
    assert row and row.group(1) not in ("Ask your manager", "Speak to them directly"), "an out-of-hours route with a way to reach it"
    assert "Ask your manager" not in re.search(r"### [\d.]+ Who to contact\n(.*?)\n###", text, re.S).group(1)
    # Every contact the table lists says what it is for: a row a reader cannot place ("Other help")
    # is a team no clause sends anyone to, such as Mourne and Glens' old surveillance route.
    assert "| Other help |" not in text


def test_the_people_online_checks_send_staff_to_are_routes_too():
    council = gaps(online_checks={"permitted": True, "decision_maker": "the Head of Service", "advice_from": "Legal Services", "authorisation_lead": "the RIPA Coordinator"})
    for field, name in (("decision_maker", "the Head of Service"), ("advice_from", "Legal Services"), ("authorisation_lead", "the RIPA Coordinator")):
        assert f"online_checks.{field}: {name} is named in the policy, but no contact says how to reach it; add it to contacts.other with an email, phone or web page" in council
    # Only a council has an authorisation route to reach; an employer with no power sends concerns to one named role.
    charity = gaps(type="charity", online_checks={"permitted": True})
    assert [g.split(":")[0] for g in charity if g.startswith("online_checks.")] == ["online_checks.concerns_to"]
    assert not any(g.startswith("online_checks.") for g in gaps(online_checks={"permitted": False}))
    reached = rows(policy(online_checks={"decision_maker": "the Head of Service"}, contacts={"other": [{"name": "the Head of Service", "phone": "0100 000 700"}]}))
    assert reached["Deciding on repeated viewing of someone's social media"] == ("Head of Service", "0100 000 700")
