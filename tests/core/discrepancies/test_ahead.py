"""`discrepancies_ahead`: the per-article work done before the matches are known changes no finding."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from reader.core.discrepancies import discrepancies_ahead, find_discrepancies
from reader.core.forked import map_from_both_ends, may_fork
from reader.core.lexicons import load_lexicons
from reader.core.model import Span
from reader.core.pipeline import analyze
from reader.core.text.loader import load_articles

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "discrepancies"


@pytest.mark.parametrize("name", ["court", "quake"])
def test_the_same_findings_with_the_work_done_ahead(name):
    lexicons = load_lexicons()
    articles = load_articles([FIXTURES / f"{name}_a.txt", FIXTURES / f"{name}_b.txt"])
    analysis = analyze(articles, lexicons)
    inputs = (analysis.articles, analysis.matches, analysis.actors, analysis.attributions)
    lexicon_args = (lexicons.polarity, lexicons.paraphrases, lexicons.verbs)
    ahead = discrepancies_ahead(analysis.articles, analysis.attributions, lexicons.paraphrases)
    assert analysis.discrepancies  # something to compare
    assert find_discrepancies(*inputs, *lexicon_args, ahead) == analysis.discrepancies
    # Made from other attributions: ignored, not trusted.
    other = discrepancies_ahead(analysis.articles, analysis.attributions[:1], lexicons.paraphrases)
    assert find_discrepancies(*inputs, *lexicon_args, other) == analysis.discrepancies


@pytest.mark.parametrize("name", ["court", "quake"])
def test_the_same_findings_with_matches_compared_from_both_ends(name, monkeypatch):
    from reader.core.discrepancies import halves as halves_module

    monkeypatch.setattr(halves_module, "PARALLEL_MIN_MATCHES", 0)
    calls = []

    def watched(work, items, **kw):
        calls.append(len(items))
        return map_from_both_ends(work, items, **kw)

    monkeypatch.setattr(halves_module, "map_from_both_ends", watched)
    lexicons = load_lexicons()
    analysis = analyze(load_articles([FIXTURES / f"{name}_a.txt", FIXTURES / f"{name}_b.txt"]), lexicons)
    inputs = (analysis.articles, analysis.matches, analysis.actors, analysis.attributions)
    found = find_discrepancies(*inputs, lexicons.polarity, lexicons.paraphrases, lexicons.verbs, parallel=True)
    assert calls == [len(analysis.matches)] and found == analysis.discrepancies
    # The caller's own work is done once, here, and changes nothing; while it runs (slowly, here), the child
    # surely compares matches, whose findings come back packed.
    told: list[str] = []
    unpacked: list[int] = []
    real_unpack = halves_module.unpack
    monkeypatch.setattr(halves_module, "unpack", lambda packed: unpacked.append(1) or real_unpack(packed))
    again = find_discrepancies(
        *inputs,
        lexicons.polarity,
        lexicons.paraphrases,
        lexicons.verbs,
        parallel=True,
        meanwhile=lambda: told.append("x") or time.sleep(0.3),
    )
    assert calls[1] == len(analysis.matches) and again == found and told == ["x"]
    assert unpacked or not may_fork()  # the child's matches, compared there


def test_findings_packed_for_the_trip_back_unpack_equal():
    from reader.core.discrepancies.common import Found
    from reader.core.discrepancies.halves import pack, unpack

    found = [
        Found("number", Span(3, 9), Span(10, 12), "12 vs 13", "high", "figures"),
        Found("quote", Span(0, 1), Span(2, 2), "q", "low"),
    ]
    assert unpack(pack(found)) == found


def test_packing_follows_every_field_of_found():
    import dataclasses

    from reader.core.discrepancies.common import Found
    from reader.core.discrepancies.halves import pack

    found = Found("number", Span(3, 9), Span(10, 12), "12 vs 13", "high", "figures")
    assert len(pack([found])[0]) == len(dataclasses.fields(Found))  # a field added later travels too


def test_claim_candidates_found_for_all_articles_at_once_equal_those_found_pair_by_pair():
    from reader.core.discrepancies.across import Known, claims_ahead

    lexicons = load_lexicons()
    names = ["court_a", "court_b", "quake_a", "quake_b"]
    analysis = analyze(load_articles([FIXTURES / f"{n}.txt" for n in names]), lexicons)
    articles, attributions = analysis.articles, analysis.attributions
    canonical = lexicons.paraphrases.singles
    at_once, pair_by_pair = claims_ahead(articles, attributions, canonical), Known(canonical)

    def plain(found):
        return [(c.credit.id, c.n_own, sorted(c.content), c.hits) for c in found]

    compared = 0
    for own in articles:
        for other in articles:
            if own.id != other.id:
                expected = plain(pair_by_pair.candidates(own, other, attributions))
                assert plain(at_once.candidates(own, other, attributions)) == expected
                compared += len(expected)
    assert compared  # some credit had candidate sentences
    ahead = discrepancies_ahead(articles, attributions, lexicons.paraphrases)
    lexicon_args = (lexicons.polarity, lexicons.paraphrases, lexicons.verbs)
    inputs = (articles, analysis.matches, analysis.actors, attributions)
    assert find_discrepancies(*inputs, *lexicon_args, ahead) == analysis.discrepancies


def test_the_caller_s_work_runs_once_inside_find_discrepancies():
    lexicons = load_lexicons()
    analysis = analyze(load_articles([FIXTURES / "court_a.txt", FIXTURES / "court_b.txt"]), lexicons)
    inputs = (analysis.articles, analysis.matches, analysis.actors, analysis.attributions)
    lexicon_args = (lexicons.polarity, lexicons.paraphrases, lexicons.verbs)
    calls: list[int] = []
    assert find_discrepancies(*inputs, *lexicon_args, meanwhile=lambda: calls.append(1)) == analysis.discrepancies
    assert find_discrepancies(analysis.articles, (), meanwhile=lambda: calls.append(2)) == ()  # no match: still once
    assert calls == [1, 2]
