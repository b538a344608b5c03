"""Fixtures the attribution tests share."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.core.attributions import extract_attributions
from reader.core.text.build import article_from_text

Found = tuple[str | None, str, str]  # (source or None, cue, content) as text


def _attributions(text: str, with_class: bool) -> list[tuple[str | None, ...]]:
    art = article_from_text(text, "X")
    return [
        (art.slice(t.source) if t.source else None, art.slice(t.cue), art.slice(t.content))
        + ((t.cue_class,) if with_class else ())
        for t in extract_attributions(art)
    ]


def _found(text: str, keep: Callable[[Found], object] | None = None) -> list[Found]:
    every: list[Found] = _attributions(text, with_class=False)  # type: ignore[assignment]
    return every if keep is None else [f for f in every if keep(f)]


@pytest.fixture
def found() -> Callable[..., list[Found]]:
    """``found(text)``: the (source, cue, content) text of each attribution in ``text``, one article "X";
    ``found(text, keep)``: only those ``keep`` says yes to."""
    return _found


def _only(expected: Found | None) -> list[Found]:
    return [expected] if expected else []


@pytest.fixture
def only() -> Callable[[Found | None], list[Found]]:
    """``only(expected)``: what a one-sentence case expects, ``expected`` alone or nothing (None)."""
    return _only


Classed = tuple[str | None, str, str, str]  # (source or None, cue, content, cue class) as text


def _classed(text: str) -> list[Classed]:
    return _attributions(text, with_class=True)  # type: ignore[return-value]


@pytest.fixture
def classed() -> Callable[[str], list[Classed]]:
    """``classed(text)``: like ``found``, with each attribution's cue class last."""
    return _classed
