"""Fixtures for every test; plain helpers are in helpers.py."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# The compiled-library cache goes to a fresh folder per test run, never the user's own.
os.environ["POLICYGEN_CACHE_DIR"] = tempfile.mkdtemp(prefix="policygen-cache-")

pytest.register_assert_rewrite("helpers", "minilib")  # their asserts explain themselves when they fail

from helpers import MINIMAL_ANSWERS, build_file_tree  # noqa: E402  (imported after the two lines above)


@pytest.fixture
def answers_file(tmp_path):
    """Write an answers file into tmp_path and return its path."""

    def write(text: str = MINIMAL_ANSWERS, name: str = "policy.yaml") -> Path:
        return build_file_tree(tmp_path, {name: text}) / name

    return write
