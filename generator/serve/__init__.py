"""`policygen serve`: answer the questions in a browser, with the policy taking shape beside them.

A small local server (Starlette on uvicorn) over the same questionnaire, validation and
pipeline as `init` and `build`: form.py draws the form from the answers model, draft.py
reads it back, session.py previews, saves and builds, security.py keeps everyone else out,
app.py puts them behind routes. Nothing is fetched from anywhere: the script and styles
are in the package.
"""

from __future__ import annotations

import socket
import threading
import webbrowser
from collections.abc import Callable
from pathlib import Path

from ..errors import PolicyError, Problem
from ..pipeline import LibraryArg, library_from

HOST = "127.0.0.1"  # never another interface: the page holds the answers and writes a file


def run(
    path: str | Path,
    *,
    port: int = 0,
    open_browser: bool = True,
    library: LibraryArg = None,
    say: Callable[[str], None] = print,
) -> None:
    """Serve the page for the answers file PATH (a new file is written on the first save) until interrupted.

    port: 0 picks a free one. open_browser: open the page in the default browser.
    say: where the address and messages are printed.
    """
    import uvicorn

    from .app import make_app
    from .security import Guard
    from .session import Session

    session = Session(path, library_from(library))
    session.plan()  # a broken file, a folder or a missing folder is reported before anything starts
    listener = _listen(port)
    guard = Guard(listener.getsockname()[1])
    server = uvicorn.Server(uvicorn.Config(make_app(session, guard), log_level="warning", lifespan="off", access_log=False))
    say(f"Answering {path} at {guard.url}")
    say("Open that address (it holds a token that lets your browser in). Press Ctrl-C to stop.")
    if open_browser:
        threading.Timer(0.5, webbrowser.open, [guard.url]).start()
    server.run(sockets=[listener])


def _listen(port: int) -> socket.socket:
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        listener.bind((HOST, port))
        listener.listen(128)  # before the address is printed: a browser that is quick to connect waits in the queue
    except OSError as exc:
        listener.close()
        raise PolicyError(Problem(f"cannot listen on {HOST}:{port}: {exc.strerror}; choose another port with --port, or 0 for any free one")) from None
    return listener
