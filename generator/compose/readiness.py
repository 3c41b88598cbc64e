"""What a policy still lacks before people can act on it: warnings from `build`, errors with `--strict`.

A warning never stops a draft from being built; it names the answer to add, at its line in
the answers file, so the policy that is finally signed has every route, date and record.
"""

from __future__ import annotations

from typing import Any

from ..answers import Answers
from ..answers.teams import stale_contacts
from ..errors import Problem
from .routes import one_line_two_names, routes, unreachable


def warnings(answers: Answers, values: dict[str, Any]) -> list[Problem]:
    """Every gap in these answers: records for document control first, then routes nobody can reach."""
    gaps = document_gaps(answers, values)
    monitoring = answers.monitoring
    if monitoring.in_place and not monitoring.dpia_completed_on and answers.document.status != "approved":
        gaps.append(_problem(answers, ("monitoring", "dpia_completed_on"), "monitoring is on, but its data protection impact assessment has no date; the policy cannot be approved without it"))
    if monitoring.in_place and values["public_body"] and monitoring.lawful_basis == "legitimate_interests":
        # UK GDPR Article 6(1): a public authority cannot use legitimate interests for its tasks.
        gaps.append(
            _problem(
                answers,
                ("monitoring", "lawful_basis"),
                "a public body can rely on legitimate interests only for processing outside its public tasks (UK GDPR Article 6(1)); "
                "give public_task, or confirm with your data protection officer that this monitoring falls outside your tasks",
            )
        )
    found = routes(answers, values["nation"], values)
    gaps += [_problem(answers, path, message) for path, message in unreachable(found) + one_line_two_names(found)]
    gaps += [_problem(answers, ("contacts", "other", index), message) for index, message in stale_contacts(values)]
    return gaps + exclusion_gaps(answers)


def exclusion_gaps(answers: Answers) -> list[Problem]:
    """An exclusion with no reason: the approval committee would see a clause gone and not why."""
    return [
        _problem(
            answers,
            ("customise", "exclude", index),
            f"leaves out {item.clause} with no reason; give one (`- clause: {item.clause}` with `reason:` under it), so the approval committee sees why",
        )
        for index, item in enumerate(answers.customise.exclude)
        if not item.reason
    ]


def errors(answers: Answers) -> list[Problem]:
    """What stops a build outright: an approved policy that describes monitoring nobody has assessed.

    Checked here rather than in the answers model, so that `init --update` can still read the
    file and ask the new question that fixes it.
    """
    monitoring = answers.monitoring
    if answers.document.status == "approved" and monitoring.in_place and not monitoring.dpia_completed_on:
        return [
            _problem(
                answers,
                ("monitoring", "dpia_completed_on"),
                "the policy is approved and describes monitoring, so give the date its data protection impact assessment was completed (YYYY-MM-DD)",
            )
        ]
    return []


def _problem(answers: Answers, path: tuple, message: str) -> Problem:
    return Problem(message, answers.source_file, answers.line_of(path), field_name(path))


def field_name(path: tuple) -> str:
    """An answer's path as errors name it: contacts.other[0].email."""
    return "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path).lstrip(".")


def document_gaps(answers: Answers, values: dict[str, Any]) -> list[Problem]:
    """An approved policy records the evidence of its approval, and a body under an equality duty its equality assessment."""
    doc = answers.document
    if doc.status != "approved":
        return []
    gaps = []
    if not doc.approval_minute:
        gaps.append(_problem(answers, ("document", "approval_minute"), "the policy is approved, but nothing records the approval; give the minute or decision reference"))
    if values["equality_duty"] and not doc.equality_assessment_on:
        what = values["duties"].get("equality_record", "Equality impact assessment").lower()
        gaps.append(_problem(answers, ("document", "equality_assessment_on"), f"the policy is approved, but its {what} is not recorded; give its date and what it found"))
    return gaps
