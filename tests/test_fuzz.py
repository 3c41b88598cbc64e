"""Property: any text in any free-text answer either builds, and is shown literally in every output, or fails with `Error:`.

Random text is drawn from all of Unicode (controls included) and from the markup of Markdown,
Jinja, XML and HTML, and put into a few of the model's free-text answers at a time (every one
is drawn from). The answers file is written by the YAML library, so the answer policygen reads
is exactly the drawn text. Every build goes through the command line: exit 0 with the answer's
text in the .md (as a Markdown reader shows it), the .docx and the .html (as a browser shows
it), or exit 1 with only `Error:` lines; never a traceback.

CI runs a few dozen fixed examples; for a longer, random search:

    POLICYGEN_FUZZ_EXAMPLES=2000 .venv/bin/pytest -q tests/test_fuzz.py
"""

from __future__ import annotations

import io
import os
import re

import hostile
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from generator.answers import parse_answers
from generator.cli import cli

EXAMPLES = int(os.environ.get("POLICYGEN_FUZZ_EXAMPLES", "0"))
FIXED = EXAMPLES == 0  # CI: the same examples every run

MARKUP = [
    "# ", "## ", "- ", "* ", "+ ", "1. ", "2) ", "> ", "| a | b |", "|---|", "---", "***", "===", "```", "~~~", "    ",
    "\n", "\r\n", "  \n", "\\", "`", "*", "_", "**", "~~", "[", "]", "(", ")", "[x](https://evil.example)", "![i](x.png)",
    "<b>", "</b>", "<script>", "<!-- -->", "&amp;", "&lt;", "&#42;", "&#x41;", "&", "{{ 7*7 }}", "{% if true %}", "{%", "%}",
    "{#", "#}", "{{", "}}", "<w:p>", "]]>", "<![CDATA[", '"', "'", "\u00a0", "\u2028", "\u200b", "\u202e", "\ufeff",
    "\U0001f600", "e\u0301", ":", "#", "@", "%", "%s", "{}", "{0}", "${x}", "$(x)", "\t", "None", "True", "null", "yes",
]

text = st.one_of(
    st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=40),
    st.lists(st.one_of(st.sampled_from(MARKUP), st.text(st.characters(codec="utf-8"), max_size=8)), min_size=1, max_size=8).map("".join),
)

FIELDS = hostile.model_fields()
# Fields inside lists of entries (consultation, official accounts, other contacts) are attacked one
# at a time by the hostile corpus (hostile.entry_setting); here each answers file holds one of each
# plain field, and history, whose entry answers_yaml writes.
_IN_ENTRIES = {path[:2] for path in hostile.list_entries()} - {("document", "history")}
FREE_TEXT = [p for p in FIELDS["text"] if p[:2] not in _IN_ENTRIES] + [p + (0,) for p in FIELDS["text_list"]]


def answers_yaml(values: dict[tuple, str]) -> str:
    """The minimal answers with each value at its field, written by the YAML library (double-quoted)."""
    data: dict = {"organisation": dict(hostile.ORGANISATION)}
    for path, value in values.items():
        node = data
        if path[:2] == ("document", "history"):
            entry = node.setdefault("document", {}).setdefault("history", [{"version": "1.0", "date": "2026-01-01", "summary": "First issue"}])[0]
            entry[path[2]] = DoubleQuotedScalarString(value)
            continue
        for part in path[:-1]:
            if isinstance(part, int):
                continue
            node = node.setdefault(part, {} if not isinstance(path[path.index(part) + 1], int) else [])
        if isinstance(path[-1], int):
            node.append(DoubleQuotedScalarString(value))
        else:
            node[path[-1]] = DoubleQuotedScalarString(value)
        if path[0] == "contacts" and len(path) == 3 and path[2] != "name":
            node.setdefault("name", "the Team")
    out = io.StringIO()
    yaml = YAML(typ="rt", pure=True)
    yaml.width = 1 << 20
    yaml.dump(data, out)
    return out.getvalue()


