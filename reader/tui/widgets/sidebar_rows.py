"""The rows of the sidebar lists, built as Content from an Analysis.

Every string that comes from an article (names, snippets, sources, cues)
goes into a ``Content`` object as a literal, never through markup: Textual
parses markup strings, and article text such as ``[/]`` or ``[Smith]``
would crash the widget or vanish. Styles name theme variables (``$accent``)
so the rows follow the app's theme.

Rows are built for a width (the list's, see ``Sidebar``): what matters most
in a row (an actor's counts, a group's size, a closing quote) is placed so
it is never the part the list's ellipsis cuts off.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from rich.cells import cell_len, set_cell_size
from textual.content import Content

from reader.core.model import Actor, Analysis, Attribution, Match, Passage, SharedRun, Span
from reader.render.snippets import one_line

# Shown in front of the committed selection so it stays visible without colour (NO_COLOR).
SELECTED_MARK = "● "
UNSELECTED_MARK = "  "

KIND_LABELS = {"organization": "org"}

# The sidebar's 38 columns less its border and the list's scrollbar gutter.
ROW_WIDTH = 35
INDENT = "    "
MIN_NAME = 8  # cells an actor name keeps before its counts turn compact

# Control characters become spaces (same length, so offsets still line up):
# Content silently drops some of them and a raw ESC would reach the terminal.
_CONTROL_TO_SPACE = {code: " " for code in [*range(0x00, 0x20), *range(0x7F, 0xA0)] if chr(code) not in "\n\t"}


def displayable(text: str) -> str:
    return text.translate(_CONTROL_TO_SPACE)


def fit(text: str, cells: int) -> str:
    """``text`` in at most ``cells`` terminal cells, cut with an ellipsis."""
    if cell_len(text) <= cells:
        return text
    if cells <= 0:
        return ""
    return set_cell_size(text, cells - 1).rstrip() + "…"


def passage_text(analysis: Analysis, passage: Passage | Span, article_id: str | None = None) -> str:
    """The text of a passage (or of a span in ``article_id``); empty if the article is unknown."""
    if isinstance(passage, Passage):
        article_id = passage.article
    try:
        text = analysis.article(article_id or "").text
    except KeyError:
        return ""
    return displayable(text[passage.start : passage.end])


# Actors ---------------------------------------------------------------------


def mention_counts(actor: Actor) -> Counter[str]:
    return Counter(mention.article for mention in actor.mentions)


def visible_actors(actors: Sequence[Actor], article_ids: Sequence[str]) -> list[Actor]:
    """Actors mentioned in the shown articles, most mentioned first."""
    shown = set(article_ids)

    def weight(actor: Actor) -> int:
        return sum(1 for mention in actor.mentions if mention.article in shown)

    kept = [actor for actor in actors if not actor.mentions or weight(actor)]
    return sorted(kept, key=lambda actor: (-weight(actor), actor.name.casefold()))


def count_label(actor: Actor, article_ids: Sequence[str], compact: bool = False) -> str:
    """Mentions per shown article: ``A 9 · B 12``, or ``9·12`` where room is short."""
    counts = mention_counts(actor)
    if compact:
        return "·".join(str(counts.get(article_id, 0)) for article_id in article_ids)
    return " · ".join(f"{article_id} {counts.get(article_id, 0)}" for article_id in article_ids)


def actor_prompt(actor: Actor, article_ids: Sequence[str], selected: bool = False, width: int = ROW_WIDTH) -> Content:
    """``● Hamas            A 9 · B 12`` (counts right-aligned, the name cut to make room)
    over a dim ``    org · aka Hamas's``."""
    mark = SELECTED_MARK if selected else UNSELECTED_MARK
    counts = count_label(actor, article_ids)
    if width - len(mark) - 2 - cell_len(counts) < MIN_NAME:
        counts = count_label(actor, article_ids, compact=True)
    name = fit(one_line(displayable(actor.name)), max(1, width - len(mark) - 2 - cell_len(counts)))
    gap = max(2, width - len(mark) - cell_len(name) - cell_len(counts))
    detail = KIND_LABELS.get(actor.kind, actor.kind)
    aliases = [one_line(displayable(alias)) for alias in actor.aliases if alias != actor.name]
    if aliases:
        detail += " · aka " + ", ".join(aliases)
    detail = fit(detail, width - len(INDENT))
    kind_end = min(len(detail), len(KIND_LABELS.get(actor.kind, actor.kind)))
    return Content.assemble(
        mark,
        (name, "bold underline" if selected else "bold"),
        " " * gap,
        (counts, "dim"),
        "\n" + INDENT,
        (detail[:kind_end], "$text-muted italic"),
        (detail[kind_end:], "dim italic"),
    )


# Attributions ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AttributionGroup:
    """Attributions that credit one source, in the order they appear."""

    label: str
    anonymous: bool  # every attribution in the group is anonymous
    attributions: tuple[Attribution, ...]


