"""The document's small parts behave as the frozen dataclasses they replaced: set once, compared, hashed, shown."""

from __future__ import annotations

import copy
import pickle
from dataclasses import FrozenInstanceError

import pytest

from generator.document import Clause, Link, ListBlock, Paragraph, Section, Table, Text
from generator.versions.redline import _strings

LINK = Link("https://example.org/", (Text("the site", bold=True),))
TABLE = Table(((Text("Who"),),), (((Text("the HR Team"),),),), caption="Contacts")
CLAUSE = Clause("s.c", "1.1", "Title", (Paragraph((Text("Read "), LINK)), ListBlock(True, ((Paragraph((Text("one"),)),),)), TABLE), (3,))


def test_equal_values_are_equal_and_hash_alike():
    assert Text("a", bold=True) == Text("a", True)
    assert hash(Text("a", bold=True)) == hash(Text("a", True))
    assert Text("a") != Text("a", bold=True)
    assert Text("a") != "a"
    assert Clause("s.c", "1.1", "T", ()) != Section("s.c", "1.1", "T", ())  # another kind of part, however alike
    assert len({Text("a"), Text("a"), Text("b")}) == 2


def test_a_value_cannot_be_changed():
    text = Text("a")
    with pytest.raises(FrozenInstanceError, match="cannot assign to field 'text'"):
        text.text = "b"  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError, match="cannot delete field 'bold'"):
        del text.bold  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        text.colour = "red"  # type: ignore[attr-defined]


def test_a_value_reads_as_a_dataclass_does():
    assert repr(Text("a")) == "Text(text='a', bold=False, italic=False)"
    assert repr(LINK) == "Link(url='https://example.org/', children=(Text(text='the site', bold=True, italic=False),))"
    assert TABLE.caption == "Contacts" and Table((), ()).caption == ""
    assert CLAUSE.sources == (3,) and Clause("s.c", "1.1", "T", ()).sources == ()


def test_a_value_survives_pickle_and_copy():
    assert pickle.loads(pickle.dumps(CLAUSE)) == CLAUSE
    assert copy.deepcopy(CLAUSE) == CLAUSE
    assert copy.copy(LINK) == LINK


def test_redline_finds_every_string_inside_the_values():
    assert list(_strings(CLAUSE)) == ["s.c", "1.1", "Title", "Read ", "https://example.org/", "the site", "one", "Who", "the HR Team", "Contacts"]


def test_a_value_keeps_its_hash_once_worked_out_and_it_is_not_a_field():
    clause = Clause("s.c", "1.1", "Title", (Paragraph((Text("Read "), LINK)), TABLE), (3,))
    assert hash(clause) == hash(clause._values()) == hash(CLAUSE.__class__(*clause._values()))
    assert clause._hash == hash(clause)  # kept, so a writer's cache looking the clause up again does not walk it again
    assert "_hash" not in Clause.__slots__ and repr(clause).startswith("Clause(id='s.c', number='1.1'")
    assert pickle.loads(pickle.dumps(clause)) == clause and copy.copy(clause) == clause
