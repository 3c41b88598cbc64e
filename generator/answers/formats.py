"""The answers format a file states (`policygen: N`), read alike by a build and by `policygen upgrade`.

Its own module so that a build can check a file's format without importing the migrations.
"""

from __future__ import annotations

from typing import Any


def stated_format(value: Any) -> int | None:
    """The format `policygen:` states: a whole number from 1; None for anything else (text, true, 1.5, 0, empty)."""
    return value if type(value) is int and value >= 1 else None  # type(), not isinstance: true is not a number here
