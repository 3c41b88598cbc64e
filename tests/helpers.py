"""What the tests share: the repository's places, small file trees in tmp_path, the command line as
a user runs it, policies built from a few answers, and the Word XML namespaces.

Test files import it by name (`from helpers import ...`): pyproject.toml puts tests/ on the path.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import http.client
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlencode

import pytest
from click.testing import CliRunner, Result
from docx.oxml.ns import nsmap

from generator.answers import Answers, parse_answers
from generator.answers.questions import Answering, Question, find
from generator.cli import cli
from generator.compose.assemble import assemble
from generator.library import Library
from generator.writers import markdown, ooxml

ROOT = Path(__file__).resolve().parent.parent
T = TypeVar("T")
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))

MINIMAL_ANSWERS = """\
organisation:
  name: Northshire County Council
  short_name: the Council
  type: local_authority
  nation: england
"""

# ------------------------------------------------------------------ outside tools


def missing(message: str) -> None:
    """Skip the test locally; under CI a missing tool is a failure."""
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def require_tool(name: str) -> str:
    """The path of an outside program a test needs: skipped locally if missing, a failure under CI."""
    path = shutil.which(name)
    if path is None:
        missing(f"{name} is not installed (.ci/run installs it)")
    return path


# Debian's headless Chromium, driven by Playwright, runs axe-core (from the npm registry, in tests/.node).
AXE = Path(os.environ.get("AXE_CORE_JS", ROOT / "tests" / ".node" / "node_modules" / "axe-core" / "axe.min.js"))
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
# A quiet, private browser: no updates, sync or first-run pages, nothing fetched behind our back.
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]


SYSTEM_PYTHON = "/usr/bin/python3"  # the Python that Debian's python3-uno (LibreOffice's API) is installed for


def require_uno() -> None:
    """Debian's python3-uno, for SYSTEM_PYTHON: skipped locally if missing, a failure under CI."""
    found = Path(SYSTEM_PYTHON).exists() and subprocess.run([SYSTEM_PYTHON, "-c", "import uno"], capture_output=True).returncode == 0
    if not found:
        missing(f"python3-uno is not installed for {SYSTEM_PYTHON} (.ci/run installs it)")


def git(cwd: Path, *args: str) -> str:
    """Run git with a fixed identity; return its output."""
    env_args = ["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"]
    result = subprocess.run(["git", *env_args, *args], cwd=cwd, capture_output=True, text=True, check=True)
    return result.stdout


# ------------------------------------------------------------------ files


def build_file_tree(root: Path, spec: Mapping[str, str | bytes], dedent: bool = False) -> Path:
    """Write every file of `spec` (a path relative to root -> its text or bytes) under root; returns root.

    Folders are made as needed; text is written as UTF-8, and dedented first when asked.
    """
    for name, content in spec.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content) if dedent else content, encoding="utf-8")
    return root


def clause_file(clause_id: str, title: str, body: str, when: str | None = None, sources: str = "{basw: [1]}") -> str:
    """The text of a clause file: front matter (id, title, when, sources), then the body.

    The body starts on line 6 of the file, or line 7 with a `when`.
    """
    condition = f"when: {when}\n" if when else ""
    return f"---\nid: {clause_id}\ntitle: {title}\n{condition}sources: {sources}\n---\n{body}"


def kept_in_order(before: str, after: str) -> list[str]:
    """Every line of `before` is in `after`, unchanged and in order; returns the lines `after` gained."""
    old, new = before.splitlines(), after.splitlines()
    extra, index = [], 0
    for line in new:
        if index < len(old) and line == old[index]:
            index += 1
        else:
            extra.append(line)
    assert index == len(old), f"line {index + 1} of the original changed or moved: {old[index]!r}"
    return extra


def as_json(value: Any) -> Any:
    """Parsed YAML as JSON Schema sees it: dates as ISO text."""
    if isinstance(value, dict):
        return {k: as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_json(v) for v in value]
    if isinstance(value, dt.date):  # a datetime is a date too
        return value.isoformat()
    return value


# ------------------------------------------------------------------ the command line


