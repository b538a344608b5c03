"""Load articles from files: read, decode, read metadata, normalise, strip furniture, segment.

Supported: ``.txt`` (raw text, taken exactly as scraped), ``.md`` (optional
YAML front matter) and ``.yaml``/``.yml`` (metadata fields plus ``body``). A
``NAME.meta.yaml`` beside ``NAME.txt`` holds that article's metadata. A
directory stands for the articles in it. Every failure the user can fix raises
`ReaderError` with a one-line message naming the file; nothing here writes to
a file, and only regular files are ever read (a FIFO or a device would hang).
"""

from __future__ import annotations

import datetime
import os
import re
import stat
from collections.abc import Iterable, Sequence
from pathlib import Path

from reader.core.errors import ReaderError
from reader.core.model import Article
from reader.core.text import segment
from reader.core.text.normalize import normalize_text, strip_furniture
from reader.core.yaml_files import parse_yaml

MAX_FILE_BYTES = 5 * 1024 * 1024  # 5 MiB: ~4x the largest document the benchmarks use
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".yaml", ".yml")
YAML_SUFFIXES = (".yaml", ".yml")
MARKDOWN_SUFFIXES = (".md", ".markdown")
METADATA_FIELDS = ("title", "source", "date", "url", "author")
SIDECAR_SUFFIX = ".meta.yaml"
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)


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


def printable_path(path: str | os.PathLike[str]) -> str:
    """``path`` fit for a one-line message: undecodable bytes and control characters escaped."""
    text = os.fsencode(path).decode("utf-8", "backslashreplace")
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Files named on the command line, with each directory replaced by its articles."""
    files: list[Path] = []
    for raw in paths:
        if not os.fspath(raw):
            raise ReaderError("an empty file name was given")
        path = Path(raw)
        try:
            is_dir = stat.S_ISDIR(os.stat(path).st_mode)
        except OSError as exc:
            raise _os_error(path, exc) from None
        except ValueError:
            raise ReaderError(f"{printable_path(path)}: not a valid file name") from None
        files.extend(_articles_in(path) if is_dir else [path])
    return files


def _articles_in(directory: Path) -> list[Path]:
    try:
        entries = sorted(os.scandir(directory), key=lambda entry: entry.name)
    except OSError as exc:
        raise _os_error(directory, exc) from None
    found = [Path(entry.path) for entry in entries if _is_article_entry(entry)]
    if not found:
        raise ReaderError(f"{printable_path(directory)}: directory holds no articles (.txt, .md, .yaml)")
    return found


def _is_article_entry(entry: os.DirEntry) -> bool:
    name = entry.name.lower()
    if name.startswith(".") or name.endswith(SIDECAR_SUFFIX) or not name.endswith(ARTICLE_SUFFIXES):
        return False
    try:
        return entry.is_file()  # follows symlinks; FIFOs, sockets and devices are skipped
    except OSError:
        return False


def load_articles(paths: Sequence[str | os.PathLike[str]]) -> tuple[Article, ...]:
    """The articles named by ``paths`` (files or directories), with ids "A", "B", ... in order."""
    files = expand_paths(paths)
    if not files:
        raise ReaderError("no articles given")
    return tuple(load_article(path, article_id) for path, article_id in zip(files, article_ids(len(files))))


def load_article(path: str | os.PathLike[str], article_id: str = "A") -> Article:
    """One article file, read, decoded, normalised, stripped of furniture and segmented."""
    path = Path(path)
    name = printable_path(path)
    text, notes = decode_bytes(_read_bytes(path), name)
    suffix = path.suffix.lower()
    if suffix in YAML_SUFFIXES:
        meta, body = _parse_yaml_article(text, name)
    elif suffix in MARKDOWN_SUFFIXES:
        meta, body = split_front_matter(text, name)
    elif suffix == ".txt":
        meta, body = _read_sidecar(path), text
    else:
        meta, body = {}, text
    fields = _metadata_fields(meta, name, notes)
    body = normalize_text(body)
    if not body:
        raise ReaderError(f"{name}: article is empty (no visible text)")
    body, furniture = strip_furniture(body)
    if not body:
        raise ReaderError(f"{name}: article has no text besides its caption, credit or headline")
    if not fields["title"] and "headline" in furniture:
        fields["title"] = re.sub(r"^#{1,6}\s+", "", furniture["headline"])
    paras = segment.paragraphs(body)
    return Article(
        id=article_id,
        path=str(path),
        text=body,
        paragraphs=paras,
        sentences=segment.sentences(body, paras),
        caption=furniture.get("caption"),
        credit=furniture.get("credit"),
        notes=tuple(notes),
        **fields,
    )


# --- reading and decoding ----------------------------------------------------------


def _read_bytes(path: Path) -> bytes:
    """The bytes of a regular file, at most MAX_FILE_BYTES; never blocks on a FIFO or device."""
    try:
        fd = os.open(path, _OPEN_FLAGS)  # read-only: reader never writes to an article
    except OSError as exc:
        raise _os_error(path, exc) from None
    except ValueError:
        raise ReaderError(f"{printable_path(path)}: not a valid file name") from None
    try:
        with open(fd, "rb") as handle:
            info = os.fstat(fd)
            if stat.S_ISDIR(info.st_mode):
                raise ReaderError(f"{printable_path(path)}: is a directory, not an article file")
            if not stat.S_ISREG(info.st_mode):
                raise ReaderError(f"{printable_path(path)}: not a regular file (a FIFO, socket or device)")
            if info.st_size > MAX_FILE_BYTES:
                raise ReaderError(_too_big(path, info.st_size))
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise _os_error(path, exc) from None
    if len(data) > MAX_FILE_BYTES:  # the file grew after fstat
        raise ReaderError(_too_big(path, len(data)))
    return data


def _too_big(path: Path, size: int) -> str:
    return f"{printable_path(path)}: file is {size / 1048576:.1f} MiB; the limit is {MAX_FILE_BYTES // 1048576} MiB"


def _os_error(path: Path, exc: OSError) -> ReaderError:
    if isinstance(exc, FileNotFoundError):
        return ReaderError(f"{printable_path(path)}: no such file or directory")
    if isinstance(exc, PermissionError):
        return ReaderError(f"{printable_path(path)}: permission denied")
    if isinstance(exc, IsADirectoryError):
        return ReaderError(f"{printable_path(path)}: is a directory, not an article file")
    return ReaderError(f"{printable_path(path)}: cannot read ({exc.strerror or type(exc).__name__})")


_BYTE_ORDER_MARKS = (
    (b"\xff\xfe\x00\x00", "utf-32"),  # before UTF-16 LE, whose mark is its prefix
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_NON_ASCII_TEXT = re.compile(r"[^\x00-\x7f\ufffd]")
# Control bytes that never appear in text; tab, newlines, form feed and ESC (ANSI colour) do.
_BINARY_CONTROLS = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def decode_bytes(raw: bytes, path: Path | str = "<input>") -> tuple[str, list[str]]:
    """Text of ``raw`` and notes on how it was decoded.

    UTF-8 (with or without BOM) or UTF-16/32 with a BOM decode silently. Text
    that is mostly UTF-8 keeps its good characters and shows bad bytes as
    U+FFFD; text with no UTF-8 at all is taken as Windows-1252 (else Latin-1).
    """
    for mark, encoding in _BYTE_ORDER_MARKS:
        if raw.startswith(mark):
            try:
                return raw.decode(encoding), []
            except UnicodeDecodeError:
                raise ReaderError(
                    f"{path}: starts with a {encoding.upper()} byte-order mark but is not valid {encoding.upper()}"
                ) from None
    if _looks_binary(raw):
        raise ReaderError(f"{path}: looks like a binary file, not text")
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    lenient = raw.decode("utf-8", "replace")
    if _NON_ASCII_TEXT.search(lenient):
        bad = lenient.count("\ufffd") - raw.count("\ufffd".encode())
        return lenient, [f"not valid UTF-8 (byte {first_bad}); {bad} undecodable byte(s) shown as \ufffd"]
    try:
        return raw.decode("cp1252"), [f"not valid UTF-8 (byte {first_bad}); decoded as cp1252 (Windows-1252)"]
    except UnicodeDecodeError:
        return raw.decode("latin-1"), [f"not valid UTF-8 (byte {first_bad}); decoded as Latin-1"]


def _looks_binary(raw: bytes) -> bool:
    sample = raw[:8192]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _BINARY_CONTROLS))
    return controls / len(sample) > 0.1


# --- metadata ----------------------------------------------------------------------

_FRONT_MATTER_OPEN = re.compile(r"---[ \t]*")
_FRONT_MATTER_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)


def split_front_matter(text: str, path: Path | str = "<input>") -> tuple[dict, str]:
    """Metadata and body of a Markdown article with optional YAML front matter."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    first, _, rest = text.partition("\n")
    if not _FRONT_MATTER_OPEN.fullmatch(first):
        return {}, text
    close = _FRONT_MATTER_CLOSE.search(rest)
    if close is None:
        raise ReaderError(f"{path}: front matter opened with '---' on line 1 is never closed by a '---' line")
    meta = parse_yaml(rest[: close.start()], str(path), "front matter", first_line=2)
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        last = rest.count("\n", 0, close.start()) + 1
        raise ReaderError(f"{path}: front matter (lines 2-{last}) must be 'field: value' lines")
    return meta, rest[close.end() :].removeprefix("\n")


