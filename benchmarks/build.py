"""How fast is policygen against the cost of importing its libraries, and does it meet its budget?

Every figure comes from one run in which the measurements take turns, round by round, so a
machine that slows down or speeds up during the run (it is shared) moves every figure alike
instead of skewing the ratios. Each figure is the median of its runs, printed beside its target
(DESIGN.md, "Performance budget"):

- the import floor (`python -c "import docx, jinja2, pydantic, click"`), and the floor with one
  pydantic model defined: `import pydantic` alone loads almost nothing, so the plain floor
  leaves out what defining any model costs;
- pandoc turning the same policy's Markdown into a .docx, when pandoc is installed;
- whole-process builds of the largest example: warm (the library cache filled), without the
  cache (POLICYGEN_NO_CACHE=1) and cold (a new, empty cache folder, as on a first build);
- the rebuild in a process that keeps the loaded library (a live preview), after one answer
  changed, to .md and to .docx;
- batch builds (batch.build_many) of every example several times over, per .docx, on one
  core and on all cores, with the library loaded and the writer imported before the clock
  starts (starting the worker processes is timed);
- peak memory (maximum resident set) of the whole-process builds;
- and, after the run, the live preview of `policygen serve`: time in this process from a changed
  form to the rendered preview, median of 50 changes, target 300 ms.

Times are CPU time (user and system) by default: the machines this runs on are shared, and a
process's wall time is whatever the other users leave it, while its CPU time is nearly what its
wall time is on a quiet machine (these builds are single-threaded and wait for nothing). Batch
builds on all cores count the CPU time of every worker, per .docx. `--clock wall` measures
wall time instead (batch on all cores: wall time x cores per .docx), for a quiet machine.

Before every run the answers are edited (a new version number), as a user does between
builds, so no cache helps more than it would in use. LibreOffice is left out (with it, a .docx
build waits seconds for its page numbers). Targets: warm build <= 1.2x the floor with pydantic
in use; cold build <= 2.5x the import floor; rebuild .md <= 15 ms; batch <= 20 ms per .docx
per core; peak memory <= 60 MiB.

    python benchmarks/build.py [--runs 7] [--clock cpu|wall]
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
# As on a user's machine, Python may keep compiled .pyc files (some sandboxes turn that off).
ENV = {**{k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "POLICYGEN_NO_CACHE")}, "POLICYGEN_NO_LIBREOFFICE": "1"}
FLOOR_LIBRARIES = ("docx", "jinja2", "pydantic", "click")
FLOOR = "import docx, jinja2, pydantic, click"
PYDANTIC_IN_USE = "import docx, jinja2, click\nfrom pydantic import BaseModel\nclass M(BaseModel):\n    x: int = 1"


def in_use_floor(libraries: list[str]) -> str:
    """PYDANTIC_IN_USE for only these of the floor's libraries (those a build imports)."""
    others = [name for name in libraries if name != "pydantic"]
    lines = [f"import {', '.join(others)}"] if others else []
    if "pydantic" in libraries:
        lines += ["from pydantic import BaseModel", "class M(BaseModel):", "    x: int = 1"]
    return "\n".join(lines) or "pass"
# The figures of whole processes, shown as a ratio to the import floor too.
BUILD_FLOOR = "floor, the build's imports"  # the floor with pydantic in use, of only the floor's libraries a .docx build imports
WHOLE_PROCESS = {"python start-up", "import floor", "floor, pydantic in use", BUILD_FLOOR, "pandoc .md to .docx", "validate, warm",
                 "build .md, warm", "build .docx, warm", "build .docx, no cache", "build .docx, cold"}
REBUILDS = 5  # timed rebuilds in each in-process run
BATCH_COPIES = 3  # each example this many times in a batch


# ------------------------------------------------------------------ what each run measures


@dataclass
class Measured:
    seconds: float  # what the figure is: the process's time, or what the process reported
    peak_mib: float  # the process's maximum resident set


