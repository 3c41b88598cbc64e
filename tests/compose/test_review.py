"""What the review copy says beside each clause: notes, BASW recommendations and deciding answers."""

from __future__ import annotations

import shutil
import sys

import pytest

from generator.compose.review import ClauseReview, comment_parts, notes_paragraphs, review_notes
from generator.pipeline import prepare
from helpers import MINIMAL_ANSWERS, ROOT, build_file_tree


@pytest.fixture(scope="module")
def northshire() -> dict[str, ClauseReview]:
    built = prepare(ROOT / "examples" / "northshire-council.yaml")
    reviews = review_notes(built.answers, built.library)
    assert [r.number for r in reviews] == [c.number for c in built.document.clauses()]  # one per clause, in order
    return {review.clause_id: review for review in reviews}


@pytest.fixture(scope="module")
def brightwater() -> dict[str, ClauseReview]:
    built = prepare(ROOT / "examples" / "brightwater-fostering.yaml")
    return {review.clause_id: review for review in review_notes(built.answers, built.library)}


def test_a_clause_with_notes_gets_them_as_paragraphs_with_its_recommendations_and_answers(northshire):
    former = northshire["boundaries.former"]
    assert former.number == "4.3"
    assert former.notes == (
        "Why: the power imbalance of a professional relationship does not end when a case closes, and the person may need the service again (BASW recommendations 4 and 6).",
        "Options: boundaries.former_service_users is 'never' (a flat rule) or agreed case by case with a manager and recorded. Either way, children and adults "
        "at risk are always a no. For care-experienced staff and carers the clause says plainly that their own family and people they grew up with are never "
        "limited: keep that sentence if you replace the clause.",
    )
    assert former.recommendations == (
        "4. Keep clear personal and professional boundaries with people who use services and with colleagues.",
        "6. Open professional conversation online is welcome, but do not take people who use services or their carers into your personal network.",
    )
    # The questions as the officer met them, in the questionnaire's order, with Northshire's answers in words.
    assert former.answers == (
        ("Does it cover social work students?", "Yes"),
        ("Does it cover foster carers?", "Yes"),
        ("May staff have personal online contact with people who used your services in the past?", "Never: no personal online contact with former service users"),
    )
    assert former.facts == ()  # "your manager" only names someone in a sentence; it decides nothing


def test_answers_that_only_name_someone_are_not_listed_as_deciding(northshire):
    assert [review.clause_id for review in northshire.values() if "What do you call your organisation in running text?" in dict(review.answers)] == []
    assert [review.clause_id for review in northshire.values() if any(fact.startswith("your manager") for fact in review.facts)] == []


def test_the_answers_are_this_organisations(brightwater):
    assert brightwater["boundaries.former"].answers[0] == ("Does it cover social work students?", "No")


def test_a_clause_without_notes_has_none_and_one_without_recommendations_says_why_it_is_there(northshire):
    scope = northshire["introduction.scope"]
    assert scope.notes == ()
    assert scope.recommendations == ("None: this clause is here to frame the policy.",)
    assert northshire["personal-use.monitoring-rights"].recommendations == ("None: this clause is here because of the law.",)


def test_a_records_fields_share_one_line_in_the_records_order(northshire):
    assert northshire["personal-use.monitoring-rights"].answers == (
        ("Does your organisation monitor the use of its networks, devices and work accounts?", "Yes"),
        ("Who is your data protection officer?", "Name: the Data Protection Officer, Email: dpo@northshire.example, Phone: 01632 960 300"),
    )


def test_choices_read_as_their_labels_and_lists_as_every_label(northshire):
    monitoring = dict(northshire["personal-use.monitoring"].answers)
    assert monitoring["Do you issue work phones and computers, or do staff use their own?"] == "We issue work devices, and staff may also use their own for work"
    assert monitoring["Why do you monitor?"] == (
        "To keep information and systems secure; To check that this policy and our rules on the use of IT are followed; "
        "To look into a specific concern about misuse, when one is raised"
    )
    assert monitoring["When was the data protection impact assessment of the monitoring completed?"] == "2026-08-14"


def test_the_nations_data_is_decided_by_the_nation_answered(northshire, brightwater):
    """A clause that reads only the library's data for a nation still says which answer decides it."""
    safeguarding = northshire["practice.safeguarding"]
    assert safeguarding.answers == (("In which UK nation do your social work staff practise?", "England"),)
    assert safeguarding.facts[0] == "the law, guidance and bodies the clause library gives for England"
    assert "out of hours phone: 01632 960 999" in safeguarding.facts
    covert = brightwater["practice.nothing-covert"]
    assert covert.facts == ("the law, guidance and bodies the clause library gives for England", "online route authorises: No", "online route power: none")


def test_a_recommendation_met_only_in_part_says_what_the_answers_must_add(tmp_path):
    text = (ROOT / "examples" / "northshire-council.yaml").read_text(encoding="utf-8")
    assert "advice_url: https://www.northshire.example/online-safety" in text
    changed = text.replace("advice_url: https://www.northshire.example/online-safety", "advice_url: null")
    changed = changed.replace("available: as a leaflet at every family hub and from your social worker", "available: null")
    (tmp_path / "policy.yaml").write_text(changed, encoding="utf-8")
    shutil.copytree(ROOT / "examples" / "local-clauses", tmp_path / "local-clauses")  # the example's own clauses
    built = prepare(tmp_path / "policy.yaml")
    [advice] = [r for r in review_notes(built.answers, built.library) if r.clause_id == "practice.safety-advice"]
    assert advice.recommendations == (
        "16. Help people who use services to use social media safely, and give them clear, accessible advice on internet safety. "
        "Met only in part: the answers must say where the advice is.",
    )
    assert ("Where is that advice published online?", "(not answered)") in advice.answers
    assert ("Where else can people get the advice?", "(not answered)") in advice.answers


