"""The merge step (last in `reader.core.align.PASSES`): matches in step become one passage.

A claim is often told in two or three sentences on both sides ("“We know how
to win elections,” she said. “We've done it in the past.”"), and the passes
match it sentence by sentence. Matches that follow each other directly on both
sides, with no sentence between them on either, are one passage: shown and
counted as one, their shared runs computed over the whole. Only sentences of
one paragraph merge: a paragraph break says a new point starts, and a list of
one-line items (a corpus of sentence pairs, say) must stay a list. A passage grows to
at most `MAX_SENTENCES` a side, so two copies of one long article stay a list
of passages a reader can step through, not one block.
"""

from __future__ import annotations

from reader.core.align.pair import PairContext
from reader.core.align.select import PassagePair, by_position
from reader.core.align.stems import SentenceStems

MAX_SENTENCES = 3


def run(pair: PairContext, passages: list[PassagePair]) -> list[PassagePair]:
    """``passages`` with in-step neighbours merged, sorted by position in a."""
    merged: list[PassagePair] = []
    for passage in by_position(passages):
        last = merged[-1] if merged else None
        if (
            last is not None
            and passage.a_first == last.a_last + 1
            and passage.b_first == last.b_last + 1
            and passage.a_last - last.a_first < MAX_SENTENCES
            and passage.b_last - last.b_first < MAX_SENTENCES
            and _same_paragraph(pair.a, last.a_last)
            and _same_paragraph(pair.b, last.b_last)
        ):
            merged[-1] = PassagePair(last.a_first, passage.a_last, last.b_first, passage.b_last, max(last.score, passage.score))
        else:
            merged.append(passage)
    return merged


def _same_paragraph(stems: SentenceStems, index: int) -> bool:
    """Whether sentence ``index`` and the next one are in one paragraph (no line break between them)."""
    return "\n" not in stems.text[stems.spans[index].end : stems.spans[index + 1].start]
