"""An answers file read once: from a path, or as `REV:PATH` from git; its bytes, digest and answers.

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

from ..errors import PolicyError, Problem
from ..files import MAX_INPUT_BYTES, decode, read_bytes, size_text
from ..yamlfile import load_yaml, validate
from .migrations import check_format, upgrade_in_memory
from .model import Answers

_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")


@dataclass(frozen=True)
class AnswersSource:
    """One answers file: how to name it in messages, its bytes and its validated answers."""

    name: str  # as the user wrote it: `policy.yaml` or `HEAD~1:policy.yaml`
    data: bytes
    answers: Answers
    path: Path | None = None  # the file on disk it was read from (None for a git revision)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def parse_answers(text: str, file: str, *, history: bool = False) -> Answers:
    """Validate answers text; every problem is reported with its line in `file`.

    history: the text is a revision from git, so an older answers format is read as upgraded
    (it cannot be rewritten); any other text in an older format is refused (`policygen upgrade`).
    """
    located = load_yaml(text, file)
    if history:
        located = upgrade_in_memory(located, text, file)
    check_format(located, file)
    answers = validate(Answers, located, file)
    answers._source = (file, located)
    return answers


def read_answers(argument: str | Path, cwd: str | Path | None = None) -> AnswersSource:
    """Read an answers file named by a path or by `REV:PATH`, once, and validate it."""
    shown = str(argument)
    where = Path(cwd) if cwd is not None else Path.cwd()
    path, data = _read(shown, where)
    return AnswersSource(shown, data, parse_answers(decode(data, shown), shown, history=path is None), path)


def load_answers(path: str | Path) -> Answers:
    """The validated answers of a file on disk."""
    return read_answers(path).answers


def _read(argument: str, cwd: Path) -> tuple[Path | None, bytes]:
    path = cwd / argument
    if os.path.lexists(path) or ":" not in argument or _DRIVE.match(argument):
        return path, read_bytes(path, argument)
    revision, _, inside = argument.partition(":")
    return None, _git_blob(revision, inside, cwd, argument)


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
    size = _git(["cat-file", "-s", spec], root, shown)
    if size.returncode == 0 and int(size.stdout.strip() or 0) > MAX_INPUT_BYTES:
        raise PolicyError(Problem(f"is larger than {size_text(MAX_INPUT_BYTES)}, the most policygen reads from one file", shown))
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