def invoke(*args: str | Path, cwd: Path | None = None, library: str | Path | None = None, input: str | None = None) -> Result:
    """Run `policygen ARGS...` in this process, as a user types it.

    cwd: the folder to run in (the test's own otherwise); library: added as `--library LIBRARY`
    after the arguments; input: what the user types.
    """
    argv = [str(arg) for arg in args] + (["--library", str(library)] if library is not None else [])
    with contextlib.chdir(cwd) if cwd is not None else contextlib.nullcontext():
        return CliRunner().invoke(cli, argv, input=input)


# ------------------------------------------------------------------ policies from a few answers


def answers_for(type: str = "local_authority", nation: str = "england", short_name: str = "the Council", organisation: Mapping[str, Any] | None = None, **groups: Any) -> Answers:
    """Answers for an example organisation: the four required answers, then any groups given as plain data.

    organisation: more answers for the organisation group (service, website ...).
    """
    org = {"name": "Example Organisation", "short_name": short_name, "type": type, "nation": nation, **(organisation or {})}
    return parse_answers(json.dumps({"organisation": org, **groups}, default=str), "answers.yaml")  # JSON is YAML (dates as text)


def policy_markdown(library, edition: str = "full", **answers: Any) -> str:
    """The whole policy (or one edition of it) as Markdown, built with `library` from answers_for(**answers)."""
    from generator.compose.assemble import assemble
    from generator.writers import markdown

    return markdown.render(assemble(answers_for(**answers), library, edition=edition)).decode("utf-8")


@functools.cache
def bundled_library() -> Library:
    from generator.library import load_library

    return load_library()


def policy(edition: str = "full", **answers: Any) -> str:
    """The whole policy (or one edition of it) as Markdown, built with the bundled library from answers_for(**answers)."""
    return policy_markdown(bundled_library(), edition, **answers)


def gaps(**answers: Any) -> list[str]:
    """The warnings `build` gives for answers_for(**answers), as `field: message`."""
    from generator.compose.context import clause_context
    from generator.compose.readiness import warnings

    parsed = answers_for(**answers)
    return [f"{p.field}: {p.message}" for p in warnings(parsed, clause_context(parsed, bundled_library()))]


def flat(text: str) -> str:
    """One sentence per line joined back into paragraphs' worth of words."""
    return " ".join(text.split())


def clause(text: str, title: str) -> str:
    """The body of the clause with this title in a policy's Markdown, or '' when the policy does not have it."""
    match = re.search(rf"^### [\d.]+ {re.escape(title)}\n(.*?)(?=^##)", text + "\n##", re.S | re.M)
    return match.group(1).lstrip("\n") if match else ""


def number_of(text: str, title: str) -> str:
    """The number of the clause with this title in a policy's Markdown."""
    return re.search(rf"^### ([\d.]+) {re.escape(title)}$", text, re.M).group(1)


# ------------------------------------------------------------------ Word XML

# Prefixes for XPath: WordprocessingML as policygen writes it, and the package's relationships and core properties.
NS = {"w": ooxml.W, "r": nsmap["r"], "dc": nsmap["dc"], "cp": nsmap["cp"]}
w = ooxml.w


def text_of(element) -> str:
    """All the text an element holds, in document order."""
    return "".join(t.text or "" for t in element.iter(w("t")))


@contextlib.contextmanager
def libreoffice_on() -> Iterator[None]:
    """Builds inside use LibreOffice: the test fails under CI, and is skipped locally, if it is not usable."""
    from generator.writers import libreoffice

    require_tool("soffice")
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv(libreoffice.TURN_OFF)
        found = libreoffice.find()
        if isinstance(found, libreoffice.Missing):
            message = found.message("this test")
            if os.environ.get("CI") == "true":
                pytest.fail(message)
            pytest.skip(message)
        yield


def in_parallel(jobs: list[Callable[[], T]]) -> list[T]:
    """Each job's result, in order, run on as many threads as there are cores.

    For work spent in other processes (LibreOffice, pandoc, a policygen subprocess), which
    threads overlap; the first job to fail raises its error here.
    """
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        return list(pool.map(lambda job: job(), jobs))


# ------------------------------------------------------------------ a policy read clause by clause


