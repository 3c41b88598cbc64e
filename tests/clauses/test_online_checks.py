"""Online checks: the route each kind of employer has in each nation, tried cell by cell.

The expected table is written out here, not read from clauses/data/online_checks.yaml, so a
change to the data that gives an employer the wrong route fails. For employers that cannot
authorise surveillance, every sentence about viewing is scanned for one that lets anyone
approve repeated viewing.
"""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from generator.answers import parse_answers
from generator.answers.model import NATIONS, ORG_TYPES, OWN_POLICY_TYPES, SURVEILLANCE_AUTHORITIES
from generator.answers.questions import Answering
from generator.cli import cli
from generator.compose.assemble import assemble
from generator.compose.context import clause_context as context
from generator.errors import PolicyError
from generator.library import load_library
from generator.writers import markdown

EXPECTED = {
    "local_authority": {
        "england": "council_england_wales",
        "wales": "council_england_wales",
        "scotland": "council_scotland",
        "northern_ireland": "council_northern_ireland",
    },
    **{kind: dict.fromkeys(NATIONS, "not_claimed") for kind in ("nhs_or_hsc_body", "university", "other")},
    **{kind: dict.fromkeys(NATIONS, "no_power") for kind in ("charity", "independent_provider")},
}
CELLS = [(kind, nation) for kind in ORG_TYPES for nation in NATIONS]
NAMES = {"local_authority": "the Council", "nhs_or_hsc_body": "the Trust", "university": "the University", "charity": "Harbour Trust", "independent_provider": "Brightwater", "other": "Kestrel"}


@pytest.fixture(scope="module")
def library():
    return load_library()


def answers_for(kind: str, nation: str, **online_checks):
    answers = {
        "organisation": {"name": "Example Organisation", "short_name": NAMES[kind], "type": kind, "nation": nation},
        "scope": {"students": True, "foster_carers": True, "other_carers": True, "volunteers": True, "agency_staff": True},
        "online_checks": online_checks,
    }
    return parse_answers(json.dumps(answers), "answers.yaml")


@pytest.fixture(scope="module")
def policy(library):
    def build(kind: str, nation: str, **online_checks) -> str:
        return markdown.render(assemble(answers_for(kind, nation, **online_checks), library)).decode("utf-8")

    return build


def clause(text: str, title: str) -> str:
    match = re.search(rf"^### [\d.]+ {re.escape(title)}\n(.*?)(?=^##)", text + "\n##", re.S | re.M)
    return match.group(1) if match else ""


def sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.;:])\s+|\n+", text) if s.strip()]


VIEWING = "Looking at people's social media in your work"
NOT_PERMITTED = "You must not look at people's social media"
REPEATED = "Repeated viewing and surveillance"
NONE_HERE = "No repeated viewing, and nothing covert"
RECORDS = "Recording online checks"

# A sentence that sets a condition under which viewing may happen, or names someone who approves it.
CONDITION = re.compile(r"\b(until|unless|only (if|when|through|with|after)|provided that|as long as|subject to)\b", re.I)
APPROVAL = re.compile(r"\b(decid\w*|decision\w*|approv\w*|authoris\w*|allow\w*|permi\w*|agree\w*|sign\w* off|go(es)? ahead)\b", re.I)
NEGATION = re.compile(r"\b(no one|nobody|never|cannot|no power|not)\b", re.I)
# About viewing people: "repeated viewing", "systematic checks", surveillance; not "a repeated concern" about a carer.
ABOUT_VIEWING = re.compile(r"\b((repeated|systematic)\w*\s+(or\s+systematic\s+)?(view|look|check|monitor)\w*|surveillance|covert|watch\w*)\b", re.I)


def approving_sentences(text: str) -> list[str]:
    """Sentences that let someone approve repeated viewing, in the viewing clauses or anywhere they are named."""
    scanned = [clause(text, title) for title in (VIEWING, NOT_PERMITTED, NONE_HERE)]
    found = []
    for part in scanned:
        for sentence in sentences(part):
            if CONDITION.search(sentence) or (APPROVAL.search(sentence) and not NEGATION.search(sentence)):
                found.append(sentence)
    for sentence in sentences(text):
        if ABOUT_VIEWING.search(sentence) and (CONDITION.search(sentence) or (APPROVAL.search(sentence) and not NEGATION.search(sentence))):
            found.append(sentence)
    return found


# ------------------------------------------------------------------ the table


