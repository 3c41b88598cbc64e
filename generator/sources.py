"""One side of a comparison: an answers file on disk, or `REV:PATH` read from git.

`policygen diff HEAD~3:policy.yaml policy.yaml` reads the old side from git. PATH is
taken relative to the current folder (as git does for `REV:./path`), so the same
command works from a subfolder of the repository. A path that exists on disk always
wins, so `C:\\policy.yaml` on Windows is a file, not revision `C`.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from .answers import Answers, parse_answers
from .document import Document
from .errors import PolicyError, Problem, collect
from .library import Library
from .render import assemble

_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")


@dataclass(frozen=True)
class Side:
    """The raw answers of one side, and how to name it in messages."""

    name: str  # as the user wrote it: `policy.yaml` or `HEAD~1:policy.yaml`
    data: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    def answers(self) -> Answers:
        """Parse and validate; problems name `NAME:LINE`."""
        try:
            text = self.data.decode("utf-8")
        except UnicodeDecodeError:
            raise PolicyError(Problem("not UTF-8 text; save the file as UTF-8", self.name)) from None
        return parse_answers(text, self.name)


def read_side(argument: str, cwd: str | Path | None = None) -> Side:
    """The bytes of an answers file named by a path or by `REV:PATH`."""
    cwd = Path(cwd) if cwd is not None else Path.cwd()
    path = cwd / argument
    if path.exists() or ":" not in argument or _DRIVE.match(argument):
        return _read_file(argument, path)
    revision, _, inside = argument.partition(":")
    return Side(argument, _git_blob(revision, inside, cwd, argument))


@dataclass(frozen=True)
class BuiltSide:
    """One side of a comparison, read, checked and built."""

    side: Side
    answers: Answers
    document: Document


def build_both(old: str, new: str, library: Library, cwd: str | Path | None = None) -> tuple[BuiltSide, BuiltSide]:
    """Read both sides (paths or REV:PATH) and build both with one library; problems on both sides are reported together."""
    sides, problems = [], []
    for argument in (old, new):
        try:
            side = read_side(argument, cwd)
            sides.append((side, side.answers()))
        except PolicyError as exc:
            problems.extend(exc.problems)
    collect(problems)
    built = [BuiltSide(side, answers, assemble(answers, library, side.sha256)) for side, answers in sides]
    return built[0], built[1]


def _read_file(shown: str, path: Path) -> Side:
    try:
        return Side(shown, path.read_bytes())
    except FileNotFoundError:
        raise PolicyError(Problem("no such file", shown)) from None
    except IsADirectoryError:
        raise PolicyError(Problem("is a folder; give an answers file", shown)) from None
    except OSError as exc:
        raise PolicyError(Problem(f"cannot read: {exc.strerror}", shown)) from None


def _git(args: list[str], cwd: Path, shown: str) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except FileNotFoundError:
        raise PolicyError(Problem("cannot read from git: git is not installed", shown)) from None


def _git_blob(revision: str, inside: str, cwd: Path, shown: str) -> bytes:
    top = _git(["rev-parse", "--show-toplevel"], cwd, shown)
    if top.returncode != 0:
        raise PolicyError(Problem(f"{cwd} is not in a git repository, and there is no file called '{shown}'", shown))
    root = Path(os.fsdecode(top.stdout).strip())
    if revision and _git(["rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}"], cwd, shown).returncode != 0:
        raise PolicyError(Problem(f"'{revision}' is not a commit, branch or tag in this repository", shown))
    where = _inside_repository(inside, cwd, root, shown)
    # `git cat-file` gives the stored bytes exactly (no text conversion or line-ending filters).
    spec = f"{revision}:{where}"
    kind = _git(["cat-file", "-t", spec], root, shown)
    at = f"at {revision}" if revision else "in the index"
    if kind.returncode != 0:
        raise PolicyError(Problem(f"there is no file '{where}' {at}", shown))
    if kind.stdout.strip() != b"blob":
        raise PolicyError(Problem(f"'{where}' is a folder {at}; give an answers file", shown))
    blob = _git(["cat-file", "blob", spec], root, shown)
    if blob.returncode != 0:  # pragma: no cover - the checks above make this unlikely
        raise PolicyError(Problem(f"git could not read it: {os.fsdecode(blob.stderr).strip()}", shown))
    return blob.stdout


def _inside_repository(inside: str, cwd: Path, root: Path, shown: str) -> str:
    """PATH as git names it from the repository root; relative paths start at `cwd`."""
    if not inside:
        raise PolicyError(Problem("give a file after the colon, e.g. HEAD~1:policy.yaml", shown))
    full = Path(os.path.normpath(cwd.resolve() / inside))
    try:
        relative = full.relative_to(root.resolve())
    except ValueError:
        raise PolicyError(Problem(f"'{inside}' is outside the repository at {root}", shown)) from None
    return relative.as_posix()
