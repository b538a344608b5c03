"""Article metadata: YAML front matter, ``.yaml`` articles and ``NAME.meta.yaml`` sidecars.

Metadata fields are text. Their YAML is read with a loader that types nothing
but null, so ``title: no``, ``source: 010`` or ``date: 12:30:00`` stay exactly
as written (plain YAML would make them False, 8 and 45000). A list of plain
values is joined with ", " (several authors); anything deeper is refused in one line.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from reader.core.errors import ReaderError
from reader.core.text.files import is_regular_file, printable_path, read_file_bytes
from reader.core.text.normalize import normalize_text
from reader.core.yaml_files import parse_yaml

METADATA_FIELDS = ("title", "source", "date", "url", "author")
SIDECAR_SUFFIX = ".meta.yaml"

_FRONT_MATTER_OPEN = re.compile(r"---[ \t]*")
_FRONT_MATTER_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)


def split_front_matter(text: str, path: Path | str = "<input>") -> tuple[dict[Any, Any], str]:
    """Metadata and body of a Markdown article with optional YAML front matter."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    first, _, rest = text.partition("\n")
    if not _FRONT_MATTER_OPEN.fullmatch(first):
        return {}, text
    close = _FRONT_MATTER_CLOSE.search(rest)
    if close is None:
        raise ReaderError(f"{path}: front matter opened with '---' on line 1 is never closed by a '---' line")
    meta = parse_yaml(rest[: close.start()], str(path), "front matter", first_line=2, strings=True)
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        last = rest.count("\n", 0, close.start()) + 1
        raise ReaderError(f"{path}: front matter (lines 2-{last}) must be 'field: value' lines")
    return meta, rest[close.end() :].removeprefix("\n")


def parse_yaml_article(text: str, path: str) -> tuple[dict[Any, Any], str]:
    data = parse_yaml(text.lstrip("\ufeff"), path, strings=True)
    if not isinstance(data, dict):
        raise ReaderError(f"{path}: a YAML article must be a mapping of fields with a 'body'")
    if "body" not in data or data["body"] is None:
        raise ReaderError(f"{path}: YAML article has no 'body' field holding its text")
    if not isinstance(data["body"], str):
        raise ReaderError(f"{path}: the 'body' field must be text")
    return data, data["body"]


def sidecar_of(path: Path) -> Path:
    return path.with_name(path.stem + SIDECAR_SUFFIX)


def is_sidecar(path: Path | str) -> bool:
    return str(path).lower().endswith(SIDECAR_SUFFIX)


def read_sidecar(path: Path) -> dict[Any, Any]:
    """The fields of an optional ``NAME.meta.yaml`` beside ``NAME.txt`` (or ``NAME.html``)."""
    sidecar = sidecar_of(path)
    if not is_regular_file(sidecar):
        return {}
    name = printable_path(sidecar)
    raw = read_file_bytes(sidecar, "metadata")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReaderError(f"{name}: metadata is not UTF-8 text (byte {exc.start})") from None
    data = parse_yaml(text, name, "metadata", strings=True)
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ReaderError(f"{name}: metadata must be 'field: value' lines (title, source, date, url, author)")
    return data


def metadata_fields(meta: dict[Any, Any], path: str, notes: list[str]) -> dict[str, str | None]:
    fields = {name: _field_text(meta.get(name), name, path) for name in METADATA_FIELDS}
    unknown = sorted(" ".join(str(key).split()) for key in meta if key not in METADATA_FIELDS and key != "body")
    if unknown:
        notes.append(f"ignored unknown metadata field(s): {', '.join(unknown)}"[:200])
    return fields


def _field_text(value: Any, name: str, path: str) -> str | None:
    if isinstance(value, list):
        if not all(item is None or isinstance(item, str) for item in value):
            raise ReaderError(f"{path}: metadata field '{name}' must be text or a list of texts, not a nested list or mapping")
        value = ", ".join(item for item in value if item is not None)
    elif isinstance(value, dict):
        raise ReaderError(f"{path}: metadata field '{name}' must be text, not a mapping (quote the value if it holds ': ')")
    elif value is not None and not isinstance(value, str):  # only reachable through YAML tags (!!int 3)
        value = str(value)
    if value is None:
        return None
    return " ".join(normalize_text(value).split()) or None
