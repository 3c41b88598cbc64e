"""Build a policy from answers given as a dict, and read it clause by clause (shared by the relationship tests)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from generator.answers import Answers, parse_answers
from generator.library import Library
from generator.render import assemble
from generator.writers import markdown


@dataclass(frozen=True)
class Policy:
    answers: Answers
    text: str  # the whole rendered Markdown
    clauses: dict[str, str]  # clause id -> its rendered body (heading left out)
    numbers: dict[str, str]  # clause id -> its number in this policy

    def __getitem__(self, clause_id: str) -> str:
        """The body of a clause, or '' when this policy does not have it."""
        return self.clauses.get(clause_id, "")

    def flat(self, clause_id: str) -> str:
        """A clause's body with line breaks folded, for phrases that the writer wraps at sentence ends."""
        return " ".join(self[clause_id].split())


def build(library: Library, type: str = "local_authority", nation: str = "england", short_name: str = "the Council", **groups) -> Policy:
    answers = {"organisation": {"name": "Example Organisation", "short_name": short_name, "type": type, "nation": nation}, **groups}
    parsed = parse_answers(json.dumps(answers), "answers.yaml")  # JSON is YAML
    document = assemble(parsed, library)
    text = markdown.render(document).decode("utf-8")
    numbers = {clause.id: clause.number for section in document.sections for clause in section.clauses}
    by_number = {number: clause_id for clause_id, number in numbers.items()}
    bodies = {}
    for match in re.finditer(r"^### ([\d.]+) [^\n]*\n(.*?)(?=^#{2,3} |\Z)", text, re.S | re.M):
        bodies[by_number[match.group(1)]] = match.group(2).strip()
    return Policy(parsed, text, bodies, numbers)


def sentences(text: str) -> list[str]:
    """Sentences of Markdown text: list markers and table pipes dropped, lines folded."""
    flat = " ".join(line.strip().lstrip("-0123456789. ").strip("| ") for line in text.splitlines())
    return [s.strip() for s in re.split(r"(?<=[.;:!?])\s+(?=[A-Z(\[*-])|\s\|\s", flat) if s.strip()]


def paragraphs(text: str) -> list[str]:
    """Paragraphs, list items and table rows of a clause body, each with its lines folded."""
    blocks: list[str] = []
    for chunk in re.split(r"\n\s*\n", text):
        lines = chunk.splitlines()
        current: list[str] = []
        for line in lines:
            if re.match(r"\s*(- |\d+\. |\| )", line) and current:
                blocks.append(" ".join(current))
                current = []
            current.append(line.strip())
        if current:
            blocks.append(" ".join(current))
    return blocks
