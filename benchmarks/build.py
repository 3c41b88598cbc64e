"""How fast is `policygen build` against the cost of merely importing its libraries?

Runs each command several times in fresh processes, in one run, and reports medians and the
ratio to the import floor (`python -c "import docx, jinja2, pydantic, click"`). The commands take
turns, round by round, so a machine that slows down or speeds up during the run moves every
command alike instead of skewing the ratios.
Target: build of the largest example within 1.5x the floor; validate near Python's own start-up.

    python benchmarks/build.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


# As on a user's machine, Python may keep compiled .pyc files (some sandboxes turn that off).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=ENV)
    return time.perf_counter() - start


def timed(commands: dict[str, list[str]], runs: int) -> dict[str, float]:
    """Median wall time of each command, the commands taking turns round by round."""
    for command in commands.values():  # warms the file cache, .pyc files and library cache; not timed
        run(command)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            times[name].append(run(command))
    return {name: statistics.median(values) for name, values in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs per command (default 7)")
    runs = parser.parse_args().runs
    examples = sorted((ROOT / "examples").glob("*.yaml"), key=lambda p: p.stat().st_size)
    largest = examples[-1]
    py = sys.executable
    script = Path(py).parent / "policygen"  # the console script a user runs
    policygen = [str(script)] if script.exists() else [py, "-m", "generator"]
    with tempfile.TemporaryDirectory() as out:
        commands = {
            "python start-up": [py, "-c", "pass"],
            "import floor": [py, "-c", "import docx, jinja2, pydantic, click"],
            "policygen validate": [*policygen, "validate", str(largest)],
            "policygen build .md": [*policygen, "build", str(largest), "-o", f"{out}/p.md"],
            "policygen build .docx": [*policygen, "build", str(largest), "-o", f"{out}/p.docx"],
        }
        results = timed(commands, runs)
    floor, startup = results["import floor"], results["python start-up"]
    print(f"largest example: {largest.relative_to(ROOT)}  ({runs} runs each, median)")
    for name, seconds in results.items():
        print(f"  {name:<24} {seconds * 1000:7.0f} ms   {seconds / floor:4.2f}x floor")
    ratio = results["policygen build .docx"] / floor
    print(f"build .docx / import floor = {ratio:.2f}  (target <= 1.50: {'met' if ratio <= 1.5 else 'NOT met'})")
    print(f"validate / python start-up = {results['policygen validate'] / startup:.1f}")


if __name__ == "__main__":
    main()
