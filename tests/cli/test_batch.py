"""`policygen build a.yaml b.yaml ... --out-dir DIR -f FORMAT`: many policies in one process pool."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from generator import pipeline
from generator.cli import cli
from generator.pipeline import build, build_many, output_formats
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
    """Stands in for pipeline._build_one in the workers: notes which process built the job."""
    (Path(job[1][0]).parent / f"pid-{os.getpid()}").touch()
    return ORIGINAL_BUILD_ONE(job)


ORIGINAL_BUILD_ONE = pipeline._build_one


def test_the_policies_are_built_in_other_processes_and_reported_as_each_finishes(tmp_path, answers, monkeypatch):
    monkeypatch.setattr(pipeline, "_build_one", record_pid_and_build)
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
    assert not list((tmp_path / "out").iterdir())


def test_the_formats_are_the_writers_registry():
    assert output_formats() == [suffix.lstrip(".") for suffix in WRITERS]
    choices = next(p for p in cli.commands["build"].params if p.name == "formats").type.choices
    assert list(choices) == output_formats()
    assert {"docx", "md", "html"} <= set(choices)


def test_an_unknown_format_through_the_api(tmp_path, answers):
    with pytest.raises(pipeline.PolicyError) as caught:
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
