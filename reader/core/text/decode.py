"""Bytes to text for articles: byte-order marks, UTF-8, and the fallbacks scraped files need."""

from __future__ import annotations

import re
from pathlib import Path

from reader.core.errors import ReaderError

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
