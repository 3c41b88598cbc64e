"""compose/select: which clauses apply, the organisation's exclusions, numbering, and cross-references."""

from __future__ import annotations

import pytest

from generator.answers import parse_answers
from generator.compose.context import clause_context
from generator.compose.select import reference_resolver, select
from generator.errors import PolicyError
from helpers import MINIMAL_ANSWERS, clause_file

CHARITY = MINIMAL_ANSWERS.replace("type: local_authority", "type: charity")


def answers(extra: str = "", base: str = MINIMAL_ANSWERS):
    """The base answers (five lines: a council in England) and more lines from line 6, as a.yaml."""
    return parse_answers(base + extra, "a.yaml")


def selected(library, extra: str = "", base: str = MINIMAL_ANSWERS) -> list[tuple[str, str, str]]:
    """(clause id, number, section number) of each clause that applies, in order."""
    given = answers(extra, base)
    return [(s.clause.id, s.number, s.section_number) for s in select(given, library, clause_context(given, library))]


def problems(library, extra: str = "") -> list[str]:
    given = answers(extra)
    with pytest.raises(PolicyError) as caught:
        select(given, library, clause_context(given, library))
    return [str(problem) for problem in caught.value.problems]


EVERY_CLAUSE = [
    ("intro.purpose", "1.1", "1"),
    ("intro.scope", "1.2", "1"),
    ("students.placement", "2.1", "2"),
    ("students.supervision", "2.2", "2"),
    ("accounts.approval", "3.1", "3"),
    ("council.checks", "4.1", "4"),
    ("control.owner", "5.1", "5"),
]

# ------------------------------------------------------------------ conditions


def test_with_the_default_answers_every_condition_holds_for_a_council(library):
    assert selected(library()) == EVERY_CLAUSE


def test_a_when_on_an_answer_drops_the_clause_and_renumbers_the_rest_of_its_section(library):
    assert selected(library(), "supervision: {standing_item: false}\n") == [
        c for c in EVERY_CLAUSE if c[0] != "students.supervision"
    ]


def test_a_section_whose_clauses_all_fall_away_goes_and_later_sections_move_up(library):
    assert selected(library(), "scope: {students: false}\nofficial_accounts: {exist: false}\n") == [
        ("intro.purpose", "1.1", "1"),
        ("intro.scope", "1.2", "1"),
        ("council.checks", "2.1", "2"),
        ("control.owner", "3.1", "3"),
    ]


def test_a_when_on_a_derived_fact(library):
    """council comes from organisation.type: a council is one (above), a charity is not."""
    assert selected(library(), base=CHARITY) == [
        ("intro.purpose", "1.1", "1"),
        ("intro.scope", "1.2", "1"),
        ("students.placement", "2.1", "2"),
        ("students.supervision", "2.2", "2"),
        ("accounts.approval", "3.1", "3"),
        ("control.owner", "4.1", "4"),
    ]


def test_a_condition_that_cannot_be_evaluated_is_an_error_at_its_when_line(library):
    broken = library({"council/checks.md": clause_file("council.checks", "Checks", "Text.\n", when="scope.student")})
    assert problems(broken) == [
        "clauses/council/checks.md:4: when: the condition cannot be evaluated: unknown variable: no answer or fact called "
        "'student'; the names a clause can use are listed in clauses/README.md (answers: `policygen questions`)"
    ]


# ------------------------------------------------------------------ exclusions


def test_an_excluded_clause_is_left_out_and_the_rest_renumbered(library):
    assert selected(library(), "customise:\n  exclude: [intro.purpose, accounts.approval]\n") == [
        ("intro.scope", "1.1", "1"),
        ("students.placement", "2.1", "2"),
        ("students.supervision", "2.2", "2"),
        ("council.checks", "3.1", "3"),
        ("control.owner", "4.1", "4"),
    ]


def test_an_exclusion_that_is_no_clause_is_named_at_its_line_with_the_nearest_id(library):
    assert problems(library(), "customise:\n  exclude:\n    - intro.purpose\n    - intro.scop\n") == [
        "a.yaml:9: customise.exclude[1]: 'intro.scop' is not a clause id; did you mean 'intro.scope'? See `policygen clauses` for the ids."
    ]


def test_an_exclusion_with_no_close_id_is_still_a_sentence(library):
    assert problems(library(), "customise:\n  exclude: [zzz.qqq]\n") == [
        "a.yaml:7: customise.exclude[0]: 'zzz.qqq' is not a clause id. See `policygen clauses` for the ids."
    ]


def test_every_bad_exclusion_and_broken_condition_is_reported_at_once(library):
    broken = library({"council/checks.md": clause_file("council.checks", "Checks", "Text.\n", when="scope.student")})
    assert problems(broken, "customise:\n  exclude:\n    - intro.scop\n    - control.ownr\n") == [
        "a.yaml:8: customise.exclude[0]: 'intro.scop' is not a clause id; did you mean 'intro.scope'? See `policygen clauses` for the ids.",
        "a.yaml:9: customise.exclude[1]: 'control.ownr' is not a clause id; did you mean 'control.owner'? See `policygen clauses` for the ids.",
        "clauses/council/checks.md:4: when: the condition cannot be evaluated: unknown variable: no answer or fact called "
        "'student'; the names a clause can use are listed in clauses/README.md (answers: `policygen questions`)",
    ]


# ------------------------------------------------------------------ cross-references


def resolver(library, extra: str = ""):
    given = answers(extra)
    return reference_resolver(select(given, library, clause_context(given, library)), library, given)


def test_a_reference_gives_the_number_in_this_policy(library):
    xref = resolver(library(), "scope: {students: false}\n")
    assert (xref("intro.scope"), xref("accounts.approval"), xref("control.owner")) == ("1.2", "2.1", "4.1")


def test_a_reference_to_an_excluded_clause_says_how_to_fix_it(library):
    xref = resolver(library(), "customise: {exclude: [accounts.approval]}\n")
    with pytest.raises(PolicyError) as caught:
        xref("accounts.approval")
    assert str(caught.value) == "refers to [[accounts.approval]], which customise.exclude leaves out; exclude this clause too, or keep accounts.approval"


def test_a_reference_to_a_clause_that_does_not_apply_names_its_condition(library):
    xref = resolver(library(), "official_accounts: {exist: false}\n")
    with pytest.raises(PolicyError) as caught:
        xref("accounts.approval")
    assert str(caught.value) == (
        "refers to [[accounts.approval]], which does not apply to these answers (its condition: official_accounts.exist); "
        "give this clause a condition that implies it"
    )
