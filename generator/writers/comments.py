"""The review copy: a built .docx with a Word comment on every clause heading.

Each comment is a few parts under bold headings (compose/review.py says what: the clause's
drafter notes, the BASW recommendations it addresses and the answers that decide it), so an
approval committee reads them in the margin of Word or LibreOffice. The comments part
(word/comments.xml, with its relationship and content type) is added to the package, and each
comment is anchored on its heading's title (commentRangeStart, commentRangeEnd and a
commentReference run). Only the document, the comments and, when the template lacks the
comment styles, the styles change; every other part keeps its bytes. The XML is what
python-docx, which made review copies before, wrote for the same comments.

The comments change nothing in the layout: the contents page numbers of the .docx given stay
right. The same input gives the same bytes: every comment has the same author and initials,
and its date is the policy's approval date, or none at all (never the time of building).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence

from ..document import Document
from .docx import contents_bookmarks, heading_marks
from .ooxml import NAMESPACES, ContentType, RelType, attr, nsdecls, text
from .opc import Package, parse, serialised

Line = str | tuple[str, str]  # a paragraph, or (text, answer): the answer in bold after the text
Part = tuple[str, Sequence[Line]]  # a bold heading and its paragraphs

AUTHOR = "policygen"  # the comments come from the clause library and the answers, not from a person
INITIALS = "PG"
COMMENTS_PART = "/word/comments.xml"
NS = {"w": NAMESPACES["w"]}

# Comment styles, added when the template has none: Word's own names, small and plain.
COMMENT_STYLES = (
    ("CommentText", "paragraph", "annotation text", '<w:pPr><w:spacing w:after="60" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>'),
    ("CommentReference", "character", "annotation reference", '<w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>'),
)
# A new comments part's root, with the namespaces Word declares there.
NEW_COMMENTS = (
    '<w:comments xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:a14="http://schemas.microsoft.com/office/drawing/2010/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas"/>'
)


def with_comments(data: bytes, document: Document, comments: Mapping[str, Sequence[Part]], date: dt.date | None) -> bytes:
    """The .docx `data` (written from `document`) with a comment on each clause heading: `comments` by clause id."""
    package = Package.read(data)
    main = package.related(None, RelType.OFFICE_DOCUMENT)
    styles = package.related(main, RelType.STYLES)
    assert main is not None and styles is not None  # the Word writer wrote both
    styles.data = _with_comment_styles(styles.data)
    existing = package.related(main, RelType.COMMENTS)
    root = parse(existing.data if existing is not None else NEW_COMMENTS)
    marks = _clause_marks(document)
    body = main.data.decode("utf-8")
    stamp = f"{date.isoformat()}T00:00:00Z" if date else None
    next_id = max((int(x) for x in root.xpath("w:comment/@w:id", namespaces=NS) if str(x).isdigit()), default=-1) + 1
    for comment_id, (clause_id, parts) in enumerate(comments.items(), start=next_id):
        if clause_id not in marks:
            raise ValueError(f"the clause {clause_id} has no heading in the document")
        root.append(parse(_comment(comment_id, parts, stamp)))
        body = _anchored(body, marks[clause_id], comment_id)
    main.data = body.encode("utf-8")
    if existing is None:
        package.add(COMMENTS_PART, ContentType.COMMENTS, b"")
        main.rels.add(RelType.COMMENTS, COMMENTS_PART)
    package.parts[existing.name if existing is not None else COMMENTS_PART].data = serialised(root)
    return package.zipped()


def _clause_marks(document: Document) -> dict[str, int]:
    """Each clause's heading, by clause id, as its number among the headings the contents lists (1, 2 ...)."""
    # contents_bookmarks are in contents order: each section's heading, then its clauses'.
    ids = [clause_id for section in document.sections for clause_id in (None, *(clause.id for clause in section.clauses))]
    return {clause_id: mark for mark, (clause_id, _) in enumerate(zip(ids, contents_bookmarks(document), strict=True), start=1) if clause_id}


def _anchored(body: str, mark: int, comment_id: int) -> str:
    """The document with comment `comment_id` marked on the title of heading `mark`: the title run is its range."""
    before, after = heading_marks(mark)
    start = body.find(before)
    if start < 0:
        raise ValueError(f"the heading {mark} is not in the document")
    start += len(before)
    end = body.index(after, start)
    reference = f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{comment_id}"/></w:r>'
    return f'{body[:start]}<w:commentRangeStart w:id="{comment_id}"/>{body[start:end]}<w:commentRangeEnd w:id="{comment_id}"/>{reference}{body[end:]}'


def _comment(comment_id: int, parts: Sequence[Part], stamp: str | None) -> str:
    """One w:comment: each part as a bold heading and its paragraphs; in a (text, answer) paragraph the answer is bold."""
    date = f" w:date={attr(stamp)}" if stamp else ""
    mark = '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'  # the first paragraph holds the comment's mark
    paragraphs: list[str] = []
    for index, (heading, lines) in enumerate(parts):
        paragraphs.append((mark if index == 0 else "") + _run(heading, bold=True))
        for line in lines:
            paragraphs.append(_run(f"{line[0]} ") + _run(line[1], bold=True) if isinstance(line, tuple) else _run(line, empty=False))
    if not parts:
        paragraphs.append(mark)
    body = "".join(f'<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>{content}</w:p>' for content in paragraphs)
    return f'<w:comment {nsdecls("w")} w:id="{comment_id}" w:author={attr(AUTHOR)} w:initials={attr(INITIALS)}{date}>{body}</w:comment>'


_RUN_BREAKS = re.compile(r"(\t|\r|\n)")


def _run(words: str, bold: bool = False, empty: bool = True) -> str:
    """A run of `words`: a tab as w:tab, a line end as w:br, as Word keeps them; empty=False: no run for no words."""
    if not words and not empty:
        return ""
    content = []
    for piece in _RUN_BREAKS.split(words):
        if piece == "\t":
            content.append("<w:tab/>")
        elif piece in ("\r", "\n"):
            content.append("<w:br/>")
        elif piece:
            space = ' xml:space="preserve"' if len(piece.strip()) < len(piece) else ""
            content.append(f"<w:t{space}>{text(piece)}</w:t>")
    return ("<w:r><w:rPr><w:b/></w:rPr>" if bold else "<w:r>") + "".join(content) + "</w:r>"


def _with_comment_styles(styles: bytes) -> bytes:
    """The styles part with the comment styles added, when the template has none (else its bytes as they are)."""
    root = parse(styles)
    missing = [style for style in COMMENT_STYLES if not root.xpath(f'w:style[@w:styleId="{style[0]}"]', namespaces=NS)]
    if not missing:
        return styles
    for style_id, kind, name, properties in missing:
        based_on = '<w:basedOn w:val="Normal"/>' if kind == "paragraph" else '<w:basedOn w:val="DefaultParagraphFont"/>'
        root.append(parse(
            f'<w:style {nsdecls("w")} w:type="{kind}" w:styleId="{style_id}"><w:name w:val="{name}"/>{based_on}'
            f'<w:uiPriority w:val="99"/><w:unhideWhenUsed/>{properties}</w:style>'
        ))
    return serialised(root)

