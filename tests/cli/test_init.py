"""`policygen init`, `init --defaults`, `init --update`, `schema` and `questions` from the command line.

Scripted input is made from the questionnaire itself (Enter for every question
not named), so questions added to the answers model need no change here.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys
from pathlib import Path

import jsonschema
import pytest

from generator import __version__
from generator.answers import load_answers, parse_answers
from generator.answers.answersfile import problems_besides_missing
from generator.answers.questions import Answering, find
from generator.answers.teams import unlisted_teams
from generator.library import load_library
from generator.pipeline import build
from helpers import EXAMPLES, ORG, as_json, invoke, kept_in_order, script

# ------------------------------------------------------------------ interactive


def test_every_kind_of_question_with_re_asking(tmp_path, terminal):
    answers = dict(ORG)
    answers.update(
        {
            "organisation.type": (["9", "charity or VOLUNTARY organisation"], "charity"),  # choice: bad number, then its label in any case
            "organisation.nation": (["Scots", "SCOTLAND"], "scotland"),  # choice by label or code, in any case
            "organisation.website": (["www.harbour.org.uk", "https://www.harbour.org.uk"], "https://www.harbour.org.uk"),
            "scope.volunteers": (["maybe", "Yes"], True),  # yes/no
            "document.version": (["2.0"], "2.0"),
            "document.status": (["2"], "approved"),
            "document.approved_on": (["", "tomorrow", "31/9/2026", "1/10/2026"], dt.date(2026, 10, 1)),  # the UK form
            "document.review_every_months": (["3", "twelve", "12"], 12),
            "document.history": (["y", "1.0", "2025-10-01", "First issue", "", "y", "2.0", "2026-02-30", "2026-10-01", "Annual review", "reviewed", "n"], [
                {"version": "1.0", "date": dt.date(2025, 10, 1), "summary": "First issue", "kind": None},
                {"version": "2.0", "date": dt.date(2026, 10, 1), "summary": "Annual review", "kind": "reviewed"},
            ]),
            "official_accounts.pre_launch_checks": (["tiktok", "6,8"], ["welsh_language", "legal"]),
            "training.refresher_months": (["-"], None),
            "monitoring.dpia_completed_on": (["2026-09-01"], dt.date(2026, 9, 1)),
            "contacts.questions": (["the Policy Team", "not-an-email", "policy@harbour.org.uk", "", ""], {"name": "the Policy Team", "email": "policy@harbour.org.uk", "phone": None, "web": None}),
            "policies.related": (["Code of Conduct", "Lone Working Policy", ""], ["Code of Conduct", "Lone Working Policy"]),
        }
    )
    text, _ = script(answers)
    path = tmp_path / "policy.yaml"
    result = invoke("init", str(path), input=text)
    assert result.exit_code == 0, result.output
    out = result.output
    said = " ".join(out.split())  # messages wrap to the terminal
    # each refused answer gives the reason the build would give, then the question again
    assert (
        "Error: '9' is not one of the choices; give its number (1 to 6), its name as listed, or its code: "
        "'local_authority', 'nhs_or_hsc_body', 'charity', 'independent_provider', 'university', 'other' Answer"
    ) in said
    assert "Error: 'Scots' is not one of the choices; give its number (1 to 4), its name as listed, or its code: 'england'," in said
    assert "Error: 'www.harbour.org.uk' is not a web address: write it in full, starting with https:// Answer" in said
    assert "Error: the status is 'approved', so give the approval date (YYYY-MM-DD) Answer" in said
    assert "Error: 'tomorrow' is not a date: type it as day/month/year, e.g. 01/12/2026 for 1 December 2026 Answer" in said
    assert "Error: '31/9/2026' is not a real date: September 2026 has no day 31 Answer" in said
    assert "Error: 3 is too small: the least allowed is 6 Answer" in said
    assert "Error: 'twelve' is not a whole number Answer" in said
    assert "Error: '2026-02-30' is not a real date: February 2026 has no day 30 When this version" in said
    assert (
        "Error: 'tiktok' is not one of the choices; give its number (1 to 8), its name as listed, or its code: "
        "'dpia', 'security', 'records', 'accessibility', 'safeguarding', 'welsh_language', 'equality', 'legal' Answer"
    ) in said
    assert "Error: 'not-an-email' is not an email address, e.g. policy@example.gov.uk An email address" in said
    assert "Error: 'maybe' is not yes or no: type yes or no (or y or n) Answer" in said
    # groups under headings, choices by label with their number and code
    assert "Your organisation\n" in out and "Who the policy covers\n" in out
    assert out.index("Your organisation\n") < out.index("Who the policy covers\n")
    assert "    3) Charity or voluntary organisation [charity]\n" in out
    assert f"Wrote {path}\n" in out
    saved = load_answers(path)
    assert saved.organisation.type == "charity"
    assert saved.organisation.website == "https://www.harbour.org.uk"
    assert saved.scope.volunteers is True
    assert saved.document.version == "2.0" and saved.document.approved_on == dt.date(2026, 10, 1)
    assert saved.document.review_every_months == 12
    assert [h.summary for h in saved.document.history] == ["First issue", "Annual review"]
    assert saved.official_accounts.pre_launch_checks == ["welsh_language", "legal"]
    assert saved.monitoring.dpia_completed_on == dt.date(2026, 9, 1)
    assert saved.training.refresher_months is None
    assert saved.contacts.questions.email == "policy@harbour.org.uk"
    assert saved.policies.related == ["Code of Conduct", "Lone Working Policy"]
    written = path.read_text(encoding="utf-8")
    assert "  version: '2.0'\n" in written and "  approved_on: 2026-10-01\n" in written
    assert (tmp_path / "policygen.schema.json").is_file()
    build(path, [tmp_path / "policy.md"])
    assert "Harbour Trust" in (tmp_path / "policy.md").read_text(encoding="utf-8")


def test_follow_ups_are_skipped_when_they_do_not_apply(tmp_path, terminal):
    answers = dict(ORG)
    answers["official_accounts.exist"] = (["n"], False)
    answers["online_checks.permitted"] = (["n"], False)
    text, plan = script(answers)
    asked = [q.key for q, _ in plan]
    assert "official_accounts.approver" not in asked and "online_checks.decision_maker" not in asked
    path = tmp_path / "policy.yaml"
    result = invoke("init", str(path), input=text)
    assert result.exit_code == 0, result.output
    assert "Does your organisation or service run official social media accounts?" in result.output
    assert find("official_accounts.approver").question not in result.output
    assert find("online_checks.decision_maker").question not in result.output
    assert find("welsh_language.standards_apply").question not in result.output  # Scotland
    saved = load_answers(path)
    assert saved.official_accounts.exist is False and saved.online_checks.permitted is False
    assert "  # decision_maker: " in path.read_text(encoding="utf-8")


def test_wales_gets_the_welsh_language_question(tmp_path, terminal):
    answers = dict(ORG)
    answers["organisation.nation"] = (["wales"], "wales")
    answers["welsh_language.standards_apply"] = (["y"], True)
    text, _ = script(answers)
    result = invoke("init", str(tmp_path / "p.yaml"), input=text)
    assert result.exit_code == 0, result.output
    assert find("welsh_language.standards_apply").question in result.output
    assert load_answers(tmp_path / "p.yaml").welsh_language.standards_apply is True


def test_end_of_input_part_way_leaves_no_file(tmp_path, terminal):
    path = tmp_path / "policy.yaml"
    result = invoke("init", str(path), input="Harbour Trust\nHarbour Trust\n3\n")
    assert result.exit_code == 1
    assert "Aborted!\n" in result.output
    assert list(tmp_path.iterdir()) == []


def test_help_text_wraps_to_the_terminal_under_its_indent(tmp_path, terminal, monkeypatch):
    monkeypatch.setenv("COLUMNS", "60")
    result = invoke("init", str(tmp_path / "policy.yaml"), input="Harbour Trust\nHarbour Trust\n")
    lines = result.output.splitlines()
    assert lines[:2] == [
        "policygen asks about your organisation and how its staff",
        "use social media, in 19 groups of questions.",
    ]
    start = lines.index("What kind of organisation is it?")
    assert lines[start + 1 : start + 5] == [
        "  Decides, among other things, whether anyone can authorise",
        "  surveillance: councils can; charities and independent",
        "  providers cannot.",
        "    1) Local authority (council) [local_authority]",
    ]


def test_an_existing_file_is_not_overwritten_without_force(tmp_path, terminal):
    path = tmp_path / "policy.yaml"
    path.write_text("keep me\n", encoding="utf-8")
    result = invoke("init", str(path), input="")
    assert result.exit_code == 1
    assert result.output == f"Error: {path}: already exists; use --force to replace it, or --update to add only the new questions\n"
    assert path.read_text(encoding="utf-8") == "keep me\n"
    result = invoke("init", str(path), "--defaults")
    assert result.exit_code == 1 and path.read_text(encoding="utf-8") == "keep me\n"
    result = invoke("init", str(path), "--force", input=script(ORG)[0])
    assert result.exit_code == 0, result.output
    assert load_answers(path).organisation.name == "Harbour Trust"


def test_input_that_is_not_a_terminal_needs_defaults(tmp_path):
    result = invoke("init", str(tmp_path / "p.yaml"), input="Harbour Trust\n")
    assert result.exit_code == 2
    assert result.output.endswith(
        "Error: policygen init asks its questions in a terminal, but the input is not one; use --defaults to write the answers file without asking\n"
    )
    assert list(tmp_path.iterdir()) == []


def test_update_and_force_together_is_a_usage_error(tmp_path):
    result = invoke("init", str(tmp_path / "p.yaml"), "--update", "--force")
    assert result.exit_code == 2
    assert "Error: --update keeps the existing file; it cannot be used with --force\n" in result.output


# ------------------------------------------------------------------ --defaults


def test_defaults_writes_a_valid_file_that_builds(tmp_path):
    path = tmp_path / "policy.yaml"
    result = invoke("init", str(path), "--defaults")
    assert result.exit_code == 0, result.output
    assert result.stdout == f"Wrote {path}\nWrote {tmp_path / 'policygen.schema.json'}\nNext: check the answers, then run `policygen build {path}`\n"
    assert result.stderr == (
        f"Warning: {path}: example answers for organisation.name, organisation.short_name, organisation.type, "
        "organisation.nation; replace them before you use the policy\n"
    )
    text = path.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "# yaml-language-server: $schema=policygen.schema.json"
    assert text.count("# EXAMPLE ANSWER: replace it with your own.") == 4
    built = build(path, [tmp_path / "policy.md"])
    assert built == [tmp_path / "policy.md"]
    assert (tmp_path / "policy.md").read_text(encoding="utf-8").strip()
    assert invoke("validate", str(path)).exit_code == 0
    schema = json.loads((tmp_path / "policygen.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(as_json(parse_answers(text, "p")._source[1].data()), schema)


def test_defaults_with_the_organisation_given_has_no_example_answers(tmp_path):
    path = tmp_path / "policy.yaml"
    result = invoke(
        "init", str(path), "--defaults", "--name", "Harbour Trust", "--short-name", "Harbour Trust", "--type", "charity",
        "--nation", "wales", "--set", "scope.volunteers=yes", "--schema", "https://example.org/policygen.schema.json",
    )
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    text = path.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "# yaml-language-server: $schema=https://example.org/policygen.schema.json"
    assert "EXAMPLE ANSWER" not in text
    saved = load_answers(path)
    assert (saved.organisation.nation, saved.scope.volunteers) == ("wales", True)
    assert not (tmp_path / "policygen.schema.json").exists()


def test_a_bad_option_answer_is_refused_with_the_reason(tmp_path):
    result = invoke("init", str(tmp_path / "p.yaml"), "--defaults", "--nation", "france")
    assert result.exit_code == 1
    assert result.output == (
        "Error: organisation.nation: 'france' is not one of the choices; give its number (1 to 4), its name as listed, "
        "or its code: 'england', 'scotland', 'wales', 'northern_ireland'\n"
    )
    result = invoke("init", str(tmp_path / "p.yaml"), "--defaults", "--set", "scope.volunteer=yes")
    assert result.exit_code == 1
    assert result.output == "Error: 'scope.volunteer' is not a question; did you mean 'scope.volunteers'? See `policygen questions`.\n"
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------ --update

FIXTURE = """\
# yaml-language-server: $schema=policygen.schema.json
# Our answers.
policygen: 2

