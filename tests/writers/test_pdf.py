"""PDF output and contents page numbers, laid out by LibreOffice.

Every example is built once to .docx and .pdf with LibreOffice (conftest.paged_examples);
poppler (pdftotext, pdfinfo, pdffonts) and pypdf read the results. Those tests need Debian's
libreoffice-writer-nogui, python3-uno and poppler-utils: skipped locally when missing, a
failure under CI. The tests of a missing LibreOffice need none of them.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from lxml import etree
from pypdf import PdfReader

from generator.batch import build_many
from generator.cli import cli
from generator.document import ListBlock, Paragraph, Table, plain_text
from generator.pipeline import build
from generator.writers import docx as writer
from generator.writers import libreoffice
from helpers import EXAMPLES, libreoffice_on, require_tool, without_warnings

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
MISSING = (
    "Error: out.pdf: a PDF needs LibreOffice, but it is not installed; "
    "on Debian or Ubuntu: sudo apt-get install libreoffice-writer-nogui python3-uno\n"
)


def invoke(args, cwd):
    old = os.getcwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(cli, args)
    finally:
        os.chdir(old)


# ------------------------------------------------------------------ without LibreOffice


@pytest.fixture
def no_libreoffice(monkeypatch, tmp_path):
    """A PATH with no soffice on it, and LibreOffice not turned off: as on a machine without it."""
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    monkeypatch.delenv(libreoffice.TURN_OFF)


def test_a_pdf_without_libreoffice_is_refused_naming_the_packages_and_nothing_is_written(no_libreoffice, tmp_path, answers_file):
    answers_file()
    (tmp_path / "out.docx").write_bytes(b"the last good build")
    result = invoke(["build", "policy.yaml", "-o", "out.docx", "-o", "out.md", "-o", "out.pdf"], tmp_path)
    assert result.exit_code == 1
    assert without_warnings(result.output) == MISSING
    assert (tmp_path / "out.docx").read_bytes() == b"the last good build"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty-bin", "out.docx", "policy.yaml"]


def test_a_docx_without_libreoffice_keeps_its_contents_field_without_page_numbers(no_libreoffice, tmp_path, answers_file):
    answers_file()
    result = invoke(["build", "policy.yaml", "-o", "out.docx"], tmp_path)
    assert result.exit_code == 0, result.output
    body = etree.fromstring(zipfile.ZipFile(tmp_path / "out.docx").read("word/document.xml"))
    assert [t.strip() for t in body.xpath("//w:instrText/text()", namespaces=NS)] == [writer.TOC_INSTRUCTION]


def test_a_batch_without_libreoffice_reports_each_pdf_and_writes_nothing_for_it(no_libreoffice, tmp_path):
    results = build_many(EXAMPLES[:2], tmp_path / "out", ["docx", "pdf"], workers=1)
    for example, result in zip(EXAMPLES[:2], results, strict=False):
        assert result.written == ()
        assert [str(problem) for problem in result.problems] == [f"{tmp_path / 'out' / example.stem}.pdf: " + MISSING.split(": ", 2)[2].rstrip("\n")]
    assert list((tmp_path / "out").iterdir()) == []


def test_a_pdf_when_libreoffice_is_turned_off_says_so(monkeypatch, tmp_path, answers_file):
    answers_file()
    monkeypatch.setenv(libreoffice.TURN_OFF, "1")
    result = invoke(["build", "policy.yaml", "-o", "out.pdf"], tmp_path)
    assert result.exit_code == 1
    assert without_warnings(result.output) == "Error: out.pdf: a PDF needs LibreOffice, but it is turned off (POLICYGEN_NO_LIBREOFFICE is set)\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["policy.yaml"]


def test_libreoffice_without_its_python_bridge_names_python3_uno(monkeypatch, tmp_path, answers_file):
    answers_file()
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "soffice"
    fake.write_text("#!/bin/sh\nexit 1\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_dir))
    monkeypatch.delenv(libreoffice.TURN_OFF)
    monkeypatch.setattr(libreoffice, "_pythons", lambda soffice: [sys.executable])  # this venv's Python has no uno
    result = invoke(["build", "policy.yaml", "-o", "out.pdf"], tmp_path)
    assert result.exit_code == 1
    assert without_warnings(result.output) == (
        "Error: out.pdf: a PDF needs LibreOffice, but its Python bridge (uno) is not installed; "
        "on Debian or Ubuntu: sudo apt-get install python3-uno\n"
    )


def test_a_libreoffice_that_does_not_start_is_an_error_not_a_hang(monkeypatch, tmp_path, answers_file):
    """The worker starts a 'soffice' that exits at once: the build says so and writes nothing."""
    answers_file()
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "soffice"
    fake.write_text("#!/bin/sh\nexit 1\n")
    fake.chmod(0o755)
    with libreoffice_on():
        monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
        result = invoke(["build", "policy.yaml", "-o", "out.docx"], tmp_path)
    assert result.exit_code == 1
    assert without_warnings(result.output) == (
        "Error: out.docx: LibreOffice could not lay out the document: LibreOffice did not start; "
        "set POLICYGEN_NO_LIBREOFFICE=1 to write it without contents page numbers\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bin", "policy.yaml"]


# ------------------------------------------------------------------ reading what LibreOffice made


def pdf_pages(pdf: Path) -> list[list[str]]:
    """Each page's lines as pdftotext lays them out, spaces squeezed."""
    require_tool("pdftotext")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")[: len(PdfReader(pdf).pages)]
    return [[" ".join(line.split()) for line in page.splitlines() if line.strip()] for page in pages]


