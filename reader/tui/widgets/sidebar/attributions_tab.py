"""The Attributions tab: who said what in the shown articles, grouped by source, biggest group first."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from textual.content import Content
from textual.widgets.option_list import Option

from reader.core.model import Analysis, Attribution
from reader.render.snippets import one_line
from reader.tui.widgets.sidebar.rows import INDENT, ROW_WIDTH, displayable, fit, passage_text


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
ONE_LINE_CONTENT = 30  # below this much room beside the cue, the content takes a second line


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
    if room < ONE_LINE_CONTENT:
        # Too little room beside the cue: the content gets a line of its own, so it is not cut to a few words.
        cue = fit(one_line(passage_text(analysis, attribution.cue, attribution.article)) or attribution.kind, width - used)
        room = max(MIN_CONTENT, width - len(INDENT) - 2)
        content = one_line(
            passage_text(analysis, attribution.content, attribution.article)
        )  # fit cuts it to the room exactly: a word-boundary cut lost up to 8 cells
        return Content.assemble(*parts, (cue, "italic $text-muted"), "\n" + INDENT + "“", fit(content, room), "”")
    content = one_line(passage_text(analysis, attribution.content, attribution.article))
    return Content.assemble(*parts, (cue, "italic $text-muted"), "  “", fit(content, room), "”")


NO_ATTRIBUTIONS = "No attributions found"


def attribution_rows(analysis: Analysis, article_ids: Sequence[str], width: int) -> Iterator[Option]:
    """The list's rows as they are built: a header per source (not selectable), then its attributions."""
    for group in group_attributions(analysis, article_ids):
        yield Option(group_header(group, width), disabled=True)
        for attribution in group.attributions:
            yield Option(attribution_prompt(analysis, attribution, group.anonymous, width), id=attribution.id)
