"""Shared test helpers."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

# The compiled-library cache goes to a fresh folder per test run, never the user's own.
os.environ["POLICYGEN_CACHE_DIR"] = tempfile.mkdtemp(prefix="policygen-cache-")
# ... and its signing key to another, never the user's own.
os.environ["XDG_STATE_HOME"] = tempfile.mkdtemp(prefix="policygen-state-")

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
