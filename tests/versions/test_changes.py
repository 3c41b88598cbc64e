"""`policygen changes`: what changed for one edition's readers, and "Nothing in your rules changed" when nothing did."""

from __future__ import annotations

import json
import shutil
import sys

import docx
import pytest

from generator.accessibility import docx as docx_checks
from generator.files import data_dir
from helpers import ROOT, invoke

BRIGHTWATER = ROOT / "examples" / "brightwater-fostering.yaml"
EASTWOLD = ROOT / "examples" / "eastwold-university.yaml"
INTRO = "Brightwater Fostering Ltd: Social media policy for staff and foster carers, from version 1.2 to version {new}. This summary is for {who}."
NEXT_VERSION = [  # version 1.3, approved on 1 June 2026, with its history entry
    ('  version: "1.2"\n  status', '  version: "1.3"\n  status'),
    ("approved_on: 2026-01-12", "approved_on: 2026-06-01"),
    ("  approval_minute:", '    - {version: "1.3", date: 2026-06-01, summary: Quicker reports.}\n  approval_minute:'),
]


def changes_module():
    return sys.modules["generator.versions.changes"]  # the package's `changes` is the function


@pytest.fixture
def changed(tmp_path):
    def write(*edits: tuple[str, str], base=BRIGHTWATER, name: str = "new.yaml"):
        text = base.read_text(encoding="utf-8")
        for old, new in edits:
            assert text.count(old) == 1, old
            text = text.replace(old, new)
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


def test_a_change_to_a_carers_rule_is_listed_for_carers(changed):
    new = changed(("data_breach_hours: 8", "data_breach_hours: 12"))
    result = invoke("changes", BRIGHTWATER, new, "--edition", "carers")
    assert result.exit_code == 0, result.output
    assert result.output == (
        "# What changed in Social media: the rules for carers\n"
        "\n"
        f"{INTRO.format(new='1.2', who='carers')}\n"
        "\n"
        "2 rules changed. Read them again in Social media: the rules for carers, version 1.2.\n"
        "\n"
        "| Clause | Title | What changed |\n"
        "| --- | --- | --- |\n"
        "| 8.3 | Data breaches | \u201c8\u201d is now \u201c12\u201d. |\n"
        "| 8.4 | If your phone or computer is lost or stolen | \u201c8\u201d is now \u201c12\u201d. |\n"
    )


def test_a_change_only_staff_see_leaves_carers_nothing_to_reacknowledge(changed):
    new = changed(("0117 496 0010", "0117 496 0011"))  # the IT helpdesk, in the staff contacts table only
    carers = invoke("changes", BRIGHTWATER, new, "--edition", "carers")
    assert carers.exit_code == 0
    assert carers.output.endswith(f"\n{INTRO.format(new='1.2', who='carers')}\n\nNothing in your rules changed.\n")
    staff = invoke("changes", BRIGHTWATER, new)
    assert staff.exit_code == 0
    assert "Nothing in your rules changed." not in staff.output
    assert "| Who to contact | \u201c0010\u201d is now \u201c0011\u201d. |" in staff.output


def test_a_new_version_number_and_approval_date_change_no_rule(changed):
    """The carers' guide names the version and its approval date, but a new version alone asks no one to re-read."""
    new = changed(*NEXT_VERSION)
    for edition in ("full", "quick", "carers"):
        result = invoke("changes", BRIGHTWATER, new, "--edition", edition)
        assert result.exit_code == 0, result.output
        assert result.output.endswith("version 1.3. This summary is for " + {"full": "everyone the policy covers", "quick": "staff", "carers": "carers"}[edition] + ".\n\nNothing in your rules changed.\n")


