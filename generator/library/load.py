"""Reading the clause library from its folder: outline, clause files and data files, all checked.

Every problem in the library is collected and reported at once, each at its FILE:LINE.
"""

from __future__ import annotations

import ast
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from jinja2 import TemplateSyntaxError
from jinja2.parser import Parser
from pydantic import BaseModel

from ..errors import PolicyError, Problem, collect, did_you_mean
from ..files import read_text
from ..templating import ENV, template_problem
from ..yamlfile import control_characters, load_yaml, validate
from .model import XREF, Clause, Library, version_key

if TYPE_CHECKING:
    from .schema import Editions, Outline


def library_files(root: Path) -> list[Path]:
    """Every file a library is made of: its outline, clause files and data files, in a fixed order."""
    return [root / "outline.yaml", *sorted(root.glob("*/*.md")), *sorted((root / "data").glob("*.yaml"))]



def load_checked(root: Path) -> Library:
    """Read and check every file of the library under root; every problem is reported at once."""
    from .schema import DATA_FILES, Editions, Outline  # only a checked load defines the files' models

    problems: list[Problem] = []
    outline_file = root / "outline.yaml"
    shown_root = root.parent

    def shown(path: Path) -> str:
        try:
            return str(path.relative_to(shown_root))
        except ValueError:
            return str(path)

    if not os.path.lexists(outline_file):
        raise PolicyError(Problem("the clause library has no outline.yaml", shown(outline_file)))
    outline = _load_model(Outline, outline_file, shown(outline_file), problems)

    clauses: dict[str, Clause] = {}
    broken: set[str] = set()  # ids of clause files that exist but failed to load
    for path in sorted(root.glob("*/*.md")):
        try:
            clause = _load_clause(path, shown(path))
        except PolicyError as exc:
            problems.extend(exc.problems)
            broken.add(f"{path.parent.name}.{path.stem}")
            continue
        if clause.id in clauses:
            problems.append(Problem(f"the id '{clause.id}' is also used by {clauses[clause.id].file}", clause.file, 2, "id"))
        if outline and clause.changed and version_key(clause.changed.version) > version_key(outline.library_version):
            line = front_line(read_text(path, clause.file).split("\n"), "changed")
            message = f"the change note is from version {clause.changed.version}, after this library's {outline.library_version} (outline.yaml's library_version)"
            problems.append(Problem(message, clause.file, line, "changed.version"))
        clauses[clause.id] = clause

    data: dict[str, Any] = {}
    for path in sorted((root / "data").glob("*.yaml")):
        try:
            located = load_yaml(read_text(path, shown(path)), shown(path))
            if path.stem in DATA_FILES:  # the files the build itself reads must have its shape
                validate(DATA_FILES[path.stem], located, shown(path))
            data[path.stem] = located.data()
        except PolicyError as exc:
            problems.extend(exc.problems)

    if outline is None:  # its problems are in the list
        raise PolicyError(problems)
    ordered = _in_outline_order(outline, clauses, broken, shown(outline_file), problems)
    check_references(ordered, problems)
    editions_file = root / "data" / "editions.yaml"
    if editions_file.is_file():
        _check_editions(
            _load_model(Editions, editions_file, shown(editions_file), problems), outline, ordered, shown(editions_file), problems
        )
    collect(problems)
    return Library(outline.library_version, [section.made() for section in outline.sections], ordered, data, root)


_Model = TypeVar("_Model", bound=BaseModel)


def _load_model(model: type[_Model], path: Path, shown: str, problems: list[Problem]) -> _Model | None:
    try:
        return validate(model, load_yaml(read_text(path, shown), shown), shown)
    except PolicyError as exc:
        problems.extend(exc.problems)
        return None


def _load_clause(path: Path, shown: str) -> Clause:
    from .schema import FrontMatter

    lines, end = split_front_matter(read_text(path, shown), shown)
    meta = validate(FrontMatter, load_yaml("\n".join(lines[1:end]), shown, first_line=2), shown)
    problems = []
    expected = f"{path.parent.name}.{path.stem}"
    if meta.id != expected:
        problems.append(Problem(f"'{meta.id}' does not match the file's place: a clause in {path.parent.name}/{path.name} has the id '{expected}'", shown, 2, "id"))
    when_line = front_line(lines, "when") if meta.when else None
    changed = meta.changed.made() if meta.changed else None
    clause = Clause(meta.id, meta.title, meta.when, meta.sources.made(), clause_body(lines, end), shown, end + 2, when_line, notes=meta.notes, changed=changed)
    problems += compile_problems(clause, lines)
    collect(problems)
    return clause


