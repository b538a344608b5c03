"""Load articles from files: decode, read metadata, normalise, strip furniture, segment.

Supported: ``.txt`` (raw text), ``.md`` (optional YAML front matter) and
``.yaml``/``.yml`` (metadata fields plus ``body``). A directory stands for the
articles in it. Every failure the user can fix raises `ReaderError` with a
one-line message; nothing here writes to a file.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

import yaml

from reader import segment
from reader.errors import ReaderError
from reader.model import Article
from reader.normalize import normalize_text

MAX_FILE_BYTES = 5 * 1024 * 1024  # 5 MiB: ~4x the largest document the benchmarks use
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".yaml", ".yml")
METADATA_FIELDS = ("title", "source", "date", "url", "author")
SIDECAR_SUFFIX = ".meta.yaml"


def article_ids(count: int) -> list[str]:
    """"A", "B", ..., "Z", "AA", "AB", ... in command-line order."""
    ids = []
    for n in range(count):
        label = ""
        n += 1
        while n:
            n, rem = divmod(n - 1, 26)
            label = chr(65 + rem) + label
        ids.append(label)
    return ids


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Files named on the command line, with each directory replaced by its articles."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p for p in path.iterdir()
                if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.endswith(SIDECAR_SUFFIX)
            )
            if not found:
                raise ReaderError(f"{path}: directory holds no articles (.txt, .md, .yaml)")
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            raise ReaderError(f"{path}: no such file")
    return files


def load_articles(paths: Sequence[str | os.PathLike[str]]) -> tuple[Article, ...]:
    files = expand_paths(paths)
    if not files:
        raise ReaderError("no articles given")
    return tuple(load_article(path, article_id) for path, article_id in zip(files, article_ids(len(files))))


def load_article(path: str | os.PathLike[str], article_id: str = "A") -> Article:
    path = Path(path)
    raw = _read_bytes(path)
    text, notes = decode_bytes(raw, path)
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        meta, body = _parse_yaml_article(text, path)
    elif suffix in (".md", ".markdown"):
        meta, body = split_front_matter(text, path)
    else:
        meta, body = {}, text
    sidecar = _read_sidecar(path)
    meta = {**sidecar, **meta}
    body = normalize_text(body)
    body, furniture = strip_furniture(body)
    if not body.strip():
        raise ReaderError(f"{path}: article is empty")
    if not meta.get("title") and furniture.get("headline"):
        meta["title"] = furniture["headline"]
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
        **{k: _clean_meta(meta.get(k)) for k in METADATA_FIELDS},
    )


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise ReaderError(f"{path}: is a directory")
        if size > MAX_FILE_BYTES:
            raise ReaderError(
                f"{path}: file is {size / 1048576:.1f} MiB; the limit is {MAX_FILE_BYTES // 1048576} MiB"
            )
        with path.open("rb") as handle:  # read-only: reader never writes to an article
            return handle.read(MAX_FILE_BYTES + 1)
    except ReaderError:
        raise
    except FileNotFoundError:
        raise ReaderError(f"{path}: no such file") from None
    except PermissionError:
        raise ReaderError(f"{path}: permission denied") from None
    except OSError as exc:
        raise ReaderError(f"{path}: cannot read ({exc.strerror or exc})") from None


def decode_bytes(raw: bytes, path: Path | str = "<input>") -> tuple[str, list[str]]:
    """Text of ``raw``: UTF-8 (with or without BOM, or UTF-16 with BOM), else cp1252, else Latin-1."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), []
        except UnicodeDecodeError:
            raise ReaderError(f"{path}: not valid UTF-16 text") from None
    if _looks_binary(raw):
        raise ReaderError(f"{path}: looks like a binary file, not text")
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        position = exc.start
    for encoding in ("cp1252", "latin-1"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text, [f"not valid UTF-8 (byte {position}); decoded as {encoding}"]
    raise ReaderError(f"{path}: cannot decode text")  # unreachable: latin-1 decodes anything


def _looks_binary(raw: bytes) -> bool:
    sample = raw[:8192]
    if b"\x00" in sample:
        return True
    if not sample:
        return False
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(sample) > 0.1


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


def split_front_matter(text: str, path: Path | str = "<input>") -> tuple[dict, str]:
    """Metadata and body of a Markdown article with optional YAML front matter."""
    text = text.lstrip("\ufeff")
    if not text.startswith("---"):
        return {}, text
    m = _FRONT_MATTER.match(text.replace("\r\n", "\n"))
    if not m:
        raise ReaderError(f"{path}: front matter opened with '---' on line 1 is never closed")
    meta = _safe_yaml(m.group(1), path, line_offset=1, what="front matter")
    if not isinstance(meta, dict):
        raise ReaderError(f"{path}: front matter must be a mapping of fields (title: ..., source: ...)")
    return meta, text.replace("\r\n", "\n")[m.end():]


def _parse_yaml_article(text: str, path: Path) -> tuple[dict, str]:
    data = _safe_yaml(text, path, line_offset=0, what="YAML")
    if not isinstance(data, dict):
        raise ReaderError(f"{path}: a YAML article must be a mapping with a 'body' field")
    body = data.get("body")
    if not isinstance(body, str):
        raise ReaderError(f"{path}: a YAML article needs a text 'body' field")
    return data, body


def _safe_yaml(text: str, path: Path | str, line_offset: int, what: str):
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1 + line_offset}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "invalid syntax"
        raise ReaderError(f"{path}: malformed {what}{where}: {problem}") from None


