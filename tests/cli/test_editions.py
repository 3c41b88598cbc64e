"""`policygen editions`, and `build`, `coverage` and `diff` with --edition, as a user runs them."""

from __future__ import annotations

import re

from helpers import ROOT, invoke

BRIGHTWATER = ROOT / "examples" / "brightwater-fostering.yaml"


def test_editions_lists_those_this_organisation_gets():
    result = invoke("editions", BRIGHTWATER)
    assert result.exit_code == 0, result.output
    assert result.output == (
        "full      The full policy\n"
        "quick     Staff quick guide: the rules that matter most, who to contact, where the full policy is\n"
        "carers    For foster carers and other carers: the rules that bind you, written to you\n"
    )


def test_build_writes_an_edition_in_every_format(tmp_path):
    outputs = [tmp_path / f"carers.{suffix}" for suffix in ("md", "html", "docx")]
    result = invoke("build", BRIGHTWATER, "--edition", "carers", *[arg for out in outputs for arg in ("-o", out)])
    assert result.exit_code == 0, result.output
    assert result.stdout == "".join(f"Wrote {out}\n" for out in outputs)
    assert "# Social media: the rules for carers" in outputs[0].read_text(encoding="utf-8")
    assert "Social media: the rules for carers" in outputs[1].read_text(encoding="utf-8")
    assert outputs[2].read_bytes()[:2] == b"PK"


def test_build_refuses_an_edition_these_answers_do_not_get(tmp_path):
    result = invoke("build", BRIGHTWATER, "--edition", "students", "-o", tmp_path / "students.md")
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {BRIGHTWATER}: --edition: the edition 'students' is not available for these answers (it needs: scope.students); these answers get: full, quick, carers\n"
    )
    assert not (tmp_path / "students.md").exists()


def test_several_editions_of_one_policy_go_into_a_folder(tmp_path):
    for editions in (["--edition", "quick", "--edition", "carers"], ["--edition", "all"]):
        result = invoke("build", BRIGHTWATER, "-o", tmp_path / "x.docx", *editions)
        assert result.exit_code == 2
        assert "several editions are built into a folder: add --out-dir DIR, or build one edition with -o" in result.output


def test_coverage_of_an_edition_counts_only_its_clauses():
    full = invoke("coverage", BRIGHTWATER)
    quick = invoke("coverage", BRIGHTWATER, "--edition", "quick")
    carers = invoke("coverage", BRIGHTWATER, "--edition", "carers")
    assert full.exit_code == quick.exit_code == carers.exit_code == 0
    assert full.output.endswith("22 of 23 recommendations covered.\n")
    # the quick guide summarises the policy: it delivers no recommendation itself
    assert quick.output.endswith("0 of 23 recommendations covered.\n")
    # the carers' edition delivers training for carers (17, in its clauses 5.1 and 6.1), and not what staff need to know (1)
    assert carers.output.endswith("13 of 23 recommendations covered.\n")
    assert re.search(r"^ 17  5\.1, 6\.1 +Employers should support social workers, foster carers", carers.output, re.M)
    assert re.search(r"^  1  not covered +Know what social media offers", carers.output, re.M)


def test_diff_of_an_edition_shows_only_its_changes(tmp_path):
    answers = BRIGHTWATER.read_text(encoding="utf-8")
    old = tmp_path / "old.yaml"
    old.write_text(answers, encoding="utf-8")
    new = tmp_path / "new.yaml"
    new.write_text(answers.replace("data_breach_hours: 8", "data_breach_hours: 12"), encoding="utf-8")
    assert answers != new.read_text(encoding="utf-8")
    result = invoke("diff", old, new, "--edition", "carers", "--no-color")
    assert result.exit_code == 0, result.output  # diff exits 0 whether or not the versions differ (README: Exit codes)
    assert "within [-8-]{+12+} hours of finding it" in result.output


def test_diff_of_an_edition_says_when_its_text_is_the_same(tmp_path):
    answers = BRIGHTWATER.read_text(encoding="utf-8")
    old = tmp_path / "old.yaml"
    old.write_text(answers, encoding="utf-8")
    new = tmp_path / "new.yaml"
    new.write_text(answers.replace("0117 496 0010", "0117 496 0011"), encoding="utf-8")  # the IT helpdesk: not in the carers' edition
    carers = invoke("diff", old, new, "--edition", "carers", "--no-color")
    assert carers.output.splitlines()[0] == f"{old} -> {new}: 1 answer changed; the policy text is the same"
    full = invoke("diff", old, new, "--no-color")
    assert "the policy text is the same" not in full.output
    assert "0117 496 [-0010-]{+0011+}" in full.output
