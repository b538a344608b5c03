"""The Actors tab: who the shown articles mention, most mentioned first, with counts per article."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from rich.cells import cell_len
from textual.content import Content
from textual.widgets.option_list import Option

from reader.core.model import Actor
from reader.render.snippets import one_line
from reader.tui.widgets.sidebar.rows import INDENT, ROW_WIDTH, SELECTED_MARK, UNSELECTED_MARK, displayable, fit, placeholder

KIND_LABELS = {"organization": "org"}
MIN_NAME = 8  # cells an actor name keeps before its counts turn compact


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


def actor_options(actors: Sequence[Actor], article_ids: Sequence[str], selected: str | None, width: int) -> list[Option]:
    """The list's rows: the actors of ``article_ids``, the ``selected`` one marked."""
    shown = visible_actors(actors, article_ids)
    rows = [Option(actor_prompt(actor, article_ids, actor.id == selected, width), id=actor.id) for actor in shown]
    return rows or [placeholder("No actors found")]
