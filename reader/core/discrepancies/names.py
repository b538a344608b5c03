"""Names: a different person or organisation in the same slot of a matched claim.

Two cases. An actor named on one side only, standing where the other side
names another actor only it has: the same word right after ("Clinton
initiated" / "The White House initiated") or right before. Or one actor (the
alias merge says so) written with different first names on the two sides
("Linda Sánchez" / "Loretta Sanchez").
"""

from __future__ import annotations

from collections.abc import Mapping

from reader.core.discrepancies.common import Found, Pair, Side, stem
from reader.core.model import Actor, Span
from reader.core.text.tokens import STOPWORDS, fold, tokenize

_AGENTS = frozenset({"person", "organization", "group", "media", "other"})
_PLACES = frozenset({"country", "place"})
_TITLES = frozenset(
    """mr mrs ms miss dr prof sen senator rep representative gov governor president pres vice secretary gen general
    judge justice lord lady sir king queen prince princess pope rev father sheikh imam rabbi chancellor minister
    premier mayor speaker leader chairman chairwoman chief ambassador former the a an""".split()
)


def _group(kind: str) -> str:
    return "place" if kind in _PLACES else "agent" if kind in _AGENTS else kind


def _neighbour(side: Side, start: int, end: int, after: bool, canonical: dict[str, str]) -> str | None:
    """The content word right after (or before) ``[start, end)``, stemmed; None if none within reach."""
    tokens = side.tokens
    if after:
        nxt = [t for t in tokens if t.start >= end][:2]
    else:
        nxt = [t for t in tokens if t.end <= start][-2:][::-1]
    for t in nxt:
        if t.norm.isalpha() and t.norm not in STOPWORDS:
            return stem(canonical.get(t.norm, t.norm))
    return None


def find_names(pair: Pair, actors: Mapping[str, Actor], canonical: dict[str, str]) -> list[Found]:
    ids_a = {m[2] for m in pair.a.mentions}
    ids_b = {m[2] for m in pair.b.mentions}
    found = _spellings(pair, ids_a & ids_b)
    only_a = [m for m in pair.a.mentions if m[2] not in ids_b and m[2] in actors]
    only_b = [m for m in pair.b.mentions if m[2] not in ids_a and m[2] in actors]
    for sa, ea, ida in only_a:
        for sb, eb, idb in only_b:
            if _group(actors[ida].kind) != _group(actors[idb].kind) or _parent(actors, ida, idb):
                continue
            if {t.norm for t in tokenize(pair.a.text, sa, ea)} & {t.norm for t in tokenize(pair.b.text, sb, eb)}:
                continue  # "Wyoming Senate" / "U.S. Senate": one name written two ways, or one inside the other
            for after in (True, False):
                word = _neighbour(pair.a, sa, ea, after, canonical)
                if word is not None and word == _neighbour(pair.b, sb, eb, after, canonical):
                    text_a, text_b = pair.a.text[sa:ea], pair.b.text[sb:eb]
                    summary = f"{pair.a.id}: {text_a} · {pair.b.id}: {text_b}"
                    return [*found, Found("name", Span(sa, ea), Span(sb, eb), summary, "medium", "different actor")]
    return found


def _parent(actors: Mapping[str, Actor], a: str, b: str) -> bool:
    """One is part of the other (a ministry of its state), so naming either is no disagreement."""
    return actors[a].parent == b or actors[b].parent == a


def _first_name(side: Side, start: int, end: int) -> tuple[frozenset[str], str] | None:
    """(given names, surname) of a mention of two names or more; titles and initials left out."""
    names = [t.norm for t in tokenize(side.text, start, end)]
    if len(names) < 2 or names[0] in ("the", "a", "an"):
        return None
    given = frozenset(w for w in names[:-1] if len(w) > 2 and w not in _TITLES)
    return (given, names[-1]) if given else None


def _spellings(pair: Pair, shared: set[str]) -> list[Found]:
    found = []
    for actor_id in sorted(shared):
        forms_a = [(s, e, _first_name(pair.a, s, e)) for s, e, i in pair.a.mentions if i == actor_id]
        forms_b = [(s, e, _first_name(pair.b, s, e)) for s, e, i in pair.b.mentions if i == actor_id]
        done = False
        for sa, ea, na in forms_a:
            for sb, eb, nb in forms_b:
                if na is None or nb is None or done:
                    continue
                same_last = fold(na[1]) == fold(nb[1])
                given_a, given_b = na[0], nb[0]
                prefix = any(x.startswith(y) or y.startswith(x) for x in given_a for y in given_b)
                if same_last and not given_a & given_b and not prefix:
                    summary = f"{pair.a.id}: {pair.a.text[sa:ea]} · {pair.b.id}: {pair.b.text[sb:eb]}"
                    found.append(Found("name", Span(sa, ea), Span(sb, eb), summary, "medium", "first name"))
                    done = True
    return found
