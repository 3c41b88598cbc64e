"""Many policies at once: `build_many` and the worker processes that build them.

The batch's process plans every job (which file, which edition, which targets), refuses the
batch as a whole only for what would break every job, then hands the jobs to forked workers
that start with the library and the modules already loaded (a spawned pool where the system
cannot fork). Each job is one answers file in one edition, built as `pipeline.build` would.
"""

from __future__ import annotations

import gc
import os
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

from .answers import read_answers
from .compose.assemble import available_editions
from .errors import PolicyError, Problem, collect
from .files import refuse_inputs, write_all
from .library import Library
from .pipeline import (
    LibraryArg,
    TemplateArg,
    _one_of,
    _report,
    inputs_of,
    library_from,
    output_formats,
    prepare,
    render_outputs,
    shared_inputs,
)
from .writers import writer_for


@dataclass(frozen=True)
class BatchResult:
    """One answers file (one edition of it) in a batch: the files written, or the problems that stopped it (then nothing is written)."""

    answers: str
    written: tuple[Path, ...]
    problems: tuple[Problem, ...]
    warnings: tuple[Problem, ...] = ()  # as Built.warnings: what the policy lacks, example answers left by init --defaults
    edition: str = "full"


ALL_EDITIONS = "all"  # as a batch's edition: every edition each answers file gets (`policygen editions`)
_Job = tuple[str, list[Path], bool, str, str | None]  # answers, targets, strict, edition, Word template


def batch_target(folder: Path, answers: str | Path, edition: str, name: str) -> Path:
    """Where a batch writes one edition of one policy: a.docx for the full policy, a.quick.docx for the quick guide."""
    infix = "" if edition == "full" else f".{edition}"
    return folder / f"{Path(answers).stem}{infix}.{name.lstrip('.')}"


def build_many(
    answers: Sequence[str | Path],
    out_dir: str | Path,
    formats: Sequence[str] = ("docx",),
    library: LibraryArg = None,
    *,
    workers: int | None = None,
    on_done: Callable[[BatchResult], None] | None = None,
    strict: bool = False,
    template: TemplateArg = None,
    editions: Sequence[str] = ("full",),
) -> list[BatchResult]:
    """Build every answers file into out_dir as <answers name>.<format>, in parallel processes.

    A problem in one answers file is returned in its BatchResult and the others still build;
    only a problem with the batch itself (an unknown format, two answers files with the same
    name, the folder, the clause library) raises. workers: processes to use (default: one per
    core, at most one per job). on_done is called in this process as each job finishes.
    Results are in the order of `answers`, and of `editions` within each. strict: a file with
    example answers left by `init --defaults`, or any other warning, is a problem (and is not
    built), not a warning. editions: which editions of each policy; an edition other than
    `full` is written as <answers name>.<edition>.<format>. A named edition a file does not get
    is a problem for that file; "all" builds every edition each file gets.
    template: a Word template for every file, instead of each one's document.template.
    """
    unknown = [name for name in formats if name.lstrip(".") not in output_formats()]
    if unknown:
        raise PolicyError(Problem(f"cannot write '{unknown[0]}' files; use {_one_of(output_formats())}"))
    folder = Path(out_dir)
    loaded = library_from(library)  # a broken library would break every policy: report it once
    jobs: list[_Job] = []
    claimed: dict[Path, str] = {}
    problems = []
    for item in answers:
        for edition in _batch_editions(item, editions, loaded):
            targets = [batch_target(folder, item, edition, name) for name in dict.fromkeys(formats)]
            for target in targets:
                if target in claimed:
                    problems.append(Problem(f"{claimed[target]} would also be written to {target}; build answers files with the same name into different folders", str(item)))
                claimed.setdefault(target, str(item))
            jobs.append((str(item), targets, strict, edition, None if template is None else str(template)))
    collect(problems)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PolicyError(Problem(f"cannot create the folder: {exc.strerror}", str(folder))) from None
    for name in dict.fromkeys(formats):
        writer_for("." + name.lstrip("."))  # imported before the workers start, so each does not import it again
    workers = min(len(jobs), os.cpu_count() or 1) if workers is None else max(1, min(workers, len(jobs)))
    # What is loaded now (the library, the modules) lives as long as the batch: the garbage collector
    # leaves it alone, so it does not walk it again for every policy, nor copy a forked worker's share of it.
    gc.freeze()
    try:
        done = _build_here(jobs, loaded, on_done) if workers <= 1 else _build_in_pool(jobs, workers, library, loaded, on_done)
    finally:
        gc.unfreeze()
    return [done[job[0], job[3]] for job in jobs]


def _batch_editions(answers: str | Path, editions: Sequence[str], library: Library) -> list[str]:
    """The editions to build for one answers file; for "all", read from its answers (a file that cannot be read: the full policy, whose build reports why)."""
    if ALL_EDITIONS not in editions:
        return list(dict.fromkeys(editions))
    try:
        gets = list(available_editions(read_answers(answers).answers, library))
    except PolicyError:
        gets = ["full"]
    return list(dict.fromkeys(name for wanted in editions for name in (gets if wanted == ALL_EDITIONS else [wanted])))


