"""The clause library: outline, clause files and data files, loaded and checked.

A clause file is Markdown with YAML front matter:

    ---
    id: boundaries.friends
    title: No personal links with people who use services
    when: scope.students            # optional Jinja expression over the answers
    sources: {basw: [6], code_of_ethics: ["2.3.3"]}
    ---
    Body, a Jinja template. [[boundaries.separate]] is a cross-reference.

Every problem in the library is collected and reported at once.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from jinja2 import Template, TemplateSyntaxError
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .errors import PolicyError, Problem, collect
from .templating import ENV, template_problem
from .yamldata import load_yaml, validate

RECOMMENDATIONS = range(1, 24)  # the 23 numbered recommendations of the BASW policy
ID_PATTERN = r"[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*"
XREF = re.compile(r"\[\[\s*([^\]\s]*)\s*\]\]")


def data_dir(name: str) -> Path:
    """`clauses` or `templates`: inside the installed package, or beside it in a source checkout."""
    packaged = resources.files("generator") / "_data" / name
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / name


class Strict(BaseModel):
    # defer_build: a build from the cache never validates these, so never pays to build them.
    model_config = ConfigDict(extra="forbid", defer_build=True)


class Partly(Strict):
    """When the clause only partly delivers a recommendation, and what would complete it."""

    basw: int = Field(description="The recommendation, one of the clause's own.")
    when: str = Field(description="A Jinja expression over the answers: true when the clause falls short.")
    gap: str = Field(min_length=1, description="What the answers must add, e.g. 'say where the advice is'.")


class Sources(Strict):
    """Why a clause exists: the BASW recommendations it implements, or another basis."""

    basw: list[int] = Field(default_factory=list, description="Recommendation numbers (1-23) this clause implements.")
    code_of_ethics: list[str] = Field(default_factory=list, description="BASW Code of Ethics references, e.g. '3.10'.")
    basis: Literal["document-control", "law", "good-practice", "structure"] | None = Field(
        default=None, description="Why the clause exists when it implements no recommendation."
    )
    partly: list[Partly] = Field(default_factory=list, description="Answers for which the clause meets a recommendation only in part.")

    @field_validator("basw")
    @classmethod
    def _known(cls, value: list[int]) -> list[int]:
        for number in value:
            if number not in RECOMMENDATIONS:
                raise ValueError(f"{number} is not a BASW recommendation: the numbers run from 1 to 23")
        return value

    @model_validator(mode="after")
    def _has_reason(self) -> Sources:
        if not self.basw and not self.basis:
            raise ValueError("name the BASW recommendations (basw: [..]) or say why the clause exists (basis: ...)")
        return self

    @model_validator(mode="after")
    def _partly_its_own(self) -> Sources:
        for entry in self.partly:
            if entry.basw not in self.basw:
                raise ValueError(f"partly names recommendation {entry.basw}, which is not in this clause's basw list")
        return self


class FrontMatter(Strict):
    id: str = Field(pattern=f"^{ID_PATTERN}$", description="section.name, matching the file's folder and name.")
    title: str = Field(min_length=1, description="The clause heading.")
    when: str | None = Field(default=None, description="A Jinja expression over the answers; the clause applies when true.")
    sources: Sources


@dataclass
class Clause:
    id: str
    title: str
    when: str | None
    sources: Sources
    body: str  # Jinja source, with [[id]] turned into xref('id') calls
    file: str  # as shown to users: clauses/section/name.md
    body_line: int  # the line of the clause file where the body starts
    when_line: int | None = None

    @property
    def section(self) -> str:
        return self.id.split(".", 1)[0]

    def applies(self, context: dict[str, Any]) -> bool:
        """Whether the `when` condition holds for these answers (always, without one)."""
        return self.condition is None or self.condition.render(context) == "1"

    @cached_property
    def condition(self) -> Template | None:
        # An expression compiled as a template, so it can be cached like the body.
        return ENV.from_string(condition_source(self.when)) if self.when else None

    @cached_property
    def template(self) -> Template:
        return ENV.from_string(self.body)

    def falls_short(self, recommendation: int, context: dict[str, Any]) -> str | None:
        """What the answers must add for this clause to meet the recommendation in full; None when it does."""
        for entry in self.sources.partly:
            if entry.basw == recommendation and _compiled(entry.when).render(context) == "1":
                return entry.gap
        return None


def condition_source(when: str) -> str:
    return "{% if (" + when + ") %}1{% endif %}"


@functools.lru_cache(maxsize=64)
def _compiled(when: str) -> Template:
    return ENV.from_string(condition_source(when))


class OutlineSection(Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    title: str = Field(min_length=1)
    clauses: list[str]


class Outline(Strict):
    library_version: str = Field(description="The clause library's version, recorded in every policy built from it.")
    sections: list[OutlineSection]


@dataclass
class Library:
    version: str
    sections: list[OutlineSection]
    clauses: dict[str, Clause]  # in outline order
    data: dict[str, Any] = field(default_factory=dict)  # clauses/data/*.yaml by stem
    root: Path | None = None

    def section_title(self, section_id: str) -> str:
        return next(s.title for s in self.sections if s.id == section_id)


def load_library(root: Path | None = None) -> Library:
    """Load and check the whole library under `root` (default: the bundled one).

    A library that loaded cleanly before, byte for byte, comes from the compiled cache.
    """
    from . import librarycache

    root = Path(root) if root else data_dir("clauses")
    key = librarycache.key(root)
    library = librarycache.load(key, root)
    if library is None:
        library = _load_checked(root)
        librarycache.store(key, library)
    return library


def _load_checked(root: Path) -> Library:
    problems: list[Problem] = []
    outline_file = root / "outline.yaml"
    shown_root = root.parent

    def shown(path: Path) -> str:
        try:
            return str(path.relative_to(shown_root))
        except ValueError:
            return str(path)

    if not outline_file.is_file():
        raise PolicyError(Problem("the clause library has no outline.yaml", shown(outline_file)))
    outline: Outline = _load_model(Outline, outline_file, shown(outline_file), problems)  # type: ignore[assignment]

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
        clauses[clause.id] = clause

    data: dict[str, Any] = {}
    for path in sorted((root / "data").glob("*.yaml")):
        try:
            data[path.stem] = load_yaml(path.read_text(encoding="utf-8"), shown(path)).data()
        except PolicyError as exc:
            problems.extend(exc.problems)

    if outline is None:
        collect(problems)
    ordered = _in_outline_order(outline, clauses, broken, shown(outline_file), problems)
    _check_references(ordered, problems)
    collect(problems)
    return Library(outline.library_version, outline.sections, ordered, data, root)


def _load_model(model: type[BaseModel], path: Path, shown: str, problems: list[Problem]) -> BaseModel | None:
    try:
        return validate(model, load_yaml(path.read_text(encoding="utf-8"), shown), shown)
    except PolicyError as exc:
        problems.extend(exc.problems)
        return None


def _load_clause(path: Path, shown: str) -> Clause:
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise PolicyError(Problem("a clause file starts with front matter between two '---' lines", shown, 1))
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise PolicyError(Problem("the front matter has no closing '---' line", shown, 1)) from None
    meta: FrontMatter = validate(FrontMatter, load_yaml("\n".join(lines[1:end]), shown, first_line=2), shown)  # type: ignore[assignment]
    problems = []
    expected = f"{path.parent.name}.{path.stem}"
    if meta.id != expected:
        problems.append(Problem(f"'{meta.id}' does not match the file's place: a clause in {path.parent.name}/{path.name} has the id '{expected}'", shown, 2, "id"))
    body_line = end + 2
    body = "\n".join(lines[end + 1 :])
    when_line = _front_line(lines, "when") if meta.when else None
    clause = Clause(meta.id, meta.title, meta.when, meta.sources, XREF.sub(_xref_call, body), shown, body_line, when_line)
    try:
        clause.template
    except TemplateSyntaxError as exc:
        problems.append(template_problem(exc, shown, body_line))
    if meta.when:
        try:
            ENV.compile_expression(meta.when)  # checks it is one expression, with a clear message
            clause.condition
        except TemplateSyntaxError as exc:
            problems.append(Problem(f"not a valid condition: {exc.message}", shown, when_line, "when"))
    for index, entry in enumerate(meta.sources.partly):
        try:
            ENV.compile_expression(entry.when)
        except TemplateSyntaxError as exc:
            problems.append(Problem(f"not a valid condition: {exc.message}", shown, _front_line(lines, "sources"), f"sources.partly[{index}].when"))
    collect(problems)
    return clause


def _xref_call(match: re.Match) -> str:
    return "{{ xref(%r) }}" % match.group(1)


def _front_line(lines: list[str], key: str) -> int:
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


def _check_references(clauses: dict[str, Clause], problems: list[Problem]) -> None:
    for clause in clauses.values():
        for number, line in enumerate(clause.body.split("\n")):
            for target in re.findall(r"xref\('([^']*)'\)", line):
                if target not in clauses:
                    hint = _close(target, clauses)
                    problems.append(Problem(f"[[{target}]] refers to no clause{hint}", clause.file, clause.body_line + number))


def _close(target: str, clauses: dict[str, Clause]) -> str:
    import difflib

    match = difflib.get_close_matches(target, list(clauses), n=1)
    return f"; did you mean [[{match[0]}]]?" if match else ""
