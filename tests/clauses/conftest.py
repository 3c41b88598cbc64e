"""Fixtures for the tests of what the bundled clause library says."""

from __future__ import annotations

import functools

import pytest

from generator.library import load_library
from helpers import policy_markdown


@pytest.fixture(scope="session")
def library():
    return load_library()


@pytest.fixture(scope="session")
def policy(library):
    """policy(type=..., nation=..., short_name=..., organisation={...}, **groups) -> the whole policy as Markdown."""
    return functools.partial(policy_markdown, library)
