"""LibreOffice as a layout engine: found at run time, driven headless through its Python bridge.

LibreOffice is optional. `find()` says whether it can be used: `soffice` on the PATH and a
Python that can import LibreOffice's `uno` bridge (Debian's python3-uno, or the Python that
LibreOffice's own installer bundles). POLICYGEN_NO_LIBREOFFICE=1 makes it count as absent,
so builds stay fast and tests choose when to pay for it.

A Session starts one LibreOffice (its own temporary profile, so sessions never share or
disturb a running LibreOffice) and lays out .docx files in it: the page each bookmark falls
on, and a tagged PDF when asked. The work inside LibreOffice is done by lo_worker.py, run by
that Python; the two talk in JSON lines over a pipe.
"""

from __future__ import annotations

import contextlib
import json
import os
import selectors
import shutil
import signal
import tempfile
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, NoReturn

from ..document import Value  # frozen values without a dataclass's cost at import
from ..errors import PolicyError, Problem

if TYPE_CHECKING:  # subprocess is imported where LibreOffice runs: a build without it never pays for it
    import subprocess

_set = object.__setattr__  # how a Value's __init__ sets its fields (its own __setattr__ refuses)

TURN_OFF = "POLICYGEN_NO_LIBREOFFICE"
WORKER = Path(__file__).with_name("lo_worker.py")
# LibreOffice's first start with a fresh profile takes several seconds on a busy machine.
START_TIMEOUT = 180
REQUEST_TIMEOUT = 300

INSTALL_HINT = "on Debian or Ubuntu: sudo apt-get install {packages}"


class LibreOffice(Value):
    __slots__ = ("soffice", "python")
    soffice: str
    python: str  # a Python that can import uno

    def __init__(self, soffice: str, python: str) -> None:
        _set(self, "soffice", soffice)
        _set(self, "python", python)


class Missing(Value):
    """Why LibreOffice cannot be used, and what would fix it."""

    __slots__ = ("reason", "packages")
    reason: str
    packages: tuple[str, ...]

    def __init__(self, reason: str, packages: tuple[str, ...] = ()) -> None:
        _set(self, "reason", reason)
        _set(self, "packages", packages)

    def message(self, purpose: str) -> str:
        text = f"{purpose} needs LibreOffice, but {self.reason}"
        return f"{text}; {INSTALL_HINT.format(packages=' '.join(self.packages))}" if self.packages else text


def find() -> LibreOffice | Missing:
    """A usable LibreOffice, or why there is none. Cheap when LibreOffice is absent (a PATH lookup)."""
    if os.environ.get(TURN_OFF):
        return Missing(f"it is turned off ({TURN_OFF} is set)")
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return Missing("it is not installed", ("libreoffice-writer-nogui", "python3-uno"))
    import subprocess

    for python in _pythons(soffice):
        if subprocess.run([python, "-I", "-c", "import uno"], capture_output=True).returncode == 0:
            return LibreOffice(soffice, python)
    return Missing("its Python bridge (uno) is not installed", ("python3-uno",))


def required(purpose: str, shown: str) -> LibreOffice:
    """A usable LibreOffice, or a PolicyError about `shown` saying what to install."""
    office = find()
    if isinstance(office, Missing):
        raise PolicyError(Problem(office.message(purpose), shown))
    return office


def _pythons(soffice: str) -> list[str]:
    """LibreOffice's own Python (Windows, macOS and TDF builds bundle one), else the system's (Debian's python3-uno)."""
    program = Path(os.path.realpath(soffice)).parent
    candidates = [program / "python", program / "python.exe", Path("/usr/bin/python3")]
    return [str(path) for path in candidates if path.is_file()]


class Layout(Value):
    __slots__ = ("pages", "page_count", "pdf")
    pages: tuple[int, ...]  # the page of each bookmark asked about, in order
    page_count: int
    pdf: bytes | None

    def __init__(self, pages: tuple[int, ...], page_count: int, pdf: bytes | None) -> None:
        _set(self, "pages", pages)
        _set(self, "page_count", page_count)
        _set(self, "pdf", pdf)


class Session:
    """One running LibreOffice; use as a context manager. Errors are PolicyErrors named after `shown`."""

    def __init__(self, office: LibreOffice, shown: str):
        self.office = office
        self.shown = shown
        self.version = ""
        self._folder = tempfile.TemporaryDirectory(prefix="policygen-lo-")
        self._count = 0
        self._process: subprocess.Popen | None = None

    def __enter__(self) -> Session:
        import subprocess

        # A session of its own, so that a stop on error ends LibreOffice with the worker.
        self._process = subprocess.Popen(
            [self.office.python, "-I", str(WORKER), self.office.soffice, self._folder.name],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            self.version = self._reply(START_TIMEOUT)["version"]
        except BaseException:
            self._stop(kill=True)
            raise
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None) -> None:
        self._stop(kill=kind is not None)

    def lay_out(self, docx: bytes, bookmarks: list[str], pdf_properties: dict | None = None) -> Layout:
        """Open the .docx as LibreOffice lays it out; with pdf_properties, also export it as a tagged PDF."""
        self._count += 1
        base = Path(self._folder.name) / f"layout{self._count}"
        source, pdf = base.with_suffix(".docx"), base.with_suffix(".pdf")
        source.write_bytes(docx)
        request = {"docx": str(source), "bookmarks": bookmarks, "pdf": str(pdf) if pdf_properties is not None else None, "properties": pdf_properties or {}}
        self._send(request)
        reply = self._reply(REQUEST_TIMEOUT)
        data = pdf.read_bytes() if pdf_properties is not None else None
        return Layout(tuple(reply["pages"]), reply["page_count"], data)

    # -- the pipe

    def _send(self, message: dict) -> None:
        assert self._process is not None and self._process.stdin is not None
        try:
            self._process.stdin.write((json.dumps(message) + "\n").encode("utf-8"))
            self._process.stdin.flush()
        except OSError:
            self._fail("it stopped unexpectedly")

    def _reply(self, timeout: float) -> dict:
        assert self._process is not None and self._process.stdout is not None
        with selectors.DefaultSelector() as selector:
            selector.register(self._process.stdout, selectors.EVENT_READ)
            if not selector.select(timeout):
                self._fail(f"it gave no answer within {timeout:.0f} seconds")
        line = self._process.stdout.readline()
        if not line:
            self._fail("it stopped unexpectedly")
        reply = json.loads(line)
        if "error" in reply:
            self._fail(reply["error"])
        return reply

    def _fail(self, reason: str) -> NoReturn:
        raise PolicyError(Problem(f"LibreOffice could not lay out the document: {reason}", self.shown))

    def _stop(self, kill: bool) -> None:
        import subprocess

        process = self._process
        if process is not None:
            try:
                if process.stdin is not None:
                    process.stdin.close()  # the worker closes LibreOffice when its input ends
                process.wait(timeout=5 if kill else 60)
            except (OSError, subprocess.TimeoutExpired):
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait()
            if process.stdout is not None:
                process.stdout.close()
            self._process = None
        self._folder.cleanup()
