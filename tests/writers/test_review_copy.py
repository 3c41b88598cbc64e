"""`build --review-copy`: the policy as a .docx with a Word comment on every clause heading.

Checked in the package itself (comments part, relationship, content type, anchors), by
openxml-audit, and by LibreOffice, which must list every comment when it converts the copy
to OpenDocument (office:annotation).
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest

from generator.errors import PolicyError
from generator.pipeline import build, prepare
from helpers import ROOT, invoke, require_tool

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
NORTHSHIRE = ROOT / "examples" / "northshire-council.yaml"

FORMER_COMMENT = [  # boundaries.former in Northshire's review copy, paragraph by paragraph
    "Drafter's notes",
    "Why: the power imbalance of a professional relationship does not end when a case closes, and the person may need the service again (BASW recommendations 4 and 6).",
    "Options: boundaries.former_service_users is 'never' (a flat rule) or agreed case by case with a manager and recorded. Either way, children and adults "
    "at risk are always a no. For care-experienced staff and carers the clause says plainly that their own family and people they grew up with are never "
    "limited: keep that sentence if you replace the clause.",
    "BASW recommendations",
    "4. Keep clear personal and professional boundaries with people who use services and with colleagues.",
    "6. Open professional conversation online is welcome, but do not take people who use services or their carers into your personal network.",
    "Deciding answers",
    "Does it cover social work students? Yes",
    "Does it cover foster carers? Yes",
    "May staff have personal online contact with people who used your services in the past? Never: no personal online contact with former service users",
]


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def part(path: Path, name: str) -> ElementTree.Element:
    with zipfile.ZipFile(path) as package:
        return ElementTree.fromstring(package.read(name))


def paragraph_texts(element: ElementTree.Element) -> list[str]:
    return ["".join(t.text or "" for t in p.iter(w("t"))) for p in element.iter(w("p"))]


@pytest.fixture(scope="module")
def review(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("review") / "review.docx"
    assert build(NORTHSHIRE, [target], review_copy=True) == [target]
    return target


def comments_by_heading(path: Path) -> dict[str, ElementTree.Element]:
    """Each comment, by the text of the heading its range covers."""
    comments = {c.get(w("id")): c for c in part(path, "word/comments.xml").iter(w("comment"))}
    found = {}
    for heading in part(path, "word/document.xml").iter(w("p")):
        style = heading.find("w:pPr/w:pStyle", NS)
        if style is None or style.get(w("val")) != "Heading2":
            continue
        [start] = heading.findall("w:commentRangeStart", NS)
        [end] = heading.findall("w:commentRangeEnd", NS)
        [reference] = heading.findall("w:r/w:commentReference", NS)
        comment_id = start.get(w("id"))
        assert end.get(w("id")) == reference.get(w("id")) == comment_id
        children = list(heading)
        covered = children[children.index(start) + 1 : children.index(end)]
        found["".join(t.text or "" for run in covered for t in run.iter(w("t")))] = comments[comment_id]
    return found


def test_the_comments_part_has_its_relationship_and_content_type(review):
    types = part(review, "[Content_Types].xml")
    overrides = {o.get("PartName"): o.get("ContentType") for o in types}
    assert overrides["/word/comments.xml"] == COMMENTS_TYPE
    relationships = part(review, "word/_rels/document.xml.rels")
    assert [r.get("Target") for r in relationships if r.get("Type") == COMMENTS_REL] == ["comments.xml"]


def test_every_clause_heading_carries_one_comment_by_policygen_dated_the_approval(review):
    document = prepare(NORTHSHIRE).document
    by_heading = comments_by_heading(review)
    assert list(by_heading) == [clause.title for clause in document.clauses()]
    for comment in by_heading.values():
        assert (comment.get(w("author")), comment.get(w("initials")), comment.get(w("date"))) == ("policygen", "PG", "2026-10-01T00:00:00Z")
    assert paragraph_texts(by_heading["People who used our services in the past"]) == FORMER_COMMENT


def test_the_organisations_own_clause_says_so_first(review):
    """Northshire's example adds a clause of its own, with notes: the committee sees whose words they are."""
    own = paragraph_texts(comments_by_heading(review)["Sharing the Council's own posts"])
    assert own[:3] == ["Your own clause", "Added by your organisation: not in the clause library.", "Drafter's notes"]
    assert own[3].startswith("Added by Northshire in version 2.1. The Fostering Service asked for it")


