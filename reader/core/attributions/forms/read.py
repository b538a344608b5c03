"""Reading one cue in its sentence: which form it takes, and its source and content spans.

Forms: direct (`S said: "Q"`, `"Q," S said`), indirect (`S said that C`,
`S said C`, `C, S said`), mixed (indirect content holding a quotation),
according-to (`According to S, C`, `C, according to S`), object (`Hamas
denied the charge`, `Egypt accused Hamas of ...`) and adverbial
(`reportedly`). Every function returns spans into the article text and never
raises on odd text: a cue it cannot read is skipped.
"""

from __future__ import annotations

from reader.core.attributions.cue_words import not_speech
from reader.core.attributions.forms.according_to import according_to, as_reported_by
from reader.core.attributions.forms.adverbial import (
    PASSIVE_REPORTS,
    SEEMS,
    adverbial,
    expected,
    passive_report,
    seems,
    seen_as,
)
from reader.core.attributions.forms.asked import asked
from reader.core.attributions.forms.clauses import Found, with_quote_before
from reader.core.attributions.forms.noun_cue import NOUN_ONLY, noun_cue
from reader.core.attributions.forms.passive_by import passive_by
from reader.core.attributions.forms.plain_sense import plain_sense
from reader.core.attributions.forms.quoted_as import quoted_as
from reader.core.attributions.forms.verb_cue import PASSIVE_SEE_AS, verb_cue
from reader.core.attributions.forms.written_says import WRITTEN_CUES, written_says
from reader.core.attributions.sources import SourceMemo
from reader.core.lexicons.verbs import ReportingVerbs, cue_key
from reader.core.model import Span
from reader.core.text.quotes import QuoteIndex


def read_cue(
    text: str, sentence: Span, start: int, end: int, verbs: ReportingVerbs, quotes: QuoteIndex, memo: SourceMemo | None = None
) -> Found | None:
    """The attribution of the cue at [start, end) in ``sentence``, if it reads as one.

    ``memo`` is `source_before`'s, shared by the cues of one article."""
    cue_text = cue_key(text[start:end])
    sentence = with_quote_before(text, sentence, quotes)
    found = _read_cue(text, sentence, start, end, cue_text, verbs, quotes, memo)
    if found is None and cue_text in WRITTEN_CUES:
        # "held up a sign saying "Q"", "a message that said, "Q"": what a written thing says, when no one is read as
        # its author ("Trump issued a statement saying ..." is Trump's)
        return written_says(text, sentence, Span(start, end), cue_text, quotes, verbs)
    return found


def _read_cue(
    text: str,
    sentence: Span,
    start: int,
    end: int,
    cue_text: str,
    verbs: ReportingVerbs,
    quotes: QuoteIndex,
    memo: SourceMemo | None,
) -> Found | None:
    """`read_cue` of a sentence already widened over a quotation before it (`with_quote_before`)."""
    cue = Span(start, end)
    if cue_text == "according to":
        return according_to(text, sentence, cue, verbs)
    if cue_text == "reported" and (report := as_reported_by(text, sentence, cue, verbs)) is not None:
        return report  # "As reported by Western Journalism, C", "C, as first reported by the Times"
    if cue_text == "saying" and (quoting := quoted_as(text, sentence, cue, verbs, quotes, memo)) is not None:
        return quoting  # "The Post quoted a GOP official as saying ...": the outlet's quoting
    if cue_text == "asked" and (question := asked(text, sentence, cue, quotes)) is not None:
        return question  # "Asked whether he would run, Priebus said ...": the question put to the speaker
    if cue_text == "expected" and (expectation := expected(text, sentence, cue)) is not None:
        return expectation  # "Trump is expected to win": the belief of no one named
    if cue_text in SEEMS:
        return seems(text, sentence, cue)  # "Trump seemed to suggest ...": the writer's hedge, no one named
    if cue_text in PASSIVE_SEE_AS and (held := seen_as(text, sentence, cue)) is not None:
        return held  # "the DNC is seen as aligned with Clinton": a belief, of no one named or of the "by" phrase
    if cue_text in PASSIVE_REPORTS and (reported := passive_report(text, sentence, cue, cue_text)) is not None:
        return reported  # "Priebus was said to be furious", "Sanders was declared the winner": no one named reports it
    if cue_text in verbs.adverbs:
        return adverbial(text, sentence, cue, verbs.adverbs[cue_text])
    cue_class = verbs.class_of(cue_text)
    if (noun := noun_cue(text, sentence, cue, cue_text, cue_class, quotes)) is not None:
        return noun  # "criticism from fellow Democrats that ...", "calls from his party's leaders to ..."
    if cue_text in NOUN_ONLY:
        return None
    if cue_class is not None and (agent := passive_by(text, sentence, cue, cue_class)) is not None:
        return agent  # "was first reported by Greg Sargent", "has been criticized by Republicans for ..."
    if cue_class is None or not_speech(text, sentence, cue, cue_text, cue_class, verbs):
        return None
    if plain_sense(text, sentence, cue, cue_text, cue_class):
        return None  # "384 pledged delegates", "Southern states", "claimed the prize", "didn't feel well"
    found = verb_cue(text, sentence, cue, cue_text, cue_class, verbs, quotes, memo)
    # (an empty span's end is its start: `len` of a span is a Python call, and this runs once a cue)
    if (
        found is None
        or found.content.end == found.content.start
        or (found.source is not None and found.source.overlaps(found.content))
    ):
        return None
    return found
