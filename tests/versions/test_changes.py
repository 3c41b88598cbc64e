"""`policygen changes`: what changed for one edition's readers, and "Nothing in your rules changed" when nothing did."""

from __future__ import annotations

import json

import pytest

from helpers import ROOT, invoke

BRIGHTWATER = ROOT / "examples" / "brightwater-fostering.yaml"


@pytest.fixture
def changed(tmp_path):
    def write(old: str, new: str):
        text = BRIGHTWATER.read_text(encoding="utf-8")
        assert old in text
        path = tmp_path / "new.yaml"
        path.write_text(text.replace(old, new), encoding="utf-8")
        return path

    return write


def test_a_change_to_a_carers_rule_is_listed_for_carers(changed):
    new = changed("data_breach_hours: 8", "data_breach_hours: 12")
    result = invoke("changes", BRIGHTWATER, new, "--edition", "carers")
    assert result.exit_code == 0, result.output
    assert result.output == (
        "# What changed in Social media: the rules for carers\n"
        "\n"
        "From version 1.2 to version 1.2.\n"
        "\n"
        "| Clause | Title | What changed |\n"
        "| --- | --- | --- |\n"
        "| 8.3 | Data breaches | \u201c8\u201d is now \u201c12\u201d. |\n"
    )


def test_a_change_only_staff_see_leaves_carers_nothing_to_reacknowledge(changed):
    new = changed("0117 496 0010", "0117 496 0011")  # the IT helpdesk, in the staff contacts table only
    carers = invoke("changes", BRIGHTWATER, new, "--edition", "carers")
    assert carers.exit_code == 0
    assert carers.output.endswith("\nNothing in your rules changed.\n")
    staff = invoke("changes", BRIGHTWATER, new)
    assert staff.exit_code == 0
    assert "Nothing in your rules changed." not in staff.output
    assert "| Who to contact | \u201c0010\u201d is now \u201c0011\u201d. |" in staff.output


def test_the_summary_as_json(changed, tmp_path):
    new = changed("data_breach_hours: 8", "data_breach_hours: 12")
    result = invoke("changes", BRIGHTWATER, new, "--edition", "carers", "-o", tmp_path / "changes.json")
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "changes.json").read_text(encoding="utf-8"))
    assert data == {
        "edition": "carers",
        "title": "Social media: the rules for carers",
        "old_version": "1.2",
        "new_version": "1.2",
        "rules": [{"number": "8.3", "title": "Data breaches", "change": "changed", "description": "\u201c8\u201d is now \u201c12\u201d."}],
        "nothing_changed": False,
    }


def test_a_clause_left_out_and_put_back_are_removed_and_added_rules(changed, tmp_path):
    without = changed("exclude: []", "exclude: [conduct.views]")
    removed = invoke("changes", BRIGHTWATER, without)
    assert removed.exit_code == 0, removed.output
    # the clauses after it renumber, which changes no rule: the one row only
    assert removed.output.endswith("| --- | --- | --- |\n| 3.4 | Your personal views | No longer in the rules (it was clause 3.4). |\n")
    added = invoke("changes", without, BRIGHTWATER)
    assert added.output.endswith("| --- | --- | --- |\n| 3.4 | Your personal views | A new rule. |\n")


def test_only_markdown_and_json_are_written(tmp_path):
    result = invoke("changes", BRIGHTWATER, BRIGHTWATER, "-o", tmp_path / "changes.txt")
    assert result.exit_code == 1
    assert result.output == f"Error: {tmp_path / 'changes.txt'}: cannot write '.txt' files; use .md or .json\n"
