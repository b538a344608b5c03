"""The noun-cue form: `criticism from S that C`, `claims by S that C`, `calls from S to V`.

A reporting noun followed by "from"/"by", a short source phrase and "that"
(or "to" for requests) is an attribution whose speaker follows the cue. Only
a fixed list of nouns takes this form, and the source phrase is at most
``MAX_NOUN_SOURCE_WORDS`` words without a comma or quotation, so the test is one
anchored regular expression per cue.
"""

from __future__ import annotations

import re

from reader.core.attributions.forms.clauses import TIME_WORDS, Found, indirect
from reader.core.attributions.sources import (
    DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    head_word,
    previous_token,
    skip_space_back,
)
from reader.core.model import Span
from reader.core.text.quotes import QuoteIndex

# Reporting nouns and their cue class: the one table for every form that reads a noun as a cue (this one and
# `noun_frames`, which lists the nouns each of its frames takes).
NOUN_CLASSES = {
    "criticism": "accuse",
    "criticisms": "accuse",
    "scorn": "accuse",
    "condemnation": "accuse",
    "assertion": "claim",
    "assertions": "claim",
    "argument": "claim",
    "suggestion": "claim",
    "claim": "claim",
    "claims": "claim",
    "promise": "promise",
    "pledge": "promise",
    "call": "ask",
    "calls": "ask",
    "demand": "ask",
    "demands": "ask",
    "warning": "warn",
    "warnings": "warn",
    "complaint": "say",
    "complaints": "say",
    "concern": "belief",
    "concerns": "belief",
    "fear": "belief",
    "fears": "belief",
    "worry": "belief",
    "belief": "belief",
    "view": "belief",
    "consensus": "belief",
    "sentiment": "belief",
    "assumption": "belief",
    "suspicion": "belief",
    "expectation": "belief",
    "praise": "praise",
    "support": "stance",
    "backing": "stance",
    "endorsement": "stance",
    "endorsements": "stance",
}
# The nouns that take `from/by S that C` here; "calls" takes `to V` too.
NOUN_CUES = frozenset(
    """criticism assertion assertions argument suggestion promise pledge claim claims call calls demand demands
    warning warnings""".split()
)
# Nouns that take a bare that-clause with no speaker after them: "amid complaints that ...", "the belief that ...",
# "his confidence that ...". The speaker is the owner before the noun if there is one ("his", "Mr. Trump's").
# PolNeAR train annotates each at least half the time before "that" + a clause.
# Their class is the reporting_verbs.yaml one (`ReportingVerbs.class_of`); none is in `NOUN_CUES` (those never get here).
THAT_NOUNS = frozenset(
    """complaint complaints concern belief beliefs confidence doubt doubts fear fears worries hopes assurance
    assurances rumor rumors speculation admission""".split()
)
NOUN_ONLY = frozenset(
    {"criticism", "assertion", "assertions", "argument", "suggestion", "complaint", "complaints", "concern", "belief", "beliefs"}
    | {"confidence", "assurance", "assurances", "rumor", "rumors", "speculation", "admission"}
)  # never verbs: without the noun form they are no cue
# Before a noun that is also a verb ("fears", "doubts"), only a determiner, a preposition or one of these adjectives
# makes it the noun: "amid growing fears that"; "Trump fears that" is the verb's.
_NOUN_ADJECTIVES = frozenset("growing widespread new renewed deep serious lingering persistent private public".split())
_THAT_CLAUSE = re.compile(
    r"\s+that\s+(?!(?:is|was|are|were|has|have|had|will|would|could|can|may|might|should|must|does|did|do)\b)(?=\S)"
)
_SAYS_THEN_VERB = re.compile(r"(?:he|she|they|it|we|i|you|[A-Z][\w'’-]*)\s+(?:says|said|say|claims|claimed|believes|thinks)\s")
_PRONOUN_OWNERS = frozenset("his her their its our my your".split())
MAX_NOUN_SOURCE_WORDS = 8
_FROM_BY = re.compile(r"\s+(?:from|by)\s+")
_SOURCE_THEN = re.compile(r"((?:[\w.'’&-]+\s+){0," + str(MAX_NOUN_SOURCE_WORDS - 1) + r"}?[\w.'’&-]+)\s+(that|to|for)\s+(?=\S)")
_TIME_LEAD = frozenset({"earlier", "later", "on", "this", "last", "late", "early", *TIME_WORDS})


