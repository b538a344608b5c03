"""The Markdown comparison report: a document to read or share."""

from __future__ import annotations

from collections import Counter

from reader.core.credits import CreditIndex
from reader.core.model import Analysis
from reader.render.coverage import coverage, unique_sentences
from reader.render.snippets import article_heading, credit_line, one_line


def _md_cell(text: str) -> str:
    """Article text inside a Markdown table cell: pipes and newlines would break the table."""
    return " ".join(text.split()).replace("\\", "\\\\").replace("|", "\\|")


def _md_text(text: str) -> str:
    """Article text in a Markdown paragraph, shown literally (no emphasis, links or HTML)."""
    out = []
    for ch in " ".join(text.split()):
        out.append("\\" + ch if ch in "\\`*_{}[]<>#|" else ch)
    return "".join(out)


def where_they_differ(analysis: Analysis) -> list[str]:
    """The "Where they differ" section: each discrepancy under the shared passage it is in (or nearest to:
    its `place`)."""
    lines = [f"## Where they differ ({len(analysis.discrepancies)})", ""]
    if not analysis.discrepancies:
        return [*lines, "No discrepancy found inside the shared passages.", ""]
    number = {match.id: n for n, match in enumerate(analysis.matches, 1)}
    lines += [
        "Place: `match` in the passage, `beside` in the sentence next to it, `elsewhere` in sentences no passage "
        "pairs (listed under the nearest passage).",
        "",
        "| passage | place | kind | severity | where they differ |",
        "| --- | --- | --- | --- | --- |",
    ]
    for d in analysis.discrepancies:
        kind = f"{d.kind} ({d.detail})" if d.detail and d.kind in ("number", "attribution", "name") else d.kind
        lines.append(f"| {number.get(d.match, '?')} | {d.place} | {_md_cell(kind)} | {d.severity} | {_md_cell(d.summary)} |")
    lines.append("")
    return lines


def analysis_to_markdown(analysis: Analysis) -> str:
    lines = ["# Comparison report", ""]
    lines += ["| id | article | path | sentences | inside matches |", "| --- | --- | --- | --- | --- |"]
    for article in analysis.articles:
        lines.append(
            f"| {article.id} | {_md_cell(article_heading(article))} | `{_md_cell(article.path)}` "
            f"| {len(article.sentences)} | {coverage(analysis, article):.0%} |"
        )
    lines.append("")

    lines += [f"## Shared passages ({len(analysis.matches)})", ""]
    if not analysis.matches:
        lines += [
            "No passage is reported by two articles." if len(analysis.articles) > 1 else "Only one article: nothing to compare.",
            "",
        ]
    for n, match in enumerate(analysis.matches, 1):
        lines += [
            f"### {n}. {match.kind}, score {match.score:.0f} ({match.a.article} ↔ {match.b.article})",
            "",
            f"| {match.a.article} | {match.b.article} |",
            "| --- | --- |",
            f"| {_md_cell(analysis.text_of(match.a))} | {_md_cell(analysis.text_of(match.b))} |",
            "",
        ]

    lines += where_they_differ(analysis)

    lines += ["## Sources", "", "Whom each article credits for each shared claim.", ""]
    credits = CreditIndex(analysis.attributions)
    if analysis.matches:
        lines += ["| # | claim | credited in first | credited in second |", "| --- | --- | --- | --- |"]
        for n, match in enumerate(analysis.matches, 1):
            credits_a, credits_b = credits.of_match(match)
            lines.append(
                f"| {n} | {_md_cell(one_line(analysis.text_of(match.a), 80))} "
                f"| {match.a.article}: {_md_cell(credit_line(analysis, credits_a))} "
                f"| {match.b.article}: {_md_cell(credit_line(analysis, credits_b))} |"
            )
        lines.append("")

    for article in analysis.articles:
        unique = unique_sentences(analysis, article)
        lines += [f"## Only in {article.id}: {_md_text(article_heading(article))} ({len(unique)} sentences)", ""]
        lines += [f"- {_md_text(article.slice(s))}" for s in unique] or ["(nothing: every sentence is matched)"]
        lines.append("")

    lines += [f"## Actors ({len(analysis.actors)})", "", "| actor | kind | mentions | also called |", "| --- | --- | --- | --- |"]
    for actor in analysis.actors:
        counts = Counter(m.article for m in actor.mentions)
        per_article = " · ".join(f"{a.id} {counts[a.id]}" for a in analysis.articles)
        lines.append(f"| {_md_cell(actor.name)} | {actor.kind} | {per_article} | {_md_cell(', '.join(actor.aliases))} |")
    lines.append("")

    lines += [
        f"## Attributions ({len(analysis.attributions)})",
        "",
        "| article | source | cue | kind | content |",
        "| --- | --- | --- | --- | --- |",
    ]
    for t in analysis.attributions:
        text = analysis.article(t.article).text
        source = t.source.slice(text) if t.source else "—"
        lines.append(
            f"| {t.article} | {_md_cell(source)}{' (anonymous)' if t.anonymous else ''} | {_md_cell(t.cue.slice(text))} "
            f"| {t.kind} | {_md_cell(one_line(t.content.slice(text), 100))} |"
        )
    lines.append("")
    return "\n".join(lines)
