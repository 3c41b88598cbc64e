"""`policygen redline`: the NEW policy with tracked changes against OLD, judged by independent readers.

The truth: Accept All gives NEW's text and Reject All gives OLD's text, read by pandoc
(`--track-changes=accept|reject`) and by LibreOffice (its own Accept All / Reject All
commands, through UNO), for every pair of examples, single-answer changes and documents
shaped to catch the hard cases (whole sections at the end, tables after removed headings).

Two allowances, both about readers rather than our file:
- pandoc keeps the empty shell of a deleted list item (bullet or number) or table row (it
  does not implement those deletions), and prints a table's alt text, which OOXML cannot mark as changed and which
  describes NEW; so pandoc text is compared as words, without table rules, blank items or
  (on the OLD side only) alt-text captions. A numbered list that gains or loses an item is
  deleted and inserted whole, so its shells are a list of their own and never move a number.
- where a removed paragraph is followed by a table or the document's end, it has no next
  paragraph to merge into; the redline gives it an empty one, so LibreOffice text is compared
  without blank lines.
"""

from __future__ import annotations

import functools
import hashlib
import io
import itertools
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import helpers
from generator.answers import parse_answers
from generator.compose.assemble import assemble
from generator.document import Clause, Document, Link, ListBlock, Metadata, Paragraph, Section, Table, Text
from generator.pipeline import prepare
from generator.versions.redline import change_date, render_redline
from generator.writers import docx as word
from helpers import EXAMPLES, NS, SYSTEM_PYTHON, build_file_tree, git, require_tool, require_uno, w
from minilib import BASE, CHANGES, changed, mini_library, write_library

HERE = Path(__file__).resolve().parent

# ------------------------------------------------------------------ the documents under test


def _doc(sections) -> Document:
    """A hand-made Document: [(section id, [(clause name, blocks)])]."""
    meta = Metadata("Policy", "Org", "Subject", "Owner", ("k",), "1", "Draft")
    return Document(
        meta,
        tuple(
            Section(sid, str(i), sid.title(), tuple(Clause(f"{sid}.{name}", f"{i}.{j}", name.title(), tuple(blocks)) for j, (name, blocks) in enumerate(clauses, 1)))
            for i, (sid, clauses) in enumerate(sections, 1)
        ),
    )


def _p(text):
    return Paragraph((Text(text),))


def _table(*rows):
    return Table(((Text("Item"),), (Text("Detail"),)), tuple(((Text(a),), (Text(b),)) for a, b in rows))


