"""`policygen example`: the bundled examples listed, and one written out to start from.

That a pip or pipx install carries the examples is checked by tests/test_readme.py, which
installs policygen into a fresh venv and runs `policygen example` outside the checkout.
"""

from __future__ import annotations

import re

from generator.answers import load_answers
from helpers import EXAMPLES, invoke


def test_without_a_name_it_lists_every_example_with_its_first_sentence():
    result = invoke("example")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert [line.split()[0] for line in lines] == [path.stem for path in EXAMPLES]
    width = max(len(path.stem) for path in EXAMPLES)
    for line, path in zip(lines, EXAMPLES, strict=True):
        description = line[width + 2 :]
        assert line[: width + 2].rstrip() == path.stem
        assert description[0].isupper() and description.endswith(".") and ". " not in description, line
        # the description is the opening comment's first sentence, in the example's own words
        comment = " ".join(c.lstrip("# ") for c in path.read_text(encoding="utf-8").splitlines() if c.startswith("#"))
        assert description[1:] in comment, line
    assert "northshire-council        An English county council (fictional), for its children's and adults' social care." in lines


def test_it_writes_the_example_with_a_build_line_for_the_copy(tmp_path):
    source = next(p for p in EXAMPLES if p.stem == "ceri-vale-council")
    result = invoke("example", "ceri-vale-council", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert result.output == "Wrote ceri-vale-council.yaml\nNext: policygen build ceri-vale-council.yaml -o ceri-vale-council.docx\n"
    written = (tmp_path / "ceri-vale-council.yaml").read_text(encoding="utf-8")
    original = source.read_text(encoding="utf-8")
    assert "# Build: policygen build ceri-vale-council.yaml -o ceri-vale-council.docx\n" in written
    # only the Build line differs
    assert [x for x in written.splitlines() if not x.startswith("# Build:")] == [x for x in original.splitlines() if not x.startswith("# Build:")]
    assert load_answers(tmp_path / "ceri-vale-council.yaml").model_dump() == load_answers(source).model_dump()
    assert invoke("build", "ceri-vale-council.yaml", "-o", "policy.md", cwd=tmp_path).exit_code == 0


def test_to_a_path_or_a_folder(tmp_path):
    (tmp_path / "answers").mkdir()
    result = invoke("example", "strathmore-council.yaml", "answers/my-policy.yaml", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert "# Build: policygen build answers/my-policy.yaml -o answers/my-policy.docx" in (tmp_path / "answers" / "my-policy.yaml").read_text(encoding="utf-8")
    result = invoke("example", "strathmore-council", "answers", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "answers" / "strathmore-council.yaml").is_file()


def test_an_existing_file_is_kept_unless_forced(tmp_path):
    (tmp_path / "northshire-council.yaml").write_text("mine\n", encoding="utf-8")
    result = invoke("example", "northshire-council", cwd=tmp_path)
    assert result.exit_code == 1
    assert result.output == "Error: northshire-council.yaml: already exists; give another file name, or use --force to replace it\n"
    assert (tmp_path / "northshire-council.yaml").read_text(encoding="utf-8") == "mine\n"
    assert invoke("example", "northshire-council", "--force", cwd=tmp_path).exit_code == 0
    assert load_answers(tmp_path / "northshire-council.yaml").organisation.name == "Northshire County Council"


def test_an_unknown_name_says_what_it_may_have_meant(tmp_path):
    result = invoke("example", "northshire", cwd=tmp_path)
    assert result.exit_code == 1
    assert result.output == "Error: 'northshire' is not an example; did you mean 'northshire-council'? `policygen example` lists them\n"
    result = invoke("example", "zzz", cwd=tmp_path)
    assert re.fullmatch(r"Error: 'zzz' is not an example; `policygen example` lists them\n", result.output)
    assert list(tmp_path.iterdir()) == []


def test_an_example_with_its_own_clauses_brings_the_folder_and_builds_with_them(tmp_path):
    (tmp_path / "answers").mkdir()
    result = invoke("example", "northshire-council", "answers/policy.yaml", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[:2] == [
        "Wrote answers/policy.yaml",
        "Wrote 2 own clause files beside it, in the folder customise.clauses names: answers/local-clauses/",
    ]
    source = next(p for p in EXAMPLES if p.stem == "northshire-council").parent / "local-clauses"
    for name in ("sharing.md", "formats.md"):
        assert (tmp_path / "answers/local-clauses" / name).read_bytes() == (source / name).read_bytes()
    built = invoke("build", "answers/policy.yaml", "-o", "policy.md", cwd=tmp_path)
    assert built.exit_code == 0, built.output
    assert "Warning" not in built.output  # the replacement records the library text it replaced
    text = (tmp_path / "policy.md").read_text(encoding="utf-8")
    assert "### 3.3 Sharing the Council's own posts" in text and "### 15.4 Other formats and languages" in text
    # an own clause file that exists is kept, as the answers file is
    (tmp_path / "answers/local-clauses/formats.md").write_text("mine\n", encoding="utf-8")
    (tmp_path / "answers/policy.yaml").unlink()
    again = invoke("example", "northshire-council", "answers/policy.yaml", cwd=tmp_path)
    assert again.exit_code == 1
    assert again.output == "Error: answers/local-clauses/formats.md: already exists; give another file name, or use --force to replace it\n"
    assert not (tmp_path / "answers/policy.yaml").exists()
