"""`policygen upgrade`, and every other command on a file in an older answers format: refused, naming the command."""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner

from generator.cli import cli
from generator.library import load_library
from generator.serve.session import Session
from helpers import ROOT, git, invoke, kept_in_order

FORMAT1 = ROOT / "tests" / "fixtures" / "format1"
REFUSED = (
    "Error: policy.yaml:8: policygen: this file is in answers format 1, and policygen 0.1.0 reads format 2; "
    "run `policygen upgrade policy.yaml` to bring it up to date, keeping every answer and comment"
)


@pytest.fixture
def old_file(tmp_path):
    """A real format-1 answers file (the Northshire example as it was) as policy.yaml in tmp_path."""
    path = tmp_path / "policy.yaml"
    shutil.copy(FORMAT1 / "northshire-council.yaml", path)
    return path


def test_upgrade_rewrites_the_file_and_says_what_it_changed(tmp_path, old_file):
    result = invoke("upgrade", "policy.yaml", cwd=tmp_path)
    assert (result.exit_code, result.output) == (
        0,
        "Upgraded policy.yaml from answers format 1 to 2:\n"
        "  policygen: 1 -> 2 (the answers format)\n"
        "  monitoring.monitors_devices is now monitoring.in_place (whether you monitor networks, devices and work accounts)\n",
    )
    before = (FORMAT1 / "northshire-council.yaml").read_text(encoding="utf-8")
    assert old_file.read_text(encoding="utf-8") == before.replace("\npolicygen: 1\n", "\npolicygen: 2\n").replace("  monitors_devices: true\n", "  in_place: true\n")
    assert invoke("validate", "policy.yaml", cwd=tmp_path).exit_code == 0
    again = invoke("upgrade", "policy.yaml", cwd=tmp_path)
    assert (again.exit_code, again.output) == (0, "policy.yaml is already current (answers format 2); nothing to upgrade.\n")
    assert not [p.name for p in tmp_path.iterdir() if p.name != "policy.yaml"]  # written in place, no temporary file left


READS_ANSWERS = {
    "build": ["build", "policy.yaml", "-o", "policy.md"],
    "validate": ["validate", "policy.yaml"],
    "coverage": ["coverage", "policy.yaml"],
    "check": ["check", "policy.yaml"],
    "diff": ["diff", "policy.yaml", "policy.yaml"],
    "editions": ["editions", "policy.yaml"],
    "acknowledgement": ["acknowledgement", "policy.yaml", "-o", "ack.csv"],
    "init --update": ["init", "--update", "policy.yaml"],
    "serve": ["serve", "policy.yaml", "--no-browser"],
}


@pytest.mark.parametrize("argv", READS_ANSWERS.values(), ids=READS_ANSWERS.keys())
def test_every_command_refuses_an_older_file_and_names_the_command_that_upgrades_it(tmp_path, old_file, argv):
    before = old_file.read_bytes()
    result = invoke(*argv, cwd=tmp_path)
    assert result.exit_code == 1, result.output
    assert result.stderr.splitlines()[0] == REFUSED
    assert "Traceback" not in result.output
    assert old_file.read_bytes() == before  # init --update does not upgrade behind the user's back
    assert sorted(p.name for p in tmp_path.iterdir()) == ["policy.yaml"]