CONTENTS_LINE = re.compile(r"^(\d+(?:\.\d+)?) (.*?) ?\.{3,} ?(\d+)$")


def contents_entries(pages: list[list[str]]) -> list[tuple[int, str, int]]:
    """(page of the contents, 'number title', page number shown) of each contents line; a wrapped entry is joined."""
    found, pending = [], ""
    for page_number, lines in enumerate(pages, start=1):
        if found and not any(CONTENTS_LINE.match(line) for line in lines):
            break  # the contents ended on the page before
        for line in lines[1:-1]:  # not the header and footer
            line = f"{pending} {line}" if pending else line
            match = CONTENTS_LINE.match(line)
            if match:
                found.append((page_number, f"{match.group(1)} {match.group(2)}", int(match.group(3))))
                pending = ""
            elif re.match(r"\d+(\.\d+)? ", line):
                pending = line  # an entry too long for one line
    return found


def heading_pages(pages: list[list[str]], document, after: int) -> dict[str, int]:
    """The page on which each section's and clause's heading is drawn, looking after page `after`."""
    wanted = [f"{n} {t}" for n, t in writer.contents_entries(document)]
    seen: dict[str, int] = {}
    for page_number, lines in enumerate(pages, start=1):
        if page_number <= after:
            continue
        for index, line in enumerate(lines):
            joined = " ".join(lines[index: index + 3])
            for heading in wanted:
                if heading not in seen and (line == heading or (heading.startswith(line + " ") and joined.startswith(heading))):
                    seen[heading] = page_number
    return seen


@pytest.fixture(scope="session")
def read(paged_examples):
    """{name: (docx path, pdf path, Document, pages of text)} for every example."""
    return {name: (docx_path, pdf, document, pdf_pages(pdf)) for name, (docx_path, pdf, document) in paged_examples.items()}


def test_contents_lines_end_in_the_pages_the_headings_are_on(read):
    for name, (_, _, document, pages) in read.items():
        entries = contents_entries(pages)
        assert [entry for _, entry, _ in entries] == [f"{n} {t}" for n, t in writer.contents_entries(document)], name
        last_contents_page = entries[-1][0]
        headings = heading_pages(pages, document, after=last_contents_page)
        assert {entry: page for _, entry, page in entries} == headings, name
        assert headings[entries[0][1]] == last_contents_page + 1, name  # the first section starts the page after


def test_no_page_holds_only_a_few_lines_of_the_contents(read):
    for name, (_, _, _, pages) in read.items():
        per_page: dict[int, int] = {}
        for page, _, _ in contents_entries(pages):
            per_page[page] = per_page.get(page, 0) + 1
        assert len(per_page) == 1 or min(per_page.values()) >= writer.CONTENTS_KEPT_TOGETHER, (name, per_page)


def test_the_pdf_is_tagged_pdf_ua_with_title_author_language_and_keywords(read):
    require_tool("pdfinfo")
    for name, (_, pdf, document, _) in read.items():
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        assert re.search(r"^Tagged:\s+yes$", info, re.M), name
        assert re.search(rf"^Title:\s+{re.escape(document.meta.title)}$", info, re.M), name
        reader = PdfReader(pdf)
        meta = reader.metadata
        assert (meta.title, meta.author, meta.subject) == (document.meta.title, document.meta.author, document.meta.subject), name
        assert meta["/Keywords"] == ", ".join(document.meta.keywords), name
        root = reader.trailer["/Root"]
        assert root["/Lang"] == "en-GB", name
        assert root["/MarkInfo"]["/Marked"] == True and "/StructTreeRoot" in root, name  # noqa: E712 (a pypdf BooleanObject)
        assert root["/ViewerPreferences"]["/DisplayDocTitle"] == True, name  # noqa: E712
        assert b"<pdfuaid:part>1</pdfuaid:part>" in pdf.read_bytes(), name  # PDF/UA-1 declared


