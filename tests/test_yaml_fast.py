"""yamlfile's fast path: libyaml reads the text on the happy path, and must give exactly ruamel's data or step aside.

Each case is read both ways: by the fast reader (fast_data) and by ruamel's round-trip loader
with `plain`, as every build did before. The fast reader may decline (_UNSURE: ruamel then
reads the text), but whatever it returns must equal ruamel's data, value for value and type
for type (True is not 1, "2.10" is not 2.1). YAML 1.1 (libyaml's) and 1.2 (ruamel's) differ in
yes/no, octal 012, 1_000, sexagesimal 12:30 and more: every such case is here.
"""

from __future__ import annotations

import random
from pathlib import Path
from unittest import mock

import pytest

from generator import yamlfile
from generator.errors import PolicyError
from generator.yamlfile import _UNSURE, fast_data, load_yaml
from helpers import ROOT


def typed(value):
    """The data with every scalar's type beside it, so that True and 1, or 1.0 and "1.0", differ."""
    if isinstance(value, dict):
        return ("dict", [(typed(k), typed(v)) for k, v in value.items()])
    if isinstance(value, list):
        return ("list", [typed(v) for v in value])
    return (type(value).__name__, repr(value))


def ruamel_reading(text: str):
    """What load_yaml gives without the fast path: ruamel's tree as plain data, or the error messages."""
    with mock.patch.object(yamlfile, "fast_data", lambda text: _UNSURE):
        try:
            return typed(load_yaml(text, "f.yaml").data())
        except PolicyError as exc:
            return [str(p) for p in exc.problems]


def fast_reading(text: str):
    data = fast_data(text)
    return _UNSURE if data is _UNSURE else typed(data)


def load_yaml_reading(text: str):
    try:
        return typed(load_yaml(text, "f.yaml").data())
    except PolicyError as exc:
        return [str(p) for p in exc.problems]


SCALARS = [
    # YAML 1.1 booleans are text in 1.2; only true/false in three spellings are booleans
    "yes", "no", "Yes", "NO", "on", "off", "On", "y", "n", "Y", "N", "true", "True", "TRUE", "tRue", "false", "False", "FALSE",
    # null
    "null", "Null", "NULL", "nULL", "~", "",
    # integers: YAML 1.1 reads 012 as octal 10; 1.2 (ruamel) as 12
    "0", "-0", "+0", "7", "+12", "-12", "012", "0012", "08", "09", "0000", "123456789012345678901234567890",
    "1_000", "1__0", "_", "_1", "1_", "0b101", "0b", "0b_", "0b12", "0o17", "0o", "0o8", "0x1F", "0x1f", "0x", "0xg", "017",
    # floats: the written digits are kept as text ("2.10")
    "1.0", "2.10", "-2.10", "+2.10", "2.", "-0.0", "00.10", "0.", "10.000", "3.14159265358979323846264338327950288",
    ".5", "-.5", "+.5", "._", "1e3", "1E3", "1.5e3", "1.5e-3", "1.5E+3", "1e", "1_000.5", "1.5_0", "1" * 400 + ".0",
    ".inf", "-.inf", "+.inf", ".Inf", ".INF", ".nan", ".NaN", ".NAN", "inf", "nan",
    # sexagesimal numbers of YAML 1.1: text in 1.2
    "1:30", "12:30", "12:30:45", "190:20:30.15", "-1:30", "10:00",
    # dates and times stay text, for the model to judge
    "2026-10-01", "2026-02-30", "2026-1-1", "2026-10-01T10:00:00Z", "2026-10-01 10:00:00", "2026-10-01t10:00:00.5+01:00",
    # merge and value keys, other punctuation
    "<<", "=", "-", "--", "+", ".", "..", "1,000", "1.0.0", "0.1.2", "v1.0", "12e", "a b", "x:y", "é", "名前", "😀",
]

QUOTED = ["'{}'", '"{}"']


@pytest.mark.parametrize("scalar", SCALARS)
def test_a_plain_value_reads_as_ruamel_reads_it(scalar):
    for text in (f"key: {scalar}\n", f"- {scalar}\n", f"[{scalar}]\n" if scalar else "[]\n", f"{{k: {scalar}}}\n"):
        fast = fast_reading(text)
        assert fast is _UNSURE or fast == ruamel_reading(text), text
        assert load_yaml_reading(text) == ruamel_reading(text), text


@pytest.mark.parametrize("scalar", SCALARS)
def test_a_quoted_value_is_always_text(scalar):
    for quoting in QUOTED:
        text = f"key: {quoting.format(scalar)}\n"
        assert fast_reading(text) == ruamel_reading(text) == typed({"key": scalar})


@pytest.mark.parametrize("scalar", SCALARS)
def test_a_plain_key_reads_as_ruamel_reads_it(scalar):
    text = f"{scalar}: value\n" if scalar else ": value\n"
    fast = fast_reading(text)
    assert fast is _UNSURE or fast == ruamel_reading(text), text
    assert load_yaml_reading(text) == ruamel_reading(text)


