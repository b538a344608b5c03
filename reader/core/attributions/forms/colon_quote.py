"""A clause, a colon, a quotation: `In a 1963 speech, he declared: "Ich bin ein Berliner"`, `Mark Mahaney, an analyst,
agreed: ''They've got a great brand''`, `A footnote in the report makes that clear: "These assessments ..."`.

The words before the colon introduce the quotation after it, on the same line or opening the next paragraph (a block
quote), as PolNeAR annotates it: the colon is the cue (the gold cue is the verb phrase up to it), the clause's subject
the source. Only where no other cue of the clause was read, and never for a label ("For example:"), a byline ("by The
Wall Street Journal's Jennifer Smith:") or a clause that is itself quoted. One `str.find` per sentence, then anchored
matches.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from reader.core.attributions.forms.clauses import Found, trim
from reader.core.attributions.sources import SourceMemo, head_word
from reader.core.attributions.subjects import clause_subject, main_subject
from reader.core.lexicons.verbs import ReportingVerbs
from reader.core.model import Span
from reader.core.text.quotes import QuoteIndex

# The colon, blanks, at most one paragraph break, and an opening quotation mark.
_COLON_QUOTE = re.compile(r":[ \t]*(?:\n[ \t]*){0,2}(?=[\"“‘]|'')")
_BYLINE = re.compile(r"\bby\s+(?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’.-]*\s*$")
_NOT_PROSE = re.compile(r"[<>=\"“”‘’]|''|\d:\d|\b(?:https?|www)\b")
_MIN_WORDS = 3  # "For example:", "Related:": fewer words are a label, not a clause
_FROM = re.compile(r"\s*From\s")  # "From Josh Feldman writing at Mediaite:": an excerpt's byline
_NO_SUBJECT = frozenset({"there", "here"})
_OWN_CUE_WITHIN = 40  # characters after the quotation in which `"Q," he said` gives it its own speaker


def colon_quotes(
    text: str,
    sentences: Sequence[Span],
    quotes: QuoteIndex,
    verbs: ReportingVerbs,
    memo: SourceMemo | None = None,
    cue_starts: Sequence[int] = (),
) -> list[Found]:
    """Every `clause: "quotation"` attribution whose clause has no cue read yet (``cue_starts``, sorted)."""
    found: list[Found] = []
    for sentence in sentences:
        colon = text.find(":", sentence.start, sentence.end)
        if colon < 0:
            continue
        m = _COLON_QUOTE.match(text, colon)
        if m is None or quotes.enclosing(colon) is not None:
            continue
        j = bisect.bisect_left(cue_starts, sentence.start)
        if j < len(cue_starts) and cue_starts[j] <= colon:
            continue  # `Mr. Ridge said: "..."`: the verb's attribution, or a `Name:` cue
        before = text[sentence.start : colon]
        if len(before.split()) < _MIN_WORDS or _NOT_PROSE.search(before) or _BYLINE.search(before):
            continue
        if _FROM.match(before):
            continue
        quote = quotes.starting_at(m.end())
        if quote is None:
            continue
        k = bisect.bisect_left(cue_starts, quote.outer.end)
        if k < len(cue_starts) and cue_starts[k] < quote.outer.end + _OWN_CUE_WITHIN:
            continue  # `...: ''Civility was assumed,'' he said.`: the quotation's own cue
        source = main_subject(text, sentence, colon, verbs, memo) or clause_subject(text, sentence, colon, verbs)
        if source is None or source.end > colon or text[source.start : source.end].lower() in _NO_SUBJECT:
            continue
        content = trim(text, quote.inner)
        if len(content) == 0:
            continue
        cue = _verb_phrase(text, source, colon)
        found.append(Found(cue, source, content, "direct", "colon-quote", "say", head_word(text, source)))
    return found


def _verb_phrase(text: str, source: Span, colon: int) -> Span:
    """The cue: the words from the subject (or the clause's last comma) to the colon, which PolNeAR takes as the
    cue ("had this to say about his free-college proposal:", "agreed:")."""
    start = max(source.end, text.rfind(",", source.end, colon) + 1)
    while start < colon and text[start].isspace():
        start += 1
    return Span(start, colon + 1)
