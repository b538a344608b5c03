"""`extract_actors(parallel=True)`: the second half of the articles scanned in a forked child, the same actors."""

from __future__ import annotations

from reader.core.actors import extract as extract_module
from reader.core.forked import map_in_halves


def test_the_same_actors_with_half_the_articles_scanned_in_a_child(seed_pair, monkeypatch):
    halves = []
    monkeypatch.setattr(
        extract_module, "map_in_halves", lambda work, items: halves.append(len(items)) or map_in_halves(work, items)
    )
    assert extract_module.extract_actors(seed_pair, parallel=True) == extract_module.extract_actors(seed_pair)
    assert halves == [len(seed_pair)]
