"""The poll form: `In a CNN poll released Monday, Clinton led by 10 points`, `Trump leads in a Gallup survey`.

A poll or survey that a sentence reads its figures "in" is the source of that
sentence's claim (PolNeAR annotates the "in" as the cue). Before its comma the
phrase opens the sentence and the content follows; anywhere else the content is
the clause before it. One regular expression per article.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from reader.core.attributions.forms.clauses import LEADING_CONJUNCTION, Found, trim
from reader.core.model import Span
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
_POLL = re.compile(
    r"(?P<cue>[Ii]n)(?<!\w..)\s+(?P<source>(?:(?:an?|the|this|that|its|their|his|her|one|two|several|most|many|some)\s+)?"
    r"(?:" + _MODIFIER + r"\s+){0,6}?(?:poll|survey))\b(?!\s+(?:of|on|about|for)\b|[\w-])"
)

# The people a poll asked, right before its "in": the phrase names them ("Fewer than half of the voters surveyed in
# a new poll support ..."), the sentence's own verb says what they said.
_RESPONDENTS_BEFORE = re.compile(
    r"\b(?:voters|people|respondents|adults|Americans|Republicans|Democrats|independents|women|men|caucusgoers"
    r"|members|supporters|participants|surveyed|polled|interviewed|questioned|sampled|participated)\s+$"
)


def poll_cues(text: str, sentences: Sequence[Span], quotes: QuoteIndex) -> list[Found]:
    found: list[Found] = []
    if "poll" not in text and "survey" not in text:
        return found  # every match ends in one of them: two substring searches instead of a regex scan
    starts = [s.start for s in sentences]
    for m in _POLL.finditer(text):
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
