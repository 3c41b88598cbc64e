"""The review copy: a built .docx with a Word comment on every clause heading.

Each comment is a few parts under bold headings (compose/review.py says what: the clause's
drafter notes, the BASW recommendations it addresses and the answers that decide it), so an
approval committee reads them in the margin of Word or LibreOffice. python-docx writes the comments part
(word/comments.xml with its relationship and content type) and anchors each comment on the
heading's text (commentRangeStart, commentRangeEnd and a commentReference run).

The comments change nothing in the layout: the contents page numbers of the .docx given stay
right. The same input gives the same bytes: every comment has the same author and initials,
and its date is the policy's approval date, or none at all (never the time of building).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import docx
from docx.opc.constants import CONTENT_TYPE as CT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.text.paragraph import Paragraph

from ..document import Document
from .docx import contents_bookmarks
from .ooxml import package, saved_parts

if TYPE_CHECKING:
    from docx.comments import Comment
    from docx.document import Document as WordDocument

Line = str | tuple[str, str]  # a paragraph, or (text, answer): the answer in bold after the text
Part = tuple[str, Sequence[Line]]  # a bold heading and its paragraphs

AUTHOR = "policygen"  # the comments come from the clause library and the answers, not from a person
INITIALS = "PG"

# Comment styles, added when the template has none: Word's own names, small and plain.
COMMENT_STYLES = (
    ("CommentText", "paragraph", "annotation text", '<w:pPr><w:spacing w:after="60" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>'),
    ("CommentReference", "character", "annotation reference", '<w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>'),
)


def with_comments(data: bytes, document: Document, comments: Mapping[str, Sequence[Part]], date: dt.date | None) -> bytes:
    """The .docx `data` (written from `document`) with a comment on each clause heading: `comments` by clause id."""
    doc = docx.Document(io.BytesIO(data))
    _add_comment_styles(doc)
    headings = _clause_headings(doc, document)
    for clause_id, parts in comments.items():
        if clause_id not in headings:
            raise ValueError(f"the clause {clause_id} has no heading in the document")
        _write(doc.add_comment(headings[clause_id].runs, author=AUTHOR, initials=INITIALS), parts)
    _date_comments(doc, date)
    return package(saved_parts(doc))


def _clause_headings(doc: WordDocument, document: Document) -> dict[str, Paragraph]:
    """Each clause's heading paragraph by clause id, found by the bookmark its contents entry links to."""
    # contents_bookmarks are in contents order: each section's heading, then its clauses'.
    ids = [clause_id for section in document.sections for clause_id in (None, *(clause.id for clause in section.clauses))]
    body = doc.element.body
    found: dict[str, Paragraph] = {}
    for clause_id, bookmark in zip(ids, contents_bookmarks(document), strict=True):
        paragraphs = body.xpath(f'w:p[w:bookmarkStart[@w:name="{bookmark}"]]') if clause_id else []
        if clause_id and paragraphs:
            found[clause_id] = Paragraph(paragraphs[0], doc)
    return found


def _write(comment: Comment, parts: Sequence[Part]) -> None:
    """Each part as a bold heading and its paragraphs; in a (text, answer) paragraph the answer is bold."""
    first = comment.paragraphs[0]  # holds the comment's mark; the first heading follows it
    for index, (heading, lines) in enumerate(parts):
        paragraph = first if index == 0 else comment.add_paragraph()
        paragraph.add_run(heading).bold = True
        for line in lines:
            if isinstance(line, tuple):
                text, answer = line
                comment.add_paragraph(f"{text} ").add_run(answer).bold = True
            else:
                comment.add_paragraph(line)


def _add_comment_styles(doc: WordDocument) -> None:
    styles = doc.styles.element
    for style_id, kind, name, properties in COMMENT_STYLES:
        if not styles.xpath(f'w:style[@w:styleId="{style_id}"]'):
            based_on = '<w:basedOn w:val="Normal"/>' if kind == "paragraph" else '<w:basedOn w:val="DefaultParagraphFont"/>'
            styles.append(parse_xml(
                f'<w:style {nsdecls("w")} w:type="{kind}" w:styleId="{style_id}"><w:name w:val="{name}"/>{based_on}'
                f'<w:uiPriority w:val="99"/><w:unhideWhenUsed/>{properties}</w:style>'
            ))


def _date_comments(doc: WordDocument, date: dt.date | None) -> None:
    """python-docx dates each comment now; the review copy's date is the approval date, or none."""
    stamp = f"{date.isoformat()}T00:00:00Z" if date else None
    for part in doc.part.package.iter_parts():
        if part.content_type != CT.WML_COMMENTS:
            continue
        for comment in part.element.xpath("w:comment"):
            if stamp:
                comment.set(qn("w:date"), stamp)
            else:
                comment.attrib.pop(qn("w:date"), None)
