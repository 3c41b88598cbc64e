"""YAML with line numbers, and pydantic validation errors turned into Problems.

Shared by the answers file and clause front matter, so both report
`FILE:LINE: field.path: what is allowed` the same way.

ruamel's round-trip loader is the one authority on what a file says and where: its reading
(YAML 1.2), its lines and its error messages. It is slow (most of the time of reading an
answers file), so on the happy path libyaml (PyYAML's C parser) reads the text instead, and
ruamel parses it only when a line is asked for, that is when something is wrong. The fast
reader gives ruamel's plain data or gives up: anything it is not sure it reads as ruamel
does (a tag, an anchor, a directive, a duplicate key, a number written unusually, any libyaml
error) goes to ruamel, so every result and every message is ruamel's.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

try:
    from yaml import events
    from yaml._yaml import CParser as _CParser

    _HAVE_LIBYAML = True
except ImportError:  # PyYAML's wheels bring libyaml; without it ruamel reads every text
    _HAVE_LIBYAML = False

from .errors import PolicyError, Problem, did_you_mean

# An answers file has a few hundred values. Aliases (*name) can make a small file expand to
# billions ("billion laughs"); the expanded size and depth are checked before anything walks it.
MAX_VALUES = 100_000
MAX_DEPTH = 50
# Numbers longer than this are refused while parsing (Python converts at most 4,300 digits).
MAX_NUMBER_CHARACTERS = 100


_UNREAD = object()  # Located's plain data, not read yet


class Located:
    """Parsed YAML as plain Python, remembering the line of every key and item.

    `root` is ruamel's round-trip tree, which knows the lines. From load_yaml's fast path it is
    parsed from the text only when first asked for (for a line: something is wrong).
    """

    def __init__(self, root: Any, first_line: int = 1, *, text: str | None = None, file: str = "", data: Any = _UNREAD):
        self._root = root
        self._text = text  # the YAML text while its round-trip tree is still to be parsed
        self._file = file
        self._data = data
        self.offset = first_line - 1  # front matter starts below the `---` line

    @property
    def root(self) -> Any:
        if self._text is not None:
            self._root, self._text = _parse(self._text, self._file, self.offset + 1), None
        return self._root

    def path_at(self, line: int, column: int = 0) -> tuple:
        """The field path of the deepest key or item starting at or before a place in the file."""
        from ruamel.yaml.comments import CommentedMap, CommentedSeq

        node: Any = self.root
        path: tuple[Any, ...] = ()
        place = (line - 1 - self.offset, column)
        while True:
            if isinstance(node, CommentedMap):
                starts = [(tuple(node.lc.key(k)), k) for k in node]
            elif isinstance(node, CommentedSeq):
                starts = [(tuple(node.lc.item(i)), i) for i in range(len(node))]
            else:
                return path
            before = [(start, k) for start, k in starts if start <= place]
            if not before:
                return path
            key = max(before, key=lambda item: item[0])[1]
            path, node = path + (key,), node[key]

    def line(self, path: tuple) -> int:
        """Best line for a field path: the deepest key or item that exists."""
        from ruamel.yaml.comments import CommentedMap, CommentedSeq

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
        """The plain data (dicts, lists, str, int, bool, None), new from each load_yaml."""
        return plain(self.root) if self._data is _UNREAD else self._data


def plain(node: Any) -> Any:
    """ruamel's round-trip types as plain Python; floats keep their written text (2.10 stays "2.10")."""
    from ruamel.yaml.scalarfloat import ScalarFloat

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


class _TooLong(Exception):
    def __init__(self, message: str, mark: Any):
        super().__init__(message)
        self.message, self.mark = message, mark


