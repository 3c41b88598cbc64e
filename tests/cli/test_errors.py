"""Bad input: exit code 1, the exact `Error: FILE:LINE: field: message`, never a traceback."""

from __future__ import annotations

import pytest

from helpers import build_file_tree, invoke

GOOD = """\
organisation:
  name: Northshire County Council
  short_name: the Council
  type: local_authority
  nation: england
"""

ANSWERS_CASES = {
    "malformed YAML": (
        "organisation: [name\n",
        ["a.yaml:2: not valid YAML: expected ',' or ']', but got '<stream end>'"],
    ),
    "unknown key, with a suggestion": (
        GOOD.replace("short_name", "shortname"),
        [
            "a.yaml:1: organisation.short_name: required, but missing",
            "a.yaml:3: organisation.shortname: unknown key; did you mean 'short_name'? "
            "Allowed here: name, short_name, type, nation, service, website",
        ],
    ),
    "unknown group": (
        GOOD + "trainng:\n  induction: true\n",
        ["a.yaml:6: trainng: unknown key; did you mean 'training'? Allowed here: policygen, organisation, scope, "
         "document, devices, personal_use, boundaries, official_accounts, online_checks, training, supervision, fostering, higher_education, "
         "abuse_support, safety_advice, monitoring, welsh_language, contacts, policies, customise"],
    ),
    "wrong type": (
        GOOD + "document:\n  review_every_months: two\n",
        ["a.yaml:7: document.review_every_months: 'two' is not a whole number"],
    ),
    "number out of range": (
        GOOD + "document:\n  review_every_months: 60\n",
        ["a.yaml:7: document.review_every_months: 60 is too large: the most allowed is 36"],
    ),
    "invalid choice": (
        GOOD.replace("nation: england", "nation: englnd"),
        ["a.yaml:5: organisation.nation: 'englnd' is not one of the choices: 'england', 'scotland', 'wales', 'northern_ireland'"],
    ),
    "review before approval": (
        GOOD + "document:\n  status: approved\n  approved_on: 2026-10-01\n  next_review_on: 2026-01-01\n",
        ["a.yaml:9: document.next_review_on: the review (2026-01-01) must come after the approval (2026-10-01)"],
    ),
    "impossible date": (
        GOOD + "document:\n  approved_on: 2026-02-30\n",
        ["a.yaml:7: document.approved_on: '2026-02-30' is not a real date (day value is outside expected range): write it as YYYY-MM-DD"],
    ),
    "impossible date inside a list": (
        GOOD + "document:\n  history:\n    - version: '1.0'\n      date: 2026-13-01\n      summary: First issue\n",
        ["a.yaml:9: document.history[0].date: '2026-13-01' is not a real date (month value is outside expected range of 1-12): write it as YYYY-MM-DD"],
    ),
    "approved without a date": (
        GOOD + "document:\n  status: approved\n",
        ["a.yaml:6: document.approved_on: the status is 'approved', so give the approval date (YYYY-MM-DD)"],
    ),
    "history out of order": (
        GOOD + "document:\n  history:\n    - {version: '2.0', date: 2026-01-01, summary: Second}\n"
        "    - {version: '1.0', date: 2025-01-01, summary: First}\n",
        ["a.yaml:7: document.history: list the versions in date order, oldest first"],
    ),
    "control character": (
        GOOD.replace("Northshire County Council", '"Northshire\\x0c Council"'),
        ["a.yaml:2: organisation.name: contains the control character U+000C, which a Word document cannot store; "
         "remove it (letters, digits, punctuation, spaces and new lines are allowed)"],
    ),
    "missing required answer": (
        GOOD.replace("  name: Northshire County Council\n", ""),
        ["a.yaml:1: organisation.name: required, but missing"],
    ),
    "not a mapping": ("- organisation\n", ["a.yaml:1: expected a mapping of keys to answers at the top level"]),
    "duplicate key": (
        GOOD.replace("  nation: england\n", "  nation: england\n  nation: wales\n"),
        ['a.yaml:6: not valid YAML: found duplicate key "nation" with value "wales" (original value: "england")'],
    ),
    "web address": (
        GOOD + "  website: www.northshire.gov.uk\n",
        ["a.yaml:6: organisation.website: 'www.northshire.gov.uk' is not a web address: write it in full, starting with https://"],
    ),
    "email address": (
        GOOD + "contacts:\n  questions: {name: PSW team, email: psw-at-northshire}\n",
        ["a.yaml:7: contacts.questions.email: 'psw-at-northshire' is not an email address, e.g. policy@example.gov.uk"],
    ),
    "yes/no answer": (GOOD + "scope:\n  students: maybe\n", ["a.yaml:7: scope.students: 'maybe' is not yes/no: write true or false"]),
    "approved policy with monitoring but no impact assessment date": (
        GOOD + "document:\n  status: approved\n  approved_on: 2026-10-01\nmonitoring:\n  in_place: true\n",
        ["a.yaml:9: monitoring.dpia_completed_on: the policy is approved and describes monitoring, "
         "so give the date its data protection impact assessment was completed (YYYY-MM-DD)"],
    ),
    "restricted platforms with no work devices": (
        GOOD + "devices:\n  issued: personal\n  restricted_platforms: [TikTok]\n",
        ["a.yaml:8: devices.restricted_platforms: you issue no work devices ('issued: personal'), so there are none to restrict; leave this empty"],
    ),
    "excluded clause that does not exist": (
        GOOD + "customise:\n  exclude: [introduction.purpse]\n",
        ["a.yaml:7: customise.exclude[0]: 'introduction.purpse' is not a clause id; did you mean 'introduction.purpose'? "
         "See `policygen clauses` for the ids."],
    ),
    "several errors at once": (
        GOOD.replace("type: local_authority", "type: council") + "scope:\n  volunteers: lots\n",
        [
            "a.yaml:4: organisation.type: 'council' is not one of the choices: 'local_authority', 'nhs_or_hsc_body', "
            "'charity', 'independent_provider', 'university', 'other'",
            "a.yaml:7: scope.volunteers: 'lots' is not yes/no: write true or false",
        ],
    ),
}


