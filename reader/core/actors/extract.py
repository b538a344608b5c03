"""Actors: who the articles are about, from a gazetteer plus names found in the text.

`extract_actors` scans every article (`actors_scan`, reading runs of name
words with `actors_runs`), then merges mentions across all of them into actors
(`actors_merge`): gazetteer entries by id, discovered names by key, spelling
and surname rules, and the aliases the articles define themselves ("Nordic
Pilots Association (NPA)", `actors_aliases`). The gazetteer and the word lists
live in YAML (`actors_gazetteer`, `reader/core/lexicons/data/gazetteer.yaml`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from reader.core.actors.find.discover import NameRules
from reader.core.actors.find.runs import RunReader
from reader.core.actors.find.scan import ArticleScanner, Candidate, Definition, GazetteerHit
from reader.core.actors.merge.build import build_actors
from reader.core.forked import map_from_both_ends
from reader.core.lexicons.gazetteer import Gazetteer, load_gazetteer
from reader.core.model import Actor, Article

__all__ = ["extract_actors"]

_LOWER_WORD = re.compile(r"(?<![^\W_])[a-z][a-z'’]*")
# `_LOWER_WORD` with its look-behind after the first letter: a pattern that opens with a class of letters lets
# the regex engine skip ahead in its fast loop instead of trying the look-behind at every position.
_LOWER_WORD_FAST = re.compile(r"[a-z](?<![^\W_].)[a-z'’]*")


def extract_actors(articles: Sequence[Article], gazetteer: Gazetteer | None = None, parallel: bool = False) -> tuple[Actor, ...]:
    """Every actor mentioned in ``articles``: sorted by mentions (most first), then name.

    ``gazetteer`` defaults to `load_gazetteer()`: the packaged one plus the user's. ``parallel``: the
    articles are scanned from the back in a forked child meanwhile (`map_from_both_ends`; the same actors).
    Only a process that may fork children should ask for it (the CLI).
    """
    if gazetteer is None:
        gazetteer = load_gazetteer()
    # Lower-case words anywhere in the articles: a sentence-initial "Tensions"
    # is a common word when "tensions" occurs too.
    vocabulary = lower_words(article.text for article in articles)
    # What a run of name words holds depends on its text alone: one reader for every article.
    reader = RunReader(NameRules(gazetteer, vocabulary))
    hits, candidates, definitions = [], [], []

    def scanned(position: int) -> tuple[list[GazetteerHit], list[Candidate], list[Definition]]:
        scanner = ArticleScanner(articles[position], position, reader)
        found_hits, found_candidates = scanner.scan()
        return found_hits, found_candidates, scanner.definitions

    positions = range(len(articles))
    for found_hits, found_candidates, found_definitions in (
        map_from_both_ends(scanned, positions) if parallel else map(scanned, positions)
    ):
        hits.extend(found_hits)
        candidates.extend(found_candidates)
        definitions.extend(found_definitions)
    return build_actors(articles, hits, candidates, gazetteer, definitions)


def lower_words(texts: Iterable[str]) -> set[str]:
    """Every lower-case word of ``texts`` (`_LOWER_WORD`'s matches).

    Read from the texts' distinct blank-separated tokens joined by spaces: the same words, since a word
    never spans a blank and a blank before a token is no letter or digit, just as the text's own blank
    was; and from a text a tenth as long as a news article (its findall was a tenth of the actors stage).
    The tokens of all texts are pooled first: two articles on one story share most of theirs.
    """
    tokens: set[str] = set()
    for text in texts:
        tokens.update(text.split())
    return set(_LOWER_WORD_FAST.findall(" ".join(tokens)))
