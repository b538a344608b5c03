from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.disjoint_sets import DisjointSets


@settings(max_examples=150, deadline=None)
@given(
    st.integers(1, 30).flatmap(lambda n: st.tuples(st.just(n), st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)))))
)
def test_groups_are_the_connected_components_and_roots_are_smallest(case):
    size, links = case
    sets = DisjointSets(size)
    for a, b in links:
        sets.union(a, b)
    # Reference: flood fill over the same links.
    neighbours = {n: set() for n in range(size)}
    for a, b in links:
        neighbours[a].add(b)
        neighbours[b].add(a)
    for start in range(size):
        seen, todo = {start}, [start]
        while todo:
            for nxt in neighbours[todo.pop()] - seen:
                seen.add(nxt)
                todo.append(nxt)
        assert {n for n in range(size) if sets.find(n) == sets.find(start)} == seen
        assert sets.find(start) == min(seen)