_ONE = [("one", [("first", [_p("Alpha paragraph."), ListBlock(False, ((_p("item a"),), (_p("item b"),)))])])]
_TABLE_END = [("one", [("first", [_p("Alpha paragraph."), _table(("a", "b"))])])]
SHAPES = {
    # a whole section at the end, its clause ending in a table
    "section_at_end": (_ONE, _ONE + [("two", [("second", [_p("Intro text."), _table(("x", "y"))])])]),
    # a section after a table, at the end
    "after_a_table": (_TABLE_END, _TABLE_END + [("two", [("second", [_p("More text.")])])]),
    # a new paragraph straight before an existing table
    "before_a_table": (_TABLE_END, [("one", [("first", [_p("Alpha paragraph."), _p("A new paragraph."), _table(("a", "b"))])])]),
    # a clause that is only a table
    "table_only": (_TABLE_END, _TABLE_END + [("two", [("second", [_table(("p", "q"), ("r", "s"))])])]),
    # the last words of a list item change and a new item follows
    "end_of_item": (_ONE, [("one", [("first", [_p("Alpha paragraph."), ListBlock(False, ((_p("item a"),), (_p("item b changed"),), (_p("item c"),)))])])]),
}
_TAIL = [("tail", [("last", [_p("The end.")])])]
_BLOCK_CHANGES = {
    "paragraph_to_list": ([_p("You must do this and that.")], [ListBlock(False, ((_p("You must do this"),), (_p("and that."),)))]),
    "numbers_to_bullets": ([ListBlock(True, ((_p("one"),), (_p("two"),)))], [ListBlock(False, ((_p("one"),), (_p("two"),)))]),
    "nested_list": (
        [ListBlock(False, ((_p("top"), ListBlock(False, ((_p("inner a"),), (_p("inner b"),)))),))],
        [ListBlock(False, ((_p("top"), ListBlock(False, ((_p("inner a"),), (_p("inner c"),), (_p("inner d"),)))), (_p("second"),)))],
    ),
    "link_address": (
        [Paragraph((Text("See "), Link("https://a.example/", (Text("the guide"),)), Text(".")))],
        [Paragraph((Text("See "), Link("https://b.example/", (Text("the guide"),)), Text(".")))],
    ),
    "bold_to_plain": ([Paragraph((Text("Do "), Text("not", bold=True), Text(" post.")))], [_p("Do not post.")]),
    "second_paragraph_of_item": ([ListBlock(False, ((_p("item"), _p("more about it.")),))], [ListBlock(False, ((_p("item"), _p("more about it, changed.")),))]),
    "nothing_in_common": ([_p("Old words entirely here.")], [_p("Completely different sentence now present.")]),
    "inside_a_phone_number": ([_p("Call 0300 123 4567 today.")], [_p("Call 0300 123 4568 today.")]),
    "phone_number_in_a_table": ([_table(("Desk", "0300 123 4567"))], [_table(("Desk", "0300 999 4567"))]),
    # a numbered list gaining an item (and, read back, losing one): in the middle, first, and with two paragraphs
    "numbered_item_inserted": ([ListBlock(True, ((_p("one"),), (_p("two"),), (_p("three"),)))], [ListBlock(True, ((_p("one"),), (_p("inserted"),), (_p("two"),), (_p("three"),)))]),
    "numbered_item_first": ([ListBlock(True, ((_p("one"),), (_p("two"),)))], [ListBlock(True, ((_p("zero"),), (_p("one"),), (_p("two"),)))]),
    "numbered_item_of_two_paragraphs": ([ListBlock(True, ((_p("one"),), (_p("two"),)))], [ListBlock(True, ((_p("one"),), (_p("new"), _p("more about it.")), (_p("two"),)))]),
}
for _name, (_old, _new) in _BLOCK_CHANGES.items():
    SHAPES[_name] = ([("one", [("first", _old)])] + _TAIL, [("one", [("first", _new)])] + _TAIL)


@pytest.fixture(scope="module")
def cases(tmp_path_factory):
    """(name, old .docx, new .docx, redline .docx) for every case, built once."""
    out = tmp_path_factory.mktemp("redline")
    found = []

    rendered: dict[Document, bytes] = {}  # each example's document is in many pairs: render it once

    def render(document: Document) -> bytes:
        if document not in rendered:
            rendered[document] = word.render(document)
        return rendered[document]

    def add(name, old: Document, new: Document, date: str):
        paths = [out / f"{name}.old.docx", out / f"{name}.new.docx", out / f"{name}.docx"]
        paths[0].write_bytes(render(old))
        paths[1].write_bytes(render(new))
        paths[2].write_bytes(render_redline(old, new, date))
        found.append((name, *paths))

    library = mini_library(out)
    variants = {"base": BASE, **{name: changed(name) for name in CHANGES}}
    built = {}
    for name, text in variants.items():
        answers = parse_answers(text, f"{name}.yaml")
        built[name] = (answers, assemble(answers, library, "0" * 64))
    for name in CHANGES:  # every single-answer change, both ways
        add(f"base-{name}", built["base"][1], built[name][1], change_date(built[name][0]))
        add(f"{name}-base", built[name][1], built["base"][1], change_date(built["base"][0]))
    for name, (old, new) in SHAPES.items():
        add(f"shape-{name}", _doc(old), _doc(new), "2026-01-01T00:00:00Z")
        add(f"shape-{name}-back", _doc(new), _doc(old), "2026-01-01T00:00:00Z")
    examples = {path.stem: prepare(path) for path in EXAMPLES}
    for old, new in itertools.permutations(examples, 2):  # every ordered pair of examples
        add(f"example-{old}-{new}", examples[old].document, examples[new].document, change_date(examples[new].answers))
    return found


