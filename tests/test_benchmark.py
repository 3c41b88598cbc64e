"""The benchmark script runs and reports every figure beside its target; it times nothing here (no timed assertions)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

from helpers import ROOT

TIME = r" +\d+\.\d ms"
VERDICT = r"target <= [\d.]+: (met|NOT met)"


def test_the_benchmark_runs_once_and_reports_every_figure_beside_its_target():
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
        + (r"; \d+\.\d\dx pandoc" if shutil.which("pandoc") else ""),
        r"build \.docx, no cache" + TIME + r" +\d+\.\d\dx floor",
        r"build \.docx, cold" + TIME + r" +\d+\.\d\dx floor +\d+\.\d\dx import floor, " + VERDICT,
        r"rebuild \.md in process" + TIME + r" +" + VERDICT,
        r"rebuild \.docx in process" + TIME,
        r"batch, one core" + TIME + r" +per \.docx, " + VERDICT,
        r"batch, all cores" + TIME + r" +per \.docx per core \(\d+ cores\), " + VERDICT,
        pandoc,
        r"peak memory +\d+\.\d MiB +\(largest of the whole-process builds\) +" + VERDICT,
    ]
    assert re.fullmatch(r"serve: change to rendered preview, in-process, median of 50 = \d+ ms  \(target <= 300 ms: (met|NOT met)\)", lines[-1])
    body = lines[1:-1]
    assert len(body) == len(expected), result.stdout
    for pattern in expected:  # each figure once, whatever the order
        assert sum(bool(re.fullmatch("  " + pattern, line)) for line in body) == 1, (pattern, result.stdout)
