"""Warnings: example answers left by `init --defaults` (build and validate; --strict fails), and
answers that no longer apply (validate), each naming FILE:LINE."""

from __future__ import annotations

import re

import pytest

from generator.answers.model import NATIONS, ORG_TYPES
from generator.answers.questions import find
from helpers import EXAMPLES, MINIMAL_ANSWERS, invoke

ORG_KEYS = ["organisation.name", "organisation.short_name", "organisation.type", "organisation.nation"]


def example_warning(key: str, line: int, value: str, kind: str = "Warning") -> str:
    return (
        f"{kind}: policy.yaml:{line}: {key}: still holds the example answer {value!r} that `policygen init --defaults` wrote; "
        "replace it with your own (if it is right, delete the EXAMPLE ANSWER comment above it)"
    )


@pytest.fixture
def defaults_file(tmp_path):
    """policy.yaml as `init --defaults` writes it with no organisation given: four example answers."""
    assert invoke("init", "policy.yaml", "--defaults", cwd=tmp_path).exit_code == 0
    path = tmp_path / "policy.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    at = {}
    for key in ORG_KEYS:
        name = key.split(".")[1]
        at[key] = next(i for i, line in enumerate(lines, 1) if line.startswith(f"  {name}: "))
    return path, at


def expected(at: dict[str, int], kind: str = "Warning") -> list[str]:
    return [example_warning(key, at[key], find(key).example, kind) for key in ORG_KEYS]


def about(stderr: str, words: str) -> list[str]:
    """The lines of stderr that say `words`: the defaults also leave contacts nobody can reach, warned about too."""
    return [line for line in stderr.splitlines() if words in line]


EXAMPLE = "still holds the example answer"
NO_LONGER = "no longer applies"


