"""A real `policygen serve` in a child process, for the server's tests: started on a free port, stopped after."""

from __future__ import annotations

import http.client
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlencode, urlsplit


class Server:
    """`python -m generator serve PATH --no-browser --port 0`, its printed address and a way to send it raw requests."""

    def __init__(self, path: Path, *args: str):
        self.process = subprocess.Popen(  # run from its folder, named as a user types it
            [sys.executable, "-m", "generator", "serve", path.name, "--no-browser", "--port", "0", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=path.parent,
        )
        line = self.process.stdout.readline()
        found = re.search(r"http://127\.0\.0\.1:(\d+)/\?token=([\w-]+)", line)
        if found is None:
            self.stop()
            raise AssertionError(f"no address printed: {line!r} {self.process.stderr.read()}")
        self.url = found.group(0)
        self.port = int(found.group(1))
        self.token = found.group(2)
        self.host = f"127.0.0.1:{self.port}"

    @property
    def cookie(self) -> str:
        return f"policygen_{self.port}={self.token}"

    def request(self, method: str, path: str, *, body: dict | None = None, headers: dict | None = None, cookie: bool = True):
        """One raw request (the Host header can be anything); returns (status, headers, body text)."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        sent = {"Host": self.host}
        if cookie:
            sent["Cookie"] = self.cookie
        data = None
        if body is not None:
            data = urlencode(body, doseq=True).encode()
            sent["Content-Type"] = "application/x-www-form-urlencoded"
        sent.update(headers or {})
        connection.request(method, path, body=data, headers=sent)
        response = connection.getresponse()
        text = response.read().decode("utf-8", "replace")
        connection.close()
        return response.status, dict(response.getheaders()), text

    def csrf(self) -> str:
        status, _, page = self.request("GET", "/")
        assert status == 200, page
        return re.search(r'name="csrf" value="([\w-]+)"', page).group(1)

    def stop(self) -> str:
        """Stop it as Ctrl-C does; returns what it printed on stderr."""
        if self.process.poll() is None:
            self.process.send_signal(2)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.stderr.read()


def path_of(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + ("?" + parts.query if parts.query else "")