def test_notes_paragraphs_join_wrapped_lines_and_break_at_a_blank_line_or_a_label():
    notes = "Why: one reason that\nwraps here.\nOptions: two,\nor three.\n\nA last word\nwrapped.\n"
    assert notes_paragraphs(notes) == ("Why: one reason that wraps here.", "Options: two, or three.", "A last word wrapped.")
    assert notes_paragraphs(None) == ()


def test_an_own_clause_brings_its_own_notes(tmp_path):
    """The organisation's own clause files may carry notes too; its comment shows them and what it cites."""
    build_file_tree(tmp_path, {
        "policy.yaml": MINIMAL_ANSWERS + "customise:\n  clauses: local\n",
        "local/gifts.md": "---\nid: conduct.gifts\ntitle: Gifts offered online\nafter: conduct.views\nsources: {basw: [10]}\n"
        "notes: |\n  Why: HR asked for a rule on gifts.\n  Options: none.\n---\nSay no to gifts offered online.\n",
    })
    built = prepare(tmp_path / "policy.yaml")
    [gifts] = [r for r in review_notes(built.answers, built.library) if r.clause_id == "conduct.gifts"]
    assert (gifts.notes, gifts.answers, gifts.facts) == (("Why: HR asked for a rule on gifts.", "Options: none."), (), ())
    assert gifts.recommendations[0].startswith("10. Share information properly")
    assert gifts.own == "Added by your organisation: not in the clause library."
    assert comment_parts(gifts)[:2] == [
        ("Your own clause", ("Added by your organisation: not in the clause library.",)),
        ("Drafter's notes", ("Why: HR asked for a rule on gifts.", "Options: none.")),
    ]


def test_a_replaced_clause_says_whose_version_it_is(tmp_path):
    build_file_tree(tmp_path, {
        "policy.yaml": MINIMAL_ANSWERS + "customise:\n  clauses: local\n",
        "local/separate.md": "---\nreplaces: boundaries.separate\ntitle: Two accounts, two lives\n---\nUse one account for work and another for yourself.\n",
    })
    built = prepare(tmp_path / "policy.yaml")
    [separate] = [r for r in review_notes(built.answers, built.library) if r.clause_id == "boundaries.separate"]
    assert separate.own == "Your organisation's version of the library's 'Keep personal and work accounts apart'."
    assert separate.recommendations == ("5. Keep personal and work communication apart.",)  # the library's sources, kept


def test_the_review_notes_read_the_build_s_clause_context_instead_of_working_it_out_again(monkeypatch):
    built = prepare(ROOT / "examples" / "northshire-council.yaml")
    worked_out = review_notes(built.answers, built.library)
    assert built.context["organisation"]["name"] == "Northshire County Council"  # the build kept the context it assembled with

    def no_second_context(*args, **kwargs):
        raise AssertionError("clause_context worked out again")

    monkeypatch.setattr(sys.modules["generator.compose.assemble"], "clause_context", no_second_context)
    assert review_notes(built.answers, built.library, built.context) == worked_out


def test_each_exclusion_is_shown_beside_the_clause_it_would_have_come_before_with_its_reason(tmp_path):
    excluded = "customise:\n  exclude:\n    - clause: conduct.views\n      reason: Our Code of Conduct covers personal views.\n    - privacy.family\n"
    (tmp_path / "policy.yaml").write_text(MINIMAL_ANSWERS + excluded, encoding="utf-8")
    built = prepare(tmp_path / "policy.yaml")
    reviews = {review.clause_id: review for review in review_notes(built.answers, built.library, built.context)}
    # conduct.views is followed by the university clauses, which a council does not get: boundaries.separate is next
    assert reviews["boundaries.separate"].left_out == ("Your personal views (conduct.views). Why: Our Code of Conduct covers personal views.",)
    assert reviews["confidentiality.data-protection"].left_out == ("Asking family and friends to take care (privacy.family). No reason is given in the answers file.",)
    assert [review.clause_id for review in reviews.values() if review.left_out] == ["boundaries.separate", "confidentiality.data-protection"]
    parts = dict(comment_parts(reviews["boundaries.separate"]))
    assert list(parts)[-1] == "Left out next to this clause by your organisation"
    assert parts["Left out next to this clause by your organisation"] == reviews["boundaries.separate"].left_out
    assert "Left out next to this clause by your organisation" not in dict(comment_parts(reviews["boundaries.friends"]))


def test_an_exclusion_after_the_policy_s_last_clause_is_shown_beside_that_clause(tmp_path):
    (tmp_path / "policy.yaml").write_text(MINIMAL_ANSWERS + "customise:\n  exclude:\n    - clause: appendix.basw-coverage\n      reason: We publish it separately.\n", encoding="utf-8")
    built = prepare(tmp_path / "policy.yaml")
    reviews = review_notes(built.answers, built.library, built.context)
    assert reviews[-1].clause_id != "appendix.basw-coverage"
    assert reviews[-1].left_out == ("The recommendations and our clauses (appendix.basw-coverage). Why: We publish it separately.",)
    assert [review.clause_id for review in reviews if review.left_out] == [reviews[-1].clause_id]
