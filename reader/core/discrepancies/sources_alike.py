"""Whether the sources two articles credit a claim to may be one source.

Used by the attribution finders: one source on both sides leaves only how it is
credited to compare (`hedges`, `relayed`); two different ones are a finding of
their own (`attribution`).
"""

from __future__ import annotations

from collections.abc import Mapping

from reader.core.discrepancies.common import Pair, Side
from reader.core.discrepancies.credit_words import pronoun
from reader.core.model import Actor, Attribution
from reader.core.text.tokens import STOPWORDS, tokenize


def maybe_same_source(
    pair: Pair, credits_a: list[Attribution], credits_b: list[Attribution], actors: Mapping[str, Actor]
) -> bool:
    """Whether the two sides' sources may be one: a pronoun (who "he" is rests on coreference), one actor,
    related actors, one name or the same words."""
    if any(pronoun(pair.a, t) for t in credits_a) or any(pronoun(pair.b, t) for t in credits_b):
        return True
    actors_a = {t.source_actor for t in credits_a}
    actors_b = {t.source_actor for t in credits_b}
    return bool(
        actors_a & actors_b - {None}
        or _related(actors, actors_a, actors_b)
        or _same_name(pair, credits_a, credits_b, actors)
        or _same_words(pair, credits_a, credits_b)
    )


def _related(actors: Mapping[str, Actor], left: set[str | None], right: set[str | None]) -> bool:
    """Whether a source on one side is part of one on the other (a ministry and its government)."""
    for a in left - {None}:
        for b in right - {None}:
            if a and b and (actors[a].parent == b or actors[b].parent == a):
                return True
    return False


_NOT_NAMES = frozenset("the a an mr mrs ms dr said".split())
_TITLE_WORDS = frozenset(
    "president minister mayor spokesman spokeswoman secretary senator sen rep representative governor chairman chief".split()
)


def _same_name(pair: Pair, credits_a: list[Attribution], credits_b: list[Attribution], actors: Mapping[str, Actor]) -> bool:
    """Whether a source on each side shares a capitalised name ("Kempsey Shire Mayor Leo Hauser" / "Mayor Leo Hauser")."""

    def names(side: Side, credits: list[Attribution], written_small: bool = False) -> set[str]:
        found: set[str] = set()
        for t in credits:
            if t.source is not None and not (written_small and _person(actors, t)):
                words = tokenize(side.text, t.source.start, t.source.end)
                found |= {w.norm for w in words if written_small or side.text[w.start].isupper()}
        return found - _NOT_NAMES - _TITLE_WORDS - STOPWORDS

    names_a, names_b = names(pair.a, credits_a), names(pair.b, credits_b)
    if names_a & names_b:
        return True
    # "Trustees of the Social Security ... Trust Fund warned" / "according to the latest annual trustees report":
    # a name of one side's source written in small letters in the other's, when that other source is no person
    # ("Attorney general Ana Ruiz" is not "General Tom Lee": two people, named, and different).
    if names_a & names(pair.b, credits_b, True) or names_b & names(pair.a, credits_a, True):
        return True
    # "White House spokesman Eric Schultz said" / "said a White House spokesman, Eric Schultz": the other side
    # writes the surname right beside its own source, outside it.
    return _beside(pair.a, credits_a, _surnames(pair.b, credits_b)) or _beside(pair.b, credits_b, _surnames(pair.a, credits_a))


def _person(actors: Mapping[str, Actor], t: Attribution) -> bool:
    actor = actors.get(t.source_actor) if t.source_actor is not None else None
    return actor is not None and actor.kind == "person"


def _surnames(side: Side, credits: list[Attribution]) -> set[str]:
    """The last word of each source written with a capital ("Eric Schultz" -> schultz)."""
    found = set()
    for t in credits:
        if t.source is not None:
            words = tokenize(side.text, t.source.start, t.source.end)
            if words and side.text[words[-1].start].isupper():
                found.add(words[-1].norm)
    return found - _NOT_NAMES - _TITLE_WORDS


def _beside(side: Side, credits: list[Attribution], surnames: set[str], reach: int = 40) -> bool:
    """Whether one of ``surnames`` is written within ``reach`` characters after one of the side's sources."""
    for t in credits:
        if t.source is not None:
            near = tokenize(side.text, t.source.end, min(len(side.text), t.source.end + reach))
            if any(w.norm in surnames for w in near):
                return True
    return False


def _same_words(pair: Pair, credits_a: list[Attribution], credits_b: list[Attribution]) -> bool:
    """Whether a source on each side is written with the same words ("The president" / "the president"):
    whoever they are, the two reports credit the claim alike."""

    def written(side: Side, credits: list[Attribution]) -> set[tuple[str, ...]]:
        return {
            tuple(t.norm for t in tokenize(side.text, c.source.start, c.source.end) if t.norm not in ("the", "a", "an"))
            for c in credits
            if c.source is not None
        }

    return bool(written(pair.a, credits_a) & written(pair.b, credits_b) - {()})


def one_source(pair: Pair, t_a: Attribution, t_b: Attribution, actors: Mapping[str, Actor]) -> bool:
    """Whether credit ``t_a`` (side a) and ``t_b`` (side b) may name one source: stricter than
    `maybe_same_source` on pronouns, whose resolved actor must be the other side's (or unknown)."""
    if t_a.source_actor is not None and t_b.source_actor is not None:
        return t_a.source_actor == t_b.source_actor or _related(actors, {t_a.source_actor}, {t_b.source_actor})
    if pronoun(pair.a, t_a) or pronoun(pair.b, t_b):
        return True  # an unresolved pronoun: who it is rests on coreference
    return _same_name(pair, [t_a], [t_b], actors) or _same_words(pair, [t_a], [t_b])