def assert_errors(result, expected):
    assert result.exit_code == 1, result.output
    assert result.output == "".join(f"Error: {line}\n" for line in expected)
    assert "Traceback" not in result.output
    assert isinstance(result.exception, SystemExit)


@pytest.mark.parametrize("name", list(ANSWERS_CASES))
def test_bad_answers(tmp_path, name):
    text, expected = ANSWERS_CASES[name]
    build_file_tree(tmp_path, {"a.yaml": text})
    assert_errors(invoke("validate", "a.yaml", cwd=tmp_path), expected)
    assert_errors(invoke("build", "a.yaml", "-o", "a.md", cwd=tmp_path), expected)
    assert not (tmp_path / "a.md").exists()


NATIONS = "england: {name: England, regulator: {name: Social Work England}}\n"
OUTLINE = "library_version: '1'\nsections:\n  - id: intro\n    title: Intro\n    clauses: [intro.purpose, intro.scope]\n"
PURPOSE = """\
---
id: intro.purpose
title: Purpose
sources: {basw: [1]}
---
This policy is for {{ organisation.short_name }}.
See clause [[intro.scope]].
"""
SCOPE = "---\nid: intro.scope\ntitle: Scope\nsources: {basis: structure}\n---\nIt covers everyone.\n"
F = "clauses/intro/purpose.md"

