"""The Office Open XML names policygen writes, in one place: namespaces, part and relationship types, and text as XML."""

from __future__ import annotations

from collections.abc import Mapping

from .zipwriter import Deflated, zip_members

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CUSTOM_PROPERTIES = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
CUSTOM_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"  # the one format id for user-defined properties
RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"

# The prefixes the Word writer's XML uses, and their namespaces.
NAMESPACES = {
    "w": W,
    "r": R,
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
}


def w(tag: str) -> str:
    """A WordprocessingML tag or attribute name in lxml's {namespace}name form."""
    return f"{{{W}}}{tag}"


def qn(name: str) -> str:
    """A prefixed name (w:p, r:id) in lxml's {namespace}name form."""
    prefix, local = name.split(":")
    return f"{{{NAMESPACES[prefix]}}}{local}"


def nsdecls(*prefixes: str) -> str:
    """Namespace declarations for a fragment of XML that uses these prefixes."""
    return " ".join(f'xmlns:{prefix}="{NAMESPACES[prefix]}"' for prefix in prefixes)


class ContentType:
    DOCUMENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    STYLES = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"
    NUMBERING = "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"
    HEADER = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
    FOOTER = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"
    SETTINGS = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"
    COMMENTS = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
    CORE_PROPERTIES = "application/vnd.openxmlformats-package.core-properties+xml"
    CUSTOM_PROPERTIES = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
    RELATIONSHIPS = "application/vnd.openxmlformats-package.relationships+xml"
    XML = "application/xml"


class RelType:
    OFFICE_DOCUMENT = f"{R}/officeDocument"
    STYLES = f"{R}/styles"
    NUMBERING = f"{R}/numbering"
    SETTINGS = f"{R}/settings"
    HEADER = f"{R}/header"
    FOOTER = f"{R}/footer"
    IMAGE = f"{R}/image"
    HYPERLINK = f"{R}/hyperlink"
    COMMENTS = f"{R}/comments"
    ATTACHED_TEMPLATE = f"{R}/attachedTemplate"
    CUSTOM_PROPERTIES = f"{R}/custom-properties"
    CORE_PROPERTIES = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"


# Extensions whose parts [Content_Types].xml gives by a Default rather than one Override each
# (as python-docx, which wrote earlier builds, and Word do).
DEFAULT_CONTENT_TYPES = frozenset({
    ("bin", "application/vnd.openxmlformats-officedocument.presentationml.printerSettings"),
    ("bin", "application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings"),
    ("bin", "application/vnd.openxmlformats-officedocument.wordprocessingml.printerSettings"),
    ("bmp", "image/bmp"), ("emf", "image/x-emf"), ("fntdata", "application/x-fontdata"), ("gif", "image/gif"),
    ("jpe", "image/jpeg"), ("jpeg", "image/jpeg"), ("jpg", "image/jpeg"), ("png", "image/png"),
    ("rels", ContentType.RELATIONSHIPS), ("tif", "image/tiff"), ("tiff", "image/tiff"), ("wdp", "image/vnd.ms-photo"),
    ("wmf", "image/x-wmf"), ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), ("xml", ContentType.XML),
})


# ------------------------------------------------------------------ text as XML


# As lxml (libxml2) writes text and attribute values, and as an XML parser reads line ends and
# whitespace in attributes first, so that XML written as a string is what parsing it would have
# given; characters XML cannot hold are dropped.
_DROPPED = dict.fromkeys([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF])
_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "\n", **_DROPPED})
_ATTR_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\t": " ", "\n": " ", "\r": " ", **_DROPPED})


def text(value: str) -> str:
    """Text as XML character data (xml.sax.saxutils would pull in urllib.request: slow to import)."""
    return (value.replace("\r\n", "\n") if "\r" in value else value).translate(_TEXT_ESCAPES)


def attr(value: str) -> str:
    """A double-quoted XML attribute value."""
    return '"' + (value.replace("\r\n", "\n") if "\r" in value else value).translate(_ATTR_ESCAPES) + '"'


# ------------------------------------------------------------------ the zip


def package(members: Mapping[str, bytes], ordered: bool = True, deflated: Deflated | None = None) -> bytes:
    """Parts as a .docx zip with fixed entry times; ordered: [Content_Types].xml first, then by name.

    deflated: what the last zip of these parts deflated, kept by the caller (zipwriter.py).
    """
    names = sorted(members, key=lambda n: (n != "[Content_Types].xml", n)) if ordered else list(members)
    return zip_members([(name, members[name]) for name in names], deflated)
