"""Whose words: the same quoted phrase credited to different speakers in the two articles.

One article quotes a speaker's phrase ("what aides called 'orphan districts'");
the other has the same words inside another speaker's quotation ("... and we
call these orphan districts," the Speaker said). The two articles then credit
the phrase to different people. A phrase counts when one side quotes it alone
(a short quotation, `MIN_WORDS` to `MAX_WORDS` words, two of them content
words) and the other side has exactly those words inside a quotation whose
speaker the attribution finder knows. Speakers that may be the same (one actor,
one a part of the other, the same name or words, a pronoun) are no
disagreement.

Found anywhere in the two articles, not only inside a match; listed under the
match nearest to both places.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reader.core.discrepancies.common import Found, Pair, Side, clip, nearest_match
from reader.core.discrepancies.sources_alike import maybe_same_source
from reader.core.model import Actor, Article, Attribution, Match, Passage, Span
from reader.core.span_index import SpanIndex
from reader.core.text.quotes import find_quotes
from reader.core.text.tokens import STOPWORDS, Token, tokenize

MIN_WORDS, MAX_WORDS = 2, 8  # the length of a quoted phrase worth following
MIN_CONTENT = 2  # content words it must hold ("a lot of" is no one's phrase)
MAX_CHARS = 80  # a longer quotation holds more than `MAX_WORDS` words
MAX_USES = 2  # quotations of each article the phrase may stand in
QUOTING = frozenset({"direct", "mixed"})  # attribution kinds that quote their content


def _phrases(article: Article, attributions: Sequence[Attribution]) -> list[tuple[Attribution, list[str]]]:
    """Short quotations with their speaker: (the attribution, its folded words)."""
    found = []
    for t in attributions:
        if t.article != article.id or t.kind not in QUOTING or t.source is None:
            continue
        if t.content.end - t.content.start > MAX_CHARS:
            continue  # too long to be a phrase (checked before any tokenising)
        holding = find_quotes(article).enclosing(t.content.start)
        if holding is None or t.content.end > holding.inner.end:
            continue
        tokens = tokenize(article.text, t.content.start, t.content.end)
        words = [tok.norm for tok in tokens]
        content = {w for w in words if w.isalpha() and len(w) > 2 and w not in STOPWORDS}
        if not MIN_WORDS <= len(words) <= MAX_WORDS or len(content) < MIN_CONTENT:
            continue
        if all(article.text[tok.start].isupper() for tok in tokens):
            continue  # a name quoted alone ("Edmond Dantès") is no one's coinage
        found.append((t, words))
    return found


class _Quoted:
    """An article's quotations as folded words, with where each word stands, tokenised once; and its
    quoting attributions by where their content starts."""

    def __init__(self, article: Article, attributions: Sequence[Attribution]) -> None:
        self.tokens: list[Token] = []
        self.quote_of: list[int] = []  # which quotation each token is in
        for n, q in enumerate(find_quotes(article).quotes):
            inside = tokenize(article.text, q.inner.start, q.inner.end)
            self.tokens += inside
            self.quote_of += [n] * len(inside)
        self.norms = [t.norm for t in self.tokens]
        self.at: dict[str, list[int]] = {}
        for k, norm in enumerate(self.norms):
            self.at.setdefault(norm, []).append(k)
        self.quoting = SpanIndex(
            (t.content.start, t.content.end, t)
            for t in attributions
            if t.article == article.id and t.kind in QUOTING and t.source is not None
        )

    def occurrences(self, words: list[str]) -> list[Span]:
        """Where ``words`` stand in a row inside one quotation."""
        found = []
        n = len(words)
        # Start from the word quoted least often: "the" stands thousands of times in a novel's dialogue.
        pivot = min(range(n), key=lambda i: len(self.at.get(words[i], ())))
        for j in self.at.get(words[pivot], ()):
            k = j - pivot
            if (
                0 <= k
                and k + n <= len(self.norms)
                and self.norms[k : k + n] == words
                and self.quote_of[k] == self.quote_of[k + n - 1]
            ):
                found.append(Span(self.tokens[k].start, self.tokens[k + n - 1].end))
        return found

    def speaker(self, position: int) -> Attribution | None:
        """The attribution quoting the words at ``position`` (the narrowest)."""
        holding = [t for _, _, t in self.quoting.overlapping(position, position + 1)]
        return min(holding, key=lambda t: t.content.end - t.content.start, default=None)


def _differ(left: Side, t: Attribution, right: Side, u: Attribution, actors: Mapping[str, Actor]) -> bool:
    """Whether ``t`` and ``u`` credit the words to different speakers, as far as the text tells."""
    if t.source_actor is None and u.source_actor is None:
        return False  # two unnamed sources may be one
    if t.anonymous == u.anonymous and (t.source_actor is None or u.source_actor is None):
        return False  # a named source the actor finder did not resolve may be the other one
    pair = Pair(Match("", left.passage, right.passage, 0.0, "paraphrase"), left, right)
    return not maybe_same_source(pair, [t], [u], actors)


PhrasesAhead = tuple[dict[str, _Quoted], dict[str, list[tuple[Attribution, list[str]]]]]


def phrases_ahead(articles: Sequence[Article], attributions: Sequence[Attribution]) -> PhrasesAhead:
    """Each article's quotations and short quoted phrases, worked out before any match is known (the CLI does
    this while a child process aligns), for `find_phrases`."""
    quoted: dict[str, _Quoted] = {}
    phrases_of: dict[str, list[tuple[Attribution, list[str]]]] = {}
    by_id = {a.id: a for a in articles}
    for own in by_id.values():
        _phrases_of(own, attributions, quoted, phrases_of)
    if any(phrases_of.values()):  # then any article may be the other side of a pair
        for own in by_id.values():
            quoted[own.id] = quoted.get(own.id) or _Quoted(own, attributions)
    return quoted, phrases_of


def _phrases_of(
    own: Article,
    attributions: Sequence[Attribution],
    quoted: dict[str, _Quoted],
    phrases_of: dict[str, list[tuple[Attribution, list[str]]]],
) -> None:
    phrases_of[own.id] = _phrases(own, attributions)
    if phrases_of[own.id]:
        own_quoted = quoted[own.id] = quoted.get(own.id) or _Quoted(own, attributions)
        # words quoted again and again ("Yes, sir") are common talk, not someone's phrase
        phrases_of[own.id] = [(t, w) for t, w in phrases_of[own.id] if len(own_quoted.occurrences(w)) <= MAX_USES]


def find_phrases(
    articles: Sequence[Article],
    matches: Sequence[Match],
    attributions: Sequence[Attribution],
    actors: Mapping[str, Actor],
    ahead: PhrasesAhead | None = None,
) -> list[tuple[Match, Found]]:
    """(the match to list it under, the discrepancy) for quoted phrases credited to different speakers.
    ``ahead``: `phrases_ahead` of the same articles and attributions."""
    by_id = {a.id: a for a in articles}
    results: list[tuple[Match, Found]] = []
    pairs: dict[tuple[str, str], list[Match]] = {}
    for m in matches:
        if m.a.article in by_id and m.b.article in by_id:
            pairs.setdefault((m.a.article, m.b.article), []).append(m)
    quoted: dict[str, _Quoted] = dict(ahead[0]) if ahead is not None else {}
    # an article's phrases, whatever the pair
    phrases_of: dict[str, list[tuple[Attribution, list[str]]]] = dict(ahead[1]) if ahead is not None else {}
    for (id_a, id_b), between in pairs.items():
        article_a, article_b = by_id[id_a], by_id[id_b]
        for own, other in ((article_a, article_b), (article_b, article_a)):
            if own.id not in phrases_of:
                _phrases_of(own, attributions, quoted, phrases_of)
            phrases = phrases_of[own.id]
            if not phrases:
                continue
            if other.id not in quoted:
                quoted[other.id] = _Quoted(other, attributions)
            for t, words in phrases:
                places = quoted[other.id].occurrences(words)
                if len(places) > MAX_USES:
                    continue  # (the same on the other side)
                for place in places:
                    u = quoted[other.id].speaker(place.start)
                    if u is None or u.content.start == place.start and u.content.end == place.end:
                        continue  # the other side quotes the phrase alone too: found from that side
                    mine = Side(own, Passage(own.id, t.content.start, t.content.end), (t,))
                    theirs = Side(other, Passage(other.id, place.start, place.end), (u,))
                    if not _differ(mine, t, theirs, u, actors):
                        continue
                    spans = {own.id: _around(t), other.id: place}
                    who = {own.id: mine.slice(t.source) if t.source else "", other.id: theirs.slice(u.source) if u.source else ""}
                    phrase = clip(mine.slice(t.content), 40)
                    match = nearest_match(between, spans[id_a].start, spans[id_b].start)
                    summary = f"“{phrase}”: {id_a} credits {clip(who[id_a], 30)} · {id_b} credits {clip(who[id_b], 30)}"
                    results.append(
                        (
                            match,
                            Found("attribution", spans[id_a], spans[id_b], summary, "low", "whose words"),
                        )
                    )
                    break
    return results


def _around(t: Attribution) -> Span:
    spans = [t.cue, t.content] + ([t.source] if t.source is not None else [])
    return Span(min(s.start for s in spans), max(s.end for s in spans))
