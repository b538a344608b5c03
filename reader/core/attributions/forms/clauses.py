"""Clause helpers every attribution form shares: the `Found` result, trimming, quotations, "that", clause ends."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import NamedTuple

from reader.core.attributions.sources import PREPOSITIONS, TOKEN, skip_space, skip_space_back
from reader.core.lexicons.verbs import ReportingVerbs
from reader.core.model import Span
from reader.core.text.quotes import Quote, QuoteIndex

# Where an object's or a request's content stops: a relative clause or a new coordinated clause.
CLAUSE_END = re.compile(
    r",\s+(?:most\s+of\s+which|many\s+of\s+whom|which|who|whom|where|but|and|while|whereas|with|warning|saying|adding)\b|;|\s+—\s+"
    r"|\s+and\s+(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}[a-z]+ing\b"  # "... and the airline warning"
)


# An opening quotation mark, as a piece of a pattern: straight, curly, single curly, or two apostrophes (PolNeAR's
# ``''``).
OPENING_QUOTE = r"(?:[\"“‘]|'')"


LEADING_CONJUNCTION = re.compile(r"(?:But|And|So|Yet|However|Meanwhile)\b,?\s*")


def starts_of(sentences: Sequence[Span], starts: Sequence[int] | None = None) -> Sequence[int]:
    """The sentences' starts: ``starts`` when the caller keeps them (the whole-article forms each made the list of an
    article's 10,000 sentences again), else made here."""
    return [s.start for s in sentences] if starts is None else starts


def past_conjunction(text: str, start: int, end: int) -> int:
    """``start``, or past the "But"/"And"/"However," (after blanks) that opens the clause there."""
    lead = LEADING_CONJUNCTION.match(text, skip_space(text, start, end), end)
    return lead.end() if lead else start


def clause_end(text: str, pos: int, sentence: Span) -> int:
    """Where the clause running on at ``pos`` ends: the next comma or semicolon, else the sentence's end."""
    stops = [p for p in (text.find(",", pos, sentence.end), text.find(";", pos, sentence.end)) if p >= 0]
    return min(stops) if stops else sentence.end


# A form of "be" (and a few adverbs) right before a participle: "is expected", "has been widely criticized".
BE_BEFORE = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:not\s+|also\s+)?been|(?:will|would|could|may|might|can)\s+(?:not\s+)?be"
    r"|is|are|was|were|be|been|being)\s+(?:(?:not|also|still|now|first|widely|generally|largely|broadly|roundly"
    r"|sharply|harshly|publicly|openly|repeatedly|quickly|later|since|already|mockingly|loudly|strongly)\s+){0,2}$",
    re.I,
)


TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday week month year night morning
    evening january february march april may june july august september october november december""".split()
)


# (kind, form, content) of the words a cue takes, or three Nones when they hold no attribution.
Reading = tuple[str, str, Span] | tuple[None, None, None]


class Found(NamedTuple):
    cue: Span
    source: Span | None
    content: Span
    kind: str
    form: str
    cue_class: str | None
    head: Span | None = None  # the source's head word, when already found (`head_word`)


def direct(text: str, quote: Quote) -> Reading:
    content = trim(text, quote.inner)
    if content.end == content.start:
        return None, None, None
    return "direct", ("direct-multi" if quote.paragraphs > 1 else "direct"), content


def indirect(text: str, sentence: Span, start: int, form: str, quotes: QuoteIndex) -> Reading:
    content = to_sentence_end(text, sentence, start, quotes)
    if content is None or content.end == content.start:
        return None, None, None
    if quotes.within(content):
        return "mixed", "mixed", content
    return "indirect", form, content


def closing_quote_before(text: str, pos: int, start: int, quotes: QuoteIndex) -> bool:
    """Whether ``pos`` follows the end of a quotation (not before ``start``) whose words end in `,` `?` `!` `.` or
    `…`: `"Q," S said`, `''Q,'' S said`, `"..., ‘No, ... defeat it,’ ” S said` (a quotation inside closes first).
    `QuoteIndex` decides where a quotation ends, whichever marks close it."""
    back = skip_space_back(text, pos, start)
    quote = quotes.ending_at(back) if back > start else None
    if quote is None or quote.inner.end <= start:
        return False
    words = text[quote.inner.start : quote.inner.end].rstrip(" \u00a0’'")
    return words[-1:] in _QUOTE_END_MARKS


_QUOTE_END_MARKS = frozenset(",?!.…")


def that_ahead(text: str, pos: int, end: int) -> int | None:
    """Where the content after "that" starts, if "that" comes within a few words of ``pos``."""
    # "said on ABC's "This Week" that", "said in an interview with The Associated Press last week that"
    limit = min(end, pos + 120)
    first = TOKEN.match(text, pos, limit)  # nearly always the first token the loop reads: "that", or no preposition
    if first is not None:
        low = first.group().lower()
        if low == "that":
            return first.end()
        if not text[pos].isalnum() or (low not in PREPOSITIONS and low not in ("after", "before")):
            return None
        return that_after_words(text, first.end(), limit, 1)  # a preposition: read on from the next token
    return that_after_words(text, pos, limit)


def that_after_words(text: str, pos: int, limit: int, n: int = 0) -> int | None:
    """`that_ahead` read token by token up to ``limit``, past a few words of a phrase before "that"; ``n``: the
    words read before ``pos`` (the tokens after one are those a reading from before it finds next)."""
    # n: words so far: quotation marks are no words, so "said on NBC's ''Meet the Press'' on Sunday that" (NYT
    # style, two marks a side) reaches as far as the same words in “ ”
    for m in TOKEN.finditer(text, pos, limit):
        if n == MAX_WORDS_BEFORE_THAT:
            return None
        start, stop = m.span()
        low = text[start:stop].lower()
        if low == "that":
            return stop
        if text[start] in "\"“”'‘’" and n > 0:
            continue  # the title of a show or paper, an abbreviated year ("said in ‘08 that")
        if not text[start].isalnum() or (n == 0 and low not in PREPOSITIONS and low not in ("after", "before")):
            return None
        n += 1
    return None


MAX_WORDS_BEFORE_THAT = 11


def to_sentence_end(text: str, sentence: Span, start: int, quotes: QuoteIndex) -> Span | None:
    end = sentence.end
    for quote in quotes.within(Span(start, end)):
        end = max(end, quote.outer.end)  # a quotation that runs past the sentence (or paragraph) belongs to it
    span = trim_range(text, start, end)
    return span if span.end > span.start else None


def cut_clause(text: str, span: Span | None) -> Span | None:
    if span is None:
        return None
    m = CLAUSE_END.search(text, span.start, span.end)
    return trim(text, Span(span.start, m.start())) if m else span


# "and" (a blank before it), then the verb of a coordinated clause. The pattern opens with the literal, so the engine
# skips from one "and" to the next; the blanks and comma before it are what `trim` takes off the cut.
_AND_VERB = re.compile(r"and(?<=\sand)\s+(?:also\s+|then\s+|later\s+)?([a-z]+)\b")


def cut_at_next_cue(text: str, span: Span | None, verbs: ReportingVerbs) -> Span | None:
    """`denied any link ... and said she was`: a coordinated cue starts an attribution of its own."""
    if span is None:
        return None
    if text.find("and", span.start, span.end) < 0:
        return span  # the pattern needs an "and": no regex run
    # From the span's second character: the blank before an "and" must lie inside the span.
    for m in _AND_VERB.finditer(text, span.start + 1, span.end):
        if verbs.class_of(m.group(1)) not in (None, "decline") and not m.group(1).endswith("ing"):
            cut = trim_range(text, span.start, m.start())
            return cut if cut.end > cut.start else span
    return span


def opens_quote(text: str, comma: int, quotes: QuoteIndex) -> bool:
    return quotes.starting_at(skip_space(text, comma + 1, len(text))) is not None


def at_end(text: str, pos: int, end: int) -> bool:
    return not text[pos:end].strip(" .!?\"”'’)")


def trim(text: str, span: Span) -> Span:
    """``span`` without surrounding blanks, leading commas/colons and trailing punctuation."""
    return trim_range(text, span.start, span.end)


def trim_range(text: str, start: int, end: int) -> Span:
    """`trim` of ``[start, end)``, for a caller that has the offsets, not a span (one span fewer built)."""
    while start < end and (text[start].isspace() or text[start] in ",:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:."):
        end -= 1
    return Span(start, end)


SHORT_TAIL_WORDS = 6


def with_quote_before(text: str, sentence: Span, quotes: QuoteIndex) -> Span:
    """`"Q?" Trump said.`: a quotation that ends in "?" or "!" ends a sentence for the segmenter,
    but it is the content of the cue after it, so the sentence starts where the quotation does; so does one that
    ends in a quotation inside it (`"She asked, ‘Why?’" Lee said.`)."""
    back = sentence.start
    while back > 0 and text[back - 1] in " \t":
        back -= 1
    mark = 2 if text[back - 2 : back] == "''" else 1
    if back < mark + 1 or text[back - 1] not in "\"”'":
        return sentence
    last = back - 1 - mark  # the quotation's last character: `?` of `"Q?"`, or of `"... ‘Q?’"` inside the closing mark
    if text[last] in "’'" and last > 0:
        last -= 1
    if text[last] not in "?!.…":
        return sentence
    if text[last] in ".…" and len(text[sentence.start : sentence.end].split()) > SHORT_TAIL_WORDS:
        return sentence  # `"... missing." Trump said.`: only a short speaker sentence takes a quotation ending in "."
    quote = quotes.ending_at(back)
    return Span(quote.outer.start, sentence.end) if quote is not None else sentence


_OWN_CUE_WITHIN = 40  # characters after the quotation in which `"Q," he said` gives it its own speaker


def own_cue_after(cue_starts: Sequence[int], quote: Quote) -> bool:
    """Whether a cue (``cue_starts``, sorted) follows ``quote`` closely: `''Q,'' he said` gives it its own speaker."""
    k = bisect.bisect_left(cue_starts, quote.outer.end)
    return k < len(cue_starts) and cue_starts[k] < quote.outer.end + _OWN_CUE_WITHIN
