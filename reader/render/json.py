"""Renderings of an `Analysis` for the command line: JSON, Markdown, plain text.

The JSON field names are a contract other tools rely on (see the README):
extra fields may be added, named ones never renamed or removed.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.core.credits import CreditIndex
from reader.core.model import Analysis, Article, Attribution, Discrepancy, Match, Passage, SearchHit


def _span_json(article: Article, start: int, end: int) -> dict:
    return {"start": start, "end": end, "text": article.text[start:end]}


def _passage_json(analysis: Analysis, passage: Passage) -> dict:
    return {"article": passage.article, **_span_json(analysis.article(passage.article), passage.start, passage.end)}


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


def match_json(analysis: Analysis, match: Match, credits: CreditIndex) -> dict:
    credits_a, credits_b = credits.of_match(match)
    return {
        "id": match.id,
        "a": _passage_json(analysis, match.a),
        "b": _passage_json(analysis, match.b),
        "score": round(match.score, 2),
        "kind": match.kind,
        "shared": [{"a": [r.a.start, r.a.end], "b": [r.b.start, r.b.end]} for r in match.shared],
        "cluster": match.cluster,
        "attributions": {"a": [t.id for t in credits_a], "b": [t.id for t in credits_b]},
    }


def attribution_json(analysis: Analysis, attribution: Attribution) -> dict:
    article = analysis.article(attribution.article)
    source = None
    if attribution.source is not None:
        source = {**_span_json(article, attribution.source.start, attribution.source.end), "actor": attribution.source_actor}
    return {
        "id": attribution.id,
        "article": attribution.article,
        "source": source,
        "cue": _span_json(article, attribution.cue.start, attribution.cue.end),
        "content": _span_json(article, attribution.content.start, attribution.content.end),
        "kind": attribution.kind,
        "anonymous": attribution.anonymous,
        "cue_class": attribution.cue_class,
    }


def discrepancy_json(analysis: Analysis, discrepancy: Discrepancy) -> dict:
    return {
        "id": discrepancy.id,
        "kind": discrepancy.kind,
        "match": discrepancy.match,
        "a": _passage_json(analysis, discrepancy.a),
        "b": _passage_json(analysis, discrepancy.b),
        "summary": discrepancy.summary,
        "severity": discrepancy.severity,
        "detail": discrepancy.detail,
        "cluster": discrepancy.cluster,
    }


def analysis_to_json(analysis: Analysis) -> dict:
    credits = CreditIndex(analysis.attributions)
    return {
        "articles": [article_json(a) for a in analysis.articles],
        "matches": [match_json(analysis, m, credits) for m in analysis.matches],
        "clusters": [
            {
                "id": c.id,
                "articles": c.article_count,
                "members": [_passage_json(analysis, p) for p in c.members],
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
                "mentions": [_passage_json(analysis, Passage(m.article, m.start, m.end)) for m in actor.mentions],
            }
            for actor in analysis.actors
        ],
        "attributions": [attribution_json(analysis, t) for t in analysis.attributions],
        "discrepancies": [discrepancy_json(analysis, d) for d in analysis.discrepancies],
    }


def hits_to_json(query: str, articles: Sequence[Article], hits: Sequence[SearchHit]) -> dict:
    by_id = {a.id: a for a in articles}
    return {
        "query": query,
        "hits": [
            {
                "article": hit.article,
                **_span_json(by_id[hit.article], hit.start, hit.end),
                "score": round(hit.score, 2),
                "matched": [[s.start, s.end] for s in hit.matched],
            }
            for hit in hits
        ],
    }
