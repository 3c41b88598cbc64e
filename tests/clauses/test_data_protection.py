"""Monitoring of work systems (issue 11 point 2) and devices in three patterns (point 3).

Every answer that switches text is tried both ways, and the clauses are read as a data
protection officer would: what, why, lawful basis, who sees results, how long, the DPIA,
covert monitoring, how to challenge, and what is never monitored.
"""

from __future__ import annotations

import pytest

from helpers import clause, flat, gaps, policy
from helpers import number_of as number

MONITORING = "Monitoring of our systems"
RIGHTS = "Seeing and challenging monitoring results"
WORK_DEVICES = "Work phones and computers"
OWN_DEVICES = "Using your own phone or computer for work"
LOST = "If a device is lost or stolen"


# ------------------------------------------------------------------ monitoring: what, why, who, how long


def test_monitoring_says_what_is_monitored_and_why_from_the_answers():
    text = clause(policy(monitoring={"monitored": ["email", "files"], "purposes": ["investigation"], "monitoring_policy": "IT Acceptable Use Standard"}), MONITORING)
    assert "We monitor:\n\n- work email, chat and messages sent through our systems;\n- files downloaded, uploaded or shared outside our systems.\n" in text
    assert "We do this:\n\n- to look into a specific concern about misuse, when one is raised.\n" in text
    assert "websites visited" not in text and "sign-ins" not in text and "to keep information and systems secure" not in text
    assert "The IT Acceptable Use Standard gives the detail." in text


def test_default_monitoring_lists_web_sign_ins_and_security():
    text = clause(policy(), MONITORING)
    assert "- websites visited from our devices and networks, including social media sites;" in text
    assert "- sign-ins to our systems and work accounts, and where they come from;" in text
    assert "- harmful software, and attempts to get round our security." in text
    assert "- to check that this policy and our rules on the use of IT are followed." in text


def test_without_a_named_policy_there_is_no_pointer_to_one():
    text = clause(policy(monitoring={"monitoring_policy": None}), MONITORING)
    assert "gives the detail" not in text and "We monitor:" in text


@pytest.mark.parametrize(
    ("org_type", "basis"),
    [
        ("local_authority", "public task"),
        ("nhs_or_hsc_body", "public task"),
        ("charity", "legitimate interests"),
        ("independent_provider", "legitimate interests"),
        ("university", "public task"),  # a university that is a public authority, by default; tests/clauses/test_universities.py has the private one
        ("other", "legitimate interests"),
    ],
)
def test_lawful_basis_follows_the_kind_of_employer(org_type, basis):
    text = clause(policy(type=org_type, short_name="Harbour Trust"), MONITORING)
    assert f"Our lawful basis under the UK GDPR is {basis}:" in text
    other = "legitimate interests" if basis == "public task" else "public task"
    assert f"is {other}:" not in text


def test_an_answered_lawful_basis_overrides_the_default():
    university = clause(policy(type="university", short_name="the University", monitoring={"lawful_basis": "public_task"}), MONITORING)
    assert "Our lawful basis under the UK GDPR is public task: the monitoring is needed for us to carry out our functions as a public body" in flat(university)
    council = clause(policy(monitoring={"lawful_basis": "legitimate_interests"}), MONITORING)
    assert "is legitimate interests: we need the monitoring for the reasons above, and we have weighed that need against your rights and freedoms." in flat(council)


def test_who_sees_results_and_how_long_they_are_kept_are_answers():
    text = flat(clause(policy(monitoring={"results_seen_by": "the Cyber Security Manager", "kept_for_days": 30}), MONITORING))
    assert "Only the Cyber Security Manager can see the results." in text
    assert "only when it suggests a breach of this policy or of the law" in text
    assert "We keep monitoring records for 30 days." in text
    assert "until the investigation, and any appeal, is over" in text
    assert "for one day." in flat(clause(policy(monitoring={"kept_for_days": 1}), MONITORING))


def test_the_dpia_date_is_stated_when_given():
    text = flat(clause(policy(monitoring={"dpia_completed_on": "2026-05-04"}), MONITORING))
    assert "We completed a data protection impact assessment of this monitoring on 4 May 2026" in text
    assert "must be completed before this policy is approved" not in text


def test_a_draft_without_a_dpia_date_says_it_must_come_before_approval_and_build_warns():
    text = flat(clause(policy(), MONITORING))
    assert "A data protection impact assessment of this monitoring must be completed before this policy is approved." in text
    assert "We completed" not in text
    assert "monitoring.dpia_completed_on: monitoring is on, but its data protection impact assessment has no date; the policy cannot be approved without it" in gaps()
    assert not any(g.startswith("monitoring.") for g in gaps(monitoring={"dpia_completed_on": "2026-05-04"}))
    assert not any(g.startswith("monitoring.") for g in gaps(monitoring={"in_place": False}))