def run(command: list[str], env: dict[str, str], clock: str, reported: bool = False) -> Measured:
    """Run one process: its CPU or wall time (or with `reported` the seconds it printed) and its peak memory."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, env=env)
    out = process.stdout.read() if process.stdout else b""
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start if clock == "wall" else usage.ru_utime + usage.ru_stime
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(command)} failed with exit code {os.waitstatus_to_exitcode(status)}")
    return Measured(float(out) if reported else seconds, usage.ru_maxrss / 1024)


def in_process(kind: str, clock: str, *args: str) -> list[str]:
    return [PY, str(Path(__file__).resolve()), "--clock", clock, "--in-process", kind, *args]


def clock_of(name: str) -> Callable[[], float]:
    """This process's CPU time, or the wall clock."""
    return time.perf_counter if name == "wall" else time.process_time


def cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def rebuild(clock: str, suffix: str, answers: str, out: str) -> None:
    """Print the median time of rebuilding after one answer changed, in a process that keeps the library."""
    import generator
    from generator.library import load_library

    library = load_library()
    path = Path(answers)
    original = path.read_text(encoding="utf-8")
    target = Path(out) / f"rebuilt{suffix}"
    generator.build(path, [target], library)  # the first build imports the writers: not timed
    now = clock_of(clock)
    times = []
    for number in range(REBUILDS):
        path.write_text(edited(original, f"r{number}"), encoding="utf-8")
        start = now()
        generator.build(path, [target], library)
        times.append(now() - start)
    path.write_text(original, encoding="utf-8")
    print(statistics.median(times))


def batch(clock: str, workers: str, folder: str, out: str) -> None:
    """Print the seconds per .docx of a batch build (all cores: per .docx per core)."""
    import generator
    from generator.library import load_library

    files = sorted(Path(folder).glob("*.yaml"))
    count = None if workers == "all" else int(workers)
    cores = min(len(files), os.cpu_count() or 1) if count is None else count
    library = load_library()  # loaded once, as the imports are: not timed
    generator.build_many(files[:1], Path(out) / "warm-up", ["docx"], library, workers=1)
    now = clock_of(clock)
    start, children = now(), cpu_of_children()
    results = generator.build_many(files, out, ["docx"], library, workers=count)
    seconds = now() - start
    if any(result.problems for result in results):
        raise SystemExit("a batch build failed")
    if clock == "wall":
        seconds *= cores  # per core
    else:
        seconds += cpu_of_children() - children  # the workers' CPU time too
    print(seconds / len(files))


IMPORTED = "floor libraries imported: "


def imports(answers: str, out: str) -> None:
    """Print which of the floor's libraries a .docx build imports: a line of standard error after IMPORTED."""
    from generator.cli import main

    sys.argv = ["policygen", "build", answers, "-o", str(Path(out) / "imports.docx")]
    try:
        main()
    except SystemExit as exc:
        if exc.code:
            raise
    print(IMPORTED + " ".join(name for name in FLOOR_LIBRARIES if name in sys.modules), file=sys.stderr)


# ------------------------------------------------------------------ policygen serve's preview


PREVIEW_CHANGES = 50


def preview_after_change(example: Path, clock: str, changes: int = PREVIEW_CHANGES) -> float:
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

    now = clock_of(clock)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / example.name
        shutil.copy(example, path)
        copy_own_clauses(Path(folder))
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

            start = now()
            await app(scope, receive, send)
            elapsed = now() - start
            reply = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
            if sent[0]["status"] != 200 or f"<dd>9.{number}</dd>".encode() not in reply:  # the cover facts: Version, then its value
                sys.exit(f"the preview did not show change {number}: {sent[0]['status']} {reply[:200]!r}")
            return elapsed

        async def all_changes() -> list[float]:
            await request(0)  # the first build loads the writers and fills caches; not timed
            return [await request(number) for number in range(1, changes + 1)]

        return statistics.median(asyncio.run(all_changes()))


def copy_own_clauses(folder: Path) -> None:
    """An example may name a folder of its own clauses beside it (examples/local-clauses): its copies need it too."""
    own = ROOT / "examples" / "local-clauses"
    if own.is_dir() and not (folder / own.name).exists():
        shutil.copytree(own, folder / own.name)


# ------------------------------------------------------------------ taking turns


