"""Names that the articles themselves say are one: acronyms, short forms, a parent's other name.

Three rules, each applied across the whole article set:

- "Nordic Pilots Association (NPA)" defines NPA: every bare "NPA" joins the
  long name, in the article that defines it and in the others (the scanner
  records the definition, `actors_scan.Definition`).
- A bare acronym that opens exactly one longer organisation or outlet name is
  that name: "NRC" for "NRC Handelsblad".
- Names that differ only in how they write the country they belong to are one:
  "U.S. Geological Survey" and "United States Geological Survey".

A person never takes part: "(D-NY)" after a senator's name is no acronym of
theirs, and "Masri" is not short for "Masri Freight".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from reader.core.actors.find.discover import is_acronym
from reader.core.actors.find.scan import Definition, NameGroup
from reader.core.actors.merge.state import MergeState, join_clusters
from reader.core.disjoint_sets import DisjointSets
from reader.core.lexicons.gazetteer import Gazetteer


def join_defined_aliases(state: MergeState) -> None:
    """Rule: acronyms and short forms the articles define, and a parent's other spelling."""
    merge_aliases(state.groups, state.links, state.definitions, state.gazetteer_links, state.gazetteer)


def merge_aliases(
    groups: list[NameGroup],
    links: DisjointSets,
    definitions: Sequence[Definition],
    gazetteer_links: dict[int, str],
    gazetteer: Gazetteer,
) -> None:
    """Join the groups the three rules above make one (`gazetteer_links` follows the joins)."""
    # every group by key, only when the articles define an acronym (most do not; a long text has ~10^4 keys)
    by_key = {group.key: n for n, group in enumerate(groups)} if definitions else {}
    for definition in definitions:
        short = by_key.get(definition.short)
        if short is None:
            continue
        if definition.entry is not None:
            _link_entry(short, definition.entry, links, gazetteer_links)
            continue
        long = by_key.get(definition.long)
        if long is None or groups[short].kind == "person":
            continue
        # "Lena Berg (NPA)" is her affiliation; "Baltic Aviators Guild (BAG)" is no person however it reads
        if groups[long].kind != "person" or _initials_fit(groups[long].candidates[0].surface, definition.acronym):
            join_clusters(long, short, links, gazetteer_links)
    _merge_short_forms(groups, links, gazetteer_links)
    _merge_parent_spellings(groups, links, gazetteer_links, gazetteer)


def _initials_fit(name: str, acronym: str) -> bool:
    """Whether every capitalised word of ``name`` has its initial in ``acronym`` ("Geophysical Institute of Peru", IGP)."""
    initials = [w[0] for w in name.split() if w[:1].isupper()]
    return bool(initials) and all(initials.count(c) <= acronym.count(c) for c in set(initials))


def _merge_short_forms(groups: list[NameGroup], links: DisjointSets, gazetteer_links: dict[int, str]) -> None:
    """ "NRC" joins the one organisation or outlet whose name opens with it ("NRC Handelsblad")."""
    openers: dict[str, set[int]] = defaultdict(set)
    for n, group in enumerate(groups):
        if group.words >= 2 and group.kind not in (None, "person"):
            for candidate in group.candidates:
                first = candidate.surface.split(None, 1)[0]
                if is_acronym(first):
                    openers[first].add(n)
    if not openers:
        return
    for n, group in enumerate(groups):
        if group.words != 1 or group.kind == "person":
            continue
        surfaces = {c.surface for c in group.candidates}
        if len(surfaces) != 1:
            continue
        owners = {links.find(m) for m in openers.get(surfaces.pop(), ())}
        if len(owners) == 1:
            join_clusters(owners.pop(), n, links, gazetteer_links)


