"""One actor's act on one day, credited in one article and not in the other, in sentences no match pairs.

Two reports of one act often share too few words for the claim search by words
(`across`): "Mayor Berg on Friday approved the harbour tunnel, officials said" /
"On Friday, Anna Berg approved a new tunnel under the harbour, her office said".
Here the weekdays `days` ties to the actor acting (`days.actor_days`, here for
every kind of actor that does or says things) meet: the same actor (aliases
merged by the actor finder, so "Liz Cheney" is not "Dick Cheney"), dated to the
same day by both articles and to that day only in each, in two sentences that
share a content word besides the actor's name and the day and that no match
pairs. The pair of sentences is judged by the attribution finder, as `across`'s
claim pairs are, with its gates; its score is the share of the two sentences'
content words they have in common, so a pair sharing little more than a name and
a day is a weak pair there, not a paired claim.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from reader.core.discrepancies.across import ClaimPair
from reader.core.discrepancies.common import Found, Side
from reader.core.discrepancies.days import Day, best_unpaired, dated_article_pairs
from reader.core.discrepancies.pairing import paired_sentences, sentence_starts
from reader.core.discrepancies.quantities import Quantity
from reader.core.discrepancies.subjects import AGENT_KINDS
from reader.core.model import Actor, Article, Match, Passage

Dated = dict[str, list[Day]]  # an article's days by actor id (`days.one_day_each`)


def dated_pairs(
    article_a: Article, article_b: Article, days_a: Dated, days_b: Dated, between: Sequence[Match]
) -> list[ClaimPair]:
    """For each actor both articles date to one same day (`days.one_day_each` of each), the sentence pair no
    match spans sharing the most content words (at least one)."""
    together: set[tuple[int, int]] | None = None
    found = []
    for actor in sorted(days_a.keys() & days_b.keys()):
        if days_a[actor][0].day != days_b[actor][0].day:
            continue  # other days: `days.find_days`'s, for an organisation
        if together is None:
            together = paired_sentences(between, sentence_starts(article_a), sentence_starts(article_b))
        best = best_unpaired(days_a[actor], days_b[actor], together)
        if best is None:
            continue
        a, b = best
        shared = a.words & b.words
        # The name and the day are shared too: one word each.
        cover = (len(shared) + 2) / (max(len(a.words), len(b.words)) + 2)
        at_a, at_b = article_a.sentences[a.sentence], article_b.sentences[b.sentence]
        found.append(
            ClaimPair(
                Passage(article_a.id, at_a.start, at_a.end), Passage(article_b.id, at_b.start, at_b.end), frozenset(shared), cover
            )
        )
    return found


def find_dated(
    articles: Sequence[Article],
    matches: Sequence[Match],
    side_of: Callable[[Passage], Side],
    quantities_of: Callable[[Side], list[Quantity]],
    actor_by_id: Mapping[str, Actor],
    canonical: dict[str, str],
    judge: Callable[[ClaimPair, Sequence[Match]], list[tuple[Match, Found]]],
) -> list[tuple[Match, Found]]:
    """``side_of``, ``quantities_of``: as for `days.find_days`; ``judge``: the attribution finder on a claim pair,
    as `across.find_across` takes it."""
    results: list[tuple[Match, Found]] = []
    for article_a, article_b, between, days_a, days_b in dated_article_pairs(
        articles, matches, side_of, quantities_of, actor_by_id, canonical, AGENT_KINDS
    ):
        for pair in dated_pairs(article_a, article_b, days_a, days_b, between):
            results += judge(pair, between)
    return results
