"""Fetch a web page over http(s) with the standard library, bounded in every way, and cache it.

Bounds: a timeout on connecting and on each read, an overall deadline, at most
`MAX_REDIRECTS` redirects (a loop is named as such), `MAX_FILE_BYTES` (checked on
Content-Length and enforced while reading), and only HTML or plain-text content.
The final URL after redirects is kept. Pages are cached under
``$XDG_CACHE_HOME/reader/pages/`` so a comparison reopens offline; ``refresh``
fetches again. Every failure is a one-line `ReaderError`.
"""

from __future__ import annotations

import email.message
import hashlib
import json
import os
import socket
import ssl
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from reader import __version__
from reader.core.config import user_cache_dir
from reader.core.errors import ReaderError
from reader.core.text.files import MAX_FILE_BYTES, is_regular_file, read_file_bytes, too_large

CONNECT_TIMEOUT = 10.0  # seconds for connecting and for each read
DEADLINE = 30.0  # seconds for the whole fetch, redirects included
MAX_REDIRECTS = 5
USER_AGENT = f"reader/{__version__} (news comparison in a terminal; Python urllib)"
ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
_REDIRECTS = (301, 302, 303, 307, 308)
_CHUNK = 1 << 16


@dataclass(frozen=True, slots=True)
class Fetched:
    """A page as fetched: its bytes, the URL asked for and the one it came from, its content type."""

    url: str  # as asked for
    final_url: str  # after redirects
    body: bytes
    content_type: str
    charset: str | None = None


def is_url(arg: str) -> bool:
    """True for anything written as ``scheme://...`` (only http and https are then accepted)."""
    scheme, sep, _ = arg.partition("://")
    return bool(sep) and scheme.isascii() and scheme[:1].isalpha() and all(c.isalnum() or c in "+.-" for c in scheme)