def test_the_pdf_has_bookmarks_from_the_headings(read):
    for name, (_, pdf, document, pages) in read.items():
        reader = PdfReader(pdf)
        sections = []
        for item in reader.outline:
            if isinstance(item, list):
                sections[-1][1].extend((child.title, reader.get_destination_page_number(child) + 1) for child in item)
            else:
                sections.append(((item.title, reader.get_destination_page_number(item) + 1), []))
        expected = [(f"{s.number} {s.title}", [f"{c.number} {c.title}" for c in s.clauses]) for s in document.sections]
        assert [(top[0], [title for title, _ in children]) for top, children in sections] == expected, name
        headings = heading_pages(pages, document, after=contents_entries(pages)[-1][0])
        for top, children in sections:
            assert headings[top[0]] == top[1], (name, top)
            for title, page in children:
                assert headings[title] == page, (name, title)


def test_the_docx_has_the_page_numbers_in_its_own_contents_field(read):
    """python-docx reopens it; one TOC field holds a PAGEREF per entry showing the heading's page."""
    for name, (docx_path, _, document, pages) in read.items():
        docx.Document(str(docx_path))  # opens
        with zipfile.ZipFile(docx_path) as package:
            body = etree.fromstring(package.read("word/document.xml"))
            settings = etree.fromstring(package.read("word/settings.xml"))
        assert settings.xpath("string(w:updateFields/@w:val)", namespaces=NS) == "true"
        marks = writer.contents_bookmarks(document)
        instructions = [t.strip() for t in body.xpath("//w:body/w:p//w:instrText/text()", namespaces=NS)]
        assert instructions == [writer.TOC_INSTRUCTION] + [f"PAGEREF {mark} \\h" for mark in marks], name
        kinds = body.xpath("//w:body/w:p//w:fldChar/@w:fldCharType", namespaces=NS)
        assert kinds == ["begin", "separate"] + ["begin", "separate", "end"] * len(marks) + ["end"], name
        assert body.xpath("string((//w:fldChar)[1]/@w:dirty)", namespaces=NS) == "true"
        headings = heading_pages(pages, document, after=contents_entries(pages)[-1][0])
        entries = [f"{n} {t}" for n, t in writer.contents_entries(document)]
        shown = []
        for mark in marks:
            [result] = body.xpath(f'//w:instrText[contains(., "PAGEREF {mark} ")]/../following-sibling::w:r[w:t][1]/w:t/text()', namespaces=NS)
            shown.append(int(result))
        assert shown == [headings[entry] for entry in entries], name


def test_the_docx_with_page_numbers_passes_lint(read):
    from generator import lint

    for name, (docx_path, _, _, _) in read.items():
        assert lint(docx_path).failures == (), name


def test_the_same_answers_and_libreoffice_give_the_same_docx_and_the_same_pdf_but_its_stamps(paged_examples, tmp_path):
    name = EXAMPLES[0].stem
    first_docx, first_pdf, _ = paged_examples[name]
    with libreoffice_on():
        build(EXAMPLES[0], [tmp_path / "again.docx", tmp_path / "again.pdf"])
    assert (tmp_path / "again.docx").read_bytes() == first_docx.read_bytes()
    assert _unstamped(tmp_path / "again.pdf") == _unstamped(first_pdf)
    assert (tmp_path / "again.pdf").read_bytes() != first_pdf.read_bytes()  # the stamps are all that differ


def _unstamped(pdf: Path) -> bytes:
    """The PDF without what LibreOffice stamps on each export: its creation time, and the file id and checksum made with it."""
    data = pdf.read_bytes()
    data = re.sub(rb"/CreationDate\(D:[^)]*\)", b"/CreationDate()", data)
    data = re.sub(rb"<xmp:CreateDate>[^<]*</xmp:CreateDate>", b"<xmp:CreateDate/>", data)
    data = re.sub(rb"/ID \[ <[0-9A-F]+>\s*<[0-9A-F]+> \]", b"/ID []", data)
    return re.sub(rb"/DocChecksum /[0-9A-F]+", b"/DocChecksum", data)


# ------------------------------------------------------------------ tables


