"""Editions (clauses/data/editions.yaml): the quick guide, the carers' and the students' editions, from the same answers."""

from __future__ import annotations

import re
import shutil

import pytest

from generator import prepare
from generator.errors import PolicyError
from generator.files import data_dir
from generator.library import load_library
from generator.writers import html, markdown
from helpers import EXAMPLES, ROOT

BY_NAME = {path.stem: path for path in EXAMPLES}
# What only binds staff: a carers' or students' edition never sends its reader to these.
STAFF_ONLY = ["your manager", "line manager", "work device", "as it does to staff", "this section is written for you", "the rest of the policy is written for staff. it applies to you only"]


def edition(name: str, example: str):
    return prepare(BY_NAME[example], edition=name)


def ids(built) -> list[str]:
    return [clause.id for clause in built.document.clauses()]


def text(built) -> str:
    return markdown.render(built.document).decode()


def numbers(built) -> dict[str, str]:
    return {clause.id: clause.number for clause in built.document.clauses()}


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_the_full_edition_is_the_policy_and_takes_no_edition_clause(path):
    full = prepare(path)
    assert full.edition == "full"
    assert full.document == prepare(path, edition="full").document
    assert not [clause_id for clause_id in ids(full) if clause_id.split(".")[0] in ("quick", "guide", "guide-contacts")]


def test_the_quick_guide_names_the_full_policy_by_title_version_and_date():
    built = edition("quick", "northshire-council")
    assert ids(built) == ["quick.do", "quick.dont", "quick.contacts", "quick.full-policy"]
    assert built.document.meta.title == "Social media: the quick guide for staff"
    assert built.document.brief
    assert "This guide summarises our Social media policy for social care staff, version 2.1, approved on " in text(built)


def test_a_draft_quick_guide_says_the_policy_is_a_draft():
    assert "This guide summarises our Social media policy, version 0.3, which is still a draft." in text(edition("quick", "clydeview-family-support"))


@pytest.mark.parametrize("example", ["northshire-council", "eastwold-university"])
def test_the_quick_guide_cites_the_full_policys_clause_numbers(example):
    full = numbers(prepare(BY_NAME[example]))
    body = text(edition("quick", example))
    assert f"on your personal accounts ({full['boundaries.friends']})." in body
    assert f"in personal group chats ({full['boundaries.colleagues']})." in body
    assert f"as soon as you can ({full['support.reporting']})." in body


def test_every_quick_guide_contact_has_a_means_of_contact():
    for path in EXAMPLES:
        body = text(prepare(path, edition="quick"))
        rows = re.findall(r"^\| (.+) \| (.+) \| (.*) \|$", body.split("### 1.3 Who to contact")[1].split("###")[0], re.M)
        assert len(rows) == 8, path.stem  # the header, its rule and six teams
        assert all(reach.strip() for _, _, reach in rows), path.stem


def test_the_carers_edition_takes_the_rules_that_bind_carers_in_outline_order():
    built = edition("carers", "brightwater-fostering")
    assert built.document.meta.title == "Social media: the rules for carers"
    assert ids(built) == [
        "guide.carers",
        "privacy.settings",
        "privacy.identity",
        "privacy.family",
        "confidentiality.data-protection",
        "confidentiality.sharing",
        "confidentiality.found-online",
        "official.none",
        "fostering.agreement",
        "fostering.children",
        "fostering.birth-family",
        "fostering.after-care",
        "fostering.concerns",
        "learning.carers",
        "support.carers",
        "breaches.concerns",
        "breaches.mistakes",
        "breaches.data",
        "breaches.carer-devices",
        "guide-contacts.carers",
    ]


def test_the_carers_edition_is_written_to_carers():
    body = text(edition("carers", "brightwater-fostering"))
    assert "This guide is for the foster carers that Brightwater approves or supports." in body
    assert "This guide sets out every rule of our social media policy that applies to you.\nThe rest of the policy is written for staff, and does not bind you." in body
    assert "4. tell the child's social worker and your supervising social worker the same day." in body
    assert "If you find this happening:" in body
    assert "tell your supervising social worker the same day;" in body
    assert "ask your supervising social worker or the Data Protection Lead first." in body
    assert "but do not take a screenshot: it would put the information on your own device;" in body
    assert "not to say that you care for someone for us." in body
    assert "photos of colleagues" not in body
    # a clause the edition leaves out is cited by its number in the full policy
    former = numbers(prepare(BY_NAME["brightwater-fostering"]))["boundaries.former"]
    assert f"in clause {former} of the full policy, does not stop you" in body


