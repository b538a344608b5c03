"""Load articles: read, decode, read metadata, normalise, strip furniture, segment.

An input is a file, a directory (the articles in it), an http(s) URL, or ``-``
(one article from standard input, text or HTML). Files: ``.txt`` (raw text,
taken exactly as scraped), ``.md`` (optional YAML front matter),
``.yaml``/``.yml`` (metadata fields plus ``body``), and ``.html``/``.htm``
(a saved web page: the story is extracted, see `reader.core.text.html`). A
``NAME.meta.yaml`` beside ``NAME.txt`` (or ``NAME.html``) holds that article's
metadata and is never an article itself. Every failure the user can fix raises
`ReaderError` with a one-line message naming the input; nothing here writes to
an article file, and only regular files are read (`reader.core.text.files`).
"""

from __future__ import annotations

import os
import re
import stat
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import BinaryIO

from reader.core.errors import ReaderError
from reader.core.model import Article
from reader.core.text.build import article_from_text
from reader.core.text.decode import decode_bytes
from reader.core.text.files import MAX_FILE_BYTES, os_error, printable_path, read_file_bytes, too_large
from reader.core.text.html import HTML_SUFFIXES, Page, extract_page, looks_like_html
from reader.core.text.metadata import (
    METADATA_FIELDS,
    SIDECAR_SUFFIX,
    is_sidecar,
    metadata_fields,
    parse_yaml_article,
    read_sidecar,
    split_front_matter,
)
from reader.core.text.normalize import normalize_text, strip_furniture

__all__ = [
    "ARTICLE_SUFFIXES",
    "MAX_FILE_BYTES",
    "METADATA_FIELDS",
    "SIDECAR_SUFFIX",
    "STDIN",
    "article_ids",
    "decode_bytes",
    "expand_paths",
    "load_article",
    "load_articles",
    "printable_path",
    "split_front_matter",
]

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".yaml", ".yml", *HTML_SUFFIXES)
YAML_SUFFIXES = (".yaml", ".yml")
MARKDOWN_SUFFIXES = (".md", ".markdown")
STDIN = "-"
STDIN_PATH = "<stdin>"
_MARKDOWN_HASHES = re.compile(r"^#{1,6}\s+")
_LOOKS_LIKE_HOST = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:/|$)", re.IGNORECASE)

_FILE_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".yaml", ".yml", ".html", ".htm", ".text"})

Input = Path | str  # a file, a URL, or STDIN


def article_ids(count: int) -> list[str]:
    """ "A", "B", ..., "Z", "AA", "AB", ... in command-line order."""
    ids = []
    for n in range(1, count + 1):
        label = ""
        while n:
            n, rem = divmod(n - 1, 26)
            label = chr(65 + rem) + label
        ids.append(label)
    return ids


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> list[Input]:
    """The inputs named on the command line: each directory replaced by its articles, URLs and ``-`` kept.

    A ``NAME.meta.yaml`` named among other inputs (``reader analyze dir/*``) is
    skipped: it is metadata, not an article.
    """
    inputs: list[Input] = []
    sidecars: list[str] = []
    for raw in paths:
        text = os.fspath(raw)
        if not text:
            raise ReaderError("an empty file name was given")
        if isinstance(text, str) and "://" in text:  # (a URL has it: no need to import the fetcher otherwise)
            from reader.core.text.fetch import check_url, is_url

            if is_url(text):
                inputs.append(check_url(text))
                continue
        if text == STDIN:
            if STDIN in inputs:
                raise ReaderError("'-' (standard input) can be given only once")
            inputs.append(STDIN)
            continue
        path = Path(raw)
        try:
            is_dir = stat.S_ISDIR(os.stat(path).st_mode)
        except OSError as exc:
            raise _missing(path, exc) from None
        except ValueError:
            raise ReaderError(f"{printable_path(path)}: not a valid file name") from None
        if is_dir:
            inputs.extend(_articles_in(path))
        elif is_sidecar(path):
            sidecars.append(printable_path(path))
        else:
            inputs.append(path)
    if sidecars and not inputs:
        raise ReaderError(f"{sidecars[0]}: a metadata sidecar (for the article beside it), not an article")
    return inputs


def _missing(path: Path, exc: OSError) -> ReaderError:
    error = os_error(printable_path(path), exc)
    text = printable_path(path)
    if isinstance(exc, FileNotFoundError):
        scheme, _, rest = text.partition(":/")
        if scheme.lower() in ("http", "https") and rest and not rest.startswith("/"):
            return ReaderError(f"{error}; for a web page, write the address with two slashes: {scheme}://{rest}")
        # "x.txt" is a missing file, not a host: only a name that cannot be an article file gets the hint.
        if _LOOKS_LIKE_HOST.match(text) and ("/" in text or path.suffix.lower() not in _FILE_SUFFIXES):
            return ReaderError(f"{error}; for a web page, give the whole address: https://{text}")
    return error


def _articles_in(directory: Path) -> list[Path]:
    try:
        entries = sorted(os.scandir(directory), key=lambda entry: entry.name)
    except OSError as exc:
        raise os_error(printable_path(directory), exc) from None
    found = [Path(entry.path) for entry in entries if _is_article_entry(entry)]
    if not found:
        raise ReaderError(f"{printable_path(directory)}: directory holds no articles (.txt, .md, .yaml, .html)")
    return found


def _is_article_entry(entry: os.DirEntry[str]) -> bool:
    name = entry.name.lower()
    if name.startswith(".") or name.endswith(SIDECAR_SUFFIX) or not name.endswith(ARTICLE_SUFFIXES):
        return False
    try:
        return entry.is_file()  # follows symlinks; FIFOs, sockets and devices are skipped
    except OSError:
        return False