def test_an_approved_policy_with_monitoring_and_no_dpia_date_does_not_build(tmp_path):
    from click.testing import CliRunner

    from generator.cli import cli

    path = tmp_path / "a.yaml"
    path.write_text(
        "organisation: {name: X, short_name: X, type: charity, nation: wales}\n"
        "document: {status: approved, approved_on: 2026-10-01}\n"
        "monitoring:\n  in_place: true\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["build", str(path), "-o", str(tmp_path / "a.md")])
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {path}:3: monitoring.dpia_completed_on: the policy is approved and describes monitoring, "
        "so give the date its data protection impact assessment was completed (YYYY-MM-DD)\n"
    )
    assert not (tmp_path / "a.md").exists()
    path.write_text(path.read_text(encoding="utf-8") + "  dpia_completed_on: 2026-09-01\n", encoding="utf-8")
    assert CliRunner().invoke(cli, ["build", str(path), "-o", str(tmp_path / "a.md")]).exit_code == 0
    # ... and an approved policy whose employer does not monitor needs no assessment.
    path.write_text(path.read_text(encoding="utf-8").replace("in_place: true\n  dpia_completed_on: 2026-09-01", "in_place: false"), encoding="utf-8")
    assert CliRunner().invoke(cli, ["build", str(path), "-o", str(tmp_path / "a.md")]).exit_code == 0


def test_covert_monitoring_is_exceptional_authorised_at_the_top_time_limited_and_after_a_dpia():
    text = flat(clause(policy(monitoring={"covert_authorised_by": "the Managing Director"}), MONITORING))
    assert "We monitor covertly, without telling the person, only in an exceptional case: where we suspect a crime or serious misconduct, and telling the person would prejudice the investigation." in text
    assert "Only the Managing Director can authorise it, in writing, after a data protection impact assessment." in text
    assert "It is limited to that investigation and to a set time, and it stops when the investigation ends." in text
    assert "It is never used to read your personal messages or email." in text
    # Covert monitoring of our own systems is not surveillance of the people we serve.
    assert "separate from the rules on looking at the social media of people who use our services" in text


def test_monitoring_is_never_used_to_read_messages_with_a_union_representative():
    # The ICO's monitoring-workers guidance (final, Oct 2023; DOMAIN-frameworks 1.1 [V]) treats monitoring
    # a worker's communications with their union representative as raising significant concerns.
    line = "We never use monitoring to read your messages with your trade union representative."
    assert line in flat(clause(policy(), MONITORING))
    assert line in flat(clause(policy(type="charity", short_name="Example", monitoring={"monitored": ["email"]}), MONITORING))
    assert "union" not in clause(policy(monitoring={"in_place": False}), MONITORING)  # nothing is monitored: no promise about how


def test_personal_accounts_are_never_monitored_and_no_one_asks_for_a_password_either_way():
    for monitors in (True, False):
        text = flat(clause(policy(monitoring={"in_place": monitors}), MONITORING))
        assert "We never monitor your personal social media accounts." in text
        assert "No one at the Council will ever ask you for the password to a personal account, or ask you to sign in so that they can look." in text


def test_no_monitoring_says_so_and_drops_everything_else():
    full = policy(monitoring={"in_place": False})
    text = flat(clause(full, MONITORING))
    assert "The Council does not monitor how you use our networks, devices and work accounts, openly or covertly." in text
    assert "we will first assess the effect on your privacy and tell you what we will monitor and why" in text
    for gone in ("We monitor:", "lawful basis", "can see the results", "impact assessment of this monitoring", "covertly, without telling"):
        assert gone not in text
    assert clause(full, RIGHTS) == ""


def test_staff_see_and_challenge_results_through_the_dpo():
    text = policy(contacts={"data_protection": {"name": "the Data Protection Officer", "email": "dpo@example.gov.uk", "phone": "0100 000 300"}})
    rights = flat(clause(text, RIGHTS))
    # A DPO names the right: subject access under the UK GDPR (Art 15, which the Data (Use and Access)
    # Act 2025 amended for a reasonable and proportionate search; DOMAIN-frameworks 1.2).
    assert (
        "You can ask to see the monitoring records about you: that is your right of access under the UK GDPR. "
        "Ask the Data Protection Officer ([dpo@example.gov.uk](mailto:dpo@example.gov.uk)), phone 0100 000 300."
    ) in rights
    assert f"monitoring has gone further than clause {number(text, MONITORING)} says, tell the Data Protection Officer." in rights
    assert "look into it independently of the people who ran the monitoring, and tell you the outcome" in rights
    assert "you can complain to the Information Commissioner's Office" in rights


