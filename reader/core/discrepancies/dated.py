"""One person's act on one day, credited in one article and not in the other, in sentences no match pairs.

"The Times reports Liz Cheney on Friday first articulated her position ..." /
"On Friday, Liz Cheney issued a statement voicing her opposition ...": the two
sentences share three words (her name and the day), too few for the claim
search by words (`across`), but both open with the same actor dated to the same
day: the same act, told in other words. Here a credited content that opens with
a name and a weekday ("Liz Cheney on Friday", "On Friday, Liz Cheney") meets the
sentences and credited contents of the other article that open the same way, and
the pair is judged by the attribution finder like one the alignment made.

The evidence is narrow on purpose: the name and the day at the head of both (the
one who acts, when), the pair unique in both articles (an actor dated to one day
twice, "Obama on Tuesday signed ... On Tuesday, Obama also said ...", does
several things and which is which is not read here), and no match already
spanning both sentences.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence

from reader.core.discrepancies.across import ClaimPair
from reader.core.discrepancies.attribution import CREDITING
from reader.core.discrepancies.common import Found, stem
from reader.core.discrepancies.pairing import matches_by_pair, paired_sentences, sentence_starts, sentences_holding
from reader.core.model import Article, Attribution, Match, Passage

_NAME = r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){0,3}"
_DAY = r"(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# "On Friday, Liz Cheney ..." / "Liz Cheney on Friday ..." / "Liz Cheney, on Friday, ..." at the head of a clause.
_DAY_FIRST = re.compile(rf"(?:On\s+|on\s+)?{_DAY},?\s+({_NAME})\s+[a-z]")
_NAME_FIRST = re.compile(rf"({_NAME}),?\s+(?:on\s+|late\s+|early\s+)?{_DAY}\b,?\s+[a-z]")
_WEEKDAY = re.compile(_DAY)
_NOT_NAMES = frozenset("the a an on in at last this".split())
MAX_HEADS = 200  # dated heads looked at per article: the work stays bounded on long texts


def dated_head(text: str, start: int) -> tuple[str, str] | None:
    """(the actor's last name, the weekday) when a name and a weekday open the clause at ``start``."""
    found = _DAY_FIRST.match(text, start)
    if found is not None:
        day, name = found.group(1), found.group(2)
    else:
        found = _NAME_FIRST.match(text, start)
        if found is None:
            return None
        name, day = found.group(1), found.group(2)
    last = name.split()[-1].rstrip(",.").casefold()
    return None if last in _NOT_NAMES else (last, day.casefold() + "day")


Heads = dict[tuple[str, str], list[tuple[int, Attribution | None]]]  # by (name, day): (sentence, credit or None)


def _credited_heads(article: Article, credits: Sequence[Attribution]) -> Heads:
    """The credited contents of the article that open with a dated head, by (name, day)."""
    found: Heads = {}
    starts = sentence_starts(article)
    for t in credits:
        head = dated_head(article.text, t.content.start)
        if head is not None:
            found.setdefault(head, []).append((bisect_right(starts, t.content.start) - 1, t))
    return found


def _sentence_heads(article: Article) -> Heads:
    """The sentences of the article that open with a dated head, by (name, day)."""
    found: Heads = {}
    for n in sentences_holding(article, _WEEKDAY)[:MAX_HEADS]:
        head = dated_head(article.text, article.sentences[n].start)
        if head is not None:
            found.setdefault(head, []).append((n, None))
    return found


def dated_pairs(
    article_a: Article, article_b: Article, heads_a: Heads, heads_b: Heads, matches: Sequence[Match]
) -> list[ClaimPair]:
    """Sentence pairs, no match spanning both, whose heads (`_credited_heads` and `_sentence_heads` of each
    article) date one actor to one day, one of them inside a credited content; each (name, day) once in each
    article."""
    between = [m for m in matches if m.a.article == article_a.id and m.b.article == article_b.id]
    together: set[tuple[int, int]] | None = None
    found = []
    for key in sorted(heads_a.keys() & heads_b.keys()):
        in_a, in_b = heads_a[key], heads_b[key]
        if len({n for n, _ in in_a}) != 1 or len({n for n, _ in in_b}) != 1:
            continue  # the actor dated to that day in several sentences: several acts
        if not any(t is not None for _, t in in_a + in_b):
            continue  # credited on neither side
        n_a, n_b = in_a[0][0], in_b[0][0]
        if together is None:
            together = paired_sentences(between, sentence_starts(article_a), sentence_starts(article_b))
        if (n_a, n_b) in together:
            continue
        at_a, at_b = article_a.sentences[n_a], article_b.sentences[n_b]
        shared = frozenset({stem(key[0]), stem(key[1])})  # as the claim search stems them (`holds_claim`)
        found.append(
            ClaimPair(Passage(article_a.id, at_a.start, at_a.end), Passage(article_b.id, at_b.start, at_b.end), shared, 1.0)
        )
    return found


def find_dated(
    articles: Sequence[Article],
    matches: Sequence[Match],
    attributions: Sequence[Attribution],
    judge: Callable[[ClaimPair, Sequence[Match]], list[tuple[Match, Found]]],
) -> list[tuple[Match, Found]]:
    """``judge``: the attribution finder on a claim pair, as `across.find_across` takes it."""
    by_id = {a.id: a for a in articles}
    credits: dict[str, list[Attribution]] = {}
    for t in attributions:
        if t.article in by_id and t.kind != "object" and t.cue_class in CREDITING:
            credits.setdefault(t.article, []).append(t)
    credited = {i: _credited_heads(by_id[i], found[:MAX_HEADS]) for i, found in credits.items()}
    if not any(credited.values()):
        return []  # no credited content opens with a dated head: nothing to pair (most texts)
    heads: dict[str, Heads] = {}

    def heads_of(article_id: str) -> Heads:
        if article_id not in heads:
            merged = _sentence_heads(by_id[article_id])
            for key, found in credited.get(article_id, {}).items():
                merged.setdefault(key, []).extend(found)
            heads[article_id] = merged
        return heads[article_id]

    results: list[tuple[Match, Found]] = []
    for (id_a, id_b), between in sorted(matches_by_pair(articles, matches).items()):
        if not credited.get(id_a) and not credited.get(id_b):
            continue
        for pair in dated_pairs(by_id[id_a], by_id[id_b], heads_of(id_a), heads_of(id_b), between):
            results += judge(pair, between)
    return results
