"""A lone given name joins the one person of the articles who has it ("John" -> "John Boehner")."""

from __future__ import annotations

from collections import Counter, defaultdict

from reader.core.actors.merge.state import MergeState, join_clusters, person_like
from reader.core.actors.merge.surnames import Owner, family_name_first  # ("group", root) or ("entry", id)


def join_given_names(state: MergeState) -> None:
    """Rule: a one-word name that opens exactly one person's full name, and ends nobody's, is that
    person called by the first name ("what have you been doing, John?", "Elizabeth" after "Elizabeth
    Cheney", "Mike" after "Mike Bloomberg"; the keys already fold "Mike" into "Michael"). Two people
    with that first name, or a surname of that spelling, leave it alone. Runs after the surname rule,
    so the clusters it joins are whole."""
    groups, links, gazetteer = state.groups, state.links, state.gazetteer
    # the lone given names this rule may join (none of its joins changes which): the owners of their names
    # alone are gathered (a long text has 10^4 full names and a few lone given names, if any)
    lone = [
        n
        for n, group in enumerate(groups)
        if len(group.key) == 1
        and group.words == 1
        and person_like(group)
        and not all(c.initial for c in group.candidates)  # only ever opening a sentence: "Will", "Grant"
    ]
    wanted = {groups[n].key[0] for n in lone}
    owners: dict[str, set[Owner]] = defaultdict(set)
    later_parts: set[str] = set()
    for n, group in enumerate(groups):
        if len(group.key) >= 2 and group.words >= 2 and person_like(group):
            if group.words == 2 and family_name_first(group.candidates[0].surface):
                later_parts.add(group.key[0])  # "Choi Dong-hyun": "Choi" is the family name
                continue
            if group.key[0] in wanted:
                owners[group.key[0]].add(("group", n))
            later_parts.update(group.key[1:])
    seen = {hit.entry for hit in state.hits}
    for entry_id in seen:
        entry = gazetteer.by_id.get(entry_id)
        if entry is not None and entry.kind == "person":
            for surface in (entry.name, *entry.aliases):
                key = gazetteer.keyer.key(surface)
                if len(key) >= 2:
                    if key[0] in wanted:
                        owners[key[0]].add(("entry", entry.id))
                    later_parts.update(key[1:])
    if not owners:
        return  # no lone given name opens a full name
    # whether each cluster has more than one group, counted when first asked (most texts have no lone given
    # name): no join of this loop comes before that, so the counts are those from before the loop. A root is
    # its own parent, and a cluster of more than one group has a group whose parent is its root, so a root
    # counted more than once as a parent has a cluster of several (counted in C: no `find` a group)
    joined: Counter[int] | None = None
    for n in lone:
        key = groups[n].key
        if key[0] in later_parts:
            continue
        if joined is None:
            joined = Counter(links.parent)
        if joined[links.find(n)] > 1 or links.find(n) in state.gazetteer_links:
            continue  # already someone's surname ("Choi" after the surname rule)
        found = {_root(owner, state) for owner in owners.get(key[0], ())}
        if len(found) != 1:
            continue
        kind, owner = found.pop()
        if kind == "entry":
            state.gazetteer_links[links.find(n)] = str(owner)
            continue
        join_clusters(n, int(owner), links, state.gazetteer_links)


def _root(owner: Owner, state: MergeState) -> Owner:
    """A group owner by its cluster, or by the gazetteer entry that cluster was linked to."""
    kind, ref = owner
    if kind == "entry":
        return owner
    root = state.links.find(int(ref))
    linked = state.gazetteer_links.get(root)
    return ("entry", linked) if linked is not None else ("group", root)
