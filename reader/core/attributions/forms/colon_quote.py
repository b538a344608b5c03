"""A clause, a colon, a quotation: `In a 1963 speech, he declared: "Ich bin ein Berliner"`, `Mark Mahaney, an analyst,
agreed: ''They've got a great brand''`, `A footnote in the report makes that clear: "These assessments ..."`.

The words before the colon introduce the quotation after it, on the same line or opening the next paragraph (a block
quote), as PolNeAR annotates it; a paragraph that ends in a speech verb and a colon (`Hewitt writes:`, `In a speech
last July, he said:`) introduces the next paragraph, quoted or not (a block quote set off by layout alone): the
colon is the cue (the gold cue is the verb phrase up to it), the clause's subject the source. Only where no other cue of the clause was read, and never for a label ("For example:"), a byline ("by The
Wall Street Journal's Jennifer Smith:") or a clause holding a quotation (itself quoted, or a quote before the colon).
Every colon of a sentence is tried ("At 10:30 a.m. the senator had this to say:"), each with one `str.find` and
anchored matches; a reason that rules one clause out (a cue, a quotation) stops the sentence.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from reader.core.attributions.forms.clauses import OPENING_QUOTE, Found, own_cue_after, trim
from reader.core.attributions.sources import SourceMemo, head_word
from reader.core.attributions.subjects import clause_subject, main_subject
from reader.core.lexicons.verbs import ReportingVerbs
from reader.core.model import Span
from reader.core.text.holding import sentences_holding
from reader.core.text.quotes import QuoteIndex

# The colon, blanks, at most one paragraph break, and an opening quotation mark.
_COLON_QUOTE = re.compile(r":[ \t]*(?:\n[ \t]*){0,2}(?=" + OPENING_QUOTE + ")")
# A speech verb ending its paragraph with a colon, and the next paragraph: `Hewitt writes:\n...`.
_VERB_COLON_BLOCK = re.compile(r"([a-z]+):[ \t]*\n[ \t\n]*(?=\S)")
_BLOCK_CLASSES = frozenset({"say", "report"})
_BYLINE = re.compile(r"\bby\s+(?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’.-]*\s*$")
_NOT_PROSE = re.compile(r"[<>=]|\b(?:https?|www)\b")
_WINDOW = 120  # characters before a colon in which its clause's length and a byline are read
_MAX_TRIES = 3  # colons before a quotation read in one sentence: each reads the clause's subject
_MIN_WORDS = 3  # "For example:", "Related:": fewer words are a label, not a clause
_FROM = re.compile(r"\s*From\s")  # "From Josh Feldman writing at Mediaite:": an excerpt's byline
_NO_SUBJECT = frozenset({"there", "here"})


def colon_quotes(
    text: str,
    sentences: Sequence[Span],
    quotes: QuoteIndex,
    verbs: ReportingVerbs,
    memo: SourceMemo | None = None,
    cue_starts: Sequence[int] = (),
    starts: Sequence[int] | None = None,
) -> list[Found]:
    """Every `clause: "quotation"` attribution whose clause has no cue read yet (``cue_starts``, sorted); ``starts``:
    the sentences' starts, when the caller keeps them."""
    found: list[Found] = []
    for k in sentences_holding(text, sentences, literals=(":",), starts=starts):
        sentence = sentences[k]
        colon, read, tries = text.find(":", sentence.start, sentence.end), sentence.start, 0
        while colon >= 0 and tries < _MAX_TRIES:  # "At 10:30 a.m. the senator had this to say about it: "..."
            m = _COLON_QUOTE.match(text, colon)
            block = _block_after(text, colon, verbs)
            if (m is not None or block is not None) and quotes.enclosing(colon) is None:
                if _clause_ruled_out(text, sentence, read, colon, quotes, cue_starts):
                    break  # and so is the clause before every later colon
                got = _at_colon(text, sentence, colon, m.end(), quotes, verbs, memo, cue_starts) if m is not None else None
                if got is None and block is not None:  # a block quote, or one whose quotation marks never close
                    got = _at_block(text, sentence, colon, block, verbs, memo)
                if got is not None:
                    found.append(got)
                    break
                read, tries = colon, tries + 1
            colon = text.find(":", colon + 1, sentence.end)
    return found