def test_build_warns_at_each_example_answer_and_still_builds(tmp_path, defaults_file):
    _, at = defaults_file
    result = invoke("build", "policy.yaml", "-o", "policy.md", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert about(result.stderr, EXAMPLE) == expected(at)
    assert result.stdout == "Wrote policy.md\n"


def test_build_strict_fails_and_writes_nothing(tmp_path, defaults_file):
    _, at = defaults_file
    result = invoke("build", "policy.yaml", "--strict", "-o", "policy.md", "-o", "policy.docx", cwd=tmp_path)
    assert result.exit_code == 1
    assert about(result.stderr, EXAMPLE) == expected(at, "Error")
    assert not (tmp_path / "policy.md").exists() and not (tmp_path / "policy.docx").exists()


def test_validate_warns_and_strict_fails(tmp_path, defaults_file):
    _, at = defaults_file
    result = invoke("validate", "policy.yaml", cwd=tmp_path)
    assert result.exit_code == 0
    assert about(result.stderr, EXAMPLE) == expected(at)
    assert result.stdout.startswith("policy.yaml: valid; ")
    strict = invoke("validate", "--strict", "policy.yaml", cwd=tmp_path)
    assert strict.exit_code == 1
    assert about(strict.stderr, EXAMPLE) == expected(at, "Error") and strict.stdout == ""


def test_a_batch_build_warns_per_file(tmp_path, defaults_file):
    _, at = defaults_file
    result = invoke("build", "policy.yaml", "--out-dir", "out", cwd=tmp_path)
    assert result.exit_code == 0
    assert about(result.stderr, EXAMPLE) == expected(at)
    assert invoke("build", "policy.yaml", "--out-dir", "strict", "--strict", cwd=tmp_path).exit_code == 1
    assert not (tmp_path / "strict" / "policy.docx").exists()


def test_replaced_answers_or_a_deleted_mark_end_the_warning(tmp_path, defaults_file):
    path, at = defaults_file
    text = path.read_text(encoding="utf-8")
    text = text.replace("  name: Example Council", "  name: Harbour Trust")  # replaced, the mark left above it
    lines = text.splitlines()
    nation = at["organisation.nation"] - 1
    mark = max(i for i in range(nation) if "EXAMPLE ANSWER" in lines[i])
    del lines[mark]  # england is right: its mark deleted
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = invoke("validate", "policy.yaml", cwd=tmp_path)
    warned = [re.match(r"Warning: policy.yaml:\d+: ([\w.]+):", line).group(1) for line in about(result.stderr, EXAMPLE)]
    assert warned == ["organisation.short_name", "organisation.type"]


def test_init_defaults_with_the_organisation_given_leaves_nothing_to_warn_about(tmp_path):
    made = invoke("init", "policy.yaml", "--defaults", "--name", "Harbour Trust", "--short-name", "Harbour Trust", "--type", "charity", "--nation", "wales", cwd=tmp_path)
    assert made.exit_code == 0
    result = invoke("validate", "policy.yaml", cwd=tmp_path)
    assert result.exit_code == 0 and about(result.stderr, EXAMPLE) == []


def test_validate_warns_about_answers_that_no_longer_apply(tmp_path, answers_file):
    answers_file(MINIMAL_ANSWERS + "official_accounts:\n  exist: false\n  approver: the Digital Team\n  moderation_hours: 9 to 5\nwelsh_language:\n  standards_apply: true\n")
    result = invoke("validate", "policy.yaml", cwd=tmp_path)
    assert result.exit_code == 0
    assert about(result.stderr, NO_LONGER) == [
        "Warning: policy.yaml:8: official_accounts.approver: no longer applies: it is asked only when `official_accounts.exist`, "
        "and these answers make that false; delete it or comment it out (or change the answer it depends on)",
        "Warning: policy.yaml:9: official_accounts.moderation_hours: no longer applies: it is asked only when `official_accounts.exist`, "
        "and these answers make that false; delete it or comment it out (or change the answer it depends on)",
        "Warning: policy.yaml:11: welsh_language.standards_apply: no longer applies: it is asked only when `organisation.nation == 'wales'`, "
        "and these answers make that false; delete it or comment it out (or change the answer it depends on)",
    ]
    assert invoke("validate", "--strict", "policy.yaml", cwd=tmp_path).exit_code == 1
    # build does not warn about these: they do not stop the policy being right
    build = invoke("build", "policy.yaml", "-o", "policy.md", cwd=tmp_path)
    assert build.exit_code == 0 and about(build.stderr, NO_LONGER) == []


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_the_examples_give_no_warnings(example):
    result = invoke("validate", "--strict", example)
    assert (result.exit_code, result.stderr) == (0, ""), result.output


def test_init_says_at_once_what_stops_the_file_it_wrote_from_building(tmp_path):
    """Each answer is checked as it is given; a rule across groups is said when the file is written."""
    args = ["--name", "Harbour Trust", "--short-name", "Harbour Trust", "--type", "charity", "--nation", "england"]
    result = invoke("init", "policy.yaml", "--defaults", *args, "--set", "document.status=approved", "--set", "document.approved_on=15/11/2026", cwd=tmp_path)
    assert result.exit_code == 0
    to_fix = [line for line in result.stderr.splitlines() if line.startswith("To fix before it builds: ")]
    assert len(to_fix) == 1 and "monitoring.dpia_completed_on: the policy is approved and describes monitoring" in to_fix[0]
    assert result.stdout.endswith("Next: fix that in policy.yaml, then run `policygen build policy.yaml`\n")
    build = invoke("build", "policy.yaml", "-o", "policy.md", cwd=tmp_path)
    assert build.exit_code == 1
    assert to_fix[0].replace("To fix before it builds: ", "Error: ") in build.stderr.splitlines()
    draft = invoke("init", "draft.yaml", "--defaults", *args, cwd=tmp_path)
    assert "To fix" not in draft.output and draft.stdout.endswith("Next: check the answers, then run `policygen build draft.yaml`\n")


def test_an_exclusion_without_a_reason_warns_at_its_line_and_one_with_a_reason_does_not(tmp_path, answers_file):
    answers_file(MINIMAL_ANSWERS + "customise:\n  exclude:\n    - conduct.views\n    - clause: boundaries.former\n      reason: Our Code of Conduct sets this rule.\n")
    result = invoke("build", "policy.yaml", "-o", "policy.md", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert about(result.stderr, "no reason") == [
        "Warning: policy.yaml:8: customise.exclude[0]: leaves out conduct.views with no reason; give one (`- clause: conduct.views` with `reason:` under it), "
        "so the approval committee sees why"
    ]
    strict = invoke("build", "policy.yaml", "-o", "strict.md", "--strict", cwd=tmp_path)
    assert strict.exit_code == 1 and "leaves out conduct.views with no reason" in strict.stderr
    assert not (tmp_path / "strict.md").exists()


# ------------------------------------------------------------------ teams named once


@pytest.mark.parametrize("org_type", list(ORG_TYPES))
@pytest.mark.parametrize("nation", list(NATIONS))
def test_a_new_file_warns_only_where_the_answer_to_add_is(tmp_path, org_type, nation):
    """Every team an answer names is listed under contacts.other by init, so each warning's line is the entry to complete."""
    made = invoke("init", "policy.yaml", "--defaults", "--name", "Harbour Trust", "--short-name", "the Trust", "--type", org_type, "--nation", nation, cwd=tmp_path)
    assert made.exit_code == 0, made.output
    lines = (tmp_path / "policy.yaml").read_text(encoding="utf-8").splitlines()
    result = invoke("build", "policy.yaml", "-o", "policy.md", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    warnings = [re.match(r"Warning: policy.yaml:(\d+): ([\w.\[\]]+): (.*)", line).groups() for line in result.stderr.splitlines()]
    assert warnings and not [w for w in warnings if "no contact says how to reach it" in w[2]]  # nothing to retype elsewhere
    for line, field, message in warnings:
        if field.startswith("contacts."):  # the contact itself, where its email, phone or web page goes
            name = re.match(r"(.*) has no email, phone or web page, so people cannot reach it from the policy; add at least one$", message).group(1)
            assert lines[int(line) - 1].strip() in (f"- name: {name}", f"{field.split('.')[1]}:", f"{field.split('.')[1].split('[')[0]}:"), (line, field, message)
        else:
            assert field == "monitoring.dpia_completed_on", (line, field, message)
    other = [w for w in warnings if w[1].startswith("contacts.other[")]
    assert [w[1] for w in other] == [f"contacts.other[{index}]" for index in range(len(other))]


def test_a_team_named_once_is_reached_once_its_entry_says_how(tmp_path):
    made = invoke("init", "policy.yaml", "--defaults", "--name", "Harbour Trust", "--short-name", "the Trust", "--type", "charity", "--nation", "wales", cwd=tmp_path)
    assert made.exit_code == 0, made.output
    path = tmp_path / "policy.yaml"
    text = path.read_text(encoding="utf-8")
    entry = "    - name: the safeguarding lead\n      email:\n"
    assert entry in text  # online_checks.concerns_to named it; init listed it for its email, phone or web page
    path.write_text(text.replace(entry, "    - name: the safeguarding lead\n      email: safeguarding@harbour.example\n"), encoding="utf-8")
    result = invoke("build", "policy.yaml", "-o", "policy.md", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert "the safeguarding lead" not in result.stderr
    table = (tmp_path / "policy.md").read_text(encoding="utf-8")
    assert "| A concern that someone's social media needs watching | Safeguarding lead | [safeguarding@harbour.example](mailto:safeguarding@harbour.example) |" in table


def test_an_entry_left_behind_by_a_renamed_team_warns_at_its_line(tmp_path):
    made = invoke("init", "policy.yaml", "--defaults", "--name", "Harbour Trust", "--short-name", "the Trust", "--type", "charity", "--nation", "wales", cwd=tmp_path)
    assert made.exit_code == 0, made.output
    path = tmp_path / "policy.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count("  concerns_to: the safeguarding lead\n") == 1
    path.write_text(text.replace("  concerns_to: the safeguarding lead\n", "  concerns_to: the designated safeguarding lead\n"), encoding="utf-8")
    entry = path.read_text(encoding="utf-8").splitlines().index("    - name: the safeguarding lead") + 1
    result = invoke("build", "policy.yaml", "-o", "policy.md", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert about(result.stderr, "but online_checks") == [
        f"Warning: policy.yaml:{entry}: contacts.other[0]: lists the safeguarding lead for 'A concern that someone's social media needs watching', "
        "but online_checks.concerns_to names the designated safeguarding lead for it; give both the same name, or delete this entry"
    ]
    strict = invoke("build", "policy.yaml", "-o", "strict.md", "--strict", cwd=tmp_path)
    assert strict.exit_code == 1 and f"policy.yaml:{entry}: contacts.other[0]: lists the safeguarding lead" in strict.stderr
