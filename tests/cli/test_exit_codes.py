"""The same mistake gives the same exit code from every command (README: "Exit codes").

0 success; 1 bad input (a missing or wrong answers file) or a finding to fix; 2 the command
was used wrongly. `diff` exits 0 whether or not the versions differ.
"""

from __future__ import annotations

import pytest

from generator.cli import cli
from helpers import MINIMAL_ANSWERS, invoke

# Every command that reads an answers file, with "nope.yaml" where the answers file goes.
READS_ANSWERS = {
    "build": ["build", "nope.yaml"],
    "build, into a folder": ["build", "nope.yaml", "policy.yaml", "--out-dir", "out"],
    "validate": ["validate", "nope.yaml"],
    "coverage": ["coverage", "nope.yaml"],
    "check": ["check", "nope.yaml"],
    "diff, old side": ["diff", "nope.yaml", "policy.yaml"],
    "diff, new side": ["diff", "policy.yaml", "nope.yaml"],
    "redline": ["redline", "policy.yaml", "nope.yaml", "-o", "changes.docx"],
    "check --review-due": ["check", "nope.yaml", "--review-due"],
    "changes": ["changes", "policy.yaml", "nope.yaml"],
    "acknowledgement": ["acknowledgement", "nope.yaml", "-o", "ack.csv"],
    "editions": ["editions", "nope.yaml"],
    "init --update": ["init", "--update", "nope.yaml"],
}


@pytest.mark.parametrize("argv", READS_ANSWERS.values(), ids=READS_ANSWERS.keys())
def test_a_missing_answers_file_is_exit_1_from_every_command(tmp_path, answers_file, argv):
    answers_file()
    result = invoke(*argv, cwd=tmp_path)
    assert result.exit_code == 1, result.output
    errors = [line for line in result.stderr.splitlines() if not line.startswith("Warning: ")]  # a batch still warns about policy.yaml
    assert errors[0].startswith("Error: nope.yaml: no such file"), result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize("argv", [a for k, a in READS_ANSWERS.items() if k != "init --update"], ids=[k for k in READS_ANSWERS if k != "init --update"])
def test_a_wrong_answer_is_exit_1_from_every_command(tmp_path, answers_file, argv):
    answers_file()
    answers_file(MINIMAL_ANSWERS.replace("nation: england", "nation: englnd"), name="nope.yaml")
    result = invoke(*argv, cwd=tmp_path)
    assert result.exit_code == 1, result.output
    assert "Error: nope.yaml:5: organisation.nation: 'englnd' is not one of the choices" in result.stderr


def test_a_missing_file_to_lint_or_a_missing_example_is_exit_1(tmp_path):
    assert invoke("lint", "nope.docx", cwd=tmp_path).exit_code == 1
    assert invoke("example", "nope", cwd=tmp_path).exit_code == 1


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_a_command_used_wrongly_is_exit_2(tmp_path, name):
    result = invoke(name, "--no-such-option", cwd=tmp_path)
    assert result.exit_code == 2, result.output
    assert "Error: No such option '--no-such-option'." in result.output


def test_diff_exits_0_whether_or_not_the_versions_differ(tmp_path, answers_file):
    answers_file()
    answers_file(MINIMAL_ANSWERS.replace("the Council", "Northshire"), name="new.yaml")
    same = invoke("diff", "policy.yaml", "policy.yaml", cwd=tmp_path)
    assert (same.exit_code, same.output) == (0, "No differences between policy.yaml and policy.yaml.\n")
    differ = invoke("diff", "policy.yaml", "new.yaml", cwd=tmp_path)
    assert differ.exit_code == 0
    assert differ.output.startswith("policy.yaml -> new.yaml: 1 answer changed; ")
