"""The carers' edition read as a foster carer: every number has one name, and every line a carer is told to ring has a number.

Also the review of a carer's approval in Northern Ireland, where no panel or decision maker's
title is verified: the 1996 Regulations have the Trust approve and review carers (regs 3 and 4,
DOMAIN-frameworks.md 5.2).
"""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from generator import editions, prepare
from generator.answers.questions import Answering, find
from generator.answers.teams import team_key
from generator.writers import markdown
from helpers import EXAMPLES, ROOT, bundled_library, clause, flat, gaps, pending_keys, policy

EXAMPLES_DIR = ROOT / "examples"

PHONE = r"0\d{2,4} \d{3,4}(?: \d{3,4})?"
# A name in a sentence that gives its number: "contact the Emergency Duty Team on 0100 999",
# "tell the Registered Manager ([email](mailto:email)), phone 0100 000".
NAMED_IN_PROSE = re.compile(rf"\b(?:contact|from|call|tell|to) ((?:the|our) [^.;:()\[\]]+?)(?: \(\[[^)]*\)\))?(?:,? on|, phone) ({PHONE})\b")
NO_NUMBER = "our out-of-hours support line"  # the model's default name for the carers' line, which has no number


def names_by_number(text: str) -> dict[str, set[str]]:
    """Every phone number in a policy's Markdown, with the names the text gives it (in table rows and sentences)."""
    found: dict[str, set[str]] = defaultdict(set)
    for line in text.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")] if line.startswith("|") else []
        if len(cells) == 3:
            for number in re.findall(PHONE, cells[2]):
                found[number].add(team_key(cells[1]))
    for name, number in NAMED_IN_PROSE.findall(" ".join(text.split())):
        found[number].add(team_key(name))
    return found


def every_edition() -> list[tuple[str, str]]:
    return [(path.stem, name) for path in EXAMPLES for name in editions(path)]


@pytest.mark.parametrize(("example", "edition"), every_edition())
def test_each_number_has_one_name_in_every_edition(example, edition):
    text = markdown.render(prepare(next(p for p in EXAMPLES if p.stem == example), edition=edition).document).decode()
    found = names_by_number(text)
    assert found, "the parser finds the policy's numbers"
    assert {number: names for number, names in found.items() if len(names) > 1} == {}


def test_the_parser_sees_two_names_for_one_number():
    text = "Outside office hours, contact the Duty Line on 0100 999 999.\n\n| Someone at risk out of hours | The Duty Team | 0100 999 999 |\n"
    assert names_by_number(text) == {"0100 999 999": {"duty line", "duty team"}}


# ------------------------------------------------------------------ one line, one name

FOSTER = {"scope": {"foster_carers": True, "other_carers": False}}
LINE = {"name": "the Fostering Support Line", "phone": "0100 555 777"}
DUTY = {"name": "the Emergency Duty Team", "phone": "0100 555 999"}


def test_a_carers_line_sharing_a_number_with_another_name_is_a_warning():
    found = gaps(**FOSTER, fostering={"out_of_hours": {**LINE, "phone": DUTY["phone"]}}, contacts={"out_of_hours": DUTY})
    assert (
        "fostering.out_of_hours: the Fostering Support Line has the same phone number as the Emergency Duty Team (contacts.out_of_hours), "
        "so carers would read one line as two; if it is one service, give both the same name"
    ) in found
    apart = gaps(**FOSTER, fostering={"out_of_hours": LINE}, contacts={"out_of_hours": DUTY})
    assert not [gap for gap in apart if gap.startswith("fostering.out_of_hours")]


def rows(text: str) -> list[list[str]]:
    table = clause(text, "Everyone this guide names, and how to reach them")
    return [[cell.strip() for cell in line.strip("|").split("|")] for line in table.splitlines() if line.startswith("| ") and not line.startswith(("| For ", "| ---"))]


def test_the_same_service_is_one_row_in_the_carers_guide_and_its_own_line_is_another():
    same = rows(policy(edition="carers", **FOSTER, fostering={"out_of_hours": DUTY}, contacts={"out_of_hours": DUTY}))
    assert ["Advice and support out of office hours, and someone at risk", "The Emergency Duty Team", "0100 555 999"] in same
    assert [row for row in same if "0100 555 999" in row[2]] == [["Advice and support out of office hours, and someone at risk", "The Emergency Duty Team", "0100 555 999"]]
    apart = rows(policy(edition="carers", **FOSTER, fostering={"out_of_hours": LINE}, contacts={"out_of_hours": DUTY}))
    assert apart[1:3] == [
        ["Advice and support out of office hours", "The Fostering Support Line", "0100 555 777"],
        ["Someone at risk out of hours", "The Emergency Duty Team", "0100 555 999"],
    ]


