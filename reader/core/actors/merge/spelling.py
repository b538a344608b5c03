"""Two romanisations of one person's name: "Choi Dong-hyun" / "Choe Dong-hyeon", "Park" / "Pak".

Names taken from another script are spelt by several systems, which differ
mostly in vowels ("eo"/"u", "oi"/"oe", "ee"/"i", "ou"/"u") and in doubled
letters. `actors_merge` compares a name's parts by Jaro-Winkler, which is
too strict for short parts ("Choi"/"Choe" 0.88) and for given names that
differ in their vowels ("hyun"/"hyeon" 0.83), and too loose to tell two
brothers "Dong-hyun" and "Dong-wook" apart if lowered.

Here two names are one person when they have the same number of parts, one
part at least is spelt the same, and every other part agrees by its consonant
skeleton (the part without vowels, "w" and "y", with "q" as "k": "hyun" and
"hyeon" are both "hn", "choi" and "choe" both "ch", "qassem" and "kassem" "ksm", an "h" after a consonant dropped: "osothanakorn" and "osatanakorn"
are both "stnkrn") or by a close Jaro-Winkler on parts of
three letters or more ("park"/"pak" 0.93). Skeletons of one letter say too
little ("ah" and "ho" are both "h") and do not count.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from operator import itemgetter

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import JaroWinkler

from reader.core.actors.merge.state import MergeState

_similar = JaroWinkler.similarity
_VOWEL_LETTERS = "aeiouwy"
_VOWELS = frozenset(_VOWEL_LETTERS)
MIN_SKELETON = 2
PART_SIMILARITY = 0.92
MIN_PART_LETTERS = 3
MIN_COMPANY_LETTERS = 4  # a lone word shorter than this is too likely a common word or initials


def romanisation_pairs(keys: Sequence[tuple[str, ...]]) -> list[tuple[int, int]]:
    """Index pairs (i < j) of person-name keys that are one name romanised two ways."""
    # Candidates share a part at the same place (the one part spelt alike) and the
    # first consonant of every part, which agreeing parts almost always share: common
    # given names otherwise make blocks of hundreds of names in long documents.
    by_part: dict[tuple[int, int, str, str], list[int]] = defaultdict(list)
    first_consonants: dict[str, str] = {}  # once a distinct part: many names share their parts
    for n, key in enumerate(keys):
        size = len(key)
        if size >= 2:
            consonants = ""
            for part in key:
                first = first_consonants.get(part)
                if first is None:
                    first = first_consonants[part] = _first_consonant(part)
                consonants += first
            for place, part in enumerate(key):
                by_part[(size, place, part, consonants)].append(n)
    pairs: set[tuple[int, int]] = set()
    forms: dict[str, tuple[str, str, str]] = {}
    for (size, place, _part, _consonants), members in by_part.items():
        if len(members) < 2:
            continue
        if size == 2:  # the common case: only the other part need agree, one part against many
            other = 1 - place
            # `_parts_agree`, inlined: a block of one part against many is the hot loop. Each part's
            # skeleton and unaspirated form when long enough to count, and its first letter when it is
            # long enough for Jaro-Winkler (else ""): two parts agree when one of the three is set and
            # equal (equal forms are both long enough), or, for the letter, Jaro-Winkler says so.
            block = []
            for i in members:
                p = keys[i][other]
                form = forms.get(p)
                if form is None:
                    skeleton, plain = _skeleton(p), _unaspirated(p)
                    form = forms[p] = (
                        skeleton if len(skeleton) >= MIN_SKELETON else "",
                        plain if len(plain) > MIN_SKELETON else "",
                        p[0] if len(p) >= MIN_PART_LETTERS else "",
                    )
                block.append((p, i, *form))
            if len(block) >= _BULK_BLOCK:
                pairs.update(_bulk_block_pairs(block))
                continue
            for x in range(len(block) - 1):
                p, i, skeleton, plain, letter = block[x]
                for q, j, skeleton_q, plain_q, letter_q in block[x + 1 :]:
                    if p != q and (
                        (skeleton and skeleton == skeleton_q)
                        or (plain and plain == plain_q)
                        or (letter and letter == letter_q and _similar(p, q) >= PART_SIMILARITY)
                    ):
                        pairs.add((i, j) if i < j else (j, i))
            continue
        for x in range(len(members)):
            i = members[x]
            a = keys[i]
            for y in range(x + 1, len(members)):
                j = members[y]
                b = keys[j]
                # the part at ``place`` is spelt alike (the block's), so only the others need to agree
                if a != b and all(p == q or _parts_agree(p, q) for k, (p, q) in enumerate(zip(a, b)) if k != place):
                    pairs.add((i, j) if i < j else (j, i))
    return sorted(pairs)


_BULK_BLOCK = 16  # from this many names a block, Jaro-Winkler is scored in bulk (rapidfuzz) rather than pair by pair:
# below it, a call of `cdist` costs more than the loop (names kind at 10,000 sentences: 1,204 M instructions at 8, 1,089 M at 16)


def _bulk_block_pairs(block: list[tuple[str, int, str, str, str]]) -> list[tuple[int, int]]:
    """The pairs the loop of `romanisation_pairs` finds in a block of (part, index, skeleton, unaspirated
    form, letter): equal forms by grouping, Jaro-Winkler for the rest by one bulk `cdist`; the same pairs."""
    found: list[tuple[int, int]] = []
    for forms in ([(p, i, skeleton) for p, i, skeleton, _, _ in block], [(p, i, plain) for p, i, _, plain, _ in block]):
        alike: dict[str, list[tuple[str, int]]] = defaultdict(list)  # equal skeletons, then equal unaspirated forms
        for p, i, form in forms:
            if form:
                alike[form].append((p, i))
        for members in alike.values():
            for x, (p, i) in enumerate(members):
                found.extend((min(i, j), max(i, j)) for q, j in members[x + 1 :] if p != q)
    parts = [entry[0] for entry in block]
    # a bound a little under the cutoff (bulk scores are float32); the exact test follows
    scores = process.cdist(parts, parts, scorer=JaroWinkler.similarity, score_cutoff=PART_SIMILARITY - 0.01, dtype=np.float32)
    rows, columns = scores.nonzero()
    for x, y in zip(rows.tolist(), columns.tolist()):
        p, i, _, _, letter = block[x]
        q, j, _, _, letter_q = block[y]
        if x < y and letter and letter == letter_q and p != q and _similar(p, q) >= PART_SIMILARITY:
            found.append((min(i, j), max(i, j)))
    return found


def same_romanised_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if len(a) != len(b) or not any(x == y for x, y in zip(a, b)):
        return False
    return all(x == y or _parts_agree(x, y) for x, y in zip(a, b))


# Long documents compare the same part pairs thousands of times.
@lru_cache(maxsize=65_536)
def _parts_agree(x: str, y: str) -> bool:
    skeleton = _skeleton(x)
    if len(skeleton) >= MIN_SKELETON and skeleton == _skeleton(y):
        return True
    plain = _unaspirated(x)
    if len(plain) > MIN_SKELETON and plain == _unaspirated(y):
        return True
    return min(len(x), len(y)) >= MIN_PART_LETTERS and x[0] == y[0] and JaroWinkler.similarity(x, y) >= PART_SIMILARITY


def _first_consonant(part: str) -> str:
    """The first letter of the part's `_skeleton`, or "-" when it has none: its first letter that is no vowel
    (a string method, where the whole skeleton of every part of every name cost a tenth of this rule)."""
    first = part.lstrip(_VOWEL_LETTERS)[:1]
    return "k" if first == "q" else first or "-"


@lru_cache(maxsize=65_536)
def _skeleton(part: str) -> str:
    # "q" and "k" write one Arabic letter two ways: "Qassem" / "Kassem".
    return _REPEATED.sub(_FIRST_GROUP, part.translate(_CONSONANTS))


@lru_cache(maxsize=65_536)
def _unaspirated(part: str) -> str:
    """The skeleton without an "h" after a consonant, which marks aspiration or a digraph that
    systems write differently: "Osotthanakorn" / "Osatanakorn", "Zakharova" / "Zhakarova"."""
    skeleton = _skeleton(part)
    return _REPEATED.sub(_FIRST_GROUP, skeleton[:1] + skeleton[1:].replace("h", ""))


# A part's letters without vowels, "q" written "k"; a letter repeated, once (string methods and one regex: a
# name's two parts went through two Python loops each, a tenth of this rule on a long text of new names)
_CONSONANTS = str.maketrans({"q": "k", **dict.fromkeys(_VOWEL_LETTERS)})
_REPEATED = re.compile(r"(.)\1+", re.DOTALL)
_FIRST_GROUP = itemgetter(1)  # as a `re.sub` replacement: r"\1" without expanding a template per match


# Heads that English puts before "of" or after the subject: "Ministry of Health" / "Health Ministry".
_HEADS_WITH_OF = frozenset({"ministry", "department", "office", "bureau", "directorate"})
# Company-form words a second mention drops: "Savanna Mobility Group" / "Savanna Mobility".
_COMPANY_TAILS = frozenset(
    {"group", "holdings", "holding", "inc", "ltd", "plc", "corp", "corporation", "co", "llc", "ag", "sa", "nv", "se"}
)


def organisation_pairs(keys: Sequence[tuple[str, ...]]) -> list[tuple[int, int]]:
    """Index pairs (i < j) of organisation keys that are one name written two ways:
    "Health Ministry" / "Ministry of Health"; and a shorter form a second mention uses,
    "Savanna Mobility" for "Savanna Mobility Group", "Democratic Party" for "Democratic
    Party of Korea", when only one longer name could be meant (not with two central banks
    "of Nigeria" and "of Kenya")."""
    by_canonical: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for n, key in enumerate(keys):
        if len(key) >= 2:
            by_canonical[_canonical(key)].append(n)
    pairs: set[tuple[int, int]] = set()
    for members in by_canonical.values():
        pairs.update((members[0], other) for other in members[1:])
    longer: dict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)
    for canonical in by_canonical:
        for short in _shorter_forms(canonical):
            if short in by_canonical:
                longer[short].add(canonical)
    for short, owners in longer.items():
        if len(owners) == 1:
            owner = by_canonical[next(iter(owners))][0]
            first = by_canonical[short][0]
            pairs.add((min(first, owner), max(first, owner)))
    return sorted(pairs)


def _canonical(key: tuple[str, ...]) -> tuple[str, ...]:
    if key[-1] in _HEADS_WITH_OF and "of" not in key:
        return (key[-1], "of", *key[:-1])
    return key


def _shorter_forms(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Forms of two parts at least that a second mention may shorten the name to."""
    forms = []
    if key[-1] in _COMPANY_TAILS and len(key) >= 3:
        forms.append(key[:-1])
    if len(key) >= 4 and key[-2] == "of" and key[0] not in _HEADS_WITH_OF:
        forms.append(key[:-2])
    return forms


