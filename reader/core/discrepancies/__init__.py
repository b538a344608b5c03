"""Where the outlets disagree inside shared claims: numbers, attribution, quotes, polarity, names."""

from reader.core.discrepancies.find import find_discrepancies

__all__ = ["find_discrepancies"]
