"""`policygen lint`: each check fails on a document broken as a person editing it by hand would,
with one exact line naming what and where, and passes what it should pass."""

from __future__ import annotations

import io
import re
import zipfile

import docx
import pytest
from docx.shared import RGBColor

from generator.accessibility import docx as lint_docx
from generator.accessibility import lint
from generator.accessibility.html import css_colour, css_rules
from generator.errors import PolicyError
from generator.pipeline import prepare
from generator.writers import docx as docx_writer
from generator.writers import html as html_writer
from generator.writers import ooxml, opc
from helpers import ROOT, invoke

EXAMPLE = ROOT / "examples" / "northshire-council.yaml"
PASSED = "passed all 7 checks: title, language, heading levels, tables, link text, contrast, empty paragraphs"


@pytest.fixture(scope="module")
def policy():
    return prepare(EXAMPLE).document


@pytest.fixture(scope="module")
def good_docx(policy) -> bytes:
    return docx_writer.render(policy)


def edited(data: bytes, part: str, *replacements: tuple[str, str]) -> bytes:
    """The package with `part` edited by plain text replacements, each of which must apply."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == part:
                text = content.decode("utf-8")
                for old, new in replacements:
                    assert old in text, f"{old!r} is not in {part}"
                    text = text.replace(old, new, 1)
                content = text.encode("utf-8")
            target.writestr(item, content)
    return out.getvalue()


def failures_of(tmp_path, data: bytes, name: str = "policy.docx") -> list[str]:
    path = tmp_path / name
    path.write_bytes(data)
    return [str(problem) for problem in lint(path).failures]


def test_a_built_policy_passes(tmp_path, good_docx):
    assert failures_of(tmp_path, good_docx) == []


def test_no_title(tmp_path, good_docx):
    title = prepare(EXAMPLE).answers.document.title
    broken = edited(good_docx, "docProps/core.xml", (f"<dc:title>{title}</dc:title>", "<dc:title></dc:title>"))
    assert failures_of(tmp_path, broken) == [f"{tmp_path / 'policy.docx'}: title: the document has no title; set one in File > Info > Properties > Title"]


def test_no_language(tmp_path, good_docx):
    language = ('<w:lang w:val="en-GB" w:eastAsia="en-GB" w:bidi="ar-SA"/>', "")
    broken = edited(good_docx, "word/styles.xml", language, language)  # the defaults and the Normal style
    assert failures_of(tmp_path, broken) == [
        f"{tmp_path / 'policy.docx'}: language: the document has no language; set the default in Review > Language > Set Proofing Language > Set As Default"
    ]


def test_a_skipped_heading_level_an_empty_paragraph_and_bold_text_as_a_heading(tmp_path, good_docx):
    first_clause = '<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>'
    broken = edited(
        good_docx,
        "word/document.xml",
        (first_clause, '<w:p><w:pPr><w:pStyle w:val="Heading3"/></w:pPr>'),
        ('<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>', '<w:p/><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Who to ask</w:t></w:r></w:p>' + first_clause),
    )
    where = str(tmp_path / "policy.docx")
    assert failures_of(tmp_path, broken) == [
        f'{where}: heading levels: "Why we have this policy" is a level 3 heading after level 1; use level 2',
        f'{where}: empty paragraphs: an empty paragraph used for spacing (under "Why we have this policy"); use paragraph spacing instead',
        f'{where}: heading levels: "Who to ask" is bold text posing as a heading; use a heading style',
    ]


def test_a_table_without_its_header_row_or_description(tmp_path, good_docx):
    broken = edited(good_docx, "word/document.xml", ("<w:tblHeader/>", ""), ('<w:tblDescription w:val="5 rows; columns: Group, Bound by, Ask for advice, If there is a concern"/>', ""), ('<w:tblCaption w:val="Who and what this policy covers"/>', ""))
    where = str(tmp_path / "policy.docx")
    assert failures_of(tmp_path, broken) == [
        f'{where}: tables: table 1 (under "Who and what this policy covers") has no header row; in Table Properties > Row, tick "Repeat as header row at the top of each page" for its first row',
        f'{where}: tables: table 1 (under "Who and what this policy covers") has no title or description; add them in Table Properties > Alt Text',
    ]


def test_vague_link_text(tmp_path, good_docx):
    broken = edited(good_docx, "word/document.xml", ('<w:t xml:space="preserve">Social Work England website</w:t>', '<w:t xml:space="preserve">click here</w:t>'))
    assert failures_of(tmp_path, broken) == [
        f'{tmp_path / "policy.docx"}: link text: the link "click here" does not say where it goes (under "The law and your regulator\'s rules")'
    ]


def test_a_pale_link_colour_is_reported_once_at_its_first_use(tmp_path, good_docx):
    broken = edited(good_docx, "word/styles.xml", ('<w:color w:val="0563C1"/>', '<w:color w:val="AAAAAA"/>'))
    assert failures_of(tmp_path, broken) == [
        f'{tmp_path / "policy.docx"}: contrast: text #AAAAAA on #FFFFFF is 2.32:1; it needs at least 4.5:1 (first under "The law and your regulator\'s rules")'
    ]


WHITE_HEADINGS = ('<w:rPr><w:b/><w:bCs/></w:rPr></w:style><w:style w:type="table" w:styleId="TableGrid">', '<w:rPr><w:b/><w:bCs/><w:color w:val="FFFFFF"/></w:rPr></w:style><w:style w:type="table" w:styleId="TableGrid">')


def test_white_header_text_passes_on_a_dark_fill_and_fails_on_the_light_one(tmp_path, good_docx):
    # The header row's fill comes from the table style's first-row formatting: the check must find it there.
    dark_fill = ('<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>', '<w:shd w:val="clear" w:color="auto" w:fill="1F4E79"/>')
    assert failures_of(tmp_path, edited(good_docx, "word/styles.xml", WHITE_HEADINGS, dark_fill)) == []
    assert failures_of(tmp_path, edited(good_docx, "word/styles.xml", WHITE_HEADINGS)) == [
        f'{tmp_path / "policy.docx"}: contrast: text #FFFFFF on #D9E2F3 is 1.30:1; it needs at least 4.5:1 (first under "Who and what this policy covers")'
    ]


def test_a_document_made_elsewhere(tmp_path):
    """python-docx's own template, as another tool or a person in Word might start a policy."""
    made = docx.Document()
    made.core_properties.title = "Our social media policy"
    made.add_heading("Our social media policy", 1)
    made.add_paragraph("You must keep personal accounts private.")
    made.add_paragraph("")
    made.add_heading("Details", 3)
    run = made.add_paragraph().add_run("Pale grey text that nobody can read.")
    run.font.color.rgb = RGBColor(0xAA, 0xAA, 0xAA)
    made.add_table(rows=2, cols=2).cell(0, 0).text = "Who"
    path = tmp_path / "made.docx"
    made.save(str(path))
    report = lint(path)
    assert [str(p) for p in report.failures] == [
        f'{path}: empty paragraphs: an empty paragraph used for spacing (under "Our social media policy"); use paragraph spacing instead',
        f'{path}: heading levels: "Details" is a level 3 heading after level 1; use level 2',
        # python-docx's Heading 3 blue is too light for 11 pt bold text: a real finding, not a false one.
        f'{path}: contrast: text #4F81BD on #FFFFFF is 4.03:1; it needs at least 4.5:1 (first under "Details")',
        f'{path}: contrast: text #AAAAAA on #FFFFFF is 2.32:1; it needs at least 4.5:1 (first under "Details")',
        f'{path}: tables: table 1 (under "Details") has no header row; in Table Properties > Row, tick "Repeat as header row at the top of each page" for its first row',
        f'{path}: tables: table 1 (under "Details") has no title or description; add them in Table Properties > Alt Text',
    ]
    assert report.failed_checks == ["heading levels", "tables", "contrast", "empty paragraphs"]
    assert (report.readability.sentences, report.readability.longest) == (2, 7)


