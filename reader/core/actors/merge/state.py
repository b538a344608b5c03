"""What every merging rule reads and changes: the name groups, their union-find links, and
which clusters are a gazetteer entry spelt another way.

A discovered name's mentions are grouped by key (`group_by_key`); the rules in
`reader.core.actors.merge.RULES` then join groups, in order, through `links`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz.distance import JaroWinkler

from reader.core.actors.find.scan import Candidate, Definition, GazetteerHit, NameGroup
from reader.core.disjoint_sets import DisjointSets
from reader.core.lexicons.gazetteer import Gazetteer
from reader.core.model import ACTOR_KINDS

LAST_PART_SIMILARITY = 0.92  # "Zahar"/"Zahhar" pass, "Salah"/"Salman" (0.88) do not

FIRST_PART_SIMILARITY = 0.90

MIN_FUZZY_LETTERS = 4  # shorter name parts only merge when equal

KIND_ORDER = {kind: n for n, kind in enumerate(ACTOR_KINDS)}


@dataclass(slots=True)
class MergeState:
    """The input of every merging rule; rules union ``links`` and keep ``gazetteer_links`` in step."""

    groups: list[NameGroup]
    links: DisjointSets
    hits: list[GazetteerHit]
    gazetteer: Gazetteer
    definitions: Sequence[Definition] = ()
    texts: Sequence[str] = ()  # the articles' texts, by position
    # cluster root -> the gazetteer entry id that cluster is (set by `link_gazetteer_people`)
    gazetteer_links: dict[int, str] = field(default_factory=dict)


def join_clusters(a: int, b: int, links: DisjointSets, gazetteer_links: dict[int, str]) -> None:
    """Union the clusters of ``a`` and ``b``, keeping the gazetteer entry either one is linked to; two clusters
    linked to different entries stay apart (two known people or bodies are never one)."""
    root_a, root_b = links.find(a), links.find(b)
    if root_a == root_b:
        return
    entry_a, entry_b = gazetteer_links.get(root_a), gazetteer_links.get(root_b)
    if entry_a is not None and entry_b is not None and entry_a != entry_b:
        return
    gazetteer_links.pop(root_a, None)
    gazetteer_links.pop(root_b, None)
    links.union(root_a, root_b)
    linked = entry_a or entry_b
    if linked:
        gazetteer_links[links.find(root_a)] = linked


def group_by_key(candidates: list[Candidate]) -> list[NameGroup]:
    """The candidates' groups, one a key, in the order their keys first occur; votes summed, kind settled."""
    by_key: dict[tuple[str, ...], list[Candidate]] = {}
    for candidate in candidates:
        found = by_key.get(candidate.key)
        if found is None:
            by_key[candidate.key] = [candidate]
        else:
            found.append(candidate)
    groups = []
    for key, found in by_key.items():
        votes: Counter[str] = Counter()
        if len(found) == 1:  # most names in a long text: their one mention's votes, copied, and its words
            only = found[0]
            dict.update(votes, only.votes)
            groups.append(NameGroup(key, found, votes, only.words, winning_kind(votes)))
            continue
        summed: dict[str, int] = {}  # a plain dict: a Counter's missing key costs a Python call
        for candidate in found:
            for kind, weight in candidate.votes.items():
                summed[kind] = summed.get(kind, 0) + weight
        dict.update(votes, summed)
        groups.append(NameGroup(key, found, votes, max(c.words for c in found), winning_kind(votes)))
    return groups


def winning_kind(votes: Counter[str]) -> str | None:
    if len(votes) == 1:
        for kind, weight in votes.items():
            return kind if weight > 0 else None
    if not votes or max(votes.values()) <= 0:
        return None
    return min(votes, key=lambda k: (-votes[k], KIND_ORDER.get(k, 99)))


def person_like(group: NameGroup) -> bool:
    return group.kind in (None, "person")


def parts_agree(a: str, b: str, cutoff: float) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < MIN_FUZZY_LETTERS:
        return False
    return JaroWinkler.similarity(a, b) >= cutoff


def initial_of(a: str, b: str) -> bool:
    return (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def retype_name_prefixes(state: MergeState) -> None:
    """Rule (kinds, before any join): a two- or three-word name that opens a longer organisation or place
    name of the articles is that body's place, not a person: "Sandy Hook" beside "Sandy Hook Elementary
    School", however much "Sandy" reads as a given name. A title before it ("Sen. Sandy Hook") keeps
    it a person (its person vote is above a given name's)."""
    openings: set[tuple[str, ...]] = set()
    for group in state.groups:
        if group.kind in ("organization", "place", "media") and len(group.key) >= 3:
            for n in (2, 3):
                if len(group.key) > n:
                    openings.add(group.key[:n])
    if not openings:
        return
    for group in state.groups:
        if group.kind in (None, "person") and group.key in openings and group.votes.get("person", 0) <= GIVEN_NAME_VOTE:
            group.votes["place"] = group.votes.get("person", 0) + 1
            group.kind = "place"


GIVEN_NAME_VOTE = 2  # what a known given name alone gives a name (`find.discover`)
