"""Answers-format migrations: a file written for an older format of the answers, brought up to date.

An answers file says which format it is written in (`policygen: N`). When the model changes
shape (a field renamed, moved or reshaped), FORMAT_VERSION goes up by one and a Migration is
added to MIGRATIONS: a function over the file's round-trip YAML that turns format N into N+1.
`policygen upgrade FILE` (answersfile.upgrade) runs those the file needs, in order, and
rewrites it in place, keeping every answer, comment, key order and spelling. Every other
command refuses an older file and names that command (check_format), so no answer is ever
read under a meaning it did not have. A file read from git history (`REV:PATH`) cannot be
rewritten, so it is upgraded in memory.

ruamel is imported only to upgrade: a build of a file in the current format never needs it.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import PolicyError, Problem
from ..version import __version__
from ..yamlfile import Located, load_yaml
from .formats import stated_format
from .model import FORMAT_HELP, FORMAT_VERSION


@dataclass(frozen=True)
class Migration:
    """Format `reads` to format `reads + 1`."""

    reads: int
    apply: Callable[[Any], list[str]]  # changes the round-trip tree in place; returns what it changed, in words
    old_keys: tuple[str, ...]  # dotted keys only the old format has: how a file without `policygen:` is recognised
    # policygen's own comment lines (as `init` wrote them, without their indent) that name an old key, and their new text
    comments: Mapping[str, str] = field(default_factory=dict)


# ------------------------------------------------------------------ helpers over round-trip YAML


def rename_key(mapping: Any, old: str, new: str) -> None:
    """Rename a key in place in a ruamel mapping: same position, same value, same comments."""
    position = list(mapping).index(old)
    value = mapping[old]
    comment = mapping.ca.items.pop(old, None)
    del mapping[old]
    mapping.insert(position, new, value)
    if comment is not None:
        mapping.ca.items[new] = comment


def _section(root: Any, key: str) -> Any:
    """A group of answers as a mapping, or None when the file has none (or something else there)."""
    section = root.get(key)
    return section if isinstance(section, dict) else None


# ------------------------------------------------------------------ format 1 -> 2


def _monitoring_in_place(root: Any) -> list[str]:
    # The question is whether the organisation monitors its networks, devices and work accounts
    # (web, email, sign-ins, files, official accounts); "monitors_devices: false" read as "we do
    # not monitor devices" to a data protection officer whose email is monitored.
    section = _section(root, "monitoring")
    if section is None or "monitors_devices" not in section:
        return []
    if "in_place" in section:
        raise PolicyError(Problem("has both monitoring.monitors_devices and monitoring.in_place; keep one (in_place is the new name) and upgrade again", None, None, "monitoring"))
    rename_key(section, "monitors_devices", "in_place")
    return ["monitoring.monitors_devices is now monitoring.in_place (whether you monitor networks, devices and work accounts)"]


_ASKED_ONLY_WHEN = "# Asked only when {}; it does not apply to these answers."

MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        _monitoring_in_place,
        ("monitoring.monitors_devices",),
        {
            "# The answers file format version. Always 1 for now.": f"# {FORMAT_HELP}",
            _ASKED_ONLY_WHEN.format("monitoring.monitors_devices"): _ASKED_ONLY_WHEN.format("monitoring.in_place"),
        },
    ),
)


# ------------------------------------------------------------------ which format a file is in


def written_format(data: Mapping[str, Any]) -> int | None:
    """The format a file's answers are written in; None when `policygen:` is not a whole number the model could judge.

    A file without `policygen:` is in the current format, unless it holds a key only an older one has.
    """
    if "policygen" not in data:
        for migration in MIGRATIONS:
            if any(_has(data, key) for key in migration.old_keys):
                return migration.reads
        return FORMAT_VERSION
    return stated_format(data["policygen"])


def _has(data: Mapping[str, Any], dotted: str) -> bool:
    group, _, name = dotted.partition(".")
    section = data.get(group)
    return isinstance(section, Mapping) and name in section


def _version_line(located: Located, data: Mapping[str, Any]) -> int:
    return located.line(("policygen",)) if "policygen" in data else 1


def _newer(found: int, file: str, line: int) -> PolicyError:
    return PolicyError(
        Problem(
            f"this file is in answers format {found}, newer than policygen {__version__} reads (format {FORMAT_VERSION}); "
            "install a newer policygen to read it",
            file,
            line,
            "policygen",
        )
    )


def check_format(located: Located, file: str) -> None:
    """Refuse answers in another format than this policygen reads, naming the command that upgrades them.

    A value that is not a format number at all is left to the model, which says what is allowed.
    """
    data = located.data()
    if not isinstance(data, dict):
        return
    found = written_format(data)
    if found is None or found == FORMAT_VERSION:
        return
    line = _version_line(located, data)
    if found > FORMAT_VERSION:
        raise _newer(found, file, line)
    written = f"in answers format {found}" if "policygen" in data else f"in answers format {found} (it has {_old_key(data, found)})"
    raise PolicyError(
        Problem(
            f"this file is {written}, and policygen {__version__} reads format {FORMAT_VERSION}; "
            f"run `policygen upgrade {file}` to bring it up to date, keeping every answer and comment",
            file,
            line,
            "policygen",
        )
    )


def _old_key(data: Mapping[str, Any], found: int) -> str:
    return next(key for key in MIGRATIONS[found - 1].old_keys if _has(data, key))


# ------------------------------------------------------------------ upgrading


@dataclass(frozen=True)
class Upgrade:
    """What upgrading one answers file did: its text before and after, and each change in words."""

    file: str
    before: int  # the format it was in
    text: str  # the upgraded text (the same text when it was current)
    changes: list[str]
    problems: list[Problem] = field(default_factory=list)  # what the upgraded file still has wrong (as `validate` reports it)
    written: list[Path] = field(default_factory=list)  # the answers file, and its schema when that was refreshed

    @property
    def after(self) -> int:
        """The format it is in now."""
        return FORMAT_VERSION

    @property
    def current(self) -> bool:
        """It was in the current format already: nothing to do."""
        return self.before == FORMAT_VERSION


class AsWritten(str):
    """A number, true/false, date or empty answer as the file spells it (`+5`, `~`, `True`, `1_000`).

    ruamel would write each back in its own spelling; kept as text, every line a migration does
    not touch is written back byte for byte. `value` is what it means (None for no such day).
    """

    tag: str
    style: str | None
    value: Any

    @classmethod
    def of(cls, node: Any, value: Any) -> AsWritten:
        kept = cls(node.value)
        kept.tag, kept.style, kept.value = node.tag, node.style, value
        return kept


_SPELLED = ("bool", "int", "float", "null", "timestamp")


@functools.cache
def _round_trip() -> Callable[[], Any]:
    """ruamel's round trip, with the layout policygen writes (answersfile._dumper) and every scalar spelled as it was."""
    from ruamel.yaml import YAML
    from ruamel.yaml.constructor import RoundTripConstructor
    from ruamel.yaml.representer import RoundTripRepresenter

    class Constructor(RoundTripConstructor):
        pass

    class Representer(RoundTripRepresenter):
        pass

    def spelled(construct: Callable[[Any, Any], Any]) -> Callable[[Any, Any], Any]:
        def keep(self: Any, node: Any) -> Any:
            try:
                value = construct(self, node)
            except ValueError:  # 2026-02-30: left for validation to report at its line
                value = None
            if node.anchor and value is not None:  # ruamel's own scalar keeps its &anchor
                return value
            return AsWritten.of(node, value)

        return keep

    for name in _SPELLED:
        tag = f"tag:yaml.org,2002:{name}"
        Constructor.add_constructor(tag, spelled(RoundTripConstructor.yaml_constructors[tag]))
    Representer.add_representer(AsWritten, lambda self, data: self.represent_scalar(data.tag, str(data), style=data.style))

    def make() -> Any:
        yaml = YAML(typ="rt", pure=True)
        yaml.Constructor, yaml.Representer = Constructor, Representer
        yaml.preserve_quotes = True
        yaml.indent(mapping=2, sequence=4, offset=2)
        yaml.width = 4096
        return yaml

    return make


