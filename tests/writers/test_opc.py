"""The .docx zip: zipwriter.py writes what zipfile writes, byte for byte, and deflates a part a build leaves unchanged once."""

from __future__ import annotations

import io
import zipfile
import zlib

import pytest

from generator.library import load_library
from generator.pipeline import prepare
from generator.writers import docx as writer
from generator.writers import zipwriter
from generator.writers.ooxml import package
from helpers import EXAMPLES


def zipfile_bytes(members: list[tuple[str, bytes]]) -> bytes:
    """The zip as zipfile writes it, as every build wrote it before zipwriter.py."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(zipfile.ZipInfo(name, date_time=zipwriter.ZIP_TIME), data, zipfile.ZIP_DEFLATED)
    return out.getvalue()


@pytest.fixture(scope="module")
def documents():
    library = load_library()
    return [prepare(path, library).document for path in EXAMPLES]


def members_of(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def test_every_examples_docx_is_the_zip_zipfile_writes(documents):
    for document in documents:
        data = writer.render(document)
        assert data == zipfile_bytes(members_of(data)), document.meta.organisation


def test_an_empty_member_a_name_beyond_ascii_and_the_order_given_are_as_zipfile_writes_them():
    members = [("word/z.xml", b"<z/>"), ("empty.bin", b""), ("media/logo-ü.png", bytes(range(256)) * 40), ("a.xml", b"<a/>" * 5000)]
    written = zipwriter.zip_members(members)
    assert written == zipfile_bytes(members)
    with zipfile.ZipFile(io.BytesIO(written)) as archive:
        assert archive.testzip() is None
        assert [info.filename for info in archive.infolist()] == [name for name, _ in members]
        assert archive.getinfo("media/logo-ü.png").flag_bits & 0x800  # the name is UTF-8, and says so


def test_ordered_puts_the_content_types_first_then_every_name_in_order():
    members = {"word/document.xml": b"<d/>", "[Content_Types].xml": b"<t/>", "_rels/.rels": b"<r/>"}
    names = [name for name, _ in members_of(package(members))]
    assert names == ["[Content_Types].xml", "_rels/.rels", "word/document.xml"]
    assert [name for name, _ in members_of(package(members, ordered=False))] == list(members)


def test_the_same_bytes_object_is_deflated_once_and_new_bytes_again(monkeypatch):
    deflated: zipwriter.Deflated = {}
    styles, body = b"<w:styles/>" * 200, b"<w:body/>" * 100
    calls = []
    real = zlib.compress
    monkeypatch.setattr(zipwriter.zlib, "compress", lambda data, *args, **kwargs: calls.append(data) or real(data, *args, **kwargs))
    first = zipwriter.zip_members([("styles.xml", styles), ("document.xml", body)], deflated)
    rebuilt = bytes(bytearray(body))  # equal bytes, another object: as a build makes its document part anew
    second = zipwriter.zip_members([("styles.xml", styles), ("document.xml", rebuilt)], deflated)
    assert first == second == zipfile_bytes([("styles.xml", styles), ("document.xml", body)])
    assert calls == [styles, body, rebuilt]  # the styles once; a part made again is deflated again, never taken for the old one
    changed = b"<w:styles>changed</w:styles>"
    third = zipwriter.zip_members([("styles.xml", changed), ("document.xml", rebuilt)], deflated)
    assert third == zipfile_bytes([("styles.xml", changed), ("document.xml", rebuilt)])


def test_a_second_build_deflates_only_the_parts_it_changed(documents, monkeypatch):
    writer.render(documents[0])  # the template's parts deflated once in this process
    calls = []
    real = zlib.compress
    monkeypatch.setattr(zipwriter.zlib, "compress", lambda data, *args, **kwargs: calls.append(data) or real(data, *args, **kwargs))
    data = writer.render(documents[0])
    members = dict(members_of(data))
    deflated = {name for name, content in members.items() if content in calls}
    assert {"word/document.xml", "docProps/core.xml", "docProps/custom.xml", "[Content_Types].xml"} <= deflated
    assert not deflated & {"word/styles.xml", "word/theme/theme1.xml", "word/fontTable.xml", "word/webSettings.xml", "word/settings.xml"}


def test_a_member_too_large_for_a_zip_without_zip64_is_refused(monkeypatch):
    monkeypatch.setattr(zipwriter, "_LARGEST", 10)
    with pytest.raises(ValueError, match="^big.xml: too large for a zip without ZIP64 records$"):
        zipwriter.zip_members([("small.xml", b"<a/>"), ("big.xml", b"<a>0123456789</a>")])
