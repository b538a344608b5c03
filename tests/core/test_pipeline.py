"""The pipeline: analyze() and whom each side of a match credits."""

from __future__ import annotations

import signal

from reader.core.credits import CreditIndex, match_attributions
from reader.core.model import Analysis, Article, Attribution, Match, Passage, Span
from reader.render.coverage import coverage, unique_sentences


def test_seed_analysis_has_every_part_and_timings(seed_analysis):
    analysis = seed_analysis
    assert len(analysis.articles) == 2
    assert len(analysis.matches) >= 4 and analysis.actors and analysis.attributions
    assert set(analysis.timings) == {"align", "actors", "attributions", "discrepancies"}


def test_credit_index_agrees_with_the_plain_scan(seed_analysis):
    analysis = seed_analysis
    index = CreditIndex(analysis.attributions)
    for match in analysis.matches:
        assert index.of_match(match) == match_attributions(analysis, match)


def _article(article_id: str, text: str) -> Article:
    return Article(id=article_id, path=f"{article_id}.txt", text=text, sentences=(Span(0, len(text)),))


def test_a_passage_is_credited_by_content_or_by_a_cue_inside_it():
    a = _article("A", "x" * 100)
    content_overlap = Attribution("A-t1", "A", cue=Span(0, 5), content=Span(10, 30), kind="indirect", anonymous=False)
    cue_inside = Attribution("A-t2", "A", cue=Span(45, 50), content=Span(60, 90), kind="indirect", anonymous=True)
    elsewhere = Attribution("A-t3", "A", cue=Span(95, 100), content=Span(0, 3), kind="indirect", anonymous=True)
    other_article = Attribution("B-t1", "B", cue=Span(0, 5), content=Span(10, 90), kind="indirect", anonymous=True)
    match = Match("m1", Passage("A", 20, 50), Passage("B", 0, 100), 80.0, "paraphrase")
    analysis = Analysis(
        articles=(a, _article("B", "y" * 100)),
        matches=(match,),
        attributions=(content_overlap, cue_inside, elsewhere, other_article),
    )
    credits_a, credits_b = match_attributions(analysis, match)
    assert [t.id for t in credits_a] == ["A-t1", "A-t2"]
    assert [t.id for t in credits_b] == ["B-t1"]
    assert CreditIndex(analysis.attributions).of_match(match) == (credits_a, credits_b)


def test_unique_sentences_and_coverage():
    text = "One two. Three four. Five six."
    a = Article(id="A", path="a", text=text, sentences=(Span(0, 8), Span(9, 20), Span(21, 30)))
    match = Match("m1", Passage("A", 9, 20), Passage("B", 0, 5), 90.0, "verbatim")
    analysis = Analysis(articles=(a, _article("B", "Three four")), matches=(match,))
    assert unique_sentences(analysis, a) == [Span(0, 8), Span(21, 30)]
    assert coverage(analysis, a) == 11 / len(text)


def test_merge_spans_joins_overlapping_and_touching_spans():
    from reader.core.model import merge_spans

    assert merge_spans([(10, 12), (0, 3), (3, 5), (4, 8), (20, 21)]) == [Span(0, 8), Span(10, 12), Span(20, 21)]
    assert merge_spans([]) == []


def _without_timings(analysis: Analysis) -> Analysis:
    import dataclasses

    return dataclasses.replace(analysis, timings={})


def test_aligning_in_a_child_process_gives_the_same_analysis(seed_pair, seed_analysis, monkeypatch):
    from reader.core import pipeline

    monkeypatch.setattr(pipeline, "PARALLEL_MIN_CHARS", 0)
    started = []
    real_start = pipeline.start_align
    monkeypatch.setattr(pipeline, "start_align", lambda *args: started.append(real_start(*args)) or started[-1])
    parallel = pipeline.analyze(seed_pair, parallel=True)
    assert started and started[0] is not None  # a child did align
    # Ended and waited for; stopped by SIGTERM when this process did the child's after-work itself first (under load).
    assert not started[0].process.is_alive() and started[0].process.exitcode in (0, -signal.SIGTERM)
    assert _without_timings(parallel) == _without_timings(seed_analysis)
    assert list(parallel.timings) == ["align", "actors", "attributions", "discrepancies"]


def test_a_child_that_dies_is_replaced_by_aligning_here(seed_pair, seed_analysis, monkeypatch):
    import os

    from reader.core import pipeline

    monkeypatch.setattr(pipeline, "PARALLEL_MIN_CHARS", 0)
    monkeypatch.setattr(pipeline, "_align_child", lambda *args: os._exit(3))
    assert _without_timings(pipeline.analyze(seed_pair, parallel=True)) == _without_timings(seed_analysis)