def test_the_yaml_1_1_differences_read_as_ruamel_reads_them():
    """What the brief names: yes/no, 012, 1_000, dates and sexagesimal numbers, as answers have always read."""
    data = load_yaml("a: yes\nb: no\nc: 012\nd: 1_000\ne: 2026-10-01\nf: 12:30\ng: 1.10\nh: on\n", "f.yaml").data()
    assert typed(data) == typed({"a": "yes", "b": "no", "c": 12, "d": 1000, "e": "2026-10-01", "f": "12:30", "g": "1.10", "h": "on"})


def test_the_fast_reader_reads_ordinary_values_itself():
    """Plain text, booleans, nulls, whole numbers and decimals: no detour through ruamel."""
    for scalar in ("yes", "true", "FALSE", "null", "~", "", "012", "-7", "2.10", "2026-10-01", "12:30", "Northshire Council"):
        assert fast_reading(f"key: {scalar}\n") is not _UNSURE, scalar


@pytest.mark.parametrize("scalar", ["1_000", "0x1F", "0o17", "0b101", "1e3", ".5", ".inf", ".nan", "<<", "=", "_"])
def test_numbers_written_unusually_go_to_ruamel(scalar):
    assert fast_reading(f"key: {scalar}\n") is _UNSURE


DOCUMENTS = {
    "empty": "",
    "comment only": "# nothing\n",
    "explicit start": "---\na: 1\n",
    "explicit start and end": "---\na: 1\n...\n",
    "start alone": "---\n",
    "null document": "~\n",
    "scalar document": "just text\n",
    "sequence document": "- a\n- b\n",
    "no final newline": "a: 1\nb: two",
    "windows line ends": "a: 1\r\nb:\r\n  - x\r\n  - y\r\n",
    "nested": "a:\n  b:\n    c: [1, {d: e}, [f, g]]\n  h: ~\n",
    "sequence of mappings": "items:\n  - name: A\n    role: x\n  -   name: B\n  -\n    name: C\n",
    "indented sequence": "items:\n- a\n- b\n",
    "flow with trailing comma": "a: [1, 2, ]\nb: {c: d, }\n",
    "multi-line plain": "a: one\n  two\n\n  three\n",
    "multi-line quoted": 'a: "one\n  two\\\n  three"\n',
    "escapes": 'a: "\\x41\\u00e9\\t\\N\\_\\L\\P\\0\\e"\n',
    "single quotes": "a: 'it''s'\n",
    "literal block": "a: |\n  line 1\n  line 2\n\nb: x\n",
    "literal keep": "a: |+\n  line\n\n\nb: x\n",
    "literal strip": "a: |-\n  line\n\n",
    "literal at the end": "a: |\n  line\n\n\n",
    "folded": "a: >\n  one\n  two\n\n  three\n    indented\n",
    "folded with indent": "a: >2\n   lead\n  next\n",
    "comments everywhere": "# top\na: 1 # after\n# between\nb: # empty\n  - x # item\n",
    "hash inside": "a: b#c\nb: 'x # y'\nc: x#\n",
    "colon inside": "a: http://example.org/x\nb: 'a: b'\nc: x:y\n",
    "flow colon": "a: [http://example.org]\n",
    "flow colon no space": "a: [x:y]\n",
    "tab in value": "a: x\ty\n",
    "tab indentation": "a:\n\tb: 1\n",
    "unicode": "name: Cyngor Sir Ceredigion — ‘Ceri’ 😀\n",
    "next line characters": "a: one\u2028two\nb: x\u0085y\n",
    "byte order mark inside": "a: x\ufeffy\n",
    "control character": "a: x\x07y\n",
    "null byte": "a: x\x00y\n",
    "delete character": "a: x\x7fy\n",
    "anchor and alias": "a: &x 1\nb: *x\n",
    "anchored mapping": "a: &m {k: v}\nb: *m\n",
    "anchor alone": "a: &x 1\n",
    "undefined alias": "a: *nothing\n",
    "merge": "base: &b {x: 1}\nc:\n  <<: *b\n  y: 2\n",
    "tag python": "title: !!python/object/apply:os.system [echo hi]\n",
    "tag str": "a: !!str 12\n",
    "tag int": "a: !!int '12'\n",
    "local tag": "a: !thing x\n",
    "non-specific tag": "a: ! 12\n",
    "tag on mapping": "a: !!map {k: v}\n",
    "tag set": "a: !!set {x, y}\n",
    "duplicate key": "name: A\nname: B\n",
    "duplicate in flow": "a: {k: 1, k: 2}\n",
    "duplicate quoted": "a: 1\n'a': 2\n",
    "int and text keys": "1: a\n'1': b\n",
    "bool key": "true: a\n",
    "null key": "null: a\n",
    "empty key": ": a\n",
    "complex key": "? [a, b]\n: c\n",
    "explicit key": "? a\n: b\n",
    "yaml 1.1 directive": "%YAML 1.1\n---\na: yes\nb: 012\n",
    "yaml 1.2 directive": "%YAML 1.2\n---\na: yes\n",
    "tag directive": "%TAG !e! tag:example.org,2026:\n---\na: !e!x 1\n",
    "two documents": "a: 1\n---\nb: 2\n",
    "syntax error": "a: [x\n",
    "bad indentation": "a:\n  - b\n c: d\n",
    "unclosed quote": "a: 'open\n",
    "long key": "k" * 1100 + ": v\n",
    "deep": "a: " + "[" * 50 + "]" * 50 + "\n",
    "percent in value": "a: 100%\nb: '%x'\n",
    "reserved indicator": "a: @x\n",
    "backtick": "a: `x`\n",
    "question mark value": "a: ?x\n",
    "dash value": "a: -x\nb: - x\n",
    "comment right after a block header": "a: >#2\n  x\n",
    "block header with comment": "a: |-  # note\n  x\n",
    "block after a line of spaces": "a: >-\n \n   more indented\n",
    "block after an empty line": "a: >-\n\n   text\n",
    "lone carriage return": "a: 1\rb: 2\r",
}


