"""What to paint where in one pane: decorations as (start, end, role) over article offsets.

A role is the suffix of one of the pane's component classes
(``article-pane--pair-3``, ``article-pane--paraphrase``...), so the look of
each role lives in the stylesheet and follows the theme.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reader.model import Actor, SearchHit
from reader.tui.pairing import PAIR_COLOURS, ShownPair

# Colour-blind-safe hues (Okabe-Ito plus teal), one per pair colour; the app makes them
# the theme variables $pair-1 ... $pair-8, which the stylesheet blends over the pane background.
PAIR_HUES = ("#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7", "#44aa99")
# An actor's mentions: violet, a hue none of the pairs use, so a mention never reads as a pair.
MENTION_HUE = "#9b4de0"

# Painting order: later roles are applied on top of earlier ones.
ROLES: tuple[str, ...] = (
    *(f"pair-{n}" for n in range(1, PAIR_COLOURS + 1)),
    "paraphrase",
    "selected",
    "mention",
    "hit",
    "hit-word",
    "current",
)
ROLE_RANK = {role: rank for rank, role in enumerate(ROLES)}


@dataclass(frozen=True, slots=True)
class Decoration:
    start: int
    end: int
    role: str


def pair_decorations(text: str, pairs: Sequence[ShownPair], pane: str) -> list[Decoration]:
    """Each pair's side in colour; words it does not share with the other side marked as paraphrase."""
    found: list[Decoration] = []
    for pair in pairs:
        side = pair.side(pane)
        found.append(Decoration(side.start, side.end, f"pair-{pair.colour}"))
        shared = sorted(
            (max(s, side.start), min(e, side.end)) for s, e in pair.shared_spans(pane) if s < side.end and e > side.start
        )
        if shared or pair.match.kind == "paraphrase":
            for start, end in _gaps(side.start, side.end, shared):
                trimmed = _trim(text, start, end)
                if trimmed is not None:
                    found.append(Decoration(*trimmed, "paraphrase"))
    return found


def selected_decorations(pairs: Sequence[ShownPair], pane: str, selected: str | None) -> list[Decoration]:
    """The selected pair's side; its own layer, so moving the selection repaints little."""
    return [Decoration(p.side(pane).start, p.side(pane).end, "selected") for p in pairs if p.id == selected]


def mention_decorations(actor: Actor | None, article_id: str) -> list[Decoration]:
    if actor is None:
        return []
    return [Decoration(m.start, m.end, "mention") for m in actor.mentions if m.article == article_id]


def hit_decorations(hits: Iterable[SearchHit], article_id: str) -> list[Decoration]:
    found: list[Decoration] = []
    for hit in hits:
        if hit.article != article_id:
            continue
        found.append(Decoration(hit.start, hit.end, "hit"))
        found.extend(Decoration(span.start, span.end, "hit-word") for span in hit.matched)
    return found


def in_painting_order(decorations: Iterable[Decoration]) -> list[Decoration]:
    return sorted(decorations, key=lambda d: (ROLE_RANK.get(d.role, len(ROLES)), d.start, d.end))


def _gaps(start: int, end: int, covered: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    gaps: list[tuple[int, int]] = []
    pos = start
    for s, e in covered:
        if s > pos:
            gaps.append((pos, s))
        pos = max(pos, e)
    if pos < end:
        gaps.append((pos, end))
    return gaps


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The gap without the spaces and punctuation around it; None if nothing is left."""
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return (start, end) if start < end else None
