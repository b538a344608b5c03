"""The word runs the two sides of a match share, and whether it is verbatim.

A first pass aligns the folded word lists in order (Indel opcodes = longest
common subsequence). Paraphrases often swap clauses ("X, officials said Y"
vs "Y, X"), which an in-order alignment can only credit one of, so a second
pass aligns the words the first pass left over, in their own order, and keeps
the runs that are still contiguous in both texts.
"""

from __future__ import annotations

from rapidfuzz.distance import Indel

from reader.core.model import SharedRun, Span
from reader.core.text.tokens import STOPWORDS, Token

# "Nearly all words shared in order": the share of the longer side's words
# that the in-order pass aligns.
VERBATIM_SHARE = 0.85
# Out-of-order runs need more evidence than in-order ones: two words in a row.
MIN_MOVED_RUN = 2
# Longest side aligned in one piece: Indel over n x m words costs about n*m/64
# word operations, and a passage is rarely longer than a paragraph.
MAX_WORDS = 2000


def shared_runs(a: list[Token], b: list[Token]) -> tuple[tuple[SharedRun, ...], float]:
    """Shared runs as spans into each text, and the share of words aligned in order.

    Sides longer than `MAX_WORDS` (a transcript without full stops is one
    "sentence") are cut into as many equal pieces each, aligned piece by piece,
    so the cost stays linear in the length: a run crossing a cut is split there.
    """
    if not a or not b:
        return (), 0.0
    pieces = -(-max(len(a), len(b)) // MAX_WORDS)
    if pieces == 1:
        return _shared_runs(a, b)
    runs: list[SharedRun] = []
    aligned = 0.0
    for k in range(pieces):
        piece_a = a[k * len(a) // pieces : (k + 1) * len(a) // pieces]
        piece_b = b[k * len(b) // pieces : (k + 1) * len(b) // pieces]
        found, share = _shared_runs(piece_a, piece_b)
        runs.extend(found)
        aligned += share * max(len(piece_a), len(piece_b))
    return tuple(runs), aligned / max(len(a), len(b))


def _shared_runs(a: list[Token], b: list[Token]) -> tuple[tuple[SharedRun, ...], float]:
    if not a or not b:
        return (), 0.0
    norms_a = [t.norm for t in a]
    norms_b = [t.norm for t in b]
    in_order = _equal_blocks(norms_a, norms_b)
    aligned = sum(length for _, _, length in in_order)
    moved = []
    if aligned < len(a) and aligned < len(b):  # else one side is all aligned: nothing left to move
        rest_a = _unaligned(len(a), [(start, length) for start, _, length in in_order])
        rest_b = _unaligned(len(b), [(start, length) for _, start, length in in_order])
        for start_a, start_b, length in _equal_blocks([norms_a[i] for i in rest_a], [norms_b[j] for j in rest_b]):
            moved.extend(_contiguous_pieces(rest_a[start_a : start_a + length], rest_b[start_b : start_b + length]))
    runs = [(i, j, n) for i, j, n in in_order if _meaningful(norms_a, i, n)]
    runs += [(i, j, n) for i, j, n in moved if n >= MIN_MOVED_RUN and _meaningful(norms_a, i, n)]
    runs.sort()
    spans = tuple(SharedRun(Span(a[i].start, a[i + n - 1].end), Span(b[j].start, b[j + n - 1].end)) for i, j, n in runs)
    return spans, aligned / max(len(a), len(b))


def _unaligned(size: int, blocks: list[tuple[int, int]]) -> list[int]:
    """The indexes below ``size`` outside the (start, length) blocks (which do not overlap), in order."""
    rest: list[int] = []
    end = 0
    for start, length in sorted(blocks):
        rest.extend(range(end, start))
        end = start + length
    rest.extend(range(end, size))
    return rest


def is_verbatim(in_order_share: float) -> bool:
    return in_order_share >= VERBATIM_SHARE


def _equal_blocks(a: list[str], b: list[str]) -> list[tuple[int, int, int]]:
    if not a or not b:
        return []
    return [(op.src_start, op.dest_start, op.src_end - op.src_start) for op in Indel.opcodes(a, b) if op.tag == "equal"]


def _contiguous_pieces(a_index: list[int], b_index: list[int]) -> list[tuple[int, int, int]]:
    """Split an aligned block of leftover words where either side skips a word."""
    pieces = []
    start = 0
    for k in range(1, len(a_index) + 1):
        if k == len(a_index) or a_index[k] != a_index[k - 1] + 1 or b_index[k] != b_index[k - 1] + 1:
            pieces.append((a_index[start], b_index[start], k - start))
            start = k
    return pieces


def _meaningful(norms: list[str], start: int, length: int) -> bool:
    """A run of only stopwords ("of the") is coincidence, not shared reporting (``norms``: the folded words)."""
    return any(norm not in STOPWORDS and len(norm) > 1 for norm in norms[start : start + length])
