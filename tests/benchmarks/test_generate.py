"""The benchmark documents (benchmarks/generate.py): planted pairs are where they say,
and the text gives actors and attributions something to find."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from generate import KINDS, generate  # noqa: E402

from reader.core.actors import extract_actors  # noqa: E402
from reader.core.attributions import extract_attributions  # noqa: E402
from reader.core.model import Article  # noqa: E402
from reader.core.text.build import article_from_text


@pytest.fixture(scope="module")
def pair():
    return generate(sentences=300, planted_per_kind=10, seed=3)


def _article(article_id: str, text: str) -> Article:
    return article_from_text(text, article_id)


def test_planted_spans_are_whole_sentences_of_each_document(pair) -> None:
    assert [p.kind for p in pair.planted].count("heavy") == 10
    assert {p.kind for p in pair.planted} == set(KINDS)
    for text, side in ((pair.text_a, "a"), (pair.text_b, "b")):
        sentences = {(s.start, s.end) for s in _article("A", text).sentences}
        for planted in pair.planted:
            start, end = getattr(planted, side)
            assert (start, end) in sentences, text[start:end]


def test_rewrites_keep_or_change_the_text_by_kind(pair) -> None:
    for planted in pair.planted:
        a, b = pair.text_a[slice(*planted.a)], pair.text_b[slice(*planted.b)]
        assert (a == b) == (planted.kind == "exact")


def test_same_seed_same_documents() -> None:
    first, second = generate(100, 5, seed=11), generate(100, 5, seed=11)
    assert (first.text_a, first.text_b, first.planted) == (second.text_a, second.text_b, second.planted)
    assert generate(100, 5, seed=12).text_a != first.text_a


def test_news_documents_have_actors_and_attributions(pair) -> None:
    articles = [_article("A", pair.text_a), _article("B", pair.text_b)]
    actors = extract_actors(articles)
    kinds = {actor.kind for actor in actors}
    assert {"person", "organization", "country"} <= kinds
    attributions = [t for article in articles for t in extract_attributions(article, actors)]
    assert len(attributions) > 100  # about half of 600 sentences carry a frame
    assert any(t.kind == "direct" for t in attributions) and any(t.kind == "according-to" for t in attributions)


def test_plain_documents_have_no_attributions() -> None:
    plain = generate(200, 5, seed=3, news=False)
    article = _article("A", plain.text_a)
    assert extract_attributions(article, ()) == ()
