"""The clause library: load_library reads, checks and caches the bundled library or one of your own."""

from __future__ import annotations

from pathlib import Path

from ..files import data_dir
from . import cache
from .load import library_files, load_checked
from .model import RECOMMENDATIONS, Clause, Library, OutlineSection, Sources

__all__ = ["RECOMMENDATIONS", "Clause", "Library", "OutlineSection", "Sources", "default_root", "library_files", "load_library"]


def default_root() -> Path:
    """The bundled clause library."""
    return data_dir("clauses")


def load_library(root: str | Path | None = None) -> Library:
    """Load and check the whole library under `root` (default: the bundled one).

    A library that loaded cleanly before, byte for byte, comes from the compiled cache; on a
    first build the bundled library comes precompiled with the package (library/bundle.py)
    when its files are those the bundle was made from.
    """
    folder = Path(root) if root else default_root()
    library = cache.load(folder)
    if library is None:
        from . import bundle  # a first build only

        stamps = cache.stamps(folder)  # before the files are read again
        key = cache.key(folder)
        library = (bundle.load(folder) if _bundled(folder) else None) or load_checked(folder)
        cache.store(key, stamps, library)
    return library


def _bundled(folder: Path) -> bool:
    # Only the bundled folder itself: the bundle names its files as clauses/..., as that folder's are.
    try:
        return folder.resolve() == default_root().resolve()
    except OSError:
        return False
