"""Who may talk to the server: the person who started it, from this machine, in their own browser.

- The server listens on 127.0.0.1 only (app.run binds it).
- Host: a request must name the address the server is bound to (127.0.0.1:PORT or
  localhost:PORT). A page on another site whose name is pointed at 127.0.0.1 (DNS
  rebinding) sends its own name, and is refused.
- Token: a random token in the printed address; the first visit swaps it for a cookie
  (HttpOnly, SameSite=Strict) and drops it from the address, as Jupyter does. A request
  with neither is refused, so another user or program on the machine cannot read the answers.
- CSRF: every request that changes or builds anything is a POST carrying a second random
  token that only the served page holds (a form field or the X-CSRF-Token header), from
  no other origin. A form on another site cannot know it.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from urllib.parse import parse_qsl, urlencode

SAFE_METHODS = ("GET", "HEAD")
CSRF_FIELD = "csrf"
CSRF_HEADER = "x-csrf-token"
MAX_BODY = 1_000_000  # bytes: a form of answers is a few kilobytes


def new_token() -> str:
    return secrets.token_urlsafe(32)


@dataclass(frozen=True)
class Guard:
    """The bound port and the two secrets of one server run."""

    port: int
    token: str = field(default_factory=new_token)
    csrf: str = field(default_factory=new_token)

    @property
    def hosts(self) -> tuple[str, ...]:
        return (f"127.0.0.1:{self.port}", f"localhost:{self.port}")

    @property
    def origins(self) -> tuple[str, ...]:
        return tuple(f"http://{host}" for host in self.hosts)

    @property
    def cookie_name(self) -> str:
        return f"policygen_{self.port}"  # cookies ignore the port: one name per server

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/?{urlencode({'token': self.token})}"

    def host_allowed(self, host: str) -> bool:
        return host in self.hosts

    def token_in_query(self, query: str) -> bool:
        return any(name == "token" and secrets.compare_digest(value, self.token) for name, value in parse_qsl(query))

    def token_in_cookie(self, cookie_header: str) -> bool:
        cookies = SimpleCookie()
        try:
            cookies.load(cookie_header)
        except Exception:  # a malformed Cookie header holds no token
            return False
        morsel = cookies.get(self.cookie_name)
        return morsel is not None and secrets.compare_digest(morsel.value, self.token)

    def set_cookie(self) -> str:
        return f"{self.cookie_name}={self.token}; HttpOnly; SameSite=Strict; Path=/"

    def origin_allowed(self, origin: str | None) -> bool:
        """A browser names the page a POST comes from; none (a tool such as curl) is judged by the CSRF token alone."""
        return origin is None or origin in self.origins

    def csrf_valid(self, submitted: str | None) -> bool:
        return submitted is not None and secrets.compare_digest(submitted, self.csrf)
