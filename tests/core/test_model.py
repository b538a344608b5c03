"""The shared model's own checks."""

from __future__ import annotations

import pytest

from reader.core.model import Article, Span

TEXT = 'Smith: "We won the vote." Then "It is over," Lee said. Jones: "No."'


def test_an_article_as_the_segmenter_makes_it_is_accepted() -> None:
    article = Article(
        "A", "a.txt", TEXT, paragraphs=(Span(0, len(TEXT)),), sentences=(Span(0, 25), Span(26, 54), Span(55, len(TEXT)))
    )
    assert article.slice(article.sentences[1]) == 'Then "It is over," Lee said.'


@pytest.mark.parametrize(
    "sentences",
    [
        (Span(0, len(TEXT)), Span(3, len(TEXT))),  # overlapping
        (Span(55, len(TEXT)), Span(26, 54), Span(0, 25)),  # out of order
    ],
)
def test_sentences_out_of_order_or_overlapping_are_refused(sentences: tuple[Span, ...]) -> None:
    # The stages bisect these spans; a hand-built article that breaks the order would lose readings silently.
    with pytest.raises(ValueError, match="text order"):
        Article("A", "a.txt", TEXT, sentences=sentences)


def test_paragraphs_out_of_order_are_refused() -> None:
    with pytest.raises(ValueError, match="paragraphs"):
        Article("A", "a.txt", TEXT, paragraphs=(Span(26, 54), Span(0, 25)))
