"""Merge mentions into actors: one actor per gazetteer entry or discovered name.

Discovered names with equal keys (`actors_names`) are one name. Beyond that,
rapidfuzz compares keys, never raw strings: two people merge when their last
name parts agree by Jaro-Winkler and their first parts agree too (so
"Mohammed Salah" and "Mohammed bin Salman" stay apart); a lone surname joins
the one person it ends ("Barakat" -> "Hisham Barakat") and none when several
end in it; a lone given name joins nobody. Names of different kinds never
merge, and names too short to tell apart never merge by similarity. Acronyms
and short forms the articles define join their long names (`actors_aliases`);
names romanised two ways ("Choi"/"Choe") and organisation name variants
("Health Ministry"/"Ministry of Health") join by `actors_spelling`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from operator import attrgetter

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import JaroWinkler

from reader.core.actors.find.scan import Candidate, Definition, GazetteerHit, NameGroup
from reader.core.actors.merge.aliases import merge_aliases
from reader.core.actors.merge.spelling import organisation_pairs, romanisation_pairs, short_company_pairs
from reader.core.disjoint_sets import DisjointSets
from reader.core.lexicons.gazetteer import Gazetteer
from reader.core.model import ACTOR_KINDS, Actor, Article, Mention
from reader.core.text.names import slug

LAST_PART_SIMILARITY = 0.92  # "Zahar"/"Zahhar" pass, "Salah"/"Salman" (0.88) do not
FIRST_PART_SIMILARITY = 0.90
SURNAME_SIMILARITY = 0.95
WHOLE_NAME_RATIO = 85.0  # token_set_ratio of the two keys, 0..100
MIN_FUZZY_LETTERS = 4  # shorter name parts only merge when equal
_KIND_ORDER = {kind: n for n, kind in enumerate(ACTOR_KINDS)}
# Endings of plural nouns for people by what they do: "Retailers", "Economists", "Investors".
_AGENT_PLURALS = ("ers", "ists", "ians", "ants", "ents", "ors", "ees")
# Words that may open a surname phrase ("Bin Salman", "Von der Leyen"), beside the gazetteer's particles.
SURNAME_PARTICLES = frozenset({"abu", "bin", "bint", "umm", "von", "van", "de", "da", "der", "del", "di", "le", "la"})


# A two-word name ending in a hyphenated given name ("Park Ji-yeon", "Tsai Ing-wen") is
# written family name first, so its first word is what a lone surname refers to.
_FAMILY_NAME_FIRST = re.compile(r"^\w+\s+\w+[-‐‑][^\W\d_]+$")


def build_actors(
    articles: Sequence[Article],
    hits: list[GazetteerHit],
    candidates: list[Candidate],
    gazetteer: Gazetteer,
    definitions: Sequence[Definition] = (),
) -> tuple[Actor, ...]:
    groups = _group_by_key(candidates)
    people = _gazetteer_people(gazetteer)
    links = DisjointSets(len(groups))
    _merge_people(groups, links)
    people_keys = [g.key if g.words >= 2 and _person_like(g) else () for g in groups]
    for i, j in romanisation_pairs(people_keys):
        links.union(i, j)
    organisation_keys = [g.key if g.kind not in ("person", "place", "country") else () for g in groups]
    for i, j in organisation_pairs(organisation_keys):
        links.union(i, j)
    # A lone word nothing marks as a person: the organisation whose name it opens, if only one.
    lone_words = [g.key if g.words == 1 and g.kind in (None, "organization", "other") else () for g in groups]
    named_organisations = [g.key if g.kind == "organization" and g.words >= 2 else () for g in groups]
    for i, j in short_company_pairs(lone_words, named_organisations):
        links.union(i, j)
    gazetteer_links = _link_to_gazetteer_people(groups, links, people, gazetteer)
    merge_aliases(groups, links, definitions, gazetteer_links, gazetteer)
    _merge_surnames(groups, links, hits, gazetteer, gazetteer_links)
    _merge_same_kind(groups, links)

    article_ids = [a.id for a in articles]
    by_entry: dict[str, list[GazetteerHit | Candidate]] = defaultdict(list)
    for hit in hits:
        by_entry[hit.entry].append(hit)
    clusters: dict[int, list[NameGroup]] = defaultdict(list)
    for n, group in enumerate(groups):
        root = links.find(n)
        if root in gazetteer_links:
            by_entry[gazetteer_links[root]].extend(group.candidates)
        else:
            clusters[root].append(group)

    actors = [_gazetteer_actor(entry, mentions, gazetteer, article_ids) for entry, mentions in by_entry.items()]
    taken = {a.id for a in actors}
    discovered = [(c, _best_name(c)) for c in clusters.values() if _worth_listing(c)]
    discovered.sort(key=lambda pair: (-sum(len(g.candidates) for g in pair[0]), pair[1]))
    for cluster, name in discovered:
        actor = _discovered_actor(cluster, name, article_ids, taken)
        taken.add(actor.id)
        actors.append(actor)
    actors.sort(key=lambda a: (-len(a.mentions), a.name, a.id))
    return tuple(actors)


def _group_by_key(candidates: list[Candidate]) -> list[NameGroup]:
    groups: dict[tuple[str, ...], NameGroup] = {}
    for candidate in candidates:
        group = groups.get(candidate.key)
        if group is None:
            group = groups[candidate.key] = NameGroup(candidate.key)
        group.candidates.append(candidate)
    for group in groups.values():
        votes = group.votes
        for candidate in group.candidates:
            for kind, weight in candidate.votes.items():
                votes[kind] += weight
        group.words = max(c.words for c in group.candidates)
        group.kind = _winning_kind(votes)
    return list(groups.values())


def _winning_kind(votes: Counter) -> str | None:
    if not votes or max(votes.values()) <= 0:
        return None
    return min(votes, key=lambda k: (-votes[k], _KIND_ORDER.get(k, 99)))


def _person_like(group: NameGroup) -> bool:
    return group.kind in (None, "person")


def _same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two keys of two or more parts that name one person, spelling aside."""
    if not _parts_agree(a[-1], b[-1], LAST_PART_SIMILARITY):
        return False
    if not (_parts_agree(a[0], b[0], FIRST_PART_SIMILARITY) or _initial_of(a[0], b[0])):
        return False
    return fuzz.token_set_ratio(" ".join(a), " ".join(b)) >= WHOLE_NAME_RATIO


