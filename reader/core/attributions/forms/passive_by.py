"""The passive form with its agent: `News of the call was first reported by Greg Sargent`, `Mrs. Clinton has been
criticized by Republicans for ...`, `Trump's criticisms were echoed by Republican leaders`.

The "by" phrase is the source; the content is what the agent said or did to the subject: a "for"/"as" phrase
after the agent when there is one ("criticized by S for saying little"), else the subject itself.
"""

from __future__ import annotations

import re

from reader.core.attributions.forms.clauses import BE_BEFORE, Found, clause_end, past_conjunction, trim
from reader.core.attributions.sources import phrase_after
from reader.core.model import Span

# Classes whose past participle, after a form of "be" and before "by", still names a statement or a stance.
PASSIVE_CLASSES = frozenset({"report", "accuse", "praise", "stance", "deny", "express"})
_NOT_PASSIVE_CUES = frozenset({"questioned"})  # "was questioned by police": an interrogation
_BY = re.compile(r"\s+by\s+(?=[\w“\"])")
_AND = re.compile(r"\s+and\s+(?=[\w“\"])")
_FOR_OR_AS = re.compile(r"\s+(?:for|as)\s+(?=[\w“\"])")
_SUBJECT_START = re.compile(r"[,;:—]\s*|\b(?:that|which|who|whose|after|when|while|because|as|and|but)\s+")


def passive_by(text: str, sentence: Span, cue: Span, cue_class: str) -> Found | None:
    """The attribution of a passive participle cue followed by "by S", or None when it is no such passive."""
    if cue_class not in PASSIVE_CLASSES:
        return None  # most cues ("said"): tested before the word is read
    word = text[cue.start : cue.end].lower()
    if not word.endswith("ed") or word in _NOT_PASSIVE_CUES:
        return None
    by = _BY.match(text, cue.end, sentence.end)
    if by is None:
        return None  # "denied that ...": no agent, and the "be" before is not searched for
    be = BE_BEFORE.search(text, max(sentence.start, cue.start - 50), cue.start)
    if be is None:
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
        content = trim(text, Span(tail.start(), clause_end(text, tail.end(), sentence)))
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
    start = past_conjunction(text, start, be)
    words = text[start:be].split()
    if not words or len(words) > 12:
        return None
    return trim(text, Span(start, be))
