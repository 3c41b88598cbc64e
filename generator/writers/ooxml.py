"""The Office Open XML namespaces policygen writes, in one place."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CUSTOM_PROPERTIES = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
CUSTOM_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"  # the one format id for user-defined properties


def w(tag: str) -> str:
    """A WordprocessingML tag or attribute name in lxml's {namespace}name form."""
    return f"{{{W}}}{tag}"


ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # every entry's time, so the same parts give the same bytes


def package(members: Mapping[str, bytes], ordered: bool = True) -> bytes:
    """Parts as a .docx zip with fixed entry times; ordered: [Content_Types].xml first, then by name."""
    names = sorted(members, key=lambda n: (n != "[Content_Types].xml", n)) if ordered else list(members)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in names:
            archive.writestr(zipfile.ZipInfo(name, date_time=ZIP_TIME), members[name], zipfile.ZIP_DEFLATED)
    return out.getvalue()


def saved_parts(doc: object) -> dict[str, bytes]:
    """A python-docx Document's parts by name, as it saves them (its zip stamps the time, so it is read back)."""
    saved = io.BytesIO()
    doc.save(saved)  # type: ignore[attr-defined]
    with zipfile.ZipFile(saved) as source:
        return {name: source.read(name) for name in source.namelist()}
