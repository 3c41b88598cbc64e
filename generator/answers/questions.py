"""The questionnaire, read off the answers model: no second list of questions.

Each group of answers in `Answers` (a sub-model) is a group of questions, in
declaration order, headed by the sub-model's docstring. Each field is a
question: its `title` is the question, its `description` the help, and its
json_schema_extra may carry `when` (a Jinja condition over the answers given so
far) and `labels` (choice code -> label). `Answering` holds answers as they
arrive and checks each one with the same pydantic models the build uses.

No click here: the terminal interview lives in generator/interview.py. The JSON Schema
and `policygen questions` are made in reference.py.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import types
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from jinja2.environment import TemplateExpression
from pydantic import BaseModel, TypeAdapter
from pydantic.fields import FieldInfo

from ..errors import PolicyError, Problem, did_you_mean
from ..templating import ENV, MONTHS
from ..yamlfile import MAX_NUMBER_CHARACTERS, Located, validate
from .facts import derive
from .model import EMPLOYER_SUGGESTIONS, Answers, employer_defaults
from .teams import unlisted_teams

KINDS = {
    "text": "text",
    "yes-no": "yes or no",
    "choice": "one choice",
    "multi-choice": "any number of choices",
    "number": "whole number",
    "date": "date (YYYY-MM-DD)",
    "text-list": "list of text",
    "record": "details",
    "record-list": "list of entries",
}

CLEAR = "-"  # typed to leave an optional answer empty when it has a default

# Questions whose offered answer is worked out from the answers before them (Answering.suggested).
FROM_EARLIER_ANSWERS: dict[str, Callable[[dict[str, Any]], Any]] = {"contacts.other": unlisted_teams}


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"

    def __bool__(self) -> bool:
        return False


MISSING: Any = _Missing()


class Invalid(Exception):
    """An answer the model refuses; `reasons` read as `policygen build` would report them."""

    def __init__(self, reasons: list[str]):
        self.reasons = reasons
        super().__init__("; ".join(reasons))


@dataclass(frozen=True)
class Question:
    """One field of the answers model, as a question."""

    path: tuple[str, ...]  # ("organisation", "name"); a top-level setting has one part
    name: str
    question: str
    help: str
    kind: str
    default: Any  # plain data (dicts for records), or MISSING when the answer is required
    optional: bool  # an empty answer is allowed
    labels: dict[str, str]
    when: str | None
    model: type[BaseModel] = field(repr=False, compare=False)  # the model the field belongs to
    fields: tuple[Question, ...] = ()  # a record's own fields
    examples: tuple[Any, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    text_items: bool = False  # a list of entries whose entry may also be given as plain text (a clause id for customise.exclude)

    @property
    def key(self) -> str:
        return ".".join(self.path)

    @property
    def group(self) -> str:
        return self.path[0] if len(self.path) > 1 else ""

    @property
    def required(self) -> bool:
        return self.default is MISSING

    @property
    def fixed(self) -> bool:
        """A setting with one possible value (the format version): written, never asked."""
        return self.kind == "choice" and len(self.labels) == 1 and not self.required

    @property
    def example(self) -> Any:
        """What `init --defaults` writes for a required answer: its first example, or a choice's first code (MISSING if none)."""
        if self.examples:
            return self.examples[0]
        if self.kind == "choice":
            return next(iter(self.labels))
        return MISSING

    @property
    def field_info(self) -> FieldInfo:
        return self.model.model_fields[self.name]

    def code_for(self, text: str) -> Any:
        """A choice typed as its number in the list (1, 2 ...), its label as shown or its code, in any case, or
        words of its label that no other choice's label has ("council" for "Local authority (council)"); None if none."""
        wanted = " ".join(text.split()).casefold()
        codes = list(self.labels)
        if wanted.isdigit() and 1 <= int(wanted) <= len(codes):
            return codes[int(wanted) - 1]
        for code, label in self.labels.items():
            if wanted in (str(code).casefold(), " ".join(label.split()).casefold()):
                return code
        words = _words(wanted)
        having = [code for code, label in self.labels.items() if words and words <= _words(label)]
        return having[0] if len(having) == 1 else None

    def not_a_choice(self, text: str) -> Invalid:
        codes = list(self.labels)
        listed = ", ".join(f"'{code}'" for code in codes)
        return Invalid([f"'{text}' is not one of the choices; give its number (1 to {len(codes)}), its name as listed, or its code: {listed}"])


