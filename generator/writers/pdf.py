"""The policy as a tagged PDF (PDF/UA), laid out by LibreOffice from our own .docx.

The PDF is LibreOffice's export of the .docx with its contents page numbers filled in
(paged.py): tagged, with the title, author, subject, keywords and language (en-GB, from the
document's styles), bookmarks from the headings, and the contents entries as links.
LibreOffice is needed: without it a PDF is refused, and nothing is written. A build of a
.docx and a PDF together makes both from one layout (paged.render_laid_out).
"""

from __future__ import annotations

from ..document import Document
from . import libreoffice, paged


def render(document: Document, shown: str = "PDF") -> bytes:
    pdf = paged.lay_out(document, libreoffice.required("a PDF", shown), with_pdf=True, shown=shown).pdf
    assert pdf is not None
    return pdf
