"""Writing the answers file, whole or by inserting new answers into it: the questions as comments, the answers as YAML.

Also `upgrade`: the file rewritten in the current answers format (answers/migrations.py).

A new file is written whole: a schema line for editors, provenance, then each
group under its heading with every question and its help as comments above
its key. Questions that do not apply to these answers are kept as commented-out
lines, so whoever edits the file by hand sees them too.

`--update` never rewrites what is there: it finds, from the round-trip parse,
where each missing answer belongs in model order and inserts new lines only,
so every existing line (answers and comments) stays byte for byte. The one
exception is policygen's own commented-out stub for a question that now
applies: when it is exactly as policygen wrote it, the live answer replaces it.
Text insertion (rather than ruamel's dumper) is what keeps the user's layout:
ruamel re-indents and re-flows a file it dumps.
"""

from __future__ import annotations

import dataclasses
import io
import json
import os
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.scalarstring import SingleQuotedScalarString

from ..errors import PolicyError, Problem
from ..files import read_text, write_all
from ..yamlfile import load_yaml
from .migrations import Upgrade, upgrade_text
from .model import web_address
from .questions import MISSING, Answering, Group, Question
from .reference import SCHEMA_TITLE
from .source import parse_answers
from .warnings import EXAMPLE_MARK

SCHEMA_FILE = "policygen.schema.json"
SCHEMA_MARK = "# yaml-language-server: $schema="
WIDTH = 88
# Plain words that other YAML readers (YAML 1.1) take for true, false or null: always quoted.
_AMBIGUOUS = {"yes", "no", "y", "n", "on", "off", "true", "false", "null", "~"}
_SEXAGESIMAL = re.compile(r"[-+]?\d[\d_]*(:[0-5]?\d)+(\.\d*)?")  # YAML 1.1 reads 12:30 as 750


@dataclass(frozen=True)
class Provenance:
    policygen: str
    library: str

    def line(self, verb: str = "Written") -> str:
        return f"# {verb} by policygen {self.policygen} with clause library {self.library}."


# ------------------------------------------------------------------ values


def _yamlable(value: Any) -> Any:
    if isinstance(value, str) and (value.strip().lower() in _AMBIGUOUS or _SEXAGESIMAL.fullmatch(value.strip())):
        return SingleQuotedScalarString(value)
    if isinstance(value, dict):
        return {k: _yamlable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_yamlable(v) for v in value]
    return value


def _dumper() -> YAML:
    yaml = YAML(typ="rt", pure=True)
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096
    return yaml


def value_lines(key: str, value: Any, indent: int) -> list[str]:
    """`key: value` as YAML lines at an indent; ruamel quotes whatever could be misread ('1.0')."""
    buffer = io.StringIO()
    _dumper().dump({key: _yamlable(value)}, buffer)
    pad = " " * indent
    return [pad + line if line else line for line in buffer.getvalue().splitlines()]


def _comment(text: str, indent: int) -> list[str]:
    pad = " " * indent + "# "
    out: list[str] = []
    for paragraph in text.splitlines() or [""]:
        out += textwrap.wrap(paragraph, WIDTH - len(pad), break_on_hyphens=False) or [""]
    return [(pad + line).rstrip() for line in out]


# ------------------------------------------------------------------ one question, one group


def question_lines(question: Question, value: Any, indent: int, *, applies: bool = True, placeholder: bool = False) -> list[str]:
    """Comments for a question, then its key and value (commented out when it does not apply)."""
    lines = question_comments(question, indent, applies=applies, placeholder=placeholder)
    if question.fixed or applies:
        return lines + value_lines(question.name, value, indent)
    shown = value if value is not None else (None if question.default is MISSING else question.default)
    return lines + [_comment_out(line, indent) for line in value_lines(question.name, shown, indent)]


