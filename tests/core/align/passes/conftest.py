"""The pass tests look at what each pass finds, sentence by sentence: the merge
step (`reader.core.align.passes.merge`, tested in test_merge.py) is held to one
sentence a side here."""

from __future__ import annotations

import pytest

from reader.core.align.passes import merge


@pytest.fixture(autouse=True)
def sentence_by_sentence(monkeypatch):
    monkeypatch.setattr(merge, "MAX_SENTENCES", 1)