@functools.cache
def _ruamel() -> tuple[Any, Any]:
    """ruamel's constructor and scanner as load_yaml uses them; imported only when ruamel reads a text."""
    from ruamel.yaml.constructor import RoundTripConstructor
    from ruamel.yaml.scanner import RoundTripScanner

    class DatesAsText(RoundTripConstructor):
        """Leave dates as text, so pydantic judges them and `2026-02-30` is an error at its field.

        Numbers longer than MAX_NUMBER_CHARACTERS (decimal, hex, octal or binary) are refused here,
        before Python is asked to convert or print them.
        """

        def construct_yaml_int(self, node: Any) -> Any:
            if len(str(node.value)) > MAX_NUMBER_CHARACTERS:
                raise _TooLong(f"a number may have at most {MAX_NUMBER_CHARACTERS} digits; put text in quotes", node.start_mark)
            return super().construct_yaml_int(node)

        def construct_yaml_float(self, node: Any) -> Any:
            if len(str(node.value)) > MAX_NUMBER_CHARACTERS:
                raise _TooLong(f"a number may have at most {MAX_NUMBER_CHARACTERS} digits; put text in quotes", node.start_mark)
            return super().construct_yaml_float(node)

    DatesAsText.add_constructor("tag:yaml.org,2002:timestamp", RoundTripConstructor.construct_yaml_str)
    DatesAsText.add_constructor("tag:yaml.org,2002:int", DatesAsText.construct_yaml_int)
    DatesAsText.add_constructor("tag:yaml.org,2002:float", DatesAsText.construct_yaml_float)

    class CommentsDropped(RoundTripScanner):
        """Comments are not kept: nothing reads them, and ruamel joins a run of them one string at
        a time, so keeping them costs time that grows with the square of their number."""

        def fetch_comment(self, comment: Any) -> None:
            return None

    return DatesAsText, CommentsDropped


# What YAML readers refuse (ruamel's Reader.NON_PRINTABLE), and U+0085, which ruamel reads as a
# line break: reported at the line and field. Written as the characters refused, not as the
# complement of those allowed ([^\t\n\r\x20-\x7E\xA0-\uD7FF\uE000-\uFFFD\U00010000-\U0010FFFF],
# the same set): Python compiles that form one code point at a time, 3 ms of every build.
_UNREADABLE = re.compile("[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uD800-\uDFFF\uFFFE\uFFFF]")


def load_yaml(text: str, file: str, first_line: int = 1, keep_comments: bool = False) -> Located:
    """Parse YAML text; a syntax error becomes a Problem at its line.

    keep_comments: keep end-of-line comments on the nodes, for a caller that rewrites lines in
    place (serve's save); every other reader drops them (see _CommentsDropped).
    """
    unreadable = list(_UNREADABLE.finditer(text))
    if unreadable:
        _refuse_unreadable(text, unreadable, file, first_line)
    too_deep = _deep_flow(text)
    if too_deep is not None:
        raise PolicyError(Problem(f"nested too deeply (at most {MAX_DEPTH} levels)", file, too_deep + first_line))
    data = _UNSURE if keep_comments else fast_data(text)
    if data is not _UNSURE:
        return Located(None, first_line, text=text, file=file, data=data)
    located = Located(_parse(text, file, first_line, keep_comments), first_line)
    _check_size(located, file)
    return located


_QUOTED_OR_COMMENT = re.compile(r"'(?:[^'\n]|'')*'|\"(?:[^\"\\\n]|\\.)*\"|(?:^|(?<=\s))#[^\n]*", re.MULTILINE)
_FLOW_BRACKET = re.compile(r"[\[\]{}]")


def _deep_flow(text: str) -> int | None:
    """The line (from 0) where [ and { brackets first nest far too deep, before ruamel sees them.

    ruamel's scanner checks every open bracket at every token, so thousands of nested brackets
    take seconds to reach its own limit. Quoted text and comments are left out of the count.
    """
    if text.count("[") + text.count("{") <= 4 * MAX_DEPTH:
        return None
    bare = _QUOTED_OR_COMMENT.sub(lambda m: " " * len(m.group()), text)
    depth = 0
    for match in _FLOW_BRACKET.finditer(bare):
        depth += 1 if match.group() in "[{" else -1
        if depth > 4 * MAX_DEPTH:
            return text.count("\n", 0, match.start())
    return None


def _parse(text: str, file: str, first_line: int, keep_comments: bool = False) -> Any:
    """ruamel's round-trip tree of the text (an empty mapping for none); a syntax error becomes a Problem at its line."""
    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedMap
    from ruamel.yaml.error import MarkedYAMLError

    yaml = YAML(typ="rt", pure=True)
    yaml.Constructor, scanner = _ruamel()
    if not keep_comments:
        yaml.Scanner = scanner
    try:
        root = yaml.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line + first_line) if mark else first_line
        what = (exc.problem or exc.context or "not valid YAML").strip()
        if "'\\t'" in what or "tab" in what:
            what += "; indent with spaces, not tabs, and put text that holds a tab in quotes"
        raise PolicyError(Problem(f"not valid YAML: {what}", file, line)) from None
    except _TooLong as exc:
        raise PolicyError(Problem(exc.message, file, exc.mark.line + first_line)) from None
    except RecursionError:
        raise PolicyError(Problem(f"not valid YAML: nested too deeply (at most {MAX_DEPTH} levels)", file, first_line)) from None
    except Exception as exc:  # ruamel raises a few unmarked errors (e.g. duplicate keys)
        raise PolicyError(Problem(f"not valid YAML: {exc}", file, first_line)) from None
    return root if root is not None else CommentedMap()