def edited(original: str, version: str) -> str:
    found = re.search(r'^  version: "([^"]+)"$', original, re.MULTILINE)
    if found is None:
        raise SystemExit("the largest example has no document version to edit")
    return original.replace(found.group(0), f'  version: "{found.group(1)}.{version}"')


def taking_turns(probes: dict[str, Callable[[int], Measured]], runs: int) -> dict[str, list[Measured]]:
    """Every probe once untimed (file caches, .pyc files, the library cache), then `runs` rounds of each in turn."""
    number = 0
    for probe in probes.values():
        probe(number := number + 1)
    results: dict[str, list[Measured]] = {name: [] for name in probes}
    for _ in range(runs):
        for name, probe in probes.items():
            results[name].append(probe(number := number + 1))
    return results


def measure(runs: int, largest: Path, work: Path, clock: str) -> dict[str, list[Measured]]:
    policygen = [PY, "-m", "generator"]
    script = Path(PY).parent / "policygen"  # the console script a user runs
    if script.exists():
        policygen = [str(script)]
    answers = work / largest.name
    original = largest.read_text(encoding="utf-8")
    warm = {**ENV, "POLICYGEN_CACHE_DIR": str(work / "cache")}
    no_cache = {**ENV, "POLICYGEN_NO_CACHE": "1"}
    batch_folder = work / "batch"
    batch_folder.mkdir()
    for example in sorted((ROOT / "examples").glob("*.yaml")):
        for copy in range(BATCH_COPIES):
            shutil.copy(example, batch_folder / f"{example.stem}-{copy}.yaml")
    copy_own_clauses(work)
    copy_own_clauses(batch_folder)
    markdown = work / "policy.md"
    subprocess.run([*policygen, "build", str(largest), "-o", str(markdown)], check=True, env=warm, stdout=subprocess.DEVNULL)

    def whole(command: list[str], env: dict[str, str] = warm, edits: bool = True) -> Callable[[int], Measured]:
        def probe(number: int) -> Measured:
            if edits:
                answers.write_text(edited(original, str(number)), encoding="utf-8")
            return run(command, env, clock)

        return probe

    def cold(number: int) -> Measured:
        answers.write_text(edited(original, str(number)), encoding="utf-8")
        with tempfile.TemporaryDirectory(dir=work) as empty:
            return run([*policygen, "build", str(answers), "-o", str(work / "p.docx")], {**ENV, "POLICYGEN_CACHE_DIR": empty}, clock)

    def reported(command: list[str], env: dict[str, str] = warm) -> Callable[[int], Measured]:
        return lambda number: run(command, env, clock, reported=True)

    probes = {
        "python start-up": whole([PY, "-c", "pass"], edits=False),
        "import floor": whole([PY, "-c", FLOOR], edits=False),
        "floor, pydantic in use": whole([PY, "-c", PYDANTIC_IN_USE], edits=False),
    }
    imported = build_imports(largest, work, warm)
    if imported != list(FLOOR_LIBRARIES):  # a build that no longer imports one of them is also compared with what it does import
        probes[BUILD_FLOOR] = whole([PY, "-c", in_use_floor(imported)], edits=False)
    if shutil.which("pandoc"):
        probes["pandoc .md to .docx"] = whole(["pandoc", str(markdown), "-o", str(work / "pandoc.docx")], edits=False)
    probes |= {
        "validate, warm": whole([*policygen, "validate", str(answers)]),
        "build .md, warm": whole([*policygen, "build", str(answers), "-o", str(work / "p.md")]),
        "build .docx, warm": whole([*policygen, "build", str(answers), "-o", str(work / "p.docx")]),
        "build .docx, no cache": whole([*policygen, "build", str(answers), "-o", str(work / "p.docx")], no_cache),
        "build .docx, cold": cold,
        "rebuild .md in process": reported(in_process("rebuild", clock, ".md", str(answers), str(work))),
        "rebuild .docx in process": reported(in_process("rebuild", clock, ".docx", str(answers), str(work))),
        "batch, one core": reported(in_process("batch", clock, "1", str(batch_folder), str(work / "out1"))),
        "batch, all cores": reported(in_process("batch", clock, "all", str(batch_folder), str(work / "out-all"))),
    }
    return taking_turns(probes, runs)


