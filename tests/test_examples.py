"""Golden files: every examples/*.yaml is rebuilt and compared with the examples/*.md beside it.

The committed Markdown shows, in review, exactly how a change to the clause library or an
example changes real policies. When a change is intended, regenerate the golden files and
read the diff before committing:

    UPDATE_GOLDEN=1 .venv/bin/pytest -q tests/test_examples.py
    git diff examples/

(For one example: `policygen build examples/NAME.yaml -o examples/NAME.md`.)
"""

from __future__ import annotations

import os
import re

import pytest

from generator.answers import load_answers
from generator.pipeline import build
from helpers import EXAMPLES

UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def test_there_are_examples_for_every_nation_and_several_kinds_of_employer():
    answers = [load_answers(path) for path in EXAMPLES]
    assert len(answers) >= 5
    assert {a.organisation.nation for a in answers} == {"england", "scotland", "wales", "northern_ireland"}
    assert {"local_authority", "charity", "nhs_or_hsc_body"} <= {a.organisation.type for a in answers}


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_example_has_a_comment_header(example):
    assert example.read_text(encoding="utf-8").startswith("# Example: ")


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_example_matches_its_golden_markdown(example, tmp_path):
    golden = example.with_suffix(".md")
    built = tmp_path / golden.name
    build(example, [built])
    text = built.read_text(encoding="utf-8")
    if UPDATE:
        golden.write_text(text, encoding="utf-8")
        return
    assert golden.exists(), f"{golden.name} is missing: run UPDATE_GOLDEN=1 pytest tests/test_examples.py"
    expected = golden.read_text(encoding="utf-8")
    assert text == expected, (
        f"{golden.name} is out of date with {example.name} and the clause library. If the change is intended, "
        "run UPDATE_GOLDEN=1 pytest tests/test_examples.py and review `git diff examples/`."
    )


# A template tag that eats the newline after a sentence joins it to the next: "Procedures.The outcome".
RUN_TOGETHER = re.compile(r"[a-z)]\.[A-Z][a-z]")


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_no_sentence_in_a_golden_runs_into_the_next(example):
    text = example.with_suffix(".md").read_text(encoding="utf-8")
    assert [line for line in text.splitlines() if RUN_TOGETHER.search(line)] == []