def test_headings_are_bold_and_each_answer_stands_out(review):
    comment = comments_by_heading(review)["People who used our services in the past"]
    bold = ["".join(t.text or "" for t in r.iter(w("t"))) for r in comment.iter(w("r")) if r.find("w:rPr/w:b", NS) is not None]
    assert bold == ["Drafter's notes", "BASW recommendations", "Deciding answers", "Yes", "Yes", "Never: no personal online contact with former service users"]


def test_a_clause_without_notes_or_answers_says_so(review):
    comments = comments_by_heading(review)
    assert paragraph_texts(comments["Who and what this policy covers"])[:3] == ["BASW recommendations", "None: this clause is here to frame the policy.", "Deciding answers"]
    assert paragraph_texts(comments["Privacy settings and what stays public"]) == [
        "BASW recommendations",
        "8. Learn how each platform works, check your privacy settings, treat posts as public and lasting, and use private channels for anything sensitive.",
        "Deciding answers",
        "None: this clause reads no answers, so it is the same for every organisation.",
    ]
    safeguarding = paragraph_texts(comments["Safeguarding when the harm is online"])
    assert safeguarding[-2:] == [
        "In which UK nation do your social work staff practise? England",
        "Worked out from these answers: the law, guidance and bodies the clause library gives for England; "
        "out of hours name: the Northshire Emergency Duty Team; out of hours phone: 01632 960 999; university: No.",
    ]


def test_a_draft_without_an_approval_date_has_undated_comments(tmp_path):
    target = tmp_path / "review.docx"
    build(ROOT / "examples" / "strathmore-council.yaml", [target], review_copy=True)
    comments = list(part(target, "word/comments.xml").iter(w("comment")))
    assert comments and all(c.get(w("date")) is None for c in comments)


def page_header_runs(path: Path) -> list[tuple[str, bool]]:
    """(text, bold) of each run in the header of every page after the cover."""
    R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    [reference] = [r for r in part(path, "word/document.xml").iter(w("headerReference")) if r.get(w("type")) == "default"]
    rels = {rel.get("Id"): rel.get("Target") for rel in part(path, "word/_rels/document.xml.rels")}
    header = part(path, "word/" + rels[reference.get(f"{{{R}}}id")])
    return [("".join(t.text or "" for t in run.iter(w("t"))), run.find("w:rPr/w:b", NS) is not None) for run in header.iter(w("r")) if run.find("w:t", NS) is not None]


def test_every_page_header_says_review_copy_and_the_policy_s_does_not(review, tmp_path):
    assert page_header_runs(review) == [("Northshire County Council", False), ("REVIEW COPY", True), ("Social media policy for social care staff", False)]
    plain = tmp_path / "policy.docx"
    build(NORTHSHIRE, [plain])
    assert page_header_runs(plain) == [("Northshire County Council", False), ("Social media policy for social care staff", False)]


def test_a_draft_s_review_copy_says_draft_review_copy(tmp_path):
    target = tmp_path / "review.docx"
    build(ROOT / "examples" / "strathmore-council.yaml", [target], review_copy=True)
    assert ("DRAFT REVIEW COPY", True) in page_header_runs(target)
    plain = tmp_path / "policy.docx"
    build(ROOT / "examples" / "strathmore-council.yaml", [plain])
    assert ("DRAFT", True) in page_header_runs(plain)
    assert not any("REVIEW" in text for text, _ in page_header_runs(plain))


def test_the_review_copy_is_the_same_bytes_every_time(review, tmp_path):
    again = tmp_path / "again.docx"
    build(NORTHSHIRE, [again], review_copy=True)
    assert again.read_bytes() == review.read_bytes()


def test_the_policy_itself_has_no_comments(review, tmp_path):
    plain = tmp_path / "policy.docx"
    build(NORTHSHIRE, [plain])
    with zipfile.ZipFile(plain) as package:
        assert "word/comments.xml" not in package.namelist()
        assert b"comments" not in package.read("[Content_Types].xml") + package.read("word/_rels/document.xml.rels")
        assert b"commentR" not in package.read("word/document.xml")
    # The same policy text either way: the review copy only adds the comments.
    assert paragraph_texts(part(plain, "word/document.xml")) == paragraph_texts(part(review, "word/document.xml"))


