"""`mentions_by_article`: the actors' mentions sorted out by article once per analysis, and what uses it."""

from __future__ import annotations

from reader.core.attributions import extract_all_attributions, extract_attributions
from reader.core.model import Actor, Article, Mention, Span, mentions_by_article


def _actors(shift: int = 0) -> tuple[Actor, ...]:
    return (
        Actor("b", "B", "person", mentions=(Mention("A", 40 + shift, 45 + shift), Mention("B", 3, 8), Mention("A", 5, 9))),
        Actor("a", "A", "organization", mentions=(Mention("A", 5, 9), Mention("A", 1, 2))),
        Actor("c", "C", "place", mentions=(Mention("C", 7, 9),)),
    )


def test_mentions_by_article_are_each_articles_sorted_mentions() -> None:
    actors = _actors()
    got = mentions_by_article(actors)
    for article in ("A", "B", "C"):
        assert got[article] == sorted((m.start, m.end, a.id) for a in actors for m in a.mentions if m.article == article)
    assert got["A"] == [(1, 2, "a"), (5, 9, "a"), (5, 9, "b"), (40, 45, "b")]
    assert "D" not in got and mentions_by_article(list(actors)) == got and mentions_by_article(()) == {}


def test_all_articles_at_once_are_each_article_in_turn() -> None:
    texts = {"A": "Okafor said the plan would work. Ruiz told reporters it would not.", "B": "Ruiz said it was late."}
    articles = [Article(key, key, text) for key, text in texts.items()]
    actors = (
        Actor("okafor", "Okafor", "person", mentions=(Mention("A", 0, 6),)),
        Actor("ruiz", "Ruiz", "person", mentions=(Mention("A", 33, 37), Mention("B", 0, 4))),
    )
    each = tuple(t for article in articles for t in extract_attributions(article, actors))
    assert extract_all_attributions(articles, actors) == each
    assert {t.source_actor for t in each} == {"okafor", "ruiz"} and all(isinstance(t.cue, Span) for t in each)