def check_url(url: str) -> str:
    """``url`` if it is an http(s) URL with a host, else a one-line error."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise ReaderError(f"{_short(url)}: only http:// and https:// addresses can be opened")
    if not parts.hostname:
        raise ReaderError(f"{_short(url)}: the address names no host")
    if any(c.isspace() or not c.isprintable() for c in url):
        raise ReaderError(f"{_short(url)}: the address holds spaces or control characters (quote it, or encode them)")
    return url


def fetch_page(url: str, refresh: bool = False, cache_dir: Path | None = None) -> Fetched:
    """The page at ``url``: from the cache unless ``refresh``, else fetched (and then cached)."""
    check_url(url)
    cache_dir = user_cache_dir() / "pages" if cache_dir is None else cache_dir
    if not refresh:
        cached = _from_cache(cache_dir, url)
        if cached is not None:
            return cached
    page = download(url)
    _to_cache(cache_dir, page)
    return page


def download(url: str, timeout: float | None = None, deadline: float | None = None, limit: int = MAX_FILE_BYTES) -> Fetched:
    """Fetch ``url``, following at most `MAX_REDIRECTS` redirects, within ``deadline`` seconds."""
    timeout = CONNECT_TIMEOUT if timeout is None else timeout
    started = time.monotonic()
    stop_at = started + (DEADLINE if deadline is None else deadline)
    opener = urllib.request.build_opener(_NoRedirects)
    seen = [url]
    current = url
    while True:
        remaining = stop_at - time.monotonic()
        if remaining <= 0:
            raise ReaderError(f"{_short(url)}: timed out (no page within {stop_at - started:.0f} s)")
        request = urllib.request.Request(
            current, headers={"User-Agent": USER_AGENT, "Accept": "text/html,text/plain;q=0.8", "Accept-Encoding": "identity"}
        )
        try:
            response = opener.open(request, timeout=min(timeout, remaining))
        except urllib.error.HTTPError as exc:
            location = exc.headers.get("Location") if exc.code in _REDIRECTS else None
            status = f"HTTP {exc.code} {exc.reason or ''}".rstrip()
            exc.close()
            response = None
        except Exception as exc:  # noqa: BLE001 - every network failure is one line
            raise _network_error(url, current, exc, timeout) from None
        if response is None:
            if location is None:
                raise ReaderError(f"{_short(url)}: {status}")
            current = _next_hop(url, current, location, seen)
            continue
        with response:
            return _read_response(url, current, response, timeout, stop_at, limit)


def _next_hop(url: str, current: str, location: str, seen: list[str]) -> str:
    """Where a redirect leads; refused when it loops, is one too many, or leaves http(s)."""
    target = urllib.parse.urljoin(current, location.strip())
    if target in seen:
        raise ReaderError(f"{_short(url)}: redirect loop ({' -> '.join(_short(u, 60) for u in [*seen, target])})")
    seen.append(target)
    if len(seen) > MAX_REDIRECTS + 1:
        raise ReaderError(f"{_short(url)}: more than {MAX_REDIRECTS} redirects")
    if urllib.parse.urlsplit(target).scheme.lower() not in ("http", "https"):
        raise ReaderError(f"{_short(url)}: redirected to a non-http address ({_short(target)})")
    return target


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Redirects are followed by `download`, which counts them and detects loops."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def _read_response(url: str, final_url: str, response: Any, timeout: float, stop_at: float, limit: int) -> Fetched:
    headers: email.message.Message = response.headers
    content_type = headers.get_content_type() if headers.get("Content-Type") else ""
    if content_type and content_type not in ACCEPTED_TYPES:
        raise ReaderError(f"{_short(url)}: not a web page ({content_type}); reader opens HTML and plain text")
    length = headers.get("Content-Length")
    if length and length.strip().isdigit() and int(length) > limit:
        raise too_large(_short(url), int(length), limit)
    chunks: list[bytes] = []
    total = 0
    try:
        while True:
            remaining = stop_at - time.monotonic()
            if remaining <= 0:
                raise ReaderError(f"{_short(url)}: timed out while reading the page (took too long overall)")
            _set_read_timeout(response, min(timeout, remaining))
            chunk = response.read1(min(_CHUNK, limit + 1 - total)) if hasattr(response, "read1") else response.read(_CHUNK)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise too_large(_short(url), total, limit, at_least=True)
    except ReaderError:
        raise
    except Exception as exc:  # noqa: BLE001 - a reset or a stall mid-page is one line too
        raise _network_error(url, final_url, exc, timeout) from None
    return Fetched(url, final_url, b"".join(chunks), content_type or "text/html", headers.get_content_charset())


def _set_read_timeout(response: Any, seconds: float) -> None:
    """Shorten the socket timeout so that a slow trickle of bytes cannot outlive the deadline."""
    sock = getattr(getattr(getattr(response, "fp", None), "raw", None), "_sock", None)
    if isinstance(sock, socket.socket):
        sock.settimeout(max(0.01, seconds))


def _network_error(url: str, current: str, exc: BaseException, timeout: float) -> ReaderError:
    host = urllib.parse.urlsplit(current).hostname or current
    reason: Any = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    if isinstance(reason, socket.gaierror):
        return ReaderError(f"{_short(url)}: cannot find the host {host} (DNS lookup failed; check the address or the network)")
    if isinstance(reason, (TimeoutError, socket.timeout)) or "timed out" in str(reason):
        return ReaderError(f"{_short(url)}: timed out ({host} sent nothing for {timeout:g} s)")
    if isinstance(reason, ConnectionRefusedError):
        return ReaderError(f"{_short(url)}: {host} refused the connection")
    if isinstance(reason, ssl.SSLError):
        return ReaderError(f"{_short(url)}: secure connection to {host} failed ({reason.reason or 'TLS error'})")
    if isinstance(reason, OSError) and reason.strerror:
        return ReaderError(f"{_short(url)}: cannot fetch from {host} ({reason.strerror})")
    detail = " ".join(str(reason).split())[:100] or type(reason).__name__
    return ReaderError(f"{_short(url)}: cannot fetch from {host} ({detail})")


def _short(url: str, width: int = 120) -> str:
    text = "".join(c if c.isprintable() else repr(c)[1:-1] for c in url)
    return text if len(text) <= width else text[: width - 1] + "…"


# --- cache ---------------------------------------------------------------------------


def cache_paths(cache_dir: Path, url: str) -> tuple[Path, Path]:
    """The cached page and its record (final URL, content type, charset) for ``url``."""
    key = hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()[:40]
    return cache_dir / f"{key}.page", cache_dir / f"{key}.json"


def _from_cache(cache_dir: Path, url: str) -> Fetched | None:
    page, record = cache_paths(cache_dir, url)
    if not (is_regular_file(page) and is_regular_file(record)):
        return None
    try:
        meta = json.loads(read_file_bytes(record, "cache record", 1 << 16))
        body = read_file_bytes(page, "cached page")
        if meta.get("url") != url:
            return None
        return Fetched(url, str(meta["final_url"]), body, str(meta["content_type"]), meta.get("charset"))
    except (ReaderError, ValueError, KeyError, TypeError, AttributeError):
        return None  # a damaged cache entry is fetched again


def _to_cache(cache_dir: Path, page: Fetched) -> None:
    """Keep ``page`` for next time; a cache that cannot be written only costs the next fetch."""
    path, record = cache_paths(cache_dir, page.url)
    meta = {k: v for k, v in asdict(page).items() if k != "body"}
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        for target, data in ((path, page.body), (record, json.dumps(meta).encode())):
            fd, tmp = tempfile.mkstemp(dir=cache_dir, prefix=".part-")
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(data)
                os.replace(tmp, target)
            except BaseException:
                os.unlink(tmp)
                raise
    except OSError:
        pass
