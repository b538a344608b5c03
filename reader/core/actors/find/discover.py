"""Discovered names: what a run's unknown words say by themselves.

A name like "Foreign Minister Olga Vance" recurs many times in a long article,
always in the same run of capitalised words. What those words alone decide is
worked out once per distinct run text and kept in a `NameSlot`: trailing
titles and dates dropped, the suffix that gives a kind ("Ministry"), leading
titles and descriptors trimmed, the name key, and the votes the words cast.
Only two things about an occurrence can change that outcome (whether it opens
a sentence, whether "in"/"near" comes right before it), so a slot keeps one
`NameShape` per combination; the scanner adds the votes of the words around
each occurrence (`actors_context`).
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from typing import NamedTuple

from reader.core.actors.find.patterns import CONNECTORS
from reader.core.lexicons.gazetteer import Gazetteer
from reader.core.text.names import ARABIC_ARTICLES, GENERATIONAL_SUFFIXES, strip_possessive
from reader.core.text.tokens import fold

CAPITALS, ACRONYM = 1, 2
# Words that start a person's name the way a particle does ("Abu Mazen", "bin Salman").
NAME_PARTICLES = frozenset({"abu", "abou", "bin", "ibn", "bint", "umm", "ben"})


class Word(NamedTuple):
    start: int
    end: int
    text: str
    particle: bool  # a lower-case name particle between capitalised words


class NameShape(NamedTuple):
    """A discovered name as its words alone make it, offsets relative to its run."""

    first: int  # index of its first kept word: 0 when nothing was trimmed from the front
    start: int
    end: int
    surface: str
    key: tuple[str, ...]
    names: int  # capitalised words in the name
    has_suffix: bool
    votes: tuple[tuple[str, int], ...]  # from the words themselves, in the order they are cast
    looks_like_name: bool  # two or three title-case words: a person when nothing says otherwise
    capitals: int  # 0; CAPITALS when written in capitals; ACRONYM when an unknown acronym ("MCT")


# What the rules that trim a slot of plain words read of each word (`NameRules.word_class`)
WordClass = tuple[bool, bool, bool, bool, bool, bool, bool, bool, bool, str | None]
# A shape's plan: the index of its first kept word and whether a title was read before it (`NameRules._plan`)
Plan = tuple[int, bool]
_SAME: Plan = (-1, False)  # the shape after a place preposition is the plain one
# classes of words `NameRules.slot` and `NameRules.shapes` have not met yet
_UNSEEN_END, _UNSEEN_PLANS = (-1, None), (None, None)


class NameSlot:
    """Unknown words of one run (offsets relative to the run) that may make a name."""

    __slots__ = ("last", "may_open", "parent", "plain", "run", "shapes", "suffix_kind", "words")

    def __init__(
        self,
        run: str,
        words: list[Word],
        parent: str | None,
        may_open: bool,
        last: int,
        suffix_kind: str | None,
        plain: tuple[int, ...] | None = None,
    ):
        self.run = run
        self.words = words
        self.parent = parent
        self.may_open = may_open  # starts its run, so it may open a sentence
        self.last = last  # words after this index are trailing titles, dates, particles
        self.suffix_kind = suffix_kind
        # every word plain ASCII title case, none a particle or a title (`RunReader._plain_words`): their
        # classes (`NameRules.word_class`); else None
        self.plain = plain
        # By whether the occurrence opens a sentence: its shapes without and with a place
        # preposition before it (None: no name is left); None until first needed.
        self.shapes: list[tuple[NameShape | None, NameShape | None] | None] = [None, None]


# A product, model or flight code: a few letters and three digits or more ("C919", "ET302", "F-150");
# a party and state tag ("R-Va").
_CODE = re.compile(r"[^\W\d_]{0,4}[-‐]?\d{3,}[^\W\d_]{0,2}|[RDI]-[A-Z][A-Za-z.]{0,4}")  # also "R-Va", "D-Ill"
_PLAIN_WORD = re.compile(r"[A-Z][a-z]+")  # ASCII title case: its key is local to it
_JOIN_BREAKERS = ARABIC_ARTICLES | GENERATIONAL_SUFFIXES  # key parts `NameKeyer.key` drops inside a longer name
_UNSEEN = ("<unseen>",)  # a word not looked up yet (None is a looked-up word's answer)


class NameRules:
    """The gazetteer's word lists as discovery reads them, for one set of articles."""

    def __init__(self, gazetteer: Gazetteer, vocabulary: AbstractSet[str]):
        word_set = gazetteer.word_set
        self.gaz = gazetteer
        self.vocabulary = vocabulary
        self.stop_words = word_set("non_names") | word_set("dates")
        self.descriptors = word_set("descriptors")
        self.titles = word_set("titles")
        self.particles = word_set("particles")
        self.roles = word_set("person_roles")
        self.given_names = word_set("given_names") | word_set("more_given_names")
        # Names whose kind a list gives: "Ohio", "Kansas City" (places), "Merrill Lynch" (an organisation).
        self.known_kinds = {name: "place" for name in word_set("place_names")} | {
            name: "organization" for name in word_set("organization_names")
        }
        self.adjective_tails = frozenset(w.casefold() for w in word_set("adjective_tails"))
        self.lone_words = self.stop_words | self.descriptors | self.titles
        self.dropped = self.stop_words | self.titles | self.descriptors
        self.key_heads = gazetteer.heads  # first parts of gazetteer keys (kept with its index between runs)
        # per distinct word: its key when `_joined_key` may join it (else None), whether it is title case
        self.word_keys: dict[str, tuple[str, ...] | None] = {}
        self.title_words: dict[str, bool] = {}
        self._plain_keys: dict[str, tuple[str, ...] | None] = {}
        self._suffix_kinds: dict[str, str | None] = {}
        # Slots of plain words by their words' classes: where each ends, and the plans of its shapes (a long
        # text's new names are mostly plain, and a few dozen classes of words make them all)
        self._classes: dict[WordClass, int] = {}
        self._slot_ends: dict[tuple[int, ...], tuple[int, str | None] | None] = {}
        self._plans: dict[tuple[tuple[int, ...], bool], tuple[Plan | None, Plan | None] | None] = {}

    def plain_key(self, word: str) -> tuple[str, ...] | None:
        """The gazetteer key of a plain ASCII title-case word ("Zuzuho"; its key is local to it), else None;
        once a word (`_word_key` here and `RunReader._is_plain_word` both ask)."""
        if word not in self._plain_keys:
            self._plain_keys[word] = self.gaz.keyer.key(word) if _PLAIN_WORD.fullmatch(word) else None
        return self._plain_keys[word]

    def suffix_kind(self, word: str) -> str | None:
        """The kind a last word gives a name ("Ministry" -> organization), if any; once a word."""
        kinds = self._suffix_kinds
        if word in kinds:
            return kinds[word]
        kind = kinds[word] = self.gaz.suffixes.get(fold(strip_possessive(word)))
        return kind

    def suffix_of(self, words: list[Word]) -> str | None:
        """The kind a name's suffix gives it; before "of"/"for" the suffix is the word before, unless
        the name ends an organisation's too ("Port of Rotterdam Authority"); an event's head before "of" makes
        an event even then ("Act of Congress", "Treaty of the Union")."""
        last = self.suffix_kind(words[-1].text)
        for n, word in enumerate(words):
            if word.particle and word.text in CONNECTORS and n > 0:
                before = self.suffix_kind(words[n - 1].text)
                if before == "event" or (last != "organization" and last != "group"):
                    return before
                break
        return last

    def word_class(self, word: str) -> int:
        """What `_slot_end`, `_may_drop_opener` and `_plan` read of a plain word (`RunReader._plain_words`),
        numbered: slots of plain words of the same classes end at the same word and have the same plans."""
        folded = word.casefold()
        facts: WordClass = (
            folded in self.stop_words,
            folded in self.descriptors,
            folded in self.titles,
            folded in self.roles,
            folded in self.particles,
            folded in self.vocabulary,
            folded.endswith("ing"),
            folded.rstrip(".") in GENERATIONAL_SUFFIXES,
            _CODE.fullmatch(word) is not None,
            self.suffix_kind(word),
        )
        return self._classes.setdefault(facts, len(self._classes))

    def slot(
        self, run: str, words: list[Word], parent: str | None, may_open: bool, plain: tuple[int, ...] | None = None
    ) -> NameSlot | None:
        """The slot of a segment of unknown words, or None for a lone word that never names anyone;
        ``plain``: its words are `RunReader._plain_words`, of these classes (`word_class`)."""
        if not plain:
            end = self._slot_end(words)
        else:
            end = self._slot_ends.get(plain, _UNSEEN_END)
            if end is _UNSEEN_END:
                end = self._slot_ends[plain] = self._slot_end(words)
        if end is None:
            return None
        return NameSlot(run, words, parent, may_open, end[0], end[1], plain or None)

    def _slot_end(self, words: list[Word]) -> tuple[int, str | None] | None:
        """Where a slot's name may end (the words after are trailing titles, dates, particles) and the kind
        its suffix gives it; None for a lone word that never names anyone."""
        if len(words) == 1 and (words[0].text.casefold() in self.lone_words or _CODE.fullmatch(words[0].text)):
            return None  # "The", "According", "Tuesday", "Islamist"; "C919", "ET302": a model or a flight
        last = len(words)
        # "James R. Clapper Jr.", "Martin Luther King Jr.": a generational suffix after a name of two words
        # or more ends it with the word before (a lone "Jr." names no one, "King" alone is a title)
        generational = last >= 3 and words[-1].text.casefold().rstrip(".") in GENERATIONAL_SUFFIXES
        while not generational and last > 0 and (words[last - 1].particle or words[last - 1].text.casefold() in self.dropped):
            last -= 1  # "Commission President" before a known name, "Hamas Tuesday"
        return last, self.suffix_of(words[:last]) if last > 0 else None

    def shapes(self, slot: NameSlot, initial: bool) -> tuple[NameShape | None, NameShape | None]:
        """The shapes of an occurrence without and with a place preposition before it."""
        pair = slot.shapes[initial]
        if pair is None:
            if not slot.plain:
                plans = self._plans_of(slot, initial)
            else:
                plans = self._plans.get((slot.plain, initial), _UNSEEN_PLANS)
                if plans is _UNSEEN_PLANS:
                    plans = self._plans[(slot.plain, initial)] = self._plans_of(slot, initial)
            if plans is None:
                pair = self.shapes(slot, False)  # opening a sentence changes nothing for these words
            else:
                plain = self._shape(slot, plans[0])
                pair = (plain, plain if plans[1] is _SAME else self._shape(slot, plans[1]))
            slot.shapes[initial] = pair
        return pair

    def _plans_of(self, slot: NameSlot, initial: bool) -> tuple[Plan | None, Plan | None] | None:
        """The plans of the shapes without and with a place preposition before (`_SAME`: the same shape), or
        None when opening a sentence changes nothing for these words."""
        if initial and not self._may_drop_opener(slot):
            return None
        plain, place_matters = self._plan(slot, initial, False)
        return plain, self._plan(slot, initial, True)[0] if place_matters else _SAME

    def _may_drop_opener(self, slot: NameSlot) -> bool:
        """Whether the first word is a common word when it opens a sentence ("Tensions rose")."""
        first = slot.words[0]
        folded = first.text.casefold()
        if first.particle or folded in self.particles:
            return False
        if folded.endswith("ing") and slot.last > 1:
            return True  # "Bumping Agassi", "Disarming Iraq": a participle opens the sentence
        return folded in self.vocabulary or (slot.suffix_kind is not None and slot.last == 1)

    def _plan(self, slot: NameSlot, initial: bool, place_title: bool) -> tuple[Plan | None, bool]:
        """Which words the shape keeps (None: no name is left), and whether ``place_title`` decided anything
        (a title or role word was read)."""
        words, last, suffix_kind = slot.words, slot.last, slot.suffix_kind
        first = 0
        titled = place_matters = False
        while first < last:
            word = words[first]
            folded = word.text.casefold()
            if word.particle or folded in self.stop_words:
                pass
            elif suffix_kind is not None and first < last - 1:
                break  # "Foreign Ministry": titles and adjectives belong to an organisation's name
            elif folded in self.descriptors or (
                first == 0 and initial and folded not in self.particles and (folded in self.vocabulary or suffix_kind is not None)
            ):
                pass  # a lone suffix word opening a sentence is a common noun ("Mining company X said")
            elif suffix_kind is not None:
                break
            elif folded in self.titles or folded in self.roles:
                place_matters = True
                if place_title:
                    break  # "near Sheikh Zuweid": the title belongs to a place's name
                titled = True
            else:
                portfolio = self._portfolio_end(words, first, last)
                if portfolio == first:
                    break
                place_matters = True
                if place_title:
                    break
                titled = True
                first = portfolio
                continue
            first += 1
        if first == last:
            return None, place_matters
        # the other checks cannot fire for plain words (`NameSlot.plain`: ASCII title case, none a particle or a title)
        if not slot.plain:
            names = [w for w in words[first:last] if not w.particle]
            if not names or (suffix_kind is None and all(w.text.casefold() in self.titles for w in names)):
                return None, place_matters
        return (first, titled), place_matters

    def _shape(self, slot: NameSlot, plan: Plan | None) -> NameShape | None:
        """The shape of a slot's words as `_plan` keeps them, if any is left."""
        if plan is None:
            return None
        first, titled = plan
        kept = slot.words[first : slot.last]
        suffix_kind = slot.suffix_kind
        # Plain words (`NameSlot.plain`: ASCII title case, none a particle or a title, one space apart) skip
        # the checks that cannot fire for them: most new names are plain, each a cold shape.
        plain = bool(slot.plain)
        names = kept if plain else [w for w in kept if not w.particle]
        start, end = kept[0].start, kept[-1].end
        surface = slot.run[start:end]
        key = self._joined_key(kept, surface, plain) or self.gaz.keyer.key(surface)
        if len("".join(key)) < 2:
            return None
        capitals = 0
        known = self._known_votes(surface, titled, plain)
        if plain:
            looks_like_name = 2 <= len(names) <= 3
        else:
            looks_like_name = 2 <= len(names) <= 3 and all(w.particle or self._titlecase(w.text) for w in kept)
            if surface.isupper():
                acronym = len(names) == 1 and is_acronym(surface) and surface.casefold() not in self.vocabulary
                capitals = ACRONYM if acronym else CAPITALS
        return NameShape(
            first,
            start,
            end,
            surface,
            key,
            len(names),
            suffix_kind is not None,
            known or self._word_votes(kept, len(names), suffix_kind, titled),
            looks_like_name,
            capitals,
        )

    def _joined_key(self, kept: list[Word], surface: str, plain: bool = False) -> tuple[str, ...] | None:
        """The key of a name of plain title-case words, from its words' keys (computed once per word):
        what `NameKeyer.key` makes of the whole when no word is an article or a generational suffix
        (which it drops only inside a longer name). None when that does not hold. ``plain``: the words
        are `NameSlot.plain` (no particle, one space apart), so those two tests cannot fail."""
        if len(kept) < 2:
            return None
        word_keys = self.word_keys
        parts: list[str] = []
        for word in kept:
            if word.particle:
                return None
            key = word_keys.get(word.text, _UNSEEN)
            if key is _UNSEEN:
                key = word_keys[word.text] = self._word_key(word.text)
            if key is None:
                return None
            parts.extend(key)
        if not plain and len(surface) != sum(len(w.text) for w in kept) + len(kept) - 1:
            return None  # words apart by more than one space
        return tuple(parts)

    def _word_key(self, text: str) -> tuple[str, ...] | None:
        """The key of a plain title-case word that `_joined_key` may join, else None."""
        key = self.plain_key(text)
        if not key or not _JOIN_BREAKERS.isdisjoint(key):
            return None
        return key

    def _portfolio_end(self, words: list[Word], first: int, last: int) -> int:
        """Past "Labour Minister" in "Labour Minister Kari Solheim": a word before titles names the post,
        when a name follows them; else ``first``."""
        end = first + 1
        while end < last and (words[end].text.casefold() in self.titles or words[end].particle):
            end += 1
        if end == first + 1 or end >= last or words[end - 1].particle:
            return first
        return end

    def _titlecase(self, word: str) -> bool:
        titled = self.title_words.get(word)
        if titled is None:
            titled = self.title_words[word] = _titlecase(word)
        return titled

    def _known_votes(self, surface: str, titled: bool, plain: bool = False) -> tuple[tuple[str, int], ...]:
        """A listed place or organisation name, unless a title makes it a person ("Sen. Georgia Smith").
        ``plain``: ASCII words one space apart (`NameSlot.plain`), so the surface lower-cased is its own form."""
        if titled:
            return ()
        kind = self.known_kinds.get(surface.lower() if plain else " ".join(surface.split()).casefold())
        return ((kind, 4),) if kind else ()

    def _word_votes(self, kept: list[Word], names: int, suffix_kind: str | None, titled: bool) -> tuple[tuple[str, int], ...]:
        if suffix_kind is not None:
            return ((suffix_kind, 5),)
        person = 0
        if titled:
            person += 3
        if names >= 2:
            if kept[0].text.casefold() in self.given_names:
                person += 2
            for w in kept:  # a loop, not `any` over a generator: once for every new name of two words or more
                if w.particle or w.text.casefold() in NAME_PARTICLES or w.text[:3] in ("al-", "el-"):
                    person += 2
                    break
        return (("person", person),) if person else ()


def is_acronym(surface: str) -> bool:
    """ "MCT", "VNO-NCW", "G7": capitals (and digits), as one word of two to seven; not "D-NY"."""
    parts = surface.replace("&", "").split("-")
    letters = "".join(parts)
    return 2 <= len(letters) <= 7 and letters.isupper() and letters.isalnum() and min(map(len, parts)) >= 2


def _titlecase(word: str) -> bool:
    letters = word.replace("-", "").replace("'", "").replace("’", "")
    return letters.isalpha() and word[:1].isupper() and not word.isupper()
