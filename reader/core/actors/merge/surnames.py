"""A lone surname joins the one person whose name ends in it ("Barakat" -> "Hisham Barakat")."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import JaroWinkler

from reader.core.actors.find.scan import GazetteerHit, NameGroup
from reader.core.actors.merge.recency import Person, assign, people_named, split_group
from reader.core.actors.merge.state import MergeState, join_clusters, person_like
from reader.core.config import VERBS_FILE, user_config_path
from reader.core.disjoint_sets import DisjointSets
from reader.core.lexicons.gazetteer import Gazetteer
from reader.core.lexicons.verbs import cue_key, load_reporting_verbs

# ("group", group index) or ("entry", gazetteer entry id): who a surname may belong to.
Owner = tuple[str, int | str]
SURNAME_SIMILARITY = 0.95


# Words that may open a surname phrase ("Bin Salman", "Von der Leyen"), beside the gazetteer's particles.
SURNAME_PARTICLES = frozenset({"abu", "bin", "bint", "umm", "von", "van", "de", "da", "der", "del", "di", "le", "la"})


# A two-word name ending in a hyphenated given name ("Park Ji-yeon", "Tsai Ing-wen") is
# written family name first, so its first word is what a lone surname refers to.
FAMILY_NAME_FIRST = re.compile(r"^\w+\s+\w+[-‐‑][^\W\d_]+$")


def family_name_first(surface: str) -> bool:
    """Whether a two-word name is written family name first (`FAMILY_NAME_FIRST`). The hyphen it needs is
    looked for first: most names have none, and the regex is run on every two-word name by two rules."""
    return ("-" in surface or "‐" in surface or "‑" in surface) and FAMILY_NAME_FIRST.search(surface) is not None


def join_surnames(state: MergeState) -> None:
    """Rule: "Barakat", "Bin Salman", "Von der Leyen" join the one person they end, or nobody;
    a surname several people share goes mention by mention (`recency`)."""
    merge_surnames(state.groups, state.links, state.hits, state.gazetteer, state.gazetteer_links, state.texts)


def merge_surnames(
    groups: list[NameGroup],
    links: DisjointSets,
    hits: list[GazetteerHit],
    gazetteer: Gazetteer,
    gazetteer_links: dict[int, str],
    texts: Sequence[str] = (),
) -> None:
    """A surname ("Barakat", "Bin Salman", "Von der Leyen") joins the one person whose name ends in it.

    Only a single written word or a particle phrase counts as a surname: "Mohamed
    Hassan" is not folded into "Ahmed Mohamed Hassan", as a father's name is shared.
    When several people have it, each mention goes to one of them (`recency.assign`): the
    group is cut, each part joining its person; mentions nobody can claim stay apart.
    """
    particles = gazetteer.word_set("particles") | SURNAME_PARTICLES
    owners: dict[tuple[str, ...], set[Owner]] = defaultdict(set)
    first_parts: set[str] = set()
    for n, group in enumerate(groups):
        if len(group.key) >= 2 and group.words >= 2 and person_like(group):
            _add_tails(owners, group.key, ("group", n))
            if group.words == 2 and family_name_first(group.candidates[0].surface):
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
    # the owners' one-word tails long enough to be compared by spelling, scored in bulk for each lone word
    single_parts = sorted(key[0] for key in owners if len(key) == 1 and len(key[0]) >= 5)
    firsts: dict[Owner, dict[int, int]] | None = None  # built at the first surname several people share
    genders: dict[str, str] | None = None
    full_hits: dict[str, list[GazetteerHit]] = defaultdict(list)
    people: dict[Owner, Person] = {}  # owners' full names, read once
    for n in range(len(groups)):  # parts cut off a shared surname are appended: not read again
        group = groups[n]
        key = group.key
        # the cheapest test first: most groups are full names, no surname
        if not (group.words == 1 or (len(key) >= 2 and key[0] in particles)):
            continue
        if not (person_like(group) or _weakly_placed(group)) or len("".join(key)) < 3:
            continue
        if len(key) == 1 and key[0] in first_parts:
            continue  # "Mohammed" alone: whose?
        raw = set(owners.get(key, ()))
        if not raw and len(key) == 1 and len(key[0]) >= 5:
            # a bound a little under the cutoff (bulk scores may round a borderline pair down); the exact test follows
            close = process.extract(
                key[0], single_parts, scorer=JaroWinkler.similarity, score_cutoff=SURNAME_SIMILARITY - 0.01, limit=None
            )
            for part, _score, _n in close:
                if JaroWinkler.similarity(key[0], part) >= SURNAME_SIMILARITY:
                    raw |= owners[(part,)]
        found = {_root(owner, links) for owner in raw}
        found.discard(("group", links.find(n)))
        if len(found) > 1:
            if firsts is None:
                firsts = _first_named(groups, hits)
            whole = _first_introduced(group, ("group", links.find(n)), raw, links, firsts)
            if genders is None:
                genders = _given_name_genders(_stamp(user_config_path(VERBS_FILE)))  # when a surname is shared
                for hit in hits:
                    if " " in hit.surface:
                        full_hits[hit.entry].append(hit)
            _by_mention(
                n,
                raw,
                whole.pop() if len(whole) == 1 else None,
                groups,
                links,
                full_hits,
                gazetteer,
                gazetteer_links,
                texts,
                genders,
                people,
            )
            continue
        if len(found) == 1:
            _join(n, found.pop(), links, gazetteer_links)


def _join(n: int, owner: Owner, links: DisjointSets, gazetteer_links: dict[int, str]) -> None:
    kind, ref = owner
    if kind == "entry":
        gazetteer_links[links.find(n)] = str(ref)
    else:
        join_clusters(n, int(ref), links, gazetteer_links)


def _by_mention(
    n: int,
    raw: set[Owner],
    fallback: Owner | None,
    groups: list[NameGroup],
    links: DisjointSets,
    full_hits: dict[str, list[GazetteerHit]],
    gazetteer: Gazetteer,
    gazetteer_links: dict[int, str],
    texts: Sequence[str],
    genders: dict[str, str],
    known: dict[Owner, Person],
) -> None:
    """A surname several people share: each mention to its person (`recency`), the group cut to match."""
    own = ("group", links.find(n))
    raw = {owner for owner in raw if _root(owner, links) != own}
    titles = gazetteer.word_set("titles")
    people = people_named(raw, groups, full_hits, texts, titles, lambda given: genders.get(cue_key(given)), known)
    chosen = assign(groups[n].candidates, people, lambda owner: _root(owner, links), texts, titles, fallback)
    for part, owner in split_group(groups[n], chosen):
        if part is groups[n]:
            index = n
        else:
            index = len(groups)
            groups.append(part)
            links.parent.append(index)  # a new singleton set for the part
        if owner is not None:
            _join(index, owner, links, gazetteer_links)


@lru_cache(maxsize=1)
def _given_name_genders(_user_file: tuple[int, int] | None) -> dict[str, str]:
    """ "hillary" -> "f": the reporting lexicon's given names, built once a process while the user's
    file of cues (its stamp is the key) stays as it is: building the lexicon costs ~40 ms."""
    return load_reporting_verbs().gender_names


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size


def _first_named(groups: list[NameGroup], hits: list[GazetteerHit]) -> dict[Owner, dict[int, int]]:
    """Where each full name (a group of two words or more, a gazetteer hit with a space) is first
    written in each article: one pass over all of them."""
    firsts: dict[Owner, dict[int, int]] = defaultdict(dict)
    for n, group in enumerate(groups):
        if group.words >= 2:
            found = group.candidates
            if len(found) == 1:  # most full names of a long text are written once
                firsts[("group", n)] = {found[0].article: found[0].start}
                continue
            known = firsts[("group", n)]
            for c in found:
                known[c.article] = min(c.start, known.get(c.article, c.start))
    for hit in hits:
        if " " in hit.surface:
            known = firsts[("entry", hit.entry)]
            known[hit.article] = min(hit.start, known.get(hit.article, hit.start))
    return firsts


def _first_introduced(
    group: NameGroup, own: Owner, owners: set[Owner], links: DisjointSets, firsts: dict[Owner, dict[int, int]]
) -> set[Owner]:
    """Of several people a lone surname may be (``owners``, full names by group or entry), the one each
    article using it had named in full before its first use there, the others only later: "Bill
    Clinton" in the headline, then "Clinton" a dozen times, beside "Hillary Clinton's run" further
    down. Articles naming none of them first abstain; two people named before it ("Ahmed Hassan and
    Mohamed Hassan ... Hassan said"), or two articles that disagree, leave the surname alone."""
    chosen: set[Owner] = set()
    for article in {c.article for c in group.candidates}:
        first_bare = min(c.start for c in group.candidates if c.article == article)
        before = {_root(owner, links) for owner in owners if firsts.get(owner, {}).get(article, first_bare) < first_bare}
        before.discard(own)
        if len(before) > 1:
            return set()
        chosen.update(before)
    return chosen


def _add_tails(owners: dict[tuple[str, ...], set[Owner]], key: tuple[str, ...], owner: Owner) -> None:
    for start in range(1, len(key)):
        owners[key[start:]].add(owner)


def _root(owner: Owner, links: DisjointSets) -> Owner:
    kind, ref = owner
    return (kind, links.find(int(ref))) if kind == "group" else owner


def _weakly_placed(group: NameGroup) -> bool:
    """A lone word made a place only by prepositions that as often govern a person ("advisers to Romney"):
    at most one weak vote a mention, and nothing else. The full name it ends outweighs that."""
    return (
        group.kind == "place"
        and group.words == 1
        and set(group.votes) == {"place"}
        and group.votes["place"] <= len(group.candidates) // 2
    )
