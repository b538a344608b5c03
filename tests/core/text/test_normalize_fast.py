"""`normalize_text` skips its character-class passes on printable text: the same body as running them."""

from __future__ import annotations

import random
import re
import sys
import unicodedata

from reader.core.text import normalize
from reader.core.text.normalize import normalize_text


def _reference(raw: str) -> str:
    """`normalize_text` as it was: every pass over every text."""
    text = normalize._LINE_SEPARATORS.sub("\n", raw.replace("\r\n", "\n"))
    if "\x1b" in text or "\x9b" in text:
        text = normalize._ANSI.sub("", text)
    text = normalize._DROPPED.sub("", text)
    if "\u200b" in text:
        text = normalize._ZWSP.sub(normalize._zero_width_space, text)
    text = unicodedata.normalize("NFC", text)
    text = normalize._SPACES.sub(" ", text)
    if "  " in text:
        text = normalize._SPACE_RUN.sub(" ", text)
    if " \n" in text:
        text = normalize._TRAILING_SPACE.sub("", text)
    if "\n\n\n" in text:
        text = normalize._MANY_BLANK_LINES.sub("\n\n", text)
    return text.strip("\n ")


def test_every_character_the_skipped_passes_change_is_unprintable() -> None:
    classes = [normalize._LINE_SEPARATORS, normalize._DROPPED, normalize._SPACES, re.compile("[\x1b\x9b]")]
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if char not in "\n\t" and any(c.match(char) for c in classes):
            assert not char.isprintable(), hex(code)
            assert not unicodedata.normalize("NFC", "a" + char).replace("\n", "").replace("\t", "").isprintable()


def test_normalized_as_before() -> None:
    pieces = [
        "word",
        " ",
        "  ",
        "\n",
        "\n\n\n",
        "\t",
        "\r\n",
        "\r",
        "\u2028",
        "\x85",
        "\x0b",
        "\x00",
        "\x7f",
        "\x1b[31m",
        "\u00ad",
        "\u200b",
        "\u200e",
        "\ufeff",
        "\u00a0",
        "\u2000",
        "\u3000",
        "e\u0301",
        "é",
        "’",
        "“",
        "\u200d",
        "Å",
    ]
    rng = random.Random(9)
    for _ in range(2000):
        raw = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 30)))
        assert normalize_text(raw) == _reference(raw), repr(raw)
