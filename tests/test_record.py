"""Records behave as the dataclasses they replaced: made with defaults, frozen, compared, hashed, shown, copied."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from dataclasses import FrozenInstanceError

import pytest

from generator.errors import Problem
from generator.library import schema
from generator.library.model import Edition, Library
from generator.record import Record, field


class Contact(Record):
    name: str
    email: str | None = None
    teams: list[str] = field(default_factory=list)
    seen: dict[str, int] = field(default_factory=dict, compare=False, repr=False)


def test_arguments_fill_fields_in_order_then_by_name_then_from_defaults():
    contact = Contact("HR", teams=["a"])
    assert (contact.name, contact.email, contact.teams, contact.seen) == ("HR", None, ["a"], {})
    assert Contact("HR").teams is not Contact("HR").teams  # a factory makes a new one each time
    assert Contact.field_names() == ("name", "email", "teams", "seen")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: Contact(), "Contact() missing required argument: 'name'"),
        (lambda: Contact("a", "b", [], {}, 5), "Contact() takes 4 arguments but 5 were given"),
        (lambda: Contact("a", nmae="b"), "Contact() got an unexpected keyword argument 'nmae'"),
        (lambda: Contact("a", name="b"), "Contact() got multiple values for argument 'name'"),
    ],
)
def test_wrong_arguments_are_refused_as_a_dataclass_refuses_them(make, message):
    with pytest.raises(TypeError, match=rf"^{message}$".replace("(", r"\(").replace(")", r"\)")):
        make()


def test_a_field_without_a_default_after_one_with_is_refused_when_the_class_is_made():
    with pytest.raises(TypeError, match="non-default argument 'b' follows default argument"):

        class Bad(Record):
            a: int = 1
            b: int


def test_a_frozen_record_cannot_be_changed_and_replace_copies_it_with_changes():
    problem = Problem("missing", "a.yaml", 3, "document.title")
    with pytest.raises(FrozenInstanceError, match="cannot assign to field 'line'"):
        problem.line = 4  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError, match="cannot delete field 'line'"):
        del problem.line  # type: ignore[misc]
    moved = problem.replace(line=4)
    assert (moved.message, moved.file, moved.line, moved.field) == ("missing", "a.yaml", 4, "document.title")
    assert problem.line == 3


def test_equal_records_are_equal_and_frozen_ones_hash_alike():
    assert Problem("a", "f", 1) == Problem("a", "f", 1)
    assert hash(Problem("a", "f", 1)) == hash(Problem("a", "f", 1))
    assert Problem("a", "f", 1) != Problem("a", "f", 2)
    assert Problem("a") != ("a", None, None, None)
    assert len({Problem("a"), Problem("a"), Problem("b")}) == 2
    assert Contact("HR", seen={"x": 1}) == Contact("HR")  # compare=False
    with pytest.raises(TypeError, match="unhashable"):
        hash(Library("1", [], {}))  # not frozen, so not hashable: as a dataclass


def test_a_record_not_frozen_can_be_changed():
    library = Library("1", [], {})
    library.version = "2"
    assert library == Library("2", [], {})


def test_a_record_is_shown_pickled_and_copied_as_a_dataclass_is():
    assert repr(Problem("a", line=2)) == "Problem(message='a', file=None, line=2, field=None)"
    assert repr(Contact("HR", seen={"x": 1})) == "Contact(name='HR', email=None, teams=[])"  # repr=False
    problem = Problem("a", "f", 1, "x")
    assert pickle.loads(pickle.dumps(problem)) == problem
    assert copy.copy(problem) == problem and copy.deepcopy(Contact("HR", teams=["a"])) == Contact("HR", teams=["a"])


def test_the_editions_a_build_reads_have_the_fields_and_defaults_the_file_is_checked_against():
    shape = schema.Edition.model_fields
    assert set(Edition.field_names()) == set(shape)
    made = Edition(about="x", take="all")
    for name, info in shape.items():
        if not info.is_required():
            assert getattr(made, name) == info.get_default(call_default_factory=True), name
    assert not dataclasses.is_dataclass(made)  # made without the code dataclass compiles


@pytest.mark.parametrize("name", ["Partly", "Sources", "ChangeNote", "OutlineSection", "Taken", "Edition"])
def test_each_record_a_build_uses_has_the_fields_of_the_shape_its_file_is_checked_against(name):
    from generator.library import model, sources_schema

    shape = getattr(schema, name, None) or getattr(sources_schema, name)
    assert set(getattr(model, name).field_names()) == set(shape.model_fields)