@dataclass(frozen=True)
class Policy:
    answers: Answers
    text: str  # the whole rendered Markdown
    clauses: dict[str, str]  # clause id -> its rendered body (heading left out)
    numbers: dict[str, str]  # clause id -> its number in this policy

    def __getitem__(self, clause_id: str) -> str:
        """The body of a clause, or '' when this policy does not have it."""
        return self.clauses.get(clause_id, "")

    def flat(self, clause_id: str) -> str:
        """A clause's body with line breaks folded, for phrases that the writer wraps at sentence ends."""
        return " ".join(self[clause_id].split())


def build_policy(library: Library, type: str = "local_authority", nation: str = "england", short_name: str = "the Council", **groups: Any) -> Policy:
    """A policy from answers given as groups, read clause by clause (for the relationship tests)."""
    answers = {"organisation": {"name": "Example Organisation", "short_name": short_name, "type": type, "nation": nation}, **groups}
    parsed = parse_answers(json.dumps(answers), "answers.yaml")  # JSON is YAML
    document = assemble(parsed, library)
    text = markdown.render(document).decode("utf-8")
    numbers = {clause.id: clause.number for section in document.sections for clause in section.clauses}
    by_number = {number: clause_id for clause_id, number in numbers.items()}
    bodies = {}
    for match in re.finditer(r"^### ([\d.]+) [^\n]*\n(.*?)(?=^#{2,3} |\Z)", text, re.S | re.M):
        bodies[by_number[match.group(1)]] = match.group(2).strip()
    return Policy(parsed, text, bodies, numbers)


def sentences(text: str) -> list[str]:
    """Sentences of Markdown text: list markers and table pipes dropped, lines folded."""
    flat = " ".join(line.strip().lstrip("-0123456789. ").strip("| ") for line in text.splitlines())
    return [s.strip() for s in re.split(r"(?<=[.;:!?])\s+(?=[A-Z(\[*-])|\s\|\s", flat) if s.strip()]


def paragraphs(text: str) -> list[str]:
    """Paragraphs, list items and table rows of a clause body, each with its lines folded."""
    blocks: list[str] = []
    for chunk in re.split(r"\n\s*\n", text):
        lines = chunk.splitlines()
        current: list[str] = []
        for line in lines:
            if re.match(r"\s*(- |\d+\. |\| )", line) and current:
                blocks.append(" ".join(current))
                current = []
            current.append(line.strip())
        if current:
            blocks.append(" ".join(current))
    return blocks


def without_warnings(output: str) -> str:
    """A command's output less its `Warning:` lines (minimal answers leave routes unreachable, say)."""
    return "".join(line for line in output.splitlines(keepends=True) if not line.startswith("Warning: "))
# ------------------------------------------------------------------ policygen serve


