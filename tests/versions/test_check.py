"""`policygen check`: is the committed Markdown rendering still what the answers give?"""

from __future__ import annotations

import functools

import pytest

import helpers
from generator.versions.check import first_difference
from helpers import ROOT, build_file_tree
from minilib import BASE, changed, write_library


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    write_library(tmp_path)
    build_file_tree(tmp_path, {"policy.yaml": BASE})
    monkeypatch.chdir(tmp_path)
    return tmp_path


invoke = functools.partial(helpers.invoke, library="clauses")  # policygen ARGS... --library clauses


def test_current_rendering_passes(workdir):
    assert invoke("build", "policy.yaml", "-o", "policy.md").exit_code == 0
    result = invoke("check", "policy.yaml")
    assert result.exit_code == 0
    assert result.output == "policy.md: up to date with policy.yaml\n"


def test_changed_answers_make_it_stale(workdir):
    invoke("build", "policy.yaml", "-o", "policy.md")
    lines = (workdir / "policy.md").read_text(encoding="utf-8").split("\n")
    (workdir / "policy.yaml").write_text(changed("short_name"), encoding="utf-8")
    expected_line = 1 + next(i for i, line in enumerate(lines) if line.startswith("answers_sha256: "))  # front matter first
    result = invoke("check", "policy.yaml")
    assert result.exit_code == 1
    assert result.output == (
        f"Error: policy.md: out of date (the first difference is at line {expected_line}); "
        "run policygen build policy.yaml -o policy.md --library clauses\n"
    )


def test_hand_edited_rendering_is_stale_at_the_edited_line(workdir):
    invoke("build", "policy.yaml", "-o", "policy.md")
    text = (workdir / "policy.md").read_text(encoding="utf-8")
    lines = text.split("\n")
    target = next(i for i, line in enumerate(lines) if line.startswith("The version history"))
    lines[target] = lines[target].replace("history", "story")
    (workdir / "policy.md").write_text("\n".join(lines), encoding="utf-8")
    result = invoke("check", "policy.yaml")
    assert result.exit_code == 1
    assert f"(the first difference is at line {target + 1})" in result.output


def test_crlf_checkout_is_not_a_change(workdir):
    invoke("build", "policy.yaml", "-o", "policy.md")
    data = (workdir / "policy.md").read_bytes()
    (workdir / "policy.md").write_bytes(data.replace(b"\n", b"\r\n"))
    assert invoke("check", "policy.yaml").exit_code == 0


def test_missing_rendering(workdir):
    result = invoke("check", "policy.yaml")
    assert result.exit_code == 1
    assert result.output == "Error: policy.md: no such file; run policygen build policy.yaml -o policy.md --library clauses\n"


def test_against_another_file_and_quoting(workdir):
    invoke("build", "policy.yaml", "-o", "my policy.md")
    assert invoke("check", "policy.yaml", "--against", "my policy.md").output == "my policy.md: up to date with policy.yaml\n"
    (workdir / "policy.yaml").write_text(changed("nation"), encoding="utf-8")
    result = invoke("check", "policy.yaml", "--against", "my policy.md")
    assert result.exit_code == 1
    assert result.output.endswith("; run policygen build policy.yaml -o 'my policy.md' --library clauses\n")


def test_several_answers_files_report_every_stale_one(workdir):
    (workdir / "other.yaml").write_text(changed("nation"), encoding="utf-8")
    invoke("build", "policy.yaml", "-o", "policy.md")
    result = invoke("check", "policy.yaml", "other.yaml")
    assert result.exit_code == 1
    assert result.output == "Error: other.md: no such file; run policygen build other.yaml -o other.md --library clauses\n"
    invoke("build", "other.yaml", "-o", "other.md")
    result = invoke("check", "policy.yaml", "other.yaml")
    assert result.exit_code == 0
    assert result.output == "policy.md: up to date with policy.yaml\nother.md: up to date with other.yaml\n"


def test_against_takes_one_answers_file(workdir):
    result = invoke("check", "policy.yaml", "policy.yaml", "--against", "x.md")
    assert result.exit_code == 1
    assert result.output == "Error: --against compares one answers file; give only one\n"


def test_bad_answers_are_reported_like_build(workdir):
    (workdir / "policy.yaml").write_text(BASE.replace("nation: england", "nation: france"), encoding="utf-8")
    result = invoke("check", "policy.yaml")
    assert result.exit_code == 1
    assert result.output.startswith("Error: policy.yaml:6: organisation.nation: ")


def test_check_needs_an_answers_file(workdir):
    assert invoke("check").exit_code == 2


