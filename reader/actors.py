"""Actors: who the articles are about, from a gazetteer plus names found in the text.

`extract_actors` scans every article (`actors_scan`), then merges mentions
across all of them into actors (`actors_merge`): gazetteer entries by id,
discovered names by key, spelling and surname rules. The gazetteer and the
word lists live in YAML (`actors_gazetteer`, `reader/data/gazetteer.yaml`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence

from reader.actors_discover import NameRules
from reader.actors_gazetteer import Gazetteer, GazetteerEntry, load_gazetteer as _load_gazetteer
from reader.actors_merge import build_actors
from reader.actors_scan import ArticleScanner
from reader.model import Actor, Article

__all__ = ["Gazetteer", "GazetteerEntry", "extract_actors", "load_gazetteer"]

_LOWER_WORD = re.compile(r"(?<![^\W_])[a-z][a-z'’]*")


def load_gazetteer(user_path: str | os.PathLike[str] | None = None) -> Gazetteer:
    """Packaged reader/data/gazetteer.yaml, plus $XDG_CONFIG_HOME/reader/actors.yaml when it
    exists, plus ``user_path`` when given; later files add entries or override them by id."""
    return _load_gazetteer(user_path)


def extract_actors(articles: Sequence[Article], gazetteer: Gazetteer | None = None) -> tuple[Actor, ...]:
    """Every actor mentioned in ``articles``: sorted by mentions (most first), then name."""
    if gazetteer is None:
        gazetteer = load_gazetteer()
    return _extract_actors(articles, gazetteer)


def _extract_actors(articles: Sequence[Article], gazetteer: Gazetteer) -> tuple[Actor, ...]:
    # Lower-case words anywhere in the articles: a sentence-initial "Tensions"
    # is a common word when "tensions" occurs too.
    vocabulary: set[str] = set()
    for article in articles:
        vocabulary.update(_LOWER_WORD.findall(article.text))
    rules = NameRules(gazetteer, vocabulary)
    hits, candidates = [], []
    layouts: dict = {}
    word_shapes: dict = {}
    for position, article in enumerate(articles):
        found_hits, found_candidates = ArticleScanner(article, position, rules, layouts, word_shapes).scan()
        hits.extend(found_hits)
        candidates.extend(found_candidates)
    return build_actors(articles, hits, candidates, gazetteer)
