"""Where the outlets disagree inside shared claims: numbers, attribution, quotes, polarity, names."""

from reader.core.discrepancies.find import Ahead, discrepancies_ahead, find_discrepancies, sentences_ahead

__all__ = ["Ahead", "discrepancies_ahead", "find_discrepancies", "sentences_ahead"]
