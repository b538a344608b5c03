"""The matches between the two articles on screen, oriented left/right, and walking them.

Pure functions: the app keeps which two articles are side by side; this module
says which matches connect them, which colour each pair gets, where the
other pane should scroll to follow, and what `n`/`N` moves to next.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from reader.core.model import Match, Passage

PAIR_COLOURS = 8  # $pair-1 ... $pair-8 in the stylesheet


@dataclass(frozen=True, slots=True)
class ShownPair:
    """One match as it appears on screen: which side is in which pane, and its colour."""

    match: Match
    left: Passage
    right: Passage
    colour: int  # 1..PAIR_COLOURS

    @property
    def id(self) -> str:
        return self.match.id

    def side(self, pane: str) -> Passage:
        return self.left if pane == "left" else self.right

    def shared_spans(self, pane: str) -> tuple[tuple[int, int], ...]:
        """The shared word runs of this pane's side, as offsets into its article."""
        use_a = self.side(pane).article == self.match.a.article
        return tuple((run.a.start, run.a.end) if use_a else (run.b.start, run.b.end) for run in self.match.shared)


def orient(match: Match, left_id: str, colour: int = 1) -> ShownPair:
    """``match`` seen with ``left_id``'s side on the left (its ``a`` side when neither is ``left_id``)."""
    if match.b.article == left_id and match.a.article != left_id:
        return ShownPair(match, match.b, match.a, colour)
    return ShownPair(match, match.a, match.b, colour)


def shown_pairs(matches: Sequence[Match], left_id: str, right_id: str) -> tuple[ShownPair, ...]:
    """Matches between ``left_id`` and ``right_id``, in reading order of the left article.

    Colours cycle in that order, so neighbouring passages never share one.
    """
    oriented: list[tuple[Passage, Passage, Match]] = []
    for match in matches:
        if match.a.article == left_id and match.b.article == right_id:
            oriented.append((match.a, match.b, match))
        elif match.b.article == left_id and match.a.article == right_id:
            oriented.append((match.b, match.a, match))
    oriented.sort(key=lambda t: (t[0].start, t[1].start, t[2].id))
    return tuple(ShownPair(match, left, right, index % PAIR_COLOURS + 1) for index, (left, right, match) in enumerate(oriented))


def pair_at(pairs: Sequence[ShownPair], pane: str, offset: int) -> ShownPair | None:
    """The pair whose side in ``pane`` covers ``offset`` (the shortest, if nested)."""
    best: ShownPair | None = None
    for pair in pairs:
        side = pair.side(pane)
        if side.start <= offset < side.end and (best is None or side.end - side.start < len(best.side(pane).span)):
            best = pair
    return best


@dataclass(frozen=True, slots=True)
class Anchor:
    """Two offsets, one per pane, that should sit at the same screen row."""

    source: int
    target: int


def follow_anchor(pairs: Sequence[ShownPair], source_pane: str, offset: int) -> Anchor | None:
    """The anchor for linked scrolling: the nearest pair starting at or before ``offset``.

    Aligning on the preceding matched passage (not on line numbers) keeps the
    two reports of the same event level even when one article has extra
    paragraphs before it. None when no pair precedes ``offset``.
    """
    target_pane = "right" if source_pane == "left" else "left"
    best: ShownPair | None = None
    for pair in pairs:
        start = pair.side(source_pane).start
        if start <= offset and (best is None or start > best.side(source_pane).start):
            best = pair
    if best is None:
        return None
    return Anchor(best.side(source_pane).start, best.side(target_pane).start)


def step_index(count: int, current: int | None, forward: bool) -> int | None:
    """The next (or previous) index in a ring of ``count`` items, starting from ``current``."""
    if count == 0:
        return None
    if current is None:
        return 0 if forward else count - 1
    return (current + (1 if forward else -1)) % count


def wrap_note(before: int | None, after: int, forward: bool) -> str:
    """`` · wrapped to the first`` when a step went round the ring; empty otherwise."""
    if before is None:
        return ""
    if forward and after <= before:
        return " · wrapped to the first"
    if not forward and after >= before:
        return " · wrapped to the last"
    return ""


def first_at_or_after(starts: Sequence[int], offset: int, forward: bool) -> int | None:
    """Where to start walking a sorted list of ``starts`` from the reader's position."""
    if not starts:
        return None
    if forward:
        index = bisect_left(starts, offset)
        return index if index < len(starts) else 0
    index = bisect_right(starts, offset) - 1
    return index if index >= 0 else len(starts) - 1


def next_pair_index(pairs: Sequence[ShownPair], current: int | None, top_offset: int, forward: bool) -> int | None:
    """Where `n`/`N` goes among ``pairs``: on from ``current``, else from the left pane's top line."""
    if current is not None:
        return step_index(len(pairs), current, forward)
    return first_at_or_after([p.left.start for p in pairs], top_offset, forward)


# Which two articles are side by side (three or more loaded) ------------------


def with_article(pair_ids: tuple[str, str], wanted: str, side: str) -> tuple[str, str]:
    """The pair after putting ``wanted`` in the ``side`` pane; if it was in the other pane, the two swap."""
    left, right = pair_ids
    if side == "left":
        return (wanted, left if wanted == right else right)
    return (right if wanted == left else left, wanted)


def next_unshown(article_ids: Sequence[str], pair_ids: tuple[str, str], side: str, step: int) -> str | None:
    """The next article (``step`` +1 or -1, wrapping) after the ``side`` pane's one that neither pane shows."""
    index = list(article_ids).index(pair_ids[side == "right"])
    for _ in range(len(article_ids)):
        index = (index + step) % len(article_ids)
        if article_ids[index] not in pair_ids:
            return article_ids[index]
    return None
