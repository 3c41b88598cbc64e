"""The quick guide on paper: at most two A4 pages in LibreOffice, naming the full policy's version, for every example."""

from __future__ import annotations

import functools
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from generator.pipeline import build, prepare
from helpers import EXAMPLES, in_parallel, libreoffice_on, require_tool


@pytest.fixture(scope="module")
def quick_guides(tmp_path_factory):
    """Every example's quick guide built once to .docx and .pdf with LibreOffice: {name: pdf path}."""
    out = tmp_path_factory.mktemp("quick")

    def build_one(example: Path) -> Path:
        pdf = out / f"{example.stem}.pdf"
        build(example, [out / f"{example.stem}.docx", pdf], edition="quick")
        return pdf

    with libreoffice_on():  # a LibreOffice per build, one per core at a time
        return dict(zip((e.stem for e in EXAMPLES), in_parallel([functools.partial(build_one, e) for e in EXAMPLES]), strict=True))


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_the_quick_guide_fits_two_a4_pages_and_names_the_policys_version(quick_guides, example):
    require_tool("pdftotext")
    pdf = quick_guides[example.stem]
    reader = PdfReader(pdf)
    assert len(reader.pages) <= 2
    width, height = (round(float(v) / 72 * 25.4) for v in reader.pages[0].mediabox[2:])
    assert (width, height) == (210, 297)  # A4, in millimetres
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout.split())
    document = prepare(example).document.meta
    assert f"version {document.version}" in text
    assert "Social media: the quick guide for staff" in text
    assert "Contents" not in text  # a two-page guide has no contents page