@pytest.mark.parametrize("name", ["init-monitoring", "init-no-monitoring"])
def test_after_the_upgrade_init_update_finds_nothing_to_add_and_serve_reads_the_file(tmp_path, name):
    """init wrote every question of format 1; upgraded, --update adds only the questions new since (none about monitoring)."""
    path = tmp_path / "policy.yaml"
    shutil.copy(FORMAT1 / f"{name}.yaml", path)
    invoke("upgrade", "policy.yaml", cwd=tmp_path)
    upgraded = path.read_text(encoding="utf-8")
    update = invoke("init", "--update", "--defaults", "policy.yaml", cwd=tmp_path)
    assert update.exit_code == 0, update.output
    # contacts.other: [] is offered the teams other answers name (init --update asks an empty list again)
    assert upgraded.count("  other: []\n") == 1
    added = kept_in_order(upgraded.replace("  other: []\n", "  other:\n"), path.read_text(encoding="utf-8"))
    assert "    - name: the Employee Assistance Programme" in added
    assert not [line for line in added if "monitoring" in line or "in_place" in line], added
    again = invoke("init", "--update", "--defaults", "policy.yaml", cwd=tmp_path)
    assert again.output.startswith("policy.yaml: nothing to add; every question that applies is answered\n")
    session = Session(path, load_library())
    assert session.view().built is not None


def test_init_update_fills_the_stubs_the_upgrade_renamed_when_their_question_comes_to_apply(tmp_path):
    path = tmp_path / "policy.yaml"
    shutil.copy(FORMAT1 / "init-no-monitoring.yaml", path)
    invoke("upgrade", "policy.yaml", cwd=tmp_path)
    path.write_text(path.read_text(encoding="utf-8").replace("  in_place: false", "  in_place: true"), encoding="utf-8")
    update = invoke("init", "--update", "--defaults", "policy.yaml", cwd=tmp_path)
    assert update.exit_code == 0, update.output
    text = path.read_text(encoding="utf-8")
    assert "Asked only when monitoring." not in text  # every stub became its live answer, none was added twice
    assert text.count("  kept_for_days: 90\n") == 1 and "  # kept_for_days" not in text
    assert invoke("validate", "policy.yaml", cwd=tmp_path).exit_code == 0


def test_the_policy_in_git_history_is_compared_across_the_upgrade(tmp_path, old_file):
    """HEAD's file is format 1 and cannot be rewritten: diff, changes and serve read it as upgraded."""
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", "policy.yaml")
    git(tmp_path, "commit", "-qm", "answers, format 1")
    invoke("upgrade", "policy.yaml", cwd=tmp_path)
    diff = invoke("diff", "HEAD:policy.yaml", "policy.yaml", cwd=tmp_path)
    assert (diff.exit_code, diff.output) == (0, "No differences between HEAD:policy.yaml and policy.yaml.\n")
    changes = invoke("changes", "HEAD:policy.yaml", "policy.yaml", cwd=tmp_path)
    assert changes.exit_code == 0 and "Nothing in your rules changed." in changes.output
    session = Session(old_file, load_library())
    assert "No changes since the last commit (HEAD:policy.yaml)." in session.changes_html(session.view())


def test_upgrade_refuses_a_newer_format_and_changes_nothing(tmp_path):
    path = tmp_path / "policy.yaml"
    path.write_text("policygen: 3\norganisation: {name: A, short_name: A, type: charity, nation: wales}\n", encoding="utf-8")
    result = invoke("upgrade", "policy.yaml", cwd=tmp_path)
    assert (result.exit_code, result.stderr) == (
        1,
        "Error: policy.yaml:1: policygen: this file is in answers format 3, newer than policygen 0.1.0 reads (format 2); install a newer policygen to read it\n",
    )
    assert path.read_text(encoding="utf-8").startswith("policygen: 3\n")


def test_upgrade_of_a_file_with_a_wrong_answer_upgrades_it_and_exits_1_naming_the_answer(tmp_path, old_file):
    old_file.write_text(old_file.read_text(encoding="utf-8").replace("kept_for_days: 180", "kept_for_days: 5000"), encoding="utf-8")
    result = invoke("upgrade", "policy.yaml", cwd=tmp_path)
    assert result.exit_code == 1
    assert result.stdout.startswith("Upgraded policy.yaml from answers format 1 to 2:\n")
    assert result.stderr == (
        "policy.yaml still has answers to fix before it builds (they were there before the upgrade):\n"
        "Error: policy.yaml:105: monitoring.kept_for_days: 5000 is too large: the most allowed is 1095\n"
    )
    assert "  in_place: true\n" in old_file.read_text(encoding="utf-8")


