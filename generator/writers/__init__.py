"""One writer per output format; each has `render(document) -> bytes`."""

from __future__ import annotations

import functools
import importlib
from pathlib import Path
from types import ModuleType

from ..files import data_dir

WRITERS = {".docx": "generator.writers.docx", ".md": "generator.writers.markdown", ".html": "generator.writers.html"}
WRITERS[".pdf"] = "generator.writers.pdf"  # through LibreOffice (writers/paged.py)


def writer_for(suffix: str) -> ModuleType:
    """The writer module for a file suffix, imported only when needed."""
    return importlib.import_module(WRITERS[suffix.lower()])


@functools.cache  # looked up on every build; the installed package does not move while it runs
def reference_template() -> Path:
    """The Word template every .docx is made from (templates/make_reference.py writes it)."""
    return data_dir("templates") / "reference.docx"


def template_files() -> list[Path]:
    """The files the writers read (an output written over one would change every later build)."""
    return [reference_template(), data_dir("templates") / "policy.css"]
