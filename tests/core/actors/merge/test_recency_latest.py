"""`recency._Merged.latest`: the latest owners before a mention, as ranking every owner's latest naming does."""

from __future__ import annotations

import random
from bisect import bisect_left
from operator import attrgetter

from reader.core.actors.merge.recency import Naming, Owner, _Merged


def _reference(owners: dict[Owner, list[Naming]], start: int) -> list[tuple[Owner, Naming]]:
    """Each owner's latest naming before ``start``, latest first (ties: the owners' order), as first written."""
    found = []
    for owner, namings in owners.items():
        at = bisect_left(namings, start, key=attrgetter("start"))
        if at:
            found.append((owner, namings[at - 1]))
    return sorted(found, key=lambda item: -item[1].start)


def test_latest_is_the_first_two_of_the_full_ranking() -> None:
    rng = random.Random(3)
    for _ in range(300):
        owners: dict[Owner, list[Naming]] = {}
        for n in range(rng.randint(1, 6)):
            owner: Owner = ("group", n) if n % 2 else ("entry", f"e{n}")
            # few distinct starts: several owners named at one start, one owner twice at one start
            owners[owner] = sorted(Naming(0, rng.randrange(0, 30), rng.random() < 0.3) for _ in range(rng.randint(1, 5)))
        merged = _Merged(owners)
        for start in range(0, 32):
            expected = _reference(owners, start)[:2]
            got = merged.latest(start)
            assert [(o, n.start) for o, n in got] == [(o, n.start) for o, n in expected]


def test_nothing_before_the_first_naming() -> None:
    merged = _Merged({("group", 1): [Naming(0, 10, False)], ("group", 2): [Naming(0, 10, False)]})
    assert merged.latest(10) == []
    assert [o for o, _ in merged.latest(11)] == [("group", 1), ("group", 2)]
