"""`build -o next-review.ics`: the next review date as an RFC 5545 calendar entry."""

from __future__ import annotations

from helpers import MINIMAL_ANSWERS, invoke, without_warnings

APPROVED = MINIMAL_ANSWERS + "document:\n  title: 'Social media; staff, carers'\n  status: approved\n  approved_on: 2026-08-31\n  review_every_months: 6\nmonitoring:\n  dpia_completed_on: 2026-08-01\n"


def build_ics(tmp_path, answers: str = APPROVED) -> tuple[int, str, bytes]:
    (tmp_path / "policy.yaml").write_text(answers, encoding="utf-8")
    result = invoke("build", "policy.yaml", "-o", "next-review.ics", cwd=tmp_path)
    path = tmp_path / "next-review.ics"
    return result.exit_code, without_warnings(result.output), path.read_bytes() if path.exists() else b""


def unfolded(data: bytes) -> list[str]:
    return data.decode().replace("\r\n ", "").split("\r\n")


def test_an_all_day_event_on_the_review_date_with_a_reminder(tmp_path):
    code, output, data = build_ics(tmp_path)
    assert code == 0, output
    assert output == "Wrote next-review.ics\n"
    lines = unfolded(data)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2:] == ["END:VCALENDAR", ""]
    assert "DTSTART;VALUE=DATE:20270228" in lines  # 31 August + 6 months: the last day of February
    assert "DTEND;VALUE=DATE:20270301" in lines
    assert "DTSTAMP:20260831T000000Z" in lines
    assert "SUMMARY:Review due: Social media\\; staff\\, carers (Northshire County Council)" in lines
    assert "TRIGGER:-P30D" in lines
    assert any(line.startswith("DESCRIPTION:The review of Social media\\; staff\\, carers\\, version 1.0\\, owned by the Principal Social Worker\\, is due on 28 February 2027.") for line in lines)


def test_lines_end_in_crlf_and_fold_at_75_octets(tmp_path):
    _, _, data = build_ics(tmp_path)
    assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")
    assert max(len(line) for line in data.split(b"\r\n")) <= 75
    assert b"\r\n " in data  # the description is long enough to fold


def test_the_same_answers_give_the_same_bytes(tmp_path):
    first = build_ics(tmp_path)[2]
    assert build_ics(tmp_path)[2] == first


def test_a_review_with_no_change_moves_the_entry(tmp_path):
    answers = APPROVED.replace("  review_every_months: 6\n", "  review_every_months: 6\n  history:\n    - {version: '1.0', date: 2027-02-20, summary: Checked, kind: reviewed}\n")
    _, output, data = build_ics(tmp_path, answers)
    assert "DTSTART;VALUE=DATE:20270820" in unfolded(data), output


def test_a_draft_has_no_calendar_entry(tmp_path):
    code, output, data = build_ics(tmp_path, MINIMAL_ANSWERS)
    assert code == 1
    assert output == "Error: policy.yaml:1: document.status: a draft has no review date, so there is no calendar entry yet; give document.approved_on (or document.next_review_on)\n"
    assert data == b""
