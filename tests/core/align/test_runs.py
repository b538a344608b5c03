"""Shared word runs (reader/core/align/runs.py) on units too long to align in one piece."""

from __future__ import annotations

from reader.core.align import runs
from reader.core.text.tokens import tokenize


def test_a_long_unpunctuated_copy_is_verbatim_in_pieces(monkeypatch):
    monkeypatch.setattr(runs, "MAX_WORDS", 50)
    text = " ".join(f"word{k % 37} plain{k}" for k in range(200))
    tokens = tokenize(text, 0, len(text))
    found, share = runs.shared_runs(tokens, tokenize(text, 0, len(text)))
    assert share == 1.0 and runs.is_verbatim(share)
    # One run per piece: 400 words in 8 pieces of 50.
    assert len(found) == 8
    assert found[0].a.start == 0 and found[-1].a.end == len(text)
