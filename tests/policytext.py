"""Build a policy from a few answers and read its clauses: shared by the tests of part B."""

from __future__ import annotations

import json
import re

from generator.answers import parse_answers
from generator.library import load_library
from generator.readiness import warnings
from generator.render import assemble, context
from generator.writers import markdown

_LIBRARY = None


def library():
    global _LIBRARY
    if _LIBRARY is None:
        _LIBRARY = load_library()
    return _LIBRARY


def answers(type: str = "local_authority", nation: str = "england", short_name: str = "the Council", **groups):
    data = {"organisation": {"name": "Example Organisation", "short_name": short_name, "type": type, "nation": nation}}
    data.update(groups)
    return parse_answers(json.dumps(data, default=str), "answers.yaml")  # JSON is YAML


def policy(**kw) -> str:
    """The rendered Markdown of the whole policy for these answers."""
    return markdown.render(assemble(answers(**kw), library())).decode("utf-8")


def gaps(**kw) -> list[str]:
    """The warnings `build` gives for these answers, as `field: message`."""
    parsed = answers(**kw)
    return [f"{p.field}: {p.message}" for p in warnings(parsed, context(parsed, library()))]


def clause(text: str, title: str) -> str:
    """The body of the clause with this title, or '' when the policy does not have it."""
    match = re.search(rf"^### [\d.]+ {re.escape(title)}\n(.*?)(?=^##)", text + "\n##", re.S | re.M)
    return match.group(1) if match else ""


def number(text: str, title: str) -> str:
    return re.search(rf"^### ([\d.]+) {re.escape(title)}$", text, re.M).group(1)


def flat(text: str) -> str:
    """One sentence per line joined back into paragraphs' worth of words."""
    return " ".join(text.split())