def test_the_organisations_note_added_since_old_describes_the_clause(changed):
    note = '  clause_notes:\n    - {version: "1.3", clause: breaches.data, note: "Report a suspected data breach within 12 hours, not 8."}\n  approval_minute:'
    new = changed(*NEXT_VERSION[:2], ("  approval_minute:", note), ("data_breach_hours: 8", "data_breach_hours: 12"), ("0117 496 0010", "0117 496 0011"))
    carers = invoke("changes", BRIGHTWATER, new, "--edition", "carers")
    assert carers.exit_code == 0, carers.output
    assert carers.output.endswith(
        "2 rules changed. Read them again in Social media: the rules for carers, version 1.3.\n\n"
        "| Clause | Title | What changed |\n| --- | --- | --- |\n"
        "| 8.3 | Data breaches | Report a suspected data breach within 12 hours, not 8. |\n"
        "| 8.4 | If your phone or computer is lost or stolen | \u201c8\u201d is now \u201c12\u201d. |\n"
    )
    # the contacts table has no note: its changed words describe it
    staff = invoke("changes", BRIGHTWATER, new, "-o", new.parent / "staff.json")
    rules = json.loads((new.parent / "staff.json").read_text(encoding="utf-8"))["rules"]
    assert [(r["number"], r["title"], r["description"], r["source"]) for r in rules] == [
        ("8.4", "If a device is lost or stolen", "\u201c0010\u201d is now \u201c0011\u201d.", "words"),
        ("13.4", "Data breaches", "Report a suspected data breach within 12 hours, not 8.", "organisation"),
        ("13.5", "If a carer's phone or computer is lost or stolen", "\u201c8\u201d is now \u201c12\u201d.", "words"),
        ("14.3", "Who to contact", "\u201c0010\u201d is now \u201c0011\u201d.", "words"),
    ]
    assert staff.exit_code == 0
    # a note OLD has already describes nothing new: from 1.3 to itself, nothing changed
    same = invoke("changes", new, new, "--edition", "carers")
    assert same.output.endswith("Nothing in your rules changed.\n")


def test_a_note_for_a_clause_id_that_does_not_exist_is_an_error_at_its_line(changed):
    note = '  clause_notes:\n    - version: "1.3"\n      clause: breaches.dta\n      note: Sooner.\n  approval_minute:'
    new = changed(*NEXT_VERSION[:2], ("  approval_minute:", note))
    result = invoke("changes", BRIGHTWATER, new)
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {new}:34: document.clause_notes[0].clause: 'breaches.dta' is not a clause id; did you mean 'breaches.data'? "
        "See `policygen clauses` for the ids.\n"
    )
    assert invoke("build", new, "-o", new.with_suffix(".md")).exit_code == 1  # a build says so too


@pytest.fixture
def noted_library(tmp_path):
    """The bundled library, version 2026.12.0, whose data-breach clause notes a change made in that version."""
    root = tmp_path / "clauses"
    shutil.copytree(data_dir("clauses"), root)
    outline = root / "outline.yaml"
    text = outline.read_text(encoding="utf-8")
    outline.write_text(text.replace('library_version: "2026.11.0"', 'library_version: "2026.12.0"'), encoding="utf-8")
    clause = root / "breaches" / "data.md"
    note = 'changed: {version: "2026.12.0", note: "A lost device signed in to a work account is now a data breach too."}'
    clause.write_text(clause.read_text(encoding="utf-8").replace("\n---\n", f"\n{note}\n---\n", 1), encoding="utf-8")
    return root


def test_the_librarys_note_lists_a_clause_changed_since_the_library_old_was_written_with(changed, noted_library):
    written = "# Written by policygen 0.1.0 with clause library {}.\n"
    old = changed(name="old.yaml")
    old.write_text(written.format("2026.11.0") + old.read_text(encoding="utf-8"), encoding="utf-8")
    new = changed(*NEXT_VERSION, base=old)
    result = invoke("changes", old, new, "--edition", "carers", library=noted_library)
    assert result.exit_code == 0, result.output
    # both are built with today's library, so their words agree; OLD was published with 2026.11.0's
    assert result.output.endswith("| 8.3 | Data breaches | A lost device signed in to a work account is now a data breach too. |\n")
    # the organisation's own note comes first
    note = changed(*NEXT_VERSION, ("  approval_minute:", '  clause_notes: [{version: "1.3", clause: breaches.data, note: Ours.}]\n  approval_minute:'), base=old)
    assert invoke("changes", old, note, "--edition", "carers", library=noted_library).output.endswith("| 8.3 | Data breaches | Ours. |\n")
    # OLD written with 2026.12.0 already had the new text; an answers file that records no library: only the diff counts
    for first_line in (written.format("2026.12.0"), ""):
        old.write_text(first_line + BRIGHTWATER.read_text(encoding="utf-8"), encoding="utf-8")
        result = invoke("changes", old, new, "--edition", "carers", library=noted_library)
        assert result.exit_code == 0 and result.output.endswith("Nothing in your rules changed.\n"), result.output


