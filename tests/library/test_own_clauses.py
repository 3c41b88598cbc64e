"""An organisation's own clauses over the library: add, replace, exclude, placement, numbering and errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.library import load_library
from helpers import ROOT, build_file_tree, clause_file, flat, git, invoke

OUTLINE = """\
library_version: "own.1"
sections:
  - {id: intro, title: About this policy, clauses: [intro.purpose, intro.scope]}
  - {id: conduct, title: Your conduct online, clauses: [conduct.rules, conduct.accounts]}
  - {id: control, title: Document control, clauses: [control.owner]}
"""

LIBRARY = {
    "outline.yaml": OUTLINE,
    "data/nations.yaml": "england: {name: England}\n",
    "data/recommendations.yaml": (ROOT / "clauses/data/recommendations.yaml").read_text(encoding="utf-8"),
    "intro/purpose.md": clause_file("intro.purpose", "Why we have this policy", "Act professionally online. See clause [[control.owner]].\n"),
    "intro/scope.md": clause_file("intro.scope", "Who it covers", "It covers everyone.\n", sources="{basis: structure}"),
    "conduct/rules.md": clause_file("conduct.rules", "Rules we set", "We set rules for social media.\n", sources="{basw: [17]}"),
    "conduct/accounts.md": clause_file("conduct.accounts", "Keep personal and work accounts apart", "Keep them apart.\n", sources="{basw: [5]}"),
    "control/owner.md": clause_file("control.owner", "Owner", "The HR team owns this policy.\n", sources="{basis: document-control}"),
}

ANSWERS = """\
policygen: 2
organisation: {name: Northshire County Council, short_name: the Council, type: local_authority, nation: england}
customise:
  clauses: local
