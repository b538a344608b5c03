"""A surname several people share, read mention by mention (`surnames` asks when it finds one).

When an article names two people of one surname ("Bill Clinton", "Hillary Clinton"), each bare
"Clinton" goes to one of them, not the whole name to one person:

1. a title before it picks the person named with that title or of that gender ("Mr. Clinton",
   "Mrs. Clinton", "President Clinton" after "President Bill Clinton");
2. otherwise the person last named in full before it in its paragraph ("Sestak had backed Hillary
   Clinton in 2008. Clinton said she would run again"). A full name written in passing, as a
   possessive ("Hillary Clinton's run"), introduces a side figure and does not take the surname
   over. Two people named last in one sentence ("Ahmed Hassan and Mohamed Hassan are brothers"),
   or the last one named as the other's relative ("His brother, Mohamed Hassan, ... Hassan could
   not be reached"), leave it to nobody;
3. past the paragraph, the person the article named first: the one it is about keeps the bare
   surname ("Choi Dong-hyun" lost the race; "after Choi Dong-wook resigned" two paragraphs up does
   not make "Choi conceded defeat" the brother's), unless two were named first together;
4. a mention before any of them is named goes where the whole name would (`fallback`).

One pass over the owners' full-name mentions, then a short scan of a handful of owners a mention.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from typing import NamedTuple

from reader.core.actors.find.scan import Candidate, GazetteerHit, NameGroup

Owner = tuple[str, int | str]

_KIN = frozenset(
    "brother sister son daughter wife husband father mother cousin nephew niece uncle aunt widow "
    "grandson granddaughter twin sibling".split()
)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?[ \t]+$")
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z])|\n")
_POSSESSIVES = ("'s", "’s", "' ", "’ ")
_GENDER_TITLES = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
_NOT_TITLES = frozenset({"former", "ex", "the", "then", "late"})


class Naming(NamedTuple):
    article: int
    start: int
    passing: bool  # a possessive: a side figure


class Person:
    """One owner's full-name mentions; the titles and gender they show are read only when a title before
    a bare surname asks for them (most surnames have none)."""

    def __init__(
        self,
        found: list[tuple[int, int, int, str]],
        texts: Sequence[str],
        titles: frozenset[str],
        gender_of: Callable[[str], str | None],
    ):
        self.found, self.texts, self.title_words, self.gender_of = found, texts, titles, gender_of
        self.namings: list[Naming] = []  # in text order within each article
        for article, start, end, _surface in found:
            text = texts[article] if article < len(texts) else ""
            self.namings.append(Naming(article, start, text.startswith(_POSSESSIVES, end)))
        self._read: tuple[frozenset[str], str | None] | None = None

    def _read_titles(self) -> tuple[frozenset[str], str | None]:
        if self._read is None:
            seen: set[str] = set()
            genders: Counter[str] = Counter()
            for article, start, _end, surface in self.found:
                text = self.texts[article] if article < len(self.texts) else ""
                before = titles_before(text, start, self.title_words)
                seen.update(before)
                genders.update(_GENDER_TITLES[w] for w in before if w in _GENDER_TITLES)
                given = self.gender_of(surface.split(None, 1)[0])
                if given:
                    genders[given] += 1
            self._read = frozenset(seen), (next(iter(genders)) if len(genders) == 1 else None)
        return self._read

    @property
    def titles(self) -> frozenset[str]:
        """Title words seen right before its full name ("president")."""
        return self._read_titles()[0]

    @property
    def gender(self) -> str | None:
        return self._read_titles()[1]


def titles_before(text: str, start: int, titles: frozenset[str]) -> list[str]:
    """The title words right before ``start``, nearest first, folded ("Former President" -> president);
    ``titles`` is the gazetteer's list, folded."""
    found: list[str] = []
    end = start
    for _ in range(3):
        m = _WORD_BEFORE.search(text, max(0, end - 24), end)
        if m is None:
            break
        folded = m.group(1).casefold()
        if folded not in titles and folded not in _GENDER_TITLES:
            break
        if folded not in _NOT_TITLES:
            found.append(folded)
        end = m.start()
    return found


