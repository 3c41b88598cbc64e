"""The hostile corpus (tests/hostile.py): every case fails cleanly, or succeeds without harm, within its bounds."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import hostile

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
