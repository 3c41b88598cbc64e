"""The policy as Markdown for review: numbered like the Word document, one sentence per line.

One sentence per line keeps git diffs to the sentences that changed.

Text is data here as everywhere: whatever an answer holds (`# heading`, `- item`, `| a |`,
`&amp;`, a line break) reads back from this file as the same text, never as a heading, list,
table or entity. The front matter is written by the YAML library, so it stays valid YAML and
every value reads back as the text it was.
"""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Iterable

from ruamel.yaml import YAML
from ruamel.yaml.nodes import ScalarNode
from ruamel.yaml.resolver import VersionedResolver
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from ..document import Block, Document, Inline, Link, ListBlock, Paragraph, Table, Text

_SENTENCE_END = re.compile(r"(?<=[.!?]) +(?=[A-Z0-9\"'‘“(])")  # spaces only: a no-break space is text
# Inline markup anywhere in a line (~ for GitHub's strikethrough), and & where it would start an entity.
_SPECIAL = re.compile(r"([\\`*_\[\]<>~])|&(?=[A-Za-z][A-Za-z0-9]*;|#[0-9]+;|#[xX][0-9A-Fa-f]+;)")
# What a line may not start with, or it becomes a heading, list, rule, table, quote or code block.
_BLOCK_START = re.compile(r"^([#+=|:-])|^(\d{1,9})([.)])(?=\s|$)")
_MAY_START_A_BLOCK = set("#+=|:-0123456789")
_LINE_BREAK = re.compile(r"\s*[\r\n]\s*")
# A link destination that needs no brackets or escapes (as every address checked by the answers model).
_PLAIN_URL = re.compile(r"[A-Za-z0-9._~:/?#@!$'*+,;=%-]+(?:&(?![A-Za-z#][A-Za-z0-9]*;)[A-Za-z0-9._~:/?#@!$'*+,;=%-]*)*")


def render(document: Document) -> bytes:
    meta = document.meta
    lines = ["---", *_front_matter(document), "---"]
    lines += ["", f"# {_heading(meta.title)}", "", _line(_escape(meta.organisation)), "", f"Version {_escape(meta.version)} ({_escape(meta.status)})", ""]
    for section in document.sections:
        lines += [f"## {section.number} {_heading(section.title)}", ""]
        for clause in section.clauses:
            lines += [f"### {clause.number} {_heading(clause.title)}", ""]
            lines += _body(clause.blocks)
    return ("\n".join(lines).rstrip("\n") + "\n").encode("utf-8")


# A rebuild after one answer changed, and every edition of a policy, writes mostly the same
# clauses again, their blocks shared (compose/blocks.py reads each text once): write each once.
@functools.lru_cache(maxsize=1024)
def _body(blocks: tuple[Block, ...]) -> tuple[str, ...]:
    """A clause's blocks as lines, each block followed by a blank line."""
    lines: list[str] = []
    for block in blocks:
        lines += _block(block, "")
        lines.append("")
    return tuple(lines)


def _block(block: Block, indent: str) -> list[str]:
    if isinstance(block, Paragraph):
        return [indent + s if i else s for i, s in enumerate(_line(s) for s in split_sentences(_inlines(block.inlines)))]
    if isinstance(block, ListBlock):
        out: list[str] = []
        for n, item in enumerate(block.items, start=1):
            marker = f"{n}. " if block.ordered else "- "
            pad = indent + " " * len(marker)
            for position, sub in enumerate(item):
                sub_lines = _block(sub, pad)
                if position == 0:
                    out.append(indent + marker + sub_lines[0])
                    out += sub_lines[1:]
                    continue
                if not (isinstance(sub, ListBlock) and isinstance(item[position - 1], Paragraph)):
                    out.append("")  # a nested list follows its item's text straight on, as it is written
                out += [pad + line if not line.startswith(pad) else line for line in sub_lines]
        return out
    if isinstance(block, Table):
        def row(cells: Iterable[tuple[Inline, ...]]) -> str:
            return "| " + " | ".join(_inlines(c).replace("|", "\\|") for c in cells) + " |"
        return [indent + row(block.header), indent + "| " + " | ".join("---" for _ in block.header) + " |"] + [indent + row(r) for r in block.rows]
    raise TypeError(block)


