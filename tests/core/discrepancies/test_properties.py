"""Properties: whatever the text, discrepancies never raise and their spans slice their articles."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.discrepancies import find_discrepancies
from reader.core.model import Analysis, Match, Passage
from reader.core.pipeline import analyze
from reader.core.text.build import article_from_text

WORDS = (
    "the court fined 23 22 other defendants $1,688 about 1 million one 1m pounds Egyptian no one was not never "
    "injured denied admitted older younger said police officials Obama Clinton White House Tuesday Wednesday "
    "Dec. 6 3 p.m. 45% 45-year-old aged years No. 2 396-9 “ ” \" ' , . ; failure to pass n't didn't"
).split()

sentence = st.lists(st.sampled_from(WORDS), min_size=1, max_size=18).map(lambda ws: " ".join(ws) + ".")
text = st.lists(sentence, min_size=1, max_size=5).map(" ".join)


def check(analysis: Analysis) -> None:
    ids = set()
    for d in analysis.discrepancies:
        assert d.id not in ids
        ids.add(d.id)
        for side in (d.a, d.b):
            article = analysis.article(side.article)
            assert 0 <= side.start <= side.end <= len(article.text)
            assert analysis.text_of(side) == article.text[side.start : side.end]
        assert d.kind in ("number", "attribution", "quote", "polarity", "name")
        assert d.severity in ("high", "medium", "low")
        assert d.match in {m.id for m in analysis.matches}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text, text, st.data())
def test_pipeline_spans_slice_their_texts(first, second, data):
    # Half the time B is A with a few words changed, so that the alignment pairs them.
    if data.draw(st.booleans()):
        words = first.split()
        for _ in range(data.draw(st.integers(0, 3))):
            if words:
                words[data.draw(st.integers(0, len(words) - 1))] = data.draw(st.sampled_from(WORDS))
        second = " ".join(words)
    check(analyze([article_from_text(first, "A", "a.txt"), article_from_text(second, "B", "b.txt")]))


@settings(max_examples=60, deadline=None)
@given(text, text, st.integers(0, 400), st.integers(0, 400))
def test_any_passages_never_raise(first, second, start, length):
    a, b = article_from_text(first, "A", "a.txt"), article_from_text(second, "B", "b.txt")
    start_a, start_b = min(start, len(a.text)), min(start, len(b.text))
    match = Match(
        "m1",
        Passage("A", start_a, min(len(a.text), start_a + length)),
        Passage("B", start_b, min(len(b.text), start_b + length)),
        90.0,
        "paraphrase",
    )
    found = find_discrepancies([a, b], [match])
    check(Analysis(articles=(a, b), matches=(match,), discrepancies=found))