def _words(text: str) -> set[str]:
    return set(re.findall(r"[\w']+", text.casefold()))


@dataclass(frozen=True)
class Group:
    key: str  # "" for the top-level settings
    heading: str
    questions: tuple[Question, ...]


# ------------------------------------------------------------------ reading the model


def _unwrap(annotation: Any) -> tuple[Any, bool]:
    """The core type of an annotation, and whether None is allowed."""
    origin = get_origin(annotation)
    if origin is Annotated:
        return _unwrap(get_args(annotation)[0])
    if origin in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        optional = len(args) < len(get_args(annotation))
        if len(args) == 1:
            core, inner = _unwrap(args[0])
            return core, optional or inner
        return annotation, optional
    return annotation, False


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, BaseModel)


def _kind(annotation: Any, where: str) -> tuple[str, Any, bool]:
    """(kind, the model or Literal inside, optional)."""
    core, optional = _unwrap(annotation)
    if core is bool:
        return "yes-no", None, optional
    if core is int:
        return "number", None, optional
    if core is dt.date:
        return "date", None, optional
    if core is str:
        return "text", None, optional
    if get_origin(core) is Literal:
        return "choice", core, optional
    if _is_model(core):
        return "record", core, optional
    if get_origin(core) is list:
        item, _ = _unwrap(get_args(core)[0])
        if get_origin(item) is Literal:
            return "multi-choice", item, optional
        if _is_model(item):
            return "record-list", item, optional
        if item is str:
            return "text-list", None, optional
    raise TypeError(f"{where}: the questionnaire cannot ask for a {annotation!r}; use text, yes/no, a choice, a number, a date, a list or a sub-model")


def _takes_text(annotation: Any) -> bool:
    """Whether each entry of a list of records may be given as plain text: its model says so in the schema it accepts."""
    item = get_args(_unwrap(annotation)[0])[0]
    accepted = [getattr(meta, "json_schema_input_type", None) for meta in get_args(item)[1:]] if get_origin(item) is Annotated else []
    return any(str in get_args(kind) for kind in accepted)


def plain(value: Any) -> Any:
    """Validated values as plain data: models become dicts, dates stay dates."""
    if isinstance(value, BaseModel):
        return {name: plain(getattr(value, name)) for name in type(value).model_fields}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def _question(model: type[BaseModel], name: str, info: FieldInfo, path: tuple[str, ...]) -> Question:
    where = ".".join(path)
    kind, inner, optional = _kind(info.annotation, where)
    extra: dict[str, Any] = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
    labels: dict[str, str] = dict(extra.get("labels") or {})
    if kind in ("choice", "multi-choice"):
        codes = get_args(inner)
        labels = {code: str(labels.get(code, code)) for code in codes}
    default = MISSING if info.is_required() else plain(info.get_default(call_default_factory=True, validated_data={}))
    fields: tuple[Question, ...] = ()
    if kind in ("record", "record-list"):
        fields = tuple(_question(inner, sub, sub_info, path + (sub,)) for sub, sub_info in inner.model_fields.items())
    minimum = maximum = None
    for meta in info.metadata:
        minimum = getattr(meta, "ge", minimum)
        maximum = getattr(meta, "le", maximum)
    return Question(
        path=path,
        name=name,
        question=info.title or name.replace("_", " ").capitalize(),
        help=(info.description or "").strip(),
        kind=kind,
        default=default,
        optional=optional or kind in ("text-list", "multi-choice", "record-list"),
        labels=labels,
        when=extra.get("when"),
        model=model,
        fields=fields,
        examples=tuple(info.examples or ()),
        minimum=minimum,
        maximum=maximum,
        text_items=kind == "record-list" and _takes_text(info.annotation),
    )


def _heading(model: type[BaseModel], info: FieldInfo, key: str) -> str:
    doc = (model.__doc__ or "").strip()
    if doc and doc != (BaseModel.__doc__ or "").strip():
        return doc.splitlines()[0].strip().rstrip(".")
    return (info.description or key.replace("_", " ").capitalize()).rstrip(".")


