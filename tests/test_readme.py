"""The README's examples work as written: a newcomer copies them."""

from __future__ import annotations

import re

from generator.answers import parse_answers
from generator.cli import cli
from helpers import ROOT, build_file_tree, invoke

README = (ROOT / "README.md").read_text(encoding="utf-8")


def fenced(language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```", README, re.S | re.M)


def test_the_answers_file_example_is_valid():
    (example,) = [block for block in fenced("yaml") if block.startswith("policygen: 1")]
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
