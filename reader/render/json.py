"""Renderings of an `Analysis` for the command line: JSON, Markdown, plain text.

The JSON field names are a contract other tools rely on (see the README):
extra fields may be added, named ones never renamed or removed.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from json.encoder import encode_basestring

from reader.core.credits import CreditIndex
from reader.core.model import Actor, Analysis, Article, Attribution, Discrepancy, Match, SearchHit


def _span_json(text: str, start: int, end: int) -> dict:
    return {"start": start, "end": end, "text": text[start:end]}


Texts = dict[str, str]  # Article.id -> its text


def _texts(analysis: Analysis) -> Texts:
    """Each article's text by id (the first article of an id, as `Analysis.article` finds it)."""
    return {a.id: a.text for a in reversed(analysis.articles)}


def _passage_json(texts: Texts, article: str, start: int, end: int) -> dict:
    return {"article": article, **_span_json(texts[article], start, end)}


def article_json(article: Article) -> dict:
    return {
        "id": article.id,
        "path": article.path,
        "title": article.title,
        "source": article.display_name,
        "date": article.date,
        "url": article.url,
        "author": article.author,
        "caption": article.caption,
        "credit": article.credit,
        "notes": list(article.notes),
        "text": article.text,
        "paragraphs": [{"start": p.start, "end": p.end} for p in article.paragraphs],
        "sentences": [{"start": s.start, "end": s.end} for s in article.sentences],
    }


def match_json(match: Match, credits: CreditIndex, texts: Texts) -> dict:
    credits_a, credits_b = credits.of_match(match)
    a, b = match.a, match.b
    return {
        "id": match.id,
        "a": _passage_json(texts, a.article, a.start, a.end),
        "b": _passage_json(texts, b.article, b.start, b.end),
        "score": round(match.score, 2),
        "kind": match.kind,
        "shared": [{"a": [r.a.start, r.a.end], "b": [r.b.start, r.b.end]} for r in match.shared],
        "cluster": match.cluster,
        "attributions": {"a": [t.id for t in credits_a], "b": [t.id for t in credits_b]},
    }


def attribution_json(attribution: Attribution, texts: Texts) -> dict:
    text = texts[attribution.article]
    source = None
    if attribution.source is not None:
        source = {**_span_json(text, attribution.source.start, attribution.source.end), "actor": attribution.source_actor}
    cue, content = attribution.cue, attribution.content
    return {
        "id": attribution.id,
        "article": attribution.article,
        "source": source,
        "cue": _span_json(text, cue.start, cue.end),
        "content": _span_json(text, content.start, content.end),
        "kind": attribution.kind,
        "anonymous": attribution.anonymous,
        "cue_class": attribution.cue_class,
    }


def discrepancy_json(discrepancy: Discrepancy, texts: Texts) -> dict:
    a, b = discrepancy.a, discrepancy.b
    return {
        "id": discrepancy.id,
        "kind": discrepancy.kind,
        "match": discrepancy.match,
        "a": _passage_json(texts, a.article, a.start, a.end),
        "b": _passage_json(texts, b.article, b.start, b.end),
        "summary": discrepancy.summary,
        "severity": discrepancy.severity,
        "detail": discrepancy.detail,
        "cluster": discrepancy.cluster,
        "place": discrepancy.place,
    }


def discrepancies_json_text(discrepancies: Sequence[Discrepancy], texts: Texts) -> str:
    """``json.dumps([discrepancy_json(d, texts) for d in discrepancies], ensure_ascii=False)``, the same text,
    written directly: a list of small dicts is mostly dict building and key encoding for `json.dumps`, and text
    thick with numbers gives 25,000 discrepancies (0.16 s -> 0.06 s, after the discrepancy stage, before the
    output). Strings go through json's own encoder; ``tests/render`` holds it to `discrepancy_json`."""
    text = encode_basestring  # (what json.dumps uses for a str with ensure_ascii=False)
    out = []
    for d in discrepancies:
        a, b = d.a, d.b
        text_a, text_b = texts[a.article][a.start : a.end], texts[b.article][b.start : b.end]
        cluster = "null" if d.cluster is None else text(d.cluster)
        out.append(
            f'{{"id": {text(d.id)}, "kind": {text(d.kind)}, "match": {text(d.match)}, '
            f'"a": {{"article": {text(a.article)}, "start": {a.start}, "end": {a.end}, "text": {text(text_a)}}}, '
            f'"b": {{"article": {text(b.article)}, "start": {b.start}, "end": {b.end}, "text": {text(text_b)}}}, '
            f'"summary": {text(d.summary)}, "severity": {text(d.severity)}, "detail": {text(d.detail)}, '
            f'"cluster": {cluster}, "place": {text(d.place)}}}'
        )
    return "[" + ", ".join(out) + "]"


