"""yamlfile: YAML with the line of every key and item, and pydantic's errors as Problems at those lines."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import BaseModel, ConfigDict, Field

from generator.errors import PolicyError
from generator.yamlfile import field_path, load_yaml, validate

NESTED = """\
top:
  key: 1
  list:
    - one
    - {k: v}
    -
      k2: v2
other: x
"""


@pytest.mark.parametrize(
    "path, line",
    [
        ((), 1),
        (("top",), 1),
        (("top", "key"), 2),
        (("top", "list"), 3),
        (("top", "list", 0), 4),
        (("top", "list", 1), 5),
        (("top", "list", 1, "k"), 5),  # a flow mapping: on its item's line
        (("top", "list", 2), 7),  # a dash alone on its line: the item starts where its content does
        (("top", "list", 2, "k2"), 7),
        (("other",), 8),
        (("top", "missing"), 1),  # the deepest part that exists
        (("top", "list", 9), 3),
        (("nowhere", "at all"), 1),
    ],
)
def test_the_line_of_every_key_and_item(path, line):
    assert load_yaml(NESTED, "f.yaml").line(path) == line


def test_front_matter_lines_count_from_the_line_it_starts_on():
    located = load_yaml("id: intro.purpose\ntitle: Purpose\nwhen: scope.students\n", "clauses/intro/purpose.md", first_line=2)
    assert [located.line((key,)) for key in ("id", "title", "when")] == [2, 3, 4]
    assert located.line(()) == 2


def problems(text: str, first_line: int = 1) -> list[str]:
    with pytest.raises(PolicyError) as caught:
        load_yaml(text, "f.yaml", first_line)
    return [str(p) for p in caught.value.problems]


@pytest.mark.parametrize(
    "text, message",
    [
        ("a: [x\n", "f.yaml:2: not valid YAML: expected ',' or ']', but got '<stream end>'"),
        ("a:\n  - b\n c: d\n", "f.yaml:3: not valid YAML: expected <block end>, but found '<block mapping start>'"),
        ("a: 'open\n", "f.yaml:2: not valid YAML: found unexpected end of stream"),
        ("a:\n\tb: 1\n", "f.yaml:2: not valid YAML: found character '\\t' that cannot start any token; indent with spaces, not tabs, and put text that holds a tab in quotes"),
        ("a: &x 1\nb: *y\n", "f.yaml:2: not valid YAML: found undefined alias 'y'"),
        ("name: A\nname: B\n", 'f.yaml:2: not valid YAML: found duplicate key "name" with value "B" (original value: "A")'),
    ],
)
def test_a_syntax_error_is_a_problem_at_its_line(text, message):
    assert problems(text) == [message]


def test_a_syntax_error_in_front_matter_is_at_its_line_in_the_file():
    assert problems("id: x\ntitle: [Purpose\n", first_line=2) == ["f.yaml:4: not valid YAML: expected ',' or ']', but got '<stream end>'"]
    assert problems("id: x\nid: y\n", first_line=2) == ['f.yaml:3: not valid YAML: found duplicate key "id" with value "y" (original value: "x")']


def test_dates_are_left_as_text_for_the_model_to_judge():
    data = load_yaml("real: 2026-10-01\nimpossible: 2026-02-30\ntimed: 2026-10-01 10:00:00\n", "f.yaml").data()
    assert data == {"real": "2026-10-01", "impossible": "2026-02-30", "timed": "2026-10-01 10:00:00"}


def test_numbers_with_a_point_keep_the_text_written():
    data = load_yaml("a: 2.10\nb: 1.0\nc: 2.0\nd: -1.25\ne: 10\n", "f.yaml").data()
    assert data == {"a": "2.10", "b": "1.0", "c": "2.0", "d": "-1.25", "e": 10}


def test_plain_values_are_plain_python():
    data = load_yaml("yes_no: true\nempty:\nnull_: null\nword: yes\nlist: [a, 1]\nmap: {k: v}\n", "f.yaml").data()
    assert data == {"yes_no": True, "empty": None, "null_": None, "word": "yes", "list": ["a", 1], "map": {"k": "v"}}
    assert [type(v) for v in data.values()] == [bool, type(None), type(None), str, list, dict]


def test_empty_text_is_an_empty_mapping():
    assert load_yaml("", "f.yaml").data() == {}
    assert load_yaml("# only a comment\n", "f.yaml").data() == {}


def test_a_tag_is_never_constructed():
    """YAML tags name Python objects; the loader keeps them as data, which no model accepts as text."""
    with pytest.raises(PolicyError) as caught:
        validate(Policy, load_yaml("title: !!python/object/apply:os.system [echo hi]\n", "f.yaml"), "f.yaml")
    [problem] = caught.value.problems
    assert (problem.file, problem.line, problem.field) == ("f.yaml", 1, "title")
    assert problem.message.endswith(" is not text: write the answer as text")


# ------------------------------------------------------------------ validation against a model


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Contact(Strict):
    name: str
    email: str | None = None


class Policy(Strict):
    title: str
    version: str = "1.0"
    review_months: int = Field(12, ge=6, le=36)
    approved_on: dt.date | None = None
    contacts: list[Contact] = []


def errors(text: str, first_line: int = 1) -> list[str]:
    with pytest.raises(PolicyError) as caught:
        validate(Policy, load_yaml(text, "f.yaml", first_line), "f.yaml")
    return [str(p) for p in caught.value.problems]


def test_valid_text_gives_the_model_with_versions_and_dates_as_written():
    policy = validate(Policy, load_yaml("title: T\nversion: 2.10\napproved_on: 2026-10-01\n", "f.yaml"), "f.yaml")
    assert policy == Policy(title="T", version="2.10", approved_on=dt.date(2026, 10, 1))


def test_every_error_is_reported_at_once_in_line_order():
    text = "title: T\nreview_months: 40\ncontacts:\n  - name: A\n  - name: B\n    emial: b@example.org\n  - {name: C, phone: 1}\nversoin: 2\n"
    assert errors(text) == [
        "f.yaml:2: review_months: 40 is too large: the most allowed is 36",
        "f.yaml:6: contacts[1].emial: unknown key; did you mean 'email'? Allowed here: name, email",
        "f.yaml:7: contacts[2].phone: unknown key; allowed here: name, email",
        "f.yaml:8: versoin: unknown key; did you mean 'version'? Allowed here: title, version, review_months, approved_on, contacts",
    ]


def test_wrong_kinds_of_value():
    assert errors("title: [a]\nreview_months: two\ncontacts: x\n") == [
        "f.yaml:1: title: ['a'] is not text: write the answer as text",
        "f.yaml:2: review_months: 'two' is not a whole number",
        "f.yaml:3: contacts: 'x' is not a list: write one '- item' per line",
    ]
    assert errors("title: T\ncontacts:\n  - just a name\n") == [
        "f.yaml:3: contacts[0]: 'just a name' is not a group of answers: expected 'key: value' lines indented below"
    ]


def test_an_impossible_date_is_an_error_at_its_field():
    assert errors("title: T\napproved_on: 2026-02-30\n") == [
        "f.yaml:2: approved_on: '2026-02-30' is not a real date (day value is outside expected range): write it as YYYY-MM-DD"
    ]


def test_a_missing_answer_is_at_the_top_and_a_list_is_not_a_mapping():
    assert errors("") == ["f.yaml:1: title: required, but missing"]
    assert errors("- title\n") == ["f.yaml:1: expected a mapping of keys to answers at the top level"]


def test_validation_errors_in_front_matter_are_at_their_line_in_the_file():
    assert errors("title: T\ncolour: red\n", first_line=2) == [
        "f.yaml:3: colour: unknown key; allowed here: title, version, review_months, approved_on, contacts"
    ]


@pytest.mark.parametrize("loc, path", [(("a", 0, "b", 2), "a[0].b[2]"), (("scope",), "scope"), ((), "")])
def test_field_path(loc, path):
    assert field_path(loc) == path


def test_the_refused_characters_are_exactly_those_outside_what_yaml_allows():
    # _UNREADABLE names the refused characters; YAML (and ruamel's Reader.NON_PRINTABLE) names the allowed ones.
    import re

    from generator.yamlfile import _UNREADABLE

    allowed = re.compile("[\x09\x0A\x0D\x20-\x7E\xA0-\uD7FF\uE000-\uFFFD\U00010000-\U0010FFFF]")
    every = "".join(map(chr, range(0x110000)))
    refused = [m.start() for m in _UNREADABLE.finditer(every)]
    assert refused == [i for i, c in enumerate(every) if not allowed.match(c)]
    assert len(refused) == 2112 and "\x85" in "".join(every[i] for i in refused)
