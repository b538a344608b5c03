"""Romanisations of one name and organisation name variants (reader/actors_spelling.py)."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.actors import extract_actors
from reader.core.actors.merge import spelling
from reader.core.actors.merge.spelling import (
    _parts_agree,
    _skeleton,
    organisation_pairs,
    romanisation_pairs,
    same_romanised_name,
    short_company_pairs,
)
from reader.core.lexicons.gazetteer import load_gazetteer
from tests.core.align.test_weights import make_article

KEY = load_gazetteer().keyer.key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Choi Dong-hyun", "Choe Dong-hyeon"),
        ("Park Ji-yeon", "Pak Ji-yeon"),
        ("Mohammed al-Adeni", "Mohamed el-Adeni"),
        ("Kim Yong-chol", "Kim Yong-chul"),
        ("Qassem al-Sabri", "Kassem el-Sabri"),
    ],
)
def test_one_name_in_two_romanisations(a, b):
    assert same_romanised_name(KEY(a), KEY(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Choi Dong-hyun", "Choi Dong-wook"),  # brothers
        ("Kim Min-seo", "Kim Sung-ho"),
        ("Kim Min-ah", "Kim Min-ho"),  # one-letter skeletons say nothing...
        ("Kim Jong-un", "Kim Jong-eun"),  # ...so this one is missed
        ("Lee Sang-min", "Park Sang-min"),
        ("Hisham Barakat", "Hisham Kandil"),
    ],
)
def test_people_sharing_name_parts_stay_apart(a, b):
    assert not same_romanised_name(KEY(a), KEY(b))


def test_pairs_are_found_among_many_keys():
    keys = [KEY(n) for n in ("Choi Dong-hyun", "Choi Dong-wook", "Choe Dong-hyeon", "Seoul")]
    assert romanisation_pairs(keys) == [(0, 2)]


def _first_consonants(key):
    return "".join(_skeleton(part)[:1] or "-" for part in key)


def test_pairs_are_those_of_every_pair_compared():
    """The blocked, inlined search finds what comparing every two keys finds: same size, one part
    spelt alike at the same place, the same first consonants, and every other part agreeing."""
    rng = random.Random(7)
    bases = "hyun hyeon choi choe park pak kassem qassem osothanakorn osatanakorn dong wook ji lee mohamed ab x".split()

    def mutate(word):
        letters = list(word)
        for _ in range(rng.randint(0, 2)):
            at = rng.randrange(len(letters))
            letters[at] = rng.choice("abcdehiknoqrstuwy")
        return "".join(letters)

    found = 0
    for _ in range(200):
        pool = [mutate(rng.choice(bases)) for _ in range(rng.randint(3, 12))]
        keys = [tuple(rng.choice(pool) for _ in range(rng.choice([0, 1, 2, 2, 2, 3]))) for _ in range(rng.randint(2, 60))]
        expected = [
            (i, j)
            for i, a in enumerate(keys)
            for j, b in enumerate(keys)
            if i < j
            and len(a) == len(b) >= 2
            and a != b
            and _first_consonants(a) == _first_consonants(b)
            and any(x == y and all(p == q or _parts_agree(p, q) for p, q in zip(a, b)) for x, y in zip(a, b))
        ]
        assert romanisation_pairs(keys) == expected
        found += len(expected)
    assert found > 50  # the pairs are not all trivial


def test_a_large_block_scored_in_bulk_gives_the_pairs_of_every_pair_compared(monkeypatch):
    """Blocks of many names sharing a part are scored by one bulk Jaro-Winkler: the pairs are those the
    pair-by-pair loop finds (equal skeletons, equal unaspirated forms, or close spellings)."""
    rng = random.Random(11)
    lasts = "hyun hyeon hyon hun hwan hoon huan haan hasan hassan hussein husain hamid hameed".split()

    def mutate(word):
        letters = list(word)
        for _ in range(rng.randint(0, 1)):
            letters[rng.randrange(1, len(letters))] = rng.choice("aehinoqrsuwy")
        return "".join(letters)

    keys = list(dict.fromkeys(("kim", mutate(rng.choice(lasts))) for _ in range(120)))
    bulk_blocks = []
    bulk = spelling._bulk_block_pairs
    monkeypatch.setattr(spelling, "_bulk_block_pairs", lambda block: bulk_blocks.append(len(block)) or bulk(block))
    expected = [
        (i, j)
        for i, a in enumerate(keys)
        for j, b in enumerate(keys)
        if i < j and a != b and _first_consonants(a) == _first_consonants(b) and _parts_agree(a[1], b[1])
    ]
    assert romanisation_pairs(keys) == expected
    assert bulk_blocks and max(bulk_blocks) >= spelling._BULK_BLOCK  # the bulk path ran
    assert len(expected) > 20


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Health Ministry", "Ministry of Health"], [(0, 1)]),
        (["Savanna Mobility Group", "Savanna Mobility"], [(0, 1)]),
        (["Democratic Party of Korea", "Democratic Party"], [(0, 1)]),
        (["Central Bank of Nigeria", "Central Bank of Kenya", "Central Bank"], []),  # which one?
        (["University of Ghana", "Ghana"], []),
        (["Interior Ministry", "Foreign Ministry"], []),
    ],
)
def test_organisation_name_variants(names, expected):
    assert organisation_pairs([KEY(n) for n in names]) == expected


def test_nicknames_and_romanisations_merge_in_articles():
    a = make_article(
        "A", "Samuel Kiptoo led the drivers. The Health Ministry said it would study the ruling. Choi Dong-hyun conceded."
    )
    b = make_article(
        "B", "Sammy Kiptoo, a driver, spoke. The Ministry of Health declined to comment. Choe Dong-hyeon said he accepted defeat."
    )
    actors = extract_actors([a, b])
    by_alias = {name: actor.id for actor in actors for name in (actor.name, *actor.aliases)}
    assert by_alias["Samuel Kiptoo"] == by_alias["Sammy Kiptoo"]
    assert by_alias["Health Ministry"] == by_alias["Ministry of Health"]
    assert by_alias["Choi Dong-hyun"] == by_alias["Choe Dong-hyeon"]


def test_a_lone_word_joins_the_one_organisation_it_opens():
    singles = [KEY("Hanzawa"), KEY("Kessler"), KEY("Ford")]
    organisations = [KEY("Hanzawa Industries"), KEY("Kessler Automotive"), KEY("Kessler Foundation")]
    assert short_company_pairs(singles, organisations) == [(0, 0)]  # "Kessler": which of the two?


def _skeleton_letter_by_letter(part: str) -> str:
    letters = ["k" if c == "q" else c for c in part if c not in "aeiouwy"]
    return "".join(c for k, c in enumerate(letters) if k == 0 or c != letters[k - 1])


def _unaspirated_letter_by_letter(part: str) -> str:
    skeleton = _skeleton_letter_by_letter(part)
    letters = [c for k, c in enumerate(skeleton) if not (c == "h" and k > 0)]
    return "".join(c for k, c in enumerate(letters) if k == 0 or c != letters[k - 1])


@given(st.text(alphabet="aeiouwyqkhhbdnnsé-'\n", max_size=10))
def test_skeleton_forms_by_string_methods_are_those_of_the_letter_loops(part):
    """`_skeleton` and `_unaspirated` (a translation table and one regex) and `_first_consonant` (a strip) give
    what the loops over letters they replace gave."""
    assert spelling._skeleton.__wrapped__(part) == _skeleton_letter_by_letter(part)
    assert spelling._unaspirated.__wrapped__(part) == _unaspirated_letter_by_letter(part)
    assert spelling._first_consonant(part) == (_skeleton_letter_by_letter(part)[:1] or "-")


def test_skeleton_forms_of_known_spellings():
    assert [_skeleton(p) for p in ("hyun", "hyeon", "qassem", "osothanakorn")] == ["hn", "hn", "ksm", "sthnkrn"]
    assert [spelling._unaspirated(p) for p in ("osothanakorn", "osatanakorn", "zakharova")] == ["stnkrn", "stnkrn", "zkrv"]
    assert [spelling._first_consonant(p) for p in ("ahmed", "qassem", "aye")] == ["h", "k", "-"]
