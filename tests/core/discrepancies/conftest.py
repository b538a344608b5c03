"""Run the whole pipeline on short self-written texts and look at the discrepancies found."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.core.model import Analysis, Discrepancy
from reader.core.pipeline import analyze
from reader.core.text.build import article_from_text


def _analyse(*texts: str) -> Analysis:
    ids = "ABCDEFG"
    return analyze([article_from_text(text, ids[n], f"{ids[n]}.txt") for n, text in enumerate(texts)])


def _found(analysis: Analysis, kind: str) -> list[tuple[str, str, Discrepancy]]:
    """(text in A, text in B, discrepancy) of each discrepancy of ``kind``."""
    return [(analysis.text_of(d.a), analysis.text_of(d.b), d) for d in analysis.discrepancies if d.kind == kind]


@pytest.fixture
def analyse() -> Callable[..., Analysis]:
    return _analyse


@pytest.fixture
def found() -> Callable[[Analysis, str], list[tuple[str, str, Discrepancy]]]:
    return _found
