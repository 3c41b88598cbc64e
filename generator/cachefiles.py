"""Where policygen keeps its caches, and how a cache file is replaced without half-writing it.

Caches only save time: one that cannot be read or written is ignored and the work is done in
full. Like Python's .pyc files they hold code and objects that are loaded as they are, so
they live in your own cache folder. POLICYGEN_CACHE_DIR moves them; POLICYGEN_NO_CACHE=1
turns them off.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def cache_dir() -> Path | None:
    """The cache folder, or None when caching is turned off."""
    if os.environ.get("POLICYGEN_NO_CACHE"):
        return None
    if os.environ.get("POLICYGEN_CACHE_DIR"):
        return Path(os.environ["POLICYGEN_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "policygen"


def replace(path: Path, data: bytes) -> None:
    """Write data to path through a temporary file beside it; a failure leaves no trace."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