CLAUSE_CASES = {
    "front matter YAML": (PURPOSE.replace("title: Purpose", "title: [Purpose"), [f"{F}:4: not valid YAML: expected ',' or ']', but got ':'"]),
    "unknown front matter key": (
        PURPOSE.replace("title: Purpose", "title: Purpose\ncondition: scope.students"),
        [f"{F}:4: condition: unknown key; allowed here: id, title, when, sources, changed"],
    ),
    "no front matter": ("Just text\n", [f"{F}:1: a clause file starts with front matter between two '---' lines"]),
    "unknown variable": (
        PURPOSE.replace("organisation.short_name", "organisation.shortname"),
        [f"{F}:6: unknown variable: no answer or fact called 'shortname'; the names a clause can use are listed in clauses/README.md (answers: `policygen questions`)"],
    ),
    "template syntax": (PURPOSE.replace("short_name }}", "short_name }"), [f"{F}:6: template syntax error: unexpected '}}'"]),
    "sandbox violation": (
        PURPOSE.replace("{{ organisation.short_name }}", "{{ organisation.__class__.__mro__ }}"),
        [f"{F}:6: not allowed in a clause template: access to attribute '__class__' of 'dict' object is unsafe."],
    ),
    "unknown cross-reference": (PURPOSE.replace("[[intro.scope]]", "[[intro.scop]]"), [f"{F}:7: [[intro.scop]] refers to no clause; did you mean [[intro.scope]]?"]),
    "no sources": (
        PURPOSE.replace("sources: {basw: [1]}", "sources: {}"),
        [f"{F}:4: sources: name the BASW recommendations (basw: [..]) or say why the clause exists (basis: ...)"],
    ),
    "not a recommendation": (PURPOSE.replace("basw: [1]", "basw: [24]"), [f"{F}:4: sources.basw: 24 is not a BASW recommendation: the numbers run from 1 to 23"]),
    "id does not match file": (
        PURPOSE.replace("id: intro.purpose", "id: intro.aims"),
        [f"{F}:2: id: 'intro.aims' does not match the file's place: a clause in intro/purpose.md has the id 'intro.purpose'"],
    ),
    "condition syntax": (PURPOSE.replace("title: Purpose", "title: Purpose\nwhen: scope.students and"), [f"{F}:4: when: not a valid condition: unexpected 'end of template'"]),
    "condition with unknown answer": (
        PURPOSE.replace("title: Purpose", "title: Purpose\nwhen: scope.student"),
        [f"{F}:4: when: the condition cannot be evaluated: unknown variable: no answer or fact called 'student'; "
         "the names a clause can use are listed in clauses/README.md (answers: `policygen questions`)"],
    ),
    "heading in a body": (
        PURPOSE + "\n## A heading\n",
        [f"{F}:9: a clause body cannot contain a heading (the clause title is its heading); use paragraphs, lists, tables, **bold**, *italic* and links"],
    ),
    "renders empty": (
        PURPOSE.split("This policy")[0] + "{% if false %}x{% endif %}\n",
        [f"{F}:6: renders empty for these answers; move the condition into `when`"],
    ),
}


@pytest.mark.parametrize("name", list(CLAUSE_CASES))
def test_bad_clause_files(tmp_path, name):
    text, expected = CLAUSE_CASES[name]
    library = {"data/nations.yaml": NATIONS, "outline.yaml": OUTLINE, "intro/purpose.md": text, "intro/scope.md": SCOPE}
    build_file_tree(tmp_path / "clauses", library)
    build_file_tree(tmp_path, {"a.yaml": GOOD})
    assert_errors(invoke("validate", "a.yaml", cwd=tmp_path, library="clauses"), expected)


def test_a_clause_missing_from_the_outline_is_named(tmp_path):
    library = {
        "outline.yaml": OUTLINE.replace("[intro.purpose, intro.scope]", "[intro.scope, intro.gone]"),
        "intro/purpose.md": PURPOSE.replace("[[intro.scope]]", "it"),
        "intro/scope.md": SCOPE,
    }
    build_file_tree(tmp_path / "clauses", library)
    build_file_tree(tmp_path, {"a.yaml": GOOD})
    assert_errors(
        invoke("clauses", cwd=tmp_path, library="clauses"),
        [
            "clauses/outline.yaml: sections.intro: lists 'intro.gone', but there is no clause file intro/gone.md",
            "clauses/intro/purpose.md:2: id: 'intro.purpose' is not in outline.yaml; add it to section 'intro'",
        ],
    )


def test_missing_answers_file(tmp_path):
    assert_errors(invoke("validate", "nope.yaml", cwd=tmp_path), ["nope.yaml: no such file"])


@pytest.mark.parametrize(
    "args, message",
    [
        (["build", "a.yaml", "-o", "a.odt"], "Error: Invalid value for '-o' / '--output': 'a.odt' must end in .docx, .md, .html or .pdf"),
        (["build"], "Error: Missing argument 'ANSWERS...'."),
        (["build", "a.yaml", "b.yaml"], "Error: several answers files are built into a folder: add --out-dir DIR"),
        (["build", "a.yaml", "-f", "html"], "Error: -f / --format goes with --out-dir; for one policy, name each output with -o"),
        (["build", "a.yaml", "--out-dir", "out", "-o", "a.md"], "Error: -o / --output names the file of one policy; with --out-dir, choose formats with -f"),
        (["build", "a.yaml", "--out-dir", "out", "-f", "pptx"], "Error: Invalid value for '-f' / '--format': 'pptx' is not one of"),
        (["validate", "a.yaml", "--colour"], "Error: No such option '--colour'"),
    ],
)
def test_usage_errors_exit_2(tmp_path, args, message):
    build_file_tree(tmp_path, {"a.yaml": GOOD})
    result = invoke(*args, cwd=tmp_path)
    assert result.exit_code == 2
    assert message in result.output
