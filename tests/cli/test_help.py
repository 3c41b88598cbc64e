"""--help: every command's help ends with examples that are valid commands, and the command list
shows each summary whole, however narrow the terminal."""

from __future__ import annotations

import re
import shlex

import click
import pytest
from click.testing import CliRunner

from generator.cli import cli

NAMES = sorted(cli.commands)


def help_text(args: list[str], width: int = 80) -> str:
    result = CliRunner().invoke(cli, [*args, "--help"], terminal_width=width)
    assert result.exit_code == 0, result.output
    return result.output


def examples_at_the_end(text: str) -> list[str]:
    match = re.search(r"\n  Examples?:\n\n((?:    policygen .*\n)+)\Z", text)
    assert match, f"the help does not end with examples:\n{text}"
    return [line.strip() for line in match.group(1).splitlines()]


def parses(example: str) -> None:
    """The example is a command policygen accepts: its options and arguments parse (nothing runs)."""
    words = shlex.split(example)
    for stop in (">", "|"):
        if stop in words:
            words = words[: words.index(stop)]
    assert words[0] == "policygen"
    name, rest = words[1], words[2:]  # policygen itself takes only --version and --help
    assert name in cli.commands, example
    with cli.commands[name].make_context(name, rest, parent=cli.make_context("policygen", [name])):
        pass


@pytest.mark.parametrize("name", ["(policygen)", *NAMES])
def test_help_ends_with_one_or_two_examples_that_parse(name):
    args = [] if name == "(policygen)" else [name]
    found = examples_at_the_end(help_text(args))
    assert 1 <= len(found) <= (3 if not args else 2)
    for example in found:
        if args:
            assert example.startswith(f"policygen {name}"), example
        parses(example)


def test_a_wrong_example_would_be_caught():
    with pytest.raises(click.UsageError):
        parses("policygen build policy.yaml --no-such-option")
    with pytest.raises(click.UsageError):
        parses("policygen diff only-one.yaml")


@pytest.mark.parametrize("width", [80, 50])
def test_the_command_list_shows_every_summary_whole(width):
    text = help_text([], width)
    listed = text.split("\nCommands:\n", 1)[1]
    summaries: dict[str, str] = {}
    current = None
    for line in listed.splitlines():
        match = re.match(r"  (\w+)\s+(.*)", line)
        if match and match.group(1) in cli.commands:
            current = match.group(1)
            summaries[current] = match.group(2)
        elif current and line.startswith(" " * 6):
            summaries[current] += " " + line.strip()
    assert sorted(summaries) == NAMES
    for name, summary in summaries.items():
        first_sentence = " ".join(cli.commands[name].help.split("\n\n")[0].split())
        assert summary == first_sentence, name
        assert not summary.endswith("...") and summary.endswith("."), name
