"""A sentence's opening participle clause is its source's too.

"Batting down allegations that the White House dangled the Navy job, the
report said that ..." : the clause before the comma has the main clause's
subject, the source, as its own. The attribution finder's content stops at
the cue ("that ..."), so the shared claim in the opener would count as no
one's. Here the opener is read back: the words from the start of the sentence
up to the source, when they open with a word ending in "-ing" and end with a
comma right before the source.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from reader.core.discrepancies.common import Side
from reader.core.model import Attribution, Span

_OPENER = re.compile(r"[A-Z][a-z]+ing\b[^.!?;:\"“”]*,\s*$")
MAX_OPENER = 200  # characters: an opener longer than this is more than one clause


def opener(side: Side, t: Attribution) -> Span | None:
    """The participle clause opening the sentence of ``t``'s source, when there is one."""
    if t.source is None:
        return None
    sentences = side.article.sentences
    n = bisect_right(sentences, t.source.start, key=lambda s: s.start) - 1  # sentences are in order: no scan of a novel
    start = sentences[n].start if n >= 0 and t.source.start < sentences[n].end else None
    if start is None or t.source.start - start > MAX_OPENER or t.cue.start < t.source.start:
        return None
    found = _OPENER.match(side.text, start, t.source.start)
    return Span(start, t.source.start) if found else None
