"""Days told differently for one event, in sentences the alignment did not pair.

Two reports date the same event in quite differently written sentences ("The
House resolution on the national motto passed Tuesday" / "On Wednesday, the
House voted 396-9 on a bill that reaffirmed the motto"); no match pairs them,
so the in-match comparison of weekdays never sees them. Here each weekday is
tied to one actor: the nearest actor mention before it in its sentence (the
one acting: "the House ... passed Tuesday", "the Senate on Wednesday, followed
by the House on Thursday"), or, for a day that opens the sentence, the nearest
after it ("On Wednesday, the House voted"). Two weekdays are taken for one
event's day only on strong evidence:

- the same actor (aliases merged by the actor finder), the one acting: it
  heads its clause, or the day follows its name directly (`_acts`);
- an organisation: a
  chamber, a court, an agency acts once in a story, where a person speaks,
  writes and refuses on several days ("Akin on Tuesday refused" / "Akin
  rebuffed calls late Monday" are two days of one stand) and a newspaper
  publishes several reports;
- each article gives that actor one day only (an actor dated twice in an
  article, "voted Tuesday ... meets again Thursday", does several things, and
  which is which is not read here);
- the two sentences share a content word besides the actor's name and the days;
- neither weekday dates a word of speaking ("said Wednesday": when someone
  spoke, compared inside the matches) nor stands inside quotation marks (a
  speaker's own account), and no match already spans both sentences.

Each discrepancy found this way is listed under the match nearest to both
sentences, like `elsewhere`'s amounts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from reader.core.discrepancies.common import Found, Side, clip, nearest_match, rough_words, stem
from reader.core.discrepancies.pairing import matches_by_pair, paired_sentences, sentence_starts, sentences_holding
from reader.core.discrepancies.quantities import SPEAKING, WEEKDAYS, Quantity
from reader.core.model import Actor, Article, Match, Passage, Span
from reader.core.text.quotes import find_quotes
from reader.core.text.tokens import STOPWORDS, WEEKDAY

MAX_DAYS = 60  # weekdays looked at per article: the work stays bounded on long texts
ACTING_KINDS = frozenset({"organization"})  # actors whose dated act is taken for the story's one event
_DAY_WORDS = frozenset("on last late early this next".split())  # between a name and the day it is dated
OPENING = 3  # a weekday among the first words opens its sentence ("On Wednesday, the House ...")
_WEEKDAY = re.compile(WEEKDAY + r"\b")  # (no leading \b: five times faster)


@dataclass(frozen=True, slots=True)
class Day:
    day: int  # 0 = Monday
    span: Span  # the weekday's word
    actor: str  # Actor.id
    named: Span  # the actor's mention
    sentence: int
    words: frozenset[str]  # the sentence's content stems, less the actors' names and the days


def actor_days(
    article: Article,
    side_of: Callable[[Passage], Side],
    quantities_of: Callable[[Side], list[Quantity]],
    actor_by_id: Mapping[str, Actor],
    canonical: dict[str, str],
    kinds: frozenset[str],
) -> list[Day]:
    """The article's weekdays, each with the actor it dates (an actor of one of ``kinds``), outside quotations
    and words of speaking."""
    found: list[Day] = []
    text = article.text
    for n in sentences_holding(article, _WEEKDAY):  # (most sentences are not tokenised)
        if len(found) >= MAX_DAYS:
            break
        sentence = article.sentences[n]
        side = side_of(Passage(article.id, sentence.start, sentence.end))
        # (a weekday dating a word of speaking is skipped below, but still bounds its neighbours' actors)
        days = [q for q in quantities_of(side) if q.category == "weekday" and text[q.span.start].isupper()]
        named = sorted(side.mentions)
        acting = [m for m in named if _kind(actor_by_id, m[2]) in kinds]
        if not days or not acting:
            continue
        quotes = find_quotes(article)
        names = set()
        for start, end, _ in named:
            names |= rough_words(text[start:end])
        words = frozenset(
            stem(canonical.get(w, w))
            for w in rough_words(text[sentence.start : sentence.end]) - names
            if len(w) > 2 and w.isalpha() and w not in STOPWORDS and w not in WEEKDAYS
        )
        tokens = side.tokens
        opening = tokens[OPENING].start if len(tokens) > OPENING else sentence.end
        for j, q in enumerate(days):
            low = days[j - 1].span.end if j else sentence.start  # not past another weekday
            high = days[j + 1].span.start if j + 1 < len(days) else sentence.end
            if q.noun == SPEAKING or quotes.enclosing(q.span.start) is not None:
                continue
            before = [m for m in named if low <= m[0] and m[1] <= q.span.start]
            after = [m for m in named if q.span.end <= m[0] and m[1] <= high] if q.span.start < opening else []
            actor = before[-1] if before else after[0] if after else None
            if actor is None or _kind(actor_by_id, actor[2]) not in kinds:
                continue
            if not _acts(text, sentence.start, actor, q.span.start):
                continue
            found.append(Day(int(q.value), q.span, actor[2], Span(actor[0], actor[1]), n, words))
    return found


def _kind(actor_by_id: Mapping[str, Actor], actor_id: str) -> str | None:
    actor = actor_by_id.get(actor_id)
    return actor.kind if actor is not None else None


def _acts(text: str, sentence_start: int, actor: tuple[int, int, str], day_start: int) -> bool:
    """Whether the actor is the one dated: it heads its clause ("The House resolution ... passed Tuesday", "On
    Wednesday, the House voted", ", the House ensured"), or the day follows its name directly ("followed by the
    House on Thursday"); not a name inside another phrase ("met with top GOP and Democratic leaders Tuesday",
    "defend the Tea Party movement on Monday", "the president and House speaker")."""
    start, end, _ = actor
    if end <= day_start and set(text[end:day_start].lower().split()) <= _DAY_WORDS:
        return True
    before = text[sentence_start:start].rstrip()
    for article in ("the", "The", "a", "A", "an", "An"):
        if before.endswith(article) and (len(before) == len(article) or not before[-len(article) - 1].isalnum()):
            before = before[: -len(article)].rstrip()
            break
    return not before or before[-1] in ",;:—–("


def one_day_each(days: list[Day]) -> dict[str, list[Day]]:
    """The days of each actor that the article dates on one day only."""
    by_actor: dict[str, list[Day]] = {}
    for d in days:
        by_actor.setdefault(d.actor, []).append(d)
    return {actor: ds for actor, ds in by_actor.items() if len({d.day for d in ds}) == 1}


_NAMES = [d.capitalize() for d in WEEKDAYS]


def dated_article_pairs(
    articles: Sequence[Article],
    matches: Sequence[Match],
    side_of: Callable[[Passage], Side],
    quantities_of: Callable[[Side], list[Quantity]],
    actor_by_id: Mapping[str, Actor],
    canonical: dict[str, str],
    kinds: frozenset[str],
) -> Iterator[tuple[Article, Article, Sequence[Match], dict[str, list[Day]], dict[str, list[Day]]]]:
    """(article a, article b, their matches, a's actors of ``kinds`` dated to one day, b's) for every pair of
    articles where both date some actor; each article's days are worked out once."""
    by_id = {a.id: a for a in articles}
    known: dict[str, dict[str, list[Day]]] = {}
    for (id_a, id_b), between in sorted(matches_by_pair(articles, matches).items()):
        for article_id in (id_a, id_b):
            if article_id not in known:
                known[article_id] = one_day_each(
                    actor_days(by_id[article_id], side_of, quantities_of, actor_by_id, canonical, kinds)
                )
        if known[id_a] and known[id_b]:
            yield by_id[id_a], by_id[id_b], between, known[id_a], known[id_b]