def test_there_are_cases_of_every_kind(cases):
    names = [name for name, *_ in cases]
    assert sum(n.startswith("example-") for n in names) == len(EXAMPLES) * (len(EXAMPLES) - 1)
    assert len(EXAMPLES) >= 2, "examples/ should hold at least two answers files"
    assert sum(n.startswith("base-") or n.endswith("-base") for n in names) == 2 * len(CHANGES)


# ------------------------------------------------------------------ pandoc


_PANDOC: dict[tuple[str, str | None], str] = {}


def _pandoc_words(pandoc: str, path: Path, mode: str | None = None, captions: bool = True) -> list[str]:
    key = (hashlib.sha256(path.read_bytes()).hexdigest(), mode)  # the same build appears in many pairs
    if key not in _PANDOC:
        args = [pandoc, "-f", "docx", "-t", "plain", "--wrap=none", str(path)] + ([f"--track-changes={mode}"] if mode else [])
        _PANDOC[key] = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    text = _PANDOC[key]
    lines = [line for line in text.splitlines() if not re.fullmatch(r"[\s-]*|\s*\d+\.\s*", line)]  # rules, empty item shells
    if not captions:
        lines = [line for line in lines if not line.startswith("  : ")]
    return [word_ for line in lines for word_ in line.split()]


def test_pandoc_accept_all_gives_new_and_reject_all_gives_old(cases):
    pandoc = require_tool("pandoc")
    # pandoc reads each file once, on every core at a time; the comparisons read what it printed
    readings = {
        (hashlib.sha256(path.read_bytes()).hexdigest(), mode): (path, mode)
        for _, old, new, redline in cases
        for path, mode in ((redline, "accept"), (redline, "reject"), (new, None), (old, None))
    }
    helpers.in_parallel([functools.partial(_pandoc_words, pandoc, path, mode) for path, mode in readings.values()])
    for name, old, new, redline in cases:
        assert _pandoc_words(pandoc, redline, "accept") == _pandoc_words(pandoc, new), name
        assert _pandoc_words(pandoc, redline, "reject", captions=False) == _pandoc_words(pandoc, old, captions=False), name


def _numbered_items(pandoc: str, path: Path, mode: str | None = None) -> list[str]:
    """The numbered items pandoc reads, with their numbers, leaving out empty shells."""
    args = [pandoc, "-f", "docx", "-t", "plain", "--wrap=none", str(path)] + ([f"--track-changes={mode}"] if mode else [])
    text = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    return [line.strip() for line in text.splitlines() if re.match(r"\s*\d+\.\s+\S", line)]


def test_a_numbered_item_added_or_removed_leaves_every_other_number_as_it_was(cases):
    """pandoc keeps an empty shell for each list item whose words are rejected (or accepted away); the numbers of the real items stay right."""
    pandoc = require_tool("pandoc")
    chosen = [c for c in cases if c[0].startswith("shape-numbered_item")]
    assert len(chosen) == 6
    for name, old, new, redline in chosen:
        assert _numbered_items(pandoc, redline, "reject") == _numbered_items(pandoc, old), name
        assert _numbered_items(pandoc, redline, "accept") == _numbered_items(pandoc, new), name
    inserted = next(redline for name, _, _, redline in chosen if name == "shape-numbered_item_inserted")
    assert _numbered_items(pandoc, inserted, "reject") == ["1.  one", "2.  two", "3.  three"]
    assert _numbered_items(pandoc, inserted, "accept") == ["1.  one", "2.  inserted", "3.  two", "4.  three"]


def test_pandoc_sees_insertions_and_deletions(cases):
    pandoc = require_tool("pandoc")
    name, _, _, redline = next(c for c in cases if c[0] == "base-short_name")
    text = subprocess.run([pandoc, "-f", "docx", "-t", "html", "--wrap=none", "--track-changes=all", str(redline)], capture_output=True, text=True, check=True).stdout
    assert re.search(r'<span class="deletion" data-author="policygen" data-date="[^"]*">The Council</span>', text), name
    assert re.search(r'<span class="insertion" data-author="policygen" data-date="[^"]*">Northshire</span>', text), name


# ------------------------------------------------------------------ LibreOffice