@pytest.mark.parametrize("field", ["monitored", "purposes"])
def test_monitoring_on_needs_a_what_and_a_why(field):
    from generator.errors import PolicyError

    with pytest.raises(PolicyError) as caught:
        policy(monitoring={field: []})
    assert str(caught.value) == f"answers.yaml:1: monitoring.{field}: monitoring is on, so pick at least one: staff must be told what is monitored and why"
    policy(monitoring={"in_place": False, field: []})  # no monitoring, nothing to say


# ------------------------------------------------------------------ devices: three patterns


def test_work_devices_only_forbids_own_devices_for_work():
    text = policy(devices={"issued": "work"})
    work = flat(clause(text, WORK_DEVICES))
    assert "If we give you a work phone, laptop or tablet, use only that for your work. Never use your own device for work, not even to read work email or messages." in work
    assert clause(text, OWN_DEVICES) == ""
    assert "whether it is ours or your own" not in clause(text, LOST)


def test_personal_devices_only_never_tells_anyone_to_use_a_work_device():
    text = policy(devices={"issued": "personal"})
    assert clause(text, WORK_DEVICES) == ""
    own = flat(clause(text, OWN_DEVICES))
    assert own.startswith("The Council does not issue work phones or computers, so you use your own for work. When you do:")
    rest = text.replace("does not issue work phones or computers", "")  # the one sentence that names them, to say there are none
    for phrase in ("work device", "work phone", "work laptop", "our devices"):
        assert phrase not in rest, phrase
    assert "- websites visited through our networks, including social media sites;" in clause(text, MONITORING)
    assert "The Council monitors the use of our networks, work apps and work accounts." in clause(text, MONITORING)
    found = clause(text, "If you find confidential information online")
    assert "2. note the web address and the time, but do not take a screenshot: it would put the information on your own device;" in found


def test_both_patterns_point_from_work_devices_to_the_own_device_rules():
    text = policy(devices={"issued": "both"})
    work = flat(clause(text, WORK_DEVICES))
    assert f"If we give you a work phone, laptop or tablet, use it for your work. You may also use your own device for work, under clause {number(text, OWN_DEVICES)}." in work
    assert "Never use your own device" not in work
    own = flat(clause(text, OWN_DEVICES))
    assert own.startswith("You may use your own phone, tablet or computer for work, instead of or as well as a work device.")
    assert "whether it is ours or your own" in clause(text, LOST)
    assert "take a screenshot on a work device if you have one, never on your own;" in clause(text, "If you find confidential information online")


@pytest.mark.parametrize("issued", ["personal", "both"])
def test_own_device_rules(issued):
    own = flat(clause(policy(devices={"issued": issued, "approved_apps": ["Microsoft Outlook", "Microsoft Teams", "the case recording app"]}), OWN_DEVICES))
    assert "use only the apps and systems we approve for work: Microsoft Outlook, Microsoft Teams and the case recording app;" in own
    assert "set a screen lock, such as a PIN, password or fingerprint, and turn on two-step sign-in for every work app and account;" in own
    assert "never put information about people who use our services in texts, WhatsApp or other personal messaging apps, in your camera roll or photo library, or in your downloads or personal cloud storage;" in own
    assert "take work photos, recordings or notes only in an approved work app" in own
    assert "so that you never give out your personal number" in own


def test_without_a_list_of_apps_staff_ask_the_it_contact():
    own = flat(clause(policy(devices={"issued": "personal"}, contacts={"it_support": {"name": "the Digital Service Desk", "phone": "0100 000 999"}}), OWN_DEVICES))
    assert "use only the apps and systems we approve for work, and ask the Digital Service Desk which they are;" in own


@pytest.mark.parametrize(
    ("access", "present", "absent"),
    [
        ("work_apps", "We manage only the work apps on your device.", "wipe it completely"),
        ("whole_device", "If it is lost or stolen, we can wipe it completely, and that removes your personal content too, so keep your own backup.", "We manage only the work apps"),
    ],
)
def test_what_the_employer_can_see_or_wipe_on_an_own_device(access, present, absent):
    own = flat(clause(policy(devices={"issued": "personal", "employer_access": access}), OWN_DEVICES))
    assert present in own and absent not in own
    assert "We cannot see your personal messages, photos" in own


def test_work_information_on_own_devices_is_held_information_for_public_bodies_only():
    council = flat(clause(policy(devices={"issued": "personal"}), OWN_DEVICES))
    assert "Work information on your own device is still information we hold under the Freedom of Information Act 2000." in council
    assert "copy it into our systems and then delete it from the device" in council
    scottish = flat(clause(policy(nation="scotland", devices={"issued": "personal"}), OWN_DEVICES))
    assert "under the Freedom of Information (Scotland) Act 2002" in scottish and "Act 2000" not in scottish
    charity = flat(clause(policy(type="charity", short_name="Harbour Trust", devices={"issued": "personal"}), OWN_DEVICES))
    assert "Freedom of Information" not in charity


