"""The poll form: `In a CNN poll released Monday, Clinton led by 10 points`, `Trump leads in a Gallup survey`.

A poll or survey that a sentence reads its figures "in" is the source of that
sentence's claim (PolNeAR annotates the "in" as the cue). Before its comma the
phrase opens the sentence and the content follows; anywhere else the content is
the clause before it. One regular expression per article.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from reader.core.attributions.forms.clauses import LEADING_CONJUNCTION, Found, starts_of, trim
from reader.core.model import Span
from reader.core.text.holding import literal_starts
from reader.core.text.quotes import QuoteIndex

# Words that may stand between the determiner and "poll": names ("NBC News/Wall Street Journal"), figures,
# dates and a few adjectives; any other word ("mired in single digits in polls") is no poll's name.
_MODIFIER = (
    r"(?:[A-Z0-9][\w'’./&-]*|(?:national|recent|latest|new|early|earlier|late|mid-\w+|state|statewide|exit|public"
    r"|opinion|preference|online|telephone|independent|internal|similar|same|separate|another|last|this|weekend"
    r"|monthly|weekly|daily|tracking|\w+-\w+))"
)
# "in" with no word character before it: the look back comes after the letters, so that the regex engine
# skips to the next "I"/"i" in its fast loop instead of trying a word boundary at every position (twice as fast).
_POLL_WORDS = ("poll", "survey")  # every `_POLL` match ends with one
# "a poll of voters", "a survey on ...": the poll is the topic, not a source. `_LOOK_AHEAD` is worked out from them.
_NOT_AFTER_POLL = ("of", "on", "about", "for")
_POLL = re.compile(
    r"(?P<cue>[Ii]n)(?<!\w..)\s+(?P<source>(?:(?:an?|the|this|that|its|their|his|her|one|two|several|most|many|some)\s+)?"
    r"(?:" + _MODIFIER + r"\s+){0,6}?(?:" + "|".join(_POLL_WORDS) + r"))\b(?!\s+(?:" + "|".join(_NOT_AFTER_POLL) + r")\b|[\w-])"
)

# The people a poll asked, right before its "in": the phrase names them ("Fewer than half of the voters surveyed in
# a new poll support ..."), the sentence's own verb says what they said.
_RESPONDENTS_BEFORE = re.compile(
    r"\b(?:voters|people|respondents|adults|Americans|Republicans|Democrats|independents|women|men|caucusgoers"
    r"|members|supporters|participants|surveyed|polled|interviewed|questioned|sampled|participated)\s+$"
)


def poll_cues(text: str, sentences: Sequence[Span], quotes: QuoteIndex, starts: Sequence[int] | None = None) -> list[Found]:
    found: list[Found] = []
    matches = list(poll_matches(text))
    if not matches:
        return found
    starts = starts_of(sentences, starts)
    for m in matches:
        k = bisect.bisect_right(starts, m.start()) - 1
        if k < 0 or m.end() > sentences[k].end or quotes.enclosing(m.start()) is not None:
            continue
        sentence = sentences[k]
        if _RESPONDENTS_BEFORE.search(text, max(sentence.start, m.start() - 30), m.start()):
            continue  # "78 percent of voters in a recent CBS News poll said": the poll only tells which voters
        cue, source = Span(*m.span("cue")), Span(*m.span("source"))
        lead = LEADING_CONJUNCTION.match(text, sentence.start, cue.start)
        if not text[(lead.end() if lead else sentence.start) : cue.start].strip():
            comma = text.find(",", source.end, sentence.end)
            if comma < 0:
                continue
            content = trim(text, Span(comma + 1, sentence.end))
        else:
            content = trim(text, Span(lead.end() if lead else sentence.start, cue.start))
        if len(content) >= 10:
            found.append(Found(cue, source, content, "according-to", "in-poll", "according", None))
    return found


# Characters no `_POLL` match holds: a match is words of `[\w'’./&-]` and blanks.
_BARRIER = re.compile(r"[^\w\s'’./&-]")
_BLANKS = re.compile(r"\s*")
# Characters after the blanks that follow "poll" which `_POLL`'s look ahead reads: its longest word and the boundary.
_LOOK_AHEAD = max(map(len, _NOT_AFTER_POLL)) + 1
_BACK_STEP = 512


def poll_matches(text: str) -> Iterator[re.Match[str]]:
    """`_POLL.finditer(text)`, searched only around each "poll" and "survey": from the character after the last
    `_BARRIER` before it (a match starts after it and ends with the word) to past what the look ahead after the word
    reads. The regex engine tried the pattern at every "i" of the article (0.02 s a 1.3 MB article)."""
    found = literal_starts(text, _POLL_WORDS)
    regions: list[list[int]] = []  # [start, end], apart and in order: one search each
    for at, size in sorted((at, len(word)) for word in _POLL_WORDS for at in found[word]):
        blanks = _BLANKS.match(text, at + size)
        end = min(len(text), blanks.end() + _LOOK_AHEAD)  # type: ignore[union-attr]  # (`\s*` matches everywhere)
        start = _after_barrier(text, at, regions[-1][0] if regions else 0)
        if regions and start < regions[-1][1]:
            regions[-1][1] = max(regions[-1][1], end)  # a match may run from the region before: one region
        else:
            regions.append([start, end])
    for start, end in regions:
        yield from _POLL.finditer(text, start, end)


def _after_barrier(text: str, at: int, floor: int) -> int:
    """Where the run of `_POLL`'s characters that ends at ``at`` starts, not before ``floor``."""
    high = at
    while high > floor:
        low = max(floor, high - _BACK_STEP)
        barriers = [m.end() for m in _BARRIER.finditer(text, low, high)]
        if barriers:
            return barriers[-1]
        high = low
    return floor
