"""Fixtures the attribution tests share."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.core.attributions import extract_attributions
from reader.core.text.build import article_from_text

Found = tuple[str | None, str, str]  # (source or None, cue, content) as text


def _found(text: str) -> list[Found]:
    art = article_from_text(text, "X")
    return [
        (art.slice(t.source) if t.source else None, art.slice(t.cue), art.slice(t.content)) for t in extract_attributions(art)
    ]


@pytest.fixture
def found() -> Callable[[str], list[Found]]:
    """``found(text)``: the (source, cue, content) text of each attribution in ``text``, one article "X"."""
    return _found
