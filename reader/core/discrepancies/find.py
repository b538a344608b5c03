"""Run every discrepancy finder over every match of an analysis.

Work per match is bounded: each side is read up to `common.MAX_PASSAGE`
characters, and the attributions, actor mentions and quotations of each article
are indexed once (by position) rather than scanned per match.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from reader.core.credits import CreditIndex
from reader.core.discrepancies.across import (
    ClaimPair,
    Known,
    SentenceStems,
    claims_ahead,
    find_across,
    holds_claim,
    sentence_stems,
)
from reader.core.discrepancies.attribution import find_attribution, speech_cue_spans
from reader.core.discrepancies.common import Found, Pair, Side, nearest_match, placed, rough_words
from reader.core.discrepancies.dated import find_dated
from reader.core.discrepancies.days import find_days
from reader.core.discrepancies.elsewhere import find_elsewhere
from reader.core.discrepancies.halves import findings_per_match
from reader.core.discrepancies.names import find_names
from reader.core.discrepancies.neighbours import Neighbours, shares_claim
from reader.core.discrepancies.numbers import find_numbers, quantities_of
from reader.core.discrepancies.phrases import find_phrases, phrases_ahead
from reader.core.discrepancies.polarity import find_polarity
from reader.core.discrepancies.quantities import TRIGGER_WORDS, Quantity
from reader.core.discrepancies.quotations import find_quotations
from reader.core.discrepancies.quotes import find_quotes
from reader.core.discrepancies.relayed import relayed
from reader.core.discrepancies.subjects import AGENT_KINDS
from reader.core.discrepancies.titles import find_titles
from reader.core.lexicons.paraphrases import Paraphrases, load_paraphrases
from reader.core.lexicons.polarity import Polarity, load_polarity
from reader.core.lexicons.verbs import ReportingVerbs, load_reporting_verbs
from reader.core.model import Actor, Article, Attribution, Discrepancy, Match, Passage, Span, mentions_by_article
from reader.core.span_index import SpanIndex
from reader.core.text.quotes import find_quotes as quotes_of

KIND_ORDER = ("number", "polarity", "name", "attribution", "quote")
MAX_MENTIONS = 40  # actor mentions looked at per side of a match
_BELOW = 1e-6  # a neighbour pair's score under its match's
# Raw-text looks that spare tokenising most passages: a digit, a number word, a negation.
_DIGIT = re.compile(r"\d")
_CONTRACTED_NOT = re.compile(r"n[’']t\b", re.IGNORECASE)


def _numberish(text: str, words: set[str]) -> bool:
    return bool(_DIGIT.search(text)) or not words.isdisjoint(TRIGGER_WORDS)


class Ahead:
    """What `find_discrepancies` can work out before the matches are known (see `discrepancies_ahead`)."""

    def __init__(
        self,
        articles: Sequence[Article],
        attributions: Sequence[Attribution],
        canonical: dict[str, str],
        stems: SentenceStems | None = None,
    ) -> None:
        self.articles, self.attributions, self.canonical = articles, attributions, canonical
        self.claims = claims_ahead(articles, attributions, canonical, stems)  # across's sentence stems: most of its work
        self.phrases = phrases_ahead(articles, attributions)  # each article's quotations, tokenised


def discrepancies_ahead(
    articles: Sequence[Article],
    attributions: Sequence[Attribution],
    paraphrases: Paraphrases | None = None,
    stems: SentenceStems | None = None,
) -> Ahead:
    """The per-article part of `find_discrepancies`, which needs no match: the pipeline runs it while a child
    process aligns, and hands it to `find_discrepancies` (the same findings, less work after the alignment).
    ``stems``: `sentences_ahead` of the same articles and paraphrases, if worked out elsewhere."""
    return Ahead(articles, attributions, (paraphrases if paraphrases is not None else load_paraphrases()).singles, stems)


def sentences_ahead(articles: Sequence[Article], paraphrases: Paraphrases | None = None) -> SentenceStems:
    """The part of `discrepancies_ahead` that needs the articles alone (the CLI's align child works it out)."""
    return sentence_stems(articles, (paraphrases if paraphrases is not None else load_paraphrases()).singles)


def find_discrepancies(
    articles: Sequence[Article],
    matches: Sequence[Match],
    actors: Sequence[Actor] = (),
    attributions: Sequence[Attribution] = (),
    polarity: Polarity | None = None,
    paraphrases: Paraphrases | None = None,
    verbs: ReportingVerbs | None = None,
    ahead: Ahead | None = None,
    parallel: bool = False,
    meanwhile: Callable[[], None] | None = None,
) -> tuple[Discrepancy, ...]:
    """Where the two sides of each match disagree, in match order, then by kind.

    Lexicons left None are loaded (packaged lists plus the user's files). ``ahead``: `discrepancies_ahead`
    of the same articles, attributions and paraphrases (ignored if it was made from others). ``parallel``:
    a forked child process compares matches from the back while this one does the rest, then compares from the front
    until the two meet (`map_from_both_ends`; the same findings).
    Only a process that may fork children should ask for it (the CLI). ``meanwhile``: the caller's work, done
    once here, while the child compares (with no child: at some point before the end).
    """
    if not matches:
        if meanwhile is not None:
            meanwhile()
        return ()
    verbs = verbs if verbs is not None else load_reporting_verbs()
    speech_cues = speech_cue_spans(verbs)
    heads = verbs.role_heads | verbs.anonymous_heads | verbs.evidence_heads | verbs.state_heads
    hedges = frozenset(verbs.adverbs)  # "reportedly", "allegedly": a claim passed on, not given on its source's word
    polarity = polarity if polarity is not None else load_polarity()
    canonical = (paraphrases if paraphrases is not None else load_paraphrases()).singles
    if ahead is not None and not (
        ahead.articles is articles and ahead.attributions is attributions and ahead.canonical is canonical
    ):
        ahead = None  # made from other inputs
    by_id = {a.id: a for a in articles}
    actor_by_id = {actor.id: actor for actor in actors}
    agents = frozenset(actor.id for actor in actors if actor.kind in AGENT_KINDS)
    credits = CreditIndex(attributions)
    mentions = {article_id: SpanIndex(found) for article_id, found in mentions_by_article(actors).items()}
    quoted: dict[str, SpanIndex[None]] = {}

    rough: dict[Passage, set[str]] = {}

    def words_of(passage: Passage, raw: str) -> set[str]:
        """`rough_words` of a passage, once per passage (neighbour sentences recur across matches)."""
        found = rough.get(passage)  # (one look-up: a Passage hashes in Python, 300,000 times on names 10k)
        if found is None:
            found = rough[passage] = rough_words(raw)
        return found

    def quoted_in(passage: Passage) -> list[Span]:
        if passage.article not in quoted:
            found = quotes_of(by_id[passage.article]).quotes
            quoted[passage.article] = SpanIndex((q.inner.start, q.inner.end, None) for q in found)
        return [Span(s, e) for s, e, _ in quoted[passage.article].overlapping(passage.start, passage.end)]

    def mentions_in(passage: Passage) -> tuple[tuple[int, int, str], ...]:
        index = mentions.get(passage.article)
        inside = index.overlapping(passage.start, passage.end) if index is not None else []
        return tuple([m for m in inside if passage.start <= m[0] and m[1] <= passage.end][:MAX_MENTIONS])

    sides: dict[Passage, Side] = {}

    def side(passage: Passage) -> Side:
        """One `Side` per passage: its words are tokenised once, however many matches it sits next to."""
        found = sides.get(passage)
        if found is None:
            found = sides[passage] = Side(by_id[passage.article], passage, credits.covering, mentions_in)
        return found

    numberish: dict[Passage, bool] = {}

    def numberish_of(passage: Passage, raw: str, words: set[str]) -> bool:
        found = numberish.get(passage)
        if found is None:
            found = numberish[passage] = _numberish(raw, words)
        return found

    known: dict[Passage, list[Quantity]] = {}  # each passage's quantities, found once

    cue_words = {n[0] for n in polarity.negations} | set(polarity.antonyms)

    by_place: dict[str, SpanIndex[tuple[int, int, Passage]]] = {}  # each article's match sides, for `better`

    def better(passage: Passage, span: Span, score: float) -> list[Passage]:
        """The other sides of the matches scored above ``score`` whose side in ``passage``'s article holds ``span``."""
        if span.start < span.end:  # (an empty span overlaps nothing in a SpanIndex: the scan below)
            if passage.article not in by_place:
                by_place[passage.article] = SpanIndex(
                    (side.start, side.end, (k, n, other))
                    for k, m in enumerate(matches)
                    for n, side, other in ((0, m.a, m.b), (1, m.b, m.a))
                    if side.article == passage.article
                )
            # In match order; a match with both sides in this article answers for its side a, as the scan does.
            held = sorted(
                hit
                for start, end, hit in by_place[passage.article].overlapping(span.start, span.end)
                if start <= span.start and span.end <= end and matches[hit[0]].score > score
            )
            return [other for n, (k, _, other) in enumerate(held) if n == 0 or held[n - 1][0] != k]
        found = []
        for m in matches:
            if m.score <= score:
                continue
            if m.a.article == passage.article and m.a.start <= span.start and span.end <= m.a.end:
                found.append(m.b)
            elif m.b.article == passage.article and m.b.start <= span.start and span.end <= m.b.end:
                found.append(m.a)
        return found

    def compare(pair: Pair, quoted_a: list[Span], quoted_b: list[Span]) -> list[Found]:
        """What the words of two passages disagree on: numbers, negations, quotes, and (for a match) names."""
        if pair.a.raw == pair.b.raw:
            return []  # the same words
        found: list[Found] = []
        words_a, words_b = words_of(pair.a.passage, pair.a.raw), words_of(pair.b.passage, pair.b.raw)
        if numberish_of(pair.a.passage, pair.a.raw, words_a) and numberish_of(pair.b.passage, pair.b.raw, words_b):
            found += find_numbers(pair, canonical, known)
        if (
            not words_a.isdisjoint(cue_words)
            or not words_b.isdisjoint(cue_words)
            or _CONTRACTED_NOT.search(pair.a.raw + pair.b.raw)
        ):
            found += find_polarity(pair, polarity, canonical, agents, better)
        # (the match's own passages first: a neighbour pair's mentions are not looked up for nothing)
        if (pair.a.passage, pair.b.passage) == (pair.match.a, pair.match.b) and pair.a.mentions and pair.b.mentions:
            found += find_names(pair, actor_by_id, canonical)
        if quoted_a and quoted_b:
            found += find_quotes(pair, quoted_a, quoted_b, canonical, better)
        return found

    neighbours = Neighbours(articles, matches)
    claims = ahead.claims if ahead is not None else Known(canonical)  # each article's credits and sentence stems
    stems = claims.stems

    def relayed_in_match(pair: Pair, credits_a: list[Attribution], credits_b: list[Attribution]) -> list[Found]:
        # (the alignment's matches only: a claim pair of `across` has no shared runs to hold a nested claim)
        return relayed(pair, credits_a, credits_b, actor_by_id, stems)

    def found_at(match: Match) -> list[Found]:
        pair = Pair(match, side(match.a), side(match.b))
        quoted_a, quoted_b = quoted_in(match.a), quoted_in(match.b)
        found: list[Found] = []
        if pair.a.credits or pair.b.credits:
            found += find_attribution(
                pair,
                quoted_a,
                quoted_b,
                actor_by_id,
                heads,
                verbs.evidence_heads,
                speech_cues,
                relayed_in_match,
                claims.same_claim,
                hedges,
            )
        found += compare(pair, quoted_a, quoted_b)
        # The same claim may sit in the sentence next to a match that the alignment left unpaired.
        for pa, pb in neighbours.of(match):
            raw_a, raw_b = by_id[pa.article].text[pa.start : pa.end], by_id[pb.article].text[pb.start : pb.end]
            words_a, words_b = words_of(pa, raw_a), words_of(pb, raw_b)
            if not shares_claim(words_a, words_b):
                continue
            near_a, near_b = quoted_in(pa), quoted_in(pb)
            comparable = (
                (near_a and near_b)
                or (numberish_of(pa, raw_a, words_a) and numberish_of(pb, raw_b, words_b))
                or not words_a.isdisjoint(cue_words)
                or not words_b.isdisjoint(cue_words)
            )
            if comparable:
                # Ranked just below the match it is next to: words the match pairs unchanged are no drift here
                # (`quoted_elsewhere`), and a negation the match answers is another claim (`polarity`).
                below = Match(match.id, match.a, match.b, match.score - _BELOW, match.kind, match.shared, match.cluster)
                near = Pair(below, side(pa), side(pb))
                found += [placed(f, "beside") for f in compare(near, near_a, near_b)]
        return found

    def judge(claim: ClaimPair, between: Sequence[Match]) -> list[tuple[Match, Found]]:
        """The attribution finder on two sentences holding one claim, as if a match paired them."""
        near = nearest_match(between, claim.a.start, claim.b.start)
        paired = Match(near.id, claim.a, claim.b, 100 * claim.cover, "paraphrase")

        def claim_side(passage: Passage) -> Side:
            # Only credits whose content holds the claim: "Rice said" of another clause of the sentence is not it;
            # and the acts the extractor attached (object credits: no claim, but their cues are not unattached).
            holding = tuple(
                t for t in credits.covering(passage) if t.kind == "object" or holds_claim(by_id[passage.article], t, claim, stems)
            )
            return Side(by_id[passage.article], passage, holding, mentions_in)

        pair = Pair(paired, claim_side(claim.a), claim_side(claim.b))
        if not pair.a.credits and not pair.b.credits:
            return []
        found = find_attribution(
            pair, quoted_in(claim.a), quoted_in(claim.b), actor_by_id, heads, verbs.evidence_heads, speech_cues, hedges=hedges
        )
        return [(near, f) for f in found]

    def known_quantities(s: Side) -> list[Quantity]:
        return quantities_of(s, canonical, known)

    # The finders that look outside the matches and need none of their findings: while a child compares
    # matches, this process runs them first, off the critical path. Their findings, in the
    # order they are filed: amounts told elsewhere; across, dated, titles, phrases; days.
    apart: list[list[tuple[Match, Found]]] = []

    def find_apart() -> None:
        apart.append(find_elsewhere(articles, matches, side, known_quantities))
        apart.append(
            [
                *find_across(articles, matches, attributions, canonical, judge, claims),
                *find_dated(articles, matches, side, known_quantities, actor_by_id, canonical, judge),
                *find_titles(articles, matches, attributions, claims),
                *find_phrases(articles, matches, attributions, actor_by_id, ahead.phrases if ahead is not None else None),
            ]
        )
        apart.append(find_days(articles, matches, side, known_quantities, actor_by_id, canonical))
        if meanwhile is not None:
            meanwhile()

    usable = [m for m in matches if m.a.article in by_id and m.b.article in by_id]
    # Each match's findings depend on that match alone (the tables above only keep work done).
    found_all = findings_per_match(found_at, usable, find_apart, parallel)
    per_match = list(zip(usable, found_all, strict=True))
    amounts, before_quotations, days = apart
    elsewhere = _elsewhere(per_match, amounts)

    quoted_told: dict[tuple[str, str], list[tuple[Span, Span]]] = {}
    for match, found in per_match:
        for f in found:
            if f.kind == "quote":
                quoted_told.setdefault((match.a.article, match.b.article), []).append((f.a, f.b))

    def told(id_a: str, span_a: Span, id_b: str, span_b: Span) -> bool:
        return any(a.overlaps(span_a) and b.overlaps(span_b) for a, b in quoted_told.get((id_a, id_b), ()))

    for listed_under, f in [
        *before_quotations,
        *find_quotations(articles, matches, attributions, canonical, told, better),
        *days,
    ]:
        elsewhere.setdefault(listed_under.id, []).append(placed(f, "elsewhere"))
    results: list[Discrepancy] = []
    seen: set[tuple[str, str, int, int, str, int, int]] = set()
    rank = {kind: k for k, kind in enumerate(KIND_ORDER)}
    for match, found in per_match:
        found += elsewhere.get(match.id, [])
        found.sort(key=lambda f: (rank[f.kind], f.a.start, f.b.start))
        id_a, id_b = match.a.article, match.b.article
        for f in found:
            a, b = f.a, f.b
            key = (f.kind, id_a, a.start, a.end, id_b, b.start, b.end)
            if key in seen:
                continue
            seen.add(key)
            # (positional: this runs for every finding, 25,000 of them on two documents thick with numbers)
            results.append(
                Discrepancy(
                    f"d{len(results) + 1}",
                    f.kind,  # type: ignore[arg-type]
                    match.id,
                    Passage(id_a, a.start, a.end),
                    Passage(id_b, b.start, b.end),
                    f.summary,
                    f.severity,
                    f.detail,
                    match.cluster,
                    f.place,
                )
            )
    return tuple(results)


def _elsewhere(per_match: list[tuple[Match, list[Found]]], amounts: list[tuple[Match, Found]]) -> dict[str, list[Found]]:
    """`find_elsewhere`'s ``amounts`` by match id, but none whose figure a match already reported (a figure
    restated in another sentence, "$140,937,785" after "roughly $141 million", is the same disagreement)."""
    told: dict[str, list[Span]] = {}
    for match, found in per_match:
        for f in found:
            if f.kind == "number":
                told.setdefault(match.a.article, []).append(f.a)
                told.setdefault(match.b.article, []).append(f.b)

    def reported(article: str, span: Span) -> bool:
        return any(t.start < span.end and span.start < t.end for t in told.get(article, ()))

    by_match: dict[str, list[Found]] = {}
    for near, f in amounts:
        if not reported(near.a.article, f.a) and not reported(near.b.article, f.b):
            by_match.setdefault(near.id, []).append(placed(f, "elsewhere"))
    return by_match
