"""The example answers files that come with policygen: listed with what each shows, and copied out to start from.

They are the files in examples/ (inside the installed package, or beside it in a source
checkout), so someone who installed policygen with pipx has them too. Each starts with a
comment `# Example: what it is.`; its first sentence is the description.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import PolicyError, Problem, did_you_mean
from ..files import data_dir, read_bytes, read_text, write_all

_BUILD_LINE = re.compile(r"^# Build: .*$", re.M)


@dataclass(frozen=True)
class Example:
    name: str  # the file name without .yaml: northshire-council
    description: str  # one line: what kind of employer, and in which nation
    path: Path


def _description(text: str) -> str:
    """The first sentence of the opening comment, without its `Example:` label."""
    lines = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        lines.append(line.lstrip("#").strip())
    words = " ".join(lines).removeprefix("Example:").strip()
    sentence = re.match(r"(.+?\.)(\s|$)", words)
    first = sentence.group(1) if sentence else words
    return first[:1].upper() + first[1:]


def examples() -> list[Example]:
    """Every bundled example, by name."""
    folder = data_dir("examples")
    return [Example(path.stem, _description(read_text(path)), path) for path in sorted(folder.glob("*.yaml"))]


def find_example(name: str) -> Example:
    known = examples()
    for example in known:
        if example.name == name.removesuffix(".yaml"):
            return example
    hint = did_you_mean(name, [e.name for e in known])
    suggestion = f"; did you mean '{hint}'?" if hint else ";"
    raise PolicyError(Problem(f"'{name}' is not an example{suggestion} `policygen example` lists them"))


def write_example(name: str, path: str | Path | None = None, force: bool = False) -> list[Path]:
    """Copy the example NAME to PATH (default: NAME.yaml here), with its own clause folder beside it if it has one.

    An existing file is replaced only with force. Returns the files written, the answers file first.
    """
    example = find_example(name)
    target = Path(path) if path is not None else Path(f"{example.name}.yaml")
    if target.is_dir():
        target = target / f"{example.name}.yaml"
    text = read_text(example.path)
    # The example says how it is built from the examples folder; the copy says how to build the copy.
    build = f"# Build: policygen build {target.as_posix()} -o {target.with_suffix('.docx').as_posix()}"
    files = [(target, _BUILD_LINE.sub(build, text, count=1).encode("utf-8"))] + _own_clauses(example, target.parent)
    for written, _ in files:
        if written.exists() and not force:
            raise PolicyError(Problem("already exists; give another file name, or use --force to replace it", str(written)))
    for folder in sorted({written.parent for written, _ in files[1:]}):
        folder.mkdir(parents=True, exist_ok=True)
    write_all(files)
    return [written for written, _ in files]


def _own_clauses(example: Example, beside: Path) -> list[tuple[Path, bytes]]:
    """The example's own clause files (customise.clauses), to be written in the same place beside its copy."""
    folder = _OWN_CLAUSES.search(read_text(example.path))
    if folder is None:
        return []
    source = example.path.parent / folder.group(1)
    return [(beside / folder.group(1) / path.relative_to(source), read_bytes(path)) for path in sorted(source.rglob("*.md"))]


_OWN_CLAUSES = re.compile(r"^  clauses: (\S+?)/?\s*$", re.M)  # under customise:, as the examples write it