def short_company_pairs(singles: Sequence[tuple[str, ...]], organisations: Sequence[tuple[str, ...]]) -> list[tuple[int, int]]:
    """(single index, organisation index) pairs: a one-word name that opens exactly one
    organisation's name of two or more words ("Hanzawa" for "Hanzawa Industries"); none when
    it opens two ("Kessler" with "Kessler Automotive" and "Kessler Foundation")."""
    openers: dict[str, dict[tuple[str, ...], int]] = defaultdict(dict)
    for n, key in enumerate(organisations):
        if len(key) >= 2:
            openers[key[0]].setdefault(key, n)
    pairs = []
    for n, key in enumerate(singles):
        if len(key) == 1 and len(key[0]) >= MIN_COMPANY_LETTERS and len(openers.get(key[0], ())) == 1:
            pairs.append((n, next(iter(openers[key[0]].values()))))
    return pairs


def join_romanisations(state: MergeState) -> None:
    """Rule: people's names of two or more words romanised two ways ("Choi"/"Choe")."""
    keys = [g.key if g.words >= 2 and g.kind in (None, "person") else () for g in state.groups]
    for i, j in romanisation_pairs(keys):
        state.links.union(i, j)


def join_organisation_variants(state: MergeState) -> None:
    """Rule: "Health Ministry"/"Ministry of Health", names with or without a company tail."""
    keys = [g.key if g.kind not in ("person", "place", "country") else () for g in state.groups]
    for i, j in organisation_pairs(keys):
        state.links.union(i, j)


def join_short_companies(state: MergeState) -> None:
    """Rule: a lone word nothing marks as a person joins the one organisation whose name it opens, in an
    article that names that organisation in full."""
    groups = state.groups
    lone_words = [g.key if g.words == 1 and g.kind in (None, "organization", "other") else () for g in groups]
    named_organisations = [g.key if g.kind == "organization" and g.words >= 2 else () for g in groups]
    for i, j in short_company_pairs(lone_words, named_organisations):
        # one article uses both: "Hanzawa Industries ... Hanzawa said". A lone word in one article and the
        # longer name only in another may be the parent of a subsidiary ("a Verizon subsidiary" / "Verizon
        # Wireless"): nothing in the texts says they are one.
        if {c.article for c in groups[i].candidates} & {c.article for c in groups[j].candidates}:
            state.links.union(i, j)