def test_the_full_policy_lists_the_carers_own_line_among_its_contacts():
    text = policy(**FOSTER, fostering={"out_of_hours": LINE}, contacts={"out_of_hours": DUTY})
    assert "| Foster carers' advice and support out of office hours | Fostering Support Line | 0100 555 777 |" in clause(text, "Who to contact")
    same = policy(**FOSTER, fostering={"out_of_hours": DUTY}, contacts={"out_of_hours": DUTY})
    assert "Foster carers' advice and support" not in clause(same, "Who to contact")


# ------------------------------------------------------------------ a carers' line with no number


def test_a_carers_line_with_no_number_is_a_warning_at_its_answer():
    assert (
        "fostering.out_of_hours: our out-of-hours support line has no email, phone or web page, so people cannot reach it from the policy; add at least one"
    ) in gaps(**FOSTER, contacts={"out_of_hours": DUTY})
    assert not [gap for gap in gaps(**FOSTER, fostering={"out_of_hours": LINE}) if gap.startswith("fostering.out_of_hours")]


def test_a_carer_is_never_told_to_ring_a_line_with_no_number():
    text = policy(edition="carers", **FOSTER, contacts={"out_of_hours": DUTY})
    for sentence in re.split(r"(?<=[.;])\s", flat(text)):
        if NO_NUMBER in sentence:
            assert "whose number your supervising social worker gives you" in sentence, sentence
    # Where a child may be at risk, the carer rings the out-of-hours service for anyone at risk, which has a number.
    contact = flat(clause(text, "If a child has online contact that is not allowed"))
    assert "4. tell the child's social worker and your supervising social worker the same day. Outside office hours, contact the Emergency Duty Team on 0100 555 999;" in contact
    lost = flat(clause(text, "If your phone or computer is lost or stolen"))
    assert "If a child may be at risk because of what was on it, tell the child's social worker straight away. Outside office hours, contact the Emergency Duty Team on 0100 555 999." in lost
    support = flat(clause(text, "What to do, and what we will do"))
    assert "Outside office hours, you can also contact our out-of-hours support line, whose number your supervising social worker gives you." in support
    assert ["Advice and support out of office hours", "Our out-of-hours support line", "Ask your supervising social worker how to reach them"] in rows(text)


def test_with_a_number_the_carer_rings_their_own_line():
    text = policy(edition="carers", **FOSTER, fostering={"out_of_hours": LINE}, contacts={"out_of_hours": DUTY})
    contact = flat(clause(text, "If a child has online contact that is not allowed"))
    assert "Outside office hours, contact the Fostering Support Line on 0100 555 777;" in contact
    assert "whose number" not in text


def test_the_full_policy_tells_carers_and_staff_each_their_line():
    text = flat(clause(policy(**FOSTER, fostering={"out_of_hours": LINE}, contacts={"out_of_hours": DUTY}), "If a child has online contact that is not allowed"))
    assert "Outside office hours, foster carers contact the Fostering Support Line on 0100 555 777, and staff contact the Emergency Duty Team on 0100 555 999;" in text
    one = flat(clause(policy(**FOSTER, fostering={"out_of_hours": DUTY}, contacts={"out_of_hours": DUTY}), "If a child has online contact that is not allowed"))
    assert "Outside office hours, contact the Emergency Duty Team on 0100 555 999;" in one


def test_a_guide_only_for_foster_carers_does_not_ask_whether_you_are_one():
    text = policy(edition="carers", **FOSTER, fostering={"out_of_hours": LINE, "carer_support": "the Carers' Support Line"})
    support = flat(clause(text, "What to do, and what we will do"))
    assert "If you are a foster carer" not in support
    assert "You can use the Carers' Support Line instead." in support
    both = flat(clause(policy(edition="carers", scope={"foster_carers": True, "other_carers": True}, fostering={"out_of_hours": LINE}), "What to do, and what we will do"))
    assert "If you are a foster carer, outside office hours you can contact the Fostering Support Line on 0100 555 777." in both


# ------------------------------------------------------------------ the review of a carer's approval


def test_in_northern_ireland_the_trust_decides_and_no_unverified_title_is_named():
    text = policy(edition="carers", nation="northern_ireland", type="nhs_or_hsc_body", short_name="the Trust", **FOSTER, fostering={"out_of_hours": LINE})
    concerns = flat(clause(text, "If there is a concern about you"))
    assert "a serious or repeated concern can lead to a review of your approval. We then decide whether you remain approved, and on what terms;" in concerns
    assert "decision maker" not in text and "fostering panel" not in text


