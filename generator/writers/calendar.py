"""The next review as a calendar entry (RFC 5545), for the policy owner's calendar: `build -o next-review.ics`.

An all-day event on the review date with a reminder 30 days before. The same answers give
the same bytes: the stamp is the date the review was counted from, not the clock.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from ..answers import Answers
from ..errors import PolicyError, Problem
from ..templating import uk_date
from ..version import __version__

REMINDER_DAYS = 30


def render(answers: Answers) -> bytes:
    """The .ics bytes of the next review; a draft (no review date yet) is an error."""
    document = answers.document
    due = document.review_due
    if due is None:
        raise PolicyError(
            Problem("a draft has no review date, so there is no calendar entry yet; give document.approved_on (or document.next_review_on)", answers.source_file, answers.line_of(("document", "status")), "document.status")
        )
    counted_from = max(filter(None, (document.approved_on, document.last_reviewed)), default=due)
    title = f"Review due: {document.title} ({answers.organisation.name})"
    description = (
        f"The review of {document.title}, version {document.version}, owned by the {document.owner}, is due on {uk_date(due)}. "
        f"It is reviewed every {document.review_every_months} months. Record the review in the answers file's document.history "
        "(kind: reviewed when nothing changes) and rebuild the policy."
    )
    uid = hashlib.sha256(f"{answers.organisation.name}\0{document.title}\0{due.isoformat()}".encode()).hexdigest()[:32]
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