def load_articles(
    paths: Sequence[str | os.PathLike[str]], refresh: bool = False, stdin: BinaryIO | None = None
) -> tuple[Article, ...]:
    """The articles named by ``paths`` (files, directories, URLs, ``-``), with ids "A", "B", ... in order.

    ``refresh`` fetches URLs again instead of reading them from the cache.
    """
    inputs = expand_paths(paths)
    if not inputs:
        raise ReaderError("no articles given")
    articles = []
    for item, article_id in zip(inputs, article_ids(len(inputs))):
        if item == STDIN:
            articles.append(load_stdin(article_id, stdin))
        elif isinstance(item, str):
            articles.append(load_url(item, article_id, refresh))
        else:
            articles.append(load_article(item, article_id))
    return tuple(articles)


def load_article(path: str | os.PathLike[str], article_id: str = "A") -> Article:
    """One article file, read, decoded, normalised, stripped of furniture and segmented."""
    path = Path(path)
    name = printable_path(path)
    raw = read_file_bytes(path, "article")
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return article_from_page(extract_page(raw, name), str(path), article_id, read_sidecar(path))
    text, notes = decode_bytes(raw, name)
    if suffix in YAML_SUFFIXES:
        meta, body = parse_yaml_article(text, name)
    elif suffix in MARKDOWN_SUFFIXES:
        meta, body = split_front_matter(text, name)
    elif suffix == ".txt":
        meta, body = read_sidecar(path), text
    else:
        meta, body = {}, text
    return _build(name, str(path), article_id, body, metadata_fields(meta, name, notes), notes)


def load_url(url: str, article_id: str = "A", refresh: bool = False) -> Article:
    """The article at ``url`` (from the cache unless ``refresh``); its ``url`` is the final one after redirects."""
    from reader.core.text.fetch import fetch_page

    fetched = fetch_page(url, refresh=refresh)
    if fetched.content_type == "text/plain" and not looks_like_html(fetched.body):
        text, notes = decode_bytes(fetched.body, url)
        fields: dict[str, str | None] = dict.fromkeys(METADATA_FIELDS)
        fields["url"] = fetched.final_url
        return _build(url, url, article_id, text, fields, notes)
    page = extract_page(fetched.body, url, url=fetched.final_url, header_charset=fetched.charset)
    return article_from_page(page, url, article_id)


def load_stdin(article_id: str = "A", stream: BinaryIO | None = None) -> Article:
    """One article from standard input: HTML when it looks like a web page, else text."""
    if stream is None:
        stream = sys.stdin.buffer
    try:
        raw = stream.read(MAX_FILE_BYTES + 1)
    except (OSError, ValueError) as exc:
        raise ReaderError(f"{STDIN_PATH}: cannot read standard input ({exc})") from None
    if len(raw) > MAX_FILE_BYTES:
        raise too_large(STDIN_PATH, len(raw), at_least=True)
    if looks_like_html(raw):
        return article_from_page(extract_page(raw, STDIN_PATH), STDIN_PATH, article_id)
    text, notes = decode_bytes(raw, STDIN_PATH)
    return _build(STDIN_PATH, STDIN_PATH, article_id, text, dict.fromkeys(METADATA_FIELDS), notes)


def article_from_raw_text(text: str, article_id: str = "A", path: str = STDIN_PATH) -> Article:
    """One article from text already decoded, as a ``.txt`` file with no metadata is loaded."""
    return _build(path, path, article_id, text, dict.fromkeys(METADATA_FIELDS), [])


def article_from_page(page: Page, path: str, article_id: str, overrides: dict[object, object] | None = None) -> Article:
    """An article from an extracted web page; a sidecar's fields (``overrides``) win over the page's."""
    notes = list(page.notes)
    name = printable_path(path)
    found = {"title": page.title, "source": page.source, "date": page.date, "url": page.url, "author": page.author}
    given = metadata_fields(overrides or {}, name, notes)
    fields = {
        key: given[key] or (" ".join(normalize_text(value).split()) or None if value else None) for key, value in found.items()
    }
    body = _drop_repeated_title(normalize_text(page.text), fields["title"])
    return _build(name, path, article_id, body, fields, notes)


def _drop_repeated_title(body: str, title: str | None) -> str:
    """The body without a first paragraph that only repeats the title (pages print the headline twice)."""
    first, sep, rest = body.partition("\n\n")
    if title and sep and _same_line(first, title):
        return rest
    return body


def _same_line(a: str, b: str) -> bool:
    return " ".join(_MARKDOWN_HASHES.sub("", a).split()).casefold() == " ".join(b.split()).casefold()


def _build(name: str, path: str, article_id: str, body: str, fields: dict[str, str | None], notes: list[str]) -> Article:
    body = normalize_text(body)
    if not body:
        raise ReaderError(f"{name}: article is empty (no visible text)")
    body, furniture = strip_furniture(body)
    headline = furniture.get("headline")
    if headline is not None:
        if not fields["title"]:
            fields["title"] = _MARKDOWN_HASHES.sub("", headline)
        elif not _same_line(headline, fields["title"]):
            # Not the given title: a line of the story, or a subtitle; nothing read is dropped unseen.
            body = f"{headline}\n\n{body}" if body else headline
    if not body:
        raise ReaderError(f"{name}: article has no text besides its caption, credit or headline")
    return article_from_text(
        body,
        article_id,
        path=path,
        caption=furniture.get("caption"),
        credit=furniture.get("credit"),
        notes=tuple(notes),
        **fields,
    )