def question_comments(question: Question, indent: int, *, applies: bool = True, placeholder: bool = False) -> list[str]:
    """The comments policygen writes above a question's answer: the question, its help and choices."""
    if question.fixed:
        return _comment(question.help, indent) if question.help else []
    lines = _comment(question.question, indent)
    if question.help:
        lines += _comment(question.help, indent)
    if question.kind in ("choice", "multi-choice"):
        lines += _comment("Choose one of:" if question.kind == "choice" else "Choose any of (a list):", indent)
        width = max(len(str(code)) for code in question.labels)
        lines += [f"{' ' * indent}#   {str(code).ljust(width)}  {label}" for code, label in question.labels.items()]
    elif question.kind in ("record", "record-list"):
        parts = ", ".join(f.name + ("" if f.required else " (optional)") for f in question.fields)
        lines += _comment(("Give: " if question.kind == "record" else "Each entry gives: ") + parts + ".", indent)
    if placeholder:
        lines += _comment(EXAMPLE_MARK, indent)
    if not applies:
        lines += _comment(f"Asked only when {question.when}; it does not apply to these answers.", indent)
    return lines


def _comment_out(line: str, indent: int) -> str:
    return line[:indent] + "# " + line[indent:]


def group_lines(group: Group, answering: Answering, *, only: list[Question] | None = None) -> list[str]:
    """A group under its heading; with `only`, just those questions and no heading."""
    lines: list[str] = []
    indent = 2 if group.key else 0
    chosen = [q for q in group.questions if only is None or q in only]
    for question in chosen:
        if question.fixed and question.default is not MISSING and not answering.has(question):
            answering.answer(question, question.default)
        applies = answering.has(question)
        block = question_lines(
            question,
            answering.value(question),
            indent,
            applies=applies,
            placeholder=question in answering.placeholders,
        )
        if lines:
            lines.append("")
        lines += block
    if only is not None or not group.key:
        return lines
    heading = [f"# {group.heading}", "# " + "-" * len(group.heading)]
    if any(answering.has(q) for q in group.questions):
        return heading + [f"{group.key}:"] + lines
    note = _comment("None of these questions apply to these answers.", 0)
    return heading + note + [f"# {group.key}:"] + lines


def render(answering: Answering, prov: Provenance, schema_ref: str | None) -> str:
    """A whole new answers file."""
    lines: list[str] = []
    if schema_ref:
        lines.append(SCHEMA_MARK + schema_ref)
    lines += [
        "# The answers behind your organisation's social media policy for social work staff.",
        prov.line(),
        "# Each answer has its question and help above it. Check the file with",
        "# `policygen validate FILE`, build the policy with `policygen build FILE`,",
        "# and see every question with `policygen questions`.",
    ]
    for group in answering.groups:
        lines += [""] + group_lines(group, answering)
    text = "\n".join(lines) + "\n"
    return text


def partial_text(answering: Answering, prov: Provenance, final: Path) -> str:
    """The answers given so far, saved when an interview was stopped: only those, each under its question."""
    lines = [
        "# Answers saved when `policygen init` was stopped before the last question.",
        f"# Continue with `policygen init --resume {final}`: it asks the questions still to",
        f"# answer, writes {final} and deletes this file.",
        prov.line("Saved"),
    ]
    for group in answering.groups:
        answered = [q for q in group.questions if answering.has(q)]
        if not answered:
            continue
        body = group_lines(group, answering, only=answered)
        heading = [f"# {group.heading}", "# " + "-" * len(group.heading), f"{group.key}:"] if group.key else []
        lines += [""] + heading + body
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ schema beside the answers


def check_schema_ref(schema_ref: str | None, answers_path: Path) -> None:
    """What `init --schema` may put in the schema line: policygen's own file name, or a web address."""
    if schema_ref is None or schema_ref == SCHEMA_FILE:
        return
    try:
        web_address(schema_ref)
    except ValueError:
        raise PolicyError(
            Problem(f"{schema_ref!r} is not allowed: give {SCHEMA_FILE} (written beside the answers file) or a web address starting https://", str(answers_path), None, "--schema")
        ) from None


def schema_target(answers_path: Path, schema_ref: str | None) -> Path | None:
    """The schema file to write for a schema line, or None when policygen writes none.

    Only policygen's own name, beside the answers file: the line in an answers file (which may
    come from anyone's pull request) never chooses where policygen writes.
    """
    if schema_ref not in (SCHEMA_FILE, f"./{SCHEMA_FILE}"):
        return None
    target = answers_path.parent / SCHEMA_FILE
    if os.path.lexists(target):
        try:
            ours = json.loads(read_text(target)).get("title") == SCHEMA_TITLE
        except (ValueError, PolicyError, AttributeError):
            ours = False
        if not ours:
            raise PolicyError(Problem("exists and is not a policygen schema; choose another name with --schema", str(target)))
    return target


