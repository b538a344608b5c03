"""`extract._Reach` answers "does any span overlap this one?" as `SpanIndex.overlapping` does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.attributions.extract import _Reach
from reader.core.span_index import SpanIndex

spans = st.tuples(st.integers(0, 60), st.integers(0, 30)).map(lambda p: (p[0], p[0] + p[1]))


@settings(max_examples=300, deadline=None)
@given(st.lists(spans, max_size=25), st.lists(spans, min_size=1, max_size=10))
def test_the_same_answer_as_the_span_index(entries, questions):
    reach = _Reach(entries)
    index = SpanIndex((start, end, None) for start, end in entries)
    for start, end in questions:
        assert reach.overlaps(start, end) == bool(index.overlapping(start, end))
