"""Fuzzy, typo-tolerant search over all open articles."""

from reader.core.search.index import SearchIndex, search

__all__ = ["SearchIndex", "search"]
