"""Union-find over ``0..size-1``: grouping things that belong together transitively.

Used where pairwise links must become groups: matches into clusters
(`align`), name groups into actors (`actors_merge`).
"""

from __future__ import annotations


class DisjointSets:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, n: int) -> int:
        while self.parent[n] != n:
            self.parent[n] = self.parent[self.parent[n]]  # path halving keeps later finds short
            n = self.parent[n]
        return n

    def union(self, a: int, b: int) -> None:
        """Join the groups of ``a`` and ``b``; the smaller index stays the root, so roots are stable."""
        a, b = self.find(a), self.find(b)
        if a != b:
            self.parent[max(a, b)] = min(a, b)