@pytest.fixture(scope="module")
def libreoffice(cases, tmp_path_factory):
    """LibreOffice's own reading: changes found, text after Accept All and after Reject All.

    Every case but the example pairs, plus one pair of examples both ways (LibreOffice is slow).
    """
    require_tool("soffice")
    require_uno()
    chosen = [c for c in cases if not c[0].startswith("example-")]
    if len(EXAMPLES) >= 2:
        a, b = EXAMPLES[0].stem, EXAMPLES[1].stem
        chosen += [c for c in cases if c[0] in (f"example-{a}-{b}", f"example-{b}-{a}")]
    out = tmp_path_factory.mktemp("lo")
    files = sorted({str(p) for _, *paths in chosen for p in paths})
    unique: dict[str, str] = {}  # the same build appears in many pairs: read each once
    for path in files:
        unique.setdefault(hashlib.sha256(Path(path).read_bytes()).hexdigest(), path)
    subprocess.run([SYSTEM_PYTHON, str(HERE / "lo_changes.py"), str(out), *unique.values()], check=True, capture_output=True, timeout=900)
    read = {}
    for path in files:
        first = Path(unique[hashlib.sha256(Path(path).read_bytes()).hexdigest()])
        read[path] = json.loads((out / f"{first.name[: -len('.docx')]}.json").read_text(encoding="utf-8"))
    return chosen, read


