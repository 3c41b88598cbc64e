"""`policygen diff`: exit codes, exact output for added, removed and changed clauses, REV:PATH."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from generator.answers.source import read_answers as read_side
from generator.errors import PolicyError
from generator.versions.diff import Change, Same, format_markdown, format_text, word_diff
from helpers import build_file_tree, git, invoke
from minilib import BASE, CHANGES, changed, write_library


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    """A folder with the mini library, the base answers and every single-answer change.

    Git looks for a repository no higher than tmp_path, wherever the tests run.
    """
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    write_library(tmp_path)
    build_file_tree(tmp_path, {"base.yaml": BASE, **{f"{name}.yaml": changed(name) for name in CHANGES}})
    monkeypatch.chdir(tmp_path)
    return tmp_path


run = functools.partial(invoke, "diff", library="clauses")  # policygen diff ARGS... --library clauses


# ------------------------------------------------------------------ word-level diff


@pytest.mark.parametrize(
    "old, new",
    [
        ("Records are kept for six years.", "Records are kept for seven years after closure."),
        ("", "All new."),
        ("All gone.", ""),
        ("a b c d e", "e d c b a"),
        ("Same  spacing\tkept.", "Same spacing kept!"),
    ],
)
def test_word_diff_rebuilds_both_sides(old, new):
    chunks = word_diff(old, new)
    assert "".join(c.text if isinstance(c, Same) else c.old for c in chunks) == old
    assert "".join(c.text if isinstance(c, Same) else c.new for c in chunks) == new


def test_word_diff_folds_the_space_between_two_changes():
    assert word_diff("kept for six years.", "kept for seven years after closure.") == [
        Same("kept for "),
        Change("six years.", "seven years after closure."),
    ]


# ------------------------------------------------------------------ exit codes and exact output


def test_identical_answers_exit_0(workdir):
    result = run("base.yaml", "base.yaml")
    assert result.exit_code == 0
    assert result.output == "No differences between base.yaml and base.yaml.\n"


def test_comments_and_layout_are_not_differences(workdir):
    (workdir / "commented.yaml").write_text("# reviewed in March\n" + BASE.replace("students: true", "students:   true  # yes"), encoding="utf-8")
    assert run("base.yaml", "commented.yaml").exit_code == 0


def test_changed_words_in_a_clause(workdir):
    result = run("base.yaml", "short_name.yaml")
    assert result.exit_code == 0
    assert result.output == (
        "base.yaml -> short_name.yaml: 1 answer changed; 1 clause changed\n"
        "\n"
        "Answers changed (1):\n"
        '  organisation.short_name: "the Council" -> "Northshire"\n'
        "\n"
        "Clauses changed (1):\n"
        "~ 1.1 Why we have this policy [intro.purpose]\n"
        "    [-The Council-]{+Northshire+} expects you to act professionally online. "
        "Follow the Social Work England (https://www.socialworkengland.org.uk/standards/) standards.\n"
    )


def test_removed_clause_and_removed_list_items(workdir):
    result = run("base.yaml", "no_students.yaml")
    assert result.exit_code == 0
    assert result.output == (
        "base.yaml -> no_students.yaml: 1 answer changed; 1 clause removed, 1 changed\n"
        "\n"
        "Answers changed (1):\n"
        "  scope.students: true -> false\n"
        "\n"
        "Clauses removed (1):\n"
        "- 2.2 Students on placement [conduct.students]\n"
        "    Students follow this policy while on placement. Practice educators talk about social media in supervision.\n"
        "\n"
        "Clauses changed (1):\n"
        "~ 1.2 Who this policy covers [intro.scope]\n"
        "    - [-students on placement, including:-]\n"
        "      - [-social work students-]\n"
        "      - [-apprentices-]\n"
    )


def test_added_clause_and_renumbering(workdir):
    result = run("no_accounts.yaml", "base.yaml")
    assert result.exit_code == 0
    assert result.output == (
        "no_accounts.yaml -> base.yaml: 1 answer changed; 1 clause added, 1 changed, 1 renumbered\n"
        "\n"
        "Answers changed (1):\n"
        "  official_accounts.exist: false -> true\n"
        "\n"
        "Clauses added (1):\n"
        "+ 3.1 Approving an official account [accounts.approval]\n"
        "    The Communications Team approves every new official account before it goes live.\n"
        "\n"
        "Clauses changed (1):\n"
        "~ 1.1 Why we have this policy [intro.purpose]\n"
        "    The version history is in clause [-3.1.-]{+4.1.+}\n"
        "\n"
        "Clauses renumbered only (1):\n"
        "  3.1 -> 4.1 Document control [control.table]\n"
    )


def test_new_table_row_and_answers_inside_lists(workdir):
    result = run("base.yaml", "new_version.yaml")
    assert result.exit_code == 0
    assert result.output == (
        "base.yaml -> new_version.yaml: 6 answers changed; 1 clause changed\n"
        "\n"
        "Answers changed (6):\n"
        '  document.version: "1.0" -> "1.1"\n'
        '  document.status: "draft" -> "approved"\n'
        '  document.approved_on: null -> "2026-06-01"\n'
        '  document.history[1].version: (not set) -> "1.1"\n'
        '  document.history[1].date: (not set) -> "2026-06-01"\n'
        '  document.history[1].summary: (not set) -> "Students added."\n'
        "\n"
        "Clauses changed (1):\n"
        "~ 4.1 Document control [control.table]\n"
        "    | {+Version 1.1 | 1 June 2026: Students added. |+}\n"
    )


def test_changed_numbered_list_item(workdir):
    result = run("base.yaml", "concerns.yaml")
    assert result.output.endswith("~ 2.1 Rules for everyone [conduct.rules]\n    3. tell [-your line manager-]{+the HR team+} about any concern\n")


def test_answers_that_change_no_text(workdir):
    off = BASE.replace("monitoring:\n  dpia_completed_on: 2026-01-10\n", "monitoring: {in_place: false, dpia_completed_on: 2026-01-10}\n")
    assert off != BASE
    (workdir / "monitoring.yaml").write_text(off, encoding="utf-8")
    result = run("base.yaml", "monitoring.yaml")
    assert result.exit_code == 0
    assert result.output == (
        "base.yaml -> monitoring.yaml: 1 answer changed; the policy text is the same\n"
        "\n"
        "Answers changed (1):\n"
        "  monitoring.in_place: true -> false\n"
    )


def test_markdown_for_a_pull_request(workdir):
    result = run("base.yaml", "no_accounts.yaml", "--format", "markdown")
    assert result.exit_code == 0
    assert result.output == (
        "## Policy changes: `base.yaml` → `no_accounts.yaml`\n"
        "\n"
        "1 answer changed; 1 clause removed, 1 changed, 1 renumbered.\n"
        "\n"
        "### Answers changed\n"
        "\n"
        "| Answer | Old | New |\n"
        "| --- | --- | --- |\n"
        "| `official_accounts.exist` | `true` | `false` |\n"
        "\n"
        "### Clauses removed\n"
        "\n"
        "#### ~~3.1 Approving an official account~~ (`accounts.approval`)\n"
        "\n"
        "~~The Communications Team approves every new official account before it goes live.~~\n"
        "\n"
        "### Clauses changed\n"
        "\n"
        "#### 1.1 Why we have this policy (`intro.purpose`)\n"
        "\n"
        "The version history is in clause ~~4.1.~~**3.1.**\n"
        "\n"
        "### Clauses renumbered only\n"
        "\n"
        "- 4.1 → 3.1 Document control (`control.table`)\n"
    )


def test_markdown_added_clause_and_identical(workdir):
    added = run("no_students.yaml", "base.yaml", "--format", "markdown").output
    assert "### Clauses added\n\n#### 2.2 Students on placement (`conduct.students`)\n\nStudents follow this policy" in added
    assert "- **students on placement, including:**\n\n- **social work students**" in added
    assert run("base.yaml", "base.yaml", "--format", "markdown").output == "## Policy changes: `base.yaml` → `base.yaml`\n\nNo differences.\n"


def test_markdown_escapes_answer_text(workdir):
    (workdir / "stars.yaml").write_text(BASE.replace("short_name: the Council", "short_name: '*Team* | [x]'"), encoding="utf-8")
    output = run("base.yaml", "stars.yaml", "--format", "markdown").output
    assert "~~The Council~~**\\*Team\\* \\| \\[x\\]**" in output
    assert "| `organisation.short_name` | `\"the Council\"` | `\"*Team* \\| [x]\"` |" in output


def test_colour_only_when_asked_or_on_a_terminal(workdir):
    coloured = run("base.yaml", "concerns.yaml", "--color").output
    assert "\x1b[31m[-your line manager-]\x1b[0m\x1b[32m{+the HR team+}\x1b[0m" in coloured
    plain = run("base.yaml", "concerns.yaml").output  # CliRunner's output is not a terminal
    assert "\x1b[" not in plain
    assert run("base.yaml", "concerns.yaml", "--no-color").output == plain


def test_output_is_deterministic(workdir):
    outputs = {run("base.yaml", name + ".yaml").output for name in ("nation",) * 3}
    assert len(outputs) == 1


# ------------------------------------------------------------------ errors: exit 1, as every command gives for bad input


def test_missing_file_exits_1(workdir):
    result = run("base.yaml", "nope.yaml")
    assert result.exit_code == 1
    assert result.output == "Error: nope.yaml: no such file\n"


def test_bad_answers_exit_1_with_file_and_line(workdir):
    (workdir / "bad.yaml").write_text(BASE.replace("students: true", "students: maybe"), encoding="utf-8")
    result = run("base.yaml", "bad.yaml")
    assert result.exit_code == 1
    assert result.output.startswith("Error: bad.yaml:12: scope.students: ")


def test_problems_on_both_sides_are_reported_together(workdir):
    (workdir / "bad.yaml").write_text(BASE.replace("students: true", "students: maybe"), encoding="utf-8")
    result = run("nope.yaml", "bad.yaml")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0] == "Error: nope.yaml: no such file"
    assert lines[1].startswith("Error: bad.yaml:12: scope.students: ")


def test_usage_error_exits_2(workdir):
    assert run("base.yaml").exit_code == 2


def test_not_a_repository(workdir):
    result = run("HEAD:base.yaml", "base.yaml")
    assert result.exit_code == 1
    assert result.output == f"Error: HEAD:base.yaml: {Path.cwd()} is not in a git repository, and there is no file called 'HEAD:base.yaml'\n"


# ------------------------------------------------------------------ REV:PATH from git


@pytest.fixture
def repo(workdir):
    """A repository with three commits of policy/policy.yaml: base, Northshire, no students."""
    git(workdir, "init", "-q")
    policy = workdir / "policy"
    policy.mkdir()
    for message, text in (("first", BASE), ("rename", changed("short_name")), ("students", changed("short_name").replace("students: true", "students: false"))):
        (policy / "policy.yaml").write_text(text, encoding="utf-8")
        git(workdir, "add", "policy/policy.yaml")
        git(workdir, "commit", "-q", "-m", message)
    return workdir


def test_rev_path_reads_each_commit(repo):
    assert read_side("HEAD~2:policy/policy.yaml", repo).data == BASE.encode()
    assert read_side("HEAD~1:policy/policy.yaml", repo).data == changed("short_name").encode()
    assert read_side("main:./policy/policy.yaml", repo).data == (repo / "policy" / "policy.yaml").read_bytes()
    result = run("HEAD~2:policy/policy.yaml", "HEAD~1:policy/policy.yaml")
    assert result.exit_code == 0
    assert result.output.startswith("HEAD~2:policy/policy.yaml -> HEAD~1:policy/policy.yaml: 1 answer changed; 1 clause changed\n")
    assert run("HEAD:policy/policy.yaml", "policy/policy.yaml").exit_code == 0


def test_rev_path_from_a_subfolder_is_relative_to_it(repo, monkeypatch):
    monkeypatch.chdir(repo / "policy")
    assert read_side("HEAD~2:policy.yaml").data == BASE.encode()
    assert read_side("HEAD~2:../policy/policy.yaml").data == BASE.encode()
    result = invoke("diff", "HEAD~1:policy.yaml", "policy.yaml", library="../clauses")
    assert result.exit_code == 0
    assert "  scope.students: true -> false\n" in result.output


def test_uncommitted_change_against_head(repo):
    (repo / "policy" / "policy.yaml").write_text(changed("nation").replace("short_name: the Council", "short_name: Northshire"), encoding="utf-8")
    result = run("HEAD~1:policy/policy.yaml", "policy/policy.yaml")
    assert "  organisation.nation: \"england\" -> \"wales\"\n" in result.output


@pytest.mark.parametrize(
    "argument, message",
    [
        ("HEAD~9:policy/policy.yaml", "'HEAD~9' is not a commit, branch or tag in this repository"),
        ("nosuch:policy/policy.yaml", "'nosuch' is not a commit, branch or tag in this repository"),
        ("HEAD:policy/other.yaml", "there is no file 'policy/other.yaml' at HEAD"),
        ("HEAD:policy", "'policy' is a folder at HEAD; give an answers file"),
        ("HEAD:", "give a file after the colon, e.g. HEAD~1:policy.yaml"),
        ("HEAD:../outside.yaml", "'../outside.yaml' is outside the repository at {root}"),
    ],
)
def test_rev_path_errors(repo, argument, message):
    result = run(argument, "base.yaml")
    assert result.exit_code == 1
    assert result.output == f"Error: {argument}: {message.format(root=repo.resolve())}\n"


def test_errors_in_a_committed_file_name_rev_path_and_line(repo):
    (repo / "policy" / "policy.yaml").write_text(BASE.replace("type: local_authority", "type: council"), encoding="utf-8")
    git(repo, "commit", "-q", "-am", "broken")
    result = run("HEAD:policy/policy.yaml", "base.yaml")
    assert result.exit_code == 1
    assert result.output.startswith("Error: HEAD:policy/policy.yaml:5: organisation.type: ")


def test_a_file_that_exists_wins_over_rev_path(repo):
    (repo / "HEAD:odd.yaml").write_text(BASE, encoding="utf-8")  # a legal file name on POSIX
    assert read_side("HEAD:odd.yaml", repo).data == BASE.encode()
    with pytest.raises(PolicyError, match="no such file"):
        read_side("C:\\policies\\policy.yaml", repo)  # a Windows path is never revision C


def test_formatters_do_not_need_the_cli(workdir):
    import generator

    result = generator.diff("base.yaml", "concerns.yaml", workdir / "clauses", cwd=workdir)
    assert format_text(result) == run("base.yaml", "concerns.yaml").output
    assert format_markdown(result) == run("base.yaml", "concerns.yaml", "--format", "markdown").output


def test_markdown_renders_as_intended(workdir):
    """Read back as GitHub would (CommonMark, tables, strikethrough): marks land on the words."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    html = md.render(run("base.yaml", "concerns.yaml", "--format", "markdown").output)
    assert "<li>tell <s>your line manager</s><strong>the HR team</strong> about any concern</li>" in html
    assert "<td><code>contacts.concerns.name</code></td>" in html
    html = md.render(run("base.yaml", "no_students.yaml", "--format", "markdown").output)
    assert "<h4><s>2.2 Students on placement</s> (<code>conduct.students</code>)</h4>" in html
    html = md.render(run("volunteers.yaml", "base.yaml", "--format", "markdown").output)
    assert "<li><s>volunteers</s></li>" in html


