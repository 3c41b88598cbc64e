"""clauses/README.md, the guide for clause authors, lists every name a clause can use, and its worked example builds."""

from __future__ import annotations

import re
import shutil

from generator import build
from generator.answers.facts import Facts
from generator.compose.context import context_names
from helpers import ROOT

GUIDE = (ROOT / "clauses" / "README.md").read_text(encoding="utf-8")


def test_the_guide_names_every_name_a_clause_can_use():
    missing = [name for name in context_names() if f"`{name}`" not in GUIDE]
    assert missing == []
    assert set(Facts.__annotations__) <= set(context_names())


def test_the_unknown_variable_error_points_to_the_guide():
    from jinja2.exceptions import UndefinedError

    from generator.templating import template_problem

    problem = template_problem(UndefinedError("'nation_name' is undefined"), "clauses/x/y.md", 5)
    assert "clauses/README.md" in problem.message


def test_the_worked_example_builds_and_reads_as_the_guide_says(tmp_path):
    example = re.search(r"`clauses/support/volunteers.md`:\n\n```markdown\n(.*?)```", GUIDE, re.S).group(1)
    library = tmp_path / "clauses"
    shutil.copytree(ROOT / "clauses", library)
    (library / "support" / "volunteers.md").write_text(example, encoding="utf-8")
    outline = (library / "outline.yaml").read_text(encoding="utf-8")
    outline = outline.replace("support.students, support.carers]", "support.students, support.carers, support.volunteers]")
    (library / "outline.yaml").write_text(outline, encoding="utf-8")
    answers = tmp_path / "policy.yaml"
    base = (ROOT / "examples" / "clydeview-family-support.yaml").read_text(encoding="utf-8")
    texts = {}
    for volunteers in ("true", "false"):
        answers.write_text(re.sub(r"volunteers: \w+", f"volunteers: {volunteers}", base), encoding="utf-8")
        (out,) = build(answers, [tmp_path / "policy.md"], library)
        texts[volunteers] = out.read_text(encoding="utf-8")
    assert "If you volunteer with us" not in texts["false"]
    number = re.search(r"^### (\d+\.\d+) What we will do$", texts["true"], re.M).group(1)
    clause = texts["true"].split("If you volunteer with us", 1)[1]
    assert f"as set out in clause {number}." in clause
