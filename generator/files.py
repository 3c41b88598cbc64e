"""Files in and out: reading inputs as PolicyErrors, writing outputs all or nothing, and the folders policygen uses.

Every read of a user's file goes through read_bytes or read_text, so any OSError or
UnicodeDecodeError reaches the user as `Error: FILE: ...`. Every write, of outputs and of
caches alike, goes through write_all: each file is written beside its target and renamed
into place only when all of them were written.
"""

from __future__ import annotations

import os
import tempfile
from importlib import resources
from pathlib import Path

from .errors import PolicyError, Problem


def read_bytes(path: str | Path, shown: str | None = None) -> bytes:
    """The bytes of a file; a missing, unreadable or wrong kind of file is a Problem named `shown`."""
    shown = shown if shown is not None else str(path)
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise PolicyError(Problem("no such file", shown)) from None
    except IsADirectoryError:
        raise PolicyError(Problem("is a folder, not a file", shown)) from None
    except OSError as exc:
        raise PolicyError(Problem(f"cannot read: {exc.strerror or exc}", shown)) from None


def decode(data: bytes, shown: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise PolicyError(Problem("not UTF-8 text; save the file as UTF-8", shown)) from None


def read_text(path: str | Path, shown: str | None = None) -> str:
    """A UTF-8 text file, as read_bytes reports problems."""
    shown = shown if shown is not None else str(path)
    return decode(read_bytes(path, shown), shown)


def write_all(files: list[tuple[Path, bytes]]) -> None:
    """Write each file beside its target, then rename all into place: no half-written output."""
    staged: list[tuple[str, Path]] = []
    target = None
    try:
        for target, data in files:
            if target.is_dir():
                raise PolicyError(Problem("is a folder; give a file name ending .docx or .md", str(target)))
            if not target.parent.is_dir():
                raise PolicyError(Problem(f"the folder {target.parent} does not exist", str(target)))
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
            staged.append((tmp, target))
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.chmod(tmp, 0o644)
        for tmp, target in staged:
            os.replace(tmp, target)
    except OSError as exc:  # named by the output asked for, not the temporary file beside it
        raise PolicyError(Problem(f"cannot write: {exc.strerror}", str(target))) from None
    finally:
        for tmp, _ in staged:
            if os.path.exists(tmp):
                os.unlink(tmp)


# ------------------------------------------------------------------ policygen's own folders


def data_dir(name: str) -> Path:
    """`clauses` or `templates`: inside the installed package, or beside it in a source checkout."""
    packaged = resources.files("generator") / "_data" / name
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / name


def cache_dir() -> Path | None:
    """The cache folder, or None when caching is turned off.

    Caches only save time: one that cannot be read or written is ignored and the work is done
    in full. POLICYGEN_CACHE_DIR moves the folder; POLICYGEN_NO_CACHE=1 turns caching off.
    """
    if os.environ.get("POLICYGEN_NO_CACHE"):
        return None
    if os.environ.get("POLICYGEN_CACHE_DIR"):
        return Path(os.environ["POLICYGEN_CACHE_DIR"])
    import platformdirs  # imported here: only a build that reads or writes the cache needs it

    # ~/.cache/policygen (or $XDG_CACHE_HOME) on Linux, ~/Library/Caches/policygen on macOS,
    # %LOCALAPPDATA%\policygen\Cache on Windows.
    return Path(platformdirs.user_cache_dir("policygen", appauthor=False))


def write_cache(path: Path, data: bytes) -> None:
    """Replace a cache file as outputs are replaced; a cache that cannot be written is no error."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_all([(path, data)])
    except (OSError, PolicyError):
        return
