"""The "Differences" list: where the shown articles disagree, grouped by shared passage.

The app (or the sidebar) composes one ``DifferencesList``, feeds it the
``Analysis`` with `set_analysis`, narrows it to the two articles on screen with
`show_pair`, and listens for ``DifferencesList.DiscrepancyPicked``. For the
``d`` / ``D`` walk it asks `step` for the next or previous discrepancy and
marks it with `show_discrepancy` (which posts nothing).

Rows are ``Content`` built from literals (article text may hold ``[/]``), styled
with theme variables; the kind and severity are words, so nothing depends on
colour (NO_COLOR).
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len, set_cell_size
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from reader.core.model import Analysis, Discrepancy, Match

NOTHING = "No differences found in the shared passages."
NO_ANALYSIS = "Analysing…"
SELECTED_MARK = "● "
UNSELECTED_MARK = "  "
ROW_WIDTH = 35
KIND_LABELS = {"number": "number", "attribution": "source", "quote": "quote", "polarity": "negation", "name": "name"}
# A discrepancy not inside its passage says where it is: the passage it is listed under is only the nearest one.
PLACE_LABELS = {"beside": "next to it", "elsewhere": "elsewhere"}
SEVERITY_STYLES = {"high": "bold $error", "medium": "$warning", "low": "$text-muted"}
_CONTROL_TO_SPACE = {code: " " for code in [*range(0x00, 0x20), *range(0x7F, 0xA0)]}


def _line(text: str, cells: int) -> str:
    """``text`` on one line of at most ``cells`` cells, control characters made spaces."""
    flat = " ".join(text.translate(_CONTROL_TO_SPACE).split())
    if cell_len(flat) <= cells:
        return flat
    return set_cell_size(flat, max(0, cells - 1)).rstrip() + "…" if cells > 0 else ""


def grouped(analysis: Analysis, pair: tuple[str, str] | None = None) -> list[tuple[Match, list[Discrepancy]]]:
    """Discrepancies under their shared passage, in match order; only those between ``pair`` when given."""
    by_match: dict[str, list[Discrepancy]] = {}
    for d in analysis.discrepancies:
        if pair is None or {d.a.article, d.b.article} == set(pair):
            by_match.setdefault(d.match, []).append(d)
    return [(m, by_match[m.id]) for m in analysis.matches if m.id in by_match]


def group_prompt(analysis: Analysis, number: int, match: Match, width: int = ROW_WIDTH) -> Content:
    """``Passage 3 · A ↔ B`` over a dim snippet of the passage."""
    head = f"Passage {number} · {match.a.article} ↔ {match.b.article}"
    snippet = _line(analysis.text_of(match.a), width - 2)
    return Content.assemble((_line(head, width), "bold $accent"), "\n  ", (snippet, "dim italic"))


def discrepancy_prompt(d: Discrepancy, selected: bool = False, width: int = ROW_WIDTH) -> Content:
    """``● number    high`` over the one-line summary ``A: 23 defendants · B: 22 defendants``; ``number ·
    elsewhere`` when its two sides are not in the passage it is listed under (`Discrepancy.place`)."""
    mark = SELECTED_MARK if selected else UNSELECTED_MARK
    kind = KIND_LABELS.get(d.kind, d.kind)
    if d.place in PLACE_LABELS:
        kind = f"{kind} · {PLACE_LABELS[d.place]}"
    gap = max(1, width - len(mark) - len(kind) - len(d.severity))
    summary = _line(d.summary, width - 4)
    return Content.assemble(
        mark,
        (kind, "bold underline" if selected else "bold"),
        " " * gap,
        (d.severity, SEVERITY_STYLES.get(d.severity, "")),
        "\n    ",
        (summary, ""),
    )


class DifferencesList(OptionList):
    """Discrepancies of the shown pair of articles, under the shared passage each is in."""

    # Rows on one line, no border, a stable scrollbar gutter: reader.tcss, as for the sidebar's other lists.
    DEFAULT_CSS = """
    DifferencesList {
        height: 1fr;
    }
    """

    @dataclass
    class DiscrepancyPicked(Message):
        """The user picked a discrepancy (Enter or click): show its match with both spans."""

        discrepancy_id: str
        match_id: str

    def __init__(self, analysis: Analysis | None = None, *, id: str | None = None, width: int = ROW_WIDTH) -> None:
        super().__init__(id=id)
        self._analysis = analysis
        self._pair: tuple[str, str] | None = None
        self._selected: str | None = None
        self._width = width
        self._by_id: dict[str, Discrepancy] = {}

    def on_mount(self) -> None:
        self._rebuild()

    # The contract with the app ------------------------------------------------

    def set_analysis(self, analysis: Analysis) -> None:
        """Show a finished analysis, keeping the picked discrepancy if it still exists."""
        self._analysis = analysis
        if self._selected not in {d.id for d in analysis.discrepancies}:
            self._selected = None
        self._rebuild()

    def show_pair(self, left_id: str, right_id: str) -> None:
        """List only the discrepancies between the two articles on screen."""
        if self._pair != (left_id, right_id):
            self._pair = (left_id, right_id)
            self._rebuild()

    def show_discrepancy(self, discrepancy_id: str | None) -> None:
        """Mark ``discrepancy_id`` as the current one and move the cursor to it; posts nothing."""
        previous, self._selected = self._selected, discrepancy_id
        for changed in (previous, discrepancy_id):
            if changed is not None and changed in self._by_id:
                self._replace(changed)
        if discrepancy_id is not None:
            try:
                self.highlighted = self.get_option_index(discrepancy_id)
            except OptionDoesNotExist:
                pass

    def ordered_ids(self) -> list[str]:
        """The listed discrepancies' ids, top to bottom: the order ``d`` walks."""
        return list(self._by_id)

    def step(self, current: str | None, forward: bool = True) -> str | None:
        """The discrepancy after (or before) ``current``, wrapping round; the first (last) when ``current`` is not listed."""
        ids = self.ordered_ids()
        if not ids:
            return None
        if current not in ids:
            return ids[0] if forward else ids[-1]
        return ids[(ids.index(current) + (1 if forward else -1)) % len(ids)]

    @property
    def selected(self) -> str | None:
        return self._selected

    # Building ---------------------------------------------------------------------

    def _rebuild(self) -> None:
        analysis = self._analysis
        self._by_id = {}
        if analysis is None:
            self.set_options([Option(Content.styled(NO_ANALYSIS, "dim italic"), disabled=True)])
            return
        groups = grouped(analysis, self._pair)
        if not groups:
            self.set_options([Option(Content.styled(NOTHING, "dim italic"), disabled=True)])
            return
        number = {m.id: n for n, m in enumerate(analysis.matches, 1)}
        options: list[Option] = []
        for match, found in groups:
            options.append(
                Option(group_prompt(analysis, number[match.id], match, self._width), id=f"group-{match.id}", disabled=True)
            )
            for d in found:
                self._by_id[d.id] = d
                options.append(Option(discrepancy_prompt(d, d.id == self._selected, self._width), id=d.id))
        self.set_options(options)
        if self._selected in self._by_id:
            self.highlighted = self.get_option_index(self._selected)

    def _replace(self, discrepancy_id: str) -> None:
        d = self._by_id[discrepancy_id]
        try:
            self.replace_option_prompt(discrepancy_id, discrepancy_prompt(d, discrepancy_id == self._selected, self._width))
        except OptionDoesNotExist:
            pass

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        option_id = event.option.id
        if option_id is None or option_id not in self._by_id:
            return
        event.stop()
        self.show_discrepancy(option_id)
        self.post_message(self.DiscrepancyPicked(option_id, self._by_id[option_id].match))
