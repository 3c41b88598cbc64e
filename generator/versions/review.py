"""Is a policy's review due? For CI on a schedule and a pre-commit hook: `policygen check --review-due`.

The date to check against is passed in (`today`), so the boundaries are tested without the clock.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path

from ..answers import Answers, read_answers
from ..errors import PolicyError, Problem
from ..templating import uk_date

WITHIN = re.compile(r"^(\d+)([dw])$")


def parse_within(text: str) -> int:
    """'60d' or '8w' as a number of days."""
    match = WITHIN.match(text.strip().lower())
    if not match:
        raise PolicyError(Problem(f"'{text}' is not a length of time; write days as 60d or weeks as 8w", None, None, "--within"))
    return int(match.group(1)) * (7 if match.group(2) == "w" else 1)


def review_due(answers_paths: Sequence[str | Path], within: str | int = 0, today: dt.date | None = None) -> list[str]:
    """A line for each policy whose review is not yet due; raises PolicyError naming each whose review
    date has passed, is today, or falls within `within` ('60d', '8w' or a number of days) of `today`
    (default: the real today).
    """
    within_days = within if isinstance(within, int) else parse_within(within)
    today = today or dt.date.today()
    problems: list[Problem] = []
    fine: list[str] = []
    for path in answers_paths:
        try:
            answers = read_answers(path).answers
        except PolicyError as exc:
            problems += exc.problems
            continue
        due = answers.document.review_due
        if due is None:
            fine.append(f"{path}: a draft has no review date yet")
            continue
        days = (due - today).days
        if days <= within_days:
            problems.append(Problem(_overdue(due, days, within_days), str(path), *_where(answers)))
        else:
            fine.append(f"{path}: the review is due on {uk_date(due)}, in {_days(days)}")
    if problems:
        raise PolicyError(problems)
    return fine


def _overdue(due: dt.date, days: int, within_days: int) -> str:
    if days < 0:
        return f"the review was due on {uk_date(due)}, {_days(-days)} ago"
    if days == 0:
        return f"the review is due today, {uk_date(due)}"
    return f"the review is due on {uk_date(due)}, in {_days(days)}: within the {_days(within_days)} asked for"


def _days(count: int) -> str:
    return f"{count} day" if count == 1 else f"{count} days"


def _where(answers: Answers) -> tuple[int | None, str]:
    """The answer that sets the review date: next_review_on, else the last review, else the approval."""
    document = answers.document
    reviewed = document.last_reviewed
    if document.next_review_on and (reviewed is None or document.next_review_on > reviewed):
        return answers.line_of(("document", "next_review_on")), "document.next_review_on"
    if reviewed:
        index = max(i for i, entry in enumerate(document.history) if entry.kind == "reviewed" and entry.date == reviewed)
        return answers.line_of(("document", "history", index)), f"document.history[{index}]"
    return answers.line_of(("document", "approved_on")), "document.approved_on"
