"""A verb the lexicon lacks, read as a cue because a quotation stands right beside it: `"This is fantastic!" beamed
Donald Hartley`, `"It's ludicrous," Toomey fumed on Tuesday`, `And Mr. Christie gloated: ''I told you so.''`,
`Hillary Clinton cracked, ''I'm a progressive ...''`. Manner-of-speaking verbs are an open class (beamed, scoffed,
gloated, demurred, jeered, elaborated ...), and PolNeAR annotates each of them in these frames. Only a lower-case
-ed word qualifies, and only where the quotation is speech, not a scare quote or a title:
- after a closing quotation (with its comma, "?" or "!") that opens its sentence, or follows only a conjunction:
  the verb then a speaker (`beamed prosecutor Ann Lee`) or a speaker then the verb; not `After "Frozen," Disney
  invested`;
- between a subject and an opening quotation after a comma or colon, when the quotation runs to the sentence's
  end or opens with a capital; not `Police arrested, "without incident," a man`.
A whole-article pass: the words around each quotation, once."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from reader.core.attributions.cue_words import AUXILIARIES
from reader.core.attributions.forms.clauses import (
    Found,
    at_end,
    own_cue_after,
    past_conjunction,
    starts_of,
    trim,
    with_quote_before,
)
from reader.core.attributions.forms.cue_content import adjunct_tail
from reader.core.attributions.sources import SourceMemo, head_word, phrase_after, skip_space, source_before
from reader.core.lexicons.verbs import ReportingVerbs
from reader.core.model import Span
from reader.core.text.quotes import Quote, QuoteIndex

_PAST = r"[a-z]{3,}ed"
# After a closing quotation: the verb then its speaker ("beamed Donald Hartley", "scoffed prosecutor Ann Lee", up to
# two lower-case words before the capital: a role, a determiner), or the speaker then the verb.
_VERB_THEN_SPEAKER = re.compile(r"\s+(" + _PAST + r")\s+(?=(?:[a-z]+\s+){0,2}[A-Z])")
_SPEAKER_THEN_VERB = re.compile(
    r"\s+((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*|he|she|they|we|I)\s+(?:(?:[a-z]+ly|then|also)\s+)?(" + _PAST + r")\b"
)
# Before an opening quotation: the verb, a comma or colon, the quotation.
_VERB_BEFORE_QUOTE = re.compile(r"\b(" + _PAST + r")\s*[,:]\s*$")
_QUOTE_END_MARKS = frozenset(",?!")
# An auxiliary before the verb (past adverbs): a passive or a perfect inside a clause, not a speaker's verb.
_AUXILIARY_BEFORE = re.compile(
    r"(?:\b(?:" + "|".join(sorted(AUXILIARIES)) + r")|\w['’](?:s|re|ve|d))"  # "was", or the "’s" of "he’s nominated"
    r"\s+(?:(?:not|never|so|far|also|long|previously|largely|[a-z]+ly)\s+)*$"
)
# A subordinate clause's subject ("if he nominated,", "when they arrived,"): the quotation after it is the main
# clause's, whose speaker is elsewhere in the sentence.
_SUBORDINATOR_BEFORE = re.compile(
    r"\b(?:if|when|whenever|unless|because|since|once|although|though|while|after|before|until)\s+$", re.I
)


def quote_verbs(
    text: str,
    sentences: Sequence[Span],
    quotes: QuoteIndex,
    verbs: ReportingVerbs,
    memo: SourceMemo | None = None,
    cue_starts: Sequence[int] = (),
    starts: Sequence[int] | None = None,
) -> list[Found]:
    """Every attribution whose cue is an unlisted -ed verb right beside a quotation (none where a cue was read);
    ``starts``: the sentences' starts, when the caller keeps them."""
    found: list[Found] = []
    for k in _quoting_sentences(text, sentences, quotes, starts):
        sentence = sentences[k]
        # `"Q?" he wondered.`: a quotation ending in "?" or "!" ends a sentence, but it is the next one's content
        for quote in quotes.within(with_quote_before(text, sentence, quotes)):
            got = _after(text, sentence, quote, verbs)
            if got is None and not own_cue_after(cue_starts, quote):  # `S embodied: "Q," he said`: his words
                got = _before(text, sentence, quote, verbs, memo)
            if got is not None and not _cue_near(cue_starts, got.cue, got.source):
                found.append(got)
    return found


def _quoting_sentences(
    text: str, sentences: Sequence[Span], quotes: QuoteIndex, starts: Sequence[int] | None = None
) -> list[int]:
    """The indices, in order, of the sentences (in order and apart, as `segment` gives them) in which
    `quotes.within(with_quote_before(...))` may find a quotation: one starts in the sentence, or one ends right
    before it (blanks between). Found from the quotations, where every sentence of the article was widened and
    searched (0.015 s a 1.3 MB article)."""
    starts = starts_of(sentences, starts)
    held: set[int] = set()
    for quote in quotes.quotes:
        k = bisect.bisect_right(starts, quote.outer.start) - 1
        if k >= 0 and quote.outer.start < sentences[k].end:
            held.add(k)
        after = quote.outer.end
        while after < len(text) and text[after] in " \t":
            after += 1
        held.update(range(bisect.bisect_left(starts, quote.outer.end), bisect.bisect_right(starts, after)))
    return sorted(held)