def schema_ref_in(text: str) -> str | None:
    for line in text.splitlines()[:5]:
        if line.startswith(SCHEMA_MARK):
            return line[len(SCHEMA_MARK) :].strip() or None
    return None


# ------------------------------------------------------------------ update in place


def problems_besides_missing(text: str, file: str) -> dict[str, Any]:
    """The existing answers as plain data; any problem other than a missing answer stops the update."""
    located = load_yaml(text, file)
    data = located.data()
    if not isinstance(data, dict):
        raise PolicyError(Problem("expected a mapping of keys to answers at the top level", file, 1))
    try:
        parse_answers(text, file)
    except PolicyError as exc:
        others = [p for p in exc.problems if p.message != "required, but missing"]
        if others:
            raise PolicyError(others) from None
    return data


def _is_comment_or_blank(line: str) -> bool:
    stripped = line.strip()
    return not stripped or stripped.startswith("#")


def _leading_block_start(lines: list[str], index: int, floor: int) -> int:
    """Where the comments and blank lines above line `index` begin (not above `floor`)."""
    while index - 1 >= floor and _is_comment_or_blank(lines[index - 1]):
        index -= 1
    return index


def _header_end(lines: list[str]) -> int:
    """The first line after the file's opening comments (schema line, provenance)."""
    index = 0
    while index < len(lines) and lines[index].strip().startswith("#"):
        index += 1
    return index


def _find_block(lines: list[str], block: list[str], start: int, end: int) -> int | None:
    for at in range(start, end - len(block) + 1):
        if lines[at : at + len(block)] == block:
            return at
    return None


def _find_reworded_stub(lines: list[str], head: list[str], stub: list[str], start: int, end: int) -> tuple[int, int] | None:
    """Where a stub is whose `head` (the question) and tail ('Asked only when ...' and the commented-out answer) are
    exactly as written, with only comment lines between them: its help, which a later policygen may word differently."""
    tail = next((stub[i:] for i, line in enumerate(stub) if line.lstrip().startswith("# Asked only when ")), None)
    if tail is None:
        return None
    at = _find_block(lines, tail, start, end)
    while at is not None:
        top = at
        while top > start and lines[top - 1].lstrip().startswith("#"):
            top -= 1
            if lines[top : top + len(head)] == head:
                return top, at + len(tail)
        at = _find_block(lines, tail, at + 1, end)
    return None


def update_text(text: str, file: str, answering: Answering, added: list[Question], prov: Provenance) -> str:
    """Insert the `added` answers (with their comments) into `text` in model order.

    Nothing else changes, except that policygen's own commented-out stub for a question that
    now applies, if it is exactly as policygen wrote it, is replaced by the live answer.
    """
    if not added:
        return text
    root = load_yaml(text, file).root
    if not isinstance(root, CommentedMap):
        raise PolicyError(Problem("expected a mapping of keys to answers at the top level", file, 1))
    update = _FileUpdate(text.splitlines(), root, answering)
    update.stamp(prov.line("Updated"))
    for group in answering.groups:
        mine = [q for q in added if q.group == group.key and q in group.questions]
        if not mine:
            continue
        if not group.key:
            update.add_settings(group, mine)
        elif group.key not in root:
            update.add_group(group)
        else:
            update.add_to_group(group, mine, file)
    return update.text()