def test_title_and_formatting_changes_between_documents():
    from generator.document import Clause, Document, Metadata, Paragraph, Section, Text
    from generator.versions.diff import compare_documents

    def document(title, number, runs):
        meta = Metadata("Policy", "Org", "Subject", "Owner", (), "1", "Draft")
        clause = Clause("s.c", number, title, (Paragraph(runs),))
        return Document(meta, (Section("s", "1", "Section", (clause,)),))

    plain = (Text("Do not post."),)
    bold = (Text("Do "), Text("not", bold=True), Text(" post."))
    formatting = compare_documents(document("Posting", "1.1", plain), document("Posting", "1.1", bold), "a", "b")
    assert format_text(formatting) == (
        "a -> b: 1 clause changed\n\nClauses changed (1):\n~ 1.1 Posting [s.c]\n    (bold, italic or links changed; the words are the same)\n"
    )
    retitled = compare_documents(document("Posting", "1.1", plain), document("What you post", "1.2", plain), "a", "b")
    assert format_text(retitled) == "a -> b: 1 clause changed\n\nClauses changed (1):\n~ 1.2 What you post [s.c] (was 1.1 Posting)\n"
    assert "#### 1.2 What you post (`s.c`) (was 1.1 Posting)\n" in format_markdown(retitled)


