"""Web pages as articles: the story's text and metadata, extracted with trafilatura.

trafilatura (Apache-2.0) has the best published F-score among open extractors
on its 990-page benchmark; it is imported on first use, so opening ``.txt``
files costs nothing. Readers' comments are left out, its paragraphs (one per
line) are rejoined with blank lines, and a page whose extraction is too short
to be an article (its text is loaded by JavaScript, or it holds none) is a
one-line error. Every failure of the extractor is a `ReaderError`.
"""

from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass
from typing import Any

from reader.core.errors import ReaderError
from reader.core.text.decode import decode_bytes

MIN_ARTICLE_CHARS = 200  # a news brief is longer; "Please enable JavaScript" is shorter
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_SNIFF_BYTES = 4096
_HTML_START = re.compile(
    rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S
)
_HTML_TAG = re.compile(rb"<(?:html|head|body|article|div|p|span|a|script|style|meta|title|br|table)\b[^>]*>", re.I)
_META_CHARSET = re.compile(
    rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Page:
    """What the extractor found: the text (paragraphs separated by blank lines) and metadata."""

    text: str
    title: str | None = None
    source: str | None = None  # the site's name ("The Guardian")
    author: str | None = None
    date: str | None = None
    url: str | None = None
    notes: tuple[str, ...] = ()


def looks_like_html(raw: bytes) -> bool:
    """True when ``raw`` starts like a web page, or its first 4 KiB hold several HTML tags."""
    head = raw[:_SNIFF_BYTES].lstrip(b"\xef\xbb\xbf")
    return bool(_HTML_START.match(head)) or len(_HTML_TAG.findall(head)) >= 3


def meta_charset(raw: bytes) -> str | None:
    """The charset a page declares in ``<meta charset>`` or ``<meta http-equiv ... charset=>``."""
    m = _META_CHARSET.search(raw[: 4 * _SNIFF_BYTES])
    return m.group(1).decode("ascii") if m else None


def decode_html(raw: bytes, name: str, header_charset: str | None = None) -> tuple[str, list[str]]:
    """The page's text: a byte-order mark, else the HTTP charset, else ``<meta>``, else UTF-8 / cp1252."""
    if raw.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode_bytes(raw, name)
    for declared in (header_charset, meta_charset(raw)):
        codec = _codec(declared)
        if codec is not None:
            if codec in ("utf-8", "ascii", "latin-1", "iso8859-1", "cp1252"):
                # Browsers read latin-1 and ascii as windows-1252; UTF-8 with bad bytes as the fallback below.
                try:
                    return raw.decode("utf-8" if codec == "utf-8" else "cp1252"), []
                except UnicodeDecodeError:
                    if codec != "utf-8":
                        return raw.decode("latin-1"), []
                    break
            text = raw.decode(codec, "replace")
            return text, ([f"bytes not valid {declared} shown as \ufffd"] if "\ufffd" in text else [])
    return decode_bytes(raw, name)


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    return None if name in ("utf-16-le", "utf-16-be", "utf-16", "utf-32") else name  # a meta tag cannot be UTF-16


def extract_page(raw: bytes, name: str, url: str | None = None, header_charset: str | None = None) -> Page:
    """The article in the web page ``raw``; ``name`` (a file name or URL) words the errors."""
    html, notes = decode_html(raw, name, header_charset)
    document = _extract(html, url, name)
    text = getattr(document, "text", None) or ""
    if len(text.strip()) < MIN_ARTICLE_CHARS:
        raise ReaderError(
            f"{name}: the page holds no article text ({len(text.strip())} characters found): if its text is "
            "loaded by JavaScript, save it from your browser and open the file"
        )
    return Page(
        text=text.replace("\n", "\n\n"),
        title=_field(document, "title"),
        source=_field(document, "sitename"),
        author=_field(document, "author"),
        date=_field(document, "date"),
        url=url or _field(document, "url"),
        notes=tuple(notes),
    )


def _field(document: Any, name: str) -> str | None:
    value = getattr(document, name, None)
    return " ".join(value.split()) or None if isinstance(value, str) else None


def _extract(html: str, url: str | None, name: str) -> Any:
    bare_extraction = _trafilatura()
    try:
        return bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # noqa: BLE001 - a hostile page must cost one line, not a traceback
        raise ReaderError(f"{name}: cannot extract the article from this page ({type(exc).__name__})") from None


def _trafilatura() -> Any:
    """trafilatura's `bare_extraction`, imported on first use (~0.5 s), its log quiet."""
    for logger in ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer"):
        logging.getLogger(logger).setLevel(logging.CRITICAL)
    try:
        from trafilatura import bare_extraction
    except ImportError as exc:
        raise ReaderError(f"reading web pages needs trafilatura, which does not import: {exc}") from None
    return bare_extraction
