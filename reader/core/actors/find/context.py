"""The words around a name, and what they say about it.

A title or role word before a name ("journalist", "President") or a speech
verb after it ("said") votes for a person; outlet words ("newspaper", "media
outlet") for media; "in"/"near" before or "peninsula" after for a place. A
capital stands for its state only when it acts: "Cairo says", "Cairo has
accused", "Cairo's decision" but not "in Cairo" or "the capital Cairo".
"""

from __future__ import annotations

import re

from reader.core.lexicons.gazetteer import Gazetteer
from reader.core.text.tokens import fold

_WORD_PATTERN = r"[^\W_]+(?:['’][^\W_]+)*"
# A dateline: a place in capitals, an optional date, then the agency in brackets and a dash.
_DATELINE_OPEN = re.compile(r"[A-Z][A-Z .'’-]+(?:,[^\n()]{0,40})?\s*")
_DATELINE_CLOSE = re.compile(r"\)\s*[-–—]")
_AFTER = re.compile(rf"[ \t]*({_WORD_PATTERN})(?:[ \t]+({_WORD_PATTERN}))?(?:[ \t]+({_WORD_PATTERN}))?")
# Matched on the reversed text, so that the words before a position are read forwards.
_BEFORE_REVERSED = re.compile(rf"([ \t]*,?[ \t]*)({_WORD_PATTERN})(?:[ \t]+({_WORD_PATTERN}))?")
# "<in> Antwerp and <Hamburg>" (reversed): a name and the word before it, before "and"/"or".
_CONJUNCT_REVERSED = re.compile(rf"[ \t]+(?:dna|ro)[ \t]+({_WORD_PATTERN})[ \t]+({_WORD_PATTERN})")
# The word before "of the" (reversed): "members of the NPA".
_NOUN_BEFORE_REVERSED = re.compile(rf"[ \t]*{_WORD_PATTERN}[ \t]+{_WORD_PATTERN}[ \t]+({_WORD_PATTERN})")
# Articles and determiners between a noun and the name it governs ("members of the NPA").
_DETERMINERS = frozenset({"the", "a", "an", "its", "their"})
# Prepositions that tie a name to the noun before it: "shares in Nordair", "the town of Caraveli".
_OWNER_PREPOSITIONS = frozenset({"of", "in", "at", "for"})
# An apposition after a comma: "Nordair, the Norwegian airline,".
_APPOSITION = re.compile(rf",[ \t]+(?:the|a|an)[ \t]+({_WORD_PATTERN})(?:[ \t]+({_WORD_PATTERN}))?(?:[ \t]+({_WORD_PATTERN}))?")
_WINDOW = 80
# Words between a subject and its verb that do not break the link ("Cairo has long accused").
_AUXILIARIES = frozenset(
    [
        "has",
        "have",
        "had",
        "is",
        "was",
        "will",
        "would",
        "did",
        "does",
        "also",
        "reportedly",
        "then",
        "later",
        "again",
        "further",
        "not",
        "never",
        "already",
        "recently",
        "repeatedly",
        "long",
        "publicly",
        "officially",
        "formally",
        "now",
    ]
)
_PERFECT = frozenset({"has", "have", "had"})
_PROGRESSIVE = frozenset({"is", "was", "are", "were"})
_MODALS = frozenset({"will", "would", "could", "should", "must", "may", "might", "can", "cannot"})
# Prepositions before which a title word belongs to a place's name ("near Sheikh Zuweid").
_PLACE_ONLY_PREPOSITIONS = frozenset({"in", "near", "outside", "inside", "into", "across", "around", "throughout"})


# Before a demonym: the nationality of a person who held an office ("former Mexican president").
_FORMER = frozenset({"former", "ex", "then"})
_WEAK_PLACE_PREPOSITIONS = frozenset({"from", "to", "at", "via", "into", "within"})


