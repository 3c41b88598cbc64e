"""The README's examples work as written: a newcomer copies them."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from generator.answers import parse_answers
from generator.cli import cli
from helpers import ORG, ROOT, build_file_tree, invoke, script

README = (ROOT / "README.md").read_text(encoding="utf-8")


def fenced(language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```", README, re.S | re.M)


def test_the_answers_file_example_is_valid():
    (example,) = [block for block in fenced("yaml") if block.startswith("policygen: 2")]
    answers = parse_answers(example, "README.md")
    assert answers.organisation.name == "Northshire County Council"
    assert answers.official_accounts.approver == "the Communications Team"


def test_every_command_in_the_table_exists():
    table = re.findall(r"^\| `policygen (\w+)", README, re.M)
    assert len(table) >= 10
    assert set(table) == set(cli.commands)


def test_the_error_shown_is_the_error_policygen_gives(tmp_path):
    (shown,) = re.findall(r"^    (Error: policy\.yaml:\d+: .*)$", README, re.M)
    line = int(shown.split(":")[2])
    answers = ["organisation:", "  name: Northshire County Council", "  short_name: the Council",
               "  type: local_authority", "  nation: england", "document:"]
    answers += [""] * (line - len(answers) - 1) + ["  review_every_months: 60"]  # on the line the README names
    build_file_tree(tmp_path, {"policy.yaml": "\n".join(answers) + "\n"})
    result = invoke("validate", tmp_path / "policy.yaml")
    assert result.exit_code == 1
    assert result.output.replace(str(tmp_path) + "/", "") == shown + "\n"


def test_the_python_api_example_runs_as_written(tmp_path, monkeypatch):
    import doctest
    import shutil

    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    (block,) = [b for b in fenced("python") if ">>> import generator" in b]
    parser = doctest.DocTestParser()
    test = parser.get_doctest(block, {}, "README: Using policygen from Python", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    assert runner.failures == 0 and runner.tries >= 10
    assert (tmp_path / "policy.docx").is_file() and (tmp_path / "policy.md").is_file()


def test_the_api_is_exported_with_all():
    import generator

    for name in ("build", "prepare", "validate", "coverage", "diff", "redline", "check", "init"):
        assert name in generator.__all__
        assert callable(getattr(generator, name)), name


# ------------------------------------------------------------------ the README's shell commands, run as written

NOT_RUN = "<!-- not run by tests/test_readme.py"
INTERVIEW = "policygen init policy.yaml"  # the one command that asks questions: answered as a person would


def shell_commands(readme: str = README) -> list[str]:
    """Every line of the README's ```sh blocks, in order, but the blocks marked not to run."""
    commands = []
    for match in re.finditer(r"^(?P<indent> *)```sh\n(?P<body>.*?)^(?P=indent)```", readme, re.S | re.M):
        before = readme[: match.start()].rstrip().splitlines()[-1].strip()
        if before.startswith(NOT_RUN):
            continue
        commands += [line for line in textwrap.dedent(match["body"]).splitlines() if line.strip()]
    return commands


def test_the_readme_shows_both_ways_to_install_and_the_windows_lines():
    blocks = re.findall(r"^```(\w+)\n(.*?)^```", README, re.S | re.M)
    sh = [body for lang, body in blocks if lang == "sh"]
    assert "pipx install .\n" in sh
    assert "python3 -m venv .venv\n. .venv/bin/activate\npip install .\n" in sh
    assert ("bat", "py -m venv .venv\n.venv\\Scripts\\activate\npip install .\n") in blocks
    assert ".venv\\Scripts\\Activate.ps1" in README  # PowerShell's activation
    commands = shell_commands()
    assert commands[:3] == ["python3 -m venv .venv", ". .venv/bin/activate", "pip install ."]  # pipx is not run: one venv
    assert INTERVIEW in commands and "pipx install ." not in commands
    assert not any("pytest" in command for command in commands)