def analysis_to_json(analysis: Analysis) -> dict:
    texts = _texts(analysis)
    early = _early_parts(analysis.articles, analysis.actors, analysis.attributions, texts)
    late = _late_parts(analysis, CreditIndex(analysis.attributions), texts)
    return {key: early[key] if key in early else late[key] for key in PARTS}


PARTS = ("articles", "matches", "clusters", "actors", "attributions", "discrepancies")  # in the JSON's order


def _early_parts(
    articles: Sequence[Article], actors: Sequence[Actor], attributions: Sequence[Attribution], texts: Texts
) -> dict[str, list]:
    """The parts that need no match (`JsonDumper` renders them while the alignment runs)."""
    return {
        "articles": [article_json(a) for a in articles],
        "actors": [
            {
                "id": actor.id,
                "name": actor.name,
                "kind": actor.kind,
                "aliases": list(actor.aliases),
                "parent": actor.parent,
                "mentions": [_passage_json(texts, m.article, m.start, m.end) for m in actor.mentions],
            }
            for actor in actors
        ],
        "attributions": [attribution_json(t, texts) for t in attributions],
    }


def _late_parts(analysis: Analysis, credits: CreditIndex, texts: Texts, listed: bool = True) -> dict[str, list]:
    """The parts that need the matches; the discrepancies only if ``listed`` (`JsonDumper` writes them itself)."""
    parts = {
        "matches": [match_json(m, credits, texts) for m in analysis.matches],
        "clusters": [
            {
                "id": c.id,
                "articles": c.article_count,
                "members": [_passage_json(texts, p.article, p.start, p.end) for p in c.members],
            }
            for c in analysis.clusters
        ],
    }
    if listed:
        parts["discrepancies"] = [discrepancy_json(d, texts) for d in analysis.discrepancies]
    return parts


class JsonDumper:
    """`json.dumps(analysis_to_json(analysis), ensure_ascii=False)`, the same text, in two steps: `early` dumps
    the articles, actors and attributions (the CLI calls it while a child process aligns), `dump` the rest,
    put together in the contract's order. Without `early`, `dump` does it all."""

    def __init__(self) -> None:
        self.done: dict[str, str] = {}
        self.inputs: tuple[Sequence[Article], Sequence[Actor], Sequence[Attribution]] | None = None

    def early(self, articles: Sequence[Article], actors: Sequence[Actor], attributions: Sequence[Attribution]) -> None:
        texts = {a.id: a.text for a in reversed(articles)}  # as `_texts` finds them
        for key, value in _early_parts(articles, actors, attributions, texts).items():
            self.done[key] = json.dumps(value, ensure_ascii=False)
        self.inputs = (articles, actors, attributions)

    def dump(self, analysis: Analysis) -> str:
        texts = _texts(analysis)
        parts = dict(self.done) if self.inputs is not None and _same(self.inputs, analysis) else {}
        if not parts:  # early saw other inputs, or was not called
            early = _early_parts(analysis.articles, analysis.actors, analysis.attributions, texts)
            parts.update((key, json.dumps(value, ensure_ascii=False)) for key, value in early.items())
        late = _late_parts(analysis, CreditIndex(analysis.attributions), texts, listed=False)
        parts.update((key, json.dumps(value, ensure_ascii=False)) for key, value in late.items())
        parts["discrepancies"] = discrepancies_json_text(analysis.discrepancies, texts)
        # What json.dumps writes for a dict without indent: {"key": value, "key": value}
        return "{" + ", ".join(f"{json.dumps(key)}: {parts[key]}" for key in PARTS) + "}"


def _same(inputs: tuple[Sequence[Article], Sequence[Actor], Sequence[Attribution]], analysis: Analysis) -> bool:
    """Whether ``inputs`` are the analysis's articles, actors and attributions (the same objects)."""
    return all(
        len(mine) == len(theirs) and all(x is y for x, y in zip(mine, theirs, strict=True))
        for mine, theirs in zip(inputs, (analysis.articles, analysis.actors, analysis.attributions), strict=True)
    )


def hits_to_json(query: str, articles: Sequence[Article], hits: Sequence[SearchHit]) -> dict:
    by_id = {a.id: a for a in articles}
    return {
        "query": query,
        "hits": [
            {
                "article": hit.article,
                **_span_json(by_id[hit.article].text, hit.start, hit.end),
                "score": round(hit.score, 2),
                "matched": [[s.start, s.end] for s in hit.matched],
            }
            for hit in hits
        ],
    }
