"""The Matches tab: the shared passages between the shown articles, in reading order of the left one.

A row is a `ShownPair` (the same oriented match the panes paint), so the list,
the detail view and the panes agree on which side is left.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content
from textual.widgets.option_list import Option

from reader.core.model import Analysis, Match
from reader.render.snippets import one_line
from reader.tui.view.pairing import ShownPair, orient, shown_pairs
from reader.tui.widgets.sidebar.rows import INDENT, ROW_WIDTH, SELECTED_MARK, UNSELECTED_MARK, fit, passage_text, placeholder

MATCH_ROW_LINES = 2  # see match_prompt


def listed_pairs(matches: Sequence[Match], shown: Sequence[str], pair: tuple[str, str] | None) -> list[ShownPair]:
    """The matches the list shows: those between the two panes, or (no pair yet) all, by article then position."""
    if pair is not None:
        return list(shown_pairs(matches, *pair))
    order = {article_id: index for index, article_id in enumerate(shown)}
    return sorted(
        (orient(match, match.a.article) for match in matches),
        key=lambda o: (order.get(o.left.article, len(order)), o.left.start, o.right.start),
    )


def cluster_sizes(analysis: Analysis) -> dict[str, int]:
    return {cluster.id: cluster.article_count for cluster in analysis.clusters}


def kind_style(kind: str) -> str:
    return "bold $success" if kind == "verbatim" else "bold $warning"


def cluster_label(cluster_size: int, article_count: int, room: int) -> str:
    """The longest of ``in 3 of 4 articles``, ``3 of 4 articles``, ``3/4`` that fits ``room``."""
    for label in (f"in {cluster_size} of {article_count} articles", f"{cluster_size} of {article_count} articles"):
        if len(label) <= room:
            return label
    return f"{cluster_size}/{article_count}"


def match_prompt(
    analysis: Analysis,
    oriented: ShownPair,
    cluster_size: int | None,
    selected: bool = False,
    width: int = ROW_WIDTH,
) -> Content:
    """``● 92  verbatim  in 3 of 4 articles`` over a dim snippet of the left side."""
    match = oriented.match
    parts: list[str | tuple[str, str]] = [
        SELECTED_MARK if selected else UNSELECTED_MARK,
        (f"{match.score:3.0f}", "bold underline" if selected else "bold"),
        "  ",
        (match.kind, kind_style(match.kind)),
    ]
    article_count = len(analysis.articles)
    if article_count >= 3 and cluster_size:
        used = len(SELECTED_MARK) + 3 + 2 + len(match.kind) + 2
        parts += ["  ", (cluster_label(cluster_size, article_count, width - used), "$accent")]
    text = one_line(passage_text(analysis, oriented.left))  # fit below cuts to the room exactly
    parts += ["\n" + INDENT, (fit(text, max(12, width - len(INDENT))), "dim")]
    return Content.assemble(*parts)


def match_options(
    analysis: Analysis, pairs: Sequence[ShownPair], sizes: dict[str, int], selected: str | None, width: int
) -> list[Option]:
    rows = [
        Option(match_prompt(analysis, pair, sizes.get(pair.match.cluster or ""), pair.id == selected, width), id=pair.id)
        for pair in pairs
    ]
    return rows or [placeholder("No shared passages")]