def test_elsewhere_the_panel_recommends_and_the_decision_maker_decides():
    concerns = flat(clause(policy(edition="carers", nation="wales", **FOSTER, fostering={"out_of_hours": LINE}), "If there is a concern about you"))
    assert "The review can go to the fostering panel for its recommendation. The agency decision maker then decides whether you remain approved, and on what terms;" in concerns


# ------------------------------------------------------------------ read as a carer


def test_a_carer_asks_their_own_worker_what_the_guide_does_not_cover():
    text = flat(clause(policy(edition="carers", **FOSTER, fostering={"out_of_hours": LINE}), "If something online worries you"))
    assert "If this guide has no rule for something you came across, tell your supervising social worker, who will pass it on to the Principal Social Worker." in text


def test_screenshots_of_contact_that_is_not_allowed_are_evidence_and_are_not_kept():
    text = flat(clause(policy(edition="carers", **FOSTER, fostering={"out_of_hours": LINE}), "If a child has online contact that is not allowed"))
    assert "2. keep the messages: do not delete them or reply. Take screenshots that show the date, the time and the account: the child's social worker needs them as evidence;" in text
    assert "Do not share them with anyone else, and delete your copies once they are in the record, unless you are asked to keep them." in text


def test_the_training_clause_speaks_as_we_and_names_who_is_in_your_care():
    text = flat(clause(policy(edition="carers", **FOSTER, fostering={"out_of_hours": LINE}), "The training we give you"))
    assert text.startswith("We train the foster carers we approve to use social media safely in their caring role.")
    assert "and sooner if a child in your care starts using a new app or platform." in text
    both = flat(clause(policy(edition="carers", scope={"foster_carers": True, "other_carers": True}, fostering={"out_of_hours": LINE}), "The training we give you"))
    assert "and sooner if someone in your care starts using a new app or platform." in both
    assert "foster carer record" not in policy(edition="carers", **FOSTER, fostering={"out_of_hours": LINE})  # one record, named one way


# ------------------------------------------------------------------ a question that changes nothing is not asked


@pytest.mark.parametrize("nation", ["england", "wales", "scotland", "northern_ireland"])
def test_the_decision_maker_is_asked_only_where_the_policy_names_one(nation):
    """Asked exactly where the nation's facts name a panel, since only then does the policy print the answer."""
    panel = bundled_library().data["nations"][nation]["fostering"].get("review_panel")
    asked = "fostering.decision_maker" in pending_keys(organisation__nation=nation, scope__foster_carers="yes")
    assert asked == bool(panel)
    assert asked == (nation != "northern_ireland")
    named = policy(nation=nation, **FOSTER, fostering={"out_of_hours": LINE, "decision_maker": "the Head of Fostering"})
    assert ("The Head of Fostering then decides whether you remain approved" in flat(named)) == asked
    assert "fostering.decision_maker" not in pending_keys(organisation__nation=nation, scope__foster_carers="no")


def test_an_answered_decision_maker_in_northern_ireland_is_a_warning_at_its_line(tmp_path):
    from generator.pipeline import validate

    text = (EXAMPLES_DIR / "mourne-glens-hsc-trust.yaml").read_text(encoding="utf-8")
    text = text.replace("  other_carers_kinds:", "  decision_maker: the Head of Fostering\n  other_carers_kinds:", 1)
    path = tmp_path / "trust.yaml"
    path.write_text(text, encoding="utf-8")
    line = text.splitlines().index("  decision_maker: the Head of Fostering") + 1
    checked = validate([path])
    assert not checked.problems  # still valid: a warning, not an error
    assert [(p.line, p.field) for p in checked.warnings] == [(line, "fostering.decision_maker")]
    assert "asked only when `scope.foster_carers and organisation.nation != 'northern_ireland'`" in checked.warnings[0].message


# ------------------------------------------------------------------ other carers: only the kinds the organisation has

OTHER = {"scope": {"foster_carers": False, "other_carers": True}}
BOTH = {"scope": {"foster_carers": True, "other_carers": True}}


