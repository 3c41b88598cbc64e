"""The benchmark script runs and reports every figure; it times nothing here (no timed assertions)."""

from __future__ import annotations

import re
import subprocess
import sys

from helpers import ROOT


def test_the_benchmark_runs_once_and_reports_each_ratio():
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "build.py"), "--runs", "1"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert re.fullmatch(r"largest example: examples/[a-z-]+\.yaml, its version edited before each run  \(1 runs each, median\)", lines[0])
    names = [re.match(r"  (.+?) +\d+ ms +\d+\.\d\dx floor$", line).group(1) for line in lines[1:8]]
    assert names == [
        "python start-up",
        "import floor",
        "floor, pydantic in use",
        "policygen validate",
        "policygen build .md",
        "policygen build .docx",
        "build .docx, no cache",
    ]
    assert re.fullmatch(r"build \.docx / import floor = \d+\.\d\d  \(target <= 1\.50: (met|NOT met)\)", lines[8])
    assert re.fullmatch(r"build \.docx / floor with pydantic in use = \d+\.\d\d", lines[9])
    assert re.fullmatch(r"validate / python start-up = \d+\.\d", lines[10])
    assert re.fullmatch(r"serve: change to rendered preview, in-process, median of 50 = \d+ ms  \(target <= 300 ms: (met|NOT met)\)", lines[11])
    assert len(lines) == 12
