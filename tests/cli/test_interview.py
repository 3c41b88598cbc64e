"""The interview of `policygen init`, point by point, through CliRunner (a pseudo-terminal run of
each is in test_interview_terminal.py): answers by label, why a question is asked again,
defaults that follow earlier answers, clause ids checked at once, `-` and dates explained,
`<` back, Ctrl-C's offer to save and `--resume`, and colour.

Input is scripted from the questionnaire itself (helpers.script: Enter for every question not
named), so questions added to the answers model need no change here.
"""

from __future__ import annotations

import datetime as dt

import click
import pytest
from click.testing import CliRunner

from generator.answers import load_answers
from generator.answers.questions import Answering, find
from generator.cli import cli
from generator.interview import NEEDED
from helpers import ORG, enter_lines, invoke, script

STOP = "^C"  # typed in these scripts where a person presses Ctrl-C


@pytest.fixture
def ctrl_c(monkeypatch, terminal):
    """A prompt that reads STOP acts as Ctrl-C does at a real one (click turns KeyboardInterrupt into Abort)."""
    real = click.prompt

    def prompt(*args, **kwargs):
        text = real(*args, **kwargs)
        if text == STOP:
            raise click.Abort
        return text

    monkeypatch.setattr(click, "prompt", prompt)


def said(result) -> str:
    """The output with wrapped lines joined, to find a message whatever the terminal's width."""
    return " ".join(result.output.split())


# ------------------------------------------------------------------ choices and required answers


def test_choices_by_label_in_any_case_number_or_code(tmp_path, terminal):
    answers = dict(ORG)
    answers["organisation.type"] = (["charity or voluntary organisation"], "charity")
    answers["organisation.nation"] = (["Wales"], "wales")
    answers["personal_use.during_work"] = (["ONLY IN BREAKS"], "breaks_only")
    answers["personal_use.work_devices"] = (["3"], "permitted")
    answers["boundaries.former_service_users"] = (["discuss_first"], "discuss_first")
    checks = find("official_accounts.pre_launch_checks").labels
    answers["official_accounts.pre_launch_checks"] = ([f"{checks['dpia'].lower()}, 2, records"], ["dpia", "security", "records"])
    text, _ = script(answers)
    result = invoke("init", "policy.yaml", input=text, cwd=tmp_path)
    assert result.exit_code == 0, result.output
    saved = load_answers(tmp_path / "policy.yaml")
    assert (saved.organisation.type, saved.organisation.nation) == ("charity", "wales")
    assert (saved.personal_use.during_work, saved.personal_use.work_devices) == ("breaks_only", "permitted")
    assert saved.boundaries.former_service_users == "discuss_first"
    assert saved.official_accounts.pre_launch_checks == ["dpia", "security", "records"]
    assert "  Answer (its number, name or code): charity or voluntary organisation\n" in result.output
    assert "That is:" not in result.output  # every choice was typed whole