def document_words(document) -> set[str]:
    """Every word the policy's text holds, as `tokens` splits it."""
    texts = [document.meta.title, document.meta.organisation, f"Version {document.meta.version} ({document.meta.status})", "Contents Page of DRAFT"]

    def add(block):
        if isinstance(block, Paragraph):
            texts.append(block.text)
        elif isinstance(block, ListBlock):
            for item in block.items:
                for sub in item:
                    add(sub)
        elif isinstance(block, Table):
            texts.extend(plain_text(cell) for row in (block.header, *block.rows) for cell in row)

    for number, title in writer.contents_entries(document):
        texts.append(f"{number} {title}")
    for clause in document.clauses():
        for block in clause.blocks:
            add(block)
    return {word for text in texts for word in tokens(text)}


def tokens(text: str) -> list[str]:
    """Words, without the punctuation around them; a hyphen is a place a line may break, so it splits too."""
    words = []
    for raw in re.split(r"[\s\-‐–—]+|\.{2,}", text):
        word = raw.strip(".,;:()\"'“”‘’!?")
        if re.search(r"[^\W\d_]", word):  # has a letter: leaves out numbers and bullets
            words.append(word)
    return words


def broken_words(pdf: Path, document) -> list[str]:
    """Pieces in the PDF's text that are not words of the policy: words split across lines."""
    known = document_words(document)
    return sorted({word for page in pdf_pages(pdf) for line in page for word in tokens(line) if word not in known})


def table_headers(document) -> list[list[str]]:
    return [[plain_text(cell) for cell in block.header] for clause in document.clauses() for block in clause.blocks if isinstance(block, Table)]


def assert_tables_read_whole(pdf: Path, document, name: str) -> None:
    assert broken_words(pdf, document) == [], name
    flat = [line for page in pdf_pages(pdf) for line in page]
    for header in table_headers(document):  # each header row on one line: no header cell wraps
        pattern = re.compile(r"(^| )" + " ".join(re.escape(cell) for cell in header) + r"( |$)")
        assert any(pattern.search(line) for line in flat), (name, header)


def fonts_of(pdf: Path) -> str:
    require_tool("pdffonts")
    return subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout


def test_no_word_breaks_in_a_table_with_liberation_sans(read):
    for name, (_, pdf, document, _) in read.items():
        assert "LiberationSans" in fonts_of(pdf), name
        assert_tables_read_whole(pdf, document, name)


PHONE = re.compile(r"\b0\d{2,4}(?: \d{3,4}){1,2}\b")


def test_every_phone_number_reads_on_one_line(read):
    from generator.writers import markdown

    for name, (_, _pdf, document, pages) in read.items():
        numbers = set(PHONE.findall(markdown.render(document).decode()))
        assert len(numbers) >= 3, name  # every example gives its teams' numbers
        lines = [line.replace("\u00a0", " ") for page in pages for line in page]
        assert [number for number in sorted(numbers) if not any(number in line for line in lines)] == [], name


def test_no_word_breaks_in_a_table_with_dejavu_sans(paged_examples, tmp_path):
    """As on a machine without Liberation fonts: LibreOffice draws Arial with DejaVu Sans, which is wider."""
    soffice = require_tool("soffice")
    found = sorted(Path("/usr/share/fonts").rglob("DejaVuSans.ttf"))
    if not found:
        message = "DejaVu Sans is not installed (fonts-dejavu-core; .ci/run installs it)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        f"<dir>{found[0].parent}</dir><cachedir>{tmp_path / 'font-cache'}</cachedir>"
        "<alias><family>Arial</family><prefer><family>DejaVu Sans</family></prefer></alias></fontconfig>"
    )
    subprocess.run(
        [soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--convert-to", "pdf", "--outdir", str(tmp_path)]
        + [str(docx_path) for docx_path, _, _ in paged_examples.values()],
        check=True, capture_output=True, timeout=600, env={**os.environ, "FONTCONFIG_FILE": str(config)},
    )
    for name, (_, _, document) in paged_examples.items():
        pdf = tmp_path / f"{name}.pdf"
        fonts = fonts_of(pdf)
        assert "DejaVuSans" in fonts and "Liberation" not in fonts, name
        assert_tables_read_whole(pdf, document, name)


def test_broken_words_are_found(read):
    """The word-break check itself: a word split across two lines is caught."""
    name, (_, pdf, document, _) = next(iter(read.items()))
    known = document_words(document)
    assert "Version" in known and "Versio" not in known and "n" not in known
    assert [w for w in tokens("Versio\nn Page 3 of 20 ........ 4") if w not in known] == ["Versio", "n"]
    assert tokens("face-to-face (e-learning).") == ["face", "to", "face", "e", "learning"]
