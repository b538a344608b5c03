"""Merge mentions into actors: one actor per gazetteer entry or discovered name.

Discovered names with equal keys (`reader.core.text.names`) are one name; the
rules of `reader.core.actors.merge.RULES` join them further, in order; the
clusters become actors (`listing`), gazetteer entries under their own id.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from operator import attrgetter, itemgetter
from typing import Any, TypeVar

from reader.core.actors.find.scan import Candidate, Definition, GazetteerHit, NameGroup
from reader.core.actors.merge import RULES
from reader.core.actors.merge.bodies import surnames_named_like_bodies
from reader.core.actors.merge.homonyms import capitals_in_full, state_homonyms
from reader.core.actors.merge.listing import (
    WrittenWords,
    actor_written_once,
    best_name,
    discovered_actor,
    gazetteer_actor,
    title_case_lines,
    worth_listing,
    worth_listing_once,
)
from reader.core.actors.merge.state import MergeState, group_by_key
from reader.core.disjoint_sets import DisjointSets
from reader.core.lexicons.gazetteer import Gazetteer
from reader.core.model import Actor, Article

T = TypeVar("T")


def build_actors(
    articles: Sequence[Article],
    hits: list[GazetteerHit],
    candidates: list[Candidate],
    gazetteer: Gazetteer,
    definitions: Sequence[Definition] = (),
) -> tuple[Actor, ...]:
    hits = state_homonyms(hits, articles, gazetteer)  # "Georgia" the state, among other US states
    hits = capitals_in_full(hits, gazetteer)  # "Washington" beside "D.C."
    hits, candidates = surnames_named_like_bodies(hits, candidates, gazetteer)  # "Bloomberg" after "Michael Bloomberg"
    groups = group_by_key(candidates)
    texts = [article.text for article in articles]
    state = MergeState(groups, DisjointSets(len(groups)), hits, gazetteer, definitions, texts=texts)
    for rule in RULES:
        rule(state)
    links, gazetteer_links = state.links, state.gazetteer_links

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

    headlines = [title_case_lines(text) for text in texts]
    written = WrittenWords(texts)
    # (mentions, name, cluster): listed most mentioned first, then by name; a name written once (most names
    # of a long text) is a cluster of one group of one mention, listed by `actor_written_once`
    discovered: list[tuple[int, str, list[NameGroup]]] = []
    for cluster in clusters.values():
        if len(cluster) == 1 and len(cluster[0].candidates) == 1:
            if worth_listing_once(cluster[0], headlines, written):
                discovered.append((1, cluster[0].candidates[0].surface, cluster))
                continue
        elif worth_listing(cluster, headlines, written):
            discovered.append((_mention_count(cluster), best_name(cluster), cluster))
            continue
        for hit in _known_parts(cluster, gazetteer):  # a known name given back by a dropped one
            by_entry[hit.entry].append(hit)
    actors = [gazetteer_actor(entry, mentions, gazetteer, article_ids) for entry, mentions in by_entry.items()]
    taken = {a.id for a in actors}
    # clusters of one count and name stay in the order found
    for count, name, cluster in most_mentioned_first(discovered, _COUNT, _NAME):
        if count == 1 and len(cluster) == 1:
            actor = actor_written_once(cluster[0], article_ids, taken)
        else:
            actor = discovered_actor(cluster, name, article_ids, taken)
        taken.add(actor.id)
        actors.append(actor)
    return tuple(most_mentioned_first(actors, _actor_mentions, _ACTOR_NAME, _ACTOR_ID))


_COUNT, _NAME = itemgetter(0), itemgetter(1)
_ACTOR_NAME, _ACTOR_ID = attrgetter("name"), attrgetter("id")


def _actor_mentions(actor: Actor) -> int:
    return len(actor.mentions)


def most_mentioned_first(items: list[T], mentions: Callable[[T], int], *keys: Callable[[T], Any]) -> list[T]:
    """``items`` by ``mentions``, most first, then by ``keys`` in turn: ``sorted(items, key=lambda x:
    (-mentions(x), *(key(x) for key in keys)))``, ties in the same order. Each count's items are sorted by
    one key at a time, the last first (a stable sort keeps the order of the keys sorted before): a sort
    keyed by strings alone compares them directly, where tuples of a count and a name took the general
    comparison (names kind, 10,000 sentences: 0.12 s to sort the discovered names, now under half)."""
    by_count: dict[int, list[T]] = {}
    for item in items:
        count = mentions(item)
        same = by_count.get(count)
        if same is None:
            by_count[count] = [item]
        else:
            same.append(item)
    ordered: list[T] = []
    for count in sorted(by_count, reverse=True):
        same = by_count[count]
        for key in reversed(keys):
            same.sort(key=key)
        ordered.extend(same)
    return ordered


def _mention_count(cluster: list[NameGroup]) -> int:
    return len(cluster[0].candidates) if len(cluster) == 1 else sum(len(g.candidates) for g in cluster)


def _known_parts(cluster: list[NameGroup], gazetteer: Gazetteer) -> list[GazetteerHit]:
    """The gazetteer name a dropped name was joined from, as a mention of its own: the headline "White
    House Plays Down Data Program" read as one body's name is not listed, but it names the White House."""
    hits = []
    for group in cluster:
        for c in group.candidates:
            if c.parent is None or c.parent not in gazetteer.by_id:
                continue
            entry = gazetteer.entry(c.parent)
            forms = sorted((entry.name, *entry.aliases), key=len, reverse=True)
            form = next((f for f in forms if c.surface.startswith(f + " ")), None)
            if form is not None:
                hits.append(GazetteerHit(c.article, c.start, c.start + len(form), entry.id, form))
    return hits