def test_matches_and_clusters_come_back_from_the_child_equal():
    from reader.core.model import Cluster, SharedRun
    from reader.core.pipeline import _pack, _unpack

    runs = (SharedRun(Span(0, 3), Span(5, 8)), SharedRun(Span(4, 9), Span(10, 15)))
    matches = (
        Match("m1", Passage("A", 0, 20), Passage("B", 5, 30), 87.5, "paraphrase", runs, "c1"),
        Match("m2", Passage("A", 30, 40), Passage("C", 0, 10), 100.0, "verbatim"),
    )
    clusters = (Cluster("c1", (Passage("A", 0, 20), Passage("B", 5, 30), Passage("C", 1, 2))),)
    assert _unpack(*_pack(matches, clusters)) == (matches, clusters)


def test_meanwhile_is_told_the_inputs_while_the_child_aligns(seed_pair, seed_analysis, monkeypatch):
    from reader.core import pipeline

    monkeypatch.setattr(pipeline, "PARALLEL_MIN_CHARS", 0)
    told = []
    parallel = pipeline.analyze(seed_pair, parallel=True, meanwhile=lambda *inputs: told.append(inputs))
    assert _without_timings(parallel) == _without_timings(seed_analysis)
    [(articles, actors, attributions)] = told
    assert list(articles) == list(parallel.articles)
    assert actors is parallel.actors and attributions is parallel.attributions
    told.clear()
    pipeline.analyze(seed_pair, meanwhile=lambda *inputs: told.append(inputs))
    assert told == []  # no child: nothing runs beside it, the caller does its work after


def test_the_align_child_sends_then_s_result_after_the_matches(seed_pair, seed_analysis, monkeypatch):
    import time

    from reader.core import pipeline

    monkeypatch.setattr(pipeline, "PARALLEL_MIN_CHARS", 0)
    aligning = pipeline.start_align(seed_pair, None, lambda: 42)
    assert aligning is not None
    while not aligning.ready():
        time.sleep(0.01)
    assert aligning.result()[0] == (seed_analysis.matches, seed_analysis.clusters)
    assert aligning.then_result() == 42 and aligning.then_result() is None  # once
    aligning.stop()
    assert aligning.process.exitcode == 0


def test_then_s_result_not_asked_for_is_not_waited_for(seed_pair, monkeypatch):
    import time

    from reader.core import pipeline

    monkeypatch.setattr(pipeline, "PARALLEL_MIN_CHARS", 0)
    aligning = pipeline.start_align(seed_pair, None, lambda: time.sleep(60))
    assert aligning is not None and aligning.result() is not None
    start = time.perf_counter()
    aligning.stop()
    assert time.perf_counter() - start < 5 and not aligning.process.is_alive()


def test_the_sentence_stems_from_the_child_give_the_same_analysis(seed_pair, seed_analysis, monkeypatch):
    from reader.core import pipeline

    monkeypatch.setattr(pipeline, "PARALLEL_MIN_CHARS", 0)
    taken = []
    real_then = pipeline.Aligning.then_result
    monkeypatch.setattr(pipeline.Aligning, "ready", lambda self: self.result() is not None)  # as if it aligned first
    monkeypatch.setattr(pipeline.Aligning, "then_result", lambda self: taken.append(real_then(self)) or taken[-1])
    parallel = pipeline.analyze(seed_pair, parallel=True)
    assert taken and taken[0] is not None
    assert _without_timings(parallel) == _without_timings(seed_analysis)


def test_meanwhile_waits_for_the_discrepancy_stage_when_the_child_has_done_all_its_work(seed_pair, seed_analysis, monkeypatch):
    from reader.core import discrepancies, pipeline

    monkeypatch.setattr(pipeline, "PARALLEL_MIN_CHARS", 0)
    monkeypatch.setattr(pipeline.Aligning, "ready", lambda self: self.result() is not None)  # as if it aligned first
    monkeypatch.setattr(pipeline.Aligning, "then_ready", lambda self: True)  # ... and worked out the stems too
    real_find = discrepancies.find_discrepancies
    told, stages = [], []

    def find(*args, **kwargs):
        stages.append("discrepancies")
        return real_find(*args, **kwargs)

    monkeypatch.setattr(discrepancies, "find_discrepancies", find)
    parallel = pipeline.analyze(seed_pair, parallel=True, meanwhile=lambda *inputs: told.append(inputs) or stages.append("told"))
    assert _without_timings(parallel) == _without_timings(seed_analysis)
    assert stages == ["discrepancies", "told"]  # once, inside the discrepancy stage
    [(articles, actors, attributions)] = told
    assert list(articles) == list(parallel.articles) and actors is parallel.actors and attributions is parallel.attributions
