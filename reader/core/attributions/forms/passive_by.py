"""The passive form with its agent: `News of the call was first reported by Greg Sargent`, `Mrs. Clinton has been
criticized by Republicans for ...`, `Trump's criticisms were echoed by Republican leaders`.

The "by" phrase is the source; the content is what the agent said or did to the subject: a "for"/"as" phrase
after the agent when there is one ("criticized by S for saying little"), else the subject itself.
"""

from __future__ import annotations

import re

from reader.core.attributions.forms.clauses import LEADING_CONJUNCTION, Found, trim
from reader.core.attributions.sources import phrase_after, skip_space
from reader.core.model import Span

# Classes whose past participle, after a form of "be" and before "by", still names a statement or a stance.
PASSIVE_CLASSES = frozenset({"report", "accuse", "praise", "stance", "deny", "express"})
_NOT_PASSIVE_CUES = frozenset({"questioned"})  # "was questioned by police": an interrogation
_BE_BEFORE = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:not\s+|also\s+)?been|(?:will|would|could|may|might|can)\s+(?:not\s+)?be|is|are|was|were|being)\s+(?:(?:not|also|first|widely|roundly|sharply|harshly|publicly|openly|repeatedly|"
    r"quickly|later|since|already|mockingly|loudly|strongly)\s+){0,2}$",
    re.I,
)
_BY = re.compile(r"\s+by\s+(?=[\w“\"])")
_AND = re.compile(r"\s+and\s+(?=[\w“\"])")
_FOR_OR_AS = re.compile(r"\s+(?:for|as)\s+(?=[\w“\"])")
_SUBJECT_START = re.compile(r"[,;:—]\s*|\b(?:that|which|who|whose|after|when|while|because|as|and|but)\s+")


def passive_by(text: str, sentence: Span, cue: Span, cue_class: str) -> Found | None:
    """The attribution of a passive participle cue followed by "by S", or None when it is no such passive."""
    word = text[cue.start : cue.end].lower()
    if cue_class not in PASSIVE_CLASSES or not word.endswith("ed") or word in _NOT_PASSIVE_CUES:
        return None
    be = _BE_BEFORE.search(text, max(sentence.start, cue.start - 50), cue.start)
    by = _BY.match(text, cue.end, sentence.end)
    if be is None or by is None:
        return None
    source = _agent(text, by.end(), sentence.end)
    if source is None or text[source.start : source.end].lower() in ("the way", "far", "law"):
        return None
    more = _AND.match(text, source.end, sentence.end)
    if more is not None and (also := _agent(text, more.end(), sentence.end)) is not None:
        source = Span(source.start, also.end)  # "by Republicans and some Democrats"
    tail = _FOR_OR_AS.match(text, source.end, sentence.end)
    content: Span | None
    if tail is not None:
        stops = [p for p in (text.find(",", tail.end(), sentence.end), text.find(";", tail.end(), sentence.end)) if p >= 0]
        content = trim(text, Span(tail.start(), min(stops) if stops else sentence.end))
    else:
        content = _subject(text, sentence, be.start())
    if content is None or len(content) == 0 or content.overlaps(source):
        return None
    return Found(cue, source, content, "object", "passive-by", cue_class)


_AGENT_END = re.compile(r"\s+(?:for|as|over|in|on|during|after|with|because|since|to)\b")


def _agent(text: str, start: int, end: int) -> Span | None:
    """The agent's noun phrase after "by", up to a phrase that says what for ("criticized by S for ...")."""
    phrase = phrase_after(text, start, end)
    if phrase is None:
        return None
    cut = _AGENT_END.search(text, phrase.start, phrase.end)
    return Span(phrase.start, cut.start()) if cut is not None and cut.start() > phrase.start else phrase


def _subject(text: str, sentence: Span, be: int) -> Span | None:
    """The passive's subject: from the last clause boundary before the "be" form up to it."""
    start = sentence.start
    for m in _SUBJECT_START.finditer(text, sentence.start, be):
        start = m.end()
    lead = LEADING_CONJUNCTION.match(text, skip_space(text, start, be), be)
    if lead:
        start = lead.end()
    words = text[start:be].split()
    if not words or len(words) > 12:
        return None
    return trim(text, Span(start, be))
