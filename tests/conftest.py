"""Shared test helpers."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# The compiled-library cache goes to a fresh folder per test run, never the user's own.
os.environ["POLICYGEN_CACHE_DIR"] = tempfile.mkdtemp(prefix="policygen-cache-")
# Builds leave LibreOffice alone (it costs seconds a build) unless a test turns it on: libreoffice_on().
os.environ["POLICYGEN_NO_LIBREOFFICE"] = "1"

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))


def require_tool(name: str) -> str:
    """The path of an outside program a test needs: skipped locally if missing, a failure under CI."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (.ci/run installs it)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path


@contextlib.contextmanager
def libreoffice_on():
    """Builds inside use LibreOffice: the test fails under CI, and is skipped locally, if it is not usable."""
    from generator.writers import libreoffice

    require_tool("soffice")
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv(libreoffice.TURN_OFF)
        found = libreoffice.find()
        if isinstance(found, libreoffice.Missing):
            message = found.message("this test")
            if os.environ.get("CI") == "true":
                pytest.fail(message)
            pytest.skip(message)
        yield


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


MINIMAL_ANSWERS = """\
organisation:
  name: Northshire County Council
  short_name: the Council
  type: local_authority
  nation: england
"""


@pytest.fixture
def answers_file(tmp_path):
    """Write an answers file into tmp_path and return its path."""

    def write(text: str = MINIMAL_ANSWERS, name: str = "policy.yaml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write
