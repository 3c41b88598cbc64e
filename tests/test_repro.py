"""The same input gives the same bytes: across processes, time zones, locales and hash seeds.

Each build runs in its own Python process with a different TZ, LC_ALL/LANG and
PYTHONHASHSEED; the SHA-256 of every output must agree. A policy committed to git must not
change because someone else built it, somewhere else, on another day.
"""

from __future__ import annotations

import functools
import hashlib
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from helpers import EXAMPLES, ROOT, in_parallel

# Two settings as different as this machine allows (Debian's slim images have only C,
# C.UTF-8 and POSIX locales; en_GB.UTF-8 is used where it exists).
SETTINGS = [
    {"TZ": "Pacific/Auckland", "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "PYTHONHASHSEED": "1"},
    {"TZ": "UTC", "LC_ALL": "POSIX", "LANG": "POSIX", "PYTHONHASHSEED": "4242"},
]

SCRIPT = """\
import sys
from generator.cli import main
sys.argv = ["policygen", *sys.argv[1:]]
try:
    main()
except SystemExit as exit:
    if exit.code not in (0, None, 1):
        raise
"""


def _locale_available(name: str) -> bool:
    result = subprocess.run(["locale", "-a"], capture_output=True, text=True)
    return result.returncode == 0 and name.lower().replace("-", "") in result.stdout.lower().replace("-", "")


if _locale_available("en_GB.UTF-8"):
    SETTINGS[1].update(LC_ALL="en_GB.UTF-8", LANG="en_GB.UTF-8")


def run(args: list[str], cwd: Path, settings: dict[str, str]) -> subprocess.CompletedProcess:
    env = {**os.environ, **settings}
    return subprocess.run([sys.executable, "-c", SCRIPT, *args], cwd=cwd, env=env, capture_output=True, text=True, check=False)


def digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    """Every example built to .docx and .md, a redline and a diff, once per setting."""
    assert len(EXAMPLES) >= 1, "examples/ should hold answers files"
    results = [tmp_path_factory.mktemp(f"repro{index}") for index in range(len(SETTINGS))]
    jobs = []  # every run is a process of its own: run them on every core at a time
    for out, settings in zip(results, SETTINGS, strict=True):
        for example in EXAMPLES:
            jobs.append((["build", str(example), "-o", str(out / f"{example.stem}.docx"), "-o", str(out / f"{example.stem}.md")], settings, None))
        if len(EXAMPLES) >= 2:
            jobs.append((["redline", str(EXAMPLES[0]), str(EXAMPLES[1]), "-o", str(out / "redline.docx")], settings, None))
            jobs.append((["diff", str(EXAMPLES[0]), str(EXAMPLES[1]), "--format", "markdown"], settings, out / "diff.md"))
    done = in_parallel([functools.partial(run, args, ROOT, settings) for args, settings, _ in jobs])
    for (args, _, printed_to), result in zip(jobs, done, strict=True):
        if printed_to is None:
            assert result.returncode == 0, (args, result.stderr)
        else:
            printed_to.write_text(result.stdout, encoding="utf-8")
    return results


def test_every_output_is_byte_identical_across_time_zones_and_locales(outputs):
    first, second = (digests(folder) for folder in outputs)
    expected = {f"{e.stem}{suffix}" for e in EXAMPLES for suffix in (".docx", ".md")}
    assert expected <= set(first)
    assert first == second


def test_committed_renderings_match_a_fresh_build(outputs):
    """examples/*.md are what the build gives now, in either setting (policygen check's promise)."""
    for example in EXAMPLES:
        committed = example.with_suffix(".md")
        if committed.exists():
            assert (outputs[0] / committed.name).read_bytes() == committed.read_bytes(), f"{committed.name}: run policygen build {example} -o {committed}"


def test_word_files_carry_no_clock_time(outputs):
    for path in sorted(outputs[0].glob("*.docx")):
        with zipfile.ZipFile(path) as z:
            assert {info.date_time for info in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}, path.name


def test_markdown_front_matter_carries_provenance(outputs):
    from ruamel.yaml import YAML

    from generator import __version__
    from generator.library import load_library
    from generator.pipeline import prepare

    library = load_library()
    for example in EXAMPLES:
        text = (outputs[0] / f"{example.stem}.md").read_text(encoding="utf-8")
        front = YAML(typ="safe").load(text.split("---\n")[1])
        assert front["policygen"] == __version__
        assert front["clause_library"] == library.version
        assert front["answers_sha256"] == hashlib.sha256(example.read_bytes()).hexdigest()
        own = {clause.id for clause in prepare(example).library.clauses.values() if clause.origin == "added"}  # the example's own
        assert front["clauses"] and set(front["clauses"]) <= set(library.clauses) | own
        assert all(len(digest) == 16 for digest in front["clauses"].values())


def test_dates_are_english_whatever_the_locale(monkeypatch):
    """uk_date does not use strftime, whose month names follow the process's LC_TIME."""
    import datetime as dt

    from generator import templating

    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    assert [templating.uk_date(dt.date(2026, m, 3)) for m in range(1, 13)] == [f"3 {name} 2026" for name in months]

    class NoStrftime(dt.date):
        def strftime(self, fmt):  # also what f"{date:%B}" calls
            raise AssertionError("uk_date used strftime")

        def __format__(self, spec):
            if spec:
                raise AssertionError("uk_date used strftime")
            return super().__format__(spec)

    assert templating.uk_date(NoStrftime(2026, 10, 1)) == "1 October 2026"
