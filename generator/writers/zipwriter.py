"""A zip of deflated members, byte for byte as zipfile writes one, reusing what was deflated before.

zipfile cannot take data deflated already, and its write path costs more than the deflating of
the small parts of a .docx. This writes the same bytes (zipfile's headers for a seekable output:
no data descriptors, version 20, the system zipfile records, permissions rw-------) with every
entry at one fixed time, and deflates a member only when its bytes are not the very object it
deflated the last time (`deflated`): the parts a template gives every build unchanged (styles,
theme, fonts, settings) are deflated once per process. tests/writers/test_opc.py compares the
bytes with zipfile's.
"""

from __future__ import annotations

import struct
import sys
import zlib
from collections.abc import Sequence

# Each member's bytes, its CRC and its deflated bytes, by name: what the last zip of these members had.
Deflated = dict[str, tuple[bytes, int, bytes]]

ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # every entry's time, so the same parts give the same bytes
_VERSION = 20  # zipfile's DEFAULT_VERSION: made by, and needed to extract, deflated members
_SYSTEM = 0 if sys.platform == "win32" else 3  # as zipfile's ZipInfo records the system that made the zip
_DEFLATED = 8
_UTF8_NAME = 0x800
_PERMISSIONS = 0o600 << 16  # rw-------, as zipfile gives a member written from bytes
_LARGEST = int(0xFFFFFFFF / 1.05)  # beyond this zipfile writes ZIP64 records: a policy never comes near it


def _dos_time(when: tuple[int, int, int, int, int, int]) -> tuple[int, int]:
    year, month, day, hour, minute, second = when
    return hour << 11 | minute << 5 | second // 2, (year - 1980) << 9 | month << 5 | day


def zip_members(members: Sequence[tuple[str, bytes]], deflated: Deflated | None = None) -> bytes:
    """The zip of (name, bytes) members, in this order, each deflated at zlib's default level."""
    time, date = _dos_time(ZIP_TIME)
    local: list[bytes] = []
    central: list[bytes] = []
    offset = 0
    for name, data in members:
        if len(data) > _LARGEST or offset > 0xFFFFFFFF:
            raise ValueError(f"{name}: too large for a zip without ZIP64 records")
        crc, packed = _deflated(name, data, deflated)
        encoded, flags = _encoded(name)
        sizes = (time, date, crc, len(packed), len(data), len(encoded))
        local += [struct.pack("<4s2B4HL2L2H", b"PK\x03\x04", _VERSION, 0, flags, _DEFLATED, *sizes, 0), encoded, packed]
        central += [struct.pack("<4s4B4HL2L5H2L", b"PK\x01\x02", _VERSION, _SYSTEM, _VERSION, 0, flags, _DEFLATED, *sizes, 0, 0, 0, 0, _PERMISSIONS, offset), encoded]
        offset += 30 + len(encoded) + len(packed)
    directory = b"".join(central)
    if len(members) > 0xFFFF or offset > 0xFFFFFFFF:
        raise ValueError("too many members, or too large, for a zip without ZIP64 records")
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(members), len(members), len(directory), offset, 0)
    return b"".join(local) + directory + end


def _deflated(name: str, data: bytes, deflated: Deflated | None) -> tuple[int, bytes]:
    """The member's CRC and deflated bytes: as deflated last time when they are the same bytes object."""
    if deflated is not None:
        last = deflated.get(name)
        if last is not None and last[0] is data:
            return last[1], last[2]
    crc, packed = zlib.crc32(data), zlib.compress(data, zlib.Z_DEFAULT_COMPRESSION, wbits=-15)
    if deflated is not None:
        deflated[name] = (data, crc, packed)
    return crc, packed


def _encoded(name: str) -> tuple[bytes, int]:
    """The name as zipfile writes it: ASCII, else UTF-8 with the flag that says so."""
    try:
        return name.encode("ascii"), 0
    except UnicodeEncodeError:
        return name.encode("utf-8"), _UTF8_NAME
