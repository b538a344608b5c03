"""Short one-line renderings of article text, shared by the reports and the app.

Plain strings only: callers that display them in the app wrap them in
Content/Text, never in markup.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.model import Analysis, Article, Attribution

_WHITESPACE = re.compile(r"\s+")
_EDGE_PUNCTUATION = " ,;:.\"'“”‘’"
SNIPPET_CHARS = 160


def one_line(text: str, limit: int = SNIPPET_CHARS) -> str:
    """``text`` on one line, cut at a word boundary with an ellipsis past ``limit`` characters."""
    line = _WHITESPACE.sub(" ", text).strip()
    if len(line) <= limit:
        return line
    cut = line[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


def credit_phrase(analysis: Analysis, attribution: Attribution) -> str:
    """``According to the report (Al-Ahram)`` or ``Ashraf Abu Al-Houl said``, in the article's word order.

    The resolved actor's name is added when the source text does not already
    say it, and unnamed sources are marked, since whom an outlet credits is
    the point of showing it.
    """
    text = analysis.article(attribution.article).text
    cue = one_line(attribution.cue.slice(text), 40).strip(_EDGE_PUNCTUATION)
    source = one_line(attribution.source.slice(text), 40).strip(_EDGE_PUNCTUATION) if attribution.source else ""
    if source and attribution.source is not None and attribution.source.start < attribution.cue.start:
        phrase = f"{source} {cue}"
    else:
        phrase = f"{cue} {source}".strip()
    name = _actor_name(analysis, attribution.source_actor)
    if name and name.casefold() not in source.casefold():
        phrase += f" ({one_line(name, 40)})"
    if attribution.anonymous:
        phrase += " (anonymous)"
    return phrase or attribution.kind


def credit_line(analysis: Analysis, attributions: Sequence[Attribution]) -> str:
    """Every distinct credit phrase of a passage, or ``no attribution``."""
    if not attributions:
        return "no attribution"
    return "; ".join(dict.fromkeys(credit_phrase(analysis, a) for a in attributions))


def _actor_name(analysis: Analysis, actor_id: str | None) -> str | None:
    if actor_id is None:
        return None
    for actor in analysis.actors:
        if actor.id == actor_id:
            return actor.name
    return None


def article_heading(article: Article) -> str:
    """The article's label, with its source and date when known: a report's name for it."""
    bits = [article.display_name]
    if article.title and article.title != article.display_name:
        bits.append(article.title)
    if article.date:
        bits.append(article.date)
    return " · ".join(bits)
