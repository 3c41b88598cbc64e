"""The interview in a real pseudo-terminal (pexpect): `policygen init` as a person at a keyboard
meets it, with real Ctrl-C. Each point of test_interview.py that depends on the terminal."""

from __future__ import annotations

import os
import platform
import signal
import sys
import time

import pytest

from generator.answers import load_answers
from generator.answers.questions import Answering, find
from helpers import script

pexpect = pytest.importorskip("pexpect")

PROMPT = r"\n  [A-Z][^\n]*: $"


def spawn(cwd, *args: str, **env: str):
    environment = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    environment.update({"TERM": "dumb", "PYTHONIOENCODING": "utf-8", "COLUMNS": "200"}, **env)
    return pexpect.spawn(
        sys.executable,
        ["-m", "generator", "init", *args],
        cwd=str(cwd),
        env=environment,
        encoding="utf-8",
        timeout=60,
        dimensions=(40, 200),
        # A suite started in the background (`pytest &` in a script, nohup) has SIGINT ignored, and
        # the child would inherit that: Ctrl-C must reach policygen as it reaches it at a keyboard.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


# The number of read(2) on this machine, as /proc/PID/syscall shows it.
READ_SYSCALL = {"x86_64": "0", "aarch64": "63"}.get(platform.machine())


def interrupt(child) -> None:
    """Ctrl-C once the child is blocked reading its terminal, as a person's Ctrl-C at a prompt is.

    Seeing the prompt is not enough: input() writes it and only then calls read(). A SIGINT in
    between (a busy machine can pause the child there) sets Python's flag but interrupts no
    system call, so read() waits for a line that never comes and the test times out.
    """
    status = f"/proc/{child.pid}/syscall"
    if READ_SYSCALL is not None and os.path.exists(status):
        deadline = time.monotonic() + 30
        while True:
            try:
                with open(status) as handle:
                    fields = handle.read().split()
            except OSError:  # the child has gone: nothing to wait for
                break
            if fields[:2] == [READ_SYSCALL, "0x0"]:  # read(0, ...): waiting for a line from the terminal
                break
            assert time.monotonic() < deadline, f"the child never waited for input (last system call: {' '.join(fields[:2])})"
            time.sleep(0.01)
    child.sendintr()


def answer(child, question_key: str, line: str) -> None:
    child.expect_exact(find(question_key).question)
    child.expect(PROMPT)
    child.sendline(line)


def test_back_then_ctrl_c_saves_and_resume_finishes(tmp_path):
    child = spawn(tmp_path, "policy.yaml")
    try:
        answer(child, "organisation.name", "Harbour Trust")
        answer(child, "organisation.short_name", "<")
        child.expect_exact(find("organisation.name").question)
        child.expect_exact("  Answer [Harbour Trust]: ")
        child.sendline("")
        answer(child, "organisation.short_name", "Harbour Trust")
        answer(child, "organisation.type", "Charity or voluntary organisation")
        child.expect_exact(find("organisation.nation").question)
        child.expect(PROMPT)
        interrupt(child)  # Ctrl-C
        child.expect_exact("Save your 3 answers so far to policy.partial.yaml, to finish later with `policygen init --resume policy.yaml`? [Y/n]: ")
        child.sendline("y")
        child.expect_exact("Saved policy.partial.yaml. Continue with: policygen init --resume policy.yaml")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["policy.partial.yaml"]

    saved = Answering({"organisation": {"name": "Harbour Trust", "short_name": "Harbour Trust", "type": "charity"}})
    _, plan = script({"organisation.nation": (["scotland"], "scotland")}, saved)
    child = spawn(tmp_path, "--resume", "policy.yaml")
    try:
        child.expect_exact("Continuing from the answers saved in policy.partial.yaml")
        for question, typed in plan:
            child.expect_exact(question.question)
            for line in typed:
                child.expect(PROMPT)
                child.sendline(line)
        child.expect_exact("Wrote policy.yaml")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["policy.yaml", "policygen.schema.json"]
    answers = load_answers(tmp_path / "policy.yaml")
    assert (answers.organisation.name, answers.organisation.type, answers.organisation.nation) == ("Harbour Trust", "charity", "scotland")


def test_ctrl_c_at_the_offer_writes_nothing(tmp_path):
    child = spawn(tmp_path, "policy.yaml")
    try:
        answer(child, "organisation.name", "Harbour Trust")
        child.expect_exact(find("organisation.short_name").question)
        child.expect(PROMPT)
        interrupt(child)
        child.expect_exact("Save your answer so far to policy.partial.yaml")
        interrupt(child)
        child.expect_exact("Aborted!")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 1
    assert list(tmp_path.iterdir()) == []


def test_an_empty_answer_where_one_is_needed_says_why(tmp_path):
    child = spawn(tmp_path, "policy.yaml")
    try:
        answer(child, "organisation.name", "")
        child.expect_exact("This question has no default, and the policy cannot be written without an answer")
        child.expect_exact("  Answer: ")
        child.sendline("Harbour Trust")
        child.expect_exact(find("organisation.short_name").question)
        interrupt(child)
        child.expect_exact("[Y/n]: ")
        child.sendline("n")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("env, args, coloured", [({}, [], True), ({"NO_COLOR": "1"}, [], False), ({}, ["--no-color"], False)])
def test_colour_on_a_terminal_unless_no_color(tmp_path, env, args, coloured):
    child = spawn(tmp_path, "policy.yaml", *args, TERM="xterm-256color", **env)
    try:
        child.expect(PROMPT)
        shown = child.before  # the introduction, the first heading and question, and its help
        interrupt(child)
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert ("\x1b[1m" in shown) is coloured  # the group heading and the question in bold
    assert ("\x1b[" in shown) is coloured
    assert find("organisation.name").question in shown
