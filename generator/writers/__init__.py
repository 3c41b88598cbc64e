"""One writer per output format; each has `render(document) -> bytes`."""

from __future__ import annotations

import importlib
from types import ModuleType

WRITERS = {".docx": "generator.writers.docx", ".md": "generator.writers.markdown", ".html": "generator.writers.html"}
WRITERS[".pdf"] = "generator.writers.pdf"  # through LibreOffice (writers/paged.py)


def writer_for(suffix: str) -> ModuleType:
    """The writer module for a file suffix, imported only when needed (python-docx is slow to import)."""
    return importlib.import_module(WRITERS[suffix.lower()])