def test_a_change_note_from_a_later_library_version_is_a_library_error(noted_library):
    (noted_library / "outline.yaml").write_text((noted_library / "outline.yaml").read_text(encoding="utf-8").replace("2026.12.0", "2026.11.0"), encoding="utf-8")
    result = invoke("changes", BRIGHTWATER, BRIGHTWATER, library=noted_library)
    assert result.exit_code == 1
    assert result.output == (
        "Error: clauses/breaches/data.md:5: changed.version: the change note is from version 2026.12.0, "
        "after this library's 2026.11.0 (outline.yaml's library_version)\n"
    )


def test_the_summary_as_json(changed, tmp_path):
    new = changed(("data_breach_hours: 8", "data_breach_hours: 12"))
    result = invoke("changes", BRIGHTWATER, new, "--edition", "carers", "-o", tmp_path / "changes.json")
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "changes.json").read_text(encoding="utf-8"))
    assert data == {
        "edition": "carers",
        "title": "Social media: the rules for carers",
        "old_version": "1.2",
        "new_version": "1.2",
        "rules": [
            {"number": "8.3", "title": "Data breaches", "change": "changed", "description": "\u201c8\u201d is now \u201c12\u201d.", "source": "words"},
            {"number": "8.4", "title": "If your phone or computer is lost or stolen", "change": "changed", "description": "\u201c8\u201d is now \u201c12\u201d.", "source": "words"},
        ],
        "policy": "Social media policy for staff and foster carers",
        "organisation": "Brightwater Fostering Ltd",
        "audience": "carers",
        "approved_on": "2026-01-12",
        "status": "Approved",
        "owner": "Registered Manager",
        "nothing_changed": False,
    }


def test_the_summary_as_a_word_document(changed, tmp_path):
    new = changed(*NEXT_VERSION, ("data_breach_hours: 8", "data_breach_hours: 12"), ("email: privacy@brightwater.example", "email: dpo@brightwater.example"))
    target = tmp_path / "changes.docx"
    result = invoke("changes", BRIGHTWATER, new, "--edition", "carers", "-o", target)
    assert result.exit_code == 0, result.output
    assert result.output == f"Wrote {target}\n"
    document = docx.Document(str(target))
    styled = [(p.style.name, p.text) for p in document.paragraphs]
    assert styled == [
        ("Title", "What changed in Social media: the rules for carers"),
        ("Subtitle", "Brightwater Fostering Ltd"),
        ("Cover Details", "Version 1.3 (Approved)"),
        ("Heading 1", "What changed for carers"),
        ("Heading 2", "Who and which versions"),
        ("Normal", "This summary is for carers."),
        ("Normal", "It compares version 1.2 of the Social media policy for staff and foster carers with version 1.3, approved on 1 June 2026."),
        ("Heading 2", "The rules that changed"),
        ("Normal", "4 rules changed. Read them again in Social media: the rules for carers, version 1.3."),
    ]
    [table] = document.tables
    email = "\u201cprivacy@brightwater.example\u201d is now \u201cdpo@brightwater.example\u201d"
    assert [[cell.text for cell in row.cells] for row in table.rows] == [
        ["Clause", "Title", "What changed"],
        ["3.3", "If you find confidential information online", f"{email}."],
        ["8.3", "Data breaches", f"{email}; \u201c8\u201d is now \u201c12\u201d."],
        ["8.4", "If your phone or computer is lost or stolen", f"{email}; \u201c8\u201d is now \u201c12\u201d."],
        ["9.1", "Everyone this guide names, and how to reach them", f"{email}."],
    ]
    properties = document.core_properties
    assert (properties.title, properties.language, properties.author) == ("What changed in Social media: the rules for carers", "en-GB", "Registered Manager")
    assert properties.subject == "What changed for carers from version 1.2 to 1.3 of Social media policy for staff and foster carers"
    failures, _ = docx_checks.check(target.read_bytes(), str(target))
    assert [str(f) for f in failures] == []  # title, language, headings, a table with a header row and a description


