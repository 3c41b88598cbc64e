"""The whole page: a header, the form on one side and the policy taking shape on the other.

Landmarks: header (banner), main with the form; an aside (complementary) with the preview,
what the build warns of (each linked to its question), the coverage of the BASW
recommendations and the changes since the last commit. A status
line (role=status) says what the last change did, for screen readers as for everyone.
Works without the script too: Save posts the form and the page comes back with the
answers, messages and preview as they stand.
"""

from __future__ import annotations

from markupsafe import escape

from .draft import Form
from .form import form_html
from .panels import preview_html
from .session import Session, View


def page_html(session: Session, view: View, csrf: str, shown: Form | None = None, message: str = "") -> str:
    draft = view.draft
    state = "an existing file" if view.plan.updating else "a new file: nothing is written until you save"
    problems = "".join(f"<li>{_e(problem)}</li>" for problem in view.problems)
    preview = preview_html(view.built.document) if view.built else '<p class="waiting">The policy appears here once the required answers are given.</p>'
    downloads = "".join(
        f'<button type="submit" class="secondary" formaction="/download/{name}" data-download="{name}">Download .{name}</button>' for name in session.formats()
    )
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(session.name)} - policygen</title>
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/static/policy.css">
<link rel="stylesheet" href="/static/serve.css">
<link rel="stylesheet" id="look" href="{_e(session.look(view) or "/static/policy.css")}">
<script src="/static/serve.js" defer></script>
</head>
<body>
<a class="skip-link" href="#answers-heading">Skip to the questions</a>
<header class="bar">
<h1 id="page-title">Your social media policy: {_e(session.name)}</h1>
<p>Answering {_e(session.path)}, {state}. Every answer is checked as <code>policygen build</code> checks it.</p>
</header>
<div class="layout">
<main class="answers" aria-labelledby="answers-heading">
<h2 id="answers-heading" class="visually-hidden">Questions</h2>
<ul class="problems" id="problems">{problems}</ul>
<form id="answers" method="post" action="/save" novalidate>
<input type="hidden" name="csrf" value="{_e(csrf)}">
{form_html(draft.answering, draft.visible, draft.errors, _kept_as_typed(shown, draft.redrawn))}
<div class="actions">
<button type="submit" id="save">Save {_e(session.name)}</button>
{downloads}
<p id="status" role="status" class="status">{_e(message)}</p>
</div>
</form>
</main>
<aside class="panels" aria-labelledby="preview-heading">
<h2 id="preview-heading">Preview of the policy</h2>
<div id="preview" class="preview">{preview}</div>
<details id="warnings-panel">
<summary id="warnings-summary">{_e(session.warnings_summary(view) or "To do before the policy is signed")}</summary>
<div id="warnings">{session.warnings_html(view) or '<p class="waiting">Listed once the required answers are given.</p>'}</div>
</details>
<details id="coverage-panel">
<summary>How the policy meets the 23 BASW recommendations</summary>
<div id="coverage">{session.coverage_html(view)}</div>
</details>
<details id="changes-panel">
<summary>What changed since the last commit</summary>
<div id="changes">{session.changes_html(view)}</div>
</details>
</aside>
</div>
</body>
</html>
"""


def _kept_as_typed(shown: Form | None, redrawn: set[str]) -> Form | None:
    """The submitted form to show again, less the questions the server redrew (the teams it offers are shown as it keeps them)."""
    if shown is None:
        return None
    return {name: values for name, values in shown.items() if not any(name == key or name.startswith(key + ".") for key in redrawn)}


def _e(text: object) -> str:
    return str(escape(str(text)))