def test_upgrade_of_a_missing_or_broken_file_is_exit_1(tmp_path):
    missing = invoke("upgrade", "nope.yaml", cwd=tmp_path)
    assert missing.exit_code == 1 and missing.stderr.startswith("Error: nope.yaml: no such file")
    (tmp_path / "bad.yaml").write_text("policygen: 1\norganisation: [\n", encoding="utf-8")
    broken = invoke("upgrade", "bad.yaml", cwd=tmp_path)
    assert broken.exit_code == 1 and broken.stderr.startswith("Error: bad.yaml:") and "not valid YAML" in broken.stderr


def test_upgrade_help_has_an_example():
    result = CliRunner().invoke(cli, ["upgrade", "--help"])
    assert result.exit_code == 0
    assert "policygen upgrade policy.yaml" in result.output


def test_the_readme_shows_the_error_policygen_gives_for_an_older_file(tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Upgrading an answers file") :]
    (shown,) = [line for line in section.splitlines() if line.startswith("Error: policy.yaml:")]
    shutil.copy(FORMAT1 / "init-monitoring.yaml", tmp_path / "policy.yaml")  # as init wrote it: the version on line 9
    result = invoke("build", "policy.yaml", cwd=tmp_path)
    assert (result.exit_code, result.stderr) == (1, shown + "\n")


def test_upgrade_refreshes_the_schema_beside_the_file_so_the_editor_checks_the_new_format(tmp_path):
    import json

    shutil.copy(FORMAT1 / "init-monitoring.yaml", tmp_path / "policy.yaml")  # its schema line names policygen.schema.json
    old_schema = tmp_path / "policygen.schema.json"
    schema = json.loads(invoke("schema").output)
    schema["properties"]["policygen"]["const"] = 1  # as policygen wrote it for format 1
    old_schema.write_text(json.dumps(schema), encoding="utf-8")
    result = invoke("upgrade", "policy.yaml", cwd=tmp_path)
    assert result.exit_code == 0
    assert result.output.endswith("Wrote policygen.schema.json (the schema your editor checks the answers with)\n")
    assert json.loads(old_schema.read_text(encoding="utf-8"))["properties"]["policygen"]["const"] == 2


def test_upgrade_leaves_a_file_of_someone_elses_under_the_schemas_name_alone(tmp_path):
    shutil.copy(FORMAT1 / "init-monitoring.yaml", tmp_path / "policy.yaml")
    (tmp_path / "policygen.schema.json").write_text('{"title": "our own"}', encoding="utf-8")
    result = invoke("upgrade", "policy.yaml", cwd=tmp_path)
    assert result.exit_code == 0 and "schema" not in result.output
    assert (tmp_path / "policygen.schema.json").read_text(encoding="utf-8") == '{"title": "our own"}'


def test_upgrade_takes_many_files_and_upgrades_the_others_when_one_cannot_be(tmp_path, old_file):
    shutil.copy(FORMAT1 / "brightwater-fostering.yaml", tmp_path / "b.yaml")
    shutil.copy(ROOT / "examples" / "ceri-vale-council.yaml", tmp_path / "c.yaml")
    (tmp_path / "newer.yaml").write_text("policygen: 3\n", encoding="utf-8")
    result = invoke("upgrade", "newer.yaml", "policy.yaml", "b.yaml", "c.yaml", cwd=tmp_path)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: newer.yaml:1: policygen: this file is in answers format 3, newer than")
    assert [line for line in result.stdout.splitlines() if not line.startswith("  ")] == [
        "Upgraded policy.yaml from answers format 1 to 2:",
        "Upgraded b.yaml from answers format 1 to 2:",
        "c.yaml is already current (answers format 2); nothing to upgrade.",
    ]
    assert "\npolicygen: 2\n" in (tmp_path / "b.yaml").read_text(encoding="utf-8")
