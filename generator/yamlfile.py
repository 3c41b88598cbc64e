"""YAML with line numbers, and pydantic validation errors turned into Problems.

Shared by the answers file and clause front matter, so both report
`FILE:LINE: field.path: what is allowed` the same way.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError
from ruamel.yaml.scalarfloat import ScalarFloat

from .errors import PolicyError, Problem, did_you_mean


class Located:
    """Parsed YAML as plain Python, remembering the line of every key and item."""

    def __init__(self, root: Any, first_line: int = 1):
        self.root = root
        self.offset = first_line - 1  # front matter starts below the `---` line

    def line(self, path: tuple) -> int:
        """Best line for a field path: the deepest key or item that exists."""
        node, line = self.root, 1 + self.offset
        for part in path:
            if isinstance(node, CommentedMap) and part in node:
                line = node.lc.key(part)[0] + 1 + self.offset
                node = node[part]
            elif isinstance(node, CommentedSeq) and isinstance(part, int) and part < len(node):
                line = node.lc.item(part)[0] + 1 + self.offset
                node = node[part]
            else:
                break
        return line

    def data(self) -> Any:
        return plain(self.root)


def plain(node: Any) -> Any:
    """ruamel's round-trip types as plain Python; floats keep their written text (2.10 stays "2.10")."""
    if isinstance(node, dict):
        return {str(k): plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [plain(v) for v in node]
    if isinstance(node, ScalarFloat):
        decimals = max(node._width - node._prec - 1, 0) if node._prec is not None else 1  # type: ignore[attr-defined]  # ruamel sets these in __new__, out of mypy's sight
        return f"{float(node):.{decimals}f}" if node._exp is None else str(float(node))  # type: ignore[attr-defined]  # as above
    if isinstance(node, dt.datetime):
        return node
    if isinstance(node, bool) or node is None:
        return node
    if isinstance(node, int):
        return int(node)
    if isinstance(node, str):
        return str(node)
    return node


class _DatesAsText(RoundTripConstructor):
    """Leave dates as text, so pydantic judges them and `2026-02-30` is an error at its field."""


_DatesAsText.add_constructor("tag:yaml.org,2002:timestamp", RoundTripConstructor.construct_yaml_str)


def load_yaml(text: str, file: str, first_line: int = 1) -> Located:
    """Parse YAML text; a syntax error becomes a Problem at its line."""
    yaml = YAML(typ="rt", pure=True)
    yaml.Constructor = _DatesAsText
    try:
        root = yaml.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line + first_line) if mark else first_line
        what = (exc.problem or exc.context or "not valid YAML").strip()
        raise PolicyError(Problem(f"not valid YAML: {what}", file, line)) from None
    except Exception as exc:  # ruamel raises a few unmarked errors (e.g. duplicate keys)
        raise PolicyError(Problem(f"not valid YAML: {exc}", file, first_line)) from None
    return Located(root if root is not None else CommentedMap(), first_line)


_Model = TypeVar("_Model", bound=BaseModel)


def validate(model: type[_Model], located: Located, file: str) -> _Model:
    """Validate parsed YAML against a model, reporting every error at once."""
    data = located.data()
    if not isinstance(data, dict):
        raise PolicyError(Problem("expected a mapping of keys to answers at the top level", file, located.line(())))
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = [_problem(model, err, located, file) for err in exc.errors(include_url=False)]
        raise PolicyError(sorted(set(problems), key=lambda p: (p.line or 0, p.field or ""))) from None


def field_path(loc: tuple) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _problem(model: type[BaseModel], err: ErrorDetails, located: Located, file: str) -> Problem:
    loc = tuple(p for p in err["loc"] if not _is_union_tag(p))
    kind = err["type"]
    if kind == "extra_forbidden":
        allowed = _allowed_keys(model, loc[:-1])
        hint = did_you_mean(str(loc[-1]), allowed)
        message = "unknown key"
        if hint:
            message += f"; did you mean '{hint}'?"
        message += f" Allowed here: {', '.join(allowed)}" if allowed and hint else f"; allowed here: {', '.join(allowed)}" if allowed else ""
    elif kind == "literal_error":
        allowed = err["ctx"]["expected"].replace(" or ", ", ")
        message = f"{_shown(err['input'])} is not one of the choices: {allowed}"
    elif kind == "missing":
        message = "required, but missing"
    elif kind in _MESSAGES:
        message = _MESSAGES[kind].format(value=_shown(err["input"]), **err.get("ctx", {}))
    else:
        message = err["msg"]
        if message.startswith("Value error, "):
            message = message[len("Value error, "):]
        elif message.startswith("Assertion failed, "):
            message = message[len("Assertion failed, "):]
        if kind not in ("value_error", "assertion_error") and not isinstance(err.get("input"), (dict, list)):
            message = f"{_shown(err['input'])}: {message[0].lower()}{message[1:]}"
    return Problem(message, file, located.line(loc), field_path(loc) or None)


_MESSAGES = {
    "less_than_equal": "{value} is too large: the most allowed is {le}",
    "greater_than_equal": "{value} is too small: the least allowed is {ge}",
    "int_parsing": "{value} is not a whole number",
    "int_type": "{value} is not a whole number",
    "int_from_float": "{value} is not a whole number",
    "bool_parsing": "{value} is not yes/no: write true or false",
    "bool_type": "{value} is not yes/no: write true or false",
    "date_from_datetime_parsing": "{value} is not a real date ({error}): write it as YYYY-MM-DD",
    "date_parsing": "{value} is not a real date ({error}): write it as YYYY-MM-DD",
    "date_type": "{value} is not a date: write it as YYYY-MM-DD",
    "string_type": "{value} is not text: write the answer as text",
    "list_type": "{value} is not a list: write one '- item' per line",
    "model_type": "{value} is not a group of answers: expected 'key: value' lines indented below",
    "model_attributes_type": "{value} is not a group of answers: expected 'key: value' lines indented below",
    "dict_type": "{value} is not a group of answers: expected 'key: value' lines indented below",
}


def _is_union_tag(part: Any) -> bool:
    """pydantic names the member of a union that failed, e.g. 'function-after[_url(), str]'; not a field."""
    return isinstance(part, str) and "[" in part


def _shown(value: Any) -> str:
    if isinstance(value, str):
        return repr(value) if value else "an empty answer"
    if value is None:
        return "an empty answer"
    return repr(value) if not isinstance(value, (dt.date,)) else value.isoformat()


def _allowed_keys(model: type[BaseModel], loc: tuple) -> list[str]:
    """The keys a model accepts at a path, for 'did you mean' and the allowed list."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        field = getattr(current, "model_fields", {}).get(part)
        if field is None:
            return []
        current = _inner_model(field.annotation)
        if current is None:
            return []
    return list(getattr(current, "model_fields", {}))


def _inner_model(annotation: Any) -> Any:
    from typing import get_args

    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        found = _inner_model(arg)
        if found is not None:
            return found
    return None
