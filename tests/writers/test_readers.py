"""Independent readers judge the Word documents: LibreOffice, pandoc and openxml-audit.

These need Debian's libreoffice-writer-nogui, pandoc and poppler-utils (installed by .ci/run);
under CI a missing reader is a failure, not a skip.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.pipeline import build, prepare
from helpers import EXAMPLES, require_tool


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Every example as .docx, plus its Document, built once for all reader tests."""
    out = tmp_path_factory.mktemp("readers")
    docs = {}
    for example in EXAMPLES:
        target = out / f"{example.stem}.docx"
        build(example, [target])
        docs[example.stem] = (target, prepare(example).document)
    assert len(docs) >= 2, "the examples folder should hold at least two examples"
    return out, docs


@pytest.fixture(scope="module")
def pdf_text(paged_examples):
    """Every example's PDF as LibreOffice made it from the .docx (built once per session); pdftotext reads each."""
    require_tool("pdftotext")
    texts = {}
    for name, (_, pdf, _) in paged_examples.items():
        pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout).group(1))
        texts[name] = (subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout, pages)
    return texts


def test_libreoffice_sets_the_header_without_wrapping_a_name(built, pdf_text):
    """Each page after the cover starts with the organisation and the whole title, on one line or on two, never split."""
    _, docs = built
    for name, (_, document) in docs.items():
        text, pages = pdf_text[name]
        organisation, title = document.meta.organisation, document.meta.title
        cover, *rest = text.split("\f")[:pages]
        assert " ".join(cover.split()).startswith(f"{title} {organisation} Version:"), name  # no running header on the cover
        for number, page in enumerate(rest, start=2):
            lines = [" ".join(line.split()) for line in page.splitlines() if line.strip()]
            assert lines[0].startswith(organisation), (name, number, lines[:2])
            together = lines[0].endswith(title) or lines[1] == title
            assert together, f"{name} page {number}: header reads {lines[:2]}"


def test_libreoffice_shows_clause_numbers_and_page_x_of_y(built, pdf_text):
    _, docs = built
    for name, (_, document) in docs.items():
        text, pages = pdf_text[name]
        assert pages > 1
        assert "Page 1 of " not in text, name  # the cover has no footer: it is page 1 all the same
        assert "Page 2 of " + str(pages) in text, name
        assert f"Page {pages} of {pages}" in text, name
        flat = " ".join(text.split())
        for section in document.sections:
            assert f"{section.number} {section.title}" in flat or f"{section.number}. {section.title}" in flat, (name, section.title)
            for clause in section.clauses:
                assert f"{clause.number} {clause.title}" in flat, (name, clause.number, clause.title)


def test_pandoc_reads_every_heading(built):
    pandoc = require_tool("pandoc")
    _, docs = built
    for name, (path, document) in docs.items():
        markdown = subprocess.run([pandoc, "-f", "docx", "-t", "gfm", str(path)], capture_output=True, text=True, check=True).stdout
        headings = [line for line in markdown.splitlines() if line.startswith("#")]
        level1 = [h[2:].strip() for h in headings if h.startswith("# ")]
        level2 = [h[3:].strip() for h in headings if h.startswith("## ")]
        assert [s.title for s in document.sections] == level1, name
        assert [c.title for c in document.clauses()] == level2, name


def test_openxml_audit_reports_no_error(built):
    out, docs = built
    audit = Path(sys.executable).parent / "openxml-audit"
    assert audit.exists(), "openxml-audit is a test dependency: pip install '.[test]'"
    for name, (path, _) in docs.items():
        result = subprocess.run([str(audit), "-o", "json", str(path)], capture_output=True, text=True)
        [report] = json.loads(result.stdout)
        assert (result.returncode, report["valid"], report["error_count"]) == (0, True, 0), (name, report["errors"][:5])
