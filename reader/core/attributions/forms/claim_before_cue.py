"""The claim-before-cue form: `"Q," S said`, `C, S said`, `"Q," said S` — the content comes before the cue."""

from __future__ import annotations

import re

from reader.core.attributions.forms.clauses import LEADING_CONJUNCTION, TIME_WORDS, Found, direct, trim
from reader.core.attributions.forms.cue_content import MAX_TAIL, adjunct_tail
from reader.core.attributions.sources import BOUNDARY_WORDS, PRONOUNS, SKIP_BEFORE_CUE, skip_space_back
from reader.core.attributions.subjects import speaker_after
from reader.core.model import Span
from reader.core.text.quotes import QuoteIndex

# A few words between a closing quotation and the source phrase found left of the cue ("his friend", "the
# Zionist Union Party's"): they belong to the source.
_WORDS_AFTER_QUOTE = re.compile(r"(?:[,?!](?:[\"”’]|'')|,)\s+((?:[\w'’.-]+\s+){1,5})$")


# Words that open a clause or a verb phrase: a gap holding one is no part of the source ("..., as the crowd applauded").
_GAP_STOPS = BOUNDARY_WORDS | SKIP_BEFORE_CUE | frozenset("only get got gets now".split())


def trailing(
    text: str,
    sentence: Span,
    cue: Span,
    source: Span | None,
    head: Span | None,
    status: str,
    cue_class: str | None,
    quotes: QuoteIndex,
    joined: Span | None = None,
) -> Found | None:
    """`"Q," S said` / `C, S said` / `"Q," said S`: the content comes before. ``joined``: ``source`` already
    passed through `joined_after_quote`, when the caller has it."""
    if status == "comma":
        source, head = speaker_after(text, cue.end, sentence.end), None
        before = cue.start
    else:
        # `"Q," his friend Mahamat Oumar told`
        source = joined if joined is not None else source and joined_after_quote(text, sentence, source)
        before = source.start if source is not None else cue.start
    if source is None:
        return None
    comma = skip_space_back(text, before, sentence.start)
    if comma <= sentence.start and quotes.ending_at(comma) is None:  # `"Q?" S said`: the quotation ended a sentence
        return None
    if text[comma - 1] == ",":
        comma -= 1
        closing = skip_space_back(text, comma, 0)
    else:
        closing = comma
    quote = quotes.ending_at(closing)  # which marks close a quotation is `QuoteIndex`'s to say
    if quote is not None:
        kind, read_form, content = direct(text, quote)
        if kind is None or content is None or content.overlaps(source):
            return None
        form = "direct-multi" if read_form == "direct-multi" else "inverted-direct"
        return Found(cue, source, content, kind, form, cue_class, head)
    if text[comma : comma + 1] != ",":
        return None
    start = sentence.start
    lead = LEADING_CONJUNCTION.match(text, start, comma)
    if lead:
        start = lead.end()
    content = trim(text, Span(start, comma))
    if content.end == content.start or content.overlaps(source) or _opening_adverbial(text, sentence, cue, content):
        return None
    kind = "mixed" if quotes.within(content) else "indirect"
    return Found(cue, source, content, kind, "inverted", cue_class, head)


# Words of a sentence-opening adverbial of time: "Then, she apologized.", "Now, Carson has responded to ...".
_WHEN_WORDS = TIME_WORDS | frozenset(
    "then now later earlier soon finally eventually afterward afterwards again last next".split()
)


def _opening_adverbial(text: str, sentence: Span, cue: Span, content: Span) -> bool:
    """`Then, she apologized.`: the words before "S said" only tell when, and no comma after the cue makes "S said"
    an aside ("Now, he says, at least seven ... agree" keeps its reading): the verb is the sentence's own."""
    words = text[content.start : content.end].lower().replace(",", " ").split()
    return all(w in _WHEN_WORDS for w in words) and text.find(",", cue.end, sentence.end) < 0


