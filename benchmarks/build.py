"""How fast is `policygen build` against the cost of merely importing its libraries?

Runs each command several times in fresh processes, in one run, and reports medians and the
ratio to the import floor (`python -c "import docx, jinja2, pydantic, click"`). The commands take
turns, round by round, so a machine that slows down or speeds up during the run moves every
command alike instead of skewing the ratios.
Target: build of the largest example within 1.5x the floor; validate near Python's own start-up.
Also the live preview of `policygen serve`: in-process time from a changed form to the rendered
preview, median of 50 changes, target 300 ms.

Before every run the answers are edited (a new version number), as a user does between
builds, so the library cache helps only as it would in use. "no cache" is a first build on a
new machine.
`import pydantic` alone loads almost nothing (pydantic imports its parts when first used), so
the floor leaves out what defining any model costs; "floor, pydantic in use" shows that cost.

    python benchmarks/build.py [--runs 7]
"""

from __future__ import annotations

import argparse
import itertools
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


# As on a user's machine, Python may keep compiled .pyc files (some sandboxes turn that off).
# Builds here leave LibreOffice out (with it, a .docx build waits seconds for its page numbers).
ENV = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}, "POLICYGEN_NO_LIBREOFFICE": "1"}


NO_CACHE = {**ENV, "POLICYGEN_NO_CACHE": "1"}
PYDANTIC_IN_USE = "import docx, jinja2, click\nfrom pydantic import BaseModel\nclass M(BaseModel):\n    x: int = 1"


def run(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


def timed(commands: dict[str, tuple[list[str], dict[str, str]]], runs: int, edit) -> dict[str, float]:
    """Median wall time of each command, the commands taking turns round by round.

    Before every run the answers are edited again, so no command finds another's result.
    """
    edits = itertools.count()
    for command, env in commands.values():  # warms the file cache, .pyc files and caches; not timed
        edit(next(edits))
        run(command, env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, (command, env) in commands.items():
            edit(next(edits))
            times[name].append(run(command, env))
    return {name: statistics.median(values) for name, values in times.items()}


PREVIEW_CHANGES = 50


def preview_after_change(example: Path, changes: int = PREVIEW_CHANGES) -> float:
    """Median time, in this process, from a changed form's request to the server's rendered preview.

    The request goes to `policygen serve`'s own ASGI app (guards, form, checks, the text Save
    would write, the build, the HTML preview, coverage and changes panels), without a socket.
    Each change is a new document version, so no two requests are alike.
    """
    import asyncio
    import shutil
    from urllib.parse import urlencode

    sys.path.insert(0, str(ROOT))
    from generator.library import load_library
    from generator.serve.app import make_app
    from generator.serve.form import answers_form
    from generator.serve.security import Guard
    from generator.serve.session import Session

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / example.name
        shutil.copy(example, path)
        session = Session(path, load_library())
        guard = Guard(8000)
        app = make_app(session, guard)
        form = answers_form(session.plan().answering)

        async def request(number: int) -> float:
            body = urlencode(form | {"document.version": [f"9.{number}"], "csrf": [guard.csrf]}, doseq=True).encode()
            scope = {
                "type": "http", "method": "POST", "path": "/update", "raw_path": b"/update", "query_string": b"",
                "root_path": "", "scheme": "http", "http_version": "1.1", "server": ("127.0.0.1", guard.port), "client": ("127.0.0.1", 1),
                "headers": [(b"host", guard.hosts[0].encode()), (b"cookie", f"{guard.cookie_name}={guard.token}".encode()),
                            (b"content-type", b"application/x-www-form-urlencoded"), (b"content-length", str(len(body)).encode())],
            }
            sent = []

            async def receive():
                return {"type": "http.request", "body": body, "more_body": False}

            async def send(message):
                sent.append(message)

            start = time.perf_counter()
            await app(scope, receive, send)
            elapsed = time.perf_counter() - start
            reply = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
            if sent[0]["status"] != 200 or f"Version 9.{number} ".encode() not in reply:
                sys.exit(f"the preview did not show change {number}: {sent[0]['status']} {reply[:200]!r}")
            return elapsed

        async def all_changes() -> list[float]:
            await request(0)  # the first build loads the writers and fills caches; not timed
            return [await request(number) for number in range(1, changes + 1)]

        return statistics.median(asyncio.run(all_changes()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs per command (default 7)")
    runs = parser.parse_args().runs
    examples = sorted((ROOT / "examples").glob("*.yaml"), key=lambda p: p.stat().st_size)
    largest = examples[-1]
    py = sys.executable
    script = Path(py).parent / "policygen"  # the console script a user runs
    policygen = [str(script)] if script.exists() else [py, "-m", "generator"]
    original = largest.read_text(encoding="utf-8")
    version = re.search(r'^  version: "([^"]+)"$', original, re.MULTILINE)
    if version is None:
        sys.exit(f"{largest}: no document version to edit")
    with tempfile.TemporaryDirectory() as out:
        answers = Path(out) / largest.name

        def edit(number: int) -> None:
            answers.write_text(original.replace(version.group(0), f'  version: "{version.group(1)}.{number}"'), encoding="utf-8")

        commands = {
            "python start-up": ([py, "-c", "pass"], ENV),
            "import floor": ([py, "-c", "import docx, jinja2, pydantic, click"], ENV),
            "floor, pydantic in use": ([py, "-c", PYDANTIC_IN_USE], ENV),
            "policygen validate": ([*policygen, "validate", str(answers)], ENV),
            "policygen build .md": ([*policygen, "build", str(answers), "-o", f"{out}/p.md"], ENV),
            "policygen build .docx": ([*policygen, "build", str(answers), "-o", f"{out}/p.docx"], ENV),
            "build .docx, no cache": ([*policygen, "build", str(answers), "-o", f"{out}/p.docx"], NO_CACHE),
        }
        results = timed(commands, runs, edit)
    floor, startup = results["import floor"], results["python start-up"]
    print(f"largest example: {largest.relative_to(ROOT)}, its version edited before each run  ({runs} runs each, median)")
    for name, seconds in results.items():
        print(f"  {name:<24} {seconds * 1000:7.0f} ms   {seconds / floor:4.2f}x floor")
    ratio = results["policygen build .docx"] / floor
    print(f"build .docx / import floor = {ratio:.2f}  (target <= 1.50: {'met' if ratio <= 1.5 else 'NOT met'})")
    print(f"build .docx / floor with pydantic in use = {results['policygen build .docx'] / results['floor, pydantic in use']:.2f}")
    print(f"validate / python start-up = {results['policygen validate'] / startup:.1f}")
    preview = preview_after_change(largest) * 1000
    print(f"serve: change to rendered preview, in-process, median of {PREVIEW_CHANGES} = {preview:.0f} ms  (target <= 300 ms: {'met' if preview <= 300 else 'NOT met'})")


if __name__ == "__main__":
    main()