# ------------------------------------------------------------------ web pages

HAND_EDITED_PAGE = """\
<!DOCTYPE html>
<html>
<head>
<style>
body { color: #333; }
.note { color: #aaaaaa; }
.large { color: #888; font-size: 24px; }
</style>
</head>
<body>
<h2>Start</h2>
<p></p>
<h4>Too deep</h4>
<p><strong>Contact details</strong></p>
<p>Read the rules <a href="https://x.example">click here</a> or <a href="#nowhere">the rules</a>.</p>
<table><tr><th>Who</th></tr><tr><td>You</td></tr></table>
<p style="color: rgb(200,200,200)">faint</p>
<p>One<br><br>Two</p>
</body>
</html>
"""


def test_a_built_page_passes(tmp_path, policy):
    assert failures_of(tmp_path, html_writer.render(policy), "policy.html") == []


def test_a_page_edited_by_hand(tmp_path):
    where = str(tmp_path / "page.html")
    assert failures_of(tmp_path, HAND_EDITED_PAGE.encode(), "page.html") == [
        f"{where}: title: the page has no title; give it a <title>",
        f'{where}:2: language: the page has no language; add lang="en-GB" to <html>',
        f'{where}:6: contrast: text #AAAAAA on #FFFFFF is 2.32:1; it needs at least 4.5:1 (the rule ".note")',
        f'{where}:11: heading levels: the first heading, "Start", is level 2; start at level 1',
        f"{where}:12: empty paragraphs: an empty paragraph used for spacing; use CSS margins instead",
        f'{where}:13: heading levels: "Too deep" is a level 4 heading after level 2; use level 3',
        f'{where}:14: heading levels: "Contact details" is bold text posing as a heading; use a heading element',
        f'{where}:15: link text: the link "click here" does not say where it goes',
        f'{where}:15: link text: the link "the rules" goes to #nowhere, which is not on the page',
        f"{where}:16: tables: table 1 has no caption; give it a <caption>",
        f'{where}:16: tables: table 1: the header cell "Who" has no scope; add scope="col" or scope="row"',
        f"{where}:17: contrast: text #C8C8C8 on #FFFFFF is 1.67:1; it needs at least 4.5:1 (<p>)",
        f"{where}:18: empty paragraphs: line breaks used for spacing; use CSS margins instead",
    ]


