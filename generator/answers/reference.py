"""The reference for people and editors: the JSON Schema of the answers file and `policygen questions`.

Both are read off the answers model through the questionnaire, so they always list the
questions `policygen init` asks.
"""

from __future__ import annotations

import json
import textwrap
from typing import Any

from .model import Answers
from .questions import KINDS, MISSING, Question, groups, shown

SCHEMA_TITLE = "policygen answers file"


def answers_schema() -> dict[str, Any]:
    """The JSON Schema of the answers file, for editors; choice labels become enum descriptions."""
    schema = Answers.model_json_schema()
    _describe_enums(schema)
    out = {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": SCHEMA_TITLE}
    out.update({k: v for k, v in schema.items() if k != "title"})
    return out


def _describe_enums(node: Any) -> None:
    if isinstance(node, dict):
        labels = node.get("labels")
        if isinstance(labels, dict):
            target = node.get("items", node) if node.get("type") == "array" else node
            if isinstance(target, dict) and "enum" in target:
                target["enumDescriptions"] = [labels.get(code, str(code)) for code in target["enum"]]
        for value in node.values():
            _describe_enums(value)
    elif isinstance(node, list):
        for value in node:
            _describe_enums(value)


def schema_text() -> str:
    return json.dumps(answers_schema(), indent=2, ensure_ascii=False) + "\n"


def _md(text: str) -> str:
    return text.replace("|", "\\|")


def _help_markdown(help_text: str) -> list[str]:
    """Help as Markdown lines: an indented example (YAML, as the answers file holds it) becomes a code block, not a list."""
    lines: list[str] = []
    example: list[str] = []
    for line in help_text.splitlines() + [""]:
        if line.startswith(" "):
            example.append(line)
            continue
        if example:
            lines += ["", "```yaml", *textwrap.dedent("\n".join(example)).splitlines(), "```", ""]
            example = []
        if line:
            lines.append(line)
    return lines if lines[-1:] == [""] else lines + [""]


def _default_text(question: Question) -> str:
    if question.default is MISSING:
        return "none (you must answer)"
    if question.kind == "record":
        if question.default is None:
            return "empty"
        parts = [f"{k}: {v}" for k, v in question.default.items() if v is not None]
        return "; ".join(parts) or "empty"
    if question.kind == "record-list":
        return "none" if not question.default else f"{len(question.default)} entries"
    value = shown(question, question.default)
    if question.kind == "choice":
        return f"{value} (`{question.default}`)"
    if question.kind == "multi-choice":
        return ", ".join(f"`{v}`" for v in question.default) or "none"
    return f"`{value}`" if value else "empty"


def questions_markdown() -> str:
    """Every question with its help, type, choices, default and condition, as Markdown."""
    lines = [
        "# The policygen questions",
        "",
        "Every question `policygen init` asks, in the order it asks them. The key is where the",
        "answer goes in the answers file. Questions with a condition are asked only when it holds.",
        "",
    ]
    for group in groups():
        asked = [q for q in group.questions if not q.fixed]
        if not asked:
            continue
        lines += [f"## {group.heading or 'Settings'} (`{group.key}`)" if group.key else "## Settings", ""]
        for question in asked:
            lines += [f"### {question.question}", ""]
            if question.help:
                lines += _help_markdown(question.help)
            kind = KINDS[question.kind]
            if question.kind in ("record", "record-list"):
                kind += " (" + ", ".join(f"`{f.name}`" + ("" if f.required else " (optional)") for f in question.fields) + ")"
            if question.kind == "number" and (question.minimum is not None or question.maximum is not None):
                kind += f", {question.minimum if question.minimum is not None else 'any'} to {question.maximum if question.maximum is not None else 'any'}"
            if question.optional and question.kind in ("text", "number", "date", "choice"):
                kind += ", may be left empty"
            lines += [f"- Key: `{question.key}`", f"- Answer: {kind}", f"- Default: {_default_text(question)}"]
            if question.when:
                lines.append(f"- Asked only when: `{question.when}`")
            if question.kind in ("choice", "multi-choice"):
                lines += ["", "| Choice | Code |", "| --- | --- |"]
                lines += [f"| {_md(label)} | `{code}` |" for code, label in question.labels.items()]
            lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
