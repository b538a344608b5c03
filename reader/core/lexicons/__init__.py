"""User-extendable data: the actor gazetteer, reporting verbs and paraphrases (YAML in `data/`)."""

from reader.core.lexicons.bundle import Lexicons, load_lexicons

__all__ = ["Lexicons", "load_lexicons"]
