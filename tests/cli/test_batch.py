"""`policygen build a.yaml b.yaml ... --out-dir DIR -f FORMAT`: many policies in one process pool."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from generator import batch
from generator.batch import build_many
from generator.cli import cli
from generator.pipeline import build, editions, output_formats
from generator.writers import WRITERS
from helpers import EXAMPLES, MINIMAL_ANSWERS, invoke

BROKEN = MINIMAL_ANSWERS.replace("nation: england", "nation: englnd")
BROKEN_LINE = "Error: broken.yaml:5: organisation.nation: 'englnd' is not one of the choices: 'england', 'scotland', 'wales', 'northern_ireland'"
FORMATS = ["docx", "html", "md"]


@pytest.fixture
def answers(tmp_path):
    """Every example copied into tmp_path, and one broken answers file after them."""
    names = []
    for example in EXAMPLES:
        shutil.copy(example, tmp_path / example.name)
        names.append(example.name)
    shutil.copytree(EXAMPLES[0].parent / "local-clauses", tmp_path / "local-clauses")  # the clauses an example names as its own
    (tmp_path / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    return names + ["broken.yaml"]


def test_every_good_policy_is_built_the_broken_one_is_one_error_line_and_the_exit_is_1(tmp_path, answers):
    args = ["build", *answers, "--out-dir", "out"]
    for name in FORMATS:
        args += ["-f", name]
    result = invoke(*args, cwd=tmp_path)
    assert result.exit_code == 1
    good = [Path(name).stem for name in answers[:-1]]
    assert result.stdout.splitlines() == [f"Wrote {Path('out') / f'{stem}.{fmt}'}" for stem in good for fmt in FORMATS]
    assert result.stderr.splitlines() == [BROKEN_LINE]  # and no progress bar: the output is not a terminal
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(f"{stem}.{fmt}" for stem in good for fmt in FORMATS)


def test_a_batch_writes_what_single_builds_write(tmp_path, answers):
    good = answers[:-1]
    results = build_many([tmp_path / name for name in good], tmp_path / "out", ["md", "docx"], workers=2)
    assert [r.problems for r in results] == [()] * len(good)
    for name in good:
        stem = Path(name).stem
        # The Markdown is each example's golden file, byte for byte.
        assert (tmp_path / "out" / f"{stem}.md").read_bytes() == (Path(EXAMPLES[0]).parent / f"{stem}.md").read_bytes()
        build(tmp_path / name, [tmp_path / f"{stem}.docx"])
        assert (tmp_path / "out" / f"{stem}.docx").read_bytes() == (tmp_path / f"{stem}.docx").read_bytes()


def record_pid_and_build(job):
    """Stands in for batch._build_one in the workers: notes which process built the job."""
    (Path(job[1][0]).parent / f"pid-{os.getpid()}").touch()
    return ORIGINAL_BUILD_ONE(job)


ORIGINAL_BUILD_ONE = batch._build_one


def test_the_policies_are_built_in_other_processes_and_reported_as_each_finishes(tmp_path, answers, monkeypatch):
    monkeypatch.setattr(batch, "_build_one", record_pid_and_build)
    finished = []
    results = build_many([tmp_path / name for name in answers], tmp_path / "out", ["md"], workers=2, on_done=lambda r: finished.append(r.answers))
    assert sorted(finished) == sorted(str(tmp_path / name) for name in answers)
    assert [r.answers for r in results] == [str(tmp_path / name) for name in answers]  # in the order given
    pids = {int(p.name[4:]) for p in (tmp_path / "out").glob("pid-*")}
    assert pids and os.getpid() not in pids
    assert [len(r.written) for r in results] == [1] * (len(answers) - 1) + [0]
    assert [str(p) for p in results[-1].problems] == [f"{tmp_path / 'broken.yaml'}:5: organisation.nation: 'englnd' is not one of the choices: 'england', 'scotland', 'wales', 'northern_ireland'"]


def test_one_worker_builds_in_this_process(tmp_path, answers):
    results = build_many([tmp_path / answers[0]], tmp_path / "out", ["md"])
    assert results[0].written == (tmp_path / "out" / f"{Path(answers[0]).stem}.md",)


def test_two_answers_files_with_the_same_name_are_refused_before_anything_is_built(tmp_path, answers):
    (tmp_path / "other").mkdir()
    shutil.copy(tmp_path / answers[0], tmp_path / "other" / answers[0])
    result = invoke("build", answers[0], f"other/{answers[0]}", "--out-dir", "out", cwd=tmp_path)
    assert result.exit_code == 1
    stem = Path(answers[0]).stem
    assert result.stderr == f"Error: other/{answers[0]}: {answers[0]} would also be written to {Path('out') / f'{stem}.docx'}; build answers files with the same name into different folders\n"
    assert not (tmp_path / "out").exists()


def test_the_folder_is_made_and_docx_is_the_default_format(tmp_path, answers):
    result = invoke("build", answers[0], "--out-dir", "a/b", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert result.stdout == f"Wrote {Path('a/b') / Path(answers[0]).with_suffix('.docx')}\n"


def test_a_broken_library_is_reported_once(tmp_path, answers):
    (tmp_path / "lib").mkdir()
    result = invoke("build", *answers[:3], "--out-dir", "out", "--library", "lib", cwd=tmp_path)
    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith("Error: lib")
    assert not (tmp_path / "out").exists()  # the library is checked before the folder is made


def test_the_formats_are_the_writers_registry():
    assert output_formats() == [suffix.lstrip(".") for suffix in WRITERS]
    choices = next(p for p in cli.commands["build"].params if p.name == "formats").type.choices
    assert list(choices) == output_formats()
    assert {"docx", "md", "html"} <= set(choices)


def test_an_unknown_format_through_the_api(tmp_path, answers):
    with pytest.raises(batch.PolicyError) as caught:
        build_many([tmp_path / answers[0]], tmp_path / "out", ["pptx"])
    assert str(caught.value) == f"cannot write 'pptx' files; use {', '.join(output_formats()[:-1])} or {output_formats()[-1]}"


def test_progress_is_shown_on_a_terminal(tmp_path, answers):
    pexpect = pytest.importorskip("pexpect")
    child = pexpect.spawn(
        sys.executable,
        ["-m", "generator", "build", *answers, "--out-dir", "out", "-f", "md"],
        cwd=str(tmp_path),
        env=dict(os.environ, TERM="dumb", COLUMNS="100"),
        encoding="utf-8",
        timeout=120,
    )
    child.expect(pexpect.EOF)
    child.close()
    screen = child.before
    assert "Building policies" in screen and "100%" in screen
    assert BROKEN_LINE in screen
    assert child.exitstatus == 1


def test_an_edition_of_every_policy_is_named_after_its_answers_and_edition(tmp_path, answers):
    good = answers[:-1]
    result = invoke("build", *answers, "--out-dir", "out", "--edition", "quick", "-f", "md", "-f", "docx", cwd=tmp_path)
    assert result.exit_code == 1
    stems = [Path(name).stem for name in good]
    assert result.stdout.splitlines() == [f"Wrote {Path('out') / f'{stem}.quick.{fmt}'}" for stem in stems for fmt in ("md", "docx")]
    assert result.stderr.splitlines() == [BROKEN_LINE]
    for name in good:  # what a single build of the edition writes, byte for byte
        build(tmp_path / name, [tmp_path / "single.md"], edition="quick")
        assert (tmp_path / "out" / f"{Path(name).stem}.quick.md").read_bytes() == (tmp_path / "single.md").read_bytes()


def test_several_editions_at_once_never_share_a_file(tmp_path, answers):
    results = build_many([tmp_path / name for name in answers[:-1]], tmp_path / "out", ["md"], workers=2, editions=["full", "quick", "carers"])
    gets = {Path(name).stem: list(editions(tmp_path / name)) for name in answers[:-1]}
    carers = {Path(r.answers).stem for r in results if r.edition == "carers" and r.written}
    assert carers == {stem for stem, gotten in gets.items() if "carers" in gotten} and carers != set(gets)
    refused = {Path(r.answers).stem: [p.message for p in r.problems] for r in results if r.problems}
    assert refused == {stem: [f"the edition 'carers' is not available for these answers (it needs: carers); these answers get: {', '.join(gets[stem])}"] for stem in set(gets) - carers}
    written = [path.name for r in results for path in r.written]
    assert len(written) == len(set(written)) == 2 * len(answers[:-1]) + len(carers)
    assert sorted(written) == sorted(p.name for p in (tmp_path / "out").iterdir())
    assert [(Path(r.answers).name, r.edition) for r in results] == [(name, e) for name in answers[:-1] for e in ("full", "quick", "carers")]
    full = next(r for r in results if r.edition == "full")
    assert full.written == (tmp_path / "out" / f"{Path(full.answers).stem}.md",)


def test_all_editions_builds_each_policy_in_the_editions_it_gets(tmp_path, answers):
    result = invoke("build", *answers, "--out-dir", "out", "--edition", "all", "-f", "md", cwd=tmp_path)
    assert result.exit_code == 1  # the broken file still fails, as its full policy
    assert result.stderr.splitlines() == [BROKEN_LINE]
    expected = []
    for name in answers[:-1]:
        stem = Path(name).stem
        expected += [f"{stem}.md" if edition == "full" else f"{stem}.{edition}.md" for edition in editions(tmp_path / name)]
    assert result.stdout.splitlines() == [f"Wrote {Path('out') / name}" for name in expected]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(expected)
    assert "brightwater-fostering.carers.md" in expected and "eastwold-university.students.md" in expected


def test_an_edition_named_like_another_answers_file_is_refused_before_anything_is_built(tmp_path, answers):
    shutil.copy(tmp_path / answers[0], tmp_path / f"{Path(answers[0]).stem}.quick.yaml")
    other = f"{Path(answers[0]).stem}.quick.yaml"
    result = invoke("build", answers[0], other, "--out-dir", "out", "--edition", "quick", "--edition", "full", "-f", "md", cwd=tmp_path)
    assert result.exit_code == 1
    assert result.output == f"Error: {other}: {answers[0]} would also be written to {Path('out') / Path(other).with_suffix('.md')}; build answers files with the same name into different folders\n"
    assert not (tmp_path / "out").exists()


def quick_result(job):
    """Stands in for batch._build_one: a result at once, nothing built."""
    return batch.BatchResult(job[0], (), (), edition=job[3])


def test_many_more_jobs_than_a_pipe_holds_are_each_built_once(tmp_path, monkeypatch):
    monkeypatch.setattr(batch, "_build_one", quick_result)
    names = [tmp_path / f"policy-{number}.yaml" for number in range(3000)]  # far more than two runs, and each result at once: numbers handed out as fast as results come
    finished = []
    results = build_many(names, tmp_path / "out", ["md"], workers=2, on_done=lambda r: finished.append(r.answers))
    assert [r.answers for r in results] == [str(name) for name in names]
    assert sorted(finished) == sorted(str(name) for name in names)


def fail_on_the_second(job):
    if job[0].endswith("policy-1.yaml"):
        raise ZeroDivisionError("a bug in a worker")
    return quick_result(job)


def test_a_bug_in_a_worker_is_raised_in_the_batchs_process(tmp_path, monkeypatch):
    monkeypatch.setattr(batch, "_build_one", fail_on_the_second)
    with pytest.raises(ZeroDivisionError, match="a bug in a worker"):
        build_many([tmp_path / f"policy-{number}.yaml" for number in range(40)], tmp_path / "out", ["md"], workers=2)
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)  # and no worker left running or unreaped


def die_on_the_third(job):
    if job[0].endswith("policy-2.yaml"):
        os._exit(9)  # as the kernel's out-of-memory killer would end it
    return quick_result(job)


def test_a_worker_that_dies_fails_the_batch_without_hanging(tmp_path, monkeypatch):
    from concurrent.futures.process import BrokenProcessPool

    monkeypatch.setattr(batch, "_build_one", die_on_the_third)
    with pytest.raises(BrokenProcessPool, match="A worker process ended before it sent the results of its jobs"):
        build_many([tmp_path / f"policy-{number}.yaml" for number in range(6)], tmp_path / "out", ["md"], workers=2)
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)


def test_where_processes_cannot_fork_a_spawned_pool_builds_them(tmp_path, answers, monkeypatch):
    import multiprocessing

    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    good = answers[:2]
    results = build_many([tmp_path / name for name in good], tmp_path / "out", ["md"], workers=2)
    for name, result in zip(good, results, strict=True):
        assert result.written == (tmp_path / "out" / f"{Path(name).stem}.md",)
        assert result.written[0].read_bytes() == (EXAMPLES[0].parent / f"{Path(name).stem}.md").read_bytes()


def test_a_policy_that_would_be_written_over_one_of_its_inputs_is_refused_and_the_others_build(tmp_path, answers):
    own = tmp_path / "local-clauses"
    shutil.copy(tmp_path / "northshire-council.yaml", tmp_path / "sharing.yaml")  # its Markdown would be local-clauses/sharing.md, its own clause
    before = (own / "sharing.md").read_bytes()
    results = build_many([tmp_path / "sharing.yaml", tmp_path / "ceri-vale-council.yaml"], own, ["md"], workers=2)
    assert [problem.message for problem in results[0].problems] == [
        f"is an input of this run ({own / 'sharing.md'}); writing the output there would destroy it, so choose another file name"
    ]
    assert results[0].written == () and (own / "sharing.md").read_bytes() == before
    assert results[1].written == (own / "ceri-vale-council.md",) and not results[1].problems


def test_the_jobs_are_runs_of_consecutive_jobs_one_a_worker_as_even_as_can_be():
    assert [list(run) for run in batch._runs(7, 3)] == [[0, 1, 2], [3, 4], [5, 6]]
    assert [list(run) for run in batch._runs(2, 2)] == [[0], [1]]


def test_a_worker_takes_its_own_run_in_order_then_the_last_job_of_the_longest_run_left():
    runs = batch._runs(9, 3)  # [0 1 2] [3 4 5] [6 7 8]
    taken = [batch._next_job(runs, 0) for _ in range(3)]
    assert taken == [0, 1, 2]
    batch._next_job(runs, 1)  # worker 1 has taken 3: [4 5] and [6 7 8] are left
    assert [batch._next_job(runs, 0) for _ in range(4)] == [8, 5, 7, 4]  # from the end of whichever run is longest
    assert [batch._next_job(runs, 2) for _ in range(2)] == [6, None]
