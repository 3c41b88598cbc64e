"""The steps of `policygen init`: check the target, take preset answers, fill defaults, write.

The questions themselves are asked by the caller (generator/interview.py in a terminal)
between start() and finish(); nothing is written before finish().
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import PolicyError, Problem
from ..files import read_bytes, read_text, same_file, write_all
from ..version import __version__
from .answersfile import (
    SCHEMA_FILE,
    Provenance,
    change_text,
    check_schema_ref,
    partial_text,
    problems_besides_missing,
    render,
    schema_ref_in,
    schema_target,
    update_text,
)
from .questions import FROM_EARLIER_ANSWERS, Answering, Invalid, Question, check_field, find, from_text
from .reference import schema_text
from .source import parse_answers


@dataclass
class Plan:
    """What `policygen init` is about to write, and the answers gathered so far."""

    path: Path
    answering: Answering
    provenance: Provenance
    schema_ref: str | None
    existing_text: str | None = None  # set for --update
    existing_keys: frozenset[str] = frozenset()
    existing: dict[str, Any] | None = None  # the answers in existing_text, as read
    resumed_from: Path | None = None  # set for --resume: the answers saved when an interview was stopped

    @property
    def updating(self) -> bool:
        return self.existing_text is not None

    @property
    def partial_path(self) -> Path:
        return partial_path(self.path)

    @property
    def resumed(self) -> list[Question]:
        """The questions the saved answers answer, in model order (empty unless resuming)."""
        if self.resumed_from is None:
            return []
        return [q for g in self.answering.groups for q in g.questions if not q.fixed and self.answering.has(q)]

    def changed(self) -> list[Question]:
        """Answers in the file given a different value in this run (only `policygen serve` changes them)."""
        out = []
        for group in self.answering.groups:
            section = (self.existing or {}).get(group.key, {}) if group.key else (self.existing or {})
            if not isinstance(section, dict):
                continue
            for question in group.questions:
                if question.fixed or question.key not in self.existing_keys:
                    continue
                new, old = self.answering.value(question), section.get(question.name)
                if new != old and new != _as_checked(question, old, section):
                    out.append(question)
        return out

    def added(self) -> list[Question]:
        """Questions answered in this run, in model order."""
        return [
            q
            for g in self.answering.groups
            for q in g.questions
            if not q.fixed and self.answering.has(q) and q.key not in self.existing_keys
        ]

    def needs_asking(self) -> bool:
        return next(self.answering.pending(), None) is not None


def _as_checked(question: Question, value: Any, section: dict[str, Any]) -> Any:
    """An answer as read from the file, as the model reads it (`'2026-01-31'` as a date)."""
    siblings = {name: item for name, item in section.items() if name != question.name}
    try:
        return check_field(question, value, siblings if question.group else {})
    except Invalid:
        return value


def _keys(data: dict[str, Any]) -> frozenset[str]:
    keys = set()
    for key, value in data.items():
        keys.add(key)
        if isinstance(value, dict):
            keys.update(f"{key}.{name}" for name in value)
    return frozenset(keys)


def partial_path(path: str | Path) -> Path:
    """Where an interview stopped with Ctrl-C saves its answers so far: policy.yaml -> policy.partial.yaml."""
    path = Path(path)
    return path.with_name(f"{path.stem if path.suffix in ('.yaml', '.yml') else path.name}.partial.yaml")


Checks = Mapping[str, Callable[[Any], None]]


def start(
    path: str | Path,
    library_version: str,
    *,
    update: bool = False,
    resume: bool = False,
    force: bool = False,
    schema_ref: str | None = SCHEMA_FILE,
    checks: Checks | None = None,
) -> Plan:
    """Check PATH can be written (or, with update, read) before anyone answers a question.

    resume: start from the answers saved in PATH's partial file (see partial_path).
    checks: more checks on answers, by question key (see Answering).
    """
    path = Path(path)
    shown = str(path)
    prov = Provenance(__version__, library_version)
    if update:
        if not path.exists():
            raise PolicyError(Problem("no such file; run `policygen init` without --update to write it", shown))
        text = read_text(path, shown)
        data = problems_besides_missing(text, shown)
        ref = schema_ref_in(text)
        return _reoffer_teams(Plan(path, Answering(data, checks=checks), prov, ref, text, _keys(data), data))
    if path.is_dir():
        raise PolicyError(Problem("is a folder; give a file name such as policy.yaml", shown))
    if path.exists() and not force:
        raise PolicyError(Problem("already exists; use --force to replace it, or --update to add only the new questions", shown))
    if not path.parent.is_dir():
        raise PolicyError(Problem(f"the folder {path.parent} does not exist", shown))
    check_schema_ref(schema_ref, path)
    schema_target(path, schema_ref)  # refuse early if the name is taken by something else
    if not resume:
        return Plan(path, Answering(checks=checks), prov, schema_ref)
    saved = partial_path(path)
    if not saved.is_file():
        raise PolicyError(Problem(f"no answers were saved for {path}; run `policygen init {path}` without --resume", str(saved)))
    data = problems_besides_missing(read_text(saved), str(saved))
    return Plan(path, Answering(data, checks=checks), prov, schema_ref, resumed_from=saved)


def _reoffer_teams(plan: Plan) -> Plan:
    """Ask `contacts.other: []` again when the answers name teams no contact lists, offering them.

    Every file written before init offered those teams holds that empty list, and while a team
    is named with no contact the build warns, so the empty list is never a finished answer.
    A list with entries is the organisation's own, and stays as it is.
    """
    question = find("contacts.other")
    answering = plan.answering
    if answering.has(question) and answering.value(question) == [] and answering.applies(question) and answering.suggested(question):
        answering.forget(question)
    return plan


def save_partial(plan: Plan) -> Path:
    """Write the answers given so far to the plan's partial file, for `init --resume`."""
    target = plan.partial_path
    write_all([(target, partial_text(plan.answering, plan.provenance, plan.path).encode("utf-8"))])
    return target