def upgrade_text(text: str, file: str) -> Upgrade:
    """The answers text in the current format, with what changed; an error for a newer format or a broken file."""
    located = load_yaml(text, file)  # the same limits and syntax errors as every other read
    data = located.data()
    if not isinstance(data, dict):
        raise PolicyError(Problem("expected a mapping of keys to answers at the top level", file, 1))
    found = written_format(data)
    if found is None:
        raise PolicyError(Problem(f"{data['policygen']!r} is not an answers format; it must be a whole number, such as 1", file, _version_line(located, data), "policygen"))
    if found > FORMAT_VERSION:
        raise _newer(found, file, _version_line(located, data))
    if found == FORMAT_VERSION:
        return Upgrade(file, found, text, [])
    yaml = _round_trip()()
    root = yaml.load(text.replace("\r\n", "\n"))  # load_yaml has refused what is too big, too deep or not YAML
    changes = [f"policygen: {found} -> {FORMAT_VERSION} (the answers format)"]
    for migration in MIGRATIONS[found - 1 :]:
        try:
            changes += migration.apply(root)
        except PolicyError as exc:
            raise PolicyError([Problem(p.message, file, located.line(tuple((p.field or "").split("."))), p.field) for p in exc.problems]) from None
    if "policygen" in root:
        root["policygen"] = FORMAT_VERSION
    else:
        root.insert(0, "policygen", FORMAT_VERSION)
    buffer = io.StringIO()
    yaml.dump(root, buffer)
    upgraded = _own_comments(buffer.getvalue(), MIGRATIONS[found - 1 :])
    # ruamel writes \n and drops a byte order mark: a file saved on Windows keeps its own.
    bom = "\ufeff" if text.startswith("\ufeff") else ""
    return Upgrade(file, found, bom + upgraded.replace("\n", "\r\n" if "\r\n" in text else "\n"), changes)


def _own_comments(text: str, migrations: tuple[Migration, ...]) -> str:
    """policygen's own comments that name an old key, in their new words (a user's comments stay as they are)."""
    lines = text.split("\n")
    for migration in migrations:
        for index, line in enumerate(lines):
            bare = line.lstrip(" ")
            if bare in migration.comments:
                lines[index] = line[: len(line) - len(bare)] + migration.comments[bare]
    return "\n".join(lines)


def upgrade_in_memory(located: Located, text: str, file: str) -> Located:
    """Answers from git history in the current format: an older revision is read as upgraded, never rewritten."""
    data = located.data()
    if not isinstance(data, dict) or written_format(data) in (None, FORMAT_VERSION):
        return located
    return load_yaml(upgrade_text(text, file).text, file)
