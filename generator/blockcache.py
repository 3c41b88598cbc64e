"""Clause text parsed before, so a rebuild parses only the clauses whose text changed.

A build renders every clause to Markdown and parses it into blocks. From one build of a policy
to the next, most clauses render to the same text: a new version number or a new contact
changes a few. So the blocks of each text are kept, keyed by the text itself and by the code
that parses it (document.py, markdown-it-py and Python). Like the library cache, it never
changes a result: a text not seen before is parsed in full, and errors are never kept. A build
that finds every clause here does not import markdown-it-py at all.

It lives beside the library cache and follows the same switches (see cachefiles). A cache
that cannot be read or written is ignored.
"""

from __future__ import annotations

import hashlib
import importlib.util
import pickle
import sys
from pathlib import Path

from . import document
from .cachefiles import cache_dir, replace
from .document import Block

_FORMAT = 1
KEEP = 400  # texts kept, the most recently used last: a few policies' worth, still quick to load
_FILE = "blocks.pickle"


def code_key() -> str:
    """A digest of the code that turns text into blocks: any change to it empties the cache."""
    digest = hashlib.sha256(f"{_FORMAT}\0{sys.version}".encode())
    spec = importlib.util.find_spec("markdown_it")  # finds the package without importing it
    for source in (document.__file__, spec.origin if spec else None):
        digest.update(Path(source).read_bytes() if source else b"\0missing")
        digest.update(b"\0")
    return digest.hexdigest()


class CachedParser:
    """document.parse_blocks, remembering what it parsed; call save() once the build is done."""

    def __init__(self) -> None:
        self.folder = cache_dir()
        self.key = ""
        self.known: dict[str, tuple[Block, ...]] = {}
        self.used: dict[str, tuple[Block, ...]] = {}  # every text of this build, in order
        self.missed = False
        if self.folder is None:
            return
        try:
            self.key = code_key()
        except OSError:  # the parsing code cannot be read, so a cache could not be trusted
            self.folder = None
            return
        try:
            stored = pickle.loads((self.folder / _FILE).read_bytes())
            if stored["key"] == self.key:
                self.known = stored["texts"]
        except Exception:  # missing, partial, or written by other code: start empty
            self.known = {}

    def parse(self, markdown: str, file: str, line: int) -> tuple[Block, ...]:
        blocks = self.known.get(markdown)
        if blocks is None:
            blocks = document.parse_blocks(markdown, file, line)  # raises PolicyError, never kept
            self.missed = True
        self.used[markdown] = blocks
        return blocks

    def save(self) -> None:
        """Keep this build's texts, after older ones, dropping the oldest beyond KEEP.

        When every text was found the file already holds them all, so nothing is written.
        """
        if self.folder is None or not self.missed:
            return
        texts = {text: blocks for text, blocks in self.known.items() if text not in self.used}
        texts.update(self.used)
        texts = dict(list(texts.items())[-KEEP:])
        try:
            data = pickle.dumps({"key": self.key, "texts": texts}, protocol=pickle.HIGHEST_PROTOCOL)
            replace(self.folder / _FILE, data)
        except (OSError, pickle.PicklingError):  # read-only home: no cache, same result
            return