@pytest.mark.parametrize("name", DOCUMENTS)
def test_a_document_reads_as_ruamel_reads_it(name):
    text = DOCUMENTS[name]
    fast = fast_reading(text)
    assert fast is _UNSURE or fast == ruamel_reading(text)
    assert load_yaml_reading(text) == ruamel_reading(text)  # data and error messages alike


@pytest.mark.parametrize(
    "name",
    [
        "anchor and alias", "merge", "tag python", "tag str", "non-specific tag", "duplicate key", "duplicate in flow", "duplicate quoted",
        "int and text keys", "bool key", "yaml 1.1 directive", "two documents", "syntax error", "next line characters", "byte order mark inside",
        "tab in value", "comment right after a block header", "block after a line of spaces", "lone carriage return",
    ],
)
def test_what_the_fast_reader_may_read_otherwise_goes_to_ruamel(name):
    assert fast_reading(DOCUMENTS[name]) is _UNSURE


def test_random_documents_read_as_ruamel_reads_them():
    """Documents made of the tricky values above, nested in block and flow styles, keys and values alike."""
    rng = random.Random(14)
    pieces = [s for s in SCALARS if len(s) < 40] + ["Northshire Council", "a", "key", "The team", "x y"] * 10
    words = ["name", "role", "scope", "key", "x y", "Northshire"]

    def value(depth: int) -> str:
        roll = rng.random()
        if depth < 2 and roll < 0.15:
            return "[" + ", ".join(value(depth + 1) for _ in range(rng.randint(0, 3))) + "]"
        if depth < 2 and roll < 0.25:
            return "{" + ", ".join(f"{rng.choice(pieces) or 'k'}: {value(depth + 1)}" for _ in range(rng.randint(0, 3))) + "}"
        scalar = rng.choice(pieces)
        return rng.choice(QUOTED).format(scalar) if rng.random() < 0.2 else scalar

    def block(depth: int) -> list[str]:
        lines = []
        for _ in range(rng.randint(1, 4)):
            key = rng.choice(pieces) if rng.random() < 0.1 else rng.choice(words)
            roll = rng.random()
            if depth < 2 and roll < 0.2:
                lines += [f"{key}:"] + ["  " + line for line in block(depth + 1)]
            elif depth < 2 and roll < 0.35:
                lines += [f"{key}:"] + [f"  - {value(depth + 1)}" for _ in range(rng.randint(1, 3))]
            else:
                lines.append(f"{key}: {value(depth)}")
        return lines

    taken = 0
    for _ in range(400):
        text = "\n".join(block(0)) + "\n"
        fast = fast_reading(text)
        if fast is not _UNSURE:
            taken += 1
            assert fast == ruamel_reading(text), text
    assert taken > 100  # many documents are read by the fast reader itself


def every_yaml_file_we_ship() -> list[Path]:
    return sorted([*(ROOT / "examples").glob("*.yaml"), *(ROOT / "clauses").glob("*.yaml"), *(ROOT / "clauses" / "data").glob("*.yaml")])


@pytest.mark.parametrize("path", every_yaml_file_we_ship(), ids=lambda p: str(p.relative_to(ROOT)))
def test_every_answers_and_library_file_is_read_fast_and_the_same(path):
    text = path.read_text(encoding="utf-8")
    assert fast_reading(text) is not _UNSURE
    assert fast_reading(text) == ruamel_reading(text)


def test_every_clause_front_matter_is_read_fast_and_the_same():
    for path in sorted((ROOT / "clauses").glob("*/*.md")):
        lines = path.read_text(encoding="utf-8").split("\n")
        end = lines.index("---", 1)
        front = "\n".join(lines[1:end])
        assert fast_reading(front) is not _UNSURE, path
        assert fast_reading(front) == ruamel_reading(front), path


def test_lines_are_found_after_a_fast_read():
    located = load_yaml("a: 1\nb:\n  - x\n  - y: 2\n", "f.yaml", first_line=3)
    assert located.data() == {"a": 1, "b": ["x", {"y": 2}]}
    assert [located.line(("a",)), located.line(("b", 1, "y"))] == [3, 6]
