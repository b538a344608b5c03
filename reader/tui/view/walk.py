"""What `n`/`N` steps through when it is not stepping through pairs: an actor's mentions or search hits.

A plain object the app keeps one of; it knows the places in walking order and
which one the reader is at, and nothing about widgets, so it is tested
without an App.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reader.core.model import Actor, Attribution, Passage, SearchHit
from reader.tui.view.highlights import Decoration
from reader.tui.view.pairing import first_at_or_after, step_index


class Walk:
    """Places in walking order and the index of the current one (None: not started)."""

    def __init__(self, places: Iterable[Passage] = ()) -> None:
        self.places: list[Passage] = list(places)
        self.at: int | None = None

    @classmethod
    def of_mentions(cls, actor: Actor | None, article_ids: Sequence[str]) -> Walk:
        """The actor's mentions in the shown articles: all of the first article, then the second."""
        mentions = sorted(actor.mentions, key=lambda m: m.start) if actor is not None else []
        return cls(Passage(m.article, m.start, m.end) for article_id in article_ids for m in mentions if m.article == article_id)

    @classmethod
    def of_hits(cls, hits: Iterable[SearchHit], article_order: Sequence[str]) -> Walk:
        """Search hits in reading order: article by article (command-line order), then by offset."""
        order = {article_id: n for n, article_id in enumerate(article_order)}
        ranked = sorted(hits, key=lambda h: (order.get(h.article, len(order)), h.start))
        return cls(Passage(h.article, h.start, h.end) for h in ranked)

    def __len__(self) -> int:
        return len(self.places)

    def __bool__(self) -> bool:
        return bool(self.places)

    @property
    def current(self) -> Passage | None:
        return self.places[self.at] if self.at is not None and self.places else None

    def clear(self) -> None:
        self.places, self.at = [], None

    def mark(self, passage: Passage) -> None:
        """Make ``passage`` the current place; one the walk does not hold becomes a walk of its own."""
        if self.current == passage:
            return
        if passage in self.places:
            self.at = self.places.index(passage)
        else:
            self.places, self.at = [passage], 0

    def step(self, forward: bool, reading_article: str, reading_offset: int) -> Passage | None:
        """Move to the next (or previous) place and return it.

        Before the first step, the walk starts from where the reader is
        (``reading_offset`` in ``reading_article``, the left pane's top), so
        `n` goes to the next mention below, not back to the first one.
        """
        if not self.places:
            return None
        if self.at is None:
            shown = [n for n, place in enumerate(self.places) if place.article == reading_article]
            start = first_at_or_after([self.places[n].start for n in shown], reading_offset, forward)
            index = shown[start] if start is not None else step_index(len(self.places), None, forward)
        else:
            index = step_index(len(self.places), self.at, forward)
        self.at = index
        return self.current

    def decorations(self, article_id: str) -> list[Decoration]:
        """The current place, if it is in ``article_id``."""
        current = self.current
        if current is None or current.article != article_id:
            return []
        return [Decoration(current.start, current.end, "current")]

    def position(self) -> str:
        """``3 of 12``: where the reader is, for the status line."""
        return f"{(self.at or 0) + 1} of {len(self.places)}"


def attribution_passage(attribution: Attribution) -> Passage:
    """Where jumping to an attribution goes: from its first part (source, cue or content) to its last."""
    spans = [attribution.cue, attribution.content] + ([attribution.source] if attribution.source else [])
    return Passage(attribution.article, min(s.start for s in spans), max(s.end for s in spans))
