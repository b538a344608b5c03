"""Command palette providers: jump to an actor, a shared passage or any sentence.

Article-derived text is matched with rapidfuzz or the app's `SearchIndex`
(Textual's fuzzy matcher is built for command names, not prose) and shown as
`Content`, never markup. Providers reach the app through `ReaderApp`'s public
methods: ``analysis``, ``search_index``, ``select_actor``, ``select_match``,
``jump_to``.
"""

from __future__ import annotations

from functools import partial

from rapidfuzz import fuzz, utils
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from reader.model import Analysis, Passage

MAX_HITS = 20
ACTOR_CUTOFF = 60.0
SNIPPET = 70


def _excerpt(analysis: Analysis, passage: Passage, width: int = SNIPPET) -> Content:
    text = analysis.text_of(passage).replace("\n", " ")
    return Content(text if len(text) <= width else text[: width - 1] + "…")


def _label(kind: str, *parts: Content) -> Content:
    return Content.assemble(Content.styled(f"{kind}  ", "bold"), *parts)


class ActorCommands(Provider):
    """Select an actor: its mentions light up and `n` walks them."""

    def _analysis(self) -> Analysis | None:
        return getattr(self.app, "analysis", None)

    def _hit(self, actor_id: str, name: str, kind: str) -> Content:
        return _label("Actor", Content(name), Content.styled(f"  {kind}", "dim"))

    async def discover(self) -> Hits:
        analysis = self._analysis()
        if analysis is None:
            return
        ranked = sorted(analysis.actors, key=lambda a: -len(a.mentions))[:MAX_HITS]
        for actor in ranked:
            yield DiscoveryHit(
                self._hit(actor.id, actor.name, actor.kind),
                partial(self.app.select_actor, actor.id),  # type: ignore[attr-defined]
                text=actor.name,
            )

    async def search(self, query: str) -> Hits:
        analysis = self._analysis()
        if analysis is None or not query.strip():
            return
        for actor in analysis.actors:
            score = max(
                fuzz.WRatio(query, name, processor=utils.default_process) for name in (actor.name, *actor.aliases)
            )
            if score >= ACTOR_CUTOFF:
                yield Hit(
                    score / 100,
                    self._hit(actor.id, actor.name, actor.kind),
                    partial(self.app.select_actor, actor.id),  # type: ignore[attr-defined]
                    text=actor.name,
                )


class MatchCommands(Provider):
    """Select a shared passage by its words (or its id)."""

    async def search(self, query: str) -> Hits:
        analysis = getattr(self.app, "analysis", None)
        index = getattr(self.app, "search_index", None)
        if analysis is None or not query.strip():
            return
        by_id = {match.id: match for match in analysis.matches}
        if query.strip() in by_id:
            match = by_id[query.strip()]
            yield Hit(1.0, self._display(analysis, match.id), partial(self.app.select_match, match.id), text=match.id)  # type: ignore[attr-defined]
        if index is None:
            return
        seen: set[str] = set()
        for found in index.search(query, MAX_HITS * 2):
            for match in analysis.matches:
                if match.id in seen:
                    continue
                for side in (match.a, match.b):
                    if side.article == found.article and side.start < found.end and found.start < side.end:
                        seen.add(match.id)
                        yield Hit(
                            found.score / 100,
                            self._display(analysis, match.id),
                            partial(self.app.select_match, match.id),  # type: ignore[attr-defined]
                            text=match.id,
                        )
                        break
            if len(seen) >= MAX_HITS:
                return

    @staticmethod
    def _display(analysis: Analysis, match_id: str) -> Content:
        match = next(m for m in analysis.matches if m.id == match_id)
        return _label(f"Match {match.id}", Content.styled(f"{match.a.article}: ", "dim"), _excerpt(analysis, match.a))


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
            text = article.text[found.start : found.end].replace("\n", " ")
            yield Hit(
                found.score / 100,
                _label(f"Go to {found.article}", Content(text[:SNIPPET] + ("…" if len(text) > SNIPPET else ""))),
                partial(self.app.jump_to, passage),  # type: ignore[attr-defined]
                text=text,
            )
