"""The plain-text summary `reader analyze` prints to a terminal."""

from __future__ import annotations

from collections import Counter

from reader.core.credits import CreditIndex
from reader.core.model import Analysis
from reader.render.coverage import coverage, unique_sentences
from reader.render.snippets import article_heading, credit_line, one_line


def discrepancy_count(analysis: Analysis) -> str:
    """``3 discrepancies: number 2 · quote 1``."""
    counts = Counter(d.kind for d in analysis.discrepancies)
    total = len(analysis.discrepancies)
    line = f"{total} discrepanc{'y' if total == 1 else 'ies'}"
    if counts:
        line += ": " + " · ".join(f"{kind} {n}" for kind, n in counts.items())
    return line


def analysis_to_text(analysis: Analysis) -> str:
    lines = []
    for article in analysis.articles:
        lines.append(
            f"{article.id}  {one_line(article_heading(article), 70)}  ({len(article.sentences)} sentences, "
            f"{coverage(analysis, article):.0%} inside matches)"
        )
        for note in article.notes:
            lines.append(f"   note: {note}")
    lines.append("")
    lines.append(f"{len(analysis.matches)} shared passages")
    for n, match in enumerate(analysis.matches, 1):
        lines.append(f"{n:>3}. {match.kind:<10} {match.score:5.1f}")
        lines.append(f"     {match.a.article}: {one_line(analysis.text_of(match.a), 110)}")
        lines.append(f"     {match.b.article}: {one_line(analysis.text_of(match.b), 110)}")
    if analysis.matches:
        lines.append("")
        lines.append(discrepancy_count(analysis))
        number = {match.id: n for n, match in enumerate(analysis.matches, 1)}
        for d in analysis.discrepancies:
            place = f"[{d.place}] " if d.place != "match" else ""  # listed under the nearest passage
            lines.append(f"{number.get(d.match, 0):>3}. {d.kind:<11} {d.severity:<6} {place}{one_line(d.summary, 100)}")
        lines.append("")
        lines.append("sources: whom each article credits for each shared passage")
        credits = CreditIndex(analysis.attributions)
        for n, match in enumerate(analysis.matches, 1):
            credits_a, credits_b = credits.of_match(match)
            lines.append(f"{n:>3}. {match.a.article}: {credit_line(analysis, credits_a)}")
            lines.append(f"     {match.b.article}: {credit_line(analysis, credits_b)}")
    for article in analysis.articles:
        unique = unique_sentences(analysis, article)
        lines.append("")
        lines.append(f"only in {article.id} ({one_line(article.display_name, 40)}): {len(unique)} sentences")
        lines += [f"   - {one_line(article.slice(s), 110)}" for s in unique]
    lines.append("")
    lines.append(f"{len(analysis.actors)} actors")
    for actor in analysis.actors[:25]:
        counts = Counter(m.article for m in actor.mentions)
        per_article = " ".join(f"{a.id}:{counts[a.id]}" for a in analysis.articles)
        lines.append(f"   {one_line(actor.name, 40):<40} {actor.kind:<12} {per_article}")
    if len(analysis.actors) > 25:
        lines.append(f"   … and {len(analysis.actors) - 25} more (--format markdown lists all)")
    lines.append("")
    lines.append(f"{len(analysis.attributions)} attributions")
    return "\n".join(lines) + "\n"