def build_imports(largest: Path, work: Path, env: dict[str, str]) -> list[str]:
    """The floor's libraries a .docx build of the largest example imports."""
    found = subprocess.run(in_process("imports", "cpu", str(largest), str(work)), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=True, text=True)
    return next(line[len(IMPORTED):].split() for line in found.stderr.splitlines() if line.startswith(IMPORTED))


# ------------------------------------------------------------------ the report


def verdict(value: float, target: float) -> str:
    return f"target <= {target:g}: {'met' if value <= target else 'NOT met'}"


def report(results: dict[str, list[Measured]], runs: int, largest: Path, clock: str) -> None:
    ms = {name: statistics.median(m.seconds for m in measured) * 1000 for name, measured in results.items()}
    floor, pydantic_floor = ms["import floor"], ms["floor, pydantic in use"]
    warm, cold = ms["build .docx, warm"], ms["build .docx, cold"]
    notes = {
        "build .docx, warm": f"{warm / pydantic_floor:.2f}x floor with pydantic, {verdict(warm / pydantic_floor, 1.2)}",
        "build .docx, cold": f"{cold / floor:.2f}x import floor, {verdict(cold / floor, 2.5)}",
        "rebuild .md in process": verdict(ms["rebuild .md in process"], 15),
        "batch, one core": "per .docx, " + verdict(ms["batch, one core"], 20),
        "batch, all cores": f"per .docx per core ({os.cpu_count() or 1} cores), " + verdict(ms["batch, all cores"], 20),
    }
    if "pandoc .md to .docx" in ms:
        notes["build .docx, warm"] += f"; {warm / ms['pandoc .md to .docx']:.2f}x pandoc"
    if BUILD_FLOOR in ms:
        notes[BUILD_FLOOR] = "the floor with pydantic in use of only what a .docx build imports"
        notes["build .docx, warm"] += f"; {warm / ms[BUILD_FLOOR]:.2f}x the floor of its own imports"
        notes["build .docx, cold"] += f"; {cold / ms[BUILD_FLOOR]:.2f}x the floor of its own imports"
    print(f"largest example: {largest.relative_to(ROOT)}, its version edited before each run  ({runs} runs each, median; {clock} time)")
    for name, value in ms.items():
        ratio = f"{value / floor:5.2f}x floor" if name in WHOLE_PROCESS else ""
        print(f"  {name:<26} {value:7.1f} ms  {ratio:<11}  {notes.get(name, '')}".rstrip())
        if name == "floor, pydantic in use" and "pandoc .md to .docx" not in ms:
            print(f"  {'pandoc .md to .docx':<26} not installed")
    peak = max(m.peak_mib for name in ms if name.startswith("build ") for m in results[name])
    print(f"  {'peak memory':<26} {peak:7.1f} MiB  (largest of the whole-process builds)  {verdict(peak, 60)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each measurement (default 7)")
    parser.add_argument("--clock", choices=["cpu", "wall"], default="cpu", help="CPU time of each process (default) or wall time")
    parser.add_argument("--in-process", nargs="+", metavar="ARG", help=argparse.SUPPRESS)  # one measurement, run by the benchmark itself
    args = parser.parse_args()
    if args.in_process:
        kind, *rest = args.in_process
        if kind == "imports":
            imports(*rest)
        else:
            {"rebuild": rebuild, "batch": batch}[kind](args.clock, *rest)
        return
    largest = max((ROOT / "examples").glob("*.yaml"), key=lambda p: p.stat().st_size)
    with tempfile.TemporaryDirectory() as work:
        results = measure(args.runs, largest, Path(work), args.clock)
    report(results, args.runs, largest, args.clock)
    preview = preview_after_change(largest, args.clock) * 1000
    print(f"serve: change to rendered preview, in-process, median of {PREVIEW_CHANGES} = {preview:.0f} ms  (target <= 300 ms: {'met' if preview <= 300 else 'NOT met'})")


if __name__ == "__main__":
    main()