def people_named(
    owners: set[Owner],
    groups: list[NameGroup],
    full_hits: dict[str, list[GazetteerHit]],
    texts: Sequence[str],
    titles: frozenset[str],
    gender_of: Callable[[str], str | None],
    known: dict[Owner, Person],
) -> dict[Owner, Person]:
    """Each owner's full-name mentions, titles and gender, from its own group or its gazetteer hits
    (``full_hits``: each entry's hits of two words or more); ``known`` keeps them between calls (an
    owner's full names do not change while surnames are read), so each is read once."""
    mentions: dict[Owner, list[tuple[int, int, int, str]]] = defaultdict(list)
    for kind, ref in owners:
        if (kind, ref) in known:
            continue
        if kind == "group":
            mentions[(kind, ref)].extend((c.article, c.start, c.end, c.surface) for c in groups[int(ref)].candidates)
        else:
            mentions[(kind, ref)].extend((h.article, h.start, h.end, h.surface) for h in full_hits.get(str(ref), ()))
    for owner, found in mentions.items():
        found.sort()
        known[owner] = Person(found, texts, titles, gender_of)
    return {owner: known[owner] for owner in owners}


def _after_kin(text: str, start: int) -> bool:
    words = text[max(0, start - 30) : start].split()
    return bool(words) and words[-1].casefold().strip(",") in _KIN


def assign(
    candidates: list[Candidate],
    people: dict[Owner, Person],
    root: Callable[[Owner], Owner],
    texts: Sequence[str],
    titles: frozenset[str],
    fallback: Owner | None,
) -> list[Owner | None]:
    """The person each bare mention stands for (rules in the module's docstring), or None. The namings are
    indexed by article once, every owner's in one sorted list (`_Merged`); a mention then costs one binary search."""
    index = _Namings(people, root)
    chosen: list[Owner | None] = []
    for c in candidates:
        text = texts[c.article] if c.article < len(texts) else ""
        chosen.append(_by_title(text, c, people, root, titles) or index.by_recency(text, c, fallback))
    return chosen


def _by_title(
    text: str, c: Candidate, people: dict[Owner, Person], root: Callable[[Owner], Owner], titles: frozenset[str]
) -> Owner | None:
    before = titles_before(text, c.start, titles)
    if not before:
        return None
    # A title points back to someone already named: "Mr. Jackson" after "Jesse L. Jackson Jr." is not the
    # singer of a "Michael Jackson fedora" named later, even if only the singer's gender is known.
    named = {o: p for o, p in people.items() if any(n.article == c.article and n.start < c.start for n in p.namings)}
    people = named or people
    gender = next((_GENDER_TITLES[w] for w in before if w in _GENDER_TITLES), None)
    if gender is not None:
        same = {root(o) for o, p in people.items() if p.gender == gender}
        if len(same) == 1:
            return same.pop()
        possible = {root(o) for o, p in people.items() if p.gender in (None, gender)}
        return possible.pop() if len(possible) == 1 else None
    matching = {root(o) for o, p in people.items() if p.titles.intersection(before)}
    return matching.pop() if len(matching) == 1 else None


