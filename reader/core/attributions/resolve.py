"""Who a source phrase is: an actor, an anonymous source, or an earlier speaker.

A phrase maps to an actor through the actor mentions it overlaps, preferring
the mention on its head noun. "the report"/"the newspaper" point back to the
last named outlet. "he"/"she" point back to a person nearby: the most recent
person source in the same or the previous paragraph, else the most recent
person mentioned there, else the last person source of the article; a
candidate whose gender is known to differ from the pronoun's is passed over.
Gender comes only from explicit hints (titles, role nouns, a list of given
names, a pronoun already resolved to that person), never from guessing.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from typing import NamedTuple

from reader.core.attributions.sources import (
    DETERMINERS,
    NAME_MODIFIERS,
    PREPOSITIONS,
    PRONOUNS,
    head_word,
    is_demonym,
    is_word,
    words,
)
from reader.core.lexicons.verbs import ReportingVerbs
from reader.core.model import Actor, MentionEntry, Span
from reader.core.span_index import SpanIndex
from reader.core.text.quotes import QuoteIndex

OUTLET_HEADS = frozenset("report newspaper paper outlet daily agency channel broadcaster network station website".split())
PERSON_PRONOUNS = {"he": "m", "she": "f"}
# Heads of a description that stands for a person just named ("the Republican congressman", "the GOP front-runner").
DESCRIPTION_HEADS = frozenset(
    """congressman congresswoman senator lawmaker candidate nominee front-runner frontrunner mogul billionaire
    governor mayor politician incumbent challenger businessman businesswoman""".split()
)
POSSESSIVE_PRONOUNS = frozenset({"his", "her"})
_NOT_NAMES_FIRST = DETERMINERS | PRONOUNS  # "The", "He": capitals from the sentence start
_MAX_LOOKBACK = 50  # person sources a pronoun may reach back over, when nearer ones have the wrong gender
ROLE_WINDOW = 6000  # characters before "the president said" searched for "President <Name>"
_Mention = tuple[int, int, str]  # (start, end, Actor.id) of an actor's mention


class SourceInfo(NamedTuple):
    actor: str | None
    anonymous: bool
    named: bool  # carries a proper name (so a later "the report"/"he" may point back to it)
    owner: str | None = None  # whose role it is: "his lawyer" -> the person "his" points to


class _Person(NamedTuple):
    """A person source or mention a later pronoun may point back to."""

    position: int
    info: SourceInfo
    gender: str | None  # known at once for a pronoun; else read from ``phrase`` when a pronoun asks
    phrase: str | None = None


class SourceResolver:
    """Resolves source phrases of one article, in text order, remembering earlier sources.

    ``own`` is the article's actor mentions, sorted: its entry in `mentions_by_article`, not changed here.
    """

    def __init__(
        self,
        text: str,
        actors: Sequence[Actor],
        own: Sequence[MentionEntry],
        verbs: ReportingVerbs,
        paragraphs: Sequence[Span] = (),
        sentence_starts: Sequence[int] = (),
        quotes: QuoteIndex | None = None,
    ):
        self.text = text
        self.verbs = verbs
        self.kinds = {actor.id: actor.kind for actor in actors}
        self.names = {actor.id: actor.name for actor in actors}
        self.mentions = SpanIndex(own)
        people = {actor.id for actor in actors if actor.kind == "person"}  # (a set test a mention, not a look-up)
        self.person_mentions = [m for m in own if m[2] in people]  # (start, end, Actor.id)
        self.paragraph_starts = [p.start for p in paragraphs] or [0]
        self.sentence_starts = list(sentence_starts)
        self.quotes = quotes
        self.person_pairs = _coordinated_people(text, self.person_mentions)  # "Mr. Udall and Mr. Wyden": what "they" may be
        self.person_sources: list[_Person] = []
        self.plural_sources: list[tuple[int, SourceInfo]] = []  # sources "they" may point back to
        self.last_named_outlet: SourceInfo | None = None
        self.surnames: set[str] = set()  # last words of person sources, so a later bare "Okafor" is a person too
        self.learned: dict[str, str] = {}  # actor id -> gender a resolved pronoun gave it
        # What a source phrase's words alone say, by phrase: the same sources recur all through an article.
        self._named: dict[str, bool] = {}
        self._words: dict[str, list[str]] = {}
        self._genders: dict[tuple[str, str | None], str | None] = {}

    @property
    def last_person(self) -> SourceInfo | None:
        return self.person_sources[-1].info if self.person_sources else None

    def resolve(self, span: Span, cue_class: str | None, head: Span | None = None) -> SourceInfo:
        """Who ``span`` is; ``head`` is its `head_word` when the caller already has it."""
        text = self.text
        phrase = text[span.start : span.end]
        low = phrase.lower()
        if low in PERSON_PRONOUNS:
            return self._pronoun(span.start, PERSON_PRONOUNS[low])
        if low == "they":
            return self._plural(span.start)
        if head is None:
            head = head_word(text, span)
        head_low = text[head.start : head.end].lower()
        actor = self._actor_for(span, head)
        if actor is not None and head_low in self.verbs.anonymous_heads and self.names.get(actor, "").lower() == head_low:
            actor = None  # "Economists said": a generic noun the actor list took for a name
        named = actor is not None or self._has_name(span)
        low_words = low.split()
        first = low_words[0] if low_words else ""
        owner = None
        if first in POSSESSIVE_PRONOUNS:
            owner = self.last_person.actor if self.last_person else None
        elif first.endswith(("'s", "’s")) and len(low_words) > 1:
            owner = phrase.split()[0].rstrip("'’s") or None
        if actor is None and not named and first == "the" and head_low in self.verbs.role_heads:
            actor = self._role_holder(span)  # "the former vice president" -> who was "Vice President Biden"
            named = actor is not None
        if actor is None and not named and first == "the" and head_low in DESCRIPTION_HEADS:
            actor = self._described(span, head_low)  # "Missouri Rep. Todd Akin ..., as the Republican congressman vowed"
            named = actor is not None
        if actor is None and not named and first in ("the", "this") and head_low in OUTLET_HEADS:
            if self.last_named_outlet is not None:
                return SourceInfo(self.last_named_outlet.actor, False, True)
        anonymous = (
            actor is None
            and not named
            and owner is None
            and head_low in self.verbs.anonymous_heads
            and not (head_low in self.verbs.state_heads and any(is_demonym(w) for w in phrase.split()))
        )
        info = SourceInfo(actor, anonymous, named, owner)
        # "Choe's camp", "Smith's lawyer" speak, not Choe or Smith: no later "he"/"she" reaches them through it.
        possessed = first.endswith(("'s", "’s")) and len(low_words) > 1
        person = not possessed and (
            (actor is not None and self.kinds.get(actor) == "person")
            or (actor is None and named and self._looks_like_person(span))
        )
        if actor is not None and (
            " and " in low or (not person and (head_low.endswith("s") or self.kinds.get(actor) == "group"))
        ):
            self.plural_sources.append((span.start, info))  # "Mr. Udall and Mr. Wyden", "House Republicans"
        if person:
            self.surnames.add(text[head.start : head.end])
            self.person_sources.append(_Person(span.start, info, None, phrase))
        outlet = head_low in OUTLET_HEADS or cue_class == "report" or (actor is not None and self.kinds.get(actor) == "media")
        if outlet and info.named:
            self.last_named_outlet = info
        return info

    def _pronoun(self, position: int, gender: str) -> SourceInfo:
        """The person "he"/"she" at ``position`` points back to (see the module's docstring)."""
        para = bisect.bisect_right(self.paragraph_starts, position) - 1
        near = self.paragraph_starts[max(0, para - 1)]
        earlier = [p for p in reversed(self.person_sources[-_MAX_LOOKBACK:]) if p.position < position]
        nearby = self._nearby(near, position, earlier)
        mentions = self._salient_people(near, position)
        for candidate in itertools.chain(self._sentence_subject(position, earlier), nearby, mentions, earlier):
            known = candidate.gender if candidate.phrase is None else self._gender(candidate.phrase, candidate.info.actor)
            if known in (None, gender):
                info = candidate.info
                break
        else:
            # Every candidate is of the other gender: an unresolved "he" beats a wrong woman.
            info = SourceInfo(None, False, False)
        if info.actor is not None:
            self.learned.setdefault(info.actor, gender)
        self.person_sources.append(_Person(position, info, gender))
        return info

    def _nearby(self, near: int, position: int, earlier: list[_Person]) -> list[_Person]:
        """Person sources since ``near`` and the people later sentences there opened with, latest first:
        `Cornyn told him ... Akin made the remarks in an interview. He claimed ...` -> Akin."""
        sources = list(itertools.takewhile(lambda p: p.position >= near, earlier))
        if not self.sentence_starts:
            return sources
        after = sources[0].position if sources else near
        first = bisect.bisect_right(self.sentence_starts, after)
        last = bisect.bisect_right(self.sentence_starts, position) - 1  # the pronoun's own: `_sentence_subject`
        subjects = []
        for k in range(max(first, last - _MAX_SUBJECT_SENTENCES), last):
            subject = self._opening_person(self.sentence_starts[k], self.sentence_starts[k + 1])
            if subject is not None:
                subjects.append(subject)
        return subjects[::-1] + sources

    def _opening_person(self, start: int, end: int) -> _Person | None:
        """The person a sentence opens with, as its subject: named before any pronoun and outside quotes."""
        first = self._opener(start, end, _opens_subject)
        return None if first is None else self._mentioned(first)

    def _opener(self, start: int, end: int, opens: Callable[[str], bool]) -> _Mention | None:
        """The first person named outside quotes from a sentence's ``start`` to ``end``, if ``opens`` takes it."""
        found = self._unquoted_mentions(start, end)
        if not found or not opens(self.text[start : found[0][0]]):
            return None
        after = _NEXT_WORD.match(self.text, found[0][1])
        if after is not None and (after.group(1) is not None or after.group(2) in self.verbs.role_heads):
            return None  # "Obama's spokesman", "The elder Cheney daughter": the name only modifies the subject
        return found[0]

    def _sentence_subject(self, position: int, earlier: list[_Person]) -> list[_Person]:
        """`Asa Hutchinson, who led the review, appeared to ease off -- he said ...`: with no source yet in
        the pronoun's sentence, the first person named in it before the pronoun (its subject) comes first."""
        k = bisect.bisect_right(self.sentence_starts, position) - 1
        if k < 0:
            return []
        start = self.sentence_starts[k]
        if earlier and earlier[0].position >= start:
            return []  # a source of this sentence already: the usual order finds it first
        first = self._opener(start, position, _opens_sentence)
        if first is None:
            return []  # "He thanked President Xi, who he said ...": the sentence's subject is no one named
        return [self._mentioned(first)]

    def _plural(self, position: int) -> SourceInfo:
        """ "they": the last plural source with an actor in this or the previous paragraph, if any."""
        para = bisect.bisect_right(self.paragraph_starts, position) - 1
        near = self.paragraph_starts[max(0, para - 1)]
        source = self.plural_sources[-1] if self.plural_sources and near <= self.plural_sources[-1][0] < position else None
        k = bisect.bisect_left(self.person_pairs, (position, ""))
        pair = self.person_pairs[k - 1] if k > 0 and self.person_pairs[k - 1][0] >= near else None
        if pair is not None and (source is None or source[0] < pair[0]):
            # No plural source since two people were named together: "they" are those two (the first stands for both).
            info = SourceInfo(pair[1], False, True)
        else:
            info = source[1] if source is not None else SourceInfo(None, False, False)
        if info.actor is not None:
            self.plural_sources.append((position, info))  # a later "they", paragraphs on, is still them
        return info

    def _role_holder(self, span: Span) -> str | None:
        """The person last named with this role as a title before ``span``: "the president" after "President Obama"."""
        role = [w for w in self.text[span.start : span.end].lower().split() if w not in DETERMINERS and w not in NAME_MODIFIERS]
        if not role or len(role) > 3 or not all(w.isalpha() for w in role):
            return None
        start = max(0, span.start - ROLE_WINDOW)
        title = re.compile(r"\b" + r"\s+".join(role) + r"\.?\s+(?=[A-Z])", re.IGNORECASE)
        holder = None
        for m in title.finditer(self.text, start, span.start):
            if not self.text[m.start()].isupper():
                continue  # a title is capitalised: "President Obama", not "the president Obama"
            for mention_start, _, actor in self.mentions.overlapping(m.end(), m.end() + 1):
                if mention_start <= m.end() and self.kinds.get(actor) == "person":
                    holder = actor
        return holder

    def _described(self, span: Span, head_low: str) -> str | None:
        """The person a described source ("the Republican congressman", "the Democratic presidential
        candidate") stands for: with at least one word between "the" and the head, the latest person
        named outside quotes in its own or the previous sentence, of the head's gender if it has one."""
        phrase = self.text[span.start : span.end].split()
        if not 3 <= len(phrase) <= 6 or not self.sentence_starts:
            return None
        k = bisect.bisect_right(self.sentence_starts, span.start) - 1
        start = self.sentence_starts[max(0, k - 1)]
        gender = self.verbs.gender_words.get(head_low)
        for _, _, actor in reversed(self._unquoted_mentions(start, span.start)):
            known = self._gender(self.names.get(actor, ""), actor)
            if gender is None or known in (None, gender):
                return actor
            return None  # the latest person is of the other gender: someone not named here
        return None

    def _salient_people(self, start: int, end: int) -> Iterator[_Person]:
        """`_mentions_by_salience` as people, sorted only when a pronoun gets that far: most take a candidate before
        them (a generator expression over the sorted list sorted them for every pronoun)."""
        for mention in self._mentions_by_salience(start, end):
            yield self._mentioned(mention)

    def _mentions_by_salience(self, start: int, end: int) -> list[_Mention]:
        """Person mentions in [start, end) a pronoun may point to: none quoted ("negotiated by Vice President
        Biden," he told), the latest sentence first and, within a sentence, its first (subject) mention first."""
        found = self._unquoted_mentions(start, end)
        if not self.sentence_starts:
            return found[::-1]
        starts = self.sentence_starts
        return sorted(found, key=lambda m: (-bisect.bisect_right(starts, m[0]), m[0]))

    def _unquoted_mentions(self, start: int, end: int) -> list[_Mention]:
        """The person mentions starting in [start, end), in order, none inside quotation marks."""
        lo = bisect.bisect_left(self.person_mentions, (start,))
        hi = bisect.bisect_left(self.person_mentions, (end,))
        found = self.person_mentions[lo:hi]
        if self.quotes is not None:
            found = [m for m in found if self.quotes.enclosing(m[0]) is None]
        return found

    def _mentioned(self, mention: _Mention) -> _Person:
        return _Person(mention[0], SourceInfo(mention[2], False, True), None, self.names.get(mention[2], ""))

    def _gender(self, phrase: str, actor: str | None) -> str | None:
        """What the phrase's titles and given names, or an earlier pronoun, say of its gender."""
        key = (phrase, actor)
        if key not in self._genders:
            self._genders[key] = self._stated_gender(phrase, actor)
        stated = self._genders[key]
        return stated or (self.learned.get(actor) if actor is not None else None)

    def _stated_gender(self, phrase: str, actor: str | None) -> str | None:
        toks = [phrase[s:e] for s, e in words(phrase, 0, len(phrase)) if phrase[s].isalnum()]
        for word in toks:
            found = self.verbs.gender_words.get(word.lower().rstrip("."))
            if found:
                return found
        names = [w for w in toks if w[:1].isupper()]
        if actor is not None:
            names = [*names, *self.names.get(actor, "").split()]
        for word in names:
            found = self.verbs.gender_names.get(word.lower())
            if found:
                return found
        return None

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
        phrase = self.text[span.start : span.end]
        named = self._named.get(phrase)
        if named is None:
            named = self._named[phrase] = _names_someone(phrase, self.verbs.anonymous_heads)
        return named

    def _looks_like_person(self, span: Span) -> bool:
        """Two or more capitalised words at the end (a full name), or a role noun before a name."""
        phrase = self.text[span.start : span.end]
        toks = self._words.get(phrase)
        if toks is None:
            toks = self._words[phrase] = [phrase[s:e] for s, e in words(phrase, 0, len(phrase)) if phrase[s].isalnum()]
        caps = 0
        for word in reversed(toks):
            if not word[:1].isupper():
                break
            caps += 1
        if caps == 1 and toks[-1] in self.surnames:
            return True
        return caps >= 2 or (caps == 1 and len(toks) > 1 and toks[-2].lower() in self.verbs.role_heads)


_NEXT_WORD = re.compile(r"(['’]s\b)?\s*([a-z]+)?")
_MAX_SUBJECT_SENTENCES = 4  # sentences back a pronoun looks for a named subject newer than the last source


def _opens_subject(before: str) -> bool:
    """Whether a person named after ``before`` (the sentence so far) is its subject: a few words at most,
    none a pronoun ("Akin made the remarks", "On Friday, Liz Cheney issued")."""
    return len(before.split()) <= 3 and _opens_sentence(before)


_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she|they|i|we|it|his|her|their)\b", re.IGNORECASE)


def _opens_sentence(before: str) -> bool:
    """Whether a mention after ``before`` (its sentence so far) can be what the sentence is about: no pronoun
    ("He thanked President Xi") has put someone else there first."""
    return _SUBJECT_PRONOUN.search(before) is None


_AND_BETWEEN = re.compile(r"\s+and\s+(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Senator|Representative)\.?\s+)?$")


def _coordinated_people(text: str, people: Sequence[MentionEntry]) -> list[tuple[int, str]]:
    """Where two different people are named as "X and Y" (position, first person), in text order: one linear pass
    over ``people``, the article's person mentions, sorted."""
    pairs = []
    for (s1, e1, a1), (s2, _, a2) in itertools.pairwise(people):
        if a1 != a2 and 0 < s2 - e1 <= 20 and _AND_BETWEEN.match(text, e1, s2):
            pairs.append((s1, a1))
    return pairs


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