def _merge_parent_spellings(
    groups: list[NameGroup], links: DisjointSets, gazetteer_links: dict[int, str], gazetteer: Gazetteer
) -> None:
    """Organisations named after the same state, with its name spelt two ways."""
    by_tail: dict[tuple[str, tuple[str, ...]], list[int]] = defaultdict(list)
    prefixes: dict[str, list[tuple[str, ...]]] = {}
    for n, group in enumerate(groups):
        parent = group.candidates[0].parent
        if parent is None or group.kind in (None, "person") or parent not in gazetteer.by_id:
            continue
        if parent not in prefixes:
            entry = gazetteer.entry(parent)
            keys = {gazetteer.keyer.key(s) for s in (entry.name, *entry.aliases, *entry.demonyms)}
            prefixes[parent] = sorted((k for k in keys if k), key=len, reverse=True)
        for prefix in prefixes[parent]:
            if group.key[: len(prefix)] == prefix and len(group.key) > len(prefix):
                by_tail[(parent, group.key[len(prefix) :])].append(n)
                break
    for members in by_tail.values():
        for other in members[1:]:
            join_clusters(members[0], other, links, gazetteer_links)


def _link_entry(n: int, entry: str, links: DisjointSets, gazetteer_links: dict[int, str]) -> None:
    gazetteer_links.setdefault(links.find(n), entry)  # unless already another entry's


# Words an initialism skips ("National Rifle Association" -> NRA, "Department of Homeland Security" -> DHS).
_INITIALISM_SKIPS = frozenset({"of", "the", "and", "for", "on", "&", "in", "to", "at"})


def join_initialisms(state: MergeState) -> None:
    """Rule: "NRA" / "N.R.A." joins the one organisation whose initials it is ("National Rifle Association"),
    "USPS" the "United States Postal Service"; none when two names share the initials."""
    groups, links, gazetteer_links = state.groups, state.links, state.gazetteer_links
    by_initials: dict[str, set[int]] = defaultdict(set)
    for n, group in enumerate(groups):
        if group.words >= 2 and group.kind not in (None, "person", "place", "country"):
            for surface in {c.surface for c in group.candidates}:
                by_initials[_initials(surface)].add(n)
    if not by_initials:
        return
    for n, group in enumerate(groups):
        if group.words != 1 or group.kind == "person":
            continue
        letters = group.candidates[0].surface.replace(".", "")
        if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
            continue
        owners = {links.find(m) for m in by_initials.get(letters, ())}
        if len(owners) == 1:
            join_clusters(owners.pop(), n, links, gazetteer_links)


def _initials(surface: str) -> str:
    """ "NRA" of "National Rifle Association", "USPS" of "U.S. Postal Service"."""
    letters = []
    for word in surface.split():
        if word.casefold() in _INITIALISM_SKIPS:
            continue
        if "." in word.strip("."):
            letters.append(word.replace(".", ""))  # "U.S."
        elif word[:1].isupper():
            letters.append(word[0])
        else:
            return ""
    return "".join(letters)


def join_short_media(state: MergeState) -> None:
    """Rule: a lone "Times" or "Post" joins the one outlet of the articles whose name ends in it."""
    groups, links, gazetteer_links, gazetteer = state.groups, state.links, state.gazetteer_links, state.gazetteer
    owners: dict[str, set[tuple[str, object]]] = defaultdict(set)
    for n, group in enumerate(groups):
        if group.kind == "media" and len(group.key) >= 2:
            owners[group.key[-1]].add(("group", n))
    for entry_id in {hit.entry for hit in state.hits}:
        if entry_id in gazetteer.by_id and gazetteer.entry(entry_id).kind == "media":
            key = gazetteer.keyer.key(gazetteer.entry(entry_id).name)
            if len(key) >= 2:
                owners[key[-1]].add(("entry", entry_id))
    for n, group in enumerate(groups):
        if len(group.key) != 1 or group.words != 1 or gazetteer.suffixes.get(group.key[0]) != "media":
            continue
        found = {(kind, links.find(int(str(ref))) if kind == "group" else ref) for kind, ref in owners.get(group.key[0], ())}
        if len(found) != 1:
            continue
        kind, ref = found.pop()
        if kind == "entry":
            _link_entry(n, str(ref), links, gazetteer_links)
        else:
            join_clusters(int(str(ref)), n, links, gazetteer_links)