def field_value(answers, path: tuple):
    value = answers
    for part in path:
        value = value[part] if isinstance(part, int) else getattr(value, part)
        if part == "history":
            value = value[0]  # answers_yaml writes one entry
    return value


def folded(value: str) -> str:
    """Text as a reader sees it: runs of ASCII spaces and line breaks are one space (as in HTML and Word)."""
    return re.sub(r"[ \t\n\r\f\v]+", " ", value).strip(" ")


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    """Which free-text fields each output shows for these answers: a marker in each, built once."""
    folder = tmp_path_factory.mktemp("markers")
    markers = {path: f"Zqmarker{n}x" for n, path in enumerate(FREE_TEXT)}
    path = folder / "a.yaml"
    path.write_text(answers_yaml(markers), encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(path), *outputs(folder)])
    assert result.exit_code == 0, result.output
    shown = shown_text(folder)
    return {kind: {p for p, marker in markers.items() if marker in text} for kind, text in shown.items()}


def outputs(folder) -> list[str]:
    return [arg for name in ("a.md", "a.docx", "a.html") for arg in ("-o", str(folder / name))]


def shown_text(folder) -> dict[str, str]:
    """What a reader sees in each output, with runs of spaces folded."""
    return {
        "md": folded(hostile.visible_text((folder / "a.md").read_text(encoding="utf-8"))),
        "docx": folded(hostile.docx_plain_text(folder / "a.docx")),
        "html": folded(html_text((folder / "a.html").read_text(encoding="utf-8"))),
    }


def html_text(page: str) -> str:
    """The text of an HTML page as a browser shows it: tags gone, entities decoded, head left out."""
    from html.parser import HTMLParser

    class Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.skipping = 0

        def handle_starttag(self, tag, attrs) -> None:
            self.skipping += tag in ("head", "style", "script")
            self.parts.append(" ")

        def handle_endtag(self, tag) -> None:
            self.skipping -= tag in ("head", "style", "script")
            self.parts.append(" ")

        def handle_data(self, data) -> None:
            if not self.skipping:
                self.parts.append(data)

    parser = Text()
    parser.feed(page)
    return "".join(parser.parts)


def test_every_free_text_field_is_drawn_from_and_most_are_printed(printed):
    assert len(FREE_TEXT) >= 20
    assert len(printed["md"]) >= len(FREE_TEXT) // 2
    assert all(("organisation", "name") in fields for fields in printed.values())


@settings(
    max_examples=EXAMPLES or 30,
    derandomize=FIXED,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
)
@given(values=st.dictionaries(st.sampled_from(FREE_TEXT), text, min_size=1, max_size=4))
def test_any_text_builds_and_shows_literally_or_fails_with_error(tmp_path_factory, printed, values):
    folder = tmp_path_factory.mktemp("fuzz")
    answers = folder / "a.yaml"
    source = answers_yaml(values)
    answers.write_text(source, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(answers), *outputs(folder)])
    assert not (result.exception and not isinstance(result.exception, SystemExit)), repr(result.exception)
    assert "Traceback" not in result.output
    if result.exit_code == 1:
        lines = result.stderr.splitlines()
        assert lines and all(line.startswith(f"Error: {answers}:") for line in lines), result.stderr
        assert not any((folder / name).exists() for name in ("a.md", "a.docx", "a.html")), sorted(folder.iterdir())
        event("refused with Error:")
        return
    event("built")
    assert result.exit_code == 0, result.output
    parsed = parse_answers(source, "a.yaml")
    shown = shown_text(folder)
    for path in values:
        answer = folded(field_value(parsed, path))
        variants = {answer, answer[:1].upper() + answer[1:]}  # capfirst at the start of a sentence
        for kind, text in shown.items():
            if path in printed[kind]:
                assert any(v in text for v in variants), (kind, path, answer, text[:500])