def test_large_text_needs_3_to_1_and_a_layout_table_needs_no_headers(tmp_path):
    page = '<!DOCTYPE html><html lang="cy"><head><title>T</title><style>h1 { color: #888888; font-size: 24px; }</style></head><body><h1>Polisi</h1><table role="presentation"><tr><td>x</td></tr></table></body></html>'
    assert failures_of(tmp_path, page.encode(), "page.html") == []


def test_readability_counts_each_list_item_as_its_own_sentence(tmp_path):
    page = "<html lang='en-GB'><title>T</title><main><h1>A</h1><p>One two three. Four five.</p><ul><li>Six seven eight nine<ul><li>ten</li></ul></li></ul><table><caption>c</caption><tr><th scope='col'>not prose at all here</th></tr></table></main></html>"
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    figures = lint(path).readability
    assert (figures.sentences, figures.mean, figures.longest, figures.longest_where) == (4, 2.5, 4, "A")
    assert figures.text() == '4 sentences (list items counted separately); mean 2.5 words; longest 4 words (under "A")'


def test_css_reading():
    assert css_colour("#abc") == "AABBCC" and css_colour("rgb(1, 2, 3)") == "010203" and css_colour("Navy") == "000080"
    assert css_colour("rgba(0,0,0,0.5)") is None and css_colour("var(--x)") is None
    rules = css_rules("/* a { color: red } */\na { color: #000 }\n@media print { b { color: #fff; background: #000 } }\n@page { margin: 1cm }")
    assert rules == [("a", {"color": "#000"}, 23), ("b", {"color": "#fff", "background": "#000"}, 56)]


# ------------------------------------------------------------------ the command


