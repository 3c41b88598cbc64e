"""The Office Open XML namespaces policygen writes, in one place."""

from __future__ import annotations

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CUSTOM_PROPERTIES = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
CUSTOM_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"  # the one format id for user-defined properties


def w(tag: str) -> str:
    """A WordprocessingML tag or attribute name in lxml's {namespace}name form."""
    return f"{{{W}}}{tag}"