class Server:
    """`python -m generator serve PATH --no-browser --port 0`, its printed address and a way to send it raw requests."""

    def __init__(self, path: Path, *args: str):
        self.process = subprocess.Popen(  # run from its folder, named as a user types it
            [sys.executable, "-m", "generator", "serve", path.name, "--no-browser", "--port", "0", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=path.parent,
        )
        line = self.process.stdout.readline()
        found = re.search(r"http://127\.0\.0\.1:(\d+)/\?token=([\w-]+)", line)
        if found is None:
            self.stop()
            raise AssertionError(f"no address printed: {line!r} {self.process.stderr.read()}")
        self.url = found.group(0)
        self.port = int(found.group(1))
        self.token = found.group(2)
        self.host = f"127.0.0.1:{self.port}"

    @property
    def cookie(self) -> str:
        return f"policygen_{self.port}={self.token}"

    def request(self, method: str, path: str, *, body: dict | None = None, headers: dict | None = None, cookie: bool = True):
        """One raw request (the Host header can be anything); returns (status, headers, body text)."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        sent = {"Host": self.host}
        if cookie:
            sent["Cookie"] = self.cookie
        data = None
        if body is not None:
            data = urlencode(body, doseq=True).encode()
            sent["Content-Type"] = "application/x-www-form-urlencoded"
        sent.update(headers or {})
        connection.request(method, path, body=data, headers=sent)
        response = connection.getresponse()
        text = response.read().decode("utf-8", "replace")
        connection.close()
        return response.status, dict(response.getheaders()), text

    def csrf(self) -> str:
        status, _, page = self.request("GET", "/")
        assert status == 200, page
        return re.search(r'name="csrf" value="([\w-]+)"', page).group(1)

    def stop(self) -> str:
        """Stop it as Ctrl-C does; returns what it printed on stderr."""
        if self.process.poll() is None:
            self.process.send_signal(2)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.stderr.read()


# ------------------------------------------------------------------ the interview of policygen init

# The four answers every interview needs, as (lines typed, value the file holds).
ORG = {
    "organisation.name": (["Harbour Trust"], "Harbour Trust"),
    "organisation.short_name": (["Harbour Trust"], "Harbour Trust"),
    "organisation.type": (["3"], "charity"),
    "organisation.nation": (["scotland"], "scotland"),
}


def enter_lines(question: Question, answering: Answering) -> list[str]:
    """What pressing Enter at every prompt of a question types."""
    if question.kind == "record":
        if question.optional and question.default is None:
            return [""]  # "Give one?" answered no
        return [""] * len(question.fields)
    if question.kind == "record-list":
        offered = answering.suggested(question)
        if offered and offered != question.default:  # offered from earlier answers: every part of each entry, then "Add an entry?"
            return [""] * (len(question.fields) * len(offered)) + [""]
        return ["", ""] if question.default else [""]
    return [""]


def script(answers: dict[str, tuple[list[str], object]], answering: Answering | None = None) -> tuple[str, list[tuple[Question, list[str]]]]:
    """The input for a whole questionnaire: the lines given for named questions, Enter for the rest.

    Returns the text and, per question asked, the lines typed (for the pseudo-terminal test).
    """
    answering = answering or Answering()
    plan: list[tuple[Question, list[str]]] = []
    for question in answering.pending():
        if question.key in answers:
            typed, value = answers[question.key]
            answering.answer(question, value)
        else:
            typed = enter_lines(question, answering)
            answering.use_default(question)
        plan.append((question, typed))
    return "".join(line + "\n" for _, typed in plan for line in typed), plan


# ------------------------------------------------------------------ an organisation's own Word template


BRAND_FONT = "DejaVu Serif"  # installed with LibreOffice on Debian, so its PDF can embed it
BRAND_COLOUR = "7A1F5C"  # plum, 9.4:1 on white
LETTER = (12240, 15840)  # US Letter in twentieths of a point: not the bundled A4


def png_logo(width: int = 120, height: int = 60) -> bytes:
    """A small checked PNG, made here so the tests need no image files."""
    import struct
    import zlib

    rows = b"".join(b"\x00" + b"".join(b"\x7a\x1f\x5c" if (x // 20 + y // 20) % 2 else b"\xf0\xc0\x30" for x in range(width)) for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def word_template(path: Path, *, font: str = BRAND_FONT, colour: str = BRAND_COLOUR, logo: bool = True, without_style: str | None = None,
                  colours: Mapping[str, str] | None = None) -> Path:
    """A restyled copy of `policygen template`'s starter, as an organisation makes one in Word: another body font,
    headings and title in `colour`, US Letter with 2 cm side margins, and a logo in the header.
    without_style: a style id to delete; colours: style id -> text colour, for other styles."""
    import io

    import docx
    from docx.oxml.ns import qn
    from docx.shared import Cm

    from generator.writers import template

    doc = docx.Document(io.BytesIO(template.starter()))
    styles = doc.styles.element
    fonts = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:rFonts"))
    for name in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(name), font)
    for style_id, value in {**dict.fromkeys(("Title", "Heading1", "Heading2", "TOCHeading"), colour), **(colours or {})}.items():
        style = styles.xpath(f'w:style[@w:styleId="{style_id}"]')[0]
        style.find(qn("w:rPr")).find(qn("w:color")).set(qn("w:val"), value)
    if without_style:
        styles.remove(styles.xpath(f'w:style[@w:styleId="{without_style}"]')[0])
    section = doc.sections[0]
    section.page_width, section.page_height = (twips * 635 for twips in LETTER)
    section.left_margin = section.right_margin = Cm(2)
    if logo:
        section.header.paragraphs[0].add_run().add_picture(io.BytesIO(png_logo()), width=Cm(3))
    doc.save(path)
    return path


def pending_keys(**given: str) -> list[str]:
    """The questions an interview asks after these answers, taking every default."""
    answering = Answering()
    for key, text in given.items():
        answering.answer_text(find(key.replace("__", ".")), text)
    keys = []
    for question in answering.pending():
        keys.append(question.key)
        answering.use_default(question)
    return keys
