"""The next review as a calendar entry (RFC 5545), for the policy owner's calendar: `build -o next-review.ics`.

An all-day event on the review date with a reminder 30 days before. The same answers give
the same bytes: the stamp is the date the review was counted from, not the clock.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from ..templating import uk_date
from ..version import __version__

REMINDER_DAYS = 30


@dataclass(frozen=True)
class Review:
    """What the entry says: the policy, its owner and cycle, the review date and the date it was counted from."""

    title: str
    organisation: str
    version: str
    owner: str
    every_months: int
    due: dt.date
    counted_from: dt.date


def render(review: Review) -> bytes:
    """The .ics bytes of the next review."""
    due, counted_from = review.due, review.counted_from
    title = f"Review due: {review.title} ({review.organisation})"
    description = (
        f"The review of {review.title}, version {review.version}, owned by the {review.owner}, is due on {uk_date(due)}. "
        f"It is reviewed every {review.every_months} months. Record the review in the answers file's document.history "
        "(kind: reviewed when nothing changes) and rebuild the policy."
    )
    uid = hashlib.sha256(f"{review.organisation}\0{review.title}\0{due.isoformat()}".encode()).hexdigest()[:32]
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//policygen//policygen {__version__}//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{uid}@policygen.invalid",
        f"DTSTAMP:{counted_from:%Y%m%d}T000000Z",
        f"DTSTART;VALUE=DATE:{due:%Y%m%d}",
        f"DTEND;VALUE=DATE:{due + dt.timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{escape(title)}",
        f"DESCRIPTION:{escape(description)}",
        "TRANSP:TRANSPARENT",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        f"DESCRIPTION:{escape(title)}",
        f"TRIGGER:-P{REMINDER_DAYS}D",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(fold(line) + "\r\n" for line in lines).encode()


def escape(text: str) -> str:
    """TEXT values: backslash, semicolon, comma and newline are escaped (RFC 5545 3.3.11)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space, never splitting a character."""
    out: list[str] = []
    current = b""
    for char in line:
        encoded = char.encode()
        if len(current) + len(encoded) > (75 if not out else 74):
            out.append(current.decode())
            current = b""
        current += encoded
    out.append(current.decode())
    return "\r\n ".join(out)
