"""Files in and out: reading inputs as PolicyErrors, writing outputs all or nothing, and the folders policygen uses.

Every read of a user's file goes through read_bytes or read_text, so any OSError or
UnicodeDecodeError reaches the user as `Error: FILE: ...`, and no input larger than
MAX_INPUT_BYTES (or endless, or a pipe nobody writes) is read whole. Every write, of outputs
and of caches alike, goes through write_all: each file is written beside its target and
renamed into place only when all of them were written, and never onto an input of the run.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import stat
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from .errors import PolicyError, Problem, collect

# Larger inputs are refused before they are parsed: an answers file is a few kilobytes, a clause
# a few hundred words, and parsing 256 KiB of dense YAML takes a second or two. The limit also
# stops endless inputs such as /dev/zero.
MAX_INPUT_BYTES = 256 * 1024
# How long to wait for a pipe's writer to send something before giving up.
PIPE_WAIT_SECONDS = 10.0


def read_bytes(path: str | Path, shown: str | None = None, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of a file; a missing, unreadable, oversized or wrong kind of file is a Problem named `shown`.

    Pipes (`<(cat policy.yaml)`) are read as they are written; one with no writer is an error, not a hang.
    """
    shown = shown if shown is not None else str(path)
    try:
        # Non-blocking, so opening a FIFO nobody writes returns at once instead of waiting forever.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise PolicyError(Problem("no such file", shown)) from None
    except IsADirectoryError:
        raise PolicyError(Problem("is a folder, not a file", shown)) from None
    except OSError as exc:
        raise PolicyError(Problem(f"cannot read: {exc.strerror or exc}", shown)) from None
    try:
        kind = os.fstat(fd).st_mode
        if stat.S_ISDIR(kind):
            raise PolicyError(Problem("is a folder, not a file", shown))
        if stat.S_ISREG(kind):
            os.set_blocking(fd, True)
            data = _read_up_to(fd, limit + 1)
        else:
            data = _read_stream(fd, limit + 1, shown)
    except OSError as exc:
        raise PolicyError(Problem(f"cannot read: {exc.strerror or exc}", shown)) from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise PolicyError(Problem(f"is larger than {size_text(limit)}, the most policygen reads from one file", shown))
    return data


def _read_up_to(fd: int, most: int) -> bytes:
    chunks, size = [], 0
    while size < most:
        chunk = os.read(fd, min(most - size, 1 << 16))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _read_stream(fd: int, most: int, shown: str) -> bytes:
    """A pipe, socket or device, read until its end (or `most` bytes), waiting a bounded time for each part."""
    import select

    chunks, size = [], 0
    while size < most:
        try:
            chunk = os.read(fd, min(most - size, 1 << 16))
        except BlockingIOError:
            ready, _, _ = select.select([fd], [], [], PIPE_WAIT_SECONDS)
            if not ready:
                raise PolicyError(Problem(f"nothing arrived for {PIPE_WAIT_SECONDS:g} seconds; give a file, or a pipe that is written at once", shown)) from None
            continue
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if not chunks:
        raise PolicyError(Problem("is a pipe or device with nothing to read (no program is writing to it)", shown))
    return b"".join(chunks)


def size_text(limit: int) -> str:
    return f"{limit // (1024 * 1024)} MiB" if limit % (1024 * 1024) == 0 else f"{limit // 1024} KiB"


