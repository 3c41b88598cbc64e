"""`policygen acknowledgement`: the export a read-receipt ties to, with hashes that match the built clauses."""

from __future__ import annotations

import csv
import hashlib
import json

from generator import prepare
from generator.writers import markdown
from helpers import MINIMAL_ANSWERS, ROOT, invoke

BRIGHTWATER = ROOT / "examples" / "brightwater-fostering.yaml"


def test_the_json_export_names_the_policy_and_hashes_every_clause(tmp_path):
    result = invoke("acknowledgement", BRIGHTWATER, "-o", tmp_path / "ack.json")
    assert result.exit_code == 0, result.output
    assert result.output == f"Wrote {tmp_path / 'ack.json'}\n"
    record = json.loads((tmp_path / "ack.json").read_text(encoding="utf-8"))
    assert record["policy"] == {
        "title": "Social media policy for staff and foster carers",
        "organisation": "Brightwater Fostering Ltd",
        "version": "1.2",
        "status": "approved",
        "approved_on": "2026-01-12",
        "edition": "full",
        "edition_title": "Social media policy for staff and foster carers",
    }
    built = prepare(BRIGHTWATER)
    clauses = list(built.document.clauses())
    assert [(c["id"], c["number"], c["title"]) for c in record["clauses"]] == [(c.id, c.number, c.title) for c in clauses]
    # each hash is the sha256 of the clause's title and text as built, the one the Markdown records (first 16 digits)
    rendered = markdown.render(built.document).decode()
    for entry in record["clauses"]:
        assert f"  {entry['id']}: {entry['sha256'][:16]}\n" in rendered
    assert dict(built.document.clause_hashes)["introduction.purpose"] == record["clauses"][0]["sha256"]


def test_a_changed_answer_changes_only_the_hashes_of_the_clauses_it_touches(tmp_path):
    old = tmp_path / "old.json"
    invoke("acknowledgement", BRIGHTWATER, "-o", old)
    changed = tmp_path / "new.yaml"
    changed.write_text(BRIGHTWATER.read_text(encoding="utf-8").replace("data_breach_hours: 8", "data_breach_hours: 12"), encoding="utf-8")
    new = tmp_path / "new.json"
    invoke("acknowledgement", changed, "-o", new)
    before = {c["id"]: c["sha256"] for c in json.loads(old.read_text())["clauses"]}
    after = {c["id"]: c["sha256"] for c in json.loads(new.read_text())["clauses"]}
    # the breach hours are in the data breach rule and in the carers' rule on a lost phone
    assert [clause_id for clause_id in before if before[clause_id] != after[clause_id]] == ["breaches.data", "breaches.carer-devices"]


def test_the_csv_export_has_one_row_per_clause_of_the_edition(tmp_path):
    result = invoke("acknowledgement", BRIGHTWATER, "--edition", "carers", "-o", tmp_path / "ack.csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader((tmp_path / "ack.csv").read_text(encoding="utf-8").splitlines()))
    built = prepare(BRIGHTWATER, edition="carers")
    assert [row["clause_id"] for row in rows] == [c.id for c in built.document.clauses()]
    assert rows[0] == {
        "policy_title": "Social media policy for staff and foster carers",
        "organisation": "Brightwater Fostering Ltd",
        "version": "1.2",
        "status": "approved",
        "approved_on": "2026-01-12",
        "edition": "carers",
        "edition_title": "Social media: the rules for carers",
        "clause_id": "guide.carers",
        "clause_number": "1.1",
        "clause_title": "Who this guide is for",
        "clause_sha256": dict(built.document.clause_hashes)["guide.carers"],
    }
    # a clause the full policy has with the same words has the same hash in every edition
    full = dict(prepare(BRIGHTWATER).document.clause_hashes)
    assert next(row for row in rows if row["clause_id"] == "privacy.settings")["clause_sha256"] == full["privacy.settings"]
    assert len(rows[0]["clause_sha256"]) == len(hashlib.sha256().hexdigest())


def test_an_answer_that_looks_like_a_formula_stays_text_in_the_csv(tmp_path):
    (tmp_path / "policy.yaml").write_text(MINIMAL_ANSWERS.replace("name: Northshire County Council", "name: '=HYPERLINK(\"http://x\")'"), encoding="utf-8")
    result = invoke("acknowledgement", "policy.yaml", "-o", "ack.csv", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    row = next(csv.DictReader((tmp_path / "ack.csv").read_text(encoding="utf-8").splitlines()))
    assert row["organisation"] == "'=HYPERLINK(\"http://x\")"


def test_only_csv_and_json_are_written(tmp_path):
    result = invoke("acknowledgement", BRIGHTWATER, "-o", tmp_path / "ack.xlsx")
    assert result.exit_code == 1
    assert result.output == f"Error: {tmp_path / 'ack.xlsx'}: cannot write '.xlsx' files; use .csv or .json\n"
    assert not (tmp_path / "ack.xlsx").exists()


def test_the_hashes_are_those_the_word_document_of_the_same_edition_carries(tmp_path):
    """A receipt from the carers' guide ties to the carers' words: the .docx records the same hashes; shared words hash alike."""
    import zipfile

    from lxml import etree

    invoke("acknowledgement", BRIGHTWATER, "--edition", "carers", "-o", tmp_path / "carers.json")
    invoke("acknowledgement", BRIGHTWATER, "-o", tmp_path / "full.json")
    assert invoke("build", BRIGHTWATER, "--edition", "carers", "-o", tmp_path / "carers.docx").exit_code == 0
    with zipfile.ZipFile(tmp_path / "carers.docx") as package:
        custom = etree.fromstring(package.read("docProps/custom.xml"))
    # one `clause <id>` property per clause, beside the provenance (the `clause library` version among them)
    recorded = {p.get("name")[len("clause "):]: p[0].text for p in custom if p.get("name").startswith("clause ") and p.get("name") != "clause library"}
    carers = {c["id"]: c["sha256"] for c in json.loads((tmp_path / "carers.json").read_text(encoding="utf-8"))["clauses"]}
    full = {c["id"]: c["sha256"] for c in json.loads((tmp_path / "full.json").read_text(encoding="utf-8"))["clauses"]}
    assert recorded == carers
    # the carers' data-breach clause speaks of "our systems", the staff one of "a work account"
    assert carers["breaches.data"] != full["breaches.data"]
    assert carers["privacy.settings"] == full["privacy.settings"]  # the same words in both