def groups(model: type[BaseModel] = Answers) -> list[Group]:
    """Every question, grouped as the model declares them. Top-level settings come first, key ""."""
    settings: list[Question] = []
    found: list[Group] = []
    for key, info in model.model_fields.items():
        core, _ = _unwrap(info.annotation)
        if _is_model(core):
            questions = tuple(_question(core, name, sub, (key, name)) for name, sub in core.model_fields.items())
            found.append(Group(key, _heading(core, info, key), questions))
        else:
            settings.append(_question(model, key, info, (key,)))
    return ([Group("", "", tuple(settings))] if settings else []) + found


def questions(model: type[BaseModel] = Answers) -> list[Question]:
    return [q for g in groups(model) for q in g.questions]


def find(key: str, model: type[BaseModel] = Answers) -> Question:
    for question in questions(model):
        if question.key == key:
            return question
    hint = did_you_mean(key, [q.key for q in questions(model) if not q.fixed])
    raise PolicyError(Problem(f"'{key}' is not a question" + (f"; did you mean '{hint}'?" if hint else "") + " See `policygen questions`."))


# ------------------------------------------------------------------ conditions


def condition(question: Question) -> TemplateExpression | None:
    return ENV.compile_expression(question.when, undefined_to_none=False) if question.when else None


# ------------------------------------------------------------------ answers as they arrive


class Answering:
    """Answers gathered so far (from a file, options or a person), each checked by the model."""

    def __init__(
        self, existing: dict[str, Any] | None = None, model: type[Answers] = Answers, checks: Mapping[str, Callable[[Any], None]] | None = None
    ) -> None:
        self.model = model
        self.groups = groups(model)
        self.given: dict[str, Any] = {}  # the answers, as the file will hold them
        self.placeholders: list[Question] = []  # example answers the user must change
        # Checks the model cannot make alone, by question key (the clause ids customise.exclude may
        # name come from the library): each raises Invalid, so a wrong answer is refused when given.
        self.checks = dict(checks or {})
        for key, value in (existing or {}).items():
            self.given[key] = dict(value) if isinstance(value, dict) else value

    # ---- where things stand

    def has(self, question: Question) -> bool:
        if question.group:
            section = self.given.get(question.group)
            return isinstance(section, dict) and question.name in section
        return question.name in self.given

    def value(self, question: Question) -> Any:
        """The answer given, else the default (None when the answer is required)."""
        if self.has(question):
            return self._section(question)[question.name]
        default = self.default(question)
        return None if default is MISSING else default

    def default(self, question: Question) -> Any:
        """The question's default for this employer: some kinds of employer in some nations have their own."""
        own = employer_defaults(self.given.get("organisation")).get(question.key)
        return question.default if own is None else own

    def suggested(self, question: Question) -> Any:
        """The default to offer, following earlier answers that renamed a default this one shares.

        Some kinds of employer are offered their own answer (model.EMPLOYER_SUGGESTIONS). When an
        earlier question's default (say "the Communications Team") was answered with
        another name ("the Digital Team"), a later question with the same default means the same
        team, so it offers the new name; "the X" follows a renamed "X" (the policy owner is
        "Principal Social Worker"; its contact "the Principal Social Worker").

        Some questions are offered what earlier answers imply (FROM_EARLIER_ANSWERS): the other
        teams to list are those earlier answers name, so a team's name is typed once.
        """
        if question.key in FROM_EARLIER_ANSWERS and question.default == []:
            return FROM_EARLIER_ANSWERS[question.key](self.context())
        renamed: dict[str, str] = {}
        for earlier in (q for group in self.groups for q in group.questions):
            if earlier.key == question.key:
                break
            if self.has(earlier) and earlier.default is not MISSING:
                _renames(self.default(earlier), self.value(earlier), renamed)
        offered = employer_defaults(self.given.get("organisation"), EMPLOYER_SUGGESTIONS).get(question.key)
        return _follow(self.default(question) if offered is None else offered, renamed)

    def forget(self, question: Question) -> None:
        """Take an answer back (the interview's `<`), so the question is pending again."""
        self._section(question).pop(question.name, None)
        if question in self.placeholders:
            self.placeholders.remove(question)

    def _section(self, question: Question) -> dict[str, Any]:
        return self.given.setdefault(question.group, {}) if question.group else self.given

    def context(self) -> dict[str, Any]:
        """What a `when` sees: every answer so far, defaults for the rest, and the derived facts."""
        values: dict[str, Any] = {}
        for group in self.groups:
            target = values.setdefault(group.key, {}) if group.key else values
            for question in group.questions:
                target[question.name] = self.value(question)
        values.update(derive(values))
        return values

    def applies(self, question: Question) -> bool:
        test = condition(question)
        if test is None:
            return True
        try:
            return bool(test(**self.context()))
        except Exception as exc:
            raise PolicyError(Problem(f"the condition `{question.when}` cannot be evaluated: {exc}", None, None, question.key)) from None

    def pending(self) -> Iterator[Question]:
        """Questions still to answer that apply, in model order; conditions see the answers given so far."""
        for group in self.groups:
            for question in group.questions:
                if self.has(question) or question.fixed:
                    continue
                if self.applies(question):
                    yield question

    # ---- taking answers

    def check(self, question: Question, value: Any, siblings: dict[str, Any] | None = None) -> Any:
        """The answer as the model reads it, or Invalid with the reasons `policygen build` would give."""
        if siblings is None:
            section = self.given.get(question.group) if question.group else None
            siblings = dict(section) if isinstance(section, dict) else {}
            siblings.pop(question.name, None)
        checked = check_field(question, value, siblings)
        if question.key in self.checks:
            self.checks[question.key](checked)
        return checked

    def answer(self, question: Question, value: Any) -> Any:
        """Check an answer and keep it; raises Invalid."""
        checked = self.check(question, value)
        self._section(question)[question.name] = checked
        return checked

    def answer_text(self, question: Question, text: str) -> Any:
        return self.answer(question, from_text(question, text))

    def use_default(self, question: Question, follow: bool = True) -> Any:
        """The default answer (following earlier answers, unless not to); a required answer takes its first example, remembered as a placeholder."""
        if question.default is not MISSING:
            return self.answer(question, self.suggested(question) if follow else self.default(question))
        if question.example is MISSING:
            raise PolicyError(Problem("has no default and no example answer; give it with --set", None, None, question.key))
        self.placeholders.append(question)
        return self.answer(question, question.example)

    def complete(self) -> Answers:
        """Check the whole set of answers as the build will."""
        return validate(self.model, Located(self.given), "<answers>")


