"""An organisation named short after its full name: "Court" after "Supreme Court", "Democratic Caucus"
after "House Democratic Caucus", "the Committee" after "House Select Committee on Benghazi"."""

from __future__ import annotations

import re
from collections import defaultdict

from reader.core.actors.merge.state import MergeState, join_clusters

_CONNECTORS = frozenset({"of", "on", "for"})
_MAX_PREFIX = 3  # "United States" before "Supreme Court": a country's name of up to three words


def join_name_heads(state: MergeState) -> None:
    """Rule: an organisation's name with its country before it is the name ("U.S. Supreme Court" /
    "Supreme Court"); then a shorter organisation name that ends exactly one longer one of the articles
    (or the part of it before "of"/"on"/"for") is that body. A longer name that opens with a place
    ("Wisconsin Republican Party", "Michigan Supreme Court") is a body of that place, not the short
    name's; gazetteer names keep their own entries."""
    groups, links, gazetteer = state.groups, state.links, state.gazetteer
    bodies = [
        n
        for n, g in enumerate(groups)
        if g.kind == "organization" and len(g.key) >= 2 and g.words >= 2 and g.candidates[0].surface.split(" ", 2)[1:2] != ["the"]
    ]  # "Fix the Court": its last word is what it acts on, not what it is
    if not bodies:
        return
    keyer = gazetteer.keyer
    states = {keyer.key(word) for word in gazetteer.word_set("us_states")}

    def place_kind(prefix: tuple[str, ...]) -> str | None:
        if prefix in states:
            return "place"
        form = gazetteer.index.get(prefix)
        kind = gazetteer.entry(form.entry).kind if form is not None else None
        return kind if kind in ("country", "place") else None

    by_key = {g.key: n for n, g in enumerate(groups) if g.kind == "organization"}
    owners: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for n in bodies:
        key = groups[n].key
        for k in range(1, min(_MAX_PREFIX, len(key) - 1) + 1):
            other = by_key.get(key[k:])
            if other is not None and place_kind(key[:k]) == "country":
                join_clusters(n, other, state.links, state.gazetteer_links)
                break
        cut = next((i for i, part in enumerate(key) if part in _CONNECTORS), len(key))
        for name in {key, key[:cut]}:
            for start in range(1, len(name)):
                if not any(place_kind(name[:k]) for k in range(1, min(_MAX_PREFIX, start) + 1)):
                    owners[name[start:]].add(n)
    for n, group in enumerate(groups):
        if group.kind not in ("organization", None) or group.key not in owners:
            continue
        if links.find(n) in state.gazetteer_links:
            continue  # "Republican Party" is the gazetteer's party, not one state's
        found = {links.find(owner) for owner in owners[group.key]} - {links.find(n)}
        if len(found) == 1:
            join_clusters(n, found.pop(), state.links, state.gazetteer_links)


def join_city_names(state: MergeState) -> None:
    """Rule: a place the articles name "X" is the gazetteer's "X City" when they also name that city and
    never "X State" or "state of X": "New York" beside "New York City". A state or country the gazetteer knows by "X"
    ("Mexico" beside "Mexico City") is a hit of its own entry, never a discovered name."""
    gazetteer, groups = state.gazetteer, state.groups
    cities: dict[tuple[str, ...], str] = {}
    for entry_id in {hit.entry for hit in state.hits}:
        entry = gazetteer.by_id.get(entry_id)
        if entry is not None and entry.kind == "place":
            key = gazetteer.keyer.key(entry.name)
            if len(key) >= 2 and key[-1] == "city":
                cities[key[:-1]] = entry.id
    if not cities:
        return
    for n, group in enumerate(groups):
        city = cities.get(group.key)
        if city is None or group.kind != "place":
            continue
        name = r"\s+".join(map(re.escape, group.candidates[0].surface.split()))
        said_state = re.compile(rf"(?<![^\W_]){name}\s+[Ss]tate(?![^\W_])|\b[Ss]tate\s+of\s+{name}(?![^\W_])")
        if not any(said_state.search(text) for text in state.texts):
            state.gazetteer_links.setdefault(state.links.find(n), city)
