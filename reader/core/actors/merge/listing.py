"""Clusters into actors: which are worth listing, their name, aliases, mentions and id."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container, Sequence
from functools import cached_property
from operator import attrgetter

from reader.core.actors.find.scan import Candidate, GazetteerHit, NameGroup
from reader.core.actors.merge.homonyms import STATE_PREFIX
from reader.core.actors.merge.state import winning_kind
from reader.core.lexicons.gazetteer import Gazetteer
from reader.core.model import Actor, Mention
from reader.core.text.names import slug
from reader.core.text.tokens import WORD_PARTS

# Endings of plural nouns for people by what they do: "Retailers", "Economists", "Investors".
_AGENT_PLURALS = ("ers", "ists", "ians", "ants", "ents", "ors", "ees")


def worth_listing(
    cluster: list[NameGroup],
    headlines: Sequence[Sequence[tuple[int, int]]] = (),
    written: Container[str] = frozenset(),
) -> bool:
    """Drop capitalised words nothing marks as a name: once-seen single words, sentence openers,
    plural nouns that only ever open a sentence ("Retailers have warned", "Economists said"), and
    names seen only in headlines written in title case, where every word is capitalised, with a word
    the articles also write in lower case (``written``: their words, see `WrittenWords`): "Report Sees Guns as Path to Safety" ("guns",
    "safety"), but not a byline's "By Jess Connolly" (``headlines``: each article's `title_case_lines`)."""
    if len(cluster) == 1 and len(cluster[0].candidates) == 1:
        return worth_listing_once(cluster[0], headlines, written)
    kind = cluster[0].kind if len(cluster) == 1 else winning_kind(sum((g.votes for g in cluster), Counter()))
    if kind == "event":
        return False  # "Olympic Games", "Espionage Act": named, but nobody acts
    candidates = cluster[0].candidates if len(cluster) == 1 else [c for g in cluster for c in g.candidates]
    if headlines and all(any(a <= c.start < b for a, b in headlines[c.article]) for c in candidates):
        if any(_in_lower_case(word, written) for c in candidates for word in _WORD.findall(c.surface)):
            return False
    if all(c.initial and c.words == 1 and c.surface.endswith(_AGENT_PLURALS) and set(c.votes) <= {"person"} for c in candidates):
        return False
    votes = sum(sum(v for v in g.votes.values() if v > 0) for g in cluster)
    if votes:
        return True
    if all(c.initial for c in candidates):
        return False
    return max(g.words for g in cluster) >= 2 or len(candidates) >= 2


def worth_listing_once(group: NameGroup, headlines: Sequence[Sequence[tuple[int, int]]], written: Container[str]) -> bool:
    """`worth_listing` of a name written once (most names of a long text): the same tests on its one mention."""
    if group.kind == "event":
        return False
    c = group.candidates[0]
    if headlines and headlines[c.article] and any(a <= c.start < b for a, b in headlines[c.article]):  # most have none
        if any(_in_lower_case(word, written) for word in _WORD.findall(c.surface)):
            return False
    if c.initial and c.words == 1 and c.surface.endswith(_AGENT_PLURALS) and set(c.votes) <= {"person"}:
        return False
    for v in group.votes.values():
        if v > 0:
            return True
    return not c.initial and group.words >= 2


# A word a title-case headline leaves in lower case: "Report Sees Guns as Path to Safety in Schools".
_SMALL_WORDS = frozenset("a an the and or but nor of to in on at by for from with as vs v via into over up out off".split())
_WORD = re.compile(r"[^\W\d_][^\W_’']*")


def _in_lower_case(word: str, written: Container[str]) -> bool:
    lower = word.lower()
    return lower != word and lower in written


class WrittenWords:
    """Every run of letters and digits the articles write (`WORD_PARTS`), as written, gathered on the first look-up.

    A look-up used to search every text for the word: once per word of a headline-only name, which grew with
    names x text size on a text that is one long title-case line (a megabyte of "By John Smith ...")."""

    def __init__(self, texts: Sequence[str]) -> None:
        self._texts = texts

    @cached_property
    def _words(self) -> frozenset[str]:
        return frozenset(w for text in self._texts for w in WORD_PARTS.findall(text))

    def __contains__(self, word: object) -> bool:
        return word in self._words


def title_case_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the headline lines that open ``text`` written in title case: three words or more,
    every word but the small ones ("of", "to", "as") capitalised and not in capitals. The first line
    that is not such a headline (a sentence, a dateline, a line in capitals) ends them."""
    spans = []
    start = 0
    while True:  # line by line from the top, not `text.split("\n")`: the headlines end within a few lines
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        line = text[start:end]
        if line.strip():
            words = _WORD.findall(line)
            if len(words) < 3 or not all((w[0].isupper() and not w.isupper()) or w in _SMALL_WORDS for w in words):
                break
            spans.append((start, end))
        if end == len(text):
            break
        start = end + 1
    return spans