def _parse_yaml_article(text: str, path: str) -> tuple[dict, str]:
    data = parse_yaml(text.lstrip("\ufeff"), path)
    if not isinstance(data, dict):
        raise ReaderError(f"{path}: a YAML article must be a mapping of fields with a 'body'")
    if "body" not in data or data["body"] is None:
        raise ReaderError(f"{path}: YAML article has no 'body' field holding its text")
    if not isinstance(data["body"], str):
        raise ReaderError(f"{path}: the 'body' field must be text")
    return data, data["body"]


def _read_sidecar(path: Path) -> dict:
    """The fields of an optional ``NAME.meta.yaml`` beside a raw ``NAME.txt``."""
    sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
    if not os.path.isfile(sidecar):
        return {}
    name = printable_path(sidecar)
    text, _ = decode_bytes(_read_bytes(sidecar), name)
    data = parse_yaml(text.lstrip("\ufeff"), name, "metadata")
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ReaderError(f"{name}: metadata must be 'field: value' lines (title, source, date, url, author)")
    return data


def _metadata_fields(meta: dict, path: str, notes: list[str]) -> dict[str, str | None]:
    fields = {name: _field_text(meta.get(name), name, path) for name in METADATA_FIELDS}
    unknown = sorted(" ".join(str(key).split()) for key in meta if key not in METADATA_FIELDS and key != "body")
    if unknown:
        notes.append(f"ignored unknown metadata field(s): {', '.join(unknown)}"[:200])
    return fields


def _field_text(value, name: str, path: str) -> str | None:
    if isinstance(value, list) and all(item is None or _is_scalar(item) for item in value):
        value = ", ".join(str(item) for item in value if item is not None)
    elif value is not None and not _is_scalar(value):
        raise ReaderError(f"{path}: metadata field '{name}' must be text, not a {type(value).__name__}")
    if value is None:
        return None
    return " ".join(normalize_text(str(value)).split()) or None


def _is_scalar(value) -> bool:
    return isinstance(value, (str, int, float, datetime.date))