def _inlines(inlines: Iterable[Inline]) -> str:
    out: list[str] = []
    for item in inlines:
        if isinstance(item, Link):
            out.append(f"[{_inlines(item.children)}]({_destination(item.url)})")
        elif isinstance(item, Text):
            text = _escape(item.text)
            if item.bold and item.italic:
                text = f"***{text}***"
            elif item.bold:
                text = f"**{text}**"
            elif item.italic:
                text = f"*{text}*"
            out.append(text)
    return "".join(out)


def split_sentences(text: str) -> list[str]:
    """A paragraph's sentences: split after . ! or ? where the next one starts (used by lint's readability too)."""
    return _SENTENCE_END.split(text)


def _escape(text: str) -> str:
    """Inline markup as literal text; a line break inside a run is a space (a new line would end a block)."""
    if "\n" in text or "\r" in text:
        text = _LINE_BREAK.sub(" ", text)
    return _SPECIAL.sub(r"\\\g<0>", text)


def _line(text: str) -> str:
    """A line of text that cannot start a block: `# x`, `- x`, `1. x`, `| x`, `---`, `===` are escaped."""
    text = text.lstrip()  # four leading spaces would make a code block
    if text[:1] not in _MAY_START_A_BLOCK:
        return text
    return _BLOCK_START.sub(lambda m: "\\" + m.group(1) if m.group(1) else m.group(2) + "\\" + m.group(3), text, count=1)


def _heading(text: str) -> str:
    """Heading text: a `#` anywhere could close the heading, so every one is escaped."""
    return _escape(text).replace("#", "\\#")


def _destination(url: str) -> str:
    """A link destination that reads back as exactly `url`."""
    if _PLAIN_URL.fullmatch(url) and url.count("(") == url.count(")") == 0:
        return url
    escaped = re.sub(r"[<>\\\s]", lambda m: f"%{ord(m.group()):02X}", url)
    return "<" + re.sub(r"&(?=[A-Za-z#][A-Za-z0-9]*;)", r"\\&", escaped) + ">"


# ------------------------------------------------------------------ front matter

_PLAIN_FIELD = re.compile(r"[A-Za-z][\w .,'()-]*")
_PLAIN_HASH = re.compile(r"[0-9a-f]+")
# Plain words YAML 1.1 readers take for true, false or null: always quoted.
_YAML11_WORDS = {"yes", "no", "y", "n", "on", "off", "true", "false", "null", "none", "~"}


def _front_matter(document: Document) -> list[str]:
    """`key: value` lines; a value that is not unmistakably plain text is quoted and escaped by the YAML library."""
    meta = document.meta
    fields = [("title", meta.title), ("organisation", meta.organisation), ("version", meta.version), ("status", meta.status)]
    fields += [(name.replace(" ", "_"), value) for name, value in meta.provenance]
    lines = [f"{key}: {_scalar(value, _PLAIN_FIELD)}" for key, value in fields]
    if document.clause_hashes:
        lines.append("clauses:")
        lines += [f"  {clause_id}: {_scalar(digest[:16], _PLAIN_HASH)}" for clause_id, digest in document.clause_hashes]
    return lines


@functools.lru_cache(maxsize=1024)  # the same titles, versions and clause hashes, build after build
def _scalar(value: str, plain: re.Pattern[str]) -> str:
    """The value plain when it is unmistakably text of that kind, else in double quotes."""
    if (
        plain.fullmatch(value)
        and not value.endswith(" ")
        and ": " not in value
        and value.lower() not in _YAML11_WORDS
        and _resolver().resolve(ScalarNode, value, (True, False)) == "tag:yaml.org,2002:str"
    ):
        return value
    return _double_quoted(value)


@functools.cache
def _resolver() -> VersionedResolver:
    return VersionedResolver()


@functools.cache
def _dumper() -> YAML:
    yaml = YAML(typ="rt", pure=True)
    yaml.width = 1 << 20  # never fold a value over two lines
    yaml.allow_unicode = True
    return yaml


def _double_quoted(value: str) -> str:
    """A double-quoted YAML scalar, escaped by the YAML library (quotes, backslashes, line breaks, controls)."""
    out = io.StringIO()
    _dumper().dump(DoubleQuotedScalarString(value), out)
    return out.getvalue().rstrip("\n")