@pytest.mark.parametrize("name", ["carers", "students"])
def test_an_audience_edition_holds_nothing_that_only_binds_staff(name):
    for path in EXAMPLES:
        try:
            body = text(prepare(path, edition=name)).lower()
        except PolicyError:
            continue  # not an edition this organisation gets
        found = [phrase for phrase in STAFF_ONLY if phrase in body]
        assert not found, (path.stem, found)


@pytest.mark.parametrize("name", ["carers", "students"])
def test_every_contact_in_an_audience_edition_has_a_means(name):
    for path in EXAMPLES:
        try:
            body = text(prepare(path, edition=name))
        except PolicyError:
            continue
        table = body.split("## ")[-1]
        rows = re.findall(r"^\| (.+) \| (.+) \| (.*) \|$", table, re.M)
        assert len(rows) >= 4, path.stem
        assert all(reach.strip() for _, _, reach in rows), path.stem
        assert "If someone is in immediate danger, call 999." in table


# Words for staff that crept into the audience editions once: each edition's reader has no colleagues
# of ours (carers), no work accounts of ours (carers), and a guide that is complete without the full policy.
NOT_FOR = {
    "carers": ["your colleagues", "a colleague's post", "used against you at work", "signed in to a work account", "people who use our services, colleagues"],
    "students": ["if you are a foster carer", "of the full policy is for you too", "used against you at work"],
}
CONTACT_VERBS = re.compile(r"\b(tell|contact|talk to|ask|go to|report[^.]* to|call)\b", re.I)


def audience_editions():
    for path in EXAMPLES:
        for name in ("carers", "students"):
            try:
                yield path.stem, name, prepare(path, edition=name)
            except PolicyError:
                continue  # not an edition this organisation gets


@pytest.mark.parametrize("name", ["carers", "students"])
def test_an_audience_edition_has_no_words_for_staff(name):
    checked = 0
    for stem, edition_name, built in audience_editions():
        if edition_name != name:
            continue
        body = " ".join(text(built).lower().split())
        assert [phrase for phrase in NOT_FOR[name] if phrase in body] == [], stem
        checked += 1
    assert checked >= 5


def test_everyone_an_audience_edition_sends_its_reader_to_is_in_its_contacts_table_or_has_a_means_there():
    from generator.compose.context import clause_context

    checked = 0
    for stem, name, built in audience_editions():
        body = text(built)
        table = body.split("## ")[-1]
        listed = {who.lower() for _, who, _ in re.findall(r"^\| (.+) \| (.+) \| (.*) \|$", table, re.M)}
        values = clause_context(built.answers, built.library, name)
        teams = [route["name"] for route in values["routes"] if not route["personal"]]
        if built.answers.scope.foster_carers:
            teams.append(built.answers.fostering.out_of_hours.name)
        prose = body[: body.rindex("## ")]  # all but the contacts table
        for sentence in re.split(r"(?<=[.;:])\s", prose):
            if not CONTACT_VERBS.search(sentence):
                continue
            for team in teams:
                if team.lower() in sentence.lower():
                    means = re.search(r"\d{3,}|@|https?://", sentence)
                    assert team.lower() in listed or means, (stem, name, team, sentence)
                    checked += 1
    assert checked > 30


def test_the_students_edition_for_students_on_placement():
    built = edition("students", "clydeview-family-support")
    assert built.document.meta.title == "Social media: the rules for students"
    body = text(built)
    assert "This guide is for social work students on placement with Clydeview." in body
    assert "ask your practice educator or the Data Protection Lead first." in body
    assert "It may be a data breach, and it is a serious concern about your conduct, which may be referred to the Scottish Social Services Council (SSSC)." in body
    assert "| Your studies, and support from your university | Your personal tutor at your university | Speak to them directly |" in body
    assert "boundaries.friends" in ids(built) and "boundaries.colleagues" not in ids(built)


