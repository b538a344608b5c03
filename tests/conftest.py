"""Fixtures every test folder shares: paths, articles built from text, the seed pair and its analysis.

Self-written fixture articles live in tests/fixtures/ (unit-test material, not
evidence of quality); real-text figures come from benchmarks/real/.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reader.core.model import Analysis, Article
from reader.core.pipeline import analyze
from reader.core.text.build import article_from_text
from reader.core.text.loader import load_articles

ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = ROOT / "articles"
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture
def article() -> Callable[..., Article]:
    """``article(text, "B")``: an Article over ``text`` as given, segmented."""
    return article_from_text


@pytest.fixture(scope="session")
def seed_paths() -> list[str]:
    """The two bundled articles, in command-line order."""
    return sorted(str(p) for p in SEED_DIR.glob("*.txt"))


@pytest.fixture(scope="session")
def seed_pair(seed_paths: list[str]) -> tuple[Article, ...]:
    return load_articles(seed_paths)


@pytest.fixture(scope="session")
def seed_analysis(seed_pair: tuple[Article, ...]) -> Analysis:
    """The whole analysis of the seed pair, computed once per run (it is immutable)."""
    return analyze(seed_pair)