# ------------------------------------------------------------------ table rows, and the answers fingerprint


def test_markdown_draws_changed_table_rows_as_a_table(workdir):
    (workdir / "owner.yaml").write_text(BASE.replace("document:\n", "document:\n  owner: Head of Practice\n"), encoding="utf-8")
    output = run("base.yaml", "owner.yaml", "--format", "markdown").output
    assert output.endswith(
        "#### 4.1 Document control (`control.table`)\n"
        "\n"
        "| Item | Detail |\n"
        "| --- | --- |\n"
        "| Owner | ~~Principal Social Worker~~**Head of Practice** |\n"
    )
    added = run("base.yaml", "new_version.yaml", "--format", "markdown").output
    assert added.endswith("| Item | Detail |\n| --- | --- |\n| **Version 1.1** | **1 June 2026: Students added.** |\n")
    assert "\\|" not in added.split("### Clauses changed")[1]


def test_markdown_tables_read_back_as_tables(workdir):
    from markdown_it import MarkdownIt

    (workdir / "owner.yaml").write_text(BASE.replace("document:\n", "document:\n  owner: Head of Practice\n"), encoding="utf-8")
    html = MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(run("base.yaml", "owner.yaml", "--format", "markdown").output)
    assert "<th>Item</th>\n<th>Detail</th>" in html
    assert "<td>Owner</td>\n<td><s>Principal Social Worker</s><strong>Head of Practice</strong></td>" in html
    html = MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(run("no_accounts.yaml", "base.yaml", "--format", "markdown").output)
    assert "<p>The Communications Team approves every new official account before it goes live.</p>" in html  # an added clause stays plain


