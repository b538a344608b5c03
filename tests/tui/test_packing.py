"""Articles packed for a child process come back equal, metadata and spans alike."""

from __future__ import annotations

import pickle
from pathlib import Path

from reader.core.text.build import article_from_text
from reader.core.text.loader import load_articles
from reader.tui.packing import pack, pack_all, unpack, unpack_all

SEED = Path(__file__).resolve().parents[2] / "articles"


def test_packed_articles_unpack_equal_after_pickling() -> None:
    articles = load_articles([SEED])
    assert unpack_all(pickle.loads(pickle.dumps(pack_all(articles)))) == articles


def test_metadata_and_empty_spans_survive() -> None:
    article = article_from_text("One. Two.\n\nThree.", "C", title="T", source="S", notes=("decoded as cp1252",))
    bare = article.__class__(id="D", path="d.txt", text="")
    assert unpack(pickle.loads(pickle.dumps(pack(article)))) == article
    assert unpack(pack(bare)) == bare


def test_an_article_passes_unpack_as_it_is() -> None:
    article = article_from_text("One.", "A")
    assert unpack(article) is article