class _Namings:
    """Each owner's full namings by article, in text order: apart those in passing (possessives)."""

    def __init__(self, people: dict[Owner, Person], root: Callable[[Owner], Owner]):
        self.plain: dict[int, dict[Owner, list[Naming]]] = defaultdict(lambda: defaultdict(list))
        passing: dict[int, dict[Owner, list[Naming]]] = defaultdict(lambda: defaultdict(list))
        for owner, person in people.items():
            for naming in person.namings:  # sorted by (article, start)
                (passing if naming.passing else self.plain)[naming.article][root(owner)].append(naming)
        for owners in self.plain.values():  # (`by_recency` reads each owner's first plain naming)
            for namings in owners.values():
                namings.sort()
        # Per article and table, every owner's namings in one list (`_Merged`, which sorts them): the latest two
        # owners before a mention are found with one bisect, not one per owner sharing the surname (dozens, in
        # long texts). The namings in passing are read only through it.
        self.merged = [{article: _Merged(owners) for article, owners in table.items()} for table in (self.plain, passing)]

    def by_recency(self, text: str, c: Candidate, fallback: Owner | None) -> Owner | None:
        plain = self.plain.get(c.article, {})
        ranked = _NONE
        for merged in (self.merged[0].get(c.article), self.merged[1].get(c.article)):
            if merged is not None and (ranked := merged.latest(c.start)):
                break  # (the namings in passing only when no plain one comes before)
        if not ranked:
            return fallback
        if len(ranked) == 1:
            return ranked[0][0]
        if "\n" in text[ranked[0][1].start : c.start]:  # named in an earlier paragraph: the article's first
            firsts = sorted((namings[0].start, owner) for owner, namings in plain.items() if namings[0].start < c.start)
            if len(firsts) >= 2 and _together(text, firsts[0][0], firsts[1][0]):
                return None  # "Ahmed Hassan and Mohamed Hassan": named first together
            return firsts[0][1] if firsts else ranked[0][0]
        if _after_kin(text, ranked[0][1].start):  # named as a relative: the surname is now anyone's
            return None  # "His brother, Mohamed Hassan, ... Hassan could not be reached": whose?
        if not _SENTENCE_BREAK.search(text, ranked[1][1].start, ranked[0][1].start):
            # one sentence names both: "Ahmed Hassan and Mohamed Hassan are brothers" leaves it to nobody;
            # "led by Abdul-Karim al-Wazir, who secured the release of Faisal al-Wazir" keeps its subject
            return None if _together(text, ranked[1][1].start, ranked[0][1].start) else ranked[1][0]
        return ranked[0][0]


_NONE: list[tuple[Owner, Naming]] = []


class _Merged:
    """One article's namings of every owner (of one table), sorted for `latest`: by start,
    and at one start the owner named first in ``owners`` last (so that it ranks first going back); with, for
    each naming, where the nearest naming of another owner before it is."""

    __slots__ = ("entries", "other", "starts")

    def __init__(self, owners: dict[Owner, list[Naming]]) -> None:
        rows = sorted(
            (
                (naming.start, -order, owner, naming)
                for order, (owner, namings) in enumerate(owners.items())
                for naming in namings
            ),
            key=lambda row: (row[0], row[1]),
        )
        self.starts = [row[0] for row in rows]
        self.entries = [(row[2], row[3]) for row in rows]
        self.other: list[int] = []  # index of the nearest earlier naming of another owner, or -1
        for k, (owner, _naming) in enumerate(self.entries):
            if k == 0:
                self.other.append(-1)
            elif self.entries[k - 1][0] != owner:
                self.other.append(k - 1)
            else:
                self.other.append(self.other[k - 1])

    def latest(self, start: int) -> list[tuple[Owner, Naming]]:
        """The first two owners by their latest naming before ``start`` (latest first; at one start, the owner
        named first in ``owners`` first), each with that naming; fewer if fewer are named before it."""
        k = bisect_left(self.starts, start)
        if not k:
            return _NONE
        first = self.entries[k - 1]
        second = self.other[k - 1]
        return [first] if second < 0 else [first, self.entries[second]]


def _together(text: str, first: int, second: int) -> bool:
    """Whether two names, one at ``first`` and one at ``second`` after it, are named side by side in
    one sentence ("Ahmed Hassan and Mohamed Hassan"), rather than the second inside the first's clause."""
    if _SENTENCE_BREAK.search(text, first, second):
        return False
    between = text[first:second]
    return len(between) < 60 and (" and " in between or " & " in between or " or " in between)


def split_group(group: NameGroup, chosen: list[Owner | None]) -> list[tuple[NameGroup, Owner | None]]:
    """``group`` cut by the owner of each mention; the first part keeps the group itself (its index)."""
    parts: dict[Owner | None, list[Candidate]] = defaultdict(list)
    for c, owner in zip(group.candidates, chosen, strict=True):
        parts[owner].append(c)
    ordered = sorted(parts.items(), key=lambda item: (item[0] is not None, -len(item[1])))
    result = []
    for n, (owner, found) in enumerate(ordered):
        part = group if n == 0 else NameGroup(group.key)
        part.candidates = found
        votes: Counter[str] = Counter()
        for candidate in found:
            votes.update(candidate.votes)
        part.votes = votes
        part.words = max(c.words for c in found)
        part.kind = group.kind  # the surname rule read it as a person's: every part stays so
        result.append((part, owner))
    return result