def best_unpaired(days_a: list[Day], days_b: list[Day], together: set[tuple[int, int]]) -> tuple[Day, Day] | None:
    """The two sentences, one an article, that date the actor and no match pairs, sharing the most content
    words (at least one), the earliest first on a tie; None if no such pair."""
    pairs = [
        (len(a.words & b.words), a, b)
        for a in days_a
        for b in days_b
        if (a.sentence, b.sentence) not in together and a.words & b.words
    ]
    if not pairs:
        return None
    _, a, b = max(pairs, key=lambda p: (p[0], -p[1].span.start, -p[2].span.start))
    return a, b


def find_days(
    articles: Sequence[Article],
    matches: Sequence[Match],
    side_of: Callable[[Passage], Side],
    quantities_of: Callable[[Side], list[Quantity]],
    actor_by_id: Mapping[str, Actor],
    canonical: dict[str, str],
) -> list[tuple[Match, Found]]:
    """(the match to list it under, the discrepancy) for one actor dated on different days by the two articles.
    ``side_of`` and ``quantities_of`` as for `find_elsewhere` (the weekdays are the passage's quantities)."""
    results: list[tuple[Match, Found]] = []
    for article_a, article_b, between, days_a, days_b in dated_article_pairs(
        articles, matches, side_of, quantities_of, actor_by_id, canonical, ACTING_KINDS
    ):
        id_a, id_b = article_a.id, article_b.id
        together = paired_sentences(between, sentence_starts(article_a), sentence_starts(article_b))
        for actor in sorted(days_a.keys() & days_b.keys()):
            if days_a[actor][0].day == days_b[actor][0].day:
                continue
            best = best_unpaired(days_a[actor], days_b[actor], together)
            if best is None:
                continue
            a, b = best
            near = nearest_match(between, a.span.start, b.span.start)
            name_a, name_b = article_a.text[a.named.start : a.named.end], article_b.text[b.named.start : b.named.end]
            summary = f"{id_a}: {clip(name_a, 30)} … {_NAMES[a.day]} · {id_b}: {clip(name_b, 30)} … {_NAMES[b.day]}"
            results.append((near, Found("number", a.span, b.span, summary, "medium", "different weekday")))
    return results
