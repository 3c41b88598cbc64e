"""Fixtures for every test; plain helpers are in helpers.py."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

pytest.register_assert_rewrite("helpers", "minilib")  # their asserts explain themselves when they fail

from helpers import MINIMAL_ANSWERS  # noqa: E402  (after the rewrite hook, so helpers is rewritten)

# The compiled-library cache goes to a fresh folder per test run, never the user's own.
os.environ["POLICYGEN_CACHE_DIR"] = tempfile.mkdtemp(prefix="policygen-cache-")


@pytest.fixture
def answers_file(tmp_path):
    """Write an answers file into tmp_path and return its path."""

    def write(text: str = MINIMAL_ANSWERS, name: str = "policy.yaml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write
