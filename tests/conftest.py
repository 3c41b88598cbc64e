"""Fixtures for every test; plain helpers are in helpers.py."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# The compiled-library cache goes to a fresh folder per test run, never the user's own.
os.environ["POLICYGEN_CACHE_DIR"] = tempfile.mkdtemp(prefix="policygen-cache-")
# ... and its signing key to another, never the user's own.
os.environ["XDG_STATE_HOME"] = tempfile.mkdtemp(prefix="policygen-state-")
# Builds leave LibreOffice alone (it costs seconds a build) unless a test turns it on: libreoffice_on().
os.environ["POLICYGEN_NO_LIBREOFFICE"] = "1"

pytest.register_assert_rewrite("helpers", "minilib")  # their asserts explain themselves when they fail

from helpers import EXAMPLES, MINIMAL_ANSWERS, build_file_tree, libreoffice_on  # noqa: E402  (imported after the lines above)


@pytest.fixture
def answers_file(tmp_path):
    """Write an answers file into tmp_path and return its path."""

    def write(text: str = MINIMAL_ANSWERS, name: str = "policy.yaml") -> Path:
        return build_file_tree(tmp_path, {name: text}) / name

    return write


@pytest.fixture(scope="session")
def paged_examples(tmp_path_factory):
    """Every example built once to .docx and .pdf with LibreOffice: {name: (docx path, pdf path, Document)}."""
    from generator.pipeline import build, prepare

    out = tmp_path_factory.mktemp("paged")
    built = {}
    with libreoffice_on():
        for example in EXAMPLES:
            docx, pdf = out / f"{example.stem}.docx", out / f"{example.stem}.pdf"
            build(example, [docx, pdf])
            built[example.stem] = (docx, pdf, prepare(example).document)
    return built