def _build_here(jobs: list[_Job], loaded: Library, on_done: Callable[[BatchResult], None] | None) -> dict[tuple[str, str], BatchResult]:
    """One job after another in this process, as one worker would."""
    _start_worker(loaded)
    done: dict[tuple[str, str], BatchResult] = {}
    for job in jobs:
        result = _build_one(job)
        done[result.answers, result.edition] = result
        if on_done:
            on_done(result)
    return done


def _build_in_pool(
    jobs: list[_Job], workers: int, library: LibraryArg, loaded: Library, on_done: Callable[[BatchResult], None] | None
) -> dict[tuple[str, str], BatchResult]:
    """Fork where the system can, so workers start with the library and the modules already loaded; else spawn a pool that loads them again."""
    import multiprocessing

    if "fork" in multiprocessing.get_all_start_methods():
        return _build_in_forks(jobs, workers, loaded, on_done)
    from concurrent.futures import ProcessPoolExecutor, as_completed

    done: dict[tuple[str, str], BatchResult] = {}
    folder = loaded.root if isinstance(library, Library) else library
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"), initializer=_start_worker, initargs=(folder,)) as pool:
        futures = [pool.submit(_build_one, job) for job in jobs]
        for future in as_completed(futures):
            result = future.result()
            done[result.answers, result.edition] = result
            if on_done:
                on_done(result)
    return done


# Each forked worker has two pipes of its own: it reads the number of its next job from one (4
# bytes each) and writes each result to the other (a length and a pickle). The batch's process
# hands out the numbers: each worker starts on a run of consecutive jobs of its own and, when that
# is done, takes jobs from the end of the longest run left. Consecutive jobs are the editions of one
# answers file, and often files alike (a file named as the one before it, a copy of it), so a
# worker finds much of its next policy in the caches its last one filled (the same runs of text,
# the same tables measured); one worker taking every other job would fill each cache twice.
# Each worker has one job in hand and one waiting, so it never waits for the next number.
# This costs the batch about a third of what a ProcessPoolExecutor's threads and queues cost it.
# multiprocessing's Pool.imap_unordered was measured against it: its threads cost the batch's
# process 0.7 to 2.9 ms more a policy (chunksize 3 to 1), and a worker that dies (the kernel's
# out-of-memory killer) leaves it waiting for ever (python/cpython#96062), where this fails the batch.
_NUMBER = 4
_LENGTH = 8
_AHEAD = 2  # job numbers a worker holds: the one it builds and the next


def _runs(count: int, workers: int) -> list[deque[int]]:
    """The job numbers 0 .. count-1 in `workers` runs of consecutive numbers, as even in length as can be."""
    size, longer = divmod(count, workers)
    starts = [index * size + min(index, longer) for index in range(workers + 1)]
    return [deque(range(starts[index], starts[index + 1])) for index in range(workers)]


def _next_job(runs: list[deque[int]], worker: int) -> int | None:
    """The next job for a worker: the next of its own run, else the last of the longest run left (None: no job left)."""
    if runs[worker]:
        return runs[worker].popleft()
    longest = max(runs, key=len)
    return longest.pop() if longest else None


@dataclass
class _Worker:
    pid: int
    numbers: int  # the pipe its job numbers go down (-1: closed, no more to come)
    results: int  # the pipe its results come up
    received: bytearray = field(default_factory=bytearray)  # what has arrived of its next result
    in_hand: int = 0  # jobs sent to it that it has not sent the results of yet


def _build_in_forks(jobs: list[_Job], workers: int, loaded: Library, on_done: Callable[[BatchResult], None] | None) -> dict[tuple[str, str], BatchResult]:
    import selectors

    started: list[_Worker] = []
    finished = False
    try:
        for _ in range(workers):
            started.append(_fork_worker(jobs, loaded, started))
        runs = _runs(len(jobs), workers)
        for index, worker in enumerate(started):
            for _ in range(_AHEAD):
                _send_next(worker, runs, index)
        chosen = selectors.DefaultSelector()
        for index, worker in enumerate(started):
            chosen.register(worker.results, selectors.EVENT_READ, index)
        done: dict[tuple[str, str], BatchResult] = {}
        while len(done) < len(jobs):
            if not chosen.get_map():  # every worker has gone, and jobs are left
                raise _broken()
            for key, _ in chosen.select():
                worker = started[key.data]
                for result in _arrived(worker, chosen):
                    if isinstance(result, BaseException):
                        raise result
                    done[result.answers, result.edition] = result
                    if on_done:
                        on_done(result)
                    _send_next(worker, runs, key.data)
        finished = True
        return done
    finally:
        _end_workers(started, stop=not finished)