def decode(data: bytes, shown: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise PolicyError(Problem("not UTF-8 text; save the file as UTF-8", shown, line)) from None


def read_text(path: str | Path, shown: str | None = None, limit: int = MAX_INPUT_BYTES) -> str:
    """A UTF-8 text file, as read_bytes reports problems."""
    shown = shown if shown is not None else str(path)
    return decode(read_bytes(path, shown, limit), shown)


def same_file(a: str | Path, b: str | Path) -> bool:
    """Whether two paths name one file: the same resolved path, or the same inode (hard and symbolic links)."""
    try:
        if Path(a).resolve() == Path(b).resolve():
            return True
    except (OSError, RuntimeError):
        pass
    try:
        return os.path.samestat(os.stat(a), os.stat(b))
    except (OSError, ValueError):
        return False


def refuse_inputs(targets: Sequence[Path], inputs: Iterable[str | Path]) -> None:
    """No output may be an input of the same run, nor be given twice: writing it would destroy it."""
    problems = []
    identities: dict[tuple[int, int], str | Path] = {}  # (device, inode) of each input, the first named for it
    unseen = []  # inputs that cannot be looked at now: compared path by path
    for item in inputs:
        try:
            found = os.stat(item)
            identities.setdefault((found.st_dev, found.st_ino), item)
        except (OSError, ValueError):
            unseen.append(item)
    for index, target in enumerate(targets):
        source = _input_named(target, identities, unseen)
        if source is not None:
            problems.append(Problem(f"is an input of this run ({source}); writing the output there would destroy it, so choose another file name", str(target)))
        elif any(same_file(target, earlier) for earlier in targets[:index]):
            problems.append(Problem("is given twice as an output; give each output once", str(target)))
    collect(problems)


def _input_named(target: Path, identities: dict[tuple[int, int], str | Path], unseen: list[str | Path]) -> str | Path | None:
    """The input that is the target: one stat of the target, not a path resolution for every input.

    An input that exists and is the target has its device and inode (same_file's second test
    holds whenever its first does); a target that does not exist is no input.
    """
    try:
        found = os.stat(target)
    except (OSError, ValueError):
        found = None
    if found is not None and (found.st_dev, found.st_ino) in identities:
        return identities[(found.st_dev, found.st_ino)]
    return next((i for i in unseen if same_file(target, i)), None)


def write_all(files: list[tuple[Path, bytes]], inputs: Iterable[str | Path] = ()) -> None:
    """Write each file beside its target, then rename all into place: every target is replaced, or none is.

    `inputs` are the files this run read: none of them may be a target. A target that exists keeps
    its permissions. If a rename fails after others succeeded, the earlier files are put back.
    SIGINT and SIGTERM wait until the files are all in place (or all back) and no temporary file is left.
    """
    refuse_inputs([target for target, _ in files], inputs)
    with _signals_held():
        staged: list[tuple[str, Path]] = []
        target = None
        try:
            for target, data in files:
                if target.is_dir():
                    raise PolicyError(Problem("is a folder; give a file name ending .docx or .md", str(target)))
                if not target.parent.is_dir():
                    raise PolicyError(Problem(f"the folder {target.parent} does not exist", str(target)))
                mode = _mode_for(target)
                fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
                staged.append((tmp, target))
                with os.fdopen(fd, "wb") as handle:
                    handle.write(data)
                os.chmod(tmp, mode)
            target = None
            _replace_all(staged)
        except OSError as exc:  # named by the output asked for, not the temporary file beside it
            shown = str(target) if target is not None else str(getattr(exc, "policygen_target", exc.filename))
            raise PolicyError(Problem(f"cannot write: {exc.strerror or exc}", shown)) from None
        finally:
            for tmp, _ in staged:
                if os.path.lexists(tmp):
                    os.unlink(tmp)


def _replace_all(staged: list[tuple[str, Path]]) -> None:
    """Rename every staged file onto its target; on any failure put back what was there before."""
    done: list[tuple[Path, str | None]] = []  # (target, where its earlier file is kept, or None if it was new)
    try:
        for tmp, target in staged:
            try:
                kept = _keep_earlier(target)
                done.append((target, kept))
                os.replace(tmp, target)
            except OSError as exc:
                exc.policygen_target = target  # type: ignore[attr-defined]
                raise
    except BaseException:
        for target, kept in reversed(done):
            try:
                if kept is not None:
                    os.replace(kept, target)
                elif os.path.lexists(target):
                    os.unlink(target)
            except OSError:
                pass
        raise
    finally:
        for _, kept in done:
            if kept is not None and os.path.lexists(kept):
                os.unlink(kept)


def _keep_earlier(target: Path) -> str | None:
    """A second name for the file at target (a hard link, else a copy), so it can be put back."""
    if not os.path.lexists(target):
        return None
    kept = str(target.parent / f".{target.name}.{os.urandom(6).hex()}.old")
    try:
        os.link(target, kept, follow_symlinks=False)
    except OSError:
        shutil.copy2(target, kept, follow_symlinks=False)
    return kept


def _mode_for(target: Path) -> int:
    """An existing file keeps its permissions; a new one gets the usual ones for this user (umask)."""
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold SIGINT, SIGTERM and SIGHUP while files are replaced; they arrive as soon as it is done."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    held = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


# ------------------------------------------------------------------ policygen's own folders


def data_dir(name: str) -> Path:
    """`clauses` or `templates`: inside the installed package, or beside it in a source checkout."""
    # The package's own folder, as importlib.resources.files("generator") gives it for a package
    # on disk, without importing importlib.resources' readers on every build.
    packaged = Path(__file__).parent / "_data" / name
    if packaged.is_dir():
        return packaged
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


def cache_key_file() -> Path | None:
    """Where the per-user key that signs cache entries is kept: never inside the cache folder.

    The platform's user state folder (platformdirs): $XDG_STATE_HOME/policygen/cache-key on Linux
    (default ~/.local/state/policygen/cache-key), ~/Library/Application Support/policygen on macOS,
    %LOCALAPPDATA%\\policygen on Windows. Anyone who can write the cache folder cannot make an
    entry this key accepts.
    """
    import platformdirs

    base = platformdirs.user_state_dir("policygen", appauthor=False)
    if not os.path.isabs(base):
        return None
    path = Path(base) / "cache-key"
    folder = cache_dir()
    if folder is not None and (path.resolve() == folder.resolve() or folder.resolve() in path.resolve().parents):
        return None  # a key inside the cache folder would be as open as the cache
    return path


def write_cache(path: Path, data: bytes) -> None:
    """Replace a cache file as outputs are replaced; a cache that cannot be written is no error."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_all([(path, data)])
    except (OSError, PolicyError):
        return
