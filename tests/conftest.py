"""Fixtures for every test; plain helpers are in helpers.py."""

from __future__ import annotations

import functools
import os
import shutil
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

from helpers import ARGS, AXE, CHROMIUM, EXAMPLES, MINIMAL_ANSWERS, build_file_tree, in_parallel, libreoffice_on, missing  # noqa: E402  (imported after the lines above)


@pytest.fixture
def answers_file(tmp_path):
    """Write an answers file into tmp_path and return its path."""

    def write(text: str = MINIMAL_ANSWERS, name: str = "policy.yaml") -> Path:
        return build_file_tree(tmp_path, {name: text}) / name

    return write


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """A Chromium context with a fresh profile, for the whole module."""
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        missing(f"{CHROMIUM} is not installed (.ci/run installs Debian's chromium)")
    if not AXE.exists():
        missing(f"axe-core is not at {AXE} (.ci/run runs npm install --prefix tests/.node axe-core@4)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("playwright is not installed (it is in the test extras: pip install -e '.[test]')")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=CHROMIUM, headless=True, args=ARGS, viewport={"width": 1024, "height": 800}
        )
        try:
            yield context
        finally:
            context.close()


@pytest.fixture(scope="session")
def paged_examples(tmp_path_factory):
    """Every example built once to .docx and .pdf with LibreOffice: {name: (docx path, pdf path, Document)}."""
    from generator.pipeline import build, prepare

    out = tmp_path_factory.mktemp("paged")

    def build_one(example: Path) -> tuple[Path, Path, object]:
        docx, pdf = out / f"{example.stem}.docx", out / f"{example.stem}.pdf"
        build(example, [docx, pdf])
        return docx, pdf, prepare(example).document

    with libreoffice_on():  # each build lays out in a LibreOffice of its own: one per core at a time
        return dict(zip((e.stem for e in EXAMPLES), in_parallel([functools.partial(build_one, e) for e in EXAMPLES]), strict=True))
