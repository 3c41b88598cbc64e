"""The web server: Starlette routes over a Session, behind the Guard (security.py).

    GET  /                      the page: form, preview, coverage, changes
    POST /update                a changed form -> JSON: errors by field, questions that apply, panels
    POST /save                  write the answers file (JSON for the page's script; a page without it)
    POST /download/{format}     the policy built from the form, as a file
    GET  /static/{name}         the page's own script, styles and icon, from the package, and the
                                preview's look from the Word template (look-HASH.css, look.py)

No route takes a path: the server reads and writes only the answers file it was started
with (and its schema, as `init` writes it), and builds with the clause library it was given.
Answers are data: they reach the page only through escaping, and the JSON only as strings.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from markupsafe import escape
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from ..answers.questions import find
from ..errors import PolicyError
from .draft import Form
from .form import question_html
from .page import page_html
from .security import CSRF_FIELD, CSRF_HEADER, MAX_BODY, SAFE_METHODS, Guard
from .session import Session, View

STATIC = {"serve.js": "text/javascript", "serve.css": "text/css", "favicon.svg": "image/svg+xml"}
MEDIA = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "md": "text/markdown", "html": "text/html", "pdf": "application/pdf"}
HEADERS = {
    # Nothing from anywhere else, no inline script, no framing, no address in a Referer.
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
}


class Refused(Exception):
    def __init__(self, status: int, message: str):
        self.status, self.message = status, message


def make_app(session: Session, guard: Guard) -> ASGIApp:
    static = {name: (resources.files(__package__) / "static" / name).read_bytes() for name in STATIC}
    policy_css = _policy_css()

    async def home(request: Request) -> Response:
        return _page(session, guard, session.view())

    async def update(request: Request) -> Response:
        form = await _form(request, guard)
        view = session.view(form)
        return JSONResponse(_update_json(session, view), headers=HEADERS)

    async def save(request: Request) -> Response:
        form = await _form(request, guard)
        view, written = session.save(form)
        wants_json = "application/json" in request.headers.get("accept", "")
        message = _saved_message(session, written) if view.saveable else _refused_message(view)
        if wants_json:
            body = _update_json(session, view) | {"saved": view.saveable, "message": message}
            return JSONResponse(body, status_code=200 if view.saveable else 422, headers=HEADERS)
        if view.saveable:
            return RedirectResponse("/", status_code=303, headers=HEADERS)
        return _page(session, guard, view, form, message, status=422)

    async def download(request: Request) -> Response:
        name = request.path_params["format"]
        if name not in session.formats():
            return PlainTextResponse("Not found", status_code=404, headers=HEADERS)
        form = await _form(request, guard)
        view, data = session.download(form, name)
        if data is None:
            return _page(session, guard, view, form, _refused_message(view, "downloaded"), status=422)
        filename = f"{session.path.stem}.{name}"
        headers = HEADERS | {"Content-Disposition": f'attachment; filename="{filename}"'}
        return Response(data, media_type=MEDIA.get(name, "application/octet-stream"), headers=headers)

    async def asset(request: Request) -> Response:
        name = request.path_params["name"]
        if name == "policy.css":
            return Response(policy_css, media_type="text/css", headers=HEADERS)
        if name in session.looks:
            return Response(session.looks[name], media_type="text/css", headers=HEADERS)
        if name not in static:
            return PlainTextResponse("Not found", status_code=404, headers=HEADERS)
        return Response(static[name], media_type=STATIC[name], headers=HEADERS)

    routes = [
        Route("/", home, methods=["GET"]),
        Route("/update", update, methods=["POST"]),
        Route("/save", save, methods=["POST"]),
        Route("/download/{format}", download, methods=["POST"]),
        Route("/static/{name}", asset, methods=["GET"]),
    ]
    handlers: dict[Any, Any] = {Refused: _refused, PolicyError: _policy_error}
    return _guarded(Starlette(routes=routes, exception_handlers=handlers), guard)


async def _refused(request: Request, exc: Refused) -> Response:
    return PlainTextResponse(exc.message, status_code=exc.status, headers=HEADERS)


async def _policy_error(request: Request, exc: PolicyError) -> Response:
    """The answers file went wrong under the page (edited by hand, say): say what, as the CLI would."""
    lines = "".join(f"<li>{escape(str(problem))}</li>" for problem in exc.problems)
    body = (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Error - policygen</title>'
        '<link rel="stylesheet" href="/static/serve.css"></head><body><main><h1>policygen cannot go on</h1>'
        f"<ul>{lines}</ul><p>Fix the file, then reload this page.</p></main></body></html>"
    )
    return HTMLResponse(body, status_code=409, headers=HEADERS)


def _policy_css() -> bytes:
    from ..writers.html import stylesheet

    return stylesheet().encode("utf-8")


def _guarded(app: ASGIApp, guard: Guard) -> ASGIApp:
    """ASGI middleware: the Host, token and (for changes) origin checks before any route runs."""

    async def guarded(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await app(scope, receive, send)
        headers = {name.decode("latin-1").lower(): value.decode("latin-1") for name, value in scope["headers"]}
        response = None
        if not guard.host_allowed(headers.get("host", "")):
            response = _forbidden(f"This server answers only at http://127.0.0.1:{guard.port}/.")
        elif guard.token_in_query(scope.get("query_string", b"").decode("latin-1")):
            # The token has done its job: keep it in a cookie and out of the address bar and history.
            response = RedirectResponse(scope["path"], status_code=303, headers=HEADERS | {"Set-Cookie": guard.set_cookie()})
        elif not guard.token_in_cookie(headers.get("cookie", "")):
            response = _forbidden("Open the address that `policygen serve` printed, with its token.")
        elif scope["method"] not in SAFE_METHODS and not guard.origin_allowed(headers.get("origin")):
            response = _forbidden("Changes are accepted only from the policygen page itself.")
        if response is not None:
            return await response(scope, receive, send)
        return await app(scope, receive, send)

    return guarded


def _forbidden(message: str) -> Response:
    return PlainTextResponse(f"Forbidden. {message}", status_code=403, headers=HEADERS)


async def _form(request: Request, guard: Guard) -> Form:
    """The submitted form, once the CSRF token in it (or in its header) is the page's own."""
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY:
            raise Refused(413, "The form is too large.")
    if request.headers.get("content-type", "").split(";")[0].strip() != "application/x-www-form-urlencoded":
        raise Refused(415, "Send the form as application/x-www-form-urlencoded.")
    try:
        pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
    except UnicodeDecodeError:
        raise Refused(400, "The form is not UTF-8.") from None
    form: Form = {}
    for name, value in pairs:
        form.setdefault(name, []).append(value.replace("\r\n", "\n"))
    submitted = request.headers.get(CSRF_HEADER) or (form.pop(CSRF_FIELD, [None])[-1])
    form.pop(CSRF_FIELD, None)
    if not guard.csrf_valid(submitted):
        raise Refused(403, "Forbidden. The form did not come from the policygen page (its CSRF token is missing or wrong); reload the page.")
    return form