def test_the_cli_writes_a_review_copy_beside_the_answers_by_default(tmp_path, answers_file):
    answers_file()
    result = invoke("build", "policy.yaml", "--review-copy", cwd=tmp_path)
    assert (result.exit_code, result.stdout) == (0, "Wrote policy-review.docx\n"), result.output
    assert not (tmp_path / "policy.docx").exists()
    assert "word/comments.xml" in zipfile.ZipFile(tmp_path / "policy-review.docx").namelist()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-o", "review.docx", "-o", "review.pdf"], "Error: --review-copy writes Word comments, so its output must be a .docx: 'review.pdf' is not; use -o review.docx\n"),
        (["--out-dir", "out"], "Error: --review-copy writes one policy's review copy: give one answers file and -o review.docx\n"),
        (["-o", "-"], "Error: --review-copy writes Word comments, so its output must be a .docx: '-' is not; use -o review.docx\n"),
        (["--edition", "quick", "-o", "quick.docx"], "Error: --review-copy is a copy of the full policy for its approval: leave out --edition\n"),
    ],
)
def test_the_cli_refuses_a_review_copy_that_is_not_one_docx(tmp_path, answers_file, args, message):
    answers_file()
    result = invoke("build", "policy.yaml", "--review-copy", *args, cwd=tmp_path)
    assert result.exit_code == 2
    assert result.output.endswith(message), result.output
    assert list(tmp_path.iterdir()) == [tmp_path / "policy.yaml"]


def test_the_api_refuses_a_review_copy_in_another_format(tmp_path):
    with pytest.raises(PolicyError) as caught:
        build(NORTHSHIRE, [tmp_path / "review.md"], review_copy=True)
    [problem] = caught.value.problems
    assert (problem.message, problem.file) == ("a review copy is a Word document: name it .docx, not '.md'", str(tmp_path / "review.md"))
    with pytest.raises(PolicyError) as caught:
        build(NORTHSHIRE, [tmp_path / "quick.docx"], review_copy=True, edition="quick")
    assert [p.message for p in caught.value.problems] == ["a review copy is of the full policy, for its approval, not the 'quick' edition"]
    assert list(tmp_path.iterdir()) == []


def test_openxml_audit_passes_the_review_copy(review):
    audit = Path(sys.executable).parent / "openxml-audit"
    assert audit.exists(), "openxml-audit is a test dependency: pip install '.[test]'"
    result = subprocess.run([str(audit), "-o", "json", str(review)], capture_output=True, text=True)
    [report] = json.loads(result.stdout)
    assert (result.returncode, report["valid"], report["error_count"], report["warning_count"]) == (0, True, 0, 0), report["errors"][:5]


def test_libreoffice_lists_every_comment_with_its_text(review, tmp_path):
    soffice = require_tool("soffice")
    subprocess.run(
        [soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--convert-to", "odt", "--outdir", str(tmp_path), str(review)],
        check=True, capture_output=True, timeout=300, stdin=subprocess.DEVNULL,
    )
    odf = {"office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0", "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0", "dc": "http://purl.org/dc/elements/1.1/"}
    content = ElementTree.fromstring(zipfile.ZipFile(tmp_path / "review.odt").read("content.xml"))
    annotations = content.findall(".//office:annotation", odf)
    assert len(annotations) == len(list(prepare(NORTHSHIRE).document.clauses()))
    assert {a.findtext("dc:creator", namespaces=odf) for a in annotations} == {"policygen"}
    texts = [["".join(p.itertext()) for p in a.findall("text:p", odf)] for a in annotations]
    assert FORMER_COMMENT in texts
    # Each annotation sits in its clause's heading, where Word's comment range put it.
    former = annotations[texts.index(FORMER_COMMENT)]
    [heading] = [h for h in content.iter(f"{{{odf['text']}}}h") if former in list(h.iter())]
    assert text_outside_annotations(heading, f"{{{odf['office']}}}annotation") == "People who used our services in the past"


def text_outside_annotations(element: ElementTree.Element, annotation: str) -> str:
    text = element.text or ""
    for child in element:
        if child.tag != annotation:
            text += text_outside_annotations(child, annotation)
        text += child.tail or ""
    return text