def _read_sidecar(path: Path) -> dict:
    """Optional ``NAME.meta.yaml`` beside a raw ``.txt`` article, for its title and source."""
    sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
    if path.suffix.lower() != ".txt" or not sidecar.is_file():
        return {}
    text, _ = decode_bytes(_read_bytes(sidecar), sidecar)
    data = _safe_yaml(text, sidecar, line_offset=0, what="metadata")
    if not isinstance(data, dict):
        raise ReaderError(f"{sidecar}: metadata must be a mapping of fields")
    return data


def _clean_meta(value) -> str | None:
    if value is None:
        return None
    return normalize_text(str(value)).replace("\n", " ") or None


# --- scraped furniture -------------------------------------------------------------

_CREDIT_HINT = re.compile(r"(?:/|\b(?:photo|credit|reuters|afp|ap|getty|flash ?90|illustrative)\b)", re.I)
MAX_HEADLINE_CHARS = 120
MAX_CAPTION_CHARS = 200


def strip_furniture(text: str) -> tuple[str, dict[str, str]]:
    """Remove a photo caption / repeated caption / glued credit and a headline from the top.

    Scrapers glue the image caption above the story, often twice, the second
    time with the photographer's credit run into it ("CaptionEmad Nassar/Flash 90").
    """
    furniture: dict[str, str] = {}
    lines = text.split("\n")
    if len(lines) >= 2:
        first, second = lines[0].strip(), lines[1].strip()
        if first and len(first) <= MAX_CAPTION_CHARS and second.startswith(first) and not _ends_sentence(first):
            furniture["caption"] = first
            credit = second[len(first):].strip()
            if credit:
                furniture["credit"] = credit
            text = "\n".join(lines[2:]).lstrip("\n ")
    lines = text.split("\n")
    if len(lines) >= 3 and lines[1].strip() == "":
        first = lines[0].strip()
        if 0 < len(first) <= MAX_HEADLINE_CHARS and not _ends_sentence(first) and not _CREDIT_HINT.search(first) and len(first.split()) >= 2:
            furniture["headline"] = first
            text = "\n".join(lines[2:]).lstrip("\n ")
    return text, furniture


def _ends_sentence(line: str) -> bool:
    return line.rstrip("\"'”’)").endswith((".", "!", "?", ":", ";", ","))


def with_id(article: Article, article_id: str) -> Article:
    return replace(article, id=article_id)
