"""The source of an attribution: find its noun phrase, then decide who it is.

Finding works on the words just left of a cue ("Egyptian journalist Ashraf
Abu Al-Houl said") or just right of a fixed phrase ("according to the
report"). Resolving maps the phrase to an actor through the actor mentions it
overlaps, preferring the mention on its head noun, and falls back on the
article's earlier sources for pronouns and for "the report"/"the newspaper".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from reader.attributions_verbs import ReportingVerbs
from reader.model import Actor, Span
from reader.span_index import SpanIndex

# Words (with inner hyphens, apostrophes and dots: "Al-Houl", "Hamas's", "U.S.") and single punctuation marks.
TOKEN = re.compile(r"[^\W_]+(?:['’\-.][^\W_]+)*|[^\w\s]")

# Between a subject and its verb: auxiliaries and adverbs ("Al-Houl further said", "has reportedly told").
SKIP_BEFORE_CUE = frozenset(
    """has have had is was were are am be been being will would could should may might can did does do
    also further later earlier previously reportedly allegedly then once again repeatedly publicly
    recently already not never first last subsequently separately privately openly""".split()
)
BOUNDARY_WORDS = frozenset(
    """that which who whom whose when while as because if and but or nor after before since where than so
    then though although until unless whether why how what where whereas""".split()
)
PREPOSITIONS = frozenset("of for at from in with to on by about over under into near among within".split())
DETERMINERS = frozenset(
    "the a an his her its their our my your this these those some many several other another any each".split()
)
PRONOUNS = frozenset("he she they it we i you".split())
# Modifiers that may stand before a name without breaking it ("senior Hamas figure Mahmoud al-Zahar").
NAME_MODIFIERS = frozenset("senior former top veteran prominent local foreign chief deputy acting leading".split())
# Capitalised words that usually modify rather than name ("Egyptian sources"): nationality adjectives.
DEMONYM_SUFFIXES = ("ian", "ean", "ese", "ish", "i", "ic", "can")
DEMONYMS = frozenset("saudi thai french dutch greek swiss british german israeli iraqi arab".split())
MAX_SOURCE_WORDS = 10
SOURCE_WINDOW = 120  # characters left of a cue that can hold its source phrase
OUTLET_HEADS = frozenset("report newspaper paper outlet daily agency channel broadcaster network station website".split())
PERSON_PRONOUNS = frozenset({"he", "she"})
_NOT_NAMES_FIRST = DETERMINERS | PRONOUNS  # "The", "He": capitals from the sentence start
POSSESSIVE_PRONOUNS = frozenset({"his", "her"})


def words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in TOKEN.finditer(text, start, end)]


def is_word(text: str, tok: tuple[int, int]) -> bool:
    return text[tok[0]].isalnum()


def is_demonym(word: str) -> bool:
    low = word.lower()
    return word[:1].isupper() and (low in DEMONYMS or (len(low) > 4 and low.endswith(DEMONYM_SUFFIXES)))


def source_before(text: str, sent_start: int, cue_start: int, verbs: ReportingVerbs,
                  memo: dict | None = None) -> tuple[Span | None, str]:
    """The subject noun phrase left of a cue, and what stopped the search.

    The second value is "np" when a phrase was found, "comma" when the cue
    follows a comma or quote (an inverted or trailing cue), "coordinated" when
    it follows "and"/"but" (the subject is the clause's first phrase), and
    "none" otherwise. The answer depends on the words of a short window alone,
    and half the windows of a news article recur ("Foreign Minister Olga Vance
    said"): ``memo``, when given, keeps answers by window.
    """
    # A source is a few words long: a short window is plenty, and long sentences stay cheap.
    start = max(sent_start, cue_start - SOURCE_WINDOW)
    key = (text[start:cue_start], cue_start - SOURCE_WINDOW > sent_start)
    found = memo.get(key) if memo is not None else None
    if found is None:
        found = _subject_in(*key, verbs)
        if memo is not None:
            memo[key] = found
    offsets, status = found
    return (Span(start + offsets[0], start + offsets[1]) if offsets else None), status


def _subject_in(text: str, cut: bool, verbs: ReportingVerbs) -> tuple[tuple[int, int] | None, str]:
    """`source_before` within a window of text; ``cut`` when the window starts inside the sentence."""
    toks = words(text, 0, len(text))
    if toks and cut:
        toks = toks[1:]  # the first word may be cut in half
    i = len(toks) - 1
    while i >= 0 and text[toks[i][0]:toks[i][1]].lower() in SKIP_BEFORE_CUE:
        i -= 1
    if i < 0:
        return None, "none"
    first = text[toks[i][0]:toks[i][1]].lower()
    if not is_word(text, toks[i]):
        return None, "comma"
    if first in ("and", "but"):
        return None, "coordinated"
    if first in PRONOUNS:
        return toks[i], "np"
    picked: list[tuple[int, int]] = []
    name_run = True  # every picked word is capitalised and no demonym
    while i >= 0 and len(picked) < MAX_SOURCE_WORDS:
        tok = toks[i]
        word = text[tok[0]:tok[1]]
        low = word.lower()
        if not text[tok[0]].isalnum() or low in BOUNDARY_WORDS or low in PRONOUNS or low in SKIP_BEFORE_CUE:
            break
        if low in PREPOSITIONS:
            if not _attaches(text, toks, i, verbs):
                break
        elif picked and name_run and word[:1].islower():
            if low not in verbs.role_heads and low not in NAME_MODIFIERS and low not in DETERMINERS:
                break
        picked.insert(0, tok)
        name_run = name_run and word[0].isupper() and not is_demonym(word)
        i -= 1
        if low in DETERMINERS or low.endswith(("'s", "’s")) and len(picked) > 1:
            if not (i >= 1 and text[toks[i][0]:toks[i][1]].lower() in PREPOSITIONS and _attaches(text, toks, i, verbs)):
                break
    while picked and text[picked[0][0]:picked[0][1]].lower() in PREPOSITIONS:
        picked.pop(0)
    if not picked or text[picked[-1][0]:picked[-1][1]].lower() in DETERMINERS:
        return None, "none"
    return (picked[0][0], picked[-1][1]), "np"


def _attaches(text: str, toks: list[tuple[int, int]], i: int, verbs: ReportingVerbs) -> bool:
    """Whether the preposition at ``toks[i]`` belongs inside the phrase ("a source close to", "spokesman for")."""
    if i == 0:
        return False
    prep = text[toks[i][0]:toks[i][1]].lower()
    before = text[toks[i - 1][0]:toks[i - 1][1]].lower()
    if (prep, before) in (("to", "close"), ("with", "familiar")):
        return True
    return prep in ("of", "for", "at", "from", "in", "with") and (before in verbs.role_heads or before in verbs.anonymous_heads)


def phrase_after(text: str, start: int, end: int) -> Span | None:
    """A noun phrase from ``start`` up to the next comma, colon, quote or clause word before ``end``."""
    toks = words(text, start, min(end, start + SOURCE_WINDOW))
    picked: list[tuple[int, int]] = []
    for tok in toks:
        low = text[tok[0]:tok[1]].lower()
        if not is_word(text, tok) or low in BOUNDARY_WORDS or low in ("published", "released", "issued", "seen"):
            break
        if low == "on" and picked:  # "on Tuesday", "on its website": a time or place, not the source
            break
        picked.append(tok)
        if len(picked) >= MAX_SOURCE_WORDS:
            break
    while picked and text[picked[-1][0]:picked[-1][1]].lower() in PREPOSITIONS | DETERMINERS:
        picked.pop()
    if not picked:
        return None
    return Span(picked[0][0], picked[-1][1])


def head_word(text: str, span: Span) -> Span:
    """The head noun: the last word before a post-modifying preposition ("sources close to ..." -> sources)."""
    found = _head_in(text[span.start:span.end])
    if found is None:
        return span
    return Span(span.start + found[0], span.start + found[1])


@lru_cache(maxsize=65536)
def _head_in(phrase: str) -> tuple[int, int] | None:
    """`head_word` within a phrase, as offsets into it: source phrases recur ("security sources", names)."""
    toks = [t for t in words(phrase, 0, len(phrase)) if phrase[t[0]].isalnum()]
    if not toks:
        return None
    for n, tok in enumerate(toks[1:], start=1):
        if phrase[tok[0]:tok[1]].lower() in PREPOSITIONS:
            if n >= 2 and phrase[toks[n - 1][0]:toks[n - 1][1]].lower() in ("close", "familiar", "near"):
                return toks[n - 2]  # "a source close to ..." -> source
            return toks[n - 1]
    return toks[-1]


class SourceInfo(NamedTuple):
    actor: str | None
    anonymous: bool
    named: bool  # carries a proper name (so a later "the report"/"he" may point back to it)
    owner: str | None = None  # whose role it is: "his lawyer" -> the person "his" points to


class SourceResolver:
    """Resolves source phrases of one article, in text order, remembering earlier sources."""

    def __init__(self, text: str, article_id: str, actors: Sequence[Actor], verbs: ReportingVerbs):
        self.text = text
        self.verbs = verbs
        self.kinds = {actor.id: actor.kind for actor in actors}
        self.names = {actor.id: actor.name for actor in actors}
        self.mentions = SpanIndex(sorted(
            (m.start, m.end, actor.id) for actor in actors for m in actor.mentions if m.article == article_id
        ))
        self.last_person: SourceInfo | None = None
        self.last_named_outlet: SourceInfo | None = None
        self.surnames: set[str] = set()  # last words of person sources, so a later bare "Okafor" is a person too
        # What a source phrase's words alone say, by phrase: the same sources recur all through an article.
        self._named: dict[str, bool] = {}
        self._words: dict[str, list[str]] = {}

    def resolve(self, span: Span, cue_class: str | None, head: Span | None = None) -> SourceInfo:
        """Who ``span`` is; ``head`` is its `head_word` when the caller already has it."""
        text = self.text
        phrase = text[span.start:span.end]
        low = phrase.lower()
        if head is None:
            head = head_word(text, span)
        head_low = text[head.start:head.end].lower()
        if low in PERSON_PRONOUNS:
            info = self.last_person or SourceInfo(None, False, False)
            return self._remember(info, cue_class, person=True)
        actor = self._actor_for(span, head)
        named = actor is not None or self._has_name(span)
        low_words = low.split()
        first = low_words[0] if low_words else ""
        owner = None
        if first in POSSESSIVE_PRONOUNS:
            owner = self.last_person.actor if self.last_person else None
        elif first.endswith(("'s", "’s")) and len(low_words) > 1:
            owner = phrase.split()[0].rstrip("'’s") or None
        if actor is None and not named and first in ("the", "this") and head_low in OUTLET_HEADS:
            if self.last_named_outlet is not None:
                return self._remember(SourceInfo(self.last_named_outlet.actor, False, True), cue_class, outlet=True)
        anonymous = actor is None and not named and owner is None and head_low in self.verbs.anonymous_heads
        info = SourceInfo(actor, anonymous, named, owner)
        person = (actor is not None and self.kinds.get(actor) == "person") or (
            actor is None and named and self._looks_like_person(span)
        )
        if person:
            self.surnames.add(text[head.start:head.end])
        outlet = head_low in OUTLET_HEADS or cue_class == "report" or (actor is not None and self.kinds.get(actor) == "media")
        return self._remember(info, cue_class, person=person, outlet=outlet)

    def _remember(self, info: SourceInfo, cue_class: str | None, person: bool = False, outlet: bool = False) -> SourceInfo:
        if person:
            self.last_person = info
        if outlet and info.named:
            self.last_named_outlet = info
        return info

    def _actor_for(self, span: Span, head: Span) -> str | None:
        overlapping = self.mentions.overlapping(span.start, span.end)
        for start, end, actor in overlapping:
            if start < head.end and head.start < end:
                return actor
        for start, end, actor in overlapping:
            # A country or place named only as an adjective ("Egyptian sources") is not the speaker.
            if self.kinds.get(actor) not in ("country", "place") and not is_demonym(self.text[start:end]):
                return actor
        return None

    def _has_name(self, span: Span) -> bool:
        phrase = self.text[span.start:span.end]
        named = self._named.get(phrase)
        if named is None:
            named = self._named[phrase] = _names_someone(phrase, self.verbs.anonymous_heads)
        return named

    def _looks_like_person(self, span: Span) -> bool:
        """Two or more capitalised words at the end (a full name), or a role noun before a name."""
        phrase = self.text[span.start:span.end]
        toks = self._words.get(phrase)
        if toks is None:
            toks = self._words[phrase] = [phrase[s:e] for s, e in words(phrase, 0, len(phrase))]
        caps = 0
        for word in reversed(toks):
            if not word[:1].isupper():
                break
            caps += 1
        if caps == 1 and toks[-1] in self.surnames:
            return True
        return caps >= 2 or (caps == 1 and len(toks) > 1 and toks[-2].lower() in self.verbs.role_heads)


def _names_someone(phrase: str, anonymous_heads: frozenset[str]) -> bool:
    """Whether a source phrase carries a proper name (`SourceResolver._has_name`)."""
    toks = [t for t in words(phrase, 0, len(phrase)) if is_word(phrase, t)]
    for n, (s, e) in enumerate(toks):
        if n > 0 and phrase[s:e].lower() in PREPOSITIONS:
            break  # "media reports in Egypt": a name after the head does not name the source
        word = phrase[s:e]
        if not word[:1].isupper() or is_demonym(word) or word.lower() in anonymous_heads:
            continue  # "Egyptian sources", "Officials said": capitals that name nobody
        if n == 0 and n + 1 < len(toks) and phrase[toks[1][0]].islower():
            continue  # "Local residents", "Government officials": a capital from the sentence start
        if n == 0 and word.lower() in _NOT_NAMES_FIRST:
            continue
        return True
    return False