def joined_after_quote(text: str, sentence: Span, source: Span) -> Span:
    """``source`` with the few words between it and a closing quotation (or comma) before it, when they belong to
    it: `"Q," his friend Mahamat Oumar told`, `"Q," state Sen. Jason Holsman (D) said` (the whole phrase speaks)."""
    low = max(sentence.start, source.start - 50)
    before = text[low : source.start]
    if "," not in before and "?" not in before and "!" not in before:
        return source  # no comma and no closing quotation: nothing to join (three `in` tests, no generator, no regex)
    gap = _WORDS_AFTER_QUOTE.search(text, low, source.start)
    if gap is not None and _gap_joins(text, source, gap.group(1).lower().split()):
        return Span(gap.start(1), source.end)
    return source


def _gap_joins(text: str, source: Span, gap: list[str]) -> bool:
    """Whether the words between a closing quotation and the phrase found left of the cue belong to that phrase:
    `"Q," his friend Mahamat Oumar told`, `"Q," Edward-Isaac Dovere and Gabriel Debenedetti wrote` (subjects joined
    by "and"), `"Q," the prime minister's spokesman said` (a phrase cut after its possessive). Not "a charge she
    denied", "an idea the union rejected", "prisoner of war now charged": a pronoun or a lower-case phrase
    that no possessive cut opens a phrase of its own."""
    first = text[source.start : source.end].split()[0].lower()
    if 2 <= len(gap) <= 3 and gap[-1] == "and" and _coordinated_gap(gap[:-1]):
        return True  # `C, current and former officials said`, `C, she and another reporter said`
    if first in PRONOUNS or not (text[source.start].isupper() or first.endswith(("'s", "’s"))):
        return False
    return gap[0] != "and" and not _GAP_STOPS.difference({"and"}).intersection(gap)


def _coordinated_gap(words: list[str]) -> bool:
    """The first of two subjects joined by "and" (its one or two words right after the comma): a pronoun alone ("she
    and another reporter"), a modifier ("current and former officials") or a determiner and its noun ("the mayor
    and her deputy"); no verb or clause word ("a charge she and her lawyer denied" has three)."""
    if len(words) == 1:
        return words[0] in PRONOUNS or words[0] not in _GAP_STOPS
    return words[0] in _LEADING_DETERMINERS and not _GAP_STOPS.intersection(words)


_LEADING_DETERMINERS = frozenset("the his her their its our a an".split())


def adjunct_then_participle(text: str, pos: int, end: int) -> bool:
    """`C, Hansen said Tuesday in Oslo, noting ...`: a time or place, a comma, then a participle of the same subject
    (`said, noting ...` has the comma at ``pos``, which `verb_cue` reads already)."""
    comma = text.find(",", pos, min(end, pos + MAX_TAIL))
    if comma <= pos or text.startswith("to ", pos) or not adjunct_tail(text, pos, comma):
        return False  # "pledged to bolster its army, reversing ...": what was pledged
    word = text[comma + 1 : comma + 20].split(None, 1)
    return bool(word) and word[0].endswith("ing") and word[0].isalpha() and word[0].islower()


def after_comma(text: str, source: Span | None, sentence: Span) -> bool:
    """Whether a comma (or a closing quotation mark) stands right before ``source``: `C, S said`."""
    if source is None:
        return False
    before = skip_space_back(text, source.start, sentence.start)
    return before > sentence.start and text[before - 1] in ",”\"'’"


_SUBJECT_DETERMINERS = frozenset("the a an his her their its".split())


def claim_comma_before(text: str, source: Span | None, sentence: Span) -> bool:
    """Whether ``source`` opens with a determiner right after a comma with words before it: `C, the lawsuit alleges.`,
    `C, the editorial board writes.` (a list item "..., the plans." has no verb after it to be read here)."""
    if source is None or text[source.start : source.end].split(None, 1)[0].lower() not in _SUBJECT_DETERMINERS:
        return False
    comma = skip_space_back(text, source.start, sentence.start)
    return comma > sentence.start + 1 and text[comma - 1] == ","