def test_a_universitys_own_students_get_the_rules_of_their_programme():
    built = edition("students", "eastwold-university")
    assert ids(built) == [
        "guide.students",
        "conduct.professional",
        "boundaries.private-channels",
        "privacy.settings",
        "privacy.identity",
        "privacy.family",
        "students.university",
        "support.students",
        "breaches.concerns",
        "breaches.mistakes",
        "breaches.data",
        "guide-contacts.students",
    ]
    body = text(built)
    assert "This guide is for students on our social work programmes." in body
    assert "Your personal tutor is the person to ask about anything in this guide, and your practice educator while you are on placement." in body
    assert "| Anything linked to your placement | Your practice educator | Speak to them directly |" in body


def test_an_edition_these_answers_do_not_get_is_an_error_naming_those_they_do():
    with pytest.raises(PolicyError) as caught:
        edition("students", "brightwater-fostering")
    assert [str(p) for p in caught.value.problems] == [
        f"{BY_NAME['brightwater-fostering']}: --edition: the edition 'students' is not available for these answers (it needs: scope.students); these answers get: full, quick, carers"
    ]
    with pytest.raises(PolicyError) as caught:
        edition("staff", "brightwater-fostering")
    assert str(caught.value.problems[0]).endswith("--edition: the edition 'staff' is not an edition of the clause library; these answers get: full, quick, carers")


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_every_edition_renders_in_markdown_and_html(path):
    from generator import editions

    for name in editions(path):
        built = prepare(path, edition=name)
        page = html.render(built.document).decode()
        assert f"<h1>{built.document.meta.title.replace(':', ':')}" in page or built.document.meta.title in page
        assert markdown.render(built.document).decode().count("\n### ") == len(ids(built))


def copied_library(tmp_path):
    root = tmp_path / "clauses"
    shutil.copytree(data_dir("clauses"), root)
    return root


def test_an_edition_taking_an_unknown_id_is_a_library_error(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYGEN_CACHE_DIR", str(tmp_path / "cache"))
    root = copied_library(tmp_path)
    path = root / "data" / "editions.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("      - fostering\n", "      - fostring\n"), encoding="utf-8")
    with pytest.raises(PolicyError) as caught:
        load_library(root)
    assert [str(p) for p in caught.value.problems] == [
        "clauses/data/editions.yaml: editions.carers.take[8]: takes 'fostring', which is neither a section nor a clause; did you mean 'fostering'?"
    ]


def test_an_edition_called_full_is_a_library_error(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYGEN_CACHE_DIR", str(tmp_path / "cache"))
    root = copied_library(tmp_path)
    path = root / "data" / "editions.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("  quick:\n", "  full:\n", 1), encoding="utf-8")
    with pytest.raises(PolicyError) as caught:
        load_library(root)
    assert [str(p) for p in caught.value.problems] == [
        "clauses/data/editions.yaml: editions.full: defines 'full', which is every clause of the outline; give the edition another name"
    ]


def test_the_editions_file_is_part_of_the_cache_key(tmp_path, monkeypatch):
    from generator.library import cache

    root = copied_library(tmp_path)
    before = cache.key(root)
    path = root / "data" / "editions.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("the quick guide for staff", "the staff quick guide"), encoding="utf-8")
    assert cache.key(root) != before
    assert ROOT  # the repository the examples come from


def test_a_student_who_may_look_once_is_told_in_their_own_guide_how_to_record_it():
    built = edition("students", "northshire-council")
    numbers_here = numbers(built)
    assert "practice.check-records" in numbers_here
    assert f"Record it as clause {numbers_here['practice.check-records']} sets out." in text(built)  # not "of the full policy"
    assert "practice.check-records" not in ids(edition("students", "clydeview-family-support"))  # no checks at all there


def test_a_quick_guide_contact_with_no_means_sends_staff_to_their_manager(tmp_path):
    # Only the out-of-hours route has a note; a team with no email, phone or web once failed the build.
    path = tmp_path / "policy.yaml"
    path.write_text("policygen: 2\norganisation: {name: Example Council, short_name: the Council, type: local_authority, nation: england}\n", encoding="utf-8")
    body = text(prepare(path, edition="quick"))
    assert "| Data protection and data breaches | Data Protection Officer | Ask your manager |" in body
    assert "| Raising a concern | Your line manager | Speak to them directly |" in body
