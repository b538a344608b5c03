"""`verb_cue._WHO_REACH`: a relative "who said" finds its source within a bounded reach (review11a #14)."""

from __future__ import annotations

import time

from reader.core.attributions import extract_attributions
from reader.core.text.build import article_from_text


def test_a_who_relative_with_several_adverbs_keeps_its_source(found):
    text = "Perez, who has also previously publicly said the plan would fail, spoke on Monday."
    assert found(text) == [("Perez", "said", "the plan would fail")]
    text = "Critics who still repeatedly say the plan will fail are wrong."
    assert [f[0] for f in found(text)] == ["Critics"]


def test_the_reach_ends_the_search_for_the_relative_pronoun():
    # 70 characters of adverbs between "who" and its cue are within the reach (120); 140 are not.
    assert [f[0] for f in found_in("Perez, who " + "really " * 10 + "said the plan would fail, spoke.")] == ["Perez"]
    assert found_in("Perez, who " + "really " * 20 + "said the plan would fail, spoke.") == []


def found_in(text: str) -> list[tuple[str | None, str]]:
    art = article_from_text(text, "X")
    return [(art.slice(t.source) if t.source else None, art.slice(t.cue)) for t in extract_attributions(art)]


def test_a_long_unpunctuated_line_of_who_clauses_stays_linear():
    # 10,000 cues in one 330,000-character line (cut into sentences of at most ~2,000 characters): each cue's
    # search goes back the reach, not to its sentence's start; the whole takes well under a second.
    article = article_from_text("people who also really said that " * 10_000, "X")
    start = time.perf_counter()
    found = extract_attributions(article)
    assert len(found) > 9_000
    assert time.perf_counter() - start < 8