def _page(session: Session, guard: Guard, view: View, form: Form | None = None, message: str = "", status: int = 200) -> Response:
    html = page_html(session, view, guard.csrf, form, message)
    return HTMLResponse(html, status_code=status, headers=HEADERS)


def _update_json(session: Session, view: View) -> dict:
    draft = view.draft
    return {
        "errors": draft.errors,
        "visible": sorted(draft.visible),
        "redraw": {key: question_html(draft.answering, key, draft.visible, draft.errors) for key in sorted(draft.redrawn)},
        "preview": None if view.built is None else _preview(view),
        "look": None if view.built is None else session.look(view),
        "coverage": session.coverage_html(view) or None,
        "warnings": session.warnings_html(view) or None,
        "warnings_summary": session.warnings_summary(view) or None,
        "changes": session.changes_html(view) or None,
        "problems": [str(problem) for problem in view.problems],
        "status": _status(view),
    }


def _preview(view: View) -> str:
    from .panels import preview_html

    assert view.built is not None
    return preview_html(view.built.document)


def _status(view: View) -> str:
    if view.built is not None:
        return "Preview updated." + _redrawn_status(view)
    if view.draft.errors:
        count = len(view.draft.errors)
        return f"{count} answer{'s' if count > 1 else ''} to correct; the preview shows the policy as it was before."
    return "The policy cannot be built from these answers; see the problems above the form."


def _redrawn_status(view: View) -> str:
    """Said when the other contacts were redrawn, so a screen reader hears what changed in the form, not only in the preview."""
    if "contacts.other" not in view.draft.redrawn:
        return ""
    names = [entry["name"] for entry in view.draft.answering.value(find("contacts.other"))]
    return f" The other teams to contact are now: {'; '.join(names)}." if names else " No other team to contact is listed now."


def _saved_message(session: Session, written: list[Path]) -> str:
    if not written:
        return f"Nothing to save: {session.name} already holds these answers."
    return "Saved " + " and ".join(path.name for path in written) + "."


def _refused_message(view: View, verb: str = "saved") -> str:
    if view.draft.errors:
        count = len(view.draft.errors)
        return f"Not {verb}: {count} answer{'s' if count > 1 else ''} to correct, marked below."
    return f"Not {verb}: " + "; ".join(str(p) for p in view.problems)