def split_front_matter(text: str, shown: str) -> tuple[list[str], int]:
    """The file's lines and the index of the line that closes its front matter."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise PolicyError(Problem("a clause file starts with front matter between two '---' lines", shown, 1))
    try:
        return lines, next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise PolicyError(Problem("the front matter has no closing '---' line", shown, 1)) from None


def clause_body(lines: list[str], end: int) -> str:
    """The body as Jinja source, with [[id]] turned into xref('id') calls."""
    return XREF.sub(_xref_call, "\n".join(lines[end + 1 :]))


def compile_problems(clause: Clause, lines: list[str]) -> list[Problem]:
    """Compile the body and every condition now, so that a syntax error is reported with the file."""
    problems = control_characters(clause.body, clause.file, clause.body_line)
    try:
        _ = clause.template
    except TemplateSyntaxError as exc:
        problems.append(template_problem(exc, clause.file, clause.body_line))
    except (RecursionError, MemoryError, SyntaxError):  # Python's own limits on nesting
        problems.append(Problem(_TOO_DEEP, clause.file, clause.body_line))
    if clause.when:
        try:
            _one_expression(clause.when)
            _ = clause.condition
        except TemplateSyntaxError as exc:
            problems.append(Problem(f"not a valid condition: {exc.message}", clause.file, clause.when_line, "when"))
        except (RecursionError, MemoryError, SyntaxError):
            problems.append(Problem(f"not a valid condition: {_TOO_DEEP}", clause.file, clause.when_line, "when"))
    for index, entry in enumerate(clause.sources.partly):
        try:
            ENV.compile_expression(entry.when)
        except TemplateSyntaxError as exc:
            problems.append(Problem(f"not a valid condition: {exc.message}", clause.file, front_line(lines, "sources"), f"sources.partly[{index}].when"))
    return problems


def _one_expression(source: str) -> None:
    """A condition is one Jinja expression; parsing it says so with a clear message (as compile_expression does, without compiling it)."""
    parser = Parser(ENV, source, state="variable")
    parser.parse_expression()
    if not parser.stream.eos:
        raise TemplateSyntaxError("chunk after expression", parser.stream.current.lineno, None, None)


_TOO_DEEP = "nested too deeply for a template (brackets, {% if %} or {% for %} hundreds of levels deep); simplify it"


def _xref_call(match: re.Match) -> str:
    return f"{{{{ xref({match.group(1)!r}) }}}}"


def front_line(lines: list[str], key: str) -> int:
    return next((i + 1 for i, line in enumerate(lines) if line.startswith(f"{key}:")), 1)


def _in_outline_order(outline: Outline, clauses: dict[str, Clause], broken: set[str], shown: str, problems: list[Problem]) -> dict[str, Clause]:
    ordered: dict[str, Clause] = {}
    for section in outline.sections:
        for clause_id in section.clauses:
            clause = clauses.get(clause_id)
            if clause is None and clause_id in broken:
                continue
            if clause is None:
                problems.append(Problem(f"lists '{clause_id}', but there is no clause file {clause_id.replace('.', '/', 1)}.md", shown, None, f"sections.{section.id}"))
            elif clause.section != section.id:
                problems.append(Problem(f"lists '{clause_id}' under '{section.id}', but it belongs to '{clause.section}'", shown, None, f"sections.{section.id}"))
            elif clause_id in ordered:
                problems.append(Problem(f"lists '{clause_id}' twice", shown, None, f"sections.{section.id}"))
            else:
                ordered[clause_id] = clause
    for clause_id, clause in clauses.items():
        if clause_id not in ordered and not any(p.file == clause.file for p in problems):
            problems.append(Problem(f"'{clause_id}' is not in outline.yaml; add it to section '{clause.section}'", clause.file, 2, "id"))
    return ordered


_XREF_CALL = re.compile(r"xref\(('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")\)")


def check_references(clauses: dict[str, Clause], problems: list[Problem], checking: list[Clause] | None = None) -> None:
    """Every [[id]] in the clauses being checked (default: all) names one of `clauses`."""
    for clause in clauses.values() if checking is None else checking:
        for number, line in enumerate(clause.body.split("\n")):
            for literal in _XREF_CALL.findall(line):
                target = ast.literal_eval(literal)  # _xref_call wrote it with repr()
                if target not in clauses:
                    hint = _close(target, clauses)
                    problems.append(Problem(f"[[{target}]] refers to no clause{hint}", clause.file, clause.body_line + number))


def _close(target: str, clauses: dict[str, Clause]) -> str:
    match = did_you_mean(target, clauses)
    return f"; did you mean [[{match}]]?" if match else ""


def _check_editions(editions: Editions | None, outline: Outline, clauses: dict[str, Clause], shown: str, problems: list[Problem]) -> None:
    """Every id an edition takes is a section or a clause of the outline; `full` is the library's own."""
    if editions is None:
        return
    sections = {section.id for section in outline.sections}
    for name, edition in editions.editions.items():
        if name == "full":
            problems.append(
                Problem("defines 'full', which is every clause of the outline; give the edition another name", shown, None, "editions.full")
            )
        for heading_id in edition.headings:
            if heading_id not in sections and heading_id not in clauses:
                hint = did_you_mean(heading_id, [*sections, *clauses])
                message = f"gives a heading to '{heading_id}', which is neither a section nor a clause" + (f"; did you mean '{hint}'?" if hint else "")
                problems.append(Problem(message, shown, None, f"editions.{name}.headings.{heading_id}"))
        for index, item in enumerate([] if edition.take == "all" else edition.take):
            taken = item if isinstance(item, str) else item.id
            if taken not in sections and taken not in clauses:
                hint = did_you_mean(taken, [*sections, *clauses])
                problems.append(
                    Problem(
                        f"takes '{taken}', which is neither a section nor a clause" + (f"; did you mean '{hint}'?" if hint else ""),
                        shown,
                        None,
                        f"editions.{name}.take[{index}]",
                    )
                )