def _fork_worker(jobs: list[_Job], loaded: Library, started: list[_Worker]) -> _Worker:
    """A new worker process, with its two pipes; the batch's process keeps one end of each."""
    numbers_out, numbers_in = os.pipe()
    results_out, results_in = os.pipe()
    pid = os.fork()
    if pid == 0:  # the worker: never returns
        for descriptor in [numbers_in, results_out] + [end for other in started for end in (other.numbers, other.results)]:
            os.close(descriptor)  # only the batch's process holds them, so a worker sees the end of its numbers, and the batch a worker's end
        _work_forked(jobs, loaded, numbers_out, results_in)
    os.close(numbers_out)
    os.close(results_in)
    return _Worker(pid, numbers_in, results_out)


def _send_next(worker: _Worker, runs: list[deque[int]], index: int) -> None:
    """Send a worker its next job number; when none is left, close its pipe, so it stops after the ones it has."""
    if worker.numbers < 0:
        return
    number = _next_job(runs, index)
    if number is None:
        os.close(worker.numbers)
        worker.numbers = -1
        return
    try:
        os.write(worker.numbers, number.to_bytes(_NUMBER, "big"))  # never blocks: the pipe holds at most _AHEAD numbers
    except BrokenPipeError:  # the worker has gone: another takes the job, and the end of its results says what happened
        runs[index].appendleft(number)
        os.close(worker.numbers)
        worker.numbers = -1
        return
    worker.in_hand += 1


def _arrived(worker: _Worker, chosen: Any) -> list[Any]:
    """The whole results now in a worker's pipe; at its end, the pipe is closed, and a worker gone with jobs in hand breaks the batch."""
    import pickle

    data = os.read(worker.results, 1 << 16)
    buffer = worker.received
    buffer += data
    results = []
    while len(buffer) >= _LENGTH and len(buffer) >= _LENGTH + (size := int.from_bytes(buffer[:_LENGTH], "big")):
        results.append(pickle.loads(buffer[_LENGTH : _LENGTH + size]))  # from a worker this process forked
        del buffer[: _LENGTH + size]
        worker.in_hand -= 1
    if not data:
        chosen.unregister(worker.results)
        os.close(worker.results)
        worker.results = -1
        if worker.in_hand:
            raise _broken()
    return results


def _broken() -> Exception:
    from concurrent.futures.process import BrokenProcessPool

    return BrokenProcessPool("A worker process ended before it sent the results of its jobs")


def _work_forked(jobs: list[_Job], loaded: Library, numbers: int, results: int) -> NoReturn:
    """One forked worker: build job after job until the numbers run out, then exit without returning to the caller."""
    import pickle

    code = 0
    try:
        _start_worker(loaded)
        with os.fdopen(results, "wb") as out:
            while len(number := os.read(numbers, _NUMBER)) == _NUMBER:
                try:
                    result: Any = _build_one(jobs[int.from_bytes(number, "big")])
                except Exception as exc:  # a bug, not bad input: raised again in the batch's process
                    result = exc
                try:
                    data = pickle.dumps(result)
                except Exception:  # an exception that cannot be pickled: its text can
                    data = pickle.dumps(RuntimeError(repr(result)[:1000]))
                out.write(len(data).to_bytes(_LENGTH, "big") + data)
                out.flush()
    except BaseException:  # interrupted, or the batch's process has gone: nothing to tell it
        code = 1
    finally:
        os._exit(code)


def _end_workers(started: list[_Worker], stop: bool) -> None:
    """Close what is still open and wait for every worker; after an error (`stop`), stop the ones still building first."""
    import signal

    for worker in started:
        for descriptor in (worker.numbers, worker.results):
            if descriptor >= 0:
                os.close(descriptor)
    for worker in started:
        try:
            if stop:
                os.kill(worker.pid, signal.SIGTERM)
            os.waitpid(worker.pid, 0)
        except (ChildProcessError, ProcessLookupError):
            pass


_worker_library: Library | None = None
_worker_inputs: list[Path] = []  # shared_inputs of _worker_library, listed once for all of a worker's builds


def _start_worker(library: LibraryArg) -> None:
    global _worker_library, _worker_inputs
    _worker_library = library_from(library)
    _worker_inputs = shared_inputs([_worker_library.root])


def _build_one(job: _Job) -> BatchResult:
    answers, targets, strict, edition, template = job
    try:
        built = prepare(answers, _worker_library, edition=edition, template=template)
        warnings = built.warnings
        _report(warnings, strict, None)
        inputs = inputs_of([built], _worker_inputs)  # its library is _worker_library, or that with own clauses over it
        refuse_inputs(targets, inputs)  # before the writers' work; write_all need not look at the inputs again
        write_all(list(zip(targets, render_outputs(built.document, targets), strict=False)))
    except PolicyError as exc:
        return BatchResult(answers, (), tuple(exc.problems), edition=edition)
    return BatchResult(answers, tuple(targets), (), tuple(warnings), edition)