def preset(plan: Plan, key: str, text: str) -> None:
    """An answer given on the command line (--set KEY=VALUE), checked like any other."""
    question = find(key)
    if question.fixed:
        raise PolicyError(Problem("is set by policygen; it cannot be changed", None, None, key))
    if plan.updating and question.key in plan.existing_keys:
        raise PolicyError(Problem(f"is already answered in {plan.path}; edit the file to change it", None, None, key))
    try:
        plan.answering.answer(question, from_text(question, text))
    except Invalid as exc:
        raise PolicyError([Problem(reason, None, None, key) for reason in exc.reasons]) from None


def fill_defaults(plan: Plan) -> list[Question]:
    """Answer every pending question with its default; returns the example answers used for required ones.

    A new file's defaults follow earlier answers (Answering.suggested). An update's take the
    model's own defaults: they are what the file already meant by leaving the answer out. The
    teams to list (FROM_EARLIER_ANSWERS) are offered in both: listing a named team under
    contacts.other changes no word of the policy, it only gives its email a place.
    """
    for question in plan.answering.pending():
        plan.answering.use_default(question, follow=not plan.updating or question.key in FROM_EARLIER_ANSWERS)
    return list(plan.answering.placeholders)


def answers_text(plan: Plan) -> str:
    """The answers file as finish() writes it: a new file whole, or the existing one with its changes and additions."""
    if plan.updating:
        text = change_text(plan.existing_text or "", str(plan.path), plan.answering, plan.changed(), plan.provenance)
        return update_text(text, str(plan.path), plan.answering, plan.added(), plan.provenance)
    return render(plan.answering, plan.provenance, plan.schema_ref)


def finish(plan: Plan, inputs: Sequence[Path] = ()) -> list[Path]:
    """Write the answers file (and its schema) in one go, after checking it as the build will.

    `inputs` are the other files this run read (the clause library's): neither output may be one.
    """
    text = answers_text(plan)
    parse_answers(text, str(plan.path))
    files: list[tuple[Path, bytes]] = []
    if text != plan.existing_text:
        files.append((plan.path, text.encode("utf-8")))
    target = schema_target(plan.path, plan.schema_ref)
    if target is not None:
        if same_file(target, plan.path):  # the answers file is never replaced by the schema
            raise PolicyError(Problem(f"is the answers file, and policygen writes its schema as {target.name} beside it; give the answers file another name", str(plan.path)))
        schema = schema_text().encode("utf-8")
        if not _same_bytes(target, schema):
            files.append((target, schema))
    write_all(files, inputs)
    if plan.resumed_from is not None:
        plan.resumed_from.unlink(missing_ok=True)  # its answers are in the file now
    return [target for target, _ in files]


def _same_bytes(path: Path, data: bytes) -> bool:
    try:
        return read_bytes(path) == data
    except PolicyError:
        return False


@dataclass(frozen=True)
class InitResult:
    """What `init` did: the files written, and the required answers filled with marked examples."""

    plan: Plan
    written: list[Path]
    examples: list[Question]
    to_fix: list[Problem] = field(default_factory=list)  # what stops the written file from building (see pipeline.init)

    @property
    def wrote_answers(self) -> bool:
        return self.plan.path in self.written


def init(
    path: str | Path,
    library_version: str,
    *,
    presets: Sequence[tuple[str, str]] = (),
    defaults: bool = False,
    update: bool = False,
    resume: bool = False,
    force: bool = False,
    schema_ref: str | None = SCHEMA_FILE,
    interview: Callable[[Plan], None] | None = None,
    checks: Checks | None = None,
    inputs: Sequence[Path] = (),
) -> InitResult:
    """Write (or, with update, complete) the answers file PATH.

    presets are (question key, typed text) answers given in advance. With defaults, every
    other question takes its default; otherwise `interview` is called to ask the questions
    still pending, and without one they are an error. resume: start from the answers an
    interview saved when it was stopped. checks: as for start.
    """
    if update and resume:
        raise PolicyError(Problem("--resume starts a new file from saved answers; --update adds to an existing file: use one"))
    plan = start(path, library_version, update=update, resume=resume, force=force, schema_ref=schema_ref, checks=checks)
    for key, text in presets:
        preset(plan, key, text)
    examples: list[Question] = []
    if defaults:
        examples = fill_defaults(plan)
    elif plan.needs_asking():
        if interview is None:
            pending = ", ".join(q.key for q in plan.answering.pending())
            raise PolicyError(Problem(f"these questions have no answer yet: {pending}; answer them or use defaults", str(plan.path)))
        interview(plan)
    return InitResult(plan, finish(plan, inputs), examples)
