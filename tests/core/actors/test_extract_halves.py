"""`extract_actors(parallel=True)`: the articles scanned from both ends, one process each, the same actors."""

from __future__ import annotations

from reader.core.actors import extract as extract_module
from reader.core.forked import map_from_both_ends


def test_the_same_actors_with_the_articles_scanned_from_both_ends(seed_pair, monkeypatch):
    calls = []
    monkeypatch.setattr(
        extract_module, "map_from_both_ends", lambda work, items: calls.append(len(items)) or map_from_both_ends(work, items)
    )
    assert extract_module.extract_actors(seed_pair, parallel=True) == extract_module.extract_actors(seed_pair)
    assert calls == [len(seed_pair)]
