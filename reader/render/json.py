"""Renderings of an `Analysis` for the command line: JSON, Markdown, plain text.

The JSON field names are a contract other tools rely on (see the README):
extra fields may be added, named ones never renamed or removed.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.core.credits import CreditIndex
from reader.core.model import Analysis, Article, Attribution, Discrepancy, Match, SearchHit


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


def analysis_to_json(analysis: Analysis) -> dict:
    credits = CreditIndex(analysis.attributions)
    texts = _texts(analysis)
    return {
        "articles": [article_json(a) for a in analysis.articles],
        "matches": [match_json(m, credits, texts) for m in analysis.matches],
        "clusters": [
            {
                "id": c.id,
                "articles": c.article_count,
                "members": [_passage_json(texts, p.article, p.start, p.end) for p in c.members],
            }
            for c in analysis.clusters
        ],
        "actors": [
            {
                "id": actor.id,
                "name": actor.name,
                "kind": actor.kind,
                "aliases": list(actor.aliases),
                "parent": actor.parent,
                "mentions": [_passage_json(texts, m.article, m.start, m.end) for m in actor.mentions],
            }
            for actor in analysis.actors
        ],
        "attributions": [attribution_json(t, texts) for t in analysis.attributions],
        "discrepancies": [discrepancy_json(d, texts) for d in analysis.discrepancies],
    }


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
