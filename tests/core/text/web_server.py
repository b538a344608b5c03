"""A local web server for the fetch tests: 127.0.0.1, a free port, pages from `web_pages`.

No test reaches the internet. Import the ``web`` fixture into a test module to use it;
it also points ``$XDG_CACHE_HOME`` at a fresh directory and shortens the fetch timeouts.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from reader.core.text import fetch
from tests.core.text.web_pages import COASTAL, GAZETTE, JS_ONLY, LATIN1, PLAIN_TEXT

HUGE_BYTES = 30 * 1024 * 1024
PAGES = {
    "/gazette.html": ("text/html; charset=utf-8", GAZETTE.encode("utf-8")),
    "/coastal.html": ("text/html", COASTAL.encode("utf-8")),
    "/app.html": ("text/html; charset=utf-8", JS_ONLY.encode("utf-8")),
    "/latin1.html": ("text/html", LATIN1.encode("latin-1")),  # charset only in <meta>
    "/story.txt": ("text/plain; charset=utf-8", PLAIN_TEXT.encode("utf-8")),
    "/report.pdf": ("application/pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"),
}


@dataclass
class Site:
    base: str
    hits: Counter[str] = field(default_factory=Counter)
    release: threading.Event = field(default_factory=threading.Event)
    user_agents: list[str] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base + path


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:  # keep the test output clean
            pass

        def do_GET(self) -> None:  # noqa: N802 - the http.server name
            path = self.path.split("?")[0]
            site.hits[path] += 1
            site.user_agents.append(self.headers.get("User-Agent", ""))
            if path in PAGES:
                content_type, body = PAGES[path]
                self._send(200, body, content_type)
            elif path.startswith("/hop/"):  # /hop/3 -> /hop/2 -> /hop/1 -> /hop/0 -> the gazette
                left = int(path.rsplit("/", 1)[1])
                self._redirect(f"/hop/{left - 1}" if left > 0 else "/gazette.html", 302 if left % 2 else 301)
            elif path == "/loop/a":
                self._redirect("/loop/b")
            elif path == "/loop/b":
                self._redirect(f"{site.base}/loop/a", 307)
            elif path == "/stall":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", "100000")
                self.end_headers()
                self.wfile.write(b"<html><body><p>The first words, then nothing")
                self.wfile.flush()
                site.release.wait(10)
            elif path == "/huge":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                chunk = b"<p>" + b"filler text " * 5000 + b"</p>\n"
                sent = 0
                try:
                    while sent < HUGE_BYTES:
                        self.wfile.write(chunk)
                        sent += len(chunk)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client stopped at its limit, as it should
                self.close_connection = True
            elif path == "/huge-declared":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(HUGE_BYTES))
                self.end_headers()
                self.close_connection = True
            else:
                self._send(404, b"<html><body>Not found</body></html>", "text/html")

        def _send(self, status: int, body: bytes, content_type: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _redirect(self, location: str, status: int = 302) -> None:
            self.send_response(status)
            self.send_header("Location", location)
            self.send_header("Content-Length", "0")
            self.end_headers()

    return Handler


@pytest.fixture
def web(tmp_path, monkeypatch) -> Iterator[Site]:
    """A running local site; the fetch cache lives in this test's tmp_path; timeouts are short."""
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(fetch, "CONNECT_TIMEOUT", 0.5)
    monkeypatch.setattr(fetch, "DEADLINE", 5.0)
    site = Site("")
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        site.release.set()
        server.shutdown()
        server.server_close()
