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


def test_results_travel_back_with_their_articles_packed() -> None:
    import io

    from reader.core.model import Span
    from reader.core.pipeline import analyze
    from reader.core.search import SearchIndex
    from reader.tui.children import packed_result, unpacked_result

    articles = load_articles([SEED])
    analysis = analyze(articles)
    index = SearchIndex.build(articles)

    class NoSpans(pickle.Unpickler):  # the index's trip carries no Span at all: arrays instead
        def find_class(self, module: str, name: str):  # type: ignore[no-untyped-def]
            found = super().find_class(module, name)
            assert found is not Span
            return found

    sent = pickle.dumps(packed_result(analysis))
    assert pickle.loads(sent).articles == pack_all(articles)
    assert unpacked_result(pickle.loads(sent)) == analysis
    back = unpacked_result(NoSpans(io.BytesIO(pickle.dumps(packed_result(index)))).load())
    assert back.articles == articles and back.search("ceasefire") == index.search("ceasefire")
