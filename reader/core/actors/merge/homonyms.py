"""A country that shares its name with a US state: "Georgia" is the state in articles about US states.

The gazetteer finds "Georgia" as the country. When the articles name other US
states (or Atlanta) and nothing of the country's own (its demonym "Georgian",
its capital "Tbilisi"), its plain-name mentions are the state: a place of the
United States, not the country (`gazetteer_actor` lists them under
``state:<name>``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.actors.find.scan import GazetteerHit
from reader.core.lexicons.gazetteer import Gazetteer
from reader.core.model import Article

STATE_PREFIX = "state:"

_PATTERNS: list[tuple[Gazetteer, re.Pattern[str] | None]] = []  # the last gazetteer's, built once


def _states_pattern(gazetteer: Gazetteer) -> re.Pattern[str] | None:
    if not _PATTERNS or _PATTERNS[0][0] is not gazetteer:
        states = sorted(gazetteer.word_set("us_states"), key=len, reverse=True)
        words = "|".join(r"\s+".join(re.escape(w) for w in s.split()) for s in states)
        pattern = re.compile(rf"(?<![^\W_])(?:{words})(?![^\W_])", re.IGNORECASE) if words else None
        _PATTERNS[:] = [(gazetteer, pattern)]
    return _PATTERNS[0][1]


def state_homonyms(hits: list[GazetteerHit], articles: Sequence[Article], gazetteer: Gazetteer) -> list[GazetteerHit]:
    """``hits``, with a state-named country's plain-name mentions moved to ``state:<name>`` when the articles
    say US state and never the country."""
    states = gazetteer.word_set("us_states")
    homonyms = {hit.entry for hit in hits if hit.entry in gazetteer.by_id and _is_homonym(gazetteer, hit.entry, states)}
    if not homonyms:
        return hits
    pattern = _states_pattern(gazetteer)
    if pattern is None:
        return hits
    keyer = gazetteer.keyer
    name_keys = {entry: keyer.key(gazetteer.entry(entry).name) for entry in homonyms}
    named = {" ".join(m.group().split()).casefold() for article in articles for m in pattern.finditer(article.text)}
    moved = set()
    for entry in homonyms:
        # the country's own words: a demonym, a capital (as the country or as a place)
        own = any(_owner(gazetteer, hit) == entry and keyer.key(hit.surface) != name_keys[entry] for hit in hits)
        if not own and named - {gazetteer.entry(entry).name.casefold()}:  # another state named
            moved.add(entry)
    if not moved:
        return hits
    out = []
    for hit in hits:
        if hit.entry in moved and keyer.key(hit.surface) == name_keys[hit.entry]:
            hit = hit._replace(entry=STATE_PREFIX + gazetteer.entry(hit.entry).name)
        out.append(hit)
    return out


def _is_homonym(gazetteer: Gazetteer, entry: str, states: frozenset[str]) -> bool:
    found = gazetteer.entry(entry)
    return found.kind == "country" and found.name.casefold() in states


def _owner(gazetteer: Gazetteer, hit: GazetteerHit) -> str:
    """The entry a hit stands for: its own, or for a capital named as a place ("place:Tbilisi"), its state's."""
    if not hit.entry.startswith("place:"):
        return hit.entry
    form = gazetteer.index.get(gazetteer.keyer.key(hit.entry.removeprefix("place:")))
    return form.entry if form is not None else hit.entry


def capitals_in_full(hits: list[GazetteerHit], gazetteer: Gazetteer) -> list[GazetteerHit]:
    """``hits``, with a capital named as a place ("place:Washington") moved to the place entry the articles
    also name whose name opens with it ("Washington, D.C.", "D.C."): one city, not two."""
    capitals = {hit.entry for hit in hits if hit.entry.startswith("place:")}
    if not capitals:
        return hits
    keyer = gazetteer.keyer
    places = {keyer.key(gazetteer.entry(e).name): e for e in {h.entry for h in hits} if _kind(gazetteer, e) == "place"}
    moved = {}
    for capital in capitals:
        key = keyer.key(capital.removeprefix("place:"))
        found = {entry for name, entry in places.items() if len(name) > len(key) and name[: len(key)] == key}
        if len(found) == 1:
            moved[capital] = found.pop()
    return [hit._replace(entry=moved[hit.entry]) if hit.entry in moved else hit for hit in hits] if moved else hits


def _kind(gazetteer: Gazetteer, entry: str) -> str | None:
    found = gazetteer.by_id.get(entry)
    return found.kind if found is not None else None