def noun_cue(text: str, sentence: Span, cue: Span, cue_text: str, verb_class: str | None, quotes: QuoteIndex) -> Found | None:
    """``verb_class``: the cue's class in the reporting verbs (`ReportingVerbs.class_of`), the class of a bare
    that-clause's noun."""
    if cue_text not in NOUN_CUES:
        return None if verb_class is None else _bare_that(text, sentence, cue, cue_text, verb_class, quotes)
    cue_class = NOUN_CLASSES[cue_text]
    if (owned := _possessive(text, sentence, cue, cue_class, quotes)) is not None:
        return owned  # "Mr. Trump's claims that his net worth exceeds $10 billion"
    link = _FROM_BY.match(text, cue.end, sentence.end)
    if link is None:
        return None
    m = _SOURCE_THEN.match(text, link.end(), sentence.end)
    if m is None or (m.group(2) == "to") != (cue_class == "ask"):
        return None
    if m.group(2) == "for" and not (cue_class == "accuse" and re.match(r"\w+ing\b", text[m.end() : m.end() + 30])):
        return None  # "criticism from Democrats for focusing on ...": what the critics blame
    source = _without_time(text, Span(m.start(1), m.end(1)))
    if source is None or quotes.within(source) or quotes.enclosing(source.start) is not None:
        return None
    start = m.end(2) if m.group(2) == "that" else m.start(2)
    kind, form, content = indirect(text, sentence, start, "noun-" + m.group(2), quotes)
    if kind is None or form is None or content is None:
        return None
    return Found(cue, source, content, kind, form, cue_class, head_word(text, source))


# "Mr. Trump's claims that", "Clinton's warning that": a name (or "the party's") owning a reporting noun.
_OWNER = re.compile(r"((?:[Tt]he\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.-]*)['’]s?\s+(?:[a-z]+\s+)?$")


_OPENERS = frozenset("despite after before with as while since although though and but in on amid given".split())
_FIRST_WORD = re.compile(r"(\S+)\s*")


def _owner_before(text: str, sentence: Span, cue: Span) -> Span | None:
    """The name owning the noun at ``cue``: "Mr. Trump" in "Mr. Trump's claims", "the party" in "Despite the
    party's new warning" (a clause's opening word dropped); None without one."""
    m = _OWNER.search(text, max(sentence.start, cue.start - 60), cue.start)
    if m is None or m.end() != cue.start:
        return None
    start, end = m.span(1)
    first = _FIRST_WORD.match(text, start, end)
    if first is not None and first.group(1).lower() in _OPENERS:
        start = first.end()  # "Despite Mr. Trump's claims"
    return Span(start, end) if start < end else None


def _possessive(text: str, sentence: Span, cue: Span, cue_class: str, quotes: QuoteIndex) -> Found | None:
    if not text.startswith(" that ", cue.end) and not (cue_class == "ask" and text.startswith(" to ", cue.end)):
        return None
    source = _owner_before(text, sentence, cue)
    if source is None or quotes.enclosing(source.start) is not None:
        return None
    start = cue.end + 6 if text.startswith(" that ", cue.end) else cue.end + 1
    comma = text.find(",", start, sentence.end)  # the noun phrase's clause ends at the next comma at the latest
    kind, form, content = indirect(
        text, Span(sentence.start, comma if comma > 0 else sentence.end), start, "noun-possessive", quotes
    )
    if kind is None or form is None or content is None:
        return None
    return Found(cue, source, content, kind, form, cue_class, head_word(text, source))


def _bare_that(text: str, sentence: Span, cue: Span, cue_text: str, cue_class: str, quotes: QuoteIndex) -> Found | None:
    """`amid complaints that C`, `his belief that C`, `growing fears that C`: a noun and its that-clause."""
    if cue_text not in THAT_NOUNS:
        return None
    m = _THAT_CLAUSE.match(text, cue.end, sentence.end)
    if m is None or _SAYS_THEN_VERB.match(text, m.end(), sentence.end):
        return None  # "a passenger complaint that he says was never investigated": a relative clause around a cue
    previous = previous_token(text, sentence.start, cue.start)
    low = previous.lower()
    if cue_text not in NOUN_ONLY and not (low in DETERMINERS or low in PREPOSITIONS or low in _NOUN_ADJECTIVES):
        return None  # "Trump fears that ...": the verb's, read as such
    if low in PRONOUNS or low in ("who", "which", "that"):
        return None
    if low in _PRONOUN_OWNERS:  # "his belief that", however many blanks or line breaks before the noun
        end = skip_space_back(text, cue.start, sentence.start)
        source: Span | None = Span(end - len(previous), end)
    else:
        source = _owner_before(text, sentence, cue)
    if source is not None and quotes.enclosing(source.start) is not None:
        return None
    comma = text.find(",", m.end(), sentence.end)  # the noun phrase's clause ends at the next comma at the latest
    kind, form, content = indirect(
        text, Span(sentence.start, comma if comma > 0 else sentence.end), m.end(), "noun-that-bare", quotes
    )
    if kind is None or form is None or content is None:
        return None
    return Found(cue, source, content, kind, form, cue_class, head_word(text, source) if source is not None else None)


def _without_time(text: str, source: Span) -> Span | None:
    """`a claim by an Obama aide earlier Thursday that`: the time after the source is not part of it."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[source.start : source.end])]
    for n, (s, e) in enumerate(words):
        if text[source.start + s : source.start + e].lower().strip(".") in _TIME_LEAD:
            if n == 0:
                return None
            return Span(source.start, source.start + words[n - 1][1])
    return source
