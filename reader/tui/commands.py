"""Command palette providers: jump to an actor, a shared passage or any sentence.

Article-derived text is matched with rapidfuzz or the app's `SearchIndex`
(Textual's fuzzy matcher is built for command names, not prose) and shown as
`Content`, never markup. Providers reach the app through `ReaderApp`'s public
methods: ``analysis``, ``search_index``, ``select_actor``, ``select_match``,
``pair_label``, ``jump_to``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from reader.core.model import Analysis, Match, Passage
from reader.core.span_index import SpanIndex
from reader.render.snippets import one_line
from reader.tui.view.names import outlet_name
from reader.tui.widgets.sidebar.rows import displayable

MAX_HITS = 20
ACTOR_CUTOFF = 60.0
SNIPPET = 70
# Hit scores are 0..1. Only an exact actor name scores 1; every other hit is scaled below it,
# since "Hamas" matches passages that mention Hamas as perfectly as the actor itself.
EXACT_SCORE = 1.0
FUZZY_SHARE = 0.0099  # a 0..100 similarity to at most 0.99


def _excerpt(text: str) -> Content:
    return Content(displayable(one_line(text, SNIPPET)))


def _label(kind: str, *parts: Content) -> Content:
    return Content.assemble(Content.styled(f"{kind}  ", "bold"), *parts)


class ActorCommands(Provider):
    """Select an actor: its mentions light up and `n` walks them."""

    def _analysis(self) -> Analysis | None:
        return getattr(self.app, "analysis", None)

    def _hit(self, name: str, kind: str) -> Content:
        return _label("Actor", Content(displayable(name)), Content.styled(f"  {kind}", "dim"))

    async def discover(self) -> Hits:
        analysis = self._analysis()
        if analysis is None:
            return
        ranked = sorted(analysis.actors, key=lambda a: -len(a.mentions))[:MAX_HITS]
        for actor in ranked:
            yield DiscoveryHit(
                self._hit(actor.name, actor.kind),
                partial(self.app.select_actor, actor.id),  # type: ignore[attr-defined]
                text=actor.name,
            )

    async def search(self, query: str) -> Hits:
        analysis = self._analysis()
        if analysis is None or not query.strip():
            return
        from rapidfuzz import fuzz, utils  # here: the palette is opened long after the first frame

        wanted = utils.default_process(query)
        for actor in analysis.actors:
            names = (actor.name, *actor.aliases)
            if any(utils.default_process(name) == wanted for name in names):
                score = EXACT_SCORE  # the actor the user typed the name of goes above any passage that mentions it
            else:
                score = max(fuzz.WRatio(query, name, processor=utils.default_process) for name in names) * FUZZY_SHARE
            if score >= ACTOR_CUTOFF * FUZZY_SHARE:
                yield Hit(
                    score,
                    self._hit(actor.name, actor.kind),
                    partial(self.app.select_actor, actor.id),  # type: ignore[attr-defined]
                    text=actor.name,
                )


class MatchIndex:
    """An analysis's matches, per article, by where their sides start.

    Built once per analysis, so a palette keystroke costs a few bisections
    per search hit rather than a pass over every match.
    """

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        sides: dict[str, list[tuple[int, int, int]]] = defaultdict(list)  # article -> (start, end, match number)
        for number, match in enumerate(analysis.matches):
            for side in (match.a, match.b):
                sides[side.article].append((side.start, side.end, number))
        self._sides = {article_id: SpanIndex(sorted(found)) for article_id, found in sides.items()}

    def overlapping(self, article_id: str, start: int, end: int) -> Iterator[Match]:
        """Matches with a side in ``article_id`` overlapping ``[start, end)``, in order of that side's start."""
        index = self._sides.get(article_id)
        if index is None:
            return
        for _, _, number in index.overlapping(start, end):
            yield self.analysis.matches[number]


_index_cache: list[MatchIndex] = []  # the index of the last analysis searched (analyses are immutable)


def match_index(analysis: Analysis) -> MatchIndex:
    if not _index_cache or _index_cache[0].analysis is not analysis:
        _index_cache[:] = [MatchIndex(analysis)]
    return _index_cache[0]


class MatchCommands(Provider):
    """Select a shared passage by its words."""

    async def search(self, query: str) -> Hits:
        analysis = getattr(self.app, "analysis", None)
        search_index = getattr(self.app, "search_index", None)
        if analysis is None or not query.strip():
            return
        matches = match_index(analysis)
        if search_index is None:
            return
        seen: set[str] = set()
        for found in search_index.search(query, MAX_HITS * 2):
            for match in matches.overlapping(found.article, found.start, found.end):
                if match.id in seen:
                    continue
                seen.add(match.id)
                display = self._display(analysis, match)
                yield Hit(
                    found.score * FUZZY_SHARE,
                    display,
                    partial(self.app.select_match, match.id),  # type: ignore[attr-defined]
                    text=display.plain,
                )
                if len(seen) >= MAX_HITS:
                    return

    def _display(self, analysis: Analysis, match: Match) -> Content:
        label = self.app.pair_label(match)  # type: ignore[attr-defined]
        side = analysis.article(match.a.article)
        return _label(
            label,
            Content.styled(f"{match.a.article} ({one_line(outlet_name(side), 20)}): ", "dim"),
            _excerpt(analysis.text_of(match.a)),
        )


class PassageCommands(Provider):
    """Jump to any sentence of any open article (typo-tolerant search)."""

    async def search(self, query: str) -> Hits:
        index = getattr(self.app, "search_index", None)
        if index is None or not query.strip():
            return
        articles = {article.id: article for article in index.articles}
        for found in index.search(query, MAX_HITS):
            article = articles[found.article]
            passage = Passage(found.article, found.start, found.end)
            text = article.text[found.start : found.end]
            yield Hit(
                found.score * FUZZY_SHARE,
                _label(
                    f"Go to {found.article}",
                    Content.styled(f"{one_line(outlet_name(article), 20)}  ", "italic dim"),
                    _excerpt(text),
                ),
                partial(self.app.jump_to, passage),  # type: ignore[attr-defined]
                text=text,
            )