def test_libreoffice_opens_the_redline_and_sees_the_changes(cases, tmp_path):
    """Without UNO: LibreOffice converts the redline to flat ODF, which lists every tracked change."""
    soffice = require_tool("soffice")
    chosen = [c for c in cases if c[0] in ("base-no_accounts", "no_accounts-base")]
    subprocess.run(
        [soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--convert-to", "fodt", "--outdir", str(tmp_path)]
        + [str(redline) for *_, redline in chosen],
        check=True,
        capture_output=True,
        timeout=300,
    )
    for name, _, _, redline in chosen:
        flat = (tmp_path / f"{redline.stem}.fodt").read_text(encoding="utf-8")
        tracked = flat[flat.index("<text:tracked-changes"): flat.index("</text:tracked-changes>")]
        regions = re.findall(r"<text:changed-region .*?</text:changed-region>", tracked, re.S)
        assert regions, name
        assert all("<dc:creator>policygen</dc:creator>" in region for region in regions), name
        kinds = {kind for region in regions for kind in re.findall(r"<text:(insertion|deletion)>", region)}
        assert kinds == {"insertion", "deletion"}, name


def _lines(text: str) -> list[str]:
    # A phone number's spaces are no-break ones (writers/columns.py); where a tracked change
    # splits the number, the gap beside the change stays an ordinary space. Same words either way.
    return [line.replace("\u00a0", " ") for line in text.splitlines() if line.strip()]


def test_libreoffice_sees_the_changes_by_policygen(libreoffice):
    chosen, read = libreoffice
    for name, old, new, redline in chosen:
        changes = read[str(redline)]["changes"]
        assert changes, name
        assert {author for _, author in changes} == {"policygen"}, name
        assert {kind for kind, _ in changes} <= {"Insert", "Delete"}, name
        assert not read[str(new)]["changes"] and not read[str(old)]["changes"], name


def test_libreoffice_accept_all_gives_new_and_reject_all_gives_old(libreoffice):
    chosen, read = libreoffice
    assert len(chosen) >= 2 * len(CHANGES) + 2 * len(SHAPES) + (2 if len(EXAMPLES) >= 2 else 0)
    for name, old, new, redline in chosen:
        assert _lines(read[str(redline)]["accepted"]) == _lines(read[str(new)]["text"]), name
        assert _lines(read[str(redline)]["rejected"]) == _lines(read[str(old)]["text"]), name


def test_libreoffice_text_is_exact_for_changes_inside_the_document(libreoffice):
    """Blank lines only ever come from removed paragraphs before a table or at the end."""
    chosen, read = libreoffice
    for name, old, new, redline in chosen:
        if name.startswith("base-") or name.endswith("-base"):
            assert read[str(redline)]["accepted"] == read[str(new)]["text"], name
            assert read[str(redline)]["rejected"] == read[str(old)]["text"], name


# ------------------------------------------------------------------ openxml-audit and the XML itself


def test_openxml_audit_reports_no_error(cases):
    audit = Path(sys.executable).parent / "openxml-audit"
    assert audit.exists(), "openxml-audit is a test dependency: pip install '.[test]'"
    chosen = [c for c in cases if c[0] in ("base-no_accounts", "no_accounts-base", "base-new_version", "shape-section_at_end", "shape-section_at_end-back")]
    chosen += [c for c in cases if c[0].startswith("example-")][:2]
    for name, _, _, redline in chosen:
        result = subprocess.run([str(audit), "-o", "json", str(redline)], capture_output=True, text=True)
        [report] = json.loads(result.stdout)
        assert (result.returncode, report["valid"], report["error_count"]) == (0, True, 0), (name, report["errors"][:5])


def _document_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml").decode("utf-8")


def test_every_change_has_author_date_and_a_unique_id(cases):
    from lxml import etree

    for name, _, _, redline in cases:
        root = etree.fromstring(_document_xml(redline).encode())
        changes = list(root.iter(w("ins"), w("del")))
        assert changes, name
        assert {c.get(w("author")) for c in changes} == {"policygen"}, name
        ids = [c.get(w("id")) for c in changes] + [b.get(w("id")) for b in root.iter(w("bookmarkStart"))]
        assert len(ids) == len(set(ids)), name
        assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:00Z", c.get(w("date"))) for c in changes), name
        assert not re.search("[\ue000-\ue00f]", _document_xml(redline)), name  # no change mark left behind


def test_the_date_comes_from_the_new_answers(cases):
    xml = _document_xml(next(r for n, _, _, r in cases if n == "base-new_version"))
    assert set(re.findall(r'w:date="([^"]*)"', xml)) == {"2026-06-01T00:00:00Z", "2026-06-01T00:02:00Z"}
    # base has no approval date: the date of its latest version-history entry
    xml = _document_xml(next(r for n, _, _, r in cases if n == "short_name-base"))
    assert set(re.findall(r'w:date="([^"]*)"', xml)) == {"2026-01-15T00:00:00Z"}


def test_words_change_inside_paragraphs(cases):
    xml = _document_xml(next(r for n, _, _, r in cases if n == "base-concerns"))
    assert re.search(r"<w:del [^>]*><w:r><w:delText xml:space=\"preserve\">your line manager</w:delText></w:r></w:del>"
                     r"<w:ins [^>]*><w:r><w:t xml:space=\"preserve\">the HR team</w:t></w:r></w:ins>", xml)


@pytest.mark.parametrize("case, kept, changed", [
    ("shape-inside_a_phone_number", "Call 0300\u00a0123\u00a0", ("4567", "4568")),
    ("shape-inside_a_phone_number-back", "Call 0300\u00a0123\u00a0", ("4568", "4567")),
    ("shape-phone_number_in_a_table", "0300\u00a0", ("123", "999")),
])
def test_a_change_inside_a_phone_number_keeps_it_on_one_line(cases, case, kept, changed):
    """The Word writer's no-break spaces between digit groups, also beside a change inside the number."""
    xml = _document_xml(next(r for n, _, _, r in cases if n == case))
    old, new = changed
    assert f'<w:t xml:space="preserve">{kept}</w:t></w:r><w:del ' in xml
    assert f'<w:delText xml:space="preserve">{old}</w:delText>' in xml
    assert f'<w:t xml:space="preserve">{new}</w:t>' in xml
    words = [t for t in re.findall(r"<w:(?:t|delText)[^>]*>([^<]*)<", xml) if re.search(r"\d", t)]
    assert not [t for t in words if re.search(r"\d |^ | $", t) and re.search(r"\d", t)], words  # no ordinary space inside or beside a number


def test_removed_clause_has_deleted_paragraph_marks(cases):
    from lxml import etree

    root = etree.fromstring(_document_xml(next(r for n, _, _, r in cases if n == "base-no_students")).encode())
    heading = next(p for p in root.iter(w("p")) if "".join(t.text or "" for t in p.iter(w("delText"))) == "Students on placement"
                   and p.find("w:pPr/w:pStyle", NS).get(w("val")) == "Heading2")
    assert heading.find("w:pPr/w:rPr/w:del", NS) is not None
    assert not list(heading.iter(w("t")))


def test_headers_footers_and_properties_are_news(cases, tmp_path):
    from docx import Document as Word

    name, _, new, redline = next(c for c in cases if c[0] == "base-new_version")
    with zipfile.ZipFile(redline) as r, zipfile.ZipFile(new) as n:
        for part in n.namelist():
            if re.fullmatch(r"word/(header|footer)\d*\.xml|docProps/core\.xml", part):
                assert r.read(part) == n.read(part), part
        assert b"updateFields" not in r.read("word/settings.xml")
        custom = r.read("docProps/custom.xml").decode()
        assert n.read("docProps/custom.xml").decode().split("</Properties>")[0] in custom
        assert re.search(r'name="compared with answers sha256"><vt:lpwstr>0{64}</vt:lpwstr>', custom)
        assert re.search(r'name="compared with version"><vt:lpwstr>1.0</vt:lpwstr>', custom)
    assert Word(str(redline)).core_properties.version == "1.1"


# ------------------------------------------------------------------ the command


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    write_library(tmp_path)
    build_file_tree(tmp_path, {"base.yaml": BASE, "new.yaml": changed("new_version")})
    monkeypatch.chdir(tmp_path)
    return tmp_path


invoke = functools.partial(helpers.invoke, library="clauses")  # policygen ARGS... --library clauses


def test_redline_command_writes_a_reproducible_file(workdir):
    result = invoke("redline", "base.yaml", "new.yaml", "-o", "changes.docx")
    assert result.exit_code == 0, result.output
    assert result.output == "Wrote changes.docx\n"
    first = (workdir / "changes.docx").read_bytes()
    assert invoke("redline", "base.yaml", "new.yaml", "-o", "again.docx").exit_code == 0
    assert (workdir / "again.docx").read_bytes() == first
    with zipfile.ZipFile(io.BytesIO(first)) as z:
        assert "<w:ins " in z.read("word/document.xml").decode()


def test_redline_from_git(workdir):
    git(workdir, "init", "-q")
    (workdir / "policy.yaml").write_text(BASE, encoding="utf-8")
    git(workdir, "add", "policy.yaml")
    git(workdir, "commit", "-q", "-m", "one")
    (workdir / "policy.yaml").write_text(changed("new_version"), encoding="utf-8")
    git(workdir, "commit", "-q", "-am", "two")
    assert invoke("redline", "HEAD~1:policy.yaml", "policy.yaml", "-o", "git.docx").exit_code == 0
    assert invoke("redline", "base.yaml", "new.yaml", "-o", "files.docx").exit_code == 0
    assert _document_xml(workdir / "git.docx") == _document_xml(workdir / "files.docx")


@pytest.mark.parametrize(
    "args, code, output",
    [
        (["base.yaml", "new.yaml", "-o", "changes.md"], 1, "Error: changes.md: a redline is a Word document: give a file name ending .docx\n"),
        (["base.yaml", "nope.yaml", "-o", "x.docx"], 1, "Error: nope.yaml: no such file\n"),
        (["HEAD:base.yaml", "new.yaml", "-o", "x.docx"], 1, None),
        (["base.yaml", "new.yaml", "-o", "no/such/folder/x.docx"], 1, None),
    ],
)
def test_redline_errors(workdir, args, code, output):
    result = invoke("redline", *args)
    assert result.exit_code == code
    if output is not None:
        assert result.output == output
    assert "Traceback" not in result.output
    assert not list(workdir.glob("*.docx")) and not list(workdir.glob("**/*.tmp"))


def test_redline_needs_an_output(workdir):
    result = invoke("redline", "base.yaml", "new.yaml")
    assert result.exit_code == 2
    assert "Missing option '-o' / '--output'" in result.output


def test_answers_holding_our_private_marks_are_refused(workdir):
    (workdir / "odd.yaml").write_text(BASE.replace("short_name: the Council", "short_name: \"the \\ue003Council\""), encoding="utf-8")
    result = invoke("redline", "base.yaml", "odd.yaml", "-o", "x.docx")
    assert result.exit_code == 1
    assert result.output == (
        "Error: the new policy contains the private-use character U+E003, which policygen redline uses for its own marks; "
        "remove it from the answers\n"
    )
