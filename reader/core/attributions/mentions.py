"""The actors' mentions in one article, as source resolution indexes them."""

from __future__ import annotations

from collections.abc import Sequence

from reader.core.model import Actor

Mention = tuple[int, int, str]  # (start, end, Actor.id)


class _LastSorted:
    """The actors `mentions_in` last sorted out by article, with their mentions (one analysis' worth); one
    attribute, set at once, so that a thread reading it never pairs one tuple with another's mentions."""

    last: tuple[tuple[Actor, ...], dict[str, list[Mention]]] | None = None


def mentions_in(actors: Sequence[Actor], article_id: str) -> list[Mention]:
    """(start, end, Actor.id) of every mention of ``actors`` in article ``article_id``, sorted.

    The pipeline resolves each article's sources against one tuple of actors: their mentions are sorted
    out by article once for that tuple (the last one seen is kept), not read in full for every article
    (with twenty articles, every mention twenty times). A list may change between calls: read each time.
    """
    if not isinstance(actors, tuple):
        return sorted((m.start, m.end, actor.id) for actor in actors for m in actor.mentions if m.article == article_id)
    last = _LastSorted.last
    if last is None or last[0] is not actors:
        by_article: dict[str, list[Mention]] = {}
        for actor in actors:
            for m in actor.mentions:
                found = by_article.get(m.article)
                if found is None:
                    found = by_article[m.article] = []
                found.append((m.start, m.end, actor.id))
        for found in by_article.values():
            found.sort()
        last = _LastSorted.last = (actors, by_article)
    return list(last[1].get(article_id, ()))