def test_a_choice_typed_as_some_of_its_words_is_said_back(tmp_path, terminal):
    answers = dict(ORG)
    answers["organisation.type"] = (["council"], "local_authority")
    text, _ = script(answers)
    result = invoke("init", "policy.yaml", input=text, cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert "  Answer (its number, name or code): council\n  That is: Local authority (council). (Type < to go back if not.)\n" in result.output
    assert load_answers(tmp_path / "policy.yaml").organisation.type == "local_authority"


def test_an_empty_answer_to_a_required_question_says_why_it_is_asked_again(tmp_path, terminal):
    answers = dict(ORG)
    answers["organisation.name"] = (["", "Harbour Trust"], "Harbour Trust")
    answers["organisation.type"] = (["", "3"], "charity")
    text, _ = script(answers)
    result = invoke("init", "policy.yaml", input=text, cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert said(result).count(" ".join(NEEDED.split())) == 2
    name = result.output.index(find("organisation.name").question)
    assert " ".join(result.output[name:].split()).startswith(
        f"{find('organisation.name').question} {' '.join(find('organisation.name').help.split())} Answer: {' '.join(NEEDED.split())} Answer: Harbour Trust"
    )
    assert load_answers(tmp_path / "policy.yaml").organisation.name == "Harbour Trust"


# ------------------------------------------------------------------ defaults that follow earlier answers


def test_a_renamed_team_is_the_default_next_time_that_role_is_asked(tmp_path, terminal):
    answers = dict(ORG)
    answers["official_accounts.approver"] = (["the Digital Team"], "the Digital Team")
    answers["document.owner"] = (["Head of Practice"], "Head of Practice")
    answers["abuse_support.report_to"] = (["your team manager"], "your team manager")
    text, _ = script(answers)
    result = invoke("init", "policy.yaml", input=text, cwd=tmp_path)
    assert result.exit_code == 0, result.output
    out = result.output
    keeper = out.index(find("official_accounts.register_keeper").question)
    assert "  Answer [the Digital Team]: \n" in out[keeper:]
    assert "  Name [the Digital Team]: " in out[out.index(find("contacts.communications").question):]
    assert "  Name [the Head of Practice]: " in out[out.index(find("contacts.questions").question):]
    assert "  Name [your team manager]: " in out[out.index(find("contacts.concerns").question):]
    saved = load_answers(tmp_path / "policy.yaml")
    assert saved.official_accounts.register_keeper == "the Digital Team"
    assert saved.contacts.communications.name == "the Digital Team"
    assert saved.contacts.questions.name == "the Head of Practice"
    assert saved.contacts.concerns.name == "your team manager"


def test_defaults_follow_only_a_renamed_default():
    answering = Answering()
    register = find("official_accounts.register_keeper")
    assert answering.suggested(register) == register.default
    answering.answer(find("official_accounts.approver"), find("official_accounts.approver").default)  # kept: nothing renamed
    assert answering.suggested(register) == register.default
    answering.answer(find("official_accounts.approver"), "Corporate Communications")
    assert answering.suggested(register) == "Corporate Communications"
    assert answering.suggested(find("abuse_support.report_to")) == find("abuse_support.report_to").default


@pytest.mark.parametrize("kind, default", [("local_authority", "yes"), ("nhs_or_hsc_body", "yes"), ("charity", "no"), ("university", "no")])
def test_welsh_language_standards_default_to_yes_for_welsh_public_bodies(tmp_path, terminal, kind, default):
    answers = dict(ORG)
    answers["organisation.type"] = ([kind], kind)
    answers["organisation.nation"] = (["wales"], "wales")
    text, _ = script(answers)
    result = invoke("init", "policy.yaml", input=text, cwd=tmp_path)
    assert result.exit_code == 0, result.output
    question = result.output.index(find("welsh_language.standards_apply").question)
    assert f"  Answer (yes or no) [{default}]: " in result.output[question:]
    assert load_answers(tmp_path / "policy.yaml").welsh_language.standards_apply is (default == "yes")


# ------------------------------------------------------------------ clause ids, `-`, dates


def test_a_clause_id_to_leave_out_is_checked_as_it_is_typed_and_its_reason_asked(tmp_path, terminal):
    answers = dict(ORG)
    reason = "Our own guidance on family privacy covers this."
    answers["customise.exclude"] = (["yes", "privacy.famly", "privacy.family", reason, "no"], [{"clause": "privacy.family", "reason": reason}])
    text, _ = script(answers)
    result = invoke("init", "policy.yaml", input=text, cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert (
        "Add an entry? (yes or no) [no]: yes "
        "The clause's id, as `policygen clauses` lists it, e.g. 'official.register'. Clause: privacy.famly "
        "Error: 'privacy.famly' is not a clause id; did you mean 'privacy.family'? See `policygen clauses` for the ids. "
        "The clause's id, as `policygen clauses` lists it, e.g. 'official.register'. Clause: privacy.family "
        "Why it is left out, in a sentence for the approval committee, e.g. 'Our communications policy keeps the register of accounts.' "
        f"Reason (Enter to leave it empty): {reason} Add an entry? (yes or no) [no]: no"
    ) in said(result)
    [exclusion] = load_answers(tmp_path / "policy.yaml").customise.exclude
    assert (exclusion.clause, exclusion.reason) == ("privacy.family", reason)


def test_a_wrong_clause_id_given_in_advance_is_refused_before_anything_is_written(tmp_path):
    result = invoke("init", "policy.yaml", "--defaults", "--set", "customise.exclude=privacy.famly", cwd=tmp_path)
    assert result.exit_code == 1
    assert result.output == "Error: customise.exclude: 'privacy.famly' is not a clause id; did you mean 'privacy.family'? See `policygen clauses` for the ids.\n"
    assert list(tmp_path.iterdir()) == []


def test_dash_to_leave_empty_is_explained_where_it_is_offered(tmp_path, terminal):
    answers = dict(ORG)
    answers["training.refresher_months"] = (["-"], None)
    answers["abuse_support.wellbeing_service"] = (["-"], None)
    text, _ = script(answers)
    result = invoke("init", "policy.yaml", input=text, cwd=tmp_path)
    assert result.exit_code == 0, result.output
    refresher = result.output.index(find("training.refresher_months").question)
    assert "  Answer (type - to leave it empty) [24]: -\n" in result.output[refresher:]
    reference = result.output.index(find("document.reference").question)
    assert "  Answer (Enter to leave it empty): \n" in result.output[reference:]
    saved = load_answers(tmp_path / "policy.yaml")
    assert saved.training.refresher_months is None and saved.abuse_support.wellbeing_service is None


def test_dates_are_asked_for_the_uk_way(tmp_path, terminal):
    answers = dict(ORG)
    answers["document.status"] = (["approved"], "approved")
    answers["document.approved_on"] = (["30/11/26", "01/12/2026"], dt.date(2026, 12, 1))
    answers["document.next_review_on"] = (["1.12.2028"], dt.date(2028, 12, 1))
    text, _ = script(answers)
    result = invoke("init", "policy.yaml", input=text, cwd=tmp_path)
    assert result.exit_code == 0, result.output
    approved = result.output[result.output.index(find("document.approved_on").question):]
    assert "  Answer (a date such as 01/12/2026 or 2026-12-01; Enter to leave it empty): 30/11/26\n" in approved
    assert "Error: '30/11/26' is not a date: type it as day/month/year, e.g. 01/12/2026 for 1 December 2026" in " ".join(approved.split())
    saved = load_answers(tmp_path / "policy.yaml")
    assert (saved.document.approved_on, saved.document.next_review_on) == (dt.date(2026, 12, 1), dt.date(2028, 12, 1))
    assert "  approved_on: 2026-12-01\n" in (tmp_path / "policy.yaml").read_text(encoding="utf-8")


# ------------------------------------------------------------------ < goes back


def test_back_one_question_and_the_answer_taken_back_is_the_default(tmp_path, terminal):
    lines = ["<", "Harbour", "<", "", "Harbour Trust", "3", "<", "<", "", "", "scotland"]
    rest, _ = script({}, _org_given())
    result = invoke("init", "policy.yaml", input="\n".join(lines) + "\n" + rest, cwd=tmp_path)
    assert result.exit_code == 0, result.output
    text = said(result)
    assert f"Answer: < This is the first question; there is none before it. {find('organisation.name').question}" in text
    name, short = find("organisation.name").question, find("organisation.short_name").question
    # back from the second question to the first, whose answer is now the default
    assert f"{short} " in text and f"Answer: < {name}" in text
    assert "Answer [Harbour]: What do you call" in text  # Enter kept it
    # two back from the nation: to the kind of organisation, then the short name, whose answers Enter keeps
    assert "(its number, name or code): < What kind of organisation is it?" in text
    assert "Answer [Harbour Trust]: What kind of organisation is it?" in text
    assert "Answer (its number, name or code) [3]: In which UK nation" in text
    saved = load_answers(tmp_path / "policy.yaml")
    assert (saved.organisation.name, saved.organisation.short_name, saved.organisation.type) == ("Harbour", "Harbour Trust", "charity")


def _org_given() -> Answering:
    answering = Answering()
    for key, (_, value) in ORG.items():
        answering.answer(find(key), value)
    answering.answer(find("organisation.name"), "Harbour")
    return answering


def lines_before(key: str, answering: Answering) -> list[str]:
    """What Enter at every prompt types, from the first pending question up to `key`; answers them in `answering`."""
    lines: list[str] = []
    for question in list(answering.pending()):
        if question.key == key:
            return lines
        lines += enter_lines(question, answering)
        answering.use_default(question)
    raise AssertionError(f"{key} is not asked")


def test_back_from_a_follow_up_to_the_question_that_opened_it(tmp_path, terminal):
    """< at the first follow-up goes back to the question that made it apply; "no" there leaves it out."""
    answering = Answering()
    for key, (_, value) in ORG.items():
        answering.answer(find(key), value)
    typed = [line for lines, _ in ORG.values() for line in lines] + lines_before("official_accounts.exist", answering)
    typed += ["", "<", "no"]  # yes (the default) to official accounts, then back from who approves them, and no
    answering.answer(find("official_accounts.exist"), False)
    rest, plan = script({}, answering)
    assert "official_accounts.approver" not in [q.key for q, _ in plan]
    result = invoke("init", "policy.yaml", input="\n".join(typed) + "\n" + rest, cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert f"Answer [the Communications Team]: < {find('official_accounts.exist').question}" in said(result)
    assert load_answers(tmp_path / "policy.yaml").official_accounts.exist is False
    assert "  # approver: " in (tmp_path / "policy.yaml").read_text(encoding="utf-8")


# ------------------------------------------------------------------ Ctrl-C, and --resume


def test_ctrl_c_offers_to_save_and_resume_continues(tmp_path, ctrl_c):
    result = invoke("init", "policy.yaml", input="Harbour Trust\nHarbour Trust\n3\n^C\ny\n", cwd=tmp_path)
    assert result.exit_code == 1
    assert "Save your 3 answers so far to policy.partial.yaml, to finish later with `policygen init --resume policy.yaml`? [Y/n]: y\n" in result.output
    assert "Saved policy.partial.yaml. Continue with: policygen init --resume policy.yaml\n" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["policy.partial.yaml"]  # no schema, no answers file
    partial = (tmp_path / "policy.partial.yaml").read_text(encoding="utf-8")
    assert "  name: Harbour Trust\n" in partial and "  type: charity\n" in partial and "nation" not in partial.split("type: charity")[1]

    saved = Answering({"organisation": {"name": "Harbour Trust", "short_name": "Harbour Trust", "type": "charity"}})
    text, plan = script({"organisation.nation": (["scotland"], "scotland")}, saved)
    assert plan[0][0].key == "organisation.nation"  # the saved answers are not asked again
    resumed = invoke("init", "--resume", "policy.yaml", input=text, cwd=tmp_path)
    assert resumed.exit_code == 0, resumed.output
    assert resumed.output.startswith("Continuing from the answers saved in policy.partial.yaml;")
    assert find("organisation.name").question not in resumed.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["policy.yaml", "policygen.schema.json"]  # the saved answers are used up
    answers = load_answers(tmp_path / "policy.yaml")
    assert (answers.organisation.name, answers.organisation.type, answers.organisation.nation) == ("Harbour Trust", "charity", "scotland")


def test_ctrl_c_writes_nothing_unless_asked_to(tmp_path, ctrl_c):
    no = invoke("init", "policy.yaml", input="Harbour Trust\n^C\nn\n", cwd=tmp_path)
    assert no.exit_code == 1 and "Aborted!" in no.output
    ended = invoke("init", "policy.yaml", input="Harbour Trust\nHarbour Trust\n", cwd=tmp_path)  # the input ends
    assert ended.exit_code == 1 and "Save your 2 answers so far" in ended.output
    before = invoke("init", "policy.yaml", input="^C\n", cwd=tmp_path)  # nothing answered yet: nothing to offer
    assert before.exit_code == 1 and "Save" not in before.output
    assert list(tmp_path.iterdir()) == []


def test_back_reaches_into_the_saved_answers_when_resuming(tmp_path, ctrl_c):
    invoke("init", "policy.yaml", input="Harbour Trust\nHarbour Trust\n3\n^C\ny\n", cwd=tmp_path)
    saved = Answering({"organisation": {"name": "Harbour Trust", "short_name": "Harbour Trust", "type": "charity"}})
    rest, _ = script({"organisation.nation": (["wales"], "wales")}, saved)
    result = invoke("init", "--resume", "policy.yaml", input="<\n4\n" + rest, cwd=tmp_path)  # an independent provider: the same follow-ups
    assert result.exit_code == 0, result.output
    assert "(its number, name or code): < What kind of organisation is it?" in said(result)
    assert "Answer (its number, name or code) [3]: 4" in said(result)
    assert load_answers(tmp_path / "policy.yaml").organisation.type == "independent_provider"


def test_resume_without_saved_answers_or_with_update(tmp_path, terminal):
    result = invoke("init", "--resume", "policy.yaml", cwd=tmp_path)
    assert result.exit_code == 1
    assert result.output == "Error: policy.partial.yaml: no answers were saved for policy.yaml; run `policygen init policy.yaml` without --resume\n"
    result = invoke("init", "--resume", "--update", "policy.yaml", cwd=tmp_path)
    assert result.exit_code == 2
    assert "Error: --update keeps the existing file; it cannot be used with --resume\n" in result.output


def test_resume_with_defaults_answers_the_rest(tmp_path, ctrl_c):
    invoke("init", "policy.yaml", input="Harbour Trust\nHarbour Trust\n3\nwales\n^C\ny\n", cwd=tmp_path)
    result = invoke("init", "--resume", "--defaults", "policy.yaml", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""  # no example answers: the saved ones are real
    assert load_answers(tmp_path / "policy.yaml").organisation.nation == "wales"
    assert not (tmp_path / "policy.partial.yaml").exists()


# ------------------------------------------------------------------ colour


@pytest.mark.parametrize("args, env, coloured", [([], {}, True), (["--no-color"], {}, False), ([], {"NO_COLOR": "1"}, False), (["--color"], {"NO_COLOR": "1"}, True)])
def test_init_honours_no_color_and_the_colour_options(tmp_path, terminal, args, env, coloured):
    text, _ = script(ORG)
    result = CliRunner().invoke(cli, ["init", str(tmp_path / "policy.yaml"), *args], input=text, env=env, color=True)
    assert result.exit_code == 0, result.output
    assert ("\x1b[1m" in result.output) is coloured
    assert ("\x1b[" in result.output) is coloured


def test_the_teams_earlier_answers_name_are_offered_one_by_one_for_how_to_reach_them(tmp_path, terminal):
    answers = dict(ORG)
    lead = {"name": "the safeguarding lead", "email": "safeguarding@harbour.example", "phone": None, "web": None, "purpose": "A concern that someone's social media needs watching"}
    assistance = {"name": "the Employee Assistance Programme", "email": None, "phone": "0800 123 4567", "web": None, "purpose": "Wellbeing support"}
    typed = ["", "safeguarding@harbour.example", "", "", "", "", "", "0800 123 4567", "", "", ""]  # each part of each entry, then "Add an entry?"
    answers["contacts.other"] = (typed, [lead, assistance])
    text, _ = script(answers)
    result = invoke("init", "policy.yaml", input=text, cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert "Your answers so far name 2; check each and add what is missing." in result.output
    assert "[the safeguarding lead]: " in result.output and "[the Employee Assistance Programme]: " in result.output
    other = load_answers(tmp_path / "policy.yaml").contacts.other
    assert [entry.model_dump() for entry in other] == [lead, assistance]
    built = invoke("build", "policy.yaml", "-o", "policy.md", cwd=tmp_path)
    assert built.exit_code == 0 and "contacts.other" not in built.stderr, built.output