def _source_key(analysis: Analysis, attribution: Attribution, actor_names: dict[str, str]) -> tuple[str, str]:
    """(grouping key, display label) of an attribution's source."""
    if attribution.source_actor and attribution.source_actor in actor_names:
        return "actor:" + attribution.source_actor, one_line(displayable(actor_names[attribution.source_actor]), 60)
    if attribution.source is not None:
        text = one_line(passage_text(analysis, attribution.source, attribution.article))
        if text:
            # Case-folded so "Egyptian sources" and "egyptian sources" are one group.
            return "text:" + text.casefold(), text
    if attribution.anonymous:
        return "anonymous", "anonymous"
    return "none", "no named source"


def group_attributions(analysis: Analysis, article_ids: Sequence[str]) -> list[AttributionGroup]:
    """Attributions in ``article_ids`` grouped by source, biggest group first."""
    shown = {article_id: order for order, article_id in enumerate(article_ids)}
    actor_names = {actor.id: actor.name for actor in analysis.actors}
    labels: dict[str, str] = {}
    members: dict[str, list[Attribution]] = {}
    for attribution in analysis.attributions:
        if attribution.article not in shown:
            continue
        key, label = _source_key(analysis, attribution, actor_names)
        labels.setdefault(key, label)
        members.setdefault(key, []).append(attribution)
    groups = []
    for key, attributions in members.items():
        attributions.sort(key=lambda a: (shown[a.article], a.cue.start))
        groups.append(
            AttributionGroup(
                label=labels[key],
                anonymous=all(a.anonymous for a in attributions),
                attributions=tuple(attributions),
            )
        )
    groups.sort(key=lambda group: (-len(group.attributions), group.label.casefold()))
    return groups


def group_header(group: AttributionGroup, width: int = ROW_WIDTH) -> Content:
    """``Al-Ahram  (3)``: the label is cut, never the count or the anonymous badge."""
    count = f"  ({len(group.attributions)})"
    badge = "  anonymous" if group.anonymous and group.label != "anonymous" else ""
    label = fit(group.label, max(1, width - len(count) - len(badge)))
    return Content.assemble((label, "bold $accent"), (count, "dim"), (badge, "italic $warning"))


CUE_CELLS = 14  # a long cue ("According to the statement") gives way to the content
MIN_CONTENT = 12  # a few words of content, even if the list has to cut the row at a very narrow width


def attribution_prompt(analysis: Analysis, attribution: Attribution, in_anonymous_group: bool, width: int = ROW_WIDTH) -> Content:
    """``  A  said  “content…”`` with an anonymous badge when the group does not already say so."""
    article = fit(one_line(displayable(attribution.article)), 6)
    parts: list[str | tuple[str, str]] = ["  ", (article, "bold"), "  "]
    if attribution.anonymous and not in_anonymous_group:
        parts += [("anonymous", "italic $warning"), "  "]
    used = sum(cell_len(part if isinstance(part, str) else part[0]) for part in parts)
    cue_room = max(4, min(CUE_CELLS, width - used - 4 - MIN_CONTENT))
    cue = fit(one_line(passage_text(analysis, attribution.cue, attribution.article)) or attribution.kind, cue_room)
    room = max(MIN_CONTENT, width - used - cell_len(cue) - 4)
    content = one_line(passage_text(analysis, attribution.content, attribution.article), room)
    return Content.assemble(*parts, (cue, "italic $text-muted"), "  “", fit(content, room), "”")


# Matches --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OrientedMatch:
    """A match seen from a pair of panes: ``left`` is the side in the left article."""

    match: Match
    left: Passage
    right: Passage
    left_shared: tuple[Span, ...]
    right_shared: tuple[Span, ...]


def orient(match: Match, left_id: str) -> OrientedMatch:
    runs: Sequence[SharedRun] = match.shared
    if match.b.article == left_id and match.a.article != left_id:
        return OrientedMatch(match, match.b, match.a, tuple(r.b for r in runs), tuple(r.a for r in runs))
    return OrientedMatch(match, match.a, match.b, tuple(r.a for r in runs), tuple(r.b for r in runs))


def pair_matches(matches: Sequence[Match], left_id: str, right_id: str) -> list[OrientedMatch]:
    """Matches between the two shown articles, in reading order of the left one."""
    pair = {left_id, right_id}
    found = [orient(match, left_id) for match in matches if {match.a.article, match.b.article} == pair]
    found.sort(key=lambda oriented: (oriented.left.start, oriented.right.start))
    return found


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
    oriented: OrientedMatch,
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
    text = one_line(passage_text(analysis, oriented.left), max(12, width - len(INDENT)))
    parts += ["\n" + INDENT, (fit(text, max(12, width - len(INDENT))), "dim")]
    return Content.assemble(*parts)