def test_command_on_a_good_policy_exits_0_and_prints_readability(tmp_path, policy, good_docx):
    (tmp_path / "policy.docx").write_bytes(good_docx)
    (tmp_path / "policy.html").write_bytes(html_writer.render(policy))
    result = invoke("lint", "policy.docx", "policy.html", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == f"policy.docx: {PASSED}"
    assert re.fullmatch(r'policy\.docx: readability: \d+ sentences \(list items counted separately\); mean \d+\.\d words; longest \d+ words \(under "[^"]+"\)', lines[1])
    assert lines[2] == f"policy.html: {PASSED}"
    assert lines[3].startswith("policy.html: readability: ")
    assert result.stderr == ""


def test_command_on_broken_files_exits_1_with_one_line_per_failure(tmp_path):
    (tmp_path / "page.html").write_text(HAND_EDITED_PAGE, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("x")
    (tmp_path / "fake.docx").write_text("not a zip")
    result = invoke("lint", "page.html", "notes.txt", "fake.docx", "gone.docx", cwd=tmp_path)
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == "page.html: failed 7 of 7 checks: title, language, heading levels, tables, link text, contrast, empty paragraphs"
    errors = result.stderr.splitlines()
    assert len(errors) == 16
    assert errors[0] == "Error: page.html: title: the page has no title; give it a <title>"
    assert errors[13:] == [
        "Error: notes.txt: cannot check '.txt' files; give a Word document (.docx) or a web page (.html)",
        "Error: fake.docx: not a Word document (.docx): it is not a zip package",
        "Error: gone.docx: no such file",
    ]
    assert "Traceback" not in result.output


def test_lint_is_the_api_function_every_time_it_is_looked_up(tmp_path, good_docx):
    import generator

    (tmp_path / "policy.docx").write_bytes(good_docx)
    for _ in range(2):  # a package of the same name would replace the function after the first import
        assert generator.lint(tmp_path / "policy.docx").failures == ()
    assert {"lint", "build_many", "output_formats", "BatchResult"} <= set(generator.__all__)
    assert callable(generator.build_many) and callable(generator.output_formats)


def lint_problem(tmp_path, data: bytes) -> str:
    path = tmp_path / "policy.docx"
    path.write_bytes(data)
    with pytest.raises(PolicyError) as caught:
        lint(path)
    [problem] = caught.value.problems
    return str(problem)


def test_a_document_is_read_as_the_writer_reads_it(tmp_path, good_docx):
    """Through the writer's reader (opc.py): every header and footer it refers to, each named when it is not XML."""
    broken = edited(good_docx, "word/footer1.xml", ("</w:ftr>", ""))
    assert lint_problem(tmp_path, broken).startswith(f"{tmp_path / 'policy.docx'}: not a readable Word document: word/footer1.xml: ")
    with zipfile.ZipFile(io.BytesIO(good_docx)) as source:
        members = {name: source.read(name) for name in source.namelist() if name != "word/styles.xml"}
    assert lint_problem(tmp_path, ooxml.package(members)) == f"{tmp_path / 'policy.docx'}: not a readable Word document: it has no word/styles.xml"


def test_a_document_too_large_unpacked_is_refused(tmp_path, good_docx, monkeypatch):
    monkeypatch.setattr(lint_docx, "INPUT_LIMITS", opc.Limits(unpacked=opc.INPUT_LIMITS.unpacked, part=1000))
    assert lint_problem(tmp_path, good_docx) == f"{tmp_path / 'policy.docx'}: not a readable Word document: word/document.xml is too large (over 0 MiB)"


def test_entities_in_a_document_are_never_expanded(tmp_path, good_docx):
    with zipfile.ZipFile(io.BytesIO(good_docx)) as source:
        document = source.read("word/document.xml").decode("utf-8")
    head, _, rest = document.partition("?>")
    laughs = '<!ENTITY l0 "lol">' + "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10))
    contents = '<w:t xml:space="preserve">Contents'
    bombed = f"{head}?><!DOCTYPE w:document [{laughs}]>" + rest.replace(contents, contents.replace(">", ">&l9;"), 1)
    problem = lint_problem(tmp_path, edited(good_docx, "word/document.xml", (document, bombed)))
    assert problem.startswith(f"{tmp_path / 'policy.docx'}: not a readable Word document: word/document.xml: Maximum entity amplification factor exceeded")
