"""A .docx as the Open Packaging Conventions define it: parts, their content types and relationships.

The one reader of Word documents: the writer reads its template through it, template.py checks
an organisation's own template through it, and `policygen lint` reads any .docx through it. It
parses with one parser (no entities, no network, no huge trees) and, for input, within limits
on the unpacked size. Read from a zip with zipfile and lxml, and written back with lxml and zipwriter.py
(zipfile's bytes, faster). A part nobody changes keeps its bytes (no parse, no serialise, and deflated once
in a process: copies of a package share what was deflated), and so does a relationships file; a writer gives new bytes for
the parts it changes. The rules are those of python-docx, which wrote earlier builds, so the same
template gives the same bytes as before: only the parts reachable through relationships from the
package are read and written, [Content_Types].xml is made from those parts (a Default for each
known extension, an Override for each other part, both sorted), a new relationship takes the
first free id (rId1, rId2 ...), and a changed relationships file is written as lxml writes it.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from lxml import etree

from .ooxml import CONTENT_TYPES, DEFAULT_CONTENT_TYPES, RELATIONSHIPS, ContentType, RelType, package
from .zipwriter import Deflated

# As python-docx parses a part (ignorable whitespace dropped), never resolving entities or reaching the network.
PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=False, no_network=True, huge_tree=False)
CONTENT_TYPES_NAME = "[Content_Types].xml"


class PackageError(ValueError):
    """The zip is not a package a Word document can be read from; the message says why."""


class NotAWordDocument(PackageError):
    """Not a Word document at all: not a zip, or no word/document.xml in it."""


class NotAZip(NotAWordDocument):
    """Not a zip package at all."""


class TooLarge(PackageError):
    """Over a limit: unpacked as a whole (`part` None), or one part to be read as XML."""

    def __init__(self, part: str | None, limit: int) -> None:
        super().__init__(f"{part} is too large" if part else "it is too large unpacked")
        self.part, self.limit = part, limit


class UnreadablePart(PackageError):
    """A part that does not unpack from the zip or is not well-formed XML; `detail` is what zipfile or lxml said."""

    def __init__(self, part: str, detail: str, message: str) -> None:
        super().__init__(message)
        self.part, self.detail = part, detail


@dataclass(frozen=True)
class Limits:
    """How much a package given as input may unpack to: all of it, and one part read as XML."""

    unpacked: int
    part: int


# A Word document given as input (a template, a file to lint): a template with a logo or two
# unpacks to well under a megabyte, a part of it to under a few.
INPUT_LIMITS = Limits(unpacked=100 * 1024 * 1024, part=8 * 1024 * 1024)


def parse(data: bytes | str) -> etree._Element:
    return etree.fromstring(data, PARSER)


def serialised(root: etree._Element) -> bytes:
    """A part's XML as python-docx (and so every earlier build) wrote it."""
    return etree.tostring(root, encoding="UTF-8", standalone=True)


def make_element(name: str, prefix: str) -> etree._Element:
    """A new element declaring only its own prefix, to be added to a part's tree."""
    namespace, _, _ = name[1:].partition("}")
    return PARSER.makeelement(name, nsmap={prefix: namespace})


def insert_before(parent: etree._Element, child: etree._Element, successors: tuple[str, ...]) -> etree._Element:
    """Insert `child` before the first of `successors` found (tried in that order), else last: the schema's order."""
    for name in successors:
        successor = parent.find(name)
        if successor is not None:
            successor.addprevious(child)
            return child
    parent.append(child)
    return child


# ------------------------------------------------------------------ relationships


@dataclass(frozen=True)
class Relationship:
    rel_id: str
    reltype: str
    target: str  # a part name (/word/styles.xml) or, when external, the URL as written
    external: bool = False


@dataclass
class Relationships:
    """One part's relationships (or the package's), in their order; `data` is the file as read, until they change."""

    base: str  # the folder of the source part, which internal targets are relative to
    items: dict[str, Relationship] = field(default_factory=dict)
    data: bytes | None = None

    def copy(self) -> Relationships:
        return replace(self, items=dict(self.items))

    def add(self, reltype: str, target: str, external: bool = False) -> str:
        """The id of the relationship of this type to `target`, added with the first free id if there is none."""
        for rel in self.items.values():
            if (rel.reltype, rel.target, rel.external) == (reltype, target, external):
                return rel.rel_id
        rel_id = next(f"rId{n}" for n in range(1, len(self.items) + 2) if f"rId{n}" not in self.items)
        self.items[rel_id] = Relationship(rel_id, reltype, target, external)
        self.data = None
        return rel_id

    def drop(self, reltype: str) -> None:
        for rel_id in [rel.rel_id for rel in self.items.values() if rel.reltype == reltype]:
            del self.items[rel_id]
            self.data = None

    def target(self, reltype: str) -> str | None:
        """The part of the one internal relationship of this type; None for none, PackageError for several."""
        found = [rel.target for rel in self.items.values() if rel.reltype == reltype and not rel.external]
        if len(found) > 1:
            raise PackageError(f"it has {len(found)} relationships of type {reltype.rsplit('/', 1)[-1]} where one is allowed")
        return found[0] if found else None

    def part(self, rel_id: str) -> str | None:
        rel = self.items.get(rel_id)
        return rel.target if rel is not None and not rel.external else None

    def xml(self) -> bytes:
        if self.data is not None:
            return self.data
        root = etree.Element(f"{{{RELATIONSHIPS}}}Relationships", nsmap={None: RELATIONSHIPS})
        for rel in self.items.values():
            target = rel.target if rel.external else _relative(rel.target, self.base)
            element = etree.SubElement(root, f"{{{RELATIONSHIPS}}}Relationship", Id=rel.rel_id, Type=rel.reltype, Target=target)
            if rel.external:
                element.set("TargetMode", "External")
        return serialised(root)