def test_the_table_has_a_defined_route_for_every_cell_and_no_other(library):
    table = library.data["online_checks"]
    assert set(table["employers"]) == set(ORG_TYPES)
    keys = {"authorises", "power", "repeated_viewing", "approval", "threshold", "record", "if_own_policy", "answers"}
    for route_id, route in table["routes"].items():
        assert set(route) == keys, route_id
    for kind, row in table["employers"].items():
        assert set(row) == set(NATIONS), kind
        assert {route for route in row.values()} <= set(table["routes"])


def test_the_questions_and_the_table_agree_on_who_can_authorise(library):
    table = library.data["online_checks"]
    for kind in ORG_TYPES:
        for nation in NATIONS:
            route = table["routes"][table["employers"][kind][nation]]
            assert route["authorises"] == (kind in SURVEILLANCE_AUTHORITIES), (kind, nation)
            assert (route["if_own_policy"] == "own_policy") == (kind in OWN_POLICY_TYPES), (kind, nation)


@pytest.mark.parametrize(("kind", "nation"), CELLS)
def test_each_cell_has_its_route(library, kind, nation):
    assert context(answers_for(kind, nation), library)["online_route"]["id"] == EXPECTED[kind][nation]


@pytest.mark.parametrize("kind", OWN_POLICY_TYPES)
@pytest.mark.parametrize("nation", NATIONS)
def test_own_surveillance_policy_gives_its_route_only_when_checks_are_permitted(library, kind, nation):
    with_policy = answers_for(kind, nation, own_surveillance_policy="Covert Surveillance Policy")
    assert context(with_policy, library)["online_route"]["id"] == "own_policy"
    not_permitted = answers_for(kind, nation, permitted=False, own_surveillance_policy="Covert Surveillance Policy")
    assert context(not_permitted, library)["online_route"]["id"] == "not_claimed"


@pytest.mark.parametrize("kind", ["charity", "independent_provider", "local_authority"])
def test_an_own_policy_answer_changes_nothing_where_the_table_allows_none(library, kind):
    answers = answers_for(kind, "england", own_surveillance_policy="Covert Surveillance Policy")
    assert context(answers, library)["online_route"]["id"] == EXPECTED[kind]["england"]


def test_a_cell_missing_from_the_table_is_an_error_naming_the_file_and_cell(library):
    data = json.loads(json.dumps(library.data))
    del data["online_checks"]["employers"]["charity"]["wales"]
    broken = library.replace(data=data)
    with pytest.raises(PolicyError) as caught:
        context(answers_for("charity", "wales"), broken)
    assert str(caught.value) == "clauses/data/online_checks.yaml: employers.charity.wales: has no route for a charity in wales"


# ------------------------------------------------------------------ the questions


def asked(kind: str, nation: str, **given) -> set[str]:
    answering = Answering({"organisation": {"name": "X", "short_name": "X", "type": kind, "nation": nation}, "online_checks": given})
    return set(given) | {q.name for q in answering.pending() if q.group == "online_checks"}


@pytest.mark.parametrize(("kind", "nation"), CELLS)
def test_each_cell_asks_exactly_the_answers_its_route_uses(library, kind, nation):
    routes = library.data["online_checks"]["routes"]
    route = routes[EXPECTED[kind][nation]]
    assert asked(kind, nation, permitted=True) == set(route["answers"])
    assert asked(kind, nation, permitted=False) == {"permitted"} | ({"concerns_to"} if not route["authorises"] else set())
    if kind in OWN_POLICY_TYPES:
        assert asked(kind, nation, permitted=True, own_surveillance_policy="Covert Surveillance Policy") == set(routes["own_policy"]["answers"])


def test_init_update_adds_the_new_council_questions(tmp_path):
    path = tmp_path / "policy.yaml"
    before = "organisation:\n  name: X Council\n  short_name: the Council\n  type: local_authority\n  nation: scotland\nonline_checks:\n  permitted: true\n"
    path.write_text(before, encoding="utf-8")
    result = CliRunner().invoke(cli, ["init", "--update", "--defaults", str(path)])
    assert result.exit_code == 0, result.output
    after = path.read_text(encoding="utf-8")
    assert "  authorising_officer: one of our authorising officers\n" in after
    assert "  decision_maker:" not in after.replace("  # decision_maker:", "")
    assert "  concerns_to:" not in after.replace("  # concerns_to:", "")


# ------------------------------------------------------------------ what every employer says