def test_text_keeps_table_rows_as_lines(workdir):
    (workdir / "owner.yaml").write_text(BASE.replace("document:\n", "document:\n  owner: Head of Practice\n"), encoding="utf-8")
    assert run("base.yaml", "owner.yaml").output.endswith("~ 4.1 Document control [control.table]\n    | Owner | [-Principal Social Worker-]{+Head of Practice+} |\n")


def test_the_answers_fingerprint_is_shown_only_with_provenance(tmp_path):
    """Each side's SHA-256, as the outputs record it: only with --provenance, in both formats."""
    import hashlib

    from helpers import MINIMAL_ANSWERS

    build_file_tree(tmp_path, {"old.yaml": MINIMAL_ANSWERS, "commented.yaml": "# checked in March\n" + MINIMAL_ANSWERS,
                               "new.yaml": MINIMAL_ANSWERS + "document:\n  review_every_months: 12\n"})
    fingerprints = {name: hashlib.sha256((tmp_path / name).read_bytes()).hexdigest()[:16] for name in ("old.yaml", "commented.yaml", "new.yaml")}
    quiet = invoke("diff", "old.yaml", "commented.yaml", cwd=tmp_path)
    assert (quiet.exit_code, quiet.output) == (0, "No differences between old.yaml and commented.yaml.\n")
    loud = invoke("diff", "old.yaml", "commented.yaml", "--provenance", cwd=tmp_path)
    assert loud.output == (
        "No differences between old.yaml and commented.yaml.\n"
        f"Answers file fingerprints (SHA-256): {fingerprints['old.yaml']} -> {fingerprints['commented.yaml']}\n"
    )
    same = invoke("diff", "old.yaml", "old.yaml", "--provenance", cwd=tmp_path).output
    assert same.endswith(f"{fingerprints['old.yaml']} -> {fingerprints['old.yaml']} (the same)\n")
    for form in ("text", "markdown"):
        output = invoke("diff", "old.yaml", "new.yaml", "--format", form, cwd=tmp_path).output
        assert "Review cycle" in output and "fingerprint" not in output and fingerprints["new.yaml"] not in output
        output = invoke("diff", "old.yaml", "new.yaml", "--format", form, "--provenance", cwd=tmp_path).output
        old, new = fingerprints["old.yaml"], fingerprints["new.yaml"]
        shown = f"{old} -> {new}" if form == "text" else f"`{old}` → `{new}`"
        assert f"\nAnswers file fingerprints (SHA-256): {shown}\n" in output


