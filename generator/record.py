"""Record: a dataclass made without compiling code, for the small records every build defines.

`@dataclass` writes each class's __init__, __eq__, __repr__ and (frozen) __setattr__ as source and
compiles it when the module is imported: about half a millisecond a class, paid on every build
for classes most builds make a handful of. A Record subclass gets the same behaviour from the
methods below, which read the field names once, when the class is made:

    class Route(Record):
        name: str
        email: str | None = None
        seen: list[str] = field(default_factory=list)   # dataclasses.field: default_factory, compare, repr

Frozen by default (`class Library(Record, frozen=False)` for one that is not), compared and (when
frozen) hashed by its fields, shown as a dataclass is, and copied with changes by `replace`.
Type checkers read it as a dataclass (dataclass_transform). The document's many small parts are
document.Value instead: slotted, with their __init__ written out, as they are made thousands of
times a build.
"""

from __future__ import annotations

from dataclasses import MISSING, Field, FrozenInstanceError, field
from typing import Any, ClassVar, Self, dataclass_transform

__all__ = ["Record", "field"]


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
class Record:
    _fields: ClassVar[tuple[str, ...]] = ()  # every field, in order
    _compared: ClassVar[tuple[str, ...]] = ()  # those __eq__ and __hash__ read (all but compare=False)
    _shown: ClassVar[tuple[str, ...]] = ()  # those __repr__ shows (all but repr=False)
    _defaults: ClassVar[dict[str, Any]] = {}  # name -> default value
    _factories: ClassVar[dict[str, Any]] = {}  # name -> default_factory
    _frozen: ClassVar[bool] = True

    def __init_subclass__(cls, frozen: bool = True, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        fields, compared, shown = list(cls._fields), list(cls._compared), list(cls._shown)
        defaults, factories = dict(cls._defaults), dict(cls._factories)
        for name, annotation in cls.__dict__.get("__annotations__", {}).items():
            if str(annotation).startswith(("ClassVar", "typing.ClassVar")):
                continue
            value = cls.__dict__.get(name, MISSING)
            compare = show = True
            if isinstance(value, Field):
                compare, show = value.compare, value.repr
                if value.default_factory is not MISSING:
                    factories[name] = value.default_factory
                value = value.default
                if value is MISSING:
                    delattr(cls, name)
                else:
                    setattr(cls, name, value)
            if value is not MISSING:
                defaults[name] = value
            elif name not in factories and any(later in defaults or later in factories for later in fields):
                raise TypeError(f"non-default argument {name!r} follows default argument")
            fields.append(name)
            compared += [name] if compare else []
            shown += [name] if show else []
        cls._fields, cls._compared, cls._shown = tuple(fields), tuple(compared), tuple(shown)
        cls._defaults, cls._factories, cls._frozen = defaults, factories, frozen
        if not frozen:
            cls.__hash__ = None  # type: ignore[assignment]  # as a dataclass that compares and is not frozen

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        fields = self._fields
        if len(args) > len(fields):
            raise TypeError(f"{type(self).__qualname__}() takes {len(fields)} arguments but {len(args)} were given")
        values = dict(zip(fields, args, strict=False))
        for name, value in kwargs.items():
            if name not in fields:
                raise TypeError(f"{type(self).__qualname__}() got an unexpected keyword argument {name!r}")
            if name in values:
                raise TypeError(f"{type(self).__qualname__}() got multiple values for argument {name!r}")
            values[name] = value
        for name in fields[len(args) :]:
            if name in values:
                continue
            if name in self._factories:
                values[name] = self._factories[name]()
            elif name in self._defaults:
                values[name] = self._defaults[name]
            else:
                raise TypeError(f"{type(self).__qualname__}() missing required argument: {name!r}")
        self.__dict__.update(values)  # not through __setattr__, which a frozen record refuses

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._compared)

    def __eq__(self, other: object) -> bool:
        return self._values() == other._values() if other.__class__ is self.__class__ else NotImplemented

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        return f"{type(self).__qualname__}({', '.join(f'{name}={getattr(self, name)!r}' for name in self._shown)})"

    def __setattr__(self, name: str, value: Any) -> None:
        if self._frozen:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super().__setattr__(name, value)

    def __delattr__(self, name: str) -> None:
        if self._frozen:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super().__delattr__(name)

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        """Every field, in order (dataclasses.fields, by name)."""
        return cls._fields

    def replace(self, **changes: Any) -> Self:
        """A copy with these fields changed, as dataclasses.replace makes one."""
        return type(self)(**{**{name: getattr(self, name) for name in self._fields}, **changes})
