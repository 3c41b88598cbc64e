"""The hostile corpus (tests/hostile.py): every case fails cleanly, or succeeds without harm, within its bounds."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import hostile
import pytest

WORKERS = 2
CASES = {case.name: case for case in hostile.cases()}


@pytest.fixture(scope="session")
def results(tmp_path_factory):
    """Run every case once, in WORKERS processes under a memory limit; the results by case name."""
    folder = tmp_path_factory.mktemp("hostile")
    files = [folder / f"results-{n}.json" for n in range(WORKERS)]
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    workers = [
        subprocess.Popen([sys.executable, str(Path(hostile.__file__)), str(path), str(n), str(WORKERS)], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        for n, path in enumerate(files)
    ]
    for process in workers:
        output, _ = process.communicate(timeout=900)
        assert process.returncode == 0, output.decode(errors="replace")[-3000:]
    found: dict = {}
    for path in files:
        found.update(json.loads(path.read_text(encoding="utf-8")))
    return found


def test_the_corpus_is_large_and_covers_every_class():
    assert len(CASES) >= 1000
    classes = {name.split("/")[0] for name in CASES}
    assert {
        "data-loss", "schema-line", "cache", "aliases", "nesting", "numbers", "dates", "text", "controls", "tab",
        "endless", "size", "kind", "encoding", "unreadable", "library", "template-limits", "urls", "emails",
        "markdown", "front-matter", "writes", "smaller",
    } <= classes


@pytest.mark.parametrize("name", list(CASES))
def test_case(results, name):
    report = results[name]
    assert not report["problems"], "\n".join(report["problems"]) + f"\nstderr: {report.get('stderr', '')[:2000]}"
    assert report["seconds"] <= hostile.CASE_SECONDS
    assert report["megabytes"] <= hostile.CASE_MEGABYTES, f"{report['megabytes']:.0f} MiB"


# ------------------------------------------------------------------ cases that need a process of their own

SIGNALLED = """\
import os, signal, sys
sys.argv = ["policygen", "build", "a.yaml", "-o", "out.docx", "-o", "out.md"]
real, calls = getattr(os, {step!r}), []
def step(*args, **kwargs):
    calls.append(args)
    result = real(*args, **kwargs)
    if len(calls) == 1:
        os.kill(os.getpid(), signal.{signal})
    return result
setattr(os, {step!r}, step)
from generator.cli import main
main()
"""


def _folder(tmp_path, name):
    folder = tmp_path / name
    folder.mkdir()
    (folder / "a.yaml").write_text(hostile.GOOD, encoding="utf-8")
    for output, data in hostile.EARLIER.items():
        (folder / output).write_bytes(data)
    return folder


def test_a_signal_during_the_writes_leaves_all_new_outputs_and_no_temporary_file(tmp_path):
    """SIGINT, SIGTERM or SIGHUP between the renames (or while staging) waits until every output is in place."""
    from generator.pipeline import build

    (tmp_path / "a.yaml").write_text(hostile.GOOD, encoding="utf-8")
    build(str(tmp_path / "a.yaml"), [str(tmp_path / "expected.docx"), str(tmp_path / "expected.md")])
    runs = {}
    for sig in ("SIGINT", "SIGTERM", "SIGHUP"):
        for step in ("replace", "chmod"):  # after the first rename; after staging the first file
            folder = _folder(tmp_path, f"{sig}-{step}")
            script = SIGNALLED.format(step=step, signal=sig)
            runs[folder] = subprocess.Popen([sys.executable, "-c", script], cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    for folder, process in runs.items():
        _, stderr = process.communicate(timeout=120)
        assert b"Traceback" not in stderr, stderr.decode()
        assert process.returncode != 0  # the signal still ends the run, after the writes
        assert sorted(p.name for p in folder.iterdir()) == ["a.yaml", "out.docx", "out.md"], folder.name
        assert (folder / "out.docx").read_bytes() == (tmp_path / "expected.docx").read_bytes(), folder.name
        assert (folder / "out.md").read_bytes() == (tmp_path / "expected.md").read_bytes(), folder.name


def test_answers_from_a_pipe_record_their_own_fingerprint(tmp_path):
    import hashlib

    folder = _folder(tmp_path, "pipe")
    digest = hashlib.sha256(hostile.GOOD.encode()).hexdigest()
    commands = {
        "process substitution": f"{sys.executable} -m generator build <(cat a.yaml) -o sub.md",
        "stdin": f"cat a.yaml | {sys.executable} -m generator build /dev/stdin -o stdin.md",
        "slow writer": f"{sys.executable} -m generator build <(sleep 1; cat a.yaml) -o slow.md",
    }
    runs = {name: subprocess.Popen(["bash", "-c", command], cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for name, command in commands.items()}
    for name, process in runs.items():
        _, stderr = process.communicate(timeout=120)
        assert process.returncode == 0, (name, stderr.decode())
    for output in ("sub.md", "stdin.md", "slow.md"):
        assert hostile.front_matter((folder / output).read_text(encoding="utf-8"))["answers_sha256"] == digest, output


def test_a_pipe_whose_writer_sends_nothing_is_an_error_after_a_bounded_wait(tmp_path, monkeypatch):
    import threading

    from generator import files
    from generator.errors import PolicyError

    monkeypatch.setattr(files, "PIPE_WAIT_SECONDS", 0.3)
    fifo = tmp_path / "a.yaml"
    os.mkfifo(fifo)
    opened = threading.Event()

    def silent_writer():
        with open(fifo, "wb"):  # opens, then holds the pipe open without writing
            opened.set()
            time.sleep(2)

    thread = threading.Thread(target=silent_writer, daemon=True)
    thread.start()
    while not opened.is_set():
        try:
            files.read_bytes(fifo)  # until the writer is there, the pipe reads as having none
        except PolicyError:
            time.sleep(0.05)
    started = time.perf_counter()
    with pytest.raises(PolicyError) as caught:
        files.read_bytes(fifo)
    assert time.perf_counter() - started < 2
    assert str(caught.value) == f"{fifo}: nothing arrived for 0.3 seconds; give a file, or a pipe that is written at once"
