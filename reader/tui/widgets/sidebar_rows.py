"""The rows of the sidebar lists, built as Content from an Analysis.

Every string that comes from an article (names, snippets, sources, cues)
goes into a ``Content`` object as a literal, never through markup: Textual
parses markup strings, and article text such as ``[/]`` or ``[Smith]``
would crash the widget or vanish. Styles name theme variables (``$accent``)
so the rows follow the app's theme.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from textual.content import Content

from reader.model import Actor, Analysis, Attribution, Match, Passage, SharedRun, Span

# Shown in front of the committed selection so it stays visible without colour (NO_COLOR).
SELECTED_MARK = "● "
UNSELECTED_MARK = "  "

KIND_LABELS = {"organization": "org"}

_WHITESPACE = re.compile(r"\s+")
# Control characters become spaces (same length, so offsets still line up):
# Content silently drops some of them and a raw ESC would reach the terminal.
_CONTROL_TO_SPACE = {code: " " for code in [*range(0x00, 0x20), *range(0x7F, 0xA0)] if chr(code) not in "\n\t"}


def displayable(text: str) -> str:
    return text.translate(_CONTROL_TO_SPACE)


def snippet(text: str, limit: int = 70) -> str:
    """One line of at most ``limit`` characters, cut at a word boundary."""
    line = _WHITESPACE.sub(" ", text).strip()
    if len(line) <= limit:
        return line
    cut = line[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


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


def actor_prompt(actor: Actor, article_ids: Sequence[str], selected: bool = False) -> Content:
    """``● Hamas  org  A 9 · B 12`` and, when the actor has aliases, a dim second line."""
    counts = mention_counts(actor)
    count_parts = " · ".join(f"{article_id} {counts.get(article_id, 0)}" for article_id in article_ids)
    parts: list[str | Content | tuple[str, str]] = [
        SELECTED_MARK if selected else UNSELECTED_MARK,
        (snippet(displayable(actor.name), 60), "bold underline" if selected else "bold"),
        "  ",
        (KIND_LABELS.get(actor.kind, actor.kind), "$secondary italic"),
        "  ",
        (count_parts, "dim"),
    ]
    aliases = [snippet(displayable(alias), 60) for alias in actor.aliases if alias != actor.name]
    if aliases:
        parts += ["\n    ", ("aka " + ", ".join(aliases), "dim italic")]
    return Content.assemble(*parts)


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
        return "actor:" + attribution.source_actor, snippet(displayable(actor_names[attribution.source_actor]), 60)
    if attribution.source is not None:
        text = _WHITESPACE.sub(" ", passage_text(analysis, attribution.source, attribution.article)).strip()
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


def group_header(group: AttributionGroup) -> Content:
    parts: list[str | tuple[str, str]] = [(group.label, "bold $accent"), (f"  ({len(group.attributions)})", "dim")]
    if group.anonymous and group.label != "anonymous":
        parts.append(("  anonymous", "italic $warning"))
    return Content.assemble(*parts)


def attribution_prompt(analysis: Analysis, attribution: Attribution, in_anonymous_group: bool) -> Content:
    """``  A  said  “content…”`` with an anonymous badge when the group does not already say so."""
    cue = _WHITESPACE.sub(" ", passage_text(analysis, attribution.cue, attribution.article)).strip()
    content = snippet(passage_text(analysis, attribution.content, attribution.article), 80)
    parts: list[str | tuple[str, str]] = ["  ", (attribution.article, "bold $primary"), "  "]
    if attribution.anonymous and not in_anonymous_group:
        parts += [("anonymous", "italic $warning"), "  "]
    parts += [(cue or attribution.kind, "italic $secondary"), "  ", "“", content, "”"]
    return Content.assemble(*parts)


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


def match_prompt(
    analysis: Analysis,
    oriented: OrientedMatch,
    cluster_size: int | None,
    selected: bool = False,
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
        parts += ["  ", (f"in {cluster_size} of {article_count} articles", "$accent")]
    parts += ["\n    ", (snippet(passage_text(analysis, oriented.left), 60), "dim")]
    return Content.assemble(*parts)