@pytest.mark.parametrize(("kind", "nation"), CELLS)
def test_every_employer_allows_one_recorded_look_and_forbids_the_rest(policy, kind, nation):
    text = clause(policy(kind, nation), VIEWING)
    assert "You may look once at information that anyone can see on the social media of someone you work with, for a purpose you can state" in text
    assert "Record it as clause" in text
    assert "- use a false, anonymous or personal profile to look;" in text
    assert "- send a friend or follow request, or ask to join a private group, to see more;" in text
    assert "- ask anyone else, such as a colleague, a carer or a relative, to look for you." in text
    assert "Looking at someone's account with them is not a check." in text
    assert "You may look at it with them, with their consent" in text


@pytest.mark.parametrize("nation", NATIONS)
def test_looking_with_the_person_is_allowed_when_checks_are_not(policy, nation):
    text = clause(policy("charity", nation, permitted=False), NOT_PERMITTED)
    assert "You must not look at the social media of the people you work with as part of your work." in text
    assert "Looking at someone's account with them is not a check, and this rule does not stop it." in text
    assert clause(policy("charity", nation, permitted=False), VIEWING) == ""
    assert clause(policy("charity", nation, permitted=False), RECORDS) == ""


# ------------------------------------------------------------------ the routes, cell by cell


@pytest.mark.parametrize("nation", ["england", "wales"])
def test_councils_in_england_and_wales(policy, nation):
    text = policy("local_authority", nation, decision_maker="the Assistant Director", advice_from="the RIPA lead", authorising_officer="the Director of Law", authorisation_lead="the RIPA Coordinator")
    route = clause(text, REPEATED)
    assert "Before it starts, the Assistant Director must decide that it is necessary and in proportion to its purpose, after advice from the RIPA lead on whether it would be directed surveillance." in route
    assert "It goes in our central record of surveillance decisions, and its reference goes in the case record." in route
    assert "a manager's decision is not enough" in route
    assert "under the Regulation of Investigatory Powers Act 2000 (RIPA): the Director of Law must authorise it, and a magistrate must then approve the authorisation before it takes effect." in route
    assert "Even then, it is allowed only to prevent or detect a crime that carries at least six months in prison" in route
    assert "So it is rare in social work." in route
    assert "Our RIPA policy names our authorising officers and our Senior Responsible Officer" in route
    assert "The RIPA Coordinator looks after it" in route
    assert re.search(r"Clause [\d.]+ says how it is decided\.", clause(text, VIEWING))
    assert clause(text, NONE_HERE) == ""
    assert "no power to authorise" not in text


def test_councils_in_scotland(policy):
    text = policy("local_authority", "scotland", advice_from="Legal Services", authorising_officer="the Head of Service", authorisation_lead="the RIP(S)A Coordinator")
    route = clause(text, REPEATED)
    assert "Repeated or systematic viewing can be directed surveillance under the Regulation of Investigatory Powers (Scotland) Act 2000 (RIP(S)A)" in route
    assert "The viewing goes ahead only if the Head of Service authorises it under RIP(S)A" in route
    assert "as the Scottish Government's code of practice on covert surveillance sets out" in route
    assert "Each authorisation goes in our central register of authorisations, which the RIP(S)A Coordinator keeps, and its reference goes in the case record." in route
    for english in ("magistrate", "six months in prison", "Regulation of Investigatory Powers Act 2000", "(RIPA)", "Home Office", "Senior Responsible Officer", "district judge"):
        assert english not in text, english
    assert clause(text, NONE_HERE) == ""


def test_councils_in_northern_ireland(policy):
    route = clause(policy("local_authority", "northern_ireland"), REPEATED)
    assert "(RIPA): one of our authorising officers must authorise it, and for some matters, a district judge must also approve the authorisation before it takes effect." in route
    assert "The surveillance lead looks after it and can tell you who holds each role and what applies to your case." in route
    assert "magistrate" not in route and "six months" not in route