def run_in_a_terminal(commands: list[str], cwd: Path, env: dict[str, str], on_interview=None) -> list[tuple[str, str]]:
    """Type each command into one bash in a pseudo-terminal, in order; fail at the first that fails.

    Returns (command, output) for each. on_interview(child) answers the questions of INTERVIEW.
    """
    pexpect = pytest.importorskip("pexpect")
    environment = {**env, "PS1": "", "PROMPT_COMMAND": 'printf "\\n__EXIT_%s__\\n" $?', "TERM": "dumb", "COLUMNS": "200"}
    child = pexpect.spawn("bash", ["--norc", "--noprofile"], cwd=str(cwd), env=environment, encoding="utf-8", timeout=600, dimensions=(40, 200))
    done = []
    try:
        child.expect(r"__EXIT_\d+__")
        for command in commands:
            child.sendline(command)
            if command == INTERVIEW and on_interview is not None:
                on_interview(child)
            child.expect(r"__EXIT_(\d+)__")
            output = child.before
            done.append((command, output))
            if child.match.group(1) != "0":
                pytest.fail(f"README command failed (exit {child.match.group(1)}): {command}\n{output[-3000:]}")
        child.sendline("exit")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    return done


def test_the_runner_fails_when_a_command_fails(tmp_path):
    ran = run_in_a_terminal(["echo one", "cd /"], tmp_path, dict(os.environ))
    assert [command for command, _ in ran] == ["echo one", "cd /"] and "one" in ran[0][1]
    with pytest.raises(pytest.fail.Exception, match=r"README command failed \(exit 1\): false"):
        run_in_a_terminal(["echo before", "false", "echo never"], tmp_path, dict(os.environ))


def copy_checkout(target: Path) -> Path:
    """The files of this checkout that git tracks, as they are now: what a fresh clone holds."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=False)
    if listed.returncode != 0:
        pytest.skip("not a git checkout: the README test copies the files git tracks")
    for name in listed.stdout.decode().split("\0"):
        if name and (ROOT / name).is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, target / name)
    return target


@pytest.mark.readme_install
def test_the_readme_commands_run_in_order_in_a_fresh_venv(tmp_path):
    """A newcomer's first hour: install, try an example, answer the questions, build, keep it in git.

    One venv is made (pip installs from the copy of this checkout); policygen then runs from it,
    never from the venv running these tests, and HOME is a fresh folder.
    """
    checkout = copy_checkout(tmp_path / "policygen")
    home = tmp_path / "home"
    home.mkdir()
    our_bin = str(Path(sys.prefix) / "bin")
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH", "NO_COLOR")}
    env["PATH"] = os.pathsep.join(p for p in os.environ["PATH"].split(os.pathsep) if p != our_bin)
    # pip's own settings (an index, certificates) live in the real user's config folder
    env.update(HOME=str(home), XDG_CONFIG_HOME=os.environ.get("XDG_CONFIG_HOME", str(Path.home() / ".config")))
    env.update(GIT_AUTHOR_NAME="Test", GIT_AUTHOR_EMAIL="test@example.org", GIT_COMMITTER_NAME="Test", GIT_COMMITTER_EMAIL="test@example.org")

    _, plan = script(ORG)

    def answer(child) -> None:
        for question, typed in plan:
            child.expect_exact(question.question)
            for line in typed:
                child.expect(r"\n  [A-Z][^\n]*: $")
                child.sendline(line)

    commands = shell_commands() + ["command -v policygen"]
    ran = dict(run_in_a_terminal(commands, checkout, env, answer))
    assert ran["command -v policygen"].strip().endswith(str(checkout / ".venv" / "bin" / "policygen"))
    folder = home / "social-media-policy"
    assert "northshire-council " in ran["policygen example"]
    for name in ("northshire-council.yaml", "northshire-council.docx", "northshire-council.md", "policy.yaml", "policy.docx", "policy.md", "changes.docx"):
        assert (folder / name).is_file(), name
    assert "Harbour Trust" in (folder / "policy.md").read_text(encoding="utf-8")
    assert "policy.md: up to date with policy.yaml" in ran["policygen check policy.yaml"]
    untracked = subprocess.run(["git", "status", "--porcelain"], cwd=folder, capture_output=True, text=True, check=True).stdout
    assert "policy.yaml" not in untracked and "policy.md" not in untracked  # committed