organisation:
  name: Harbour Trust  # as registered
  short_name: Harbour Trust
  type: charity
  nation: scotland

# Who it covers
scope:
  students: false

official_accounts:
  exist: false
  # nobody runs accounts yet
"""


def test_update_asks_only_the_missing_questions_that_apply(tmp_path, terminal):
    path = tmp_path / "policy.yaml"
    path.write_text(FIXTURE, encoding="utf-8")
    data = parse_answers(FIXTURE, "p")._source[1].data()
    answers = {"training.delivery": (["2"], "face_to_face")}
    text, plan = script(answers, Answering(data))
    asked = [q.key for q, _ in plan]
    assert "organisation.name" not in asked and "scope.students" not in asked
    assert "official_accounts.approver" not in asked  # exist: false
    assert "scope.agency_staff" in asked and "training.delivery" in asked
    result = invoke("init", "--update", str(path), input=text)
    assert result.exit_code == 0, result.output
    assert find("organisation.name").question not in result.output
    assert find("scope.agency_staff").question in result.output
    after = path.read_text(encoding="utf-8")
    new_lines = kept_in_order(FIXTURE, after)
    assert "  delivery: face_to_face" in new_lines
    assert load_answers(path).training.delivery == "face_to_face"
    again = invoke("init", "--update", str(path), input="")
    assert again.exit_code == 0, again.output
    assert again.output == f"{path}: nothing to add; every question that applies is answered\n"
    assert path.read_text(encoding="utf-8") == after


def test_update_asks_follow_ups_that_now_apply(tmp_path):
    path = tmp_path / "policy.yaml"
    path.write_text(FIXTURE.replace("exist: false", "exist: true"), encoding="utf-8")
    result = invoke("init", "--update", "--defaults", str(path))
    assert result.exit_code == 0, result.output
    new_lines = kept_in_order(FIXTURE.replace("exist: false", "exist: true"), path.read_text(encoding="utf-8"))
    assert f"  approver: {find('official_accounts.approver').default}" in new_lines
    assert f"  # {find('official_accounts.approver').question}" in new_lines


def _answer_blocks():
    """Each answer of a --defaults file, by key, with the lines it takes in the file."""
    from generator.answers.answersfile import value_lines

    answering = Answering({"organisation": {"name": "A", "short_name": "A", "type": "charity", "nation": "england"}})
    for question in answering.pending():
        answering.use_default(question)
    blocks = []
    for group in answering.groups:
        answered = [q for q in group.questions if answering.has(q)]
        for question in answered if len(answered) > 1 else []:  # the only answer of a group leaves `group:` empty, an error
            # A required one comes back as a marked example; one offered from earlier answers (the teams
            # they name, in contacts.other) comes back as the model's own default, which is what the file means without it.
            if not question.required and answering.value(question) == answering.default(question):
                blocks.append((question.key, value_lines(question.name, answering.value(question), 2)))
    return blocks


@pytest.mark.parametrize("key, lines", _answer_blocks(), ids=[key for key, _ in _answer_blocks()])
def test_update_puts_a_deleted_answer_back_under_its_own_comments(tmp_path, key, lines):
    """The bug: the answer came back with a second copy of its comments, the first left dangling."""
    path = tmp_path / "policy.yaml"
    made = invoke("init", str(path), "--defaults", "--name", "A", "--short-name", "A", "--type", "charity", "--nation", "england")
    assert made.exit_code == 0, made.output
    written = path.read_text(encoding="utf-8")
    block = "\n".join(lines) + "\n"
    assert written.count("\n" + block) == 1, key
    path.write_text(written.replace("\n" + block, "\n", 1), encoding="utf-8")
    result = invoke("init", "--update", "--defaults", str(path))
    assert result.exit_code == 0, result.output
    after = path.read_text(encoding="utf-8")
    stamp = f"# Updated by policygen {__version__} with clause library {load_library().version}.\n"
    assert after.replace(stamp, "", 1) == written


def test_update_puts_a_deleted_group_back_under_its_heading(tmp_path):
    path = tmp_path / "policy.yaml"
    invoke("init", str(path), "--defaults", "--name", "A", "--short-name", "A", "--type", "charity", "--nation", "england")
    written = path.read_text(encoding="utf-8")
    start = written.index("\ntraining:\n") + 1
    end = written.index("\n# Supervision\n")
    path.write_text(written[:start] + written[end:], encoding="utf-8")  # the heading stays
    assert invoke("init", "--update", "--defaults", str(path)).exit_code == 0
    after = path.read_text(encoding="utf-8")
    assert after.count("# Training\n# --------\n") == 1
    assert after.split("\n", 7)[7] == written.split("\n", 6)[6]  # all but the "Updated by" line


def test_update_of_a_missing_file(tmp_path):
    result = invoke("init", "--update", str(tmp_path / "p.yaml"))
    assert result.exit_code == 1
    assert result.output == f"Error: {tmp_path / 'p.yaml'}: no such file; run `policygen init` without --update to write it\n"


def test_update_stops_on_a_file_with_other_problems(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text(FIXTURE.replace("  students: false", "  studnets: false"), encoding="utf-8")
    result = invoke("init", "--update", "--defaults", str(path))
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {path}:13: scope.studnets: unknown key; did you mean 'students'?")
    assert path.read_text(encoding="utf-8") == FIXTURE.replace("  students: false", "  studnets: false")


@pytest.mark.parametrize("source", EXAMPLES + ["fixture"], ids=lambda p: getattr(p, "name", p))
def test_update_changes_no_existing_answer_or_comment(tmp_path, source):
    original = FIXTURE if source == "fixture" else Path(source).read_text(encoding="utf-8")
    path = tmp_path / "policy.yaml"
    path.write_text(original, encoding="utf-8")
    before_rest = load_answers(path).model_dump(exclude={"contacts": {"other"}})
    before_other = load_answers(path).contacts.other
    result = invoke("init", "--update", "--defaults", str(path))
    assert result.exit_code == 0, result.output
    after = path.read_text(encoding="utf-8")
    kept_in_order(original, after)
    answers = load_answers(path)
    assert answers.model_dump(exclude={"contacts": {"other"}}) == before_rest  # new keys hold what the model assumed anyway
    # ... but the teams other answers name, offered under contacts.other as init offers them (no word of the policy changes)
    offered = unlisted_teams(Answering(parse_answers(original, "p")._source[1].data()).context()) if not before_other else []
    assert [(o.name, o.purpose) for o in answers.contacts.other] == [(o.name, o.purpose) for o in before_other] + [(t["name"], t["purpose"]) for t in offered]


def _teams_left_out(tmp_path: Path) -> tuple[Path, str, str]:
    """A complete file whose contacts.other is [] (as every file written before init offered the named teams), and the block init writes now."""
    args = ("--name", "Harbour Trust", "--short-name", "the Trust", "--type", "charity", "--nation", "wales")
    assert invoke("init", "policy.yaml", "--defaults", *args, cwd=tmp_path).exit_code == 0
    path = tmp_path / "policy.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("  other:\n")
    block = text[start : text.index("\n\n", start)]
    path.write_text(text.replace(block, "  other: []"), encoding="utf-8")
    return path, text.replace(block, "  other: []"), block


def test_update_offers_the_named_teams_to_an_empty_contacts_other(tmp_path):
    """An empty list cannot be a finished answer while teams are named that no contact lists: --update asks it again."""
    path, before, block = _teams_left_out(tmp_path)
    assert block == (
        "  other:\n"
        "    - name: the safeguarding lead\n      email:\n      phone:\n      web:\n      purpose: A concern that someone's social media needs watching\n"
        "    - name: the Employee Assistance Programme\n      email:\n      phone:\n      web:\n      purpose: Wellbeing support"
    )
    result = invoke("init", "--update", "--defaults", str(path))
    assert result.exit_code == 0, result.output
    after = path.read_text(encoding="utf-8")
    assert block + "\n\n" in after and "other: []" not in after
    assert [line for line in after.splitlines() if not line.startswith("# Updated by")] == before.replace("  other: []", block).splitlines()
    built = invoke("build", str(path), "-o", str(tmp_path / "policy.md"))
    assert "no contact says how to reach it" not in built.stderr  # each team now has its entry, where its email goes
    path.with_name("before.yaml").write_text(before, encoding="utf-8")
    assert "no contact says how to reach it" in invoke("build", str(path.with_name("before.yaml")), "-o", str(tmp_path / "before.md")).stderr
    policy, old_policy = ((tmp_path / name).read_text(encoding="utf-8").split("\n") for name in ("policy.md", "before.md"))
    changed = [(a, b) for a, b in zip(old_policy, policy, strict=True) if a != b]
    assert [a.split(":")[0] for a, _ in changed] == ["answers_sha256"]  # listing the teams changes no word of the policy
    again = invoke("init", "--update", "--defaults", str(path))
    assert again.exit_code == 0 and path.read_text(encoding="utf-8") == after


def test_update_asks_an_empty_contacts_other_again_in_the_interview(tmp_path, terminal):
    path, before, _ = _teams_left_out(tmp_path)
    first = ["", "safeguarding@harbour.example", "", "", ""]  # Enter keeps each part offered
    result = invoke("init", "--update", str(path), input="\n".join(first + [""] * 5 + [""]) + "\n")
    assert result.exit_code == 0, result.output
    assert find("contacts.other").question in result.output
    assert "    - name: the safeguarding lead\n      email: safeguarding@harbour.example\n" in path.read_text(encoding="utf-8")


def test_update_keeps_a_contacts_other_with_entries_and_an_empty_one_with_no_team_to_offer(tmp_path):
    path, before, _ = _teams_left_out(tmp_path)
    own = before.replace("  other: []", "  other:\n    - name: the Legal Team\n      email: legal@harbour.example")
    path.write_text(own, encoding="utf-8")
    assert invoke("init", "--update", "--defaults", str(path)).exit_code == 0
    assert path.read_text(encoding="utf-8") == own  # the organisation's own list, however incomplete
    listed = before.replace("  concerns_to: the safeguarding lead\n", "  concerns_to: the HR Team\n")  # contacts.concerns_alternative
    listed = listed.replace("  wellbeing_service: the Employee Assistance Programme\n", "  wellbeing_service:\n")
    assert listed.count("  other: []\n") == 1 and listed != before
    path.write_text(listed, encoding="utf-8")
    assert invoke("init", "--update", "--defaults", str(path)).exit_code == 0
    assert path.read_text(encoding="utf-8") == listed  # no team to offer: the empty list means no other contacts


# ------------------------------------------------------------------ schema and questions


def yaml_data(text: str):
    return as_json(parse_answers(text, "p")._source[1].data())


@pytest.mark.parametrize("source", EXAMPLES + ["fixture"], ids=lambda p: getattr(p, "name", p))
def test_schema_validates_examples_and_rejects_a_typo(source):
    result = invoke("schema")
    assert result.exit_code == 0
    schema = json.loads(result.output)
    text = FIXTURE if source == "fixture" else Path(source).read_text(encoding="utf-8")
    data = yaml_data(text)
    jsonschema.validate(data, schema)
    data["organisation"]["shortname"] = data["organisation"].pop("short_name")
    with pytest.raises(jsonschema.ValidationError) as caught:
        jsonschema.validate(data, schema)
    assert "shortname" in caught.value.message


def test_schema_to_a_file(tmp_path):
    result = invoke("schema", "-o", str(tmp_path / "s.json"))
    assert result.exit_code == 0
    assert result.output == f"Wrote {tmp_path / 's.json'}\n"
    assert json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))["title"] == "policygen answers file"


def test_questions_prints_markdown():
    result = invoke("questions")
    assert result.exit_code == 0
    assert result.output.startswith("# The policygen questions\n")
    assert "## Your organisation (`organisation`)\n" in result.output
    assert "### Who approves a new official account?\n" in result.output
    assert "| Charity or voluntary organisation | `charity` |" in result.output
    assert "- Asked only when: `online_checks.permitted`" in result.output


# ------------------------------------------------------------------ the real program in a terminal


PROMPT = r"\n  [A-Z][^\n]*: $"


def test_full_questionnaire_in_a_pseudo_terminal_then_build(tmp_path):
    pexpect = pytest.importorskip("pexpect")
    answers = dict(ORG)
    answers["organisation.nation"] = (["4"], "northern_ireland")
    answers["scope.foster_carers"] = (["y"], True)
    answers["training.carers"] = (["n"], False)
    answers["document.review_every_months"] = (["40", "36"], 36)
    _, plan = script(answers)
    env = dict(os.environ, TERM="dumb", PYTHONIOENCODING="utf-8", COLUMNS="200")
    child = pexpect.spawn(
        sys.executable,
        ["-m", "generator", "init", "policy.yaml"],
        cwd=str(tmp_path),
        env=env,
        encoding="utf-8",
        timeout=60,
        dimensions=(40, 200),
    )
    try:
        for question, typed in plan:
            child.expect_exact(question.question)
            for line in typed:
                child.expect(PROMPT)
                child.sendline(line)
                if line == "40":
                    child.expect_exact("Error: 40 is too large: the most allowed is 36")
        child.expect_exact("Wrote policy.yaml")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0
    saved = load_answers(tmp_path / "policy.yaml")
    assert saved.organisation.nation == "northern_ireland"
    assert saved.training.carers is False and saved.document.review_every_months == 36
    build(tmp_path / "policy.yaml", [tmp_path / "policy.md"])
    assert "Harbour Trust" in (tmp_path / "policy.md").read_text(encoding="utf-8")


def test_update_turns_policygens_own_untouched_stubs_into_answers(tmp_path):
    path = tmp_path / "policy.yaml"
    made = invoke("init", str(path), "--defaults", "--name", "A", "--short-name", "A", "--type", "charity", "--nation", "scotland")
    assert made.exit_code == 0, made.output
    written = path.read_text(encoding="utf-8")
    carers = find("training.carers")
    stub = f"  # carers: {'true' if carers.default else 'false'}"
    assert stub in written.splitlines() and "# welsh_language:" in written.splitlines()
    edited = written.replace("  foster_carers: false", "  foster_carers: true").replace("  nation: scotland", "  nation: wales")
    edited = edited.replace("# Who the policy covers\n", "# Who the policy covers (our own note)\n")
    path.write_text(edited, encoding="utf-8")
    result = invoke("init", "--update", "--defaults", str(path))
    assert result.exit_code == 0, result.output
    after = path.read_text(encoding="utf-8").splitlines()
    assert stub not in after and stub.replace("# ", "", 1) in after
    assert "welsh_language:" in after and "# welsh_language:" not in after
    assert "# Who the policy covers (our own note)" in after
    # The stubs left are exactly the questions that do not apply to the saved answers, each saying
    # why; every question that applies has an answer. So a new question needs no change here.
    stubs = stubbed_questions(after)
    answering = Answering(problems_besides_missing(path.read_text(encoding="utf-8"), str(path)))
    asked = [q for group in answering.groups for q in group.questions if not q.fixed]
    assert list(stubs) == [q.key for q in asked if not answering.applies(q)]
    assert all(answering.has(q) for q in asked if answering.applies(q))
    # A draft from a charity in Wales that covers foster carers and no other carers, and is not a
    # university, keeps these among its stubs: each kind of condition is still tested.
    assert {"document.approval_minute", "online_checks.authorising_officer", "fostering.other_carers_agreement", "higher_education.student_procedure"} <= set(stubs)
    for question in (q for q in asked if q.key in stubs):  # each stub says which answer would ask it
        at = stubs[question.key]
        said = " ".join(after[at - 3 : at]).replace("  # ", " ").split("Asked only when ")[-1]
        assert " ".join(said.split()) == f"{question.when}; it does not apply to these answers.", question.key
    assert "  # authorisation_lead: the surveillance lead" in after
    saved = load_answers(path)
    assert saved.training.carers == carers.default and saved.welsh_language.standards_apply is False


def stubbed_questions(lines: list[str]) -> dict[str, int]:
    """The commented-out answers init writes for questions that do not apply (`  # name: default`): key -> line, in order."""
    keys, section = {}, ""
    for number, line in enumerate(lines):
        if re.fullmatch(r"(?:# )?[a-z_]+:.*", line):  # a section that does not apply is commented out whole
            section = line.split(":")[0].removeprefix("# ")
        elif found := re.fullmatch(r"  # ([a-z_]+):(?: .*)?", line):
            keys[f"{section}.{found.group(1)}"] = number
    return keys


def test_update_takes_a_stub_whose_help_an_older_policygen_worded_differently(tmp_path):
    # Help text changes between versions (monitoring.lawful_basis's did); a stub whose question and
    # commented-out answer are as policygen wrote them is still policygen's own, and becomes the answer.
    path = tmp_path / "policy.yaml"
    made = invoke("init", str(path), "--defaults", "--name", "A", "--short-name", "A", "--type", "charity", "--nation", "wales", "--set", "monitoring.in_place=no")
    assert made.exit_code == 0, made.output
    written = path.read_text(encoding="utf-8")
    lines = written.splitlines()
    title = lines.index("  # What is your lawful basis for the monitoring under the UK GDPR?")
    choose = lines.index("  # Choose one of:", title)
    old_help = ["  # Leave empty for the usual basis for your kind of organisation, as an older policygen put it."]
    own_note = ["  # What is your lawful basis for the monitoring under the UK GDPR? (our DPO's note)"]
    for question_line, name in ((lines[title : title + 1], "reworded"), (own_note, "edited")):
        edited = lines[:title] + question_line + old_help + lines[choose:]
        path.write_text("\n".join(edited).replace("  in_place: false", "  in_place: true") + "\n", encoding="utf-8")
        result = invoke("init", "--update", "--defaults", str(path))
        assert result.exit_code == 0, result.output
        after = path.read_text(encoding="utf-8").splitlines()
        if name == "reworded":  # the old stub, help and all, is gone; the live answer is in its place
            assert "  # lawful_basis:" not in after and old_help[0] not in after
            assert after.count("  lawful_basis:") == 1
            assert not after[after.index("  lawful_basis:") - 1].startswith("  # Asked only when")
        else:  # someone edited the question line: not policygen's stub any more, so it stays, and the answer is added
            assert "  # lawful_basis:" in after and own_note[0] in after and old_help[0] in after
            assert after.count("  lawful_basis:") == 1


def test_a_missing_folder_is_reported_before_any_question(tmp_path, terminal):
    path = tmp_path / "nowhere" / "policy.yaml"
    result = invoke("init", str(path), input="")
    assert result.exit_code == 1
    assert result.output == f"Error: {path}: the folder {path.parent} does not exist\n"


def test_ctrl_c_in_a_pseudo_terminal_leaves_no_file(tmp_path):
    pexpect = pytest.importorskip("pexpect")
    child = pexpect.spawn(sys.executable, ["-m", "generator", "init", "policy.yaml"], cwd=str(tmp_path), env=dict(os.environ, TERM="dumb"), encoding="utf-8", timeout=60)
    try:
        child.expect_exact(find("organisation.name").question)
        child.expect(PROMPT)
        child.sendline("Harbour Trust")
        child.expect_exact(find("organisation.short_name").question)
        child.expect(PROMPT)
        child.sendintr()
        child.expect_exact("Save your answer so far to policy.partial.yaml, to finish later with `policygen init --resume policy.yaml`? [Y/n]: ")
        child.sendline("n")
        child.expect_exact("Aborted!")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 1
    assert list(tmp_path.iterdir()) == []