def _clause_ruled_out(text: str, sentence: Span, read: int, colon: int, quotes: QuoteIndex, cue_starts: Sequence[int]) -> bool:
    """Whether the words from the sentence start to ``colon`` hold a cue read already (`Mr. Ridge said: "..."`, a
    `Name:` cue), a quotation (not an apostrophe: "Clinton’s campaign manager had this to say"), markup or a link, or
    open with an excerpt's byline: then no later colon of the sentence introduces a quotation either. Markup is
    looked for from ``read`` on (the words before were read for an earlier colon)."""
    j = bisect.bisect_left(cue_starts, sentence.start)
    if j < len(cue_starts) and cue_starts[j] <= colon:
        return True
    clause = Span(sentence.start, colon)
    return (
        bool(quotes.within(clause))
        or _NOT_PROSE.search(text, read, clause.end) is not None
        or bool(_FROM.match(text, clause.start))
    )


def _at_colon(
    text: str,
    sentence: Span,
    colon: int,
    quote_at: int,
    quotes: QuoteIndex,
    verbs: ReportingVerbs,
    memo: SourceMemo | None,
    cue_starts: Sequence[int],
) -> Found | None:
    """The attribution of the clause before ``colon`` and the quotation opening at ``quote_at``, if it is one."""
    window = max(sentence.start, colon - _WINDOW)
    if (len(text[window:colon].split()) < _MIN_WORDS and not _subject_verb(text[window:colon], verbs)) or _BYLINE.search(
        text, window, colon
    ):
        return None
    quote = quotes.starting_at(quote_at)
    if quote is None:
        return None
    if own_cue_after(cue_starts, quote):
        return None  # `...: ''Civility was assumed,'' he said.`: the quotation's own cue
    return _introduced(text, sentence, colon, trim(text, quote.inner), "colon-quote", verbs, memo)


def _block_after(text: str, colon: int, verbs: ReportingVerbs) -> Span | None:
    """The paragraph after ``colon`` when the colon ends a paragraph right after a speech verb of the lexicon
    (`Fox News reports:`, `He said:`); not a label or a noun ("Watch the ad below:", "the following statement:")."""
    start = colon
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    m = _VERB_COLON_BLOCK.match(text, start)
    if (
        m is None
        or m.start(1) != start
        or not text[start - 1 : start].isspace()
        or verbs.class_of(m.group(1)) not in _BLOCK_CLASSES
    ):
        return None
    end = text.find("\n", m.end())
    return trim(text, Span(m.end(), end if end >= 0 else len(text)))


def _at_block(text: str, sentence: Span, colon: int, block: Span, verbs: ReportingVerbs, memo: SourceMemo | None) -> Found | None:
    """The attribution of the clause before ``colon`` and the paragraph ``block`` it introduces."""
    if len(text[max(sentence.start, colon - _WINDOW) : colon].split()) < 2:
        return None  # a lone "Said:" is a label
    return _introduced(text, sentence, colon, block, "colon-block", verbs, memo)


def _introduced(
    text: str, sentence: Span, colon: int, content: Span, form: str, verbs: ReportingVerbs, memo: SourceMemo | None
) -> Found | None:
    """The clause before ``colon`` as the source and cue of ``content``, if the clause has a subject."""
    source = main_subject(text, sentence, colon, verbs, memo) or clause_subject(text, sentence, colon, verbs)
    if source is None or source.end > colon or text[source.start : source.end].lower() in _NO_SUBJECT:
        return None
    if len(content) == 0:
        return None
    return Found(_verb_phrase(text, source, colon), source, content, "direct", form, "say", head_word(text, source))


_TWO_WORDS = re.compile(r"\s*(?:[A-Z][\w'’-]+|he|she|they|we|it)\s+([a-z]+)\s*$")


def _subject_verb(clause: str, verbs: ReportingVerbs) -> bool:
    """A two-word clause that is a subject and its verb ("Kasich resisted:", "He said:", "Hewitt writes:"), not a label
    ("Photo credit:", "Read more:"): a name or pronoun, then a past form or a cue of the lexicon."""
    m = _TWO_WORDS.fullmatch(clause)
    return m is not None and (m.group(1).endswith("ed") or verbs.class_of(m.group(1)) is not None)


def _verb_phrase(text: str, source: Span, colon: int) -> Span:
    """The cue: the words from the subject (or the clause's last comma) to the colon, which PolNeAR takes as the
    cue ("had this to say about his free-college proposal:", "agreed:")."""
    start = max(source.end, text.rfind(",", source.end, colon) + 1)
    while start < colon and text[start].isspace():
        start += 1
    return Span(start, colon + 1)