def _cue_near(cue_starts: Sequence[int], cue: Span, source: Span | None) -> bool:
    """Whether a cue was read already between the source and the verb (or at the verb)."""
    low = min(cue.start, source.start) if source is not None else cue.start
    k = bisect.bisect_left(cue_starts, low)
    return k < len(cue_starts) and cue_starts[k] < max(cue.end, source.end if source is not None else cue.end)


def _unlisted(word: str, verbs: ReportingVerbs) -> bool:
    return verbs.class_of(word) is None and word not in verbs.adverbs


def _after(text: str, sentence: Span, quote: Quote, verbs: ReportingVerbs) -> Found | None:
    """`"Q," beamed S` and `"Q," S fumed on Tuesday`."""
    words = text[quote.inner.start : quote.inner.end].rstrip(" \u00a0’'")
    if words[-1:] not in _QUOTE_END_MARKS or not _opens_sentence(text, sentence, quote):
        return None
    content = trim(text, quote.inner)
    m = _VERB_THEN_SPEAKER.match(text, quote.outer.end, sentence.end)
    if m is not None and _unlisted(m.group(1), verbs):
        speaker = phrase_after(text, m.end(), sentence.end)
        if speaker is not None and _closes(text, speaker.end, sentence.end):
            return Found(Span(m.start(1), m.end(1)), speaker, content, "direct", "quote-verb", "say", head_word(text, speaker))
    m = _SPEAKER_THEN_VERB.match(text, quote.outer.end, sentence.end)
    if m is not None and _unlisted(m.group(2), verbs) and _closes(text, m.end(), sentence.end):
        speaker = Span(m.start(1), m.end(1))
        return Found(Span(m.start(2), m.end(2)), speaker, content, "direct", "quote-verb", "say", head_word(text, speaker))
    return None


def _opens_sentence(text: str, sentence: Span, quote: Quote) -> bool:
    """Whether the quotation opens its sentence, or follows only a conjunction (`But "Q," S fumed`). A quotation
    after a preposition or a determiner is a title (`After "Frozen," Disney invested`, `In "Avatar," Cameron
    used`), and the -ed word after its comma is the sentence's own verb."""
    start = min(sentence.start, quote.outer.start)
    return skip_space(text, past_conjunction(text, start, quote.outer.start), quote.outer.start) == quote.outer.start


def _closes(text: str, pos: int, end: int) -> bool:
    """What follows the speaker and verb: nothing, an adjunct, or a comma and more of the quotation."""
    if at_end(text, pos, end) or adjunct_tail(text, pos, end):
        return True
    after = skip_space(text, pos, end)
    return text[after : after + 1] == "," and text[skip_space(text, after + 1, end) : after + 3].lstrip()[:1] in "\"“'"


def _before(text: str, sentence: Span, quote: Quote, verbs: ReportingVerbs, memo: SourceMemo | None) -> Found | None:
    """`S gloated: "Q"`, `S cracked, "Q"`."""
    m = _VERB_BEFORE_QUOTE.search(text, max(sentence.start, quote.outer.start - 40), quote.outer.start)
    if m is None or not _unlisted(m.group(1), verbs):
        return None
    if _AUXILIARY_BEFORE.search(text, max(sentence.start, m.start(1) - 40), m.start(1)):
        return None  # "if tougher measures were not deployed, "Q"", "the conduct the dynasty has long embodied:": no speaker
    source, status = source_before(text, sentence.start, m.start(1), verbs, memo)
    if source is None or status != "np":
        return None
    if _SUBORDINATOR_BEFORE.search(text, max(sentence.start, source.start - 12), source.start):
        return None
    content = trim(text, quote.inner)
    if len(content) == 0 or not _holds_speech(text, sentence, quote, content):
        return None
    return Found(Span(m.start(1), m.end(1)), source, content, "direct", "quote-verb", "say", head_word(text, source))


def _holds_speech(text: str, sentence: Span, quote: Quote, content: Span) -> bool:
    """Whether a quotation after `S verbed,` is what S said: it runs to the sentence's end, or it opens with a
    capital (a sentence of its own: `S cracked, "Not bad," and left`). A lower-case quotation in mid-sentence is
    a scare quote set off by commas (`Police arrested, "without incident," a man`, `Shares jumped, "a sign of
    strength," on Tuesday`): the -ed word is the sentence's own verb, not a speaker's."""
    return at_end(text, quote.outer.end, sentence.end) or text[content.start].isupper()
