"""Contents page numbers from LibreOffice's layout, written into our own .docx; the PDF from the same layout.

LibreOffice opens the .docx we wrote and says on which page each heading falls. Those
numbers go into the contents field's result in our XML (docx.render's `pages`), and the
document is laid out again, because the numbers themselves could move a heading. When two
layouts agree, the .docx is what LibreOffice laid out, so its contents list is right, and the
PDF (exported from that same layout) shows the same numbers. Word still updates the field
on opening. The same Document and the same LibreOffice (version and fonts) give the same
page numbers, so the same .docx bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..document import Document
from ..errors import PolicyError, Problem
from ..record import Record
from . import docx as word
from . import libreoffice
from .libreoffice import LibreOffice, Session

# Two layouts agree at once unless adding numbers moves a heading; allow a few such moves.
MAX_LAYOUTS = 5


class Paged(Record):
    docx: bytes
    pdf: bytes | None


def pdf_properties(document: Document) -> dict:
    meta = document.meta
    return {"title": meta.title, "author": meta.author, "subject": meta.subject, "keywords": list(meta.keywords)}


def lay_out(document: Document, office: LibreOffice, with_pdf: bool, shown: str) -> Paged:
    """The .docx with contents page numbers and, with_pdf, the PDF; problems are named after `shown`."""
    bookmarks = word.contents_bookmarks(document)
    properties = pdf_properties(document) if with_pdf else None
    with Session(office, shown) as session:
        pages = session.lay_out(word.render(document), bookmarks).pages
        for _ in range(MAX_LAYOUTS):
            data = word.render(document, pages)
            layout = session.lay_out(data, bookmarks, properties)
            if layout.pages == pages:
                return Paged(data, layout.pdf)
            pages = layout.pages
    raise PolicyError(Problem(f"the contents page numbers did not settle after {MAX_LAYOUTS} LibreOffice layouts; please report this", shown))


def render_laid_out(document: Document, targets: Sequence[Path]) -> dict[str, bytes]:
    """The bytes of the .docx and the PDF among `targets`, by suffix, from one LibreOffice layout.

    Without LibreOffice: a PDF is refused (a PolicyError naming it), and with none asked for
    the answer is {}, so the .docx is written by the Word writer alone, as before.
    """
    by_suffix = {target.suffix.lower(): target for target in reversed(targets)}  # the first of each
    pdf = by_suffix.get(".pdf")
    office = libreoffice.required("a PDF", str(pdf)) if pdf else libreoffice.find()
    if not isinstance(office, LibreOffice):
        return {}
    try:
        result = lay_out(document, office, with_pdf=pdf is not None, shown=str(pdf or by_suffix[".docx"]))
    except PolicyError as exc:
        if pdf:
            raise
        # Only the page numbers needed LibreOffice: say how to build without them.
        raise PolicyError([Problem(f"{p.message}; set {libreoffice.TURN_OFF}=1 to write it without contents page numbers", p.file) for p in exc.problems]) from None
    return {".docx": result.docx, ".pdf": result.pdf} if result.pdf is not None else {".docx": result.docx}
