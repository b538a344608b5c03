"""Quotations as spans: marks of every kind, quotes running over paragraphs, marks typed the wrong way round."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from reader.core.model import Span
from reader.core.text.build import article_from_text
from reader.core.text.quotes import RECENT, find_quotes


def said(text: str) -> list[str]:
    """What each quote of ``text`` says (its inner text)."""
    article = article_from_text(text)
    return [text[q.inner.start : q.inner.end] for q in find_quotes(article).quotes]


def test_straight_curly_guillemet_and_doubled_apostrophe_quotes() -> None:
    assert said('"We won," he said.') == ["We won,"]
    assert said("“We won,” he said.") == ["We won,"]
    assert said("«Nous avons gagné», a-t-il dit.") == ["Nous avons gagné"]
    assert said("''Like this,'' she said.") == ["Like this,"]


def test_a_quote_continued_into_the_next_paragraph_is_one_quote() -> None:
    text = "“The first part.\n\n“The second part,” she said."
    quotes = find_quotes(article_from_text(text)).quotes
    assert len(quotes) == 1 and quotes[0].paragraphs == 2
    assert text[quotes[0].inner.start : quotes[0].inner.end] == "The first part.\n\n“The second part,"


def test_a_quote_left_open_ends_with_its_paragraph() -> None:
    assert said("“Never closed, he said.\n\nThe next paragraph is narration.") == ["Never closed, he said."]


def test_a_closing_mark_typed_as_an_opening_one_still_closes() -> None:
    # Seen in real scraped news: 'here,“ said X' lost the quotation and its speaker.
    assert said("“We will stay here,“ said the mayor.") == ["We will stay here,"]


def test_an_opening_mark_typed_as_a_closing_one_still_opens() -> None:
    assert said("”Yes,” she said.") == ["Yes,"]


def test_single_quotes_nested_in_double_ones_do_not_end_them() -> None:
    assert said("“He told me ‘go home’ and left,” she said.") == ["He told me ‘go home’ and left,"]


@given(st.text(alphabet="ab “”\"'«»\n.,", max_size=80))
def test_quotes_are_ordered_disjoint_spans_inside_the_text(text: str) -> None:
    article = article_from_text(text)
    quotes = find_quotes(article).quotes
    last_end = 0
    for quote in quotes:
        assert last_end <= quote.outer.start <= quote.inner.start <= quote.inner.end <= quote.outer.end
        assert quote.outer.end <= len(article.text)
        last_end = quote.outer.end


class _CountedSpan(Span):
    """A paragraph span that counts how often it is hashed."""

    hashed = 0

    def __hash__(self) -> int:
        type(self).hashed += 1
        return hash((self.start, self.end))


def test_asking_again_for_the_same_articles_quotes_hashes_nothing() -> None:
    # Attributions and three discrepancy finders ask for one article's quotes: a repeat must not hash the
    # article's paragraphs again (a long article has hundreds).
    text = "“One,” she said.\n\n“Two,” he said.\n\n“Three.”"
    plain = article_from_text(text)
    article = replace(plain, paragraphs=tuple(_CountedSpan(p.start, p.end) for p in plain.paragraphs))
    first = find_quotes(article)
    _CountedSpan.hashed = 0
    assert find_quotes(article) is first and _CountedSpan.hashed == 0
    assert [text[q.inner.start : q.inner.end] for q in first.quotes] == ["One,", "Two,", "Three."]


def test_the_kept_quotes_are_bounded_and_an_equal_article_gets_equal_quotes() -> None:
    articles = [article_from_text(f"“Number {n},” she said.") for n in range(RECENT + 1)]
    first = find_quotes(articles[0])
    for article in articles[1:]:
        find_quotes(article)
    again = find_quotes(articles[0])  # pushed out by the later ones: found afresh, the same quotes
    assert again is not first and again.quotes == first.quotes
    copy = replace(articles[1])
    assert find_quotes(copy).quotes == find_quotes(articles[1]).quotes
