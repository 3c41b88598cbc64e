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
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import PolicyError, Problem
from ..files import MAX_INPUT_BYTES, decode, read_bytes, size_text
from ..record import Record
from ..yamlfile import Located, load_yaml, validate
from .formats import stated_format
from .model import FORMAT_VERSION, Answers

if TYPE_CHECKING:
    import subprocess

_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")
MAX_OWN_CLAUSES = 200  # the bundled library has under a hundred


class AnswersSource(Record):
    """One answers file: how to name it in messages, its bytes and its validated answers."""

    name: str  # as the user wrote it: `policy.yaml` or `HEAD~1:policy.yaml`
    data: bytes
    answers: Answers
    path: Path | None = None  # the file on disk it was read from (None for a git revision)
    beside: Beside | None = None  # where files named relative to the answers file are read from

    def files_under(self, folder: str) -> list[tuple[str, str]]:
        """(name as shown, text) of every .md file under `folder`, relative to the answers file, from where it was read."""
        # Answers built in memory (the serve page's edits) are named by their file's path on disk.
        beside = self.beside or Beside(Path(self.name).parent)
        return beside.markdown_files(folder, self.answers.source_file)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def _says_current_format(located: Located) -> bool:
    """The file names this policygen's answers format as a whole number (`policygen: N`)."""
    data = located.data()
    return isinstance(data, dict) and stated_format(data.get("policygen")) == FORMAT_VERSION


def parse_answers(text: str, file: str, *, history: bool = False) -> Answers:
    """Validate answers text; every problem is reported with its line in `file`.

    history: the text is a revision from git, so an older answers format is read as upgraded
    (it cannot be rewritten); any other text in an older format is refused (`policygen upgrade`).
    """
    located = load_yaml(text, file)
    if history or not _says_current_format(located):
        # Imported only for a file that may need it: a build of a current file never does (about 2 ms).
        from .migrations import check_format, upgrade_in_memory

        if history:
            located = upgrade_in_memory(located, text, file)
        check_format(located, file)
    answers = validate(Answers, located, file)
    answers._source = (file, located)
    return answers


class Beside(Record):
    """The folder an answers file was read from: on disk (revision None), or at a git revision."""

    folder: Path  # on disk: the answers file's folder; in git: the repository root
    revision: str | None = None
    inside: str = ""  # in git: the answers file's folder, from the repository root

    def markdown_files(self, folder: str, shown: str) -> list[tuple[str, str]]:
        if self.revision is None:
            return self._on_disk(folder, shown)
        return self._in_git(folder, shown)

    def _on_disk(self, folder: str, shown: str) -> list[tuple[str, str]]:
        root = self.folder / folder
        if not root.is_dir():
            raise PolicyError(Problem(f"there is no folder '{folder}' beside the answers file", shown, None, "customise.clauses"))
        if not root.resolve().is_relative_to(self.folder.resolve()):
            raise PolicyError(Problem(f"'{folder}' links to a folder outside the answers file's folder; keep your own clauses beside it", shown, None, "customise.clauses"))
        prefix = Path(shown).parent / folder
        paths = []
        for path in root.rglob("*.md"):  # stops early, rather than listing a huge tree first
            paths.append(path)
            if len(paths) > MAX_OWN_CLAUSES:
                raise PolicyError(Problem(f"'{folder}' holds more than {MAX_OWN_CLAUSES} clause files; the most policygen reads is {MAX_OWN_CLAUSES}", shown, None, "customise.clauses"))
        files = []
        for path in sorted(paths):
            name = str(prefix / path.relative_to(root))
            files.append((name, decode(read_bytes(path, name), name)))
        return files

    def _in_git(self, folder: str, shown: str) -> list[tuple[str, str]]:
        where = os.path.normpath(f"{self.inside}/{folder}" if self.inside else folder).replace(os.sep, "/")
        listed = _git(["ls-tree", "-r", "--name-only", f"{self.revision}:{where}"], self.folder, shown)
        if listed.returncode != 0:
            raise PolicyError(Problem(f"there is no folder '{where}' at {self.revision}", shown, None, "customise.clauses"))
        names = [name for name in sorted(os.fsdecode(listed.stdout).splitlines()) if name.endswith(".md")]
        if len(names) > MAX_OWN_CLAUSES:
            raise PolicyError(Problem(f"'{where}' holds more than {MAX_OWN_CLAUSES} clause files; the most policygen reads is {MAX_OWN_CLAUSES}", shown, None, "customise.clauses"))
        files = []
        for name in names:
            spec = f"{self.revision}:{where}/{name}"
            size = _git(["cat-file", "-s", spec], self.folder, shown)
            if size.returncode == 0 and int(size.stdout.strip() or 0) > MAX_INPUT_BYTES:
                raise PolicyError(Problem(f"is larger than {size_text(MAX_INPUT_BYTES)}, the most policygen reads from one file", spec))
            files.append((spec, decode(_git(["cat-file", "blob", spec], self.folder, shown).stdout, spec)))
        return files


def read_answers(argument: str | Path, cwd: str | Path | None = None) -> AnswersSource:
    """Read an answers file named by a path or by `REV:PATH`, once, and validate it."""
    shown = str(argument)
    base = Path(cwd) if cwd is not None else Path.cwd()
    path, data = _read(shown, base)
    beside = Beside(path.parent) if path is not None else _in_git(shown, base)
    return AnswersSource(shown, data, parse_answers(decode(data, shown), shown, history=path is None), path, beside)


def _in_git(argument: str, cwd: Path) -> Beside:
    """Where `REV:PATH`'s neighbours are read: the same revision, the answers file's folder in the repository."""
    revision, _, inside = argument.partition(":")
    top = _git(["rev-parse", "--show-toplevel"], cwd, argument)
    root = Path(os.fsdecode(top.stdout).strip())
    where = _inside_repository(inside, cwd, root, argument)
    return Beside(root, revision or "", str(Path(where).parent.as_posix()).lstrip("."))


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
    import subprocess  # only answers or own clauses read from git run it (about 2 ms to import)

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