class _FileUpdate:
    """The lines of an answers file, the blocks to insert before some of them, and the stubs they replace."""

    def __init__(self, lines: list[str], root: CommentedMap, answering: Answering) -> None:
        self.lines = lines
        self.root = root
        self.answering = answering
        self.header_end = _header_end(lines)
        self.inserts: dict[int, list[list[str]]] = {}  # line index -> blocks to insert before it, in order
        self.deleted: set[int] = set()  # lines of stubs replaced by live answers
        settings = [q.name for g in answering.groups if not g.key for q in g.questions]
        self.top_order = settings + [g.key for g in answering.groups if g.key]

    def top_line(self, key: str) -> int:
        line: int = self.root.lc.key(key)[0]
        return line

    def insert(self, at: int, block: list[str]) -> None:
        self.inserts.setdefault(at, []).append(block)

    def stamp(self, line: str) -> None:
        """Say, under the file's opening comments, which policygen updated it (once per version)."""
        if line not in self.lines:
            self.insert(self.header_end, [line])

    def replace_stub(self, stub: list[str], live: list[str], start: int, end: int, *, dangling: bool = False) -> bool:
        """policygen's own commented-out stub, untouched since it was written, becomes the live answer.

        dangling: the stub is only the comments policygen wrote above an answer, left behind when
        the answer's own line was deleted; it counts only where no answer follows it directly.
        """
        at = _find_block(self.lines, stub, start, end)
        if at is None:
            return False
        after = at + len(stub)
        if dangling and after < len(self.lines) and not _is_comment_or_blank(self.lines[after]):
            return False
        return self._replace(at, after, live)

    def replace_reworded_stub(self, question: Question, stub: list[str], live: list[str], start: int, end: int) -> bool:
        """A stub whose question and commented-out answer are as policygen wrote them, with help an older policygen worded differently."""
        found = _find_reworded_stub(self.lines, _comment(question.question, len(stub[0]) - len(stub[0].lstrip())), stub, start, end)
        return found is not None and self._replace(*found, live)

    def _replace(self, at: int, after: int, live: list[str]) -> bool:
        if self.deleted.intersection(range(at, after)):
            return False
        self.deleted.update(range(at, after))
        self.insert(at, live)
        return True

    def next_top_start(self, after_key: str) -> int:
        """Insertion point before the next top-level key that follows `after_key` in model order."""
        later = self.top_order[self.top_order.index(after_key) + 1 :]
        present = [k for k in later if k in self.root]
        if present:
            first = min(present, key=self.top_line)
            return max(_leading_block_start(self.lines, self.top_line(first), self.header_end), self.header_end)
        return len(self.lines)

    def add_settings(self, group: Group, questions: list[Question]) -> None:
        """Top-level answers (no group key), each before the next top-level key in model order."""
        for question in questions:
            live = group_lines(group, self.answering, only=[question])
            comments = question_comments(question, 0)
            if not (comments and self.replace_stub(comments, live, self.header_end, len(self.lines), dangling=True)):
                self.insert(self.next_top_start(question.name), [""] + live)

    def add_group(self, group: Group) -> None:
        """A group the file lacks: in place of its commented-out stub or of its heading left behind, or before the next group."""
        live = group_lines(group, self.answering)
        if self.replace_stub(group_lines(group, Answering()), live, self.header_end, len(self.lines)):
            return
        if not self.replace_stub(live[:2], live, self.header_end, len(self.lines), dangling=True):
            self.insert(self.next_top_start(group.key), [""] + live)

    def add_to_group(self, group: Group, questions: list[Question], file: str) -> None:
        """New answers inside a group the file has, each before the next answer in model order."""
        node = self.root[group.key]
        if not isinstance(node, CommentedMap) or node.fa.flow_style() or not node:
            raise PolicyError(
                Problem(
                    "is written on one line ({...}); write each answer on its own indented line so "
                    "`policygen init --update` can add the new questions",
                    file,
                    self.top_line(group.key) + 1,
                    group.key,
                )
            )
        indent: int = node.lc.key(next(iter(node)))[1]
        group_line = self.top_line(group.key)
        group_end = min((self.top_line(k) for k in self.root if self.top_line(k) > group_line), default=len(self.lines))
        names = [q.name for q in group.questions]
        for question in questions:
            live = question_lines(question, self.answering.value(question), indent, placeholder=question in self.answering.placeholders)
            stub = question_lines(question, None if question.default is MISSING else question.default, indent, applies=False)
            if self.replace_stub(stub, live, group_line + 1, group_end):
                continue
            if question.when and self.replace_reworded_stub(question, stub, live, group_line + 1, group_end):
                continue
            # The comments above an answer whose line was deleted: the answer goes back under them.
            if self.replace_stub(question_comments(question, indent), live, group_line + 1, group_end, dangling=True):
                continue
            later = [n for n in names[names.index(question.name) + 1 :] if n in node]
            if later:
                first = min(later, key=lambda n: node.lc.key(n)[0])
                at = _leading_block_start(self.lines, node.lc.key(first)[0], group_line + 1)
            else:
                at = _leading_block_start(self.lines, group_end, group_line + 1)
            self.insert(at, self._apart(live, at, group_line))

    def _apart(self, block: list[str], at: int, group_line: int) -> list[str]:
        """The block with a blank line between it and the answers or comments it would touch."""
        if at > 0 and self.lines[at - 1].strip() and at - 1 != group_line:
            block = [""] + block
        if at < len(self.lines) and self.lines[at].strip():
            block = block + [""]
        return block

    def text(self) -> str:
        """The file's lines with the new blocks in place and the replaced stubs left out."""
        out: list[str] = []
        new_blank = False
        for index in range(len(self.lines) + 1):
            for block in self.inserts.get(index, []):
                for line in block:
                    if line or not out or out[-1] or not new_blank:  # one new blank line between new blocks
                        out.append(line)
                    new_blank = not line
            new_blank = False
            if index < len(self.lines) and index not in self.deleted:
                out.append(self.lines[index])
        return "\n".join(out) + "\n"


