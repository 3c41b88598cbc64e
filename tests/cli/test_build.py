"""`policygen build`, `validate` and `clauses` as a user runs them."""

from __future__ import annotations

import hashlib
import os
import re

from generator import __version__
from generator.cli import cli
from generator.library import load_library
from helpers import EXAMPLES, MINIMAL_ANSWERS, invoke


def test_version():
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.output == f"policygen {__version__}\n"


def test_every_command_and_option_has_help():
    for name, command in cli.commands.items():
        assert command.help and command.help.strip(), name
        for param in command.params:
            if param.param_type_name == "option":
                assert param.help, f"{name} {param.opts}"


def test_build_writes_docx_beside_the_answers_by_default(tmp_path, answers_file):
    answers_file()
    result = invoke("build", "policy.yaml", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert result.stdout == "Wrote policy.docx\n"
    assert (tmp_path / "policy.docx").read_bytes()[:2] == b"PK"


def test_build_writes_every_output_asked_for(tmp_path, answers_file):
    answers_file()
    result = invoke("build", "policy.yaml", "-o", "out.md", "-o", "out.docx", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert result.stdout == "Wrote out.md\nWrote out.docx\n"
    markdown = (tmp_path / "out.md").read_text(encoding="utf-8")
    assert "\n# Social media policy\n" in markdown
    assert "\n## 1 About this policy\n" in markdown


def test_build_to_dash_writes_the_markdown_to_standard_output(tmp_path, answers_file):
    answers_file()
    assert invoke("build", "policy.yaml", "-o", "policy.md", cwd=tmp_path).exit_code == 0
    result = invoke("build", "policy.yaml", "-o", "-", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes == (tmp_path / "policy.md").read_bytes()
    said = [line for line in result.stderr.splitlines() if not line.startswith("Warning: ")]  # what the policy still lacks
    assert said == []
    # with files too, standard output stays the policy alone: "Wrote" goes to standard error
    result = invoke("build", "policy.yaml", "-o", "-", "-o", "also.html", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes == (tmp_path / "policy.md").read_bytes()
    assert [line for line in result.stderr.splitlines() if not line.startswith("Warning: ")] == ["Wrote also.html"]
    assert (tmp_path / "also.html").is_file()


def test_build_to_dash_twice_or_a_broken_policy_writes_nothing(tmp_path, answers_file):
    answers_file()
    result = invoke("build", "policy.yaml", "-o", "-", "-o", "-", cwd=tmp_path)
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", "Error: '-' (standard output) is given more than once; give it once\n")
    answers_file(MINIMAL_ANSWERS.replace("nation: england", "nation: englnd"))
    result = invoke("build", "policy.yaml", "-o", "-", cwd=tmp_path)
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.startswith("Error: policy.yaml:5: organisation.nation: 'englnd' is not one of the choices")


def test_provenance_is_in_the_file_properties_never_the_published_body(tmp_path, answers_file):
    import docx

    path = answers_file()
    result = invoke("build", "policy.yaml", "-o", "out.docx", "-o", "out.md", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    document = docx.Document(str(tmp_path / "out.docx"))
    details = [t for t in document.tables if t.rows[0].cells[0].text == "Item" and t.rows[1].cells[0].text == "Title"]
    assert len(details) == 1
    rows = {row.cells[0].text: row.cells[1].text for row in details[0].rows}
    assert "Produced with" not in rows and "Answers file" not in rows
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    library = load_library()
    body = "\n".join(p.text for p in document.paragraphs) + "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    for trace in (digest[:16], f"policygen {__version__}", library.version, "SHA-256"):
        assert trace not in body
    # The provenance stays where a records manager looks for it: the file's properties ...
    assert document.core_properties.comments == f"policygen {__version__}; clause library {library.version}; answers sha256 {digest}"
    # ... and the Markdown front matter, above the body.
    front, body_md = (tmp_path / "out.md").read_text(encoding="utf-8").split("\n---\n", 1)
    assert re.search(rf'^answers_sha256: "?{digest}"?$', front, re.M) and re.search(rf'^clause_library: "?{re.escape(library.version)}"?$', front, re.M)
    assert digest[:16] not in body_md and library.version not in body_md


def test_answers_are_data_never_templates(tmp_path, answers_file):
    answers_file(MINIMAL_ANSWERS.replace("short_name: the Council", 'short_name: "{{ 7*7 }} *Team* [x](y)"'))
    result = invoke("build", "policy.yaml", "-o", "out.md", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    body = (tmp_path / "out.md").read_text(encoding="utf-8").split("\n---\n", 1)[1]
    assert "{{ 7\\*7 }} \\*Team\\* \\[x\\](y)" in body
    assert not re.search(r"\b49\b", body)  # whole words: hex fingerprints may hold the digits


def test_a_failed_build_leaves_earlier_output_untouched(tmp_path, answers_file):
    answers_file()
    assert invoke("build", "policy.yaml", "-o", "out.md", "-o", "out.docx", cwd=tmp_path).exit_code == 0
    before = {name: (tmp_path / name).read_bytes() for name in ("out.md", "out.docx")}
    answers_file(MINIMAL_ANSWERS.replace("nation: england", "nation: mars"))
    result = invoke("build", "policy.yaml", "-o", "out.md", "-o", "out.docx", cwd=tmp_path)
    assert result.exit_code == 1
    assert {name: (tmp_path / name).read_bytes() for name in before} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.docx", "out.md", "policy.yaml"]


def test_a_failed_write_names_the_output_and_leaves_no_temporary_file(tmp_path, answers_file, monkeypatch):
    answers_file()

    def refuse(source, target):
        raise PermissionError(13, "Permission denied", source)

    monkeypatch.setattr(os, "replace", refuse)
    result = invoke("build", "policy.yaml", "-o", "out.md", cwd=tmp_path)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == "Error: out.md: cannot write: Permission denied"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["policy.yaml"]


def test_output_into_a_missing_folder_is_an_error(tmp_path, answers_file):
    answers_file()
    result = invoke("build", "policy.yaml", "-o", "nowhere/out.md", cwd=tmp_path)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == "Error: nowhere/out.md: the folder nowhere does not exist"


def test_validate_builds_nothing(tmp_path, answers_file):
    answers_file()
    result = invoke("validate", "policy.yaml", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("policy.yaml: valid; the policy has ")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["policy.yaml"]


def test_validate_does_not_import_python_docx(tmp_path, answers_file):
    import subprocess
    import sys

    answers_file()
    code = (
        "import sys; from generator.cli import cli\n"
        "try:\n    cli(['validate', 'policy.yaml'])\nexcept SystemExit as e:\n    assert not e.code, e.code\n"
        "assert 'docx' not in sys.modules, 'validate imported python-docx'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_clauses_lists_the_library():
    library = load_library()
    result = invoke("clauses")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert len(lines) == len(library.clauses)
    first = next(iter(library.clauses.values()))
    assert lines[0].split("\t")[:2] == [first.id, first.title]


def test_the_installed_command_works_from_any_folder(tmp_path):
    """The console script, run from a folder far from the source tree, finds its clauses and template."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    script = Path(sys.executable).parent / "policygen"
    assert script.exists(), "pip install . puts the policygen command beside the Python it installs into"
    shutil.copy(EXAMPLES[0], tmp_path / "answers.yaml")
    result = subprocess.run([str(script), "build", "answers.yaml", "-o", "out.docx", "-o", "out.md"], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Wrote out.docx\nWrote out.md\n"
    assert (tmp_path / "out.md").read_text(encoding="utf-8").count("\n## ") >= 10