"""


def own(header: str, body: str) -> str:
    return f"---\n{header}---\n{body}"


ADDED = own("id: conduct.gifts\ntitle: Gifts offered online\nafter: conduct.rules\nsources: {basis: good-practice}\n", "Say no to gifts offered online. Clause [[intro.purpose]] says why.\n")
REPLACED = own("replaces: conduct.accounts\ntitle: Two accounts, two lives\n", "Use one account for work and another for yourself.\n")


@pytest.fixture
def org(tmp_path):
    """org(own files, answers) -> the answers file, beside a `local` folder of own clause files; the library is tmp_path/clauses."""
    build_file_tree(tmp_path / "clauses", LIBRARY)

    def make(files: dict[str, str], answers: str = ANSWERS) -> Path:
        build_file_tree(tmp_path / "org", {"policy.yaml": answers, **{f"local/{name}": text for name, text in files.items()}})
        return tmp_path / "org" / "policy.yaml"

    return make


def built_markdown(answers: Path, *extra: str) -> str:
    result = invoke("build", answers, "-o", answers.with_suffix(".md"), *extra, library=answers.parent.parent / "clauses")
    assert result.exit_code == 0, result.output
    return answers.with_suffix(".md").read_text(encoding="utf-8")


def headings(markdown: str) -> list[str]:
    return [line for line in markdown.splitlines() if line.startswith("### ")]


def test_a_new_clause_is_placed_after_the_one_named_and_the_rest_renumber(org):
    text = built_markdown(org({"gifts.md": ADDED}))
    assert headings(text)[2:5] == ["### 2.1 Rules we set", "### 2.2 Gifts offered online", "### 2.3 Keep personal and work accounts apart"]
    assert "Say no to gifts offered online. Clause 1.1 says why." in flat(text)


def test_before_places_it_ahead_and_without_either_it_ends_its_section(org):
    before = ADDED.replace("after: conduct.rules", "before: conduct.rules")
    assert headings(built_markdown(org({"gifts.md": before})))[2] == "### 2.1 Gifts offered online"
    at_end = ADDED.replace("after: conduct.rules\n", "")
    assert headings(built_markdown(org({"gifts.md": at_end})))[4] == "### 2.3 Gifts offered online"


def test_a_library_clause_can_refer_to_an_own_clause_and_the_reverse(org):
    refers = own("replaces: intro.scope\ntitle: Who it covers\n", "Everyone; see clause [[conduct.gifts]] on gifts.\n")
    text = built_markdown(org({"gifts.md": ADDED, "scope.md": refers}))
    assert "Everyone; see clause 2.2 on gifts." in flat(text)


def test_a_replacement_keeps_its_place_number_and_condition_with_new_title_and_text(org):
    text = built_markdown(org({"accounts.md": REPLACED}))
    assert headings(text)[3] == "### 2.2 Two accounts, two lives"
    assert "Use one account for work and another for yourself." in flat(text)
    assert "Keep them apart." not in flat(text) and "Keep personal and work accounts apart" not in text


def test_an_own_clause_can_be_excluded_like_a_library_one(org):
    answers = ANSWERS + "  exclude: [conduct.gifts]\n"
    assert "Gifts offered online" not in flat(built_markdown(org({"gifts.md": ADDED}, answers)))


def test_own_clauses_use_the_same_sandbox_and_answers(org):
    body = ADDED.replace("Say no to gifts offered online.", "{{ organisation.short_name | capfirst }} says no to gifts.")
    assert "The Council says no to gifts." in flat(built_markdown(org({"gifts.md": body})))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            own("id: conducts.gifts\ntitle: Gifts\nsources: {basis: good-practice}\n", "Text.\n"),
            "local/gifts.md:2: id: 'conducts' is not a section of the library; use one of intro, conduct, control",
        ),
        (
            own("id: conduct.gifts\ntitle: Gifts\nafter: intro.scope\nsources: {basis: good-practice}\n", "Text.\n"),
            "local/gifts.md:4: after: 'intro.scope' is not a clause of section 'conduct'; name one of conduct.rules, conduct.accounts",
        ),
        (
            own("replaces: conduct.acounts\ntitle: Gifts\n", "Text.\n"),
            "local/gifts.md:2: replaces: replaces 'conduct.acounts', which is not a library clause; did you mean 'conduct.accounts'?",
        ),
        (
            own("id: conduct.rules\ntitle: Gifts\nsources: {basis: good-practice}\n", "Text.\n"),
            "local/gifts.md:2: id: 'conduct.rules' is a library clause; to change it, say replaces: conduct.rules instead of id",
        ),
        (
            own("id: conduct.gifts\ntitle: Gifts\nsources: {basis: good-practice}\n", "Line one.\n{% if %}\n"),
            "local/gifts.md:7: template syntax error: Expected an expression, got 'end of statement block'",
        ),
        (
            own("id: conduct.gifts\ntitle: Gifts\nsources: {basis: good-practice}\n", "Line one.\nA bell \a here.\n"),
            "local/gifts.md:7: contains the control character U+0007, which an answers or clause file cannot hold",
        ),
        (
            own("id: conduct.gifts\ntitle: Gifts\nsources: {basis: good-practice}\nwhen: scope.students scope.volunteers\n", "Text.\n"),
            "local/gifts.md:5: when: not a valid condition: chunk after expression",
        ),
        (
            own("replaces: conduct.rules\ntitle: Rules\ncolour: red\n", "Text.\n"),
            "local/gifts.md:4: colour: unknown key; allowed here: id, replaces, replaces_sha256, section, after, before, title, when, sources, notes",
        ),
        pytest.param(
            own("id: conduct.gifts\ntitle: Gifts\nsources: {basis: good-practice}\n", "{% if true %}" * 3000 + "x" + "{% endif %}" * 3000 + "\n"),
            "local/gifts.md:6: nested too deeply for a template (brackets, {% if %} or {% for %} hundreds of levels deep); simplify it",
            id="nested-too-deeply",
        ),
        (
            own("replaces: conduct.rules\ntitle: Rules\n", "{{ 'x' * 300000 }}\n"),
            "local/gifts.md:5: too much work: it makes more than 200,000 characters of text, the most one clause may have (it made 300,000)",
        ),
        (
            own("id: conduct.gifts\ntitle: Gifts\nsources: {basis: good-practice}\n", "See [[conduct.rule]].\n"),
            "local/gifts.md:6: [[conduct.rule]] refers to no clause; did you mean [[conduct.rules]]?",
        ),
        (
            own("id: conduct.gifts\ntitle: Gifts\n", "Text.\n"),
            "local/gifts.md:2: a new clause names the BASW recommendations it meets (sources: {basw: [..]}) or its basis",
        ),
        (
            own("replaces: conduct.rules\nafter: intro.scope\ntitle: Gifts\n", "Text.\n"),
            "local/gifts.md:2: a replacement keeps the library clause's place: remove section, after and before",
        ),
    ],
)
def test_an_own_clause_file_with_a_mistake_is_reported_at_its_line(org, text, message):
    answers = org({"gifts.md": text})
    result = invoke("build", "policy.yaml", "-o", "policy.md", cwd=answers.parent, library=answers.parent.parent / "clauses")
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output


def test_two_files_for_one_clause_and_a_missing_folder_are_errors(org):
    answers = org({"a.md": REPLACED, "b.md": REPLACED})
    result = invoke("build", "policy.yaml", "-o", "policy.md", cwd=answers.parent, library=answers.parent.parent / "clauses")
    assert result.exit_code == 1
    assert "local/b.md:2: id: 'conduct.accounts' is also replaced by local/a.md" in result.output
    answers = org({}, ANSWERS.replace("clauses: local", "clauses: house"))
    result = invoke("build", "policy.yaml", "-o", "policy.md", cwd=answers.parent, library=answers.parent.parent / "clauses")
    assert result.exit_code == 1
    assert "Error: policy.yaml:4: customise.clauses: there is no folder 'house' beside the answers file" in result.output


@pytest.mark.parametrize(
    ("folder", "message"),
    [
        ("../org", "'../org' must be a folder beside this answers file or inside its folder, e.g. local-clauses/ (no absolute path, no '..')"),
        ("/etc", "'/etc' must be a folder beside this answers file or inside its folder, e.g. local-clauses/ (no absolute path, no '..')"),
        ("'C:\\clauses'", "'C:\\\\clauses' must be a folder beside this answers file or inside its folder"),
        ("local/../../org", "'local/../../org' must be a folder beside this answers file or inside its folder"),
    ],
)
def test_the_own_clause_folder_is_inside_the_answers_files_folder(org, folder, message):
    answers = org({"gifts.md": ADDED}, ANSWERS.replace("clauses: local", f"clauses: {folder}"))
    result = invoke("build", "policy.yaml", "-o", "policy.md", cwd=answers.parent, library=answers.parent.parent / "clauses")
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: policy.yaml:4: customise.clauses: {message}"), result.output
    assert not (answers.parent / "policy.md").exists()


def test_a_link_out_of_the_folder_and_a_folder_of_too_many_files_are_refused(org, tmp_path):
    answers = org({}, ANSWERS.replace("clauses: local", "clauses: linked"))
    build_file_tree(tmp_path / "elsewhere", {"gifts.md": ADDED})
    (answers.parent / "linked").symlink_to(tmp_path / "elsewhere")
    result = invoke("build", "policy.yaml", "-o", "policy.md", cwd=answers.parent, library=tmp_path / "clauses")
    assert result.exit_code == 1
    assert result.output == "Error: policy.yaml:4: customise.clauses: 'linked' links to a folder outside the answers file's folder; keep your own clauses beside it\n"
    answers = org({f"many/{n:03}.md": ADDED for n in range(201)}, ANSWERS.replace("clauses: local", "clauses: local/many"))
    result = invoke("build", "policy.yaml", "-o", "policy.md", cwd=answers.parent, library=tmp_path / "clauses")
    assert result.exit_code == 1
    assert result.output == "Error: policy.yaml:4: customise.clauses: 'local/many' holds more than 200 clause files; the most policygen reads is 200\n"


def test_a_build_never_writes_over_an_own_clause_file(org, tmp_path):
    answers = org({"gifts.md": ADDED})
    before = (answers.parent / "local/gifts.md").read_bytes()
    result = invoke("build", "policy.yaml", "-o", "local/gifts.md", cwd=answers.parent, library=tmp_path / "clauses")
    assert result.exit_code == 1
    assert "Error: local/gifts.md: is an input of this run (local/gifts.md); writing the output there would destroy it, so choose another file name" in result.output
    assert (answers.parent / "local/gifts.md").read_bytes() == before


# ------------------------------------------------------------------ coverage


LOST_17 = (
    "Warning: policy.yaml:3: customise: BASW recommendation 17 ({summary}) is addressed to employers and no clause now meets it: {reason}."
    " Cite it in an own clause (sources: {{basw: [17]}}) or keep the library's"
)


def summary_of(number: int) -> str:
    recommendations = load_library(ROOT / "clauses").data["recommendations"]["recommendations"]
    return next(r["summary"] for r in recommendations if r["number"] == number)


@pytest.mark.parametrize(
    ("files", "exclude", "reason"),
    [
        ({"gifts.md": ADDED}, "  exclude: [conduct.rules]\n", "conduct.rules is left out (no reason given)"),
        (
            {"gifts.md": ADDED},
            "  exclude:\n    - clause: conduct.rules\n      reason: Our code of conduct sets these rules.\n",
            "conduct.rules is left out (Our code of conduct sets these rules)",
        ),
        ({"rules.md": own("replaces: conduct.rules\ntitle: Rules\nsources: {basis: good-practice}\n", "Ours.\n")}, "", "conduct.rules is replaced by local/rules.md, which does not cite it"),
    ],
)
def test_leaving_a_recommendation_to_employers_uncovered_warns_and_strict_fails(org, files, exclude, reason):
    answers = org(files, ANSWERS + exclude)
    library = answers.parent.parent / "clauses"
    result = invoke("build", "policy.yaml", "-o", "policy.md", cwd=answers.parent, library=library)
    assert result.exit_code == 0, result.output
    assert LOST_17.format(summary=summary_of(17), reason=reason) in result.output
    strict = invoke("build", "policy.yaml", "-o", "strict.md", "--strict", cwd=answers.parent, library=library)
    assert strict.exit_code == 1
    assert "recommendation 17" in strict.output and not (answers.parent / "strict.md").exists()


def test_a_replacement_that_still_cites_the_recommendation_does_not_warn(org):
    answers = org({"rules.md": own("replaces: conduct.rules\ntitle: Rules\nsources: {basw: [17]}\n", "Ours.\n")})
    result = invoke("build", "policy.yaml", "-o", "policy.md", cwd=answers.parent, library=answers.parent.parent / "clauses")
    assert result.exit_code == 0 and "recommendation 17" not in result.output


def test_coverage_marks_the_organisations_own_clauses(org):
    answers = org({"rules.md": own("replaces: conduct.rules\ntitle: Rules\nsources: {basw: [17]}\n", "Ours.\n")})
    result = invoke("coverage", "policy.yaml", cwd=answers.parent, library=answers.parent.parent / "clauses")
    assert result.exit_code == 0, result.output
    row = next(line for line in result.output.splitlines() if line.startswith(" 17"))
    assert row.split()[1:3] == ["2.1", "(own)"]
    assert "(own): your organisation's own clause (2.1), not the library's." in result.output


# ------------------------------------------------------------------ the library's text changes under a replacement


def library_hash(tmp_path: Path, clause_id: str) -> str:
    return load_library(tmp_path / "clauses").clauses[clause_id].text_sha256


def test_a_replacement_without_its_hash_is_told_the_hash_to_record(org, tmp_path):
    answers = org({"accounts.md": REPLACED})
    result = invoke("build", "policy.yaml", "-o", "policy.md", cwd=answers.parent, library=tmp_path / "clauses")
    expected = f"Warning: local/accounts.md:2: replaces_sha256: record the library text you replaced, so a later change to it is noticed: add replaces_sha256: {library_hash(tmp_path, 'conduct.accounts')}"
    assert expected in result.output


def test_check_and_diff_say_when_the_library_text_changed_since_the_replacement(org, tmp_path):
    recorded = REPLACED.replace("title:", f"replaces_sha256: {library_hash(tmp_path, 'conduct.accounts')}\ntitle:")
    answers = org({"accounts.md": recorded})
    library = tmp_path / "clauses"
    assert "replaces_sha256" not in invoke("build", "policy.yaml", "-o", "policy.md", cwd=answers.parent, library=library).output
    build_file_tree(library, {"conduct/accounts.md": LIBRARY["conduct/accounts.md"].replace("Keep them apart.", "Keep them apart, always."), "outline.yaml": OUTLINE.replace("own.1", "own.2")})
    notice = f"local/accounts.md:3: replaces_sha256: the library's 'Keep personal and work accounts apart' changed in own.2 since you replaced it: review your version, then set replaces_sha256: {library_hash(tmp_path, 'conduct.accounts')}"
    assert notice in invoke("build", "policy.yaml", "-o", "policy.md", cwd=answers.parent, library=library).output
    check = invoke("check", "policy.yaml", cwd=answers.parent, library=library)
    assert check.exit_code == 0 and f"Warning: {notice}" in check.output
    diff = invoke("diff", "policy.yaml", "policy.yaml", cwd=answers.parent, library=library)
    assert diff.exit_code == 0
    assert diff.output.endswith(f"Your own clauses to review:\n  {notice}\n")


# ------------------------------------------------------------------ listing and versions


def test_clauses_lists_them_as_the_organisation_gets_them(org, tmp_path):
    answers = org({"gifts.md": ADDED, "accounts.md": REPLACED}, ANSWERS + "  exclude: [intro.scope]\n")
    result = invoke("clauses", "--answers", "policy.yaml", cwd=answers.parent, library=tmp_path / "clauses")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "1.1\tintro.purpose\tWhy we have this policy\tAbout this policy\talways\tBASW 1",
        "-\tintro.scope\tWho it covers\tAbout this policy\talways\tBASW (structure)\texcluded (no reason given)",
        "2.1\tconduct.rules\tRules we set\tYour conduct online\talways\tBASW 17",
        "2.2\tconduct.gifts\tGifts offered online\tYour conduct online\talways\tBASW (good-practice)\tadded (local/gifts.md)",
        "2.3\tconduct.accounts\tTwo accounts, two lives\tYour conduct online\talways\tBASW 5\treplaced (local/accounts.md)",
        "3.1\tcontrol.owner\tOwner\tDocument control\talways\tBASW (document-control)",
    ]


def test_diff_and_redline_read_own_clause_files_from_git(org, tmp_path):
    answers = org({"accounts.md": REPLACED})
    folder = answers.parent
    git(folder, "init", "-q")
    git(folder, "add", ".")
    git(folder, "commit", "-q", "-m", "first")
    (folder / "local/accounts.md").write_text(REPLACED.replace("another for yourself", "a second one for yourself"), encoding="utf-8")
    git(folder, "commit", "-q", "-am", "second")
    (folder / "local/accounts.md").write_text("broken, and not committed", encoding="utf-8")  # git is read, not the folder
    library = tmp_path / "clauses"
    result = invoke("diff", "HEAD~1:policy.yaml", "HEAD:policy.yaml", "--no-color", cwd=folder, library=library)
    assert result.exit_code == 0, result.output  # diff exits 0 whether or not the versions differ
    assert "~ 2.2 Two accounts, two lives [conduct.accounts]" in result.output
    assert "Use one account for work and [-another-]{+a second one+} for yourself." in result.output
    redline = invoke("redline", "HEAD~1:policy.yaml", "HEAD:policy.yaml", "-o", "red.docx", cwd=folder, library=library)
    assert redline.exit_code == 0, redline.output
    from docx import Document

    body = Document(str(folder / "red.docx")).element.body
    deleted = ["".join(t.text or "" for t in d.iter("{*}delText")) for d in body.iter("{*}del")]
    inserted = ["".join(t.text or "" for t in i.iter("{*}t")) for i in body.iter("{*}ins")]
    assert [text.strip() for text in deleted if text.strip()] == ["another"]
    assert [text.strip() for text in inserted if text.strip()] == ["a second one"]
    markdown = invoke("diff", "HEAD~1:policy.yaml", "HEAD:policy.yaml", "--format", "markdown", cwd=folder, library=library)
    assert "#### 2.2 Two accounts, two lives (`conduct.accounts`)" in markdown.output
    unrecorded = f"HEAD:local/accounts.md:2: replaces\\_sha256: record the library text you replaced, so a later change to it is noticed: add replaces\\_sha256: {library_hash(tmp_path, 'conduct.accounts')}"
    assert markdown.output.endswith(f"### Your own clauses to review\n\n- {unrecorded}\n")


# ------------------------------------------------------------------ explain


def test_explain_shows_a_clause_as_the_organisation_gets_it_with_its_notes_and_answers(org, tmp_path):
    noted = own(
        "replaces: conduct.accounts\ntitle: Two accounts, two lives\nnotes: |\n  We merged two rules here.\n  HR asked for it.\n",
        "{% if scope.students %}Students too. {% endif %}{{ organisation.short_name | capfirst }} keeps them apart.\n",
    )
    answers = org({"accounts.md": noted})
    result = invoke("explain", "conduct.accounts", "--answers", "policy.yaml", cwd=answers.parent, library=tmp_path / "clauses")
    assert result.exit_code == 0, result.output
    assert result.output == (
        "conduct.accounts: Two accounts, two lives\n"
        "Section: Your conduct online\n"
        "Whose: your organisation's version (local/accounts.md) of the library's 'Keep personal and work accounts apart'\n"
        "Applies: always\n"
        "Sources: BASW recommendations 5\n"
        f"Library text hash: {library_hash(tmp_path, 'conduct.accounts')} (you recorded none: review your version)\n"
        "\n"
        "Notes:\n"
        "  We merged two rules here.\n"
        "  HR asked for it.\n"
        "\n"
        "Answers that shape it:\n"
        "  organisation.short_name: the Council\n"
        "  scope.students: yes\n"
        "\n"
        "As your policy has it (clause 2.2):\n"
        "\n"
        "Students too. The Council keeps them apart.\n"
    )


def test_explain_without_answers_names_the_answers_and_an_unknown_id_is_an_error(tmp_path):
    library = build_file_tree(tmp_path / "clauses", {**LIBRARY, "conduct/rules.md": clause_file("conduct.rules", "Rules", "{{ contacts.concerns.name }} hears concerns.\n", when="scope.students")})
    result = invoke("explain", "conduct.rules", library=library)
    assert result.exit_code == 0, result.output
    assert "Applies: when scope.students\n" in result.output
    assert "Answers that shape it:\n  contacts.concerns.name\n  scope.students\n" in result.output
    assert result.output.endswith("Give --answers to see it as your policy has it.\n")
    wrong = invoke("explain", "conduct.rule", library=library)
    assert wrong.exit_code == 1
    assert wrong.output == "Error: 'conduct.rule' is not a clause id; did you mean 'conduct.rules'? See `policygen clauses` for the ids.\n"
    far = invoke("explain", "zzz.qqq", library=library)
    assert (far.exit_code, far.output) == (1, "Error: 'zzz.qqq' is not a clause id. See `policygen clauses` for the ids.\n")


def test_the_library_notes_reach_explain():
    result = invoke("explain", "practice.nothing-covert")
    assert result.exit_code == 0, result.output
    assert "Notes:\n  Why: only listed public authorities can authorise surveillance." in result.output


# ------------------------------------------------------------------ release notes between library versions

CHANGES = """\
# What changed in the clause library

