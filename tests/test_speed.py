"""What keeps a build fast, checked without timing anything: what a build imports, and defaults kept in step.

The figures themselves are benchmarks/build.py's (no timed assertion in a test).
"""

from __future__ import annotations

import inspect
import json
import os
import subprocess
import sys

from generator import pipeline
from generator.answers.answersfile import SCHEMA_FILE
from helpers import EXAMPLES, ROOT

# Each is imported only for the work that needs it: ruamel to find a line after an error or to
# write an answers file, markdown-it for clause Markdown the simple reader declines, a process
# pool for batch builds, the questionnaire for init; `explain`, the library's change notes and the
# calendar writer for their own commands; importlib.resources' readers never (files.data_dir); subprocess
# only to read from git or run LibreOffice; the library files' pydantic shapes only for a checked load.
NOT_IMPORTED_BY_A_BUILD = [
    "ruamel.yaml", "docx", "markdown_it", "multiprocessing", "concurrent.futures", "generator.answers.init", "generator.answers.answersfile", "generator.answers.questions",
    "generator.compose.explain", "generator.library.changes", "generator.writers.calendar", "importlib.resources.readers",
    "generator.answers.migrations", "subprocess", "generator.library.schema", "generator.library.sources_schema",
]


def modules_after(*args: str) -> set[str]:
    code = (
        "import json, sys\nfrom generator.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(json.dumps(sorted(sys.modules)), file=sys.stderr)"
    )
    env = {**os.environ, "POLICYGEN_NO_LIBREOFFICE": "1"}
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, cwd=ROOT)
    assert result.stderr.strip(), result.stdout
    return set(json.loads(result.stderr.strip().splitlines()[-1]))


def test_a_build_imports_only_what_it_uses(tmp_path):
    loaded = modules_after("build", str(EXAMPLES[0]), "-o", str(tmp_path / "p.docx"))
    assert (tmp_path / "p.docx").exists()
    assert "generator.writers.docx" in loaded  # the check sees what a build imports
    assert [name for name in NOT_IMPORTED_BY_A_BUILD if name in loaded] == []
    # The Markdown writer writes its front matter with ruamel; the rest holds for a .md build too.
    loaded = modules_after("build", str(EXAMPLES[0]), "-o", str(tmp_path / "p.md"))
    assert (tmp_path / "p.md").exists()
    assert [name for name in NOT_IMPORTED_BY_A_BUILD if name in loaded] == ["ruamel.yaml"]


def test_an_error_still_finds_its_line(tmp_path):
    """ruamel is imported when a line is needed; the message is the same as ever."""
    answers = tmp_path / "a.yaml"
    answers.write_text(EXAMPLES[0].read_text(encoding="utf-8").replace("organisation:", "organisaton:", 1), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "generator", "validate", str(answers)], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 1
    assert "organisaton: unknown key; did you mean 'organisation'?" in result.stderr
    assert "ruamel.yaml" in modules_after("validate", str(answers))


def test_init_writes_the_schema_file_answersfile_names():
    assert inspect.signature(pipeline.init).parameters["schema_ref"].default == SCHEMA_FILE