@pytest.mark.parametrize(("kind", "nation"), [(k, n) for k, n in CELLS if EXPECTED[k][n] in ("no_power", "not_claimed")])
@pytest.mark.parametrize("permitted", [True, False])
def test_employers_without_a_power_allow_no_repeated_viewing_at_all(policy, kind, nation, permitted):
    text = policy(kind, nation, permitted=permitted, concerns_to="the safeguarding lead")
    name = NAMES[kind]
    none_here = clause(text, NONE_HERE)
    if EXPECTED[kind][nation] == "no_power":
        assert none_here.startswith(f"\n{name[0].upper() + name[1:]} has no power to authorise surveillance.\n")
    else:
        assert none_here.startswith(f"\nThis policy gives no one at {name} a way to authorise surveillance.\n")
        assert "has no power" not in text  # the law is not confirmed for these employers
    assert "So no one here views the social media of anyone we work with, or of their family and friends, repeatedly or systematically" in none_here
    assert "And no one does anything covert online." in none_here
    assert f"No one at {name} can give permission for either." in none_here
    assert "tell the safeguarding lead the same day. They pass it on to " in none_here.replace("\n", " ")
    assert clause(text, REPEATED) == ""
    if permitted:
        assert "You must never do it: see clause" in clause(text, VIEWING)
    for phrase in ("decided that it may", "decides that it may", "authorising officer", "formal process", "Senior Responsible Officer", "magistrate", "district judge", "central register"):
        assert phrase not in text, phrase
    assert approving_sentences(text) == []


def test_the_sentence_scan_finds_an_approval_route(policy):
    """The scan above would catch the wording this issue removed, and a council's route."""
    old = "Repeated or systematic viewing is different. It does not start until the Head of Service has decided that it may, with advice from Legal Services."
    assert approving_sentences(f"### 7.4 {VIEWING}\n{old}\n## 8 Next\n") == ["It does not start until the Head of Service has decided that it may, with advice from Legal Services."]
    assert approving_sentences(policy("local_authority", "england")) != []
    assert approving_sentences(policy("university", "england", own_surveillance_policy="Covert Surveillance Policy")) != []


@pytest.mark.parametrize("kind", OWN_POLICY_TYPES)
@pytest.mark.parametrize("nation", NATIONS)
def test_a_public_body_with_its_own_surveillance_policy_follows_it_by_name(policy, kind, nation):
    text = policy(kind, nation, own_surveillance_policy="Covert Surveillance Policy", authorising_officer="the Medical Director", advice_from="the Head of Legal Services")
    route = clause(text, REPEATED)
    assert "has its own policy on surveillance, the Covert Surveillance Policy." in route
    assert "Repeated or systematic viewing goes ahead only through that policy: nothing in this policy allows it." in route
    assert "The viewing starts only if the Medical Director authorises it under the Covert Surveillance Policy" in route
    assert "If the viewing is not authorised, it does not happen." in route
    assert clause(text, NONE_HERE) == ""
    assert "no power" not in text and "magistrate" not in text


@pytest.mark.parametrize("kind", ["local_authority", "charity"])
def test_a_council_without_checks_names_its_formal_process_and_a_charity_does_not(policy, kind):
    text = clause(policy(kind, "england", permitted=False), NOT_PERMITTED)
    assert ("can be authorised only through" in text) == (kind == "local_authority")


@pytest.mark.parametrize(("nation", "where"), [
    ("england", "the local authority for the area where the person lives"),
    ("wales", "the local authority for the area where the person lives"),
    ("scotland", "the council for the area where the person lives"),
    ("northern_ireland", "the Health and Social Care Trust for the area where the person lives"),
])
def test_concerns_go_to_the_nations_statutory_agency_or_the_police(policy, nation, where):
    assert f"They pass it on to {where} or the police." in clause(policy("charity", nation), NONE_HERE).replace("\n", " ")


# ------------------------------------------------------------------ records of checks


@pytest.mark.parametrize(("recorded", "where"), [("case_file", "in the person's case record."), ("case_file_and_log", "in the person's case record and in our central log of online checks.")])
def test_each_check_is_recorded_in_full_and_kept_only_in_the_case_record(policy, recorded, where):
    text = clause(policy("nhs_or_hsc_body", "england", recorded=recorded), RECORDS)
    assert f"Record every check on the day you make it, {where}" in text
    for item in ("- who looked, and when;", "- the platform, and the address of the page or profile;", "- what you looked at, and why;", "- who decided that the check was needed;", "- what you found, and what happens next."):
        assert item in text, item
    assert "keep only what the purpose needs, leaving out other people's details where you can. Save it straight into the case record system." in text.replace("\n", " ")
    assert "Never keep a copy on a personal device, in personal notes, in email or in a messaging app" in text
    assert "We keep them for as long as our records retention schedule sets for that record" in text
    assert "Looking at an account with the person, with their consent, in your direct work is not a check" in text
    assert ("central log" in text) == (recorded == "case_file_and_log")