class Context:
    """Reads the words on either side of a span of one article's text."""

    def __init__(self, text: str, gazetteer: Gazetteer):
        self.text = text
        self.reversed = text[::-1]
        self.length = len(text)
        word_set = gazetteer.word_set
        self.person_roles = word_set("person_roles")
        self.person_verbs = word_set("person_verbs")
        self.media_words = word_set("media_words")
        self.place_prepositions = word_set("place_prepositions")
        self.place_nouns = word_set("place_nouns")
        self.government_nouns = word_set("government_nouns")
        self.people_nouns = word_set("people_nouns")
        self.metonym_verbs = word_set("metonym_verbs")
        self.metonym_nouns = word_set("metonym_nouns")
        self.organization_nouns = word_set("organization_nouns")
        self.organization_possessions = word_set("organization_possessions")
        self.organization_verbs = word_set("organization_verbs")

    def after(self, end: int) -> list[str]:
        """Up to three words right after ``end``, folded, stopping at punctuation."""
        m = _AFTER.match(self.text, end)
        if m is None:
            return []
        # `fold`, inlined for ASCII words (it lower-cases them), in a loop rather than a list comprehension (a
        # call of its own): three words after every name
        words = []
        for w in m.groups():
            if w is not None:
                words.append(w.lower() if w.isascii() else fold(w))
        return words

    def before(self, start: int) -> tuple[list[str], bool]:
        """Up to two words right before ``start``, folded, nearest first; and whether a comma
        separates the nearest from ``start`` ("prosecutor, Hisham Barakat")."""
        m = _BEFORE_REVERSED.match(self.reversed, self.length - start)
        if m is None:
            return [], False
        gap, nearest, second = m.groups()
        nearest = nearest[::-1]
        nearest = nearest.lower() if nearest.isascii() else fold(nearest)  # `fold`, inlined for ASCII
        if second:
            return [nearest, fold(second[::-1])], "," in gap
        return [nearest], "," in gap

    @staticmethod
    def after_place_preposition(before: tuple[list[str], bool]) -> bool:
        """Whether "in", "near" ... come right before a position, given its `before` ("near Sheikh Zuweid")."""
        previous, comma = before
        return not comma and bool(previous) and previous[0] in _PLACE_ONLY_PREPOSITIONS

    def introduces_person(self, end: int) -> bool:
        """ "<Egyptian> journalist Ashraf": a role word then a capitalised name follow."""
        m = _AFTER.match(self.text, end)
        if m is None or fold(m.group(1)) not in self.person_roles:
            return False
        rest = self.text[m.end(1) : m.end(1) + 2]
        return len(rest) == 2 and rest[0] == " " and rest[1].isupper()

    def government_noun_end(self, end: int) -> int:
        """The end of "Egyptian authorities" when a government noun follows a demonym."""
        m = _AFTER.match(self.text, end)
        if m is not None and fold(m.group(1)) in self.government_nouns:
            return m.end(1)
        return end

    def names_people(self, start: int, end: int) -> bool:
        """Whether a demonym at [start, end) gives people's nationality rather than naming the state:
        "Mexican immigrants", "Egyptian journalists" (a group of people is not the government), or
        "former Mexican president" (a former office-holder is a person). A government noun after it
        names the state ("Mexican government", "Mexican officials", "Egyptian spokesman")."""
        previous, comma = self.before(start)
        if not comma and previous and previous[0] in _FORMER:
            return True
        m = _AFTER.match(self.text, end)
        if m is None:
            return False
        word = m.group(1).lower()
        if word in self.government_nouns:
            return False
        return word in self.people_nouns or word in self.person_roles or (word[-1:] == "s" and word[:-1] in self.person_roles)

    def metonym_acts(self, start: int, end: int) -> bool:
        """Whether a capital at [start, end) is the subject of a verb or owns a decision."""
        previous, comma = self.before(start)
        if comma:
            previous = []
        if previous and (previous[0] in self.place_prepositions or previous[0] in self.place_nouns):
            return False
        if len(previous) >= 2 and previous[0] == "the" and previous[1] in self.place_prepositions:
            return False
        if self.text[end : end + 2] in ("'s", "’s"):
            following = self.after(end + 2)
            return bool(following) and (following[0] in self.metonym_nouns or following[0] in self.government_nouns)
        following = self.after(end)
        if following and (following[0] in self.government_nouns or following[0] in self.person_roles):
            return following[0] in self.government_nouns  # "Kremlin spokesman", not "Cairo residents"
        helper = None
        for word in following:
            if word in _MODALS:
                return True  # "Moscow would respond"
            if word in _PERFECT or word in _PROGRESSIVE:
                helper = word
            elif word not in _AUXILIARIES:
                if word in self.metonym_verbs or word in self.person_verbs:
                    return True
                if helper in _PERFECT:
                    return word.endswith("ed")  # "Cairo has accused"
                if helper in _PROGRESSIVE:
                    return word.endswith(("ing", "ed"))  # "Moscow was testing"
                return False
        return False

    def votes(
        self, previous: list[str], comma: bool, start: int, end: int, has_suffix: bool, person_like: bool
    ) -> list[tuple[str, int]]:
        """(kind, weight) votes from the words before and after a discovered name at [start, end);
        ``previous`` and ``comma`` are what `before` says of ``start``; ``person_like``: the name
        reads as a given name and a surname."""
        votes: list[tuple[str, int]] = []
        if self.text[start - 1 : start] == "(" and self._wire_credit(start, end):
            return [("media", 5)]  # "SYDNEY, Feb 12 (Meridian) -": the agency in a dateline
        if previous:
            nearest: str | None = previous[0]
            if nearest in self.person_roles and not has_suffix:
                votes.append(("person", 3))
            if not comma:
                if nearest in self.media_words:
                    votes.append(("media", 3))
                elif nearest in self.organization_nouns:
                    votes.append(("organization", 3))  # "carrier Nordair", "the company MCT"
                if nearest in _OWNER_PREPOSITIONS and len(previous) > 1:
                    kind = self._owner_kind(previous, start)
                    if kind is not None:
                        votes.append(kind)
                        nearest = None
                if nearest is None:
                    pass
                elif nearest == "and" or nearest == "or":
                    if not person_like and self._conjunct_is_place(start):
                        votes.append(("place", 2))  # "to Antwerp and Hamburg", not "in Cairo and Maayan Lubell"
                elif previous[:2] == ["to", "according"]:
                    if not has_suffix:
                        votes.append(("person", 1))  # a source: not the "to" of a place
                elif (
                    nearest in self.place_prepositions
                    or (len(previous) >= 2 and nearest == "the" and previous[1] in self.place_prepositions)
                ) and not self.text.startswith(("'s ", "’s "), end):
                    # "in Rafah" is a place; "from Romney", "to Romney" as often a person; in "in Romney's
                    # favor" the preposition governs what follows the possessive, not the name
                    votes.append(("place", 1 if nearest in _WEAK_PLACE_PREPOSITIONS else 2))
        text = self.text
        if text.startswith(("'s ", "’s "), end):
            owned = self.after(end + 2)
            if owned and owned[0] in self.organization_possessions:
                votes.append(("organization", 2))  # "Nordair's shares"
            return votes
        following = self.after(end)
        if following:
            first = following[0]
            verb = None
            for word in following:
                if word not in _AUXILIARIES:
                    verb = word
                    break
            if verb in self.person_verbs and not has_suffix and "its" in following:
                votes.append(("organization", 2))  # "Moderna said its vaccine": a thing that speaks is a body
            elif verb in self.person_verbs and not has_suffix:
                votes.append(("person", 2))
            elif verb in self.organization_verbs:
                votes.append(("organization", 2))  # "Nordair employs 600 pilots"
            if first in self.media_words:
                votes.append(("media", 3))
            elif first in self.organization_nouns:
                votes.append(("organization", 3))  # "the FNV Havens union"
            elif first in self.organization_possessions or (
                first == "chief" and following[1:2] and following[1] in self.organization_possessions
            ):
                votes.append(("organization", 2))  # "Nordair chief executive Henrik Dahl"
            if first in self.place_nouns:
                votes.append(("place", 3))
        elif text.startswith(", ", end):
            if text.startswith("who ", end + 2):
                votes.append(("person", 1))
            else:
                votes.extend(self._apposition(end))
        return votes

    def _wire_credit(self, start: int, end: int) -> bool:
        """Whether [start, end) is the bracketed agency of a dateline: "NAIROBI, April 22 (Newswire) -"."""
        if not (self.text[start - 1 : start] == "(" and _DATELINE_CLOSE.match(self.text, end)):
            return False
        line_start = self.text.rfind("\n", 0, start) + 1
        return _DATELINE_OPEN.fullmatch(self.text, line_start, start - 1) is not None

    def _conjunct_is_place(self, start: int) -> bool:
        """Whether "X and" before ``start`` is a capitalised X after a place preposition."""
        m = _CONJUNCT_REVERSED.match(self.reversed, self.length - start)
        return m is not None and m.group(1)[-1].isupper() and fold(m.group(2)[::-1]) in self.place_prepositions

    def _owner_kind(self, previous: list[str], start: int) -> tuple[str, int] | None:
        """ "shares in Nordair", "members of the NPA" (organisation); "the town of Caraveli" (place)."""
        noun = previous[1]
        if noun in _DETERMINERS:
            m = _NOUN_BEFORE_REVERSED.match(self.reversed, self.length - start)
            if m is None:
                return None
            noun = fold(m.group(1)[::-1])
        if noun in self.organization_possessions:
            return ("organization", 3)
        if noun in self.place_nouns:
            return ("place", 3)
        return None

    def _apposition(self, end: int) -> list[tuple[str, int]]:
        """ "Nordair, the Norwegian airline, ...": the noun of an apposition after a name."""
        m = _APPOSITION.match(self.text, end)
        if m is None:
            return []
        nouns = [fold(w) for w in m.groups() if w]
        if any(w in self.organization_nouns for w in nouns):
            return [("organization", 3)]
        if any(w in self.media_words for w in nouns):
            return [("media", 3)]
        return []