def _renames(default: Any, answer: Any, renamed: dict[str, str]) -> None:
    """Note each name in a default (a text, or a record's texts) that the answer gave differently."""
    if isinstance(default, dict) and isinstance(answer, dict):
        for name, value in default.items():
            _renames(value, answer.get(name), renamed)
    elif isinstance(default, str) and isinstance(answer, str) and answer.strip() and answer != default:
        renamed[default] = answer


def _follow(default: Any, renamed: dict[str, str]) -> Any:
    """A default with every renamed name replaced: texts, and the texts in records and lists."""
    if isinstance(default, dict):
        return {name: _follow(value, renamed) for name, value in default.items()}
    if isinstance(default, list):
        return [_follow(item, renamed) for item in default]
    if not isinstance(default, str):
        return default
    if default in renamed:
        return renamed[default]
    if default.startswith("the ") and default[4:] in renamed:
        new = renamed[default[4:]]
        return new if new.lower().startswith(("the ", "your ", "our ")) else f"the {new}"
    return default


def check_field(question: Question, value: Any, siblings: dict[str, Any]) -> Any:
    """Validate one field through its own model, with the answers beside it for cross-field rules."""
    model, name = question.model, question.name
    try:
        instance = validate(model, Located({**siblings, name: value}), "<answer>")
    except PolicyError as exc:
        mine = [p.message for p in exc.problems if p.field and (p.field == name or p.field.startswith((name + ".", name + "[")))]
        # A problem placed on no field is the model's own check (or a field path the error
        # mapping could not name): it concerns the answer just given.
        unplaced = [p.message for p in exc.problems if not p.field and p.message != "required, but missing"]
        if mine or unplaced:
            raise Invalid(_prefixed(exc, name, mine) + unplaced) from None
        # Only other, not yet answered fields are wrong: read this one on its own.
        info = question.field_info
        annotation: Any = Annotated[(info.annotation, *info.metadata)] if info.metadata else info.annotation
        return plain(TypeAdapter(annotation).validate_python(value))
    return plain(getattr(instance, name))


