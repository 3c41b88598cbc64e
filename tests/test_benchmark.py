"""The benchmark script runs and reports every figure beside its target; it times nothing here (no timed assertions)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

from helpers import ROOT

TIME = r" +\d+\.\d ms"
VERDICT = r"target <= [\d.]+: (met|NOT met)"
OWN_FLOOR = r"; \d+\.\d\dx the floor of its own imports"


def floor_libraries_a_build_imports(tmp_path) -> list[str]:
    """The benchmark's own probe: which of docx, jinja2, pydantic and click a .docx build imports."""
    probe = [sys.executable, str(ROOT / "benchmarks" / "build.py"), "--in-process", "imports", str(ROOT / "examples" / "northshire-council.yaml"), str(tmp_path)]
    result = subprocess.run(probe, capture_output=True, text=True, env={**os.environ, "POLICYGEN_NO_LIBREOFFICE": "1"})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "imports.docx").is_file()
    return next(line.split(": ", 1)[1].split() for line in result.stderr.splitlines() if line.startswith("floor libraries imported: "))


def test_the_import_probe_names_the_floor_libraries_a_build_imports(tmp_path):
    imported = floor_libraries_a_build_imports(tmp_path)
    assert {"jinja2", "pydantic", "click"} <= set(imported) <= {"docx", "jinja2", "pydantic", "click"}


def test_the_benchmark_runs_once_and_reports_every_figure_beside_its_target(tmp_path):
    own_floor = floor_libraries_a_build_imports(tmp_path) != ["docx", "jinja2", "pydantic", "click"]
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "build.py"), "--runs", "1"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert re.fullmatch(r"largest example: examples/[a-z-]+\.yaml, its version edited before each run  \(1 runs each, median; cpu time\)", lines[0])
    pandoc = r"pandoc \.md to \.docx" + (TIME + r" +\d+\.\d\dx floor" if shutil.which("pandoc") else r" +not installed")
    expected = [
        r"python start-up" + TIME + r" +\d+\.\d\dx floor",
        r"import floor" + TIME + r" +1\.00x floor",
        r"floor, pydantic in use" + TIME + r" +\d+\.\d\dx floor",
        r"validate, warm" + TIME + r" +\d+\.\d\dx floor",
        r"build \.md, warm" + TIME + r" +\d+\.\d\dx floor",
        r"build \.docx, warm" + TIME + r" +\d+\.\d\dx floor +\d+\.\d\dx floor with pydantic, " + VERDICT
        + (r"; \d+\.\d\dx pandoc" if shutil.which("pandoc") else "") + (OWN_FLOOR if own_floor else ""),
        r"build \.docx, no cache" + TIME + r" +\d+\.\d\dx floor",
        r"build \.docx, cold" + TIME + r" +\d+\.\d\dx floor +\d+\.\d\dx import floor, " + VERDICT + (OWN_FLOOR if own_floor else ""),
        r"rebuild \.md in process" + TIME + r" +" + VERDICT,
        r"rebuild \.docx in process" + TIME,
        r"batch, one core" + TIME + r" +per \.docx, " + VERDICT,
        r"batch, all cores" + TIME + r" +per \.docx per core \(\d+ cores\), " + VERDICT,
        pandoc,
        r"peak memory +\d+\.\d MiB +\(largest of the whole-process builds\) +" + VERDICT,
    ]
    if own_floor:  # the build no longer imports all of the floor's libraries: the floor of those it does import too
        expected.append(r"floor, the build's imports" + TIME + r" +\d+\.\d\dx floor +the floor with pydantic in use of only what a \.docx build imports")
    assert re.fullmatch(r"serve: change to rendered preview, in-process, median of 50 = \d+ ms  \(target <= 300 ms: (met|NOT met)\)", lines[-1])
    body = lines[1:-1]
    assert len(body) == len(expected), result.stdout
    for pattern in expected:  # each figure once, whatever the order
        assert sum(bool(re.fullmatch("  " + pattern, line)) for line in body) == 1, (pattern, result.stdout)