# ------------------------------------------------------------------ change answers in place


def change_text(text: str, file: str, answering: Answering, changed: list[Question], prov: Provenance) -> str:
    """Replace the lines of each `changed` answer in `text` with its new value (policygen serve).

    The key's own line and its value's lines are rewritten at the same indent; every other
    line stays byte for byte, the comments above each key included, and a comment at the end
    of a one-line answer is kept. An answer not in the file is for update_text to add.
    """
    if not changed:
        return text
    lines = text.splitlines()
    root = load_yaml(text, file, keep_comments=True).root
    if not isinstance(root, CommentedMap):
        raise PolicyError(Problem("expected a mapping of keys to answers at the top level", file, 1))
    top_lines = sorted(root.lc.key(key)[0] for key in root)
    replaced: dict[int, tuple[int, list[str]]] = {}  # first line -> (end, new lines)
    for question in changed:
        node = root[question.group] if question.group else root
        if not isinstance(node, CommentedMap) or question.name not in node:
            continue
        if question.group and node.fa.flow_style():
            raise PolicyError(
                Problem("is written on one line ({...}); write each answer on its own indented line so it can be changed", file, root.lc.key(question.group)[0] + 1, question.group)
            )
        start, indent = node.lc.key(question.name)
        later = [node.lc.key(k)[0] for k in node if node.lc.key(k)[0] > start]
        if question.group:
            later += [line for line in top_lines if line > start]
        end = min(later) if later else len(lines)
        end = max(_leading_block_start(lines, end, start + 1), start + 1)
        new = value_lines(question.name, answering.value(question), indent)
        comment = node.ca.items.get(question.name, [None, None, None, None])[2]
        if comment is not None and end == start + 1 and len(new) == 1 and comment.start_mark.line == start:
            column = comment.start_mark.column
            gap = lines[start][:column][len(lines[start][:column].rstrip()) :]
            new = [new[0] + gap + lines[start][column:]]
        replaced[start] = (end, new)
    out: list[str] = []
    index = 0
    while index < len(lines):
        if index in replaced:
            end, new = replaced[index]
            out += new
            index = end
            continue
        out.append(lines[index])
        index += 1
    stamp = prov.line("Updated")
    if stamp not in out:
        out.insert(_header_end(out), stamp)
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ upgrade to the current format


def upgrade(path: str | Path) -> Upgrade:
    """Rewrite the answers file at `path` in the current format, in one atomic write; nothing is written when it is current.

    The schema beside it (when its schema line names policygen.schema.json) is refreshed in the
    same write, so an editor checks the new format. The file is written even when some of its
    answers are wrong (they were wrong before the upgrade, and are reported in `problems` at
    their lines), so that they can be fixed in it.
    """
    from .reference import schema_text

    shown = str(path)
    done = upgrade_text(read_text(path, shown), shown)
    if done.current:
        return done
    files = [(Path(path), done.text.encode("utf-8"))]
    try:
        schema = schema_target(Path(path), schema_ref_in(done.text))
    except PolicyError:  # a file of someone else's under that name is left alone
        schema = None
    if schema is not None and (not schema.exists() or read_text(schema) != schema_text()):
        files.append((schema, schema_text().encode("utf-8")))
    write_all(files)
    done = dataclasses.replace(done, written=[target for target, _ in files])
    try:
        parse_answers(done.text, shown)
    except PolicyError as exc:
        return dataclasses.replace(done, problems=exc.problems)
    return done