def best_name(cluster: list[NameGroup]) -> str:
    """The fullest, most used spelling: "Ashraf Abu Al-Houl" over "Al-Houl"; not in capitals if it can help it."""
    if len(cluster) == 1 and len(cluster[0].candidates) == 1:
        return cluster[0].candidates[0].surface
    counts: Counter[str] = Counter()
    words: dict[str, int] = {}
    for group in cluster:
        counts.update(map(_SURFACE, group.candidates))
        for c in group.candidates:
            words[c.surface] = c.words
    return min(counts, key=lambda s: (-words[s], s.isupper(), -counts[s], s))  # "Frankfurt" over a dateline's "FRANKFURT"


_PLACE = attrgetter("article", "start", "end")


_SURFACE = attrgetter("surface")


def _mentions(found: Sequence[GazetteerHit | Candidate], article_ids: list[str]) -> tuple[Mention, ...]:
    if len(found) == 1:
        only = found[0]
        return (Mention(article_ids[only.article], only.start, only.end),)
    unique = sorted(set(map(_PLACE, found)))
    return tuple([Mention(article_ids[pos], start, end) for pos, start, end in unique])


def _aliases(found: Sequence[GazetteerHit | Candidate], name: str) -> tuple[str, ...]:
    if len(found) == 1:
        alias = " ".join(found[0].surface.split())
        return () if alias == name else (alias,)
    counts: Counter[str] = Counter()
    for surface, count in Counter(map(_SURFACE, found)).items():
        counts[" ".join(surface.split())] += count
    counts.pop(name, None)
    return tuple(sorted(counts, key=lambda s: (-counts[s], s)))


def gazetteer_actor(
    entry_id: str, found: Sequence[GazetteerHit | Candidate], gazetteer: Gazetteer, article_ids: list[str]
) -> Actor:
    if entry_id.startswith(STATE_PREFIX):  # "Georgia" the US state, not the country (`homonyms`)
        name = entry_id.removeprefix(STATE_PREFIX)
        parent = "united-states" if "united-states" in gazetteer.by_id else None
        return Actor(f"{slug(name)}-state", name, "place", _aliases(found, name), _mentions(found, article_ids), parent, True)
    if entry_id.startswith("place:"):  # a capital named as a place, not as its state
        name = entry_id.removeprefix("place:")
        owner = gazetteer.index[gazetteer.keyer.key(name)].entry
        place_id = slug(name) if slug(name) not in gazetteer.by_id else f"{slug(name)}-place"
        return Actor(place_id, name, "place", _aliases(found, name), _mentions(found, article_ids), owner, True)
    entry = gazetteer.entry(entry_id)
    return Actor(entry.id, entry.name, entry.kind, _aliases(found, entry.name), _mentions(found, article_ids), entry.parent, True)


def discovered_actor(cluster: list[NameGroup], name: str, article_ids: list[str], taken: set[str]) -> Actor:
    if len(cluster) == 1:  # most names: one spelling, its votes and kind already summed (`group_by_key`)
        found = cluster[0].candidates
        kind = cluster[0].kind or "other"
    else:
        votes: Counter[str] = Counter()
        found = []
        for group in cluster:
            for kind, weight in group.votes.items():
                votes[kind] += weight
            found.extend(group.candidates)
        kind = winning_kind(votes) or "other"
    named = [c.parent for c in found if c.parent]
    parents = Counter(named) if named else None
    parent = parents.most_common(1)[0][0] if parents else None
    return Actor(_free_id(name, kind, taken), name, kind, _aliases(found, name), _mentions(found, article_ids), parent, False)


def actor_written_once(group: NameGroup, article_ids: list[str], taken: set[str]) -> Actor:
    """`discovered_actor` of a name written once (a group of one mention), named as written: its kind, parent,
    alias and mention are its one mention's, read directly (the names kind at 10,000 sentences: 35,816 of its 37,812 actors)."""
    found = group.candidates
    name, kind = found[0].surface, group.kind or "other"
    parent = found[0].parent or None
    return Actor(_free_id(name, kind, taken), name, kind, _aliases(found, name), _mentions(found, article_ids), parent, False)


def _free_id(name: str, kind: str, taken: set[str]) -> str:
    """The name's slug; with its kind, then a number, when another actor has it."""
    actor_id = base = slug(name)
    if actor_id in taken:
        actor_id = base = f"{base}-{kind}"
    suffix = 2
    while actor_id in taken:
        actor_id = f"{base}-{suffix}"
        suffix += 1
    return actor_id
