"""What to paint where in one pane: decorations as (start, end, role) over article offsets.

A role is the suffix of one of the pane's component classes
(``article-pane--pair-3``, ``article-pane--paraphrase``...), so the look of
each role lives in the stylesheet and follows the theme.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reader.core.model import Actor, SearchHit
from reader.tui.view.pairing import PAIR_COLOURS, ShownPair

# Colour-blind-safe hues (Okabe-Ito plus teal), one per pair colour; the app makes them
# the theme variables $pair-1 ... $pair-8, which the stylesheet blends over the pane background.
PAIR_HUES = ("#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7", "#44aa99")
# An actor's mentions: violet, a hue none of the pairs use, so a mention never reads as a pair.
MENTION_HUE = "#9b4de0"
# Where two sides disagree (issue 13): a crimson no pair uses, made $discrepancy by the app.
DISCREPANCY_HUE = "#e8175d"

# Painting order: later roles are applied on top of earlier ones.
ROLES: tuple[str, ...] = (
    *(f"pair-{n}" for n in range(1, PAIR_COLOURS + 1)),
    "paraphrase",
    "selected",
    "discrepancy",
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
    """Each pair's side in colour; words it does not share with the other side marked as paraphrase.

    A sentence in two pairs (one article fusing what two sentences of the other
    say) is split between them, each taking the part around its shared words.
    """
    found: list[Decoration] = []
    portions = _portions(text, pairs, pane)
    for pair in pairs:
        side = pair.side(pane)
        start, end = portions.get(pair.id, (side.start, side.end))
        found.append(Decoration(start, end, f"pair-{pair.colour}"))
        shared = sorted((max(s, start), min(e, end)) for s, e in pair.shared_spans(pane) if s < end and e > start)
        if shared or pair.match.kind == "paraphrase":
            for gap_start, gap_end in _gaps(start, end, shared):
                trimmed = _trim(text, gap_start, gap_end)
                if trimmed is not None:
                    found.append(Decoration(*trimmed, "paraphrase"))
    return found


def _portions(text: str, pairs: Sequence[ShownPair], pane: str) -> dict[str, tuple[int, int]]:
    """For pairs whose sides overlap in this pane: the part of its side each one paints.

    Each pair is anchored on the stretch from its first to its last shared word;
    neighbouring anchors split the text between them at the word boundary nearest the
    middle of the gap.
    """
    sides = sorted(pairs, key=lambda p: (p.side(pane).start, p.side(pane).end, p.id))
    groups: list[list[ShownPair]] = []
    reach = -1
    for pair in sides:
        side = pair.side(pane)
        if groups and side.start < reach:
            groups[-1].append(pair)
        else:
            groups.append([pair])
        reach = max(reach, side.end)
    portions: dict[str, tuple[int, int]] = {}
    for group in groups:
        if len(group) < 2:
            continue
        anchored = sorted(((_anchor(p, group, pane), p) for p in group), key=lambda t: (t[0], t[1].id))
        for k, ((start, end), pair) in enumerate(anchored):
            side = pair.side(pane)
            if k > 0:
                previous_end = anchored[k - 1][0][1]
                start = _boundary(text, previous_end, start) if start > previous_end else start
            else:
                start = side.start
            if k + 1 < len(anchored):
                next_start = anchored[k + 1][0][0]
                end = _boundary(text, end, next_start) if next_start > end else next_start
            else:
                end = side.end
            portions[pair.id] = (max(start, side.start), min(max(end, start), side.end))
    return portions


def _boundary(text: str, start: int, end: int) -> int:
    """The space in ``text[start:end]`` nearest its middle (the middle itself if none)."""
    middle = (start + end) // 2
    spaces = [k for k in range(start, end) if text[k].isspace()]
    return min(spaces, key=lambda k: abs(k - middle)) if spaces else middle


def _anchor(pair: ShownPair, group: Sequence[ShownPair], pane: str) -> tuple[int, int]:
    """From the first to the last word this pair shares and the others of its group do not
    (the fused sentence's subject is often shared with both); its side when it shares none."""
    side = pair.side(pane)
    own = _clipped(pair.shared_spans(pane), side.start, side.end)
    others = [span for other in group if other is not pair for span in other.shared_spans(pane)]
    exclusive = [gap for s, e in own for gap in _gaps(s, e, sorted(_clipped(others, s, e)))]
    spans = exclusive or own
    if not spans:
        return side.start, side.end
    return min(s for s, _ in spans), max(e for _, e in spans)


def _clipped(spans: Iterable[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    return [(max(s, start), min(e, end)) for s, e in spans if s < end and e > start]


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
