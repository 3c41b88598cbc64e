"""Fixtures for the command-line tests."""

from __future__ import annotations

import pytest

from generator import interview


@pytest.fixture
def terminal(monkeypatch):
    """CliRunner's input is a pipe; let init treat it as a person at a terminal."""
    monkeypatch.setattr(interview, "stdin_is_terminal", lambda: True)
