"""The teams the answers name, and which of them init offers under contacts.other."""

from __future__ import annotations

from generator.answers.questions import Answering, find
from generator.answers.teams import named_teams, stale_contacts, team_key, unlisted_teams


def values(**given):
    """What a question's `when` sees (answers so far, defaults for the rest, derived facts) for a council in England."""
    answers = {"organisation": {"name": "Northshire County Council", "short_name": "the Council", "type": "local_authority", "nation": "england"}}
    for dotted, value in given.items():
        group, name = dotted.split("__")
        answers.setdefault(group, {})[name] = value
    return Answering(answers).context()


def test_a_council_names_its_surveillance_roles_and_its_support_teams():
    assert [(purpose, name) for purpose, name, _ in named_teams(values())] == [
        ("Approving a new official account", "the Communications Team"),
        ("The register of official accounts", "the Communications Team"),
        ("Deciding on repeated viewing of someone's social media", "the Head of Service"),
        ("Advice on whether viewing could be surveillance", "Legal Services"),
        ("Surveillance authorisations", "the surveillance lead"),
        ("Online abuse because of your work", "your line manager"),
        ("Wellbeing support", "the Employee Assistance Programme"),
    ]


def test_only_teams_no_contact_lists_are_offered_once_each_and_a_reader_s_own_never():
    offered = unlisted_teams(values(online_checks__advice_from="the surveillance lead", contacts__other=[{"name": "Employee Assistance Programme"}]))
    # the Communications Team is contacts.communications; the surveillance lead is named twice; "your line manager" is each reader's own
    assert offered == [
        {"name": "the Head of Service", "purpose": "Deciding on repeated viewing of someone's social media"},
        {"name": "the surveillance lead", "purpose": "Advice on whether viewing could be surveillance"},
    ]


def test_team_names_match_with_or_without_the_and_in_any_case():
    assert team_key("the Legal Team") == team_key("Legal team") == "legal team"


def test_the_questionnaire_offers_them_for_contacts_other_after_the_answers_that_name_them():
    answering = Answering({"organisation": {"name": "Harbour Trust", "short_name": "the Trust", "type": "charity", "nation": "wales"}})
    for question in answering.pending():
        if question.key == "contacts.other":
            break
        answering.use_default(question)
    assert answering.suggested(find("contacts.other")) == [
        {"name": "the safeguarding lead", "purpose": "A concern that someone's social media needs watching"},
        {"name": "the Employee Assistance Programme", "purpose": "Wellbeing support"},
    ]
    assert answering.default(find("contacts.other")) == []  # what a file means when it leaves the answer out


def test_an_entry_left_behind_by_a_renamed_team_is_stale_and_one_matching_its_team_is_not():
    other = [
        {"name": "the Comms Team", "purpose": "Approving a new official account"},  # approver renamed below
        {"name": "Employee Assistance Programme", "purpose": "wellbeing support"},  # the same team and purpose, any case, no "the"
        {"name": "the Legal Team", "purpose": "Legal advice"},  # a purpose of the organisation's own: never stale
        {"name": "the Digital Team"},  # no purpose
    ]
    assert stale_contacts(values(official_accounts__approver="the Digital Team", contacts__other=other)) == [
        (0, "lists the Comms Team for 'Approving a new official account', but official_accounts.approver names the Digital Team for it; "
            "give both the same name, or delete this entry"),
    ]


def test_an_entry_for_a_purpose_no_answer_gives_anyone_any_more_is_stale():
    other = [{"name": "the Communications Team", "purpose": "The register of official accounts"}]
    assert stale_contacts(values(official_accounts__exist=False, contacts__other=other)) == [
        (0, "lists the Communications Team for 'The register of official accounts', but these answers name no one for it "
            "(official_accounts.register_keeper); delete this entry, or change its purpose"),
    ]
    assert stale_contacts(values(contacts__other=other)) == []