def _relative(name: str, base: str) -> str:
    return name[1:] if base == "/" else posixpath.relpath(name, base)


def _rels_name(name: str) -> str:
    """The zip member holding the relationships of the part `name` (the package's for '/')."""
    folder, file = posixpath.split(name)
    return posixpath.join(folder, "_rels", f"{file}.rels")[1:]


def _member(archive: zipfile.ZipFile, name: str) -> bytes:
    try:
        return archive.read(name)
    except KeyError:
        raise PackageError(f"it has no {name}") from None
    except (zipfile.BadZipFile, OSError, RuntimeError, ValueError) as exc:  # a bad checksum, an encrypted member ...
        raise UnreadablePart(name, str(exc), _said(exc)) from None


def _said(exc: Exception) -> str:
    return str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__


def _parsed(data: bytes, name: str) -> etree._Element:
    """A part's XML; UnreadablePart naming the part when it is not well formed."""
    try:
        return parse(data)
    except etree.XMLSyntaxError as exc:
        raise UnreadablePart(name, str(exc), f"{name}: {str(exc).split(' (<string>')[0]}") from None


def _read_rels(archive: zipfile.ZipFile, source: str) -> Relationships:
    base = posixpath.split(source)[0]
    try:
        data = archive.read(_rels_name(source))
    except KeyError:
        return Relationships(base)
    rels = Relationships(base, data=data)
    for element in _parsed(data, _rels_name(source)).iterfind(f"{{{RELATIONSHIPS}}}Relationship"):
        rel_id, reltype, target = (str(element.get(name)) for name in ("Id", "Type", "Target"))
        external = element.get("TargetMode") == "External"
        part = target if external else posixpath.abspath(posixpath.join(base, target))
        rels.items[rel_id] = Relationship(rel_id, reltype, part, external)
    return rels


# ------------------------------------------------------------------ the package


@dataclass
class Part:
    name: str  # /word/document.xml
    content_type: str
    data: bytes
    rels: Relationships
    # The XML as read, for a part of a content type the reader was asked to parse; shared by every
    # copy of the package, so whoever changes it works on a copy (copy.deepcopy). None: not parsed.
    tree: etree._Element | None = None


