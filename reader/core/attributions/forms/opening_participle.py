"""A sentence that opens with a participle of speech: `Noting that only Sen. Mark Kirk voted with Democrats, Tester
said ...`, `Citing "obligations in Tennessee," the former vice president's spokeswoman told ...`, `Recalling that
moment, David Axelrod ...`, or with a preposition and one: `After saying he was nervous to ask, the man ...`.

The participle's subject is the main clause's, after the comma; what it says is the phrase up to that comma. (The
gerund test in `cue_words` throws these out: a participle with no comma or "and" before it is mostly a noun.)
One anchored match per sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.attributions.forms.clauses import Found, trim
from reader.core.attributions.sources import DETERMINERS, SourceMemo, head_word
from reader.core.attributions.subjects import clause_subject
from reader.core.lexicons.verbs import ReportingVerbs, cue_key
from reader.core.model import Span
from reader.core.text.quotes import QuoteIndex

_OPENING = re.compile(
    r"(?:(?:But|And|Yet|Still|So)\s+)?(?:([A-Z][a-z]+ing)|(?:After|Before|While|Upon)\s+([a-z]+ing))"
    r"(?:\s+(?:to|on|about|out))?\b"
)  # "Noting that ...", and after a preposition of time: "After saying he was nervous ...", "While saying that ..."
_THAT = re.compile(r"\s+that\b")
# "saying goodbye", "saying hello": a greeting, nothing anyone could be quoted on.
_GREETING = re.compile(r"\s+(?:goodbye|good-bye|hello|farewell)\b", re.I)
# A passive main clause ("After admitting the theft, the suspect was released"): its subject is acted on, and the
# participle's speaker is not named.
_PASSIVE_AFTER = re.compile(r"\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b")
_NOT_SPEECH = frozenset({"writing", "reporting", "posting"})
_MAX_PHRASE = 200  # characters from the participle to the comma that ends its phrase


def opening_participles(
    text: str, sentences: Sequence[Span], quotes: QuoteIndex, verbs: ReportingVerbs, memo: SourceMemo | None = None
) -> list[Found]:
    """Every `Noting that C, S said ...` attribution of the article: one per sentence at most."""
    found: list[Found] = []
    for sentence in sentences:
        if text.find("ing", sentence.start, sentence.end) < 0:
            continue  # every `_OPENING` match holds one: a literal search, cheaper than trying the pattern
        m = _OPENING.match(text, sentence.start, sentence.end)
        if m is None:
            continue
        word = 1 if m.group(1) else 2
        cue = Span(m.start(word), m.end())
        cue_class = verbs.class_of(cue_key(text[cue.start : cue.end])) or verbs.class_of(cue_key(m.group(word)))
        if (
            cue_class in (None, "belief", "intention", "decline")
            or m.group(word).lower() in _NOT_SPEECH
            or quotes.enclosing(cue.start) is not None
        ):
            continue  # "Expecting thousands for a protest, ...": an intention is no statement; "Writing for the Times": a byline
        comma = text.find(",", cue.end, min(sentence.end, cue.end + _MAX_PHRASE))
        if comma < 0:
            continue
        for inner in quotes.within(Span(cue.end, sentence.end)):
            if inner.outer.start < comma < inner.outer.end:  # `Citing "obligations in Tennessee," the ...`
                comma = text.find(",", inner.outer.end, sentence.end) if text[inner.inner.end - 1] != "," else comma
        if comma < 0:
            continue
        if _GREETING.match(text, cue.end):
            continue
        source = _before_cue(text, clause_subject(text, sentence, sentence.end, verbs), verbs)
        if source is None or source.start <= comma or text[source.start : source.end].lower() in DETERMINERS:
            continue  # "the" of "the suspect": a subject cut short by a cue word ("suspect") is no speaker
        if _PASSIVE_AFTER.match(text, source.end, sentence.end):
            continue
        that = _THAT.match(text, cue.end)
        content = trim(text, Span(that.end() if that else cue.end, comma))
        if len(content) == 0:
            continue
        found.append(Found(cue, source, content, "indirect", "opening-participle", cue_class, head_word(text, source)))
    return found


def _before_cue(text: str, source: Span | None, verbs: ReportingVerbs) -> Span | None:
    """``source`` up to a cue word it runs into ("Trump's inner circle believes" -> "Trump's inner circle")."""
    if source is None:
        return None
    for m in re.finditer(r"[\w'’-]+", text[source.start : source.end]):
        if m.start() > 0 and verbs.class_of(m.group().lower()) is not None:
            end = source.start + m.start()
            while end > source.start and text[end - 1].isspace():
                end -= 1
            return Span(source.start, end)
    return source