def _prefixed(exc: PolicyError, name: str, messages: list[str]) -> list[str]:
    """Errors inside a record or a list of entries say which part is wrong (`email`, `entry 2: date`).

    A wrong item of a plain list names itself in the message, so it needs no prefix.
    """
    out = []
    for problem in exc.problems:
        if problem.field == name:
            out.append(problem.message)
        elif problem.field and problem.field.startswith((name + ".", name + "[")):
            part = problem.field[len(name) :].lstrip(".")
            if part.startswith("["):
                index, _, rest = part[1:].partition("]")
                rest = rest.lstrip(".")
                if not rest:
                    out.append(problem.message)
                    continue
                part = f"entry {int(index) + 1}: {rest}"
            out.append(f"{part}: {problem.message}")
    return out


def from_text(question: Question, text: str) -> Any:
    """What a person typed, as a candidate answer (validation decides if it is good)."""
    text = text.strip()
    if question.optional and text == CLEAR and question.kind not in ("text-list", "multi-choice"):
        return None
    if question.kind == "choice":
        if not text:
            return None
        code = question.code_for(text)
        if code is None:
            raise question.not_a_choice(text)
        return code
    if question.kind == "multi-choice":
        if text.lower() in ("", CLEAR, "none"):
            return []
        return _choices(question, text)
    if question.kind == "date":
        return date_from_text(text) if text else None
    if question.kind == "text-list" or (question.text_items and not text.startswith(("[", "{"))):
        if text.lower() in ("", CLEAR):
            return []
        return [p.strip() for p in text.split(";") if p.strip()]
    if question.kind in ("record", "record-list"):
        try:
            value = json.loads(text)
        except (ValueError, RecursionError):
            raise Invalid([f"{question.key} has several parts; answer it in the questionnaire or in the file"]) from None
        if _depth(value) > 3:  # a record holds plain values; a list of records one level more
            raise Invalid(["is nested too deeply: give each part as plain text"])
        return value
    if text == "":
        return None
    if question.kind == "number" and text.lstrip("+-").isdigit():
        if len(text) > MAX_NUMBER_CHARACTERS:
            raise Invalid([f"a number may have at most {MAX_NUMBER_CHARACTERS} digits"])
        return int(text)  # as a YAML file would hold it, so the reason reads the same
    return text


def _depth(value: Any) -> int:
    if isinstance(value, dict):
        return 1 + max((_depth(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((_depth(v) for v in value), default=0)
    return 0


def _choices(question: Question, text: str) -> list[Any]:
    """Several choices, separated by commas (or spaces between numbers and codes): `1, 3`, `dpia security`."""
    codes: list[Any] = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        code = question.code_for(part)
        if code is None:
            words = [question.code_for(word) for word in part.split()]
            if len(words) < 2 or None in words:
                raise question.not_a_choice(part)
            codes += words
        else:
            codes.append(code)
    return codes


_UK_DATE = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
DATE_HINT = "type it as day/month/year, e.g. 01/12/2026 for 1 December 2026"


def date_from_text(text: str) -> dt.date:
    """A date typed the UK way (01/12/2026, 1.12.2026) or as YYYY-MM-DD; Invalid in plain words otherwise."""
    if uk := _UK_DATE.fullmatch(text):
        day, month, year = (int(n) for n in uk.groups())
    elif iso := _ISO_DATE.fullmatch(text):
        year, month, day = (int(n) for n in iso.groups())
    else:
        raise Invalid([f"'{text}' is not a date: {DATE_HINT}"])
    if not 1 <= month <= 12:
        raise Invalid([f"'{text}' is not a real date: there is no month {month}; {DATE_HINT}"])
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise Invalid([f"'{text}' is not a real date: {MONTHS[month - 1]} {year} has no day {day}"]) from None


def shown(question: Question, value: Any) -> str:
    """An answer as a person reads it."""
    if value is None:
        return ""
    if question.kind == "yes-no":
        return "yes" if value else "no"
    if question.kind == "choice":
        return question.labels.get(value, str(value))
    if question.kind == "multi-choice":
        return ", ".join(question.labels.get(v, str(v)) for v in value) or "none"
    if question.kind == "text-list":
        return "; ".join(value) or "none"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