@dataclass
class Package:
    rels: Relationships
    parts: dict[str, Part]
    # What the last zip of this package, or of a copy of it, deflated: shared by every copy, so a
    # part a build leaves as the template has it is deflated once (zipwriter.py).
    deflated: Deflated = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def read(cls, data: bytes, parsed: frozenset[str] = frozenset(), limits: Limits | None = None) -> Package:
        """The package in the zip `data`, its parts of the content types in `parsed` parsed; PackageError when it cannot be read as one.

        NotAWordDocument: not a zip, or no word/document.xml; then, within `limits` (TooLarge), the
        parts reached through relationships, each part checked against the limit before it is read.
        """
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, OSError, ValueError):
            raise NotAZip("it is not a zip package") from None
        try:
            with archive:
                infos = {info.filename: info for info in archive.infolist()}
                if "word/document.xml" not in infos:
                    raise NotAWordDocument("it has no word/document.xml")
                if limits is not None and sum(info.file_size for info in infos.values()) > limits.unpacked:
                    raise TooLarge(None, limits.unpacked)
                return cls._read(archive, parsed, limits)
        except PackageError:
            raise
        except (zipfile.BadZipFile, OSError, RuntimeError, ValueError) as exc:
            raise PackageError(_said(exc)) from None

    @classmethod
    def _read(cls, archive: zipfile.ZipFile, parsed: frozenset[str], limits: Limits | None) -> Package:
        defaults, overrides = _content_types(_member(archive, CONTENT_TYPES_NAME))
        package = cls(_read_rels(archive, "/"), {})
        pending = [package.rels]
        while pending:  # depth first, as python-docx walks the relationships
            rels = pending.pop()
            for name in reversed([rel.target for rel in rels.items.values() if not rel.external]):
                if name in package.parts:
                    continue
                content_type = overrides.get(name.lower()) or defaults.get(posixpath.splitext(name)[1][1:].lower())
                if content_type is None:
                    raise PackageError(f"[Content_Types].xml gives no content type for {name}")
                package.parts[name] = part = Part(name, content_type, _part_data(archive, name[1:], content_type in parsed, limits), _read_rels(archive, name))
                if content_type in parsed:
                    part.tree = _parsed(part.data, name[1:])
                pending.append(part.rels)
        return package

    def copy(self) -> Package:
        """A copy whose relationships and parts can change without changing this one (the bytes are shared)."""
        return Package(self.rels.copy(), {name: replace(part, rels=part.rels.copy()) for name, part in self.parts.items()}, self.deflated)

    def related(self, source: Part | None, reltype: str) -> Part | None:
        """The one part `source` (None: the package) has a relationship of this type to."""
        name = (self.rels if source is None else source.rels).target(reltype)
        return self.parts.get(name) if name is not None else None

    def add(self, name: str, content_type: str, data: bytes) -> Part:
        part = self.parts[name] = Part(name, content_type, data, Relationships(posixpath.split(name)[0]))
        return part

    def reachable(self) -> Iterator[Part]:
        """Every part reached through relationships from the package, each once, depth first (as python-docx saves them)."""
        seen: set[str] = set()
        walking = [iter(self.rels.items.values())]
        while walking:
            rel = next(walking[-1], None)
            if rel is None:
                walking.pop()
            elif not rel.external and rel.target not in seen and rel.target in self.parts:
                seen.add(rel.target)
                yield self.parts[rel.target]
                walking.append(iter(self.parts[rel.target].rels.items.values()))

    def next_name(self, pattern: str) -> str:
        """The first free part name of the form `pattern` (/word/header%d.xml)."""
        names = {part.name for part in self.reachable()}
        return next(pattern % n for n in range(1, len(names) + 2) if pattern % n not in names)

    def zipped(self) -> bytes:
        """The package as .docx bytes: the reachable parts, their relationships and their content types."""
        parts = list(self.reachable())
        members = {CONTENT_TYPES_NAME: _content_types_xml(parts), "_rels/.rels": self.rels.xml()}
        for part in parts:
            members[part.name[1:]] = part.data
            if part.rels.items:
                members[_rels_name(part.name)] = part.rels.xml()
        return package(members, deflated=self.deflated)


def _part_data(archive: zipfile.ZipFile, member: str, as_xml: bool, limits: Limits | None) -> bytes:
    """A part's bytes; one to be read as XML is refused over the limit before it is unpacked."""
    if as_xml and limits is not None:
        try:
            size = archive.getinfo(member).file_size
        except KeyError:
            size = 0  # missing: _member says so
        if size > limits.part:
            raise TooLarge(member, limits.part)
    return _member(archive, member)


def _content_types(data: bytes) -> tuple[dict[str, str], dict[str, str]]:
    """[Content_Types].xml's defaults by extension and overrides by part name, both lower case."""
    root = _parsed(data, CONTENT_TYPES_NAME)
    defaults = {str(d.get("Extension")).lower(): str(d.get("ContentType")) for d in root.iterfind(f"{{{CONTENT_TYPES}}}Default")}
    overrides = {str(o.get("PartName")).lower(): str(o.get("ContentType")) for o in root.iterfind(f"{{{CONTENT_TYPES}}}Override")}
    return defaults, overrides


def _content_types_xml(parts: list[Part]) -> bytes:
    defaults = {"rels": ContentType.RELATIONSHIPS, "xml": ContentType.XML}
    overrides = {}
    for part in parts:
        extension = posixpath.splitext(part.name)[1][1:].lower()
        if (extension, part.content_type) in DEFAULT_CONTENT_TYPES:
            defaults[extension] = part.content_type
        else:
            overrides[part.name] = part.content_type
    root = etree.Element(f"{{{CONTENT_TYPES}}}Types", nsmap={None: CONTENT_TYPES})
    for extension in sorted(defaults):
        etree.SubElement(root, f"{{{CONTENT_TYPES}}}Default", Extension=extension, ContentType=defaults[extension])
    for name in sorted(overrides):
        etree.SubElement(root, f"{{{CONTENT_TYPES}}}Override", PartName=name, ContentType=overrides[name])
    return serialised(root)


def read_word_package(data: bytes, parsed: frozenset[str] = frozenset(), limits: Limits | None = None) -> tuple[Package, Part]:
    """The package of a Word document and its main document part; PackageError when it is not one,
    or when a part of a content type in `parsed` is not well-formed XML (each such part's tree is kept)."""
    package = Package.read(data, parsed, limits)
    main = package.related(None, RelType.OFFICE_DOCUMENT)
    if main is None:
        raise PackageError("it has no main document part")
    if main.content_type != ContentType.DOCUMENT:
        raise PackageError(f"its main part is of type {main.content_type}, not a Word document's")
    return package, main
