"""Names: a different person or organisation in the same slot of a matched claim.

Two cases. An actor named on one side only, standing where the other side
names another actor only it has: the same word right after ("Clinton
initiated" / "The White House initiated") or right before. Or one actor (the
alias merge says so) written with different first names on the two sides
("Linda Sánchez" / "Loretta Sanchez").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from functools import lru_cache
from operator import attrgetter

from rapidfuzz import fuzz

from reader.core.discrepancies.common import Found, Pair, Side, stem
from reader.core.discrepancies.subjects import AGENT_KINDS
from reader.core.model import Actor, Span
from reader.core.text.tokens import STOPWORDS, fold, tokenize

_PLACES = frozenset({"country", "place"})
_START, _END = attrgetter("start"), attrgetter("end")  # of a Token or a Span
_TITLES = frozenset(
    """mr mrs ms miss dr prof sen senator rep representative gov governor president pres vice secretary gen general
    judge justice lord lady sir king queen prince princess pope rev father sheikh imam rabbi chancellor minister
    premier mayor speaker leader chairman chairwoman chief ambassador former prime foreign defence defense
    interior finance deputy the a an""".split()
)


# Capitalised words right before a mention, an initial with its full stop ("Linda T."), but no word ending a
# sentence ("... John Kerry. Cowan will hold").
_NAMES_BEFORE = re.compile(r"(?:\b(?:[A-Z]\.|[A-Z][\w'’-]*) ){1,3}$")


# Last words of a body's name, not a surname: "House Democratic Caucus" / "Congressional Black Caucus".
_BODIES = frozenset(
    """caucus party committee council house senate assembly parliament congress department ministry office agency
    commission court union university college school association federation institute foundation company group
    bank army police government administration authority board bureau service campaign coalition alliance""".split()
)

# Given names that are one name: "Jim Clyburn" is "James E. Clyburn".
NICKNAMES = {
    "jim": "james",
    "jimmy": "james",
    "bill": "william",
    "will": "william",
    "bob": "robert",
    "rob": "robert",
    "mike": "michael",
    "liz": "elizabeth",
    "beth": "elizabeth",
    "joe": "joseph",
    "tom": "thomas",
    "dick": "richard",
    "rick": "richard",
    "ted": "edward",
    "ed": "edward",
    "chuck": "charles",
    "charlie": "charles",
    "steve": "steven",
    "dan": "daniel",
    "dave": "david",
    "tony": "anthony",
    "andy": "andrew",
    "nick": "nicholas",
    "chris": "christopher",
    "pat": "patrick",
    "ben": "benjamin",
    "sam": "samuel",
    "alex": "alexander",
    "kate": "katherine",
    "sue": "susan",
    "barb": "barbara",
    "jeff": "jeffrey",
    "greg": "gregory",
    "matt": "matthew",
    "pete": "peter",
    "ron": "ronald",
    "don": "donald",
    "newt": "newton",
    "mitt": "willard",
    "hank": "henry",
    "harry": "henry",
    "jack": "john",
}


def _group(kind: str) -> str | None:
    return "place" if kind in _PLACES else "agent" if kind in AGENT_KINDS else None


def _neighbour(side: Side, start: int, end: int, after: bool, canonical: dict[str, str]) -> str | None:
    """The word right after (or before) ``[start, end)``, stemmed, when only a space separates them
    and it is a content word; else None ("Clinton initiated" -> "initiat"; "Obama's trade" -> None)."""
    tokens = side.tokens  # (in text order, starts and ends rising: the first word at or after a place is bisected)
    if after:
        k = bisect_left(tokens, end, key=_START)
        near = tokens[k] if k < len(tokens) else None
        gap = side.text[end : near.start] if near else ""
    else:
        before = tokens[: bisect_right(tokens, start, key=_END)]
        # Past the titles of the name: "met President Francois Hollande" -> "met".
        while len(before) > 1 and before[-1].norm in _TITLES and not side.text[before[-1].end : start].strip(" ."):
            start = before.pop().start
        near = before[-1] if before else None
        gap = side.text[near.end : start] if near else ""
    if near is None or gap.strip() or not near.norm.isalpha() or near.norm in STOPWORDS or near.norm in _TITLES:
        return None
    return stem(canonical.get(near.norm, near.norm))


def find_names(pair: Pair, actors: Mapping[str, Actor], canonical: dict[str, str]) -> list[Found]:
    if not pair.a.mentions or not pair.b.mentions:
        return []
    ids_a = {m[2] for m in pair.a.mentions}
    ids_b = {m[2] for m in pair.b.mentions}
    found = _spellings(pair, ids_a & ids_b)
    # Any two mentions of different actors may fill one slot: the White House may be named
    # elsewhere in A too ("White House Chief of Staff") and still not be who "initiated".
    for sa, ea, ida in (m for m in pair.a.mentions if m[2] in actors):
        for sb, eb, idb in (m for m in pair.b.mentions if m[2] in actors):
            if ida == idb or _group(actors[ida].kind) is None or _group(actors[ida].kind) != _group(actors[idb].kind):
                continue
            if _parent(actors, ida, idb) or (ida in _sentence_ids(pair.b, sb) and idb in _sentence_ids(pair.a, sa)):
                continue  # both named in both slots' sentences: a list in another order, not another actor in the slot
            if {t.norm for t in tokenize(pair.a.text, sa, ea)} & {t.norm for t in tokenize(pair.b.text, sb, eb)}:
                # "Wyoming Senate" / "U.S. Senate": one name written two ways. Unless two given names share a surname.
                if (
                    actors[ida].kind == actors[idb].kind == "person"
                    and ida not in ids_b
                    and idb not in ids_a
                    and _other_given_name(pair, (sa, ea), (sb, eb))
                ):
                    summary = f"{pair.a.id}: {pair.a.text[sa:ea]} · {pair.b.id}: {pair.b.text[sb:eb]}"
                    return [*found, Found("name", Span(sa, ea), Span(sb, eb), summary, "medium", "first name")]
                continue
            for after in (True, False):
                word = _neighbour(pair.a, sa, ea, after, canonical)
                if word is not None and word == _neighbour(pair.b, sb, eb, after, canonical):
                    if _fills_too(pair.a, idb, word, after, canonical) or _fills_too(pair.b, ida, word, after, canonical):
                        continue  # "Democrats want ..., while Republicans want ...": both sides give both
                    text_a, text_b = pair.a.text[sa:ea], pair.b.text[sb:eb]
                    summary = f"{pair.a.id}: {text_a} · {pair.b.id}: {text_b}"
                    return [*found, Found("name", Span(sa, ea), Span(sb, eb), summary, "medium", "different actor")]
    return found


def _sentence_ids(side: Side, position: int) -> set[str]:
    """The actors named in the sentence holding ``position``: a passage of two sentences ("... former President
    Bill Clinton ... . The White House initiated ...") may name an actor in the one sentence and not in the slot's."""
    sentences = side.article.sentences
    k = bisect_right(sentences, position, key=_START) - 1
    if k < 0:
        return {i for _, _, i in side.mentions}
    sentence = sentences[k]
    return {i for s, e, i in side.mentions if sentence.start <= s and e <= sentence.end}


def _fills_too(side: Side, actor_id: str, word: str, after: bool, canonical: dict[str, str]) -> bool:
    """Whether ``actor_id`` is also named on ``side`` next to the same slot word."""
    return any(i == actor_id and _neighbour(side, s, e, after, canonical) == word for s, e, i in side.mentions)


def _parent(actors: Mapping[str, Actor], a: str, b: str) -> bool:
    """One is part of the other (a ministry of its state), so naming either is no disagreement."""
    return actors[a].parent == b or actors[b].parent == a


def _first_name(side: Side, start: int, end: int) -> tuple[frozenset[str], str] | None:
    return _names_of(side.text, start, end)


@lru_cache(maxsize=8192)
def _names_of(text: str, start: int, end: int) -> tuple[frozenset[str], str] | None:
    """(given names, surname) of a mention of two names or more; titles and initials left out."""
    # A given name the actor finder left out ("Linda T." before "Sánchez") is read back from the text.
    before = _NAMES_BEFORE.search(text, max(0, start - 40), start)
    if before is not None:
        start = before.start()
    names = [t.norm for t in tokenize(text, start, end)]
    if len(names) < 2 or names[0] in ("the", "a", "an"):
        return None
    given = frozenset(w for w in names[:-1] if len(w) > 2 and w not in _TITLES)
    return (given, names[-1]) if given else None


def _other_given_name(pair: Pair, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two mentions share a surname but no given name ("Linda T. Sánchez" / "Loretta Sanchez")."""
    na, nb = _first_name(pair.a, *a), _first_name(pair.b, *b)
    if na is None or nb is None or fold(na[1]) != fold(nb[1]) or fold(na[1]) in _BODIES:
        return False
    given_a = {NICKNAMES.get(w, w) for w in na[0]}
    given_b = {NICKNAMES.get(w, w) for w in nb[0]}
    prefix = any(x.startswith(y) or y.startswith(x) for x in given_a for y in given_b)
    # "Paris Island" / "Parris Island": one name spelled two ways, not two given names.
    alike = any(fuzz.ratio(x, y) >= 80 for x in given_a for y in given_b)
    if given_a & given_b or prefix or alike:
        return False
    # "Hillary Clinton" / "Hillary and Bill Clinton": the other side names her too, beside him.
    return not _written(pair.b, na[0]) and not _written(pair.a, nb[0])


def _written(side: Side, given: frozenset[str]) -> bool:
    """Whether one of the ``given`` names is written with a capital anywhere in the side's passage."""
    given = given | {NICKNAMES.get(w, w) for w in given}  # "Liz" / "Elizabeth": one name
    return any((t.norm in given or NICKNAMES.get(t.norm) in given) and side.text[t.start].isupper() for t in side.tokens)


def _spellings(pair: Pair, shared: set[str]) -> list[Found]:
    """One actor (as the alias merge has it) given different first names on the two sides.

    A form that agrees with some form on the other side is no disagreement: the
    merge may have joined two sisters, and each side names both.
    """
    found = []
    for actor_id in sorted(shared):
        spans_a = [(s, e) for s, e, i in pair.a.mentions if i == actor_id]
        spans_b = [(s, e) for s, e, i in pair.b.mentions if i == actor_id]
        if {pair.a.text[s:e] for s, e in spans_a} == {pair.b.text[s:e] for s, e in spans_b}:
            continue  # written the same way on both sides
        lone_a = [a for a in spans_a if all(_other_given_name(pair, a, b) or _first_name(pair.b, *b) is None for b in spans_b)]
        lone_b = [b for b in spans_b if all(_other_given_name(pair, a, b) or _first_name(pair.a, *a) is None for a in spans_a)]
        hit = next(((a, b) for a in lone_a for b in lone_b if _other_given_name(pair, a, b)), None)
        if hit is not None:
            (sa, ea), (sb, eb) = hit
            summary = f"{pair.a.id}: {pair.a.text[sa:ea]} · {pair.b.id}: {pair.b.text[sb:eb]}"
            found.append(Found("name", Span(sa, ea), Span(sb, eb), summary, "medium", "first name"))
    return found