## Unreleased

- Not in a version yet.

## own.3

- The accounts clause says why.

## own.2

- Monitoring names the DPIA date.

## own.1

The first library.
"""

BETWEEN = """\
What changed in the clause library since own.1 (from clauses/CHANGES.md):

own.3:
  - The accounts clause says why.

own.2:
  - Monitoring names the DPIA date.
"""


def test_init_update_and_diff_show_the_library_changes_since_the_answers_version(tmp_path):
    library = build_file_tree(tmp_path / "clauses", {**LIBRARY, "outline.yaml": OUTLINE.replace("own.1", "own.3"), "CHANGES.md": CHANGES})
    answers = "# Written by policygen 0.1.0 with clause library own.1.\npolicygen: 2\norganisation:\n  name: Northshire County Council\n  short_name: the Council\n  type: local_authority\n  nation: england\n"
    build_file_tree(tmp_path, {"policy.yaml": answers, "old.yaml": answers})
    diff = invoke("diff", "old.yaml", "policy.yaml", cwd=tmp_path, library=library)
    assert diff.exit_code == 0, diff.output
    assert diff.output == "No differences between old.yaml and policy.yaml.\n\n" + BETWEEN
    update = invoke("init", "policy.yaml", "--update", "--defaults", cwd=tmp_path, library=library)
    assert update.exit_code == 0, update.output
    assert BETWEEN in update.output
    again = invoke("init", "policy.yaml", "--update", "--defaults", cwd=tmp_path, library=library)
    assert "What changed in the clause library" not in again.output  # the file now records own.3


def test_answers_built_in_memory_find_their_own_clauses_beside_the_file_they_name(org, tmp_path):
    from generator.answers import AnswersSource, parse_answers
    from generator.pipeline import prepare

    answers = org({"gifts.md": ADDED})
    source = AnswersSource(str(answers), ANSWERS.encode(), parse_answers(ANSWERS, str(answers)))
    built = prepare(source, tmp_path / "clauses")
    assert [clause.title for clause in built.document.clauses()][2:4] == ["Rules we set", "Gifts offered online"]


def test_explain_keeps_answers_apart_from_the_facts_worked_out_from_them():
    result = invoke("explain", "practice.repeated-viewing", "--answers", ROOT / "examples/northshire-council.yaml")
    assert result.exit_code == 0, result.output
    answers, facts = result.output.split("Answers that shape it:\n")[1].split("\n\nFacts it uses (from the library's data, worked out from your answers):\n")
    assert "  online_checks.decision_maker: the Head of Service for Safeguarding" in answers.splitlines()
    assert "  online_route.authorises: yes" in facts.splitlines() and "online_route" not in answers
    assert "\\," not in result.output  # shown as read, not as escaped Markdown


def test_the_bundled_changes_file_has_an_entry_for_the_library_version():
    from generator.library.changes import release_notes

    notes = release_notes(ROOT / "clauses")
    versions = [version for version, _ in notes]
    released = [version for version in versions if version.lower() != "unreleased"]
    assert released[0] == load_library(ROOT / "clauses").version  # a release adds its entry at the top
    assert versions.index(released[0]) <= 1 and all(entry for _, entry in notes)


def test_the_northshire_example_lists_its_own_clauses_and_coverage_marks_them():
    example = "examples/northshire-council.yaml"
    listed = invoke("clauses", "--answers", example, cwd=ROOT)
    assert listed.exit_code == 0, listed.output
    marked = [line for line in listed.output.splitlines() if line.endswith(".md)")]
    assert marked == [
        "3.3\tconduct.sharing\tSharing the Council's own posts\tYour conduct online\tofficial_accounts.exist\tBASW (good-practice)\tadded (examples/local-clauses/sharing.md)",
        "15.4\tgovernance.formats\tOther formats and languages\tMonitoring, review and related policies\talways\tBASW (law)\treplaced (examples/local-clauses/formats.md)",
    ]
    coverage = invoke("coverage", example, cwd=ROOT)
    assert coverage.output.endswith("(own): your organisation's own clauses (3.3, 15.4), not the library's.\n")


def test_a_change_to_the_bundled_text_the_example_replaced_is_noticed(tmp_path):
    library = tmp_path / "clauses"
    import shutil

    shutil.copytree(ROOT / "clauses", library)
    formats = library / "governance/formats.md"
    formats.write_text(formats.read_text(encoding="utf-8").replace("such as large print", "such as large print or Braille"), encoding="utf-8")
    result = invoke("build", ROOT / "examples/northshire-council.yaml", "-o", tmp_path / "policy.md", library=library)
    assert result.exit_code == 0, result.output
    changed = load_library(library)
    new_hash = changed.clauses["governance.formats"].text_sha256
    assert (
        f"Warning: {ROOT / 'examples/local-clauses/formats.md'}:3: replaces_sha256: the library's 'Other formats' changed in {changed.version}"
        f" since you replaced it: review your version, then set replaces_sha256: {new_hash}"
    ) in result.output


def test_a_new_clause_can_be_placed_by_another_new_clause_whatever_the_file_names(org):
    first = ADDED.replace("id: conduct.gifts\n", "id: conduct.a-hospitality\n").replace("after: conduct.rules", "after: conduct.gifts").replace("title: Gifts offered online", "title: Hospitality")
    text = built_markdown(org({"a.md": first, "z.md": ADDED}))
    assert headings(text)[2:6] == ["### 2.1 Rules we set", "### 2.2 Gifts offered online", "### 2.3 Hospitality", "### 2.4 Keep personal and work accounts apart"]


def test_an_own_clause_in_a_section_an_edition_takes_is_in_it_unless_its_when_says_full(tmp_path):
    import shutil

    folder = tmp_path / "org"
    folder.mkdir()
    shutil.copy(ROOT / "examples/northshire-council.yaml", folder / "policy.yaml")
    shutil.copytree(ROOT / "examples/local-clauses", folder / "local-clauses")
    location = own("id: privacy.location\ntitle: Location sharing\nafter: privacy.settings\nsources: {basis: good-practice}\n", "Turn off location sharing on your personal accounts.\n")
    (folder / "local-clauses/location.md").write_text(location, encoding="utf-8")

    def titles(edition: str) -> list[str]:
        result = invoke("build", "policy.yaml", "--edition", edition, "-o", f"{edition}.md", cwd=folder)
        assert result.exit_code == 0, result.output
        return headings((folder / f"{edition}.md").read_text(encoding="utf-8"))

    assert any(title.endswith(" Location sharing") for title in titles("carers"))
    (folder / "local-clauses/location.md").write_text(location.replace("sources:", 'when: edition == "full"\nsources:'), encoding="utf-8")
    assert not any(title.endswith(" Location sharing") for title in titles("carers"))
    assert any(title.endswith(" Location sharing") for title in titles("full"))


def test_validate_reports_a_broken_own_clause_and_explain_reads_own_clauses_from_git(org, tmp_path):
    library = tmp_path / "clauses"
    answers = org({"gifts.md": ADDED.replace("sources: {basis: good-practice}\n", "sources: {basis: good-practice}\nnotes: First version.\n")})
    folder = answers.parent
    git(folder, "init", "-q")
    git(folder, "add", ".")
    git(folder, "commit", "-q", "-m", "first")
    (folder / "local/gifts.md").write_text(ADDED.replace("after: conduct.rules", "after: conduct.rule"), encoding="utf-8")
    result = invoke("validate", "policy.yaml", cwd=folder, library=library)
    assert result.exit_code == 1
    assert result.output == "Error: local/gifts.md:4: after: 'conduct.rule' is not a clause of section 'conduct'; name one of conduct.rules, conduct.accounts\n"
    committed = invoke("explain", "conduct.gifts", "--answers", "HEAD:policy.yaml", cwd=folder, library=library)
    assert committed.exit_code == 0, committed.output
    assert "Whose: your organisation's own clause (HEAD:local/gifts.md)\n" in committed.output
    assert "Notes:\n  First version.\n" in committed.output
    assert committed.output.endswith("As your policy has it (clause 2.2):\n\nSay no to gifts offered online. Clause 1.1 says why.\n")


# ------------------------------------------------------------------ nested lists


NESTED = own(
    "id: conduct.checks\ntitle: Before you post\nafter: conduct.rules\nsources: {basis: good-practice}\n",
    "Before you post:\n\n1. check the account\n   - its name\n   - its picture\n2. check who will see it\n\n"
    "- Ask first.\n  1. your manager\n  2. the Communications Team\n",
)


def test_an_own_clause_with_a_nested_list_reads_the_same_in_markdown_html_and_word(org):
    """One level of nesting, either kind in either kind: each writer nests it, and Word numbers and indents it."""
    import zipfile

    from lxml import etree

    from generator.compose.blocks import markdown_it_blocks
    from generator.pipeline import prepare

    answers = org({"checks.md": NESTED})
    library = load_library(answers.parent.parent / "clauses")
    clause = next(c for c in prepare(answers, library).document.clauses() if c.title == "Before you post")
    result = invoke("build", answers, "-o", "p.md", "-o", "p.html", "-o", "p.docx", cwd=answers.parent, library=answers.parent.parent / "clauses")
    assert result.exit_code == 0, result.output
    markdown = (answers.parent / "p.md").read_text(encoding="utf-8")
    body = markdown.split("### 2.2 Before you post\n\n")[1].split("\n### ")[0]
    assert body.startswith("Before you post:\n\n1. check the account\n   - its name\n   - its picture\n2. check who will see it\n\n- Ask first.\n  1. your manager\n")
    assert markdown_it_blocks(body, "p.md", 1) == clause.blocks  # the review copy reads back as the same nested blocks
    html = (answers.parent / "p.html").read_text(encoding="utf-8")
    assert "<ol>\n<li>check the account\n<ul>\n<li>its name</li>\n<li>its picture</li>\n</ul>\n</li>\n<li>check who will see it</li>\n</ol>" in html
    assert "<ul>\n<li>Ask first.\n<ol>\n<li>your manager</li>\n<li>the Communications Team</li>\n</ol>\n</li>\n</ul>" in html
    with zipfile.ZipFile(answers.parent / "p.docx") as package:
        document, numbering = (etree.fromstring(package.read(f"word/{name}.xml")) for name in ("document", "numbering"))
    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    items = [
        (p.xpath("string(w:pPr/w:pStyle/@w:val)", namespaces=ns), p.xpath("string(w:pPr/w:numPr/w:ilvl/@w:val)", namespaces=ns),
         p.xpath("string(w:pPr/w:numPr/w:numId/@w:val)", namespaces=ns), p.xpath("string(.)", namespaces=ns))
        for p in document.iter(f"{{{ns['w']}}}p") if p.xpath("string(w:pPr/w:pStyle/@w:val)", namespaces=ns).startswith("List")
    ]
    assert [(style, level, text) for style, level, _, text in items] == [
        ("ListNumber", "0", "check the account"), ("ListBullet", "1", "its name"), ("ListBullet", "1", "its picture"),
        ("ListNumber", "0", "check who will see it"),
        ("ListBullet", "0", "Ask first."), ("ListNumber", "1", "your manager"), ("ListNumber", "1", "the Communications Team"),
    ]

    def indent(num_id: str, level: str) -> int:
        abstract = numbering.xpath(f'string(w:num[@w:numId="{num_id}"]/w:abstractNumId/@w:val)', namespaces=ns)
        return int(numbering.xpath(f'string(w:abstractNum[@w:abstractNumId="{abstract}"]/w:lvl[@w:ilvl="{level}"]/w:pPr/w:ind/@w:left)', namespaces=ns))

    for (_, level, num_id, text), (_, outer_level, outer_num, _) in zip(items[1:3] + items[5:], [items[0]] * 2 + [items[4]] * 2, strict=True):
        assert indent(num_id, level) > indent(outer_num, outer_level), text  # the inner list sits further in