def test_check_writes_nothing(workdir):
    invoke("build", "policy.yaml", "-o", "policy.md")
    (workdir / "policy.yaml").write_text(changed("nation"), encoding="utf-8")
    before = (workdir / "policy.md").read_bytes()
    invoke("check", "policy.yaml")
    assert (workdir / "policy.md").read_bytes() == before
    assert sorted(p.name for p in workdir.iterdir()) == ["clauses", "policy.md", "policy.yaml"]


@pytest.mark.parametrize(
    "old, new, line",
    [(b"a\nb\nc\n", b"a\nB\nc\n", 2), (b"a\nb\n", b"a\nb\nc\n", 3), (b"a\nb", b"a\nb\n", 3), (b"x", b"y", 1)],
)
def test_first_difference(old, new, line):
    assert first_difference(old, new) == line


def test_pre_commit_hooks_file():
    """The hooks run our own commands on answers files named like policy.yaml."""
    import re

    from ruamel.yaml import YAML

    hooks = {hook["id"]: hook for hook in YAML(typ="safe").load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    assert set(hooks) == {"policygen-validate", "policygen-check"}
    for hook_id, command in (("policygen-validate", "validate"), ("policygen-check", "check")):
        hook = hooks[hook_id]
        assert hook["entry"] == f"policygen {command}"
        assert hook["language"] == "python"
        pattern = re.compile(hook["files"])
        assert pattern.search("policy.yaml") and pattern.search("hr/social-media-policy.yml")
        assert not pattern.search(".pre-commit-config.yaml") and not pattern.search("clauses/outline.yaml")
        # check also runs when only the rendering is edited; validate reads answers files alone
        assert bool(pattern.search("policy.md")) is (command == "check")
        assert bool(pattern.search("hr/social-media-policy.md")) is (command == "check")


def hook_files(workdir, changed_files):
    """What pre-commit passes to policygen-check: the changed files that match its `files` pattern."""
    import re

    from ruamel.yaml import YAML

    hooks = {hook["id"]: hook for hook in YAML(typ="safe").load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    return [name for name in changed_files if re.search(hooks["policygen-check"]["files"], name)]


def test_the_check_hook_catches_a_rendering_edited_by_hand(workdir):
    invoke("build", "policy.yaml", "-o", "policy.md")
    text = (workdir / "policy.md").read_text(encoding="utf-8")
    (workdir / "policy.md").write_text(text.replace("The version history", "The history"), encoding="utf-8")
    passed = hook_files(workdir, ["policy.md", "README.md"])
    assert passed == ["policy.md"]
    result = invoke("check", *passed)
    assert result.exit_code == 1
    assert result.output.startswith("Error: policy.md: out of date (the first difference is at line ")
    assert result.output.endswith("; run policygen build policy.yaml -o policy.md --library clauses\n")
    (workdir / "policy.md").write_text(text, encoding="utf-8")
    # both files changed: checked once
    result = invoke("check", *hook_files(workdir, ["policy.yaml", "policy.md"]))
    assert (result.exit_code, result.output) == (0, "policy.md: up to date with policy.yaml\n")


def test_a_markdown_file_without_answers_beside_it_is_not_checked(workdir):
    (workdir / "sub").mkdir()
    (workdir / "sub" / "policy-notes.md").write_text("# Notes from the review\n", encoding="utf-8")
    (workdir / "sub" / "other-policy.yml").write_text(BASE, encoding="utf-8")
    result = invoke("check", "sub/policy-notes.md", "sub/other-policy.md")
    assert result.exit_code == 1
    assert result.output == (
        "Error: sub/other-policy.md: no such file; run policygen build sub/other-policy.yml -o sub/other-policy.md --library clauses\n"
    )
    result = invoke("check", "sub/policy-notes.md")
    assert (result.exit_code, result.output) == (
        0, "sub/policy-notes.md: not checked: no answers file beside it (sub/policy-notes.yaml or sub/policy-notes.yml), so it is not a policygen rendering\n"
    )


def test_validate_takes_several_files_for_pre_commit(workdir):
    (workdir / "other.yaml").write_text(changed("nation"), encoding="utf-8")
    (workdir / "bad.yaml").write_text(BASE.replace("nation: england", "nation: france"), encoding="utf-8")
    result = invoke("validate", "policy.yaml", "other.yaml")
    assert result.exit_code == 0
    assert result.stdout == (
        "policy.yaml: valid; the policy has 4 sections and 6 clauses\n"
        "other.yaml: valid; the policy has 4 sections and 6 clauses\n"
    )
    result = invoke("validate", "bad.yaml", "policy.yaml")
    assert result.exit_code == 1
    assert "Error: bad.yaml:6: organisation.nation: " in result.output
    assert "policy.yaml: valid; the policy has 4 sections and 6 clauses\n" in result.output