def _parts_agree(a: str, b: str, cutoff: float) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < MIN_FUZZY_LETTERS:
        return False
    return JaroWinkler.similarity(a, b) >= cutoff


def _initial_of(a: str, b: str) -> bool:
    return (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def _merge_people(groups: list[NameGroup], links: DisjointSets) -> None:
    """Full names of people that differ only in spelling or a middle part.

    Only names whose last parts are equal or close (Jaro-Winkler, computed in
    bulk by rapidfuzz per initial letter) are compared in full.
    """
    by_last: dict[str, list[int]] = defaultdict(list)
    for n, group in enumerate(groups):
        if len(group.key) >= 2 and _person_like(group):
            by_last[group.key[-1]].append(n)
    # `_same_person`, with its part tests hoisted: the last parts are one pair per block,
    # and first names recur across thousands of pairs.
    first_parts_agree: dict[tuple[str, str], bool] = {}
    for a, b in _similar_parts(list(by_last)):
        if not _parts_agree(a, b, LAST_PART_SIMILARITY):
            continue
        for x in by_last[a]:
            kx = groups[x].key
            for y in by_last[b]:
                if x < y or a != b:
                    ky = groups[y].key
                    agree = first_parts_agree.get((kx[0], ky[0]))
                    if agree is None:
                        agree = _parts_agree(kx[0], ky[0], FIRST_PART_SIMILARITY) or _initial_of(kx[0], ky[0])
                        first_parts_agree[(kx[0], ky[0])] = agree
                    if agree and fuzz.token_set_ratio(" ".join(kx), " ".join(ky)) >= WHOLE_NAME_RATIO:
                        links.union(x, y)


def _similar_parts(parts: list[str]) -> list[tuple[str, str]]:
    """Pairs of name parts that agree: each part with itself, and close spellings."""
    pairs = [(p, p) for p in parts]
    by_initial: dict[str, list[str]] = defaultdict(list)
    for part in parts:
        if len(part) >= MIN_FUZZY_LETTERS:
            by_initial[part[0]].append(part)
    for block in by_initial.values():
        if len(block) < 2:
            continue
        scores = process.cdist(block, block, scorer=JaroWinkler.similarity, score_cutoff=LAST_PART_SIMILARITY, dtype=np.float32)
        for i, j in zip(*np.nonzero(scores)):
            if i < j:
                pairs.append((block[i], block[j]))
    return pairs


def _gazetteer_people(gazetteer: Gazetteer) -> dict[str, list[tuple[str, ...]]]:
    """Every person entry's name keys (its name and aliases)."""
    people: dict[str, list[tuple[str, ...]]] = {}
    for entry in gazetteer.entries:
        if entry.kind == "person":
            keys = [gazetteer.keyer.key(s) for s in (entry.name, *entry.aliases)]
            people[entry.id] = [k for k in keys if k]
    return people


def _link_to_gazetteer_people(
    groups: list[NameGroup], links: DisjointSets, people: dict[str, list[tuple[str, ...]]], gazetteer: Gazetteer
) -> dict[int, str]:
    """Discovered full names that are a gazetteer person spelt another way."""
    by_last: dict[str, list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
    for entry, keys in people.items():
        for key in keys:
            if len(key) >= 2:
                by_last[key[-1][:1]].append((entry, key))
    linked: dict[int, str] = {}
    for n, group in enumerate(groups):
        if len(group.key) < 2 or not _person_like(group):
            continue
        matches = {entry for entry, key in by_last.get(group.key[-1][:1], ()) if _same_person(group.key, key)}
        if len(matches) == 1:
            linked.setdefault(links.find(n), matches.pop())
    # a cluster is linked when any of its groups is
    for n in range(len(groups)):
        root = links.find(n)
        if n in linked and root not in linked:
            linked[root] = linked[n]
    return {root: entry for root, entry in linked.items() if links.find(root) == root}


def _merge_surnames(
    groups: list[NameGroup], links: DisjointSets, hits: list[GazetteerHit], gazetteer: Gazetteer, gazetteer_links: dict[int, str]
) -> None:
    """A surname ("Barakat", "Bin Salman", "Von der Leyen") joins the one person whose name ends in it.

    Only a single written word or a particle phrase counts as a surname: "Mohamed
    Hassan" is not folded into "Ahmed Mohamed Hassan", as a father's name is shared.
    """
    particles = gazetteer.word_set("particles") | SURNAME_PARTICLES
    owners: dict[tuple[str, ...], set[tuple[str, object]]] = defaultdict(set)
    first_parts: set[str] = set()
    for n, group in enumerate(groups):
        if len(group.key) >= 2 and group.words >= 2 and _person_like(group):
            _add_tails(owners, group.key, ("group", n))
            if group.words == 2 and _FAMILY_NAME_FIRST.search(group.candidates[0].surface):
                owners[group.key[:1]].add(("group", n))  # "Park Ji-yeon": "Park" is the family name
            else:
                first_parts.add(group.key[0])
    seen = {hit.entry for hit in hits}
    for entry in gazetteer.entries:
        if entry.kind == "person" and entry.id in seen:
            for surface in (entry.name, *entry.aliases):
                key = gazetteer.keyer.key(surface)
                if len(key) >= 2:
                    _add_tails(owners, key, ("entry", entry.id))
                    first_parts.add(key[0])
    single_parts = {key[0] for key in owners if len(key) == 1}
    for n, group in enumerate(groups):
        key = group.key
        if not _person_like(group) or len("".join(key)) < 3:
            continue
        if not (group.words == 1 or (len(key) >= 2 and key[0] in particles)):
            continue
        if len(key) == 1 and key[0] in first_parts:
            continue  # "Mohammed" alone: whose?
        found = {_root(owner, links) for owner in owners.get(key, ())}
        if not found and len(key) == 1 and len(key[0]) >= 5:
            for part in single_parts:
                if len(part) >= 5 and JaroWinkler.similarity(key[0], part) >= SURNAME_SIMILARITY:
                    found |= {_root(owner, links) for owner in owners[(part,)]}
        found.discard(("group", links.find(n)))
        if len(found) != 1:
            continue
        kind, owner = found.pop()
        if kind == "entry":
            gazetteer_links[links.find(n)] = str(owner)
        else:
            linked = gazetteer_links.pop(links.find(int(owner)), None) or gazetteer_links.pop(links.find(n), None)
            links.union(n, int(owner))
            if linked is not None:
                gazetteer_links[links.find(n)] = linked


def _add_tails(owners: dict, key: tuple[str, ...], owner: tuple[str, object]) -> None:
    for start in range(1, len(key)):
        owners[key[start:]].add(owner)


def _root(owner: tuple[str, object], links: DisjointSets) -> tuple[str, object]:
    kind, ref = owner
    return (kind, links.find(int(ref))) if kind == "group" else owner


def _merge_same_kind(groups: list[NameGroup], links: DisjointSets) -> None:
    """Organisations, outlets and places spelt two ways ("Al-Masry"/"Al-Masri").

    Names are compared within blocks of one kind, word count and initial; in a
    block, rapidfuzz scores every pair of first words in bulk (with a cutoff a
    little under the rule's, so float32 rounding drops no pair) and only pairs
    that pass are checked word by word. Thousands of made-up place names
    ("Rakaka Strip", "Rikaka Strip") made the all-pairs check quadratic.
    """
    blocks: dict[tuple[int, str, str], list[int]] = defaultdict(list)
    for n, group in enumerate(groups):
        if group.kind not in (None, "person") and len("".join(group.key)) >= 8:
            blocks[(len(group.key), group.key[0][:1], group.kind)].append(n)
    for members in blocks.values():
        if len(members) < 2:
            continue
        keys = [groups[n].key for n in members]
        for i, j in _close_first_parts([key[0] for key in keys]):
            if all(_parts_agree(x, y, FIRST_PART_SIMILARITY) for x, y in zip(keys[i], keys[j])):
                links.union(members[i], members[j])


def _close_first_parts(parts: list[str]) -> list[tuple[int, int]]:
    """Index pairs i < j whose parts may agree by `_parts_agree` (a superset: callers re-check)."""
    if len(parts) <= 8:
        return [(i, j) for i in range(len(parts)) for j in range(i + 1, len(parts))]
    scores = process.cdist(
        parts, parts, scorer=JaroWinkler.similarity, score_cutoff=FIRST_PART_SIMILARITY - 0.01, dtype=np.float32
    )
    return [(int(i), int(j)) for i, j in zip(*np.nonzero(scores)) if i < j]


def _worth_listing(cluster: list[NameGroup]) -> bool:
    """Drop capitalised words nothing marks as a name: once-seen single words, sentence openers,
    and plural nouns that only ever open a sentence ("Retailers have warned", "Economists said")."""
    candidates = [c for g in cluster for c in g.candidates]
    if all(c.initial and c.words == 1 and c.surface.endswith(_AGENT_PLURALS) and set(c.votes) <= {"person"} for c in candidates):
        return False
    votes = sum(sum(v for v in g.votes.values() if v > 0) for g in cluster)
    if votes:
        return True
    if all(c.initial for c in candidates):
        return False
    return max(g.words for g in cluster) >= 2 or len(candidates) >= 2


def _best_name(cluster: list[NameGroup]) -> str:
    """The fullest, most used spelling: "Ashraf Abu Al-Houl" over "Al-Houl"; not in capitals if it can help it."""
    counts: Counter = Counter()
    words: dict[str, int] = {}
    for group in cluster:
        counts.update(map(_SURFACE, group.candidates))
        for c in group.candidates:
            words[c.surface] = c.words
    return min(counts, key=lambda s: (-words[s], s.isupper(), -counts[s], s))  # "Frankfurt" over a dateline's "FRANKFURT"


_PLACE = attrgetter("article", "start", "end")
_SURFACE = attrgetter("surface")


def _mentions(found: list[GazetteerHit | Candidate], article_ids: list[str]) -> tuple[Mention, ...]:
    unique = sorted(set(map(_PLACE, found)))
    return tuple([Mention(article_ids[pos], start, end) for pos, start, end in unique])


def _aliases(found: list[GazetteerHit | Candidate], name: str) -> tuple[str, ...]:
    counts: Counter = Counter()
    for surface, count in Counter(map(_SURFACE, found)).items():
        counts[" ".join(surface.split())] += count
    counts.pop(name, None)
    return tuple(sorted(counts, key=lambda s: (-counts[s], s)))


def _gazetteer_actor(entry_id: str, found: list, gazetteer: Gazetteer, article_ids: list[str]) -> Actor:
    if entry_id.startswith("place:"):  # a capital named as a place, not as its state
        name = entry_id.removeprefix("place:")
        owner = gazetteer.index[gazetteer.keyer.key(name)].entry
        place_id = slug(name) if slug(name) not in gazetteer.by_id else f"{slug(name)}-place"
        return Actor(place_id, name, "place", _aliases(found, name), _mentions(found, article_ids), owner, True)
    entry = gazetteer.entry(entry_id)
    return Actor(entry.id, entry.name, entry.kind, _aliases(found, entry.name), _mentions(found, article_ids), entry.parent, True)


def _discovered_actor(cluster: list[NameGroup], name: str, article_ids: list[str], taken: set[str]) -> Actor:
    votes: Counter = Counter()
    found: list[Candidate] = []
    for group in cluster:
        for kind, weight in group.votes.items():
            votes[kind] += weight
        found.extend(group.candidates)
    parents = Counter(c.parent for c in found if c.parent)
    kind = _winning_kind(votes) or "other"
    actor_id = base = slug(name)
    if actor_id in taken:
        actor_id = base = f"{base}-{kind}"
    suffix = 2
    while actor_id in taken:
        actor_id = f"{base}-{suffix}"
        suffix += 1
    parent = parents.most_common(1)[0][0] if parents else None
    return Actor(actor_id, name, kind, _aliases(found, name), _mentions(found, article_ids), parent, False)
