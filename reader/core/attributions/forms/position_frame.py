"""The position frame: `Grassley has refused to hold hearings`, `the company agreed to pay $325 million`.

Verbs whose class reads them only in another frame (a refusal to speak, "agreed that ...") also state a
position before "to" + a verb; the lexicon's ``position_frames`` lists which, with how often PolNeAR train
annotates them so. The subject is the source, the infinitive clause the content, cut at the clause's end.
"""

from __future__ import annotations

import re

from reader.core.attributions.forms.clauses import CLAUSE_END, Found, trim
from reader.core.attributions.sources import SourceMemo, head_word, source_before
from reader.core.lexicons.verbs import ReportingVerbs, cue_key
from reader.core.model import Span
from reader.core.text.quotes import QuoteIndex

_TO_VERB = re.compile(
    r"\s+(?:(?:again|repeatedly|publicly|later|also|instead)\s+)?to\s+"
    r"(?!(?:a|an|the|this|that|these|those|his|her|their|its|our|my|your|it|them|him|us|some|any|all|no)\b)(?=[a-z])"
)  # "to" + a verb: "agreed to a deal" / "to the terms" is an agreement, not an undertaking
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$", re.I)
_PRONOUN_OBJECTS = frozenset("it this that".split())


def position_frame(
    text: str, sentence: Span, start: int, end: int, verbs: ReportingVerbs, quotes: QuoteIndex, memo: SourceMemo | None
) -> Found | None:
    cue_text = cue_key(text[start:end])
    if verbs.position_frames.get(cue_text) != "to" or text[start].isupper():
        return None
    m = _TO_VERB.match(text, end, sentence.end)
    if m is None or (not cue_text.endswith("ing") and _BE_BEFORE.search(text, max(sentence.start, start - 12), start)):
        return None
    if quotes.enclosing(start) is not None:
        return None
    source, status = source_before(text, sentence.start, start, verbs, memo)
    if source is None or status != "np":
        return None
    content_start = m.start() + len(m.group()) - 3  # from "to"
    stop = CLAUSE_END.search(text, content_start, sentence.end)
    content = trim(text, Span(content_start, stop.start() if stop else sentence.end))
    if len(content) < 6 or content.overlaps(source):
        return None
    return Found(Span(start, end), source, content, "indirect", "position-to", "intention", head_word(text, source))