def test_a_lost_device_is_reported_within_the_stated_time_to_a_reachable_contact():
    text = policy(devices={"lost_report_hours": 2}, contacts={"it_support": {"name": "the IT Service Desk", "phone": "0100 000 999"}})
    lost = flat(clause(text, LOST))
    assert "tell the IT Service Desk on 0100 000 999 straight away, and within two hours of noticing at the latest." in lost
    assert f"report it under clause {number(text, 'Data breaches')} as well" in lost
    assert "within one hour of noticing" in clause(policy(devices={"lost_report_hours": 1}), LOST)


def test_restricted_platforms_are_named_on_work_devices_and_for_official_accounts():
    text = policy(devices={"issued": "both", "restricted_platforms": ["TikTok"]})
    assert "TikTok is not allowed on our work devices. Do not install it or sign in to it there, for any reason." in flat(clause(text, WORK_DEVICES))
    approval = flat(clause(text, "Setting up an official account"))
    assert f"TikTok is not allowed on our work devices (clause {number(text, WORK_DEVICES)})." in approval
    two = flat(clause(policy(devices={"restricted_platforms": ["TikTok", "Telegram"]}), WORK_DEVICES))
    assert "TikTok and Telegram are not allowed on our work devices. Do not install them or sign in to them there" in two
    none = policy()
    assert "not allowed on our work devices" not in none


def test_personal_social_media_on_work_devices_is_not_asked_without_work_devices():
    from generator.answers.questions import Answering

    def asked(issued: str) -> bool:
        answering = Answering({"organisation": {"name": "X", "short_name": "X", "type": "charity", "nation": "england"}, "devices": {"issued": issued}})
        return "personal_use.work_devices" in [q.key for q in answering.pending()]

    assert asked("work") and asked("both") and not asked("personal")


def test_init_update_adds_the_new_questions_to_an_old_file_and_build_names_the_one_it_still_needs(tmp_path):
    """An approved policy written before these questions existed: upgraded to today's answers
    format, --update adds each with its default; the build then stops only at the impact
    assessment date, which has no default."""
    import subprocess

    from click.testing import CliRunner

    from generator.cli import cli
    from helpers import ROOT

    old = subprocess.run(["git", "show", "711f9ec:examples/northshire-council.yaml"], cwd=ROOT, capture_output=True, text=True)
    if old.returncode != 0:
        pytest.skip("the repository history is not available")
    path = tmp_path / "policy.yaml"
    path.write_text(old.stdout, encoding="utf-8")
    assert CliRunner().invoke(cli, ["init", "--update", "--defaults", str(path)]).exit_code == 1  # upgrade first
    assert CliRunner().invoke(cli, ["upgrade", str(path)]).exit_code == 0
    result = CliRunner().invoke(cli, ["init", "--update", "--defaults", str(path)])
    assert result.exit_code == 0, result.output
    text = path.read_text(encoding="utf-8")
    for key in ("devices:", "  issued: work", "  lost_report_hours: 4", "  kept_for_days: 90", "  covert_authorised_by: the Chief Executive", "  concerns_alternative:", "  approval_minute:", "  control_at_front: false"):
        assert f"\n{key}" in text, key
    built = CliRunner().invoke(cli, ["build", str(path), "-o", str(tmp_path / "p.md")])
    assert built.exit_code == 1
    assert built.stderr.startswith(f"Error: {path}:")
    assert built.stderr.endswith(": monitoring.dpia_completed_on: the policy is approved and describes monitoring, so give the date its data protection impact assessment was completed (YYYY-MM-DD)\n")


@pytest.mark.parametrize("issued", ["work", "personal", "both"])
def test_no_employer_or_nation_is_told_to_use_work_devices_it_does_not_issue(issued):
    from generator.answers.model import NATIONS, ORG_TYPES

    for org_type in ORG_TYPES:
        for nation in NATIONS:
            text = policy(type=org_type, nation=nation, short_name="Harbour Trust", devices={"issued": issued}).split("\n---\n", 1)[1]
            rest = text.replace("does not issue work phones or computers", "")
            told = [phrase for phrase in ("work device", "work phone", "work laptop", "our devices") if phrase in rest]
            assert bool(told) == (issued != "personal"), (org_type, nation, told)
            assert bool(clause(text, OWN_DEVICES)) == (issued != "work")
            assert bool(clause(text, WORK_DEVICES)) == (issued != "personal")