@pytest.mark.parametrize(
    ("groups", "kinds", "guide", "reader"),
    [
        (OTHER, [], "This guide is for the carers that the Council approves or supports.", "If you are a carer approved or supported by the Council, you follow"),
        (OTHER, ["shared_lives"], "This guide is for the Shared Lives carers that the Council approves or supports.", "If you are one of the Shared Lives carers that the Council approves or supports, you follow"),
        (OTHER, ["kinship"], "This guide is for the kinship carers that the Council approves or supports.", "If you are one of the kinship carers that the Council approves or supports, you follow"),
        (
            BOTH,
            ["shared_lives", "kinship"],
            "This guide is for the foster carers, kinship carers and Shared Lives carers that the Council approves or supports.",
            "If you are one of the kinship carers or Shared Lives carers that the Council approves or supports, and you are not one of our foster carers, you follow",
        ),
        (BOTH, [], "This guide is for the foster carers and other carers that the Council approves or supports.", "If you are a carer approved or supported by the Council, and you are not one of our foster carers, you follow"),
    ],
)
def test_the_carers_guide_names_only_the_kinds_of_carer_the_organisation_has(groups, kinds, guide, reader):
    text = policy(edition="carers", **groups, fostering={"out_of_hours": LINE, "other_carers_kinds": kinds})
    assert flat(clause(text, "Who this guide is for")).startswith(guide)
    assert flat(clause(text, "How these rules apply to you, and who supports you")).startswith(reader)
    assert "## 5 Your caring role" in text or "Your caring role\n" in text
    named = {"kinship": "kinship", "shared_lives": "Shared Lives"}
    for kind, word in named.items():
        assert (word in text) == (kind in kinds), word
    full = policy(**groups, fostering={"out_of_hours": LINE, "other_carers_kinds": kinds})
    for kind, word in named.items():
        assert (word in full) == (kind in kinds), word


def test_the_kinds_of_carer_are_asked_only_when_other_carers_are_covered():
    question = find("fostering.other_carers_kinds")
    assert question.default == [] or question.default_factory() == []
    assert "fostering.other_carers_kinds" in pending_keys(scope__other_carers="yes")
    assert "fostering.other_carers_kinds" not in pending_keys(scope__other_carers="no", scope__foster_carers="yes")


def test_init_update_offers_the_kinds_of_carer_to_a_file_written_before_them(tmp_path):
    from generator.pipeline import init

    path = tmp_path / "trust.yaml"
    path.write_text((EXAMPLES_DIR / "mourne-glens-hsc-trust.yaml").read_text(encoding="utf-8").replace("  other_carers_kinds: [shared_lives]\n", ""), encoding="utf-8")
    init(path, update=True, defaults=True)
    updated = path.read_text(encoding="utf-8")
    assert "  # Which kinds of carer besides foster carers does the policy cover?\n" in updated
    assert "  other_carers_kinds: []\n" in updated
    assert updated.index("other_carers_kinds") < updated.index("other_carers_agreement")


# ------------------------------------------------------------------ one word for whom staff support is for


def test_support_kept_for_employees_says_employees_in_every_carers_and_students_guide():
    wellbeing = {"wellbeing_service": "the Employee Assistance Programme", "paid_time": True}
    carers = flat(clause(policy(edition="carers", **FOSTER, fostering={"out_of_hours": LINE}, abuse_support=wellbeing), "What to do, and what we will do"))
    assert "The Employee Assistance Programme is for our employees." in carers
    for kind in ("university", "local_authority"):
        students = flat(clause(policy(edition="students", type=kind, scope={"students": True}, abuse_support=wellbeing), "What to do, and what we will do"))
        assert "The Employee Assistance Programme and paid time off for appointments are for our employees." in students
    for path in EXAMPLES:
        for edition in ("carers", "students"):
            if edition in editions(path):
                text = markdown.render(prepare(path, edition=edition).document).decode()
                assert "for our staff" not in text, (path.stem, edition)


@pytest.mark.parametrize(("nation", "shown"), [("northern_ireland", False), ("scotland", True)])
def test_serve_hides_the_decision_maker_where_it_is_not_asked(nation, shown):
    from generator.serve.draft import applying
    from generator.serve.form import form_html

    answering = Answering()
    answering.answer_text(find("organisation.nation"), nation)
    answering.answer_text(find("scope.foster_carers"), "yes")
    visible = applying(answering)
    assert ("fostering.decision_maker" in visible) is shown
    assert "fostering.supervising_worker" in visible
    page = form_html(answering, visible, {})
    tag = re.search(r'<div class="question" id="[^"]+" data-key="fostering\.decision_maker"( hidden)?>', page)
    assert tag is not None and (tag.group(1) is None) is shown


def test_a_carer_of_an_adult_with_no_social_worker_still_has_someone_to_tell():
    """Shared Lives carers mostly support adults, who may have no social worker: the carer's own worker is told first."""
    text = flat(clause(policy(edition="carers", **OTHER, fostering={"other_carers_worker": "Shared Lives worker"}), "How these rules apply to you, and who supports you"))
    assert (
        "If you think they are at risk online, for example from bullying, grooming, exploitation or contact that their plan does not allow, "
        "tell your Shared Lives worker straight away, and their social worker if they have one."
    ) in text
    assert "must not see" not in text