@pytest.mark.parametrize(
    "exclude, why",
    [
        ("\n    - clause: conduct.students\n      reason: Our placement agreement covers students.", "Left out by customise.exclude: Our placement agreement covers students."),
        (" [conduct.students]", "Left out by customise.exclude (no reason given)."),
    ],
)
def test_a_clause_left_out_says_why(workdir, exclude, why):
    (workdir / "excluded.yaml").write_text(BASE + f"customise:\n  exclude:{exclude}\n", encoding="utf-8")
    text = run("base.yaml", "excluded.yaml")
    assert text.exit_code == 0, text.output
    assert f"Clauses removed (1):\n- 2.2 Students on placement [conduct.students]\n    {why}\n    Students follow this policy" in text.output
    markdown = run("base.yaml", "excluded.yaml", "--format", "markdown")
    assert f"#### ~~2.2 Students on placement~~ (`conduct.students`)\n\n{why}\n\n" in markdown.output


def test_a_clause_removed_for_another_reason_says_nothing_of_exclusions(workdir):
    assert "customise.exclude" not in run("base.yaml", "no_students.yaml").output


@pytest.mark.parametrize(
    "old, new, shown",
    [
        ("", " [conduct.students]", '  customise.exclude[0].clause: (not set) -> "conduct.students"\n'),
        (" [conduct.students]", " [conduct.students, conduct.rules]", '  customise.exclude[1].clause: (not set) -> "conduct.rules"\n'),
        (" [conduct.students, conduct.rules]", " [conduct.students]", '  customise.exclude[1].clause: "conduct.rules" -> (not set)\n'),
        (
            " [conduct.students]",
            "\n    - conduct.students\n    - clause: conduct.rules\n      reason: Our code of conduct sets the rules.",
            '  customise.exclude[1].clause: (not set) -> "conduct.rules"\n'
            '  customise.exclude[1].reason: (not set) -> "Our code of conduct sets the rules."\n',
        ),
    ],
)
def test_an_exclusion_shows_as_its_id_and_reason_never_an_unset_reason(workdir, old, new, shown):
    """A bare id has no reason: the diff shows what the file says, not `reason: (not set) -> null`."""
    (workdir / "old.yaml").write_text(BASE + (f"customise:\n  exclude:{old}\n" if old else ""), encoding="utf-8")
    (workdir / "new.yaml").write_text(BASE + f"customise:\n  exclude:{new}\n", encoding="utf-8")
    result = run("old.yaml", "new.yaml")
    assert result.exit_code == 0, result.output
    answers = result.output.split("Answers changed (", 1)[1].split("\n\n", 1)[0]
    assert answers.split("\n", 1)[1] + "\n" == shown