def test_a_word_document_when_nothing_changed(tmp_path):
    target = tmp_path / "changes.docx"
    assert invoke("changes", BRIGHTWATER, BRIGHTWATER, "--edition", "carers", "-o", target).exit_code == 0
    document = docx.Document(str(target))
    assert [p.text for p in document.paragraphs][-1] == "Nothing in your rules changed."
    assert document.tables == [] and "Contents" not in [p.text for p in document.paragraphs]


def test_a_clause_left_out_and_put_back_are_removed_and_added_rules(changed, tmp_path):
    without = changed(("exclude: []", "exclude: [conduct.views]"))
    removed = invoke("changes", BRIGHTWATER, without)
    assert removed.exit_code == 0, removed.output
    # the clauses after it renumber, which changes no rule: the one row only
    assert removed.output.endswith("| --- | --- | --- |\n| 3.4 | Your personal views | No longer in the rules (it was clause 3.4). |\n")
    added = invoke("changes", without, BRIGHTWATER)
    assert added.output.endswith("| --- | --- | --- |\n| 3.4 | Your personal views | A new rule. |\n")


def test_one_answer_for_students_changes_their_rules_and_one_for_official_accounts_does_not(changed):
    """Eastwold: the students' edition takes the university's own procedures, not official accounts."""
    procedure = changed(("student_procedure: Suitability and Fitness to Practise Procedure", "student_procedure: Fitness to Practise Procedure"), base=EASTWOLD)
    students = invoke("changes", EASTWOLD, procedure, "--edition", "students")
    assert students.exit_code == 0, students.output
    assert "One rule changed." in students.output
    assert students.output.endswith("| On our programmes and on placement | Taken out: \u201cSuitability and\u201d. |\n")
    accounts = changed(("moderation_hours: Monday to Friday, 9am to 5pm", "moderation_hours: every day, 8am to 8pm"), base=EASTWOLD, name="accounts.yaml")
    unchanged = invoke("changes", EASTWOLD, accounts, "--edition", "students")
    assert unchanged.exit_code == 0 and unchanged.output.endswith("This summary is for students.\n\nNothing in your rules changed.\n")
    staff = changes_module().changes(str(EASTWOLD), str(accounts))
    assert [rule.title for rule in staff.rules] == ["Running an official account"] and staff.audience == "everyone the policy covers"


def test_only_markdown_json_and_word_are_written(tmp_path):
    result = invoke("changes", BRIGHTWATER, BRIGHTWATER, "-o", tmp_path / "changes.txt")
    assert result.exit_code == 1
    assert result.output == f"Error: {tmp_path / 'changes.txt'}: cannot write '.txt' files; use .md, .json or .docx\n"


def test_the_summary_is_never_written_over_an_input(tmp_path, noted_library):
    target = noted_library / "breaches" / "data.md"
    before = target.read_bytes()
    result = invoke("changes", BRIGHTWATER, BRIGHTWATER, "-o", target, library=noted_library)
    assert result.exit_code == 1
    assert result.output == f"Error: {target}: is an input of this run ({target}); writing the output there would destroy it, so choose another file name\n"
    assert target.read_bytes() == before


def test_libreoffice_opens_the_word_document_and_reads_its_table(changed, tmp_path):
    import subprocess

    from helpers import require_tool

    soffice, pdftotext = require_tool("soffice"), require_tool("pdftotext")
    new = changed(("data_breach_hours: 8", "data_breach_hours: 12"))
    target = tmp_path / "changes.docx"
    assert invoke("changes", BRIGHTWATER, new, "--edition", "carers", "-o", target).exit_code == 0
    profile = f"-env:UserInstallation=file://{tmp_path / 'profile'}"
    subprocess.run([soffice, profile, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(target)], check=True, capture_output=True, timeout=180)
    text = " ".join(subprocess.run([pdftotext, str(tmp_path / "changes.pdf"), "-"], capture_output=True, text=True, check=True).stdout.split())
    assert "What changed in Social media: the rules for carers" in text
    assert "8.3 Data breaches \u201c8\u201d is now \u201c12\u201d." in text
    assert "Page 1 of 1" in text