def control_characters(text: str, file: str, first_line: int = 1, located: Located | None = None) -> list[Problem]:
    """A Problem for the first control character on each line of text (with its field, given the parse)."""
    problems, lines = [], set()
    for match in _UNREADABLE.finditer(text):
        line = text.count("\n", 0, match.start()) + first_line
        if line in lines:
            continue
        lines.add(line)
        column = match.start() - (text.rfind("\n", 0, match.start()) + 1)
        path = located.path_at(line, column) if located is not None else ()
        problems.append(
            Problem(
                f"contains the control character U+{ord(match.group()):04X}, which an answers or clause file cannot hold; "
                "remove it (letters, digits, punctuation, spaces, tabs and new lines are allowed)",
                file,
                line,
                field_path(path) or None,
            )
        )
    return problems


def _refuse_unreadable(text: str, found: list[re.Match], file: str, first_line: int) -> None:
    """Control characters, at their line and field (the field is found with them blanked out)."""
    try:
        blanked = Located(_parse(_UNREADABLE.sub(" ", text), file, first_line), first_line)
    except PolicyError:
        blanked = None
    raise PolicyError(control_characters(text, file, first_line, blanked))


def _check_size(located: Located, file: str) -> None:
    """Refuse YAML whose aliases expand past MAX_VALUES values or MAX_DEPTH levels, or refer to themselves.

    Each node is measured once (aliases share nodes), so the check costs what the file holds,
    not what it would expand to.
    """
    sizes: dict[int, tuple[int, int]] = {}
    open_nodes: set[int] = set()

    def measure(node: Any) -> tuple[int, int]:
        if not isinstance(node, (dict, list)):
            return 1, 0
        if id(node) in sizes:
            return sizes[id(node)]
        if id(node) in open_nodes:
            raise PolicyError(Problem("an alias (*name) refers to the value that contains it, so it never ends", file, _first_line(located)))
        open_nodes.add(id(node))
        children = list(node.values()) if isinstance(node, dict) else list(node)
        total, depth = 1, 0
        for child in children:
            size, deep = measure(child)
            total, depth = total + size, max(depth, deep + 1)
            if total > MAX_VALUES:
                break
            if depth > MAX_DEPTH:
                break
        open_nodes.discard(id(node))
        sizes[id(node)] = (total, depth)
        return total, depth

    try:
        total, depth = measure(located.root)
    except RecursionError:
        total, depth = 0, MAX_DEPTH + 1
    if total <= MAX_VALUES and depth <= MAX_DEPTH:
        return
    from ruamel.yaml.comments import CommentedMap

    line, field = _first_line(located), None
    if isinstance(located.root, CommentedMap):  # name the top-level key that is too big, if one is
        for key, value in located.root.items():
            size, deep = sizes.get(id(value), (0, 0))
            if size > MAX_VALUES or deep + 1 > MAX_DEPTH:
                line, field = located.line((key,)), str(key)
                break
    if total > MAX_VALUES:
        raise PolicyError(Problem(f"holds more than {MAX_VALUES:,} values once its aliases (*name) are expanded; write the values out instead", file, line, field))
    raise PolicyError(Problem(f"nested too deeply (at most {MAX_DEPTH} levels)", file, line, field))


def _first_line(located: Located) -> int:
    return 1 + located.offset


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
    elif kind == "string_too_long":
        message = f"is {len(err['input'])} characters long; the most allowed is {err['ctx']['max_length']}"
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
        if len(value) > 60:
            return repr(value[:40]) + f"... ({len(value)} characters)"
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


# ------------------------------------------------------------------ the fast path: libyaml, read as ruamel reads


_UNSURE = object()  # the fast reader cannot promise ruamel's reading: ruamel reads the text


class _Unsure(Exception):
    pass


# What a plain (unquoted) scalar is, in ruamel's YAML 1.2 resolver (ruamel/yaml/resolver.py).
_BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_NULLS = {"", "~", "null", "Null", "NULL"}
_INT = re.compile(r"[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+")
_FLOAT = re.compile(
    r"[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)"
    r"|[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)"
)
# A block scalar's header as ruamel reads it (libyaml also takes `>#`, a comment with no space before
# it), and not followed by a line of spaces only: ruamel refuses that when a later line is indented more.
_BLOCK_HEADER = re.compile(r"[|>](?:[1-9][-+]?|[-+][1-9]?)?(?: +#[^\r\n]*| *)(?:\Z|\r?\n(?! +\r?\n))")
# The forms read here; any other int or float (1_000, 0x1F, 0o17, 1e3, .5, .inf) goes to ruamel.
_DECIMAL = re.compile(r"[-+]?[0-9]+")
_POINT = re.compile(r"[-+]?[0-9]+\.[0-9]*")
# Characters libyaml (YAML 1.1) and ruamel (1.2) may read differently: a tab (ruamel refuses one
# in a plain value), line breaks of 1.1 only, a byte order mark or control character in the text,
# a carriage return that does not end a Windows line.
_DIFFERENT = re.compile("[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff\ufffe\uffff]|\r(?!\n)")


def _scalar(text: str) -> Any:
    """A plain scalar as ruamel's round-trip loader and `plain` make it."""
    if text in _BOOLS:
        return _BOOLS[text]
    if text in _NULLS:
        return None
    if len(text) > MAX_NUMBER_CHARACTERS and (_INT.fullmatch(text) or _FLOAT.fullmatch(text)):
        raise _Unsure  # ruamel refuses it, with its message
    if _INT.fullmatch(text):
        if _DECIMAL.fullmatch(text):
            return int(text)  # 012 is 12 in YAML 1.2
        raise _Unsure
    if _FLOAT.fullmatch(text):
        if _POINT.fullmatch(text):  # as plain() shows a ScalarFloat: the digits written after the point
            return f"{float(text):.{len(text) - text.index('.') - 1}f}"
        raise _Unsure
    if text in ("<<", "="):  # a merge key, YAML's 'value' key
        raise _Unsure
    return text


def fast_data(text: str) -> Any:
    """The plain data of YAML text as `Located.data` gives it from ruamel's tree, or _UNSURE."""
    if not _HAVE_LIBYAML or _DIFFERENT.search(text):
        return _UNSURE
    parser = _CParser(text)
    try:
        return _from_events(parser.get_event, text)
    except Exception:  # a libyaml error, or something read otherwise than ruamel reads it: ruamel decides
        return _UNSURE
    finally:
        parser.dispose()


def _from_events(next_event: Callable[[], Any], text: str) -> Any:
    """Build dicts, lists and scalars from parser events; give up on whatever ruamel might read otherwise."""
    open_: list[Any] = []  # the dicts and lists being filled, innermost last
    keys: list[Any] = []  # beside each open dict, its key waiting for a value (_UNREAD: none)
    root: Any = None
    documents = values = 0
    while True:
        event = next_event()
        kind = type(event)
        values += 1
        if values > MAX_VALUES or len(open_) > MAX_DEPTH:
            raise _Unsure  # ruamel's reading checks the size, and says what is too big
        if kind is events.ScalarEvent:
            if event.tag is not None or event.anchor is not None:
                raise _Unsure
            if event.style in ("|", ">") and not _BLOCK_HEADER.match(text, event.start_mark.index):
                raise _Unsure
            value = _scalar(event.value) if event.implicit[0] else event.value
            is_text = value is event.value  # read as text (a decimal is text too, but made from its number)
        elif kind is events.MappingStartEvent or kind is events.SequenceStartEvent:
            if event.tag is not None or event.anchor is not None:
                raise _Unsure
            open_.append({} if kind is events.MappingStartEvent else [])
            keys.append(_UNREAD)
            continue
        elif kind is events.MappingEndEvent or kind is events.SequenceEndEvent:
            keys.pop()
            value = open_.pop()
            is_text = False
        elif kind is events.DocumentStartEvent:
            documents += 1
            if documents > 1 or event.version is not None or event.tags:
                raise _Unsure  # several documents, or a %YAML or %TAG directive
            continue
        elif kind is events.StreamEndEvent:
            return {} if root is None else root
        elif kind is events.StreamStartEvent or kind is events.DocumentEndEvent:
            continue
        else:  # an alias
            raise _Unsure
        if not open_:
            root = value
            continue
        container = open_[-1]
        if type(container) is list:
            container.append(value)
        elif keys[-1] is _UNREAD:
            if not is_text or value in container:
                raise _Unsure  # a key that is not text (ruamel's plain() makes it text its own way), or a duplicate
            keys[-1] = value
        else:
            container[keys[-1]] = value
            keys[-1] = _UNREAD
