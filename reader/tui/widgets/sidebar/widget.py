"""The sidebar: actors, attributions, shared passages and differences, with a detail view of the selected one.

The app composes one ``Sidebar``, feeds it the ``Analysis`` when the
background run finishes, tells it which match and which pair of articles are
shown, and listens for the three ``*Selected`` messages. What each tab lists
and how its rows look lives in ``actors_tab``, ``attributions_tab`` and
``matches_tab``.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import events
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widget import Widget
from textual.widgets import OptionList, Static, TabbedContent, TabPane
from textual.widgets.option_list import OptionDoesNotExist

from reader.core.model import Actor, Analysis
from reader.tui.view.pairing import ShownPair, orient
from reader.tui.widgets.sidebar.actors_tab import actor_options, actor_prompt
from reader.tui.widgets.sidebar.attributions_tab import NO_ATTRIBUTIONS, attribution_rows
from reader.tui.widgets.sidebar.differences_tab import DifferenceDetail, DifferencesTab, discrepancy_content
from reader.tui.widgets.sidebar.filling import fill_in_turns
from reader.tui.widgets.sidebar.match_detail import MatchDetail
from reader.tui.widgets.sidebar.matches_tab import MATCH_ROW_LINES, cluster_sizes, listed_pairs, match_options, match_prompt
from reader.tui.widgets.sidebar.rows import ROW_WIDTH, placeholder
from reader.tui.widgets.steady import SteadyScrollbars

ANALYSING = "Analysing…"
TABS = ("tab-actors", "tab-attributions", "tab-matches", "tab-differences")


class SidebarList(OptionList, SteadyScrollbars):
    """An option list that also moves with j / k."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]

    DEFAULT_CSS = """
    SidebarList {
        height: 1fr;
        max-height: 100%;
        border: none;
        padding: 0;
        /* One row per line, cut with an ellipsis: wrapped rows lose their indent in a narrow sidebar. */
        text-wrap: nowrap;
        text-overflow: ellipsis;
        /* Rows are built for a known width (counts right-aligned): a scrollbar appearing must not change it. */
        scrollbar-gutter: stable;
        &:focus {
            border: none;
        }
    }
    """


class Sidebar(Widget):
    """Tabs Actors / Attributions / Matches / Differences, and the detail of the selected match."""

    DEFAULT_CSS = """
    Sidebar {
        height: 1fr;
        layout: vertical;
        & > #sidebar-status {
            color: $text-muted;
            text-style: italic;
            padding: 0 1;
        }
        & TabbedContent {
            height: 1fr;
        }
        & ContentSwitcher {
            height: 1fr;
        }
        & TabPane {
            height: 1fr;
            padding: 0;
        }
        & #matches-list {
            /* A short list leaves its room to the detail view below it (the height is set from the rows). */
            height: auto;
            max-height: 45%;
        }
        /* Under NO_COLOR the cursor row must not depend on a background shade (reverse is dropped by OptionList). */
        &.-no-color SidebarList > .option-list--option-highlighted {
            text-style: bold underline;
        }
    }
    """

    BINDINGS = [
        Binding("escape", "clear_actor", "Clear actor", show=False),
        Binding("left", "switch_tab(-1)", "Previous tab", show=False),
        Binding("right", "switch_tab(1)", "Next tab", show=False),
    ]

    @dataclass
    class MatchSelected(Message):
        """Posted when the user picks a shared passage in the list."""

        sidebar: Sidebar
        """The sidebar the passage was picked in."""

        match_id: str
        """The picked `Match.id`."""

        @property
        def control(self) -> Sidebar:
            """Alias for self.sidebar."""
            return self.sidebar

    @dataclass
    class ActorSelected(Message):
        """Posted when the user picks an actor, or clears the pick."""

        sidebar: Sidebar
        """The sidebar the actor was picked in."""

        actor_id: str | None
        """The picked `Actor.id`; None when the pick was cleared."""

        @property
        def control(self) -> Sidebar:
            """Alias for self.sidebar."""
            return self.sidebar

    @dataclass
    class AttributionSelected(Message):
        """Posted when the user picks an attribution."""

        sidebar: Sidebar
        """The sidebar the attribution was picked in."""

        attribution_id: str
        """The picked `Attribution.id`."""

        @property
        def control(self) -> Sidebar:
            """Alias for self.sidebar."""
            return self.sidebar

    def __init__(self, analysis: Analysis | None = None, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._analysis = analysis
        self._pair: tuple[str, str] | None = None
        self._selected_actor: str | None = None
        self._selected_match: str | None = None
        self._discrepancy: str | None = None  # the picked (or walked to) discrepancy, shown first in the details
        self._difference_shown: tuple[object, ...] = ()
        self._actors: dict[str, Actor] = {}
        self._oriented: dict[str, ShownPair] = {}
        self._cluster_sizes: dict[str, int] = {}
        self._rebuild_pending = False
        self._row_width = ROW_WIDTH

    def compose(self) -> ComposeResult:
        yield Static(Content(ANALYSING), id="sidebar-status")
        with TabbedContent(id="sidebar-tabs"):
            with TabPane("Actors", id="tab-actors"):
                yield SidebarList(id="actors-list")
            with TabPane("Attributions", id="tab-attributions"):
                yield SidebarList(id="attributions-list")
            with TabPane("Matches", id="tab-matches"):
                yield SidebarList(id="matches-list")
                yield MatchDetail(id="match-detail")
            with TabPane("Differences", id="tab-differences"):
                yield DifferencesTab(id="differences-list")
                yield DifferenceDetail(id="difference-detail")

    def on_mount(self) -> None:
        self.set_class(self.app.no_color, "-no-color")
        if self._analysis is not None:
            self._rebuild()
        else:
            for list_id in ("actors-list", "attributions-list", "matches-list"):
                self._list(list_id).set_options([placeholder(ANALYSING)])

    # The contract with the app ------------------------------------------------

    def set_analysis(self, analysis: Analysis) -> None:
        """Show a finished analysis, keeping the picked actor and match if they still exist."""
        self._analysis = analysis
        if self._selected_actor not in {actor.id for actor in analysis.actors}:
            self._selected_actor = None
        if self._selected_match not in {match.id for match in analysis.matches}:
            self._selected_match = None
        ids = [article.id for article in analysis.articles]
        if self._pair and not set(self._pair) <= set(ids):
            self._pair = None
        self._schedule_rebuild()

    def show_match(self, match_id: str | None) -> None:
        """Mark ``match_id`` as selected in the list and detail view; posts nothing."""
        previous, self._selected_match = self._selected_match, match_id
        if self._rebuild_pending or not self.is_mounted or self._analysis is None:
            return
        self._remark_match(previous)
        self._remark_match(match_id)
        if match_id is not None and match_id in self._oriented:
            self._highlight("matches-list", match_id)
        self._show_detail()

    def show_pair(self, left_id: str, right_id: str) -> None:
        """Focus the lists on the two articles shown side by side."""
        if self._pair == (left_id, right_id):
            return
        self._pair = (left_id, right_id)
        self._schedule_rebuild()

    def show_actor(self, actor_id: str | None) -> None:
        """Mark ``actor_id`` as the picked actor (None: no actor), e.g. after the app cleared it; posts nothing."""
        previous, self._selected_actor = self._selected_actor, actor_id
        if self._rebuild_pending or not self.is_mounted or self._analysis is None:
            return
        self._remark_actor(previous)
        self._remark_actor(actor_id)

    def focus_list(self) -> None:
        """Focus the open tab's list, as tab into the sidebar does."""
        tabs = self.query_one(TabbedContent)
        active = tabs.active or TABS[0]
        self.query_one(f"#{active} OptionList", OptionList).focus()

    def action_switch_tab(self, step: int) -> None:
        """Left / right: the previous or next tab, with its list focused."""
        tabs = self.query_one(TabbedContent)
        index = TABS.index(tabs.active) if tabs.active in TABS else 0
        tabs.active = TABS[(index + step) % len(TABS)]
        self.focus_list()

    # Building the lists -------------------------------------------------------

    def _list(self, list_id: str) -> OptionList:
        return self.query_one(f"#{list_id}", OptionList)

    def _shown_ids(self) -> list[str]:
        assert self._analysis is not None
        if self._pair is not None:
            return list(dict.fromkeys(self._pair))  # one article on its own shows once
        return [article.id for article in self._analysis.articles]

    def _schedule_rebuild(self) -> None:
        # The app sends set_analysis and show_pair back to back: build the lists once, after both.
        if self._rebuild_pending or not self.is_mounted or self._analysis is None:
            return
        self._rebuild_pending = True
        self.call_after_refresh(self._rebuild)

    def _laid_out_row_width(self) -> int:
        """The width rows are built for: the sidebar's inside, less the lists' scrollbar gutter."""
        inside = self.scrollable_content_region.width
        if inside <= 0:
            return self._row_width  # not laid out yet
        gutter = self._list("actors-list").styles.scrollbar_size_vertical
        return max(1, inside - gutter)

    def on_resize(self, event: events.Resize) -> None:
        # At once, not after a refresh: the first layout would otherwise show rows built for a guessed width.
        if self._laid_out_row_width() != self._row_width and not self._rebuild_pending and self._analysis is not None:
            self._rebuild()

    def _rebuild(self) -> None:
        self._rebuild_pending = False
        analysis = self._analysis
        if analysis is None:
            return
        self._row_width = width = self._laid_out_row_width()
        self.query_one("#sidebar-status", Static).display = False
        shown = self._shown_ids()
        self._actors = {actor.id: actor for actor in analysis.actors}
        self._cluster_sizes = cluster_sizes(analysis)

        self._list("actors-list").set_options(actor_options(analysis.actors, shown, self._selected_actor, width))
        attributions = self._list("attributions-list")  # a cursor from the start, so enter works at once
        fill_in_turns(
            attributions, attribution_rows(analysis, shown, width), placeholder(NO_ATTRIBUTIONS), attributions.action_first
        )

        pairs = listed_pairs(analysis.matches, shown, self._pair)
        self._oriented = {pair.id: pair for pair in pairs}
        matches_list = self._list("matches-list")
        matches_list.set_options(match_options(analysis, pairs, self._cluster_sizes, self._selected_match, width))
        # Every match row is two lines: a fixed height spares each layout (every `n`) from measuring
        # thousands of rows, which `height: auto` does.
        matches_list.styles.height = MATCH_ROW_LINES * len(pairs) or 1
        # A cursor from the start (on the current pick if any), so enter works without an arrow key first.
        self._highlight("actors-list", self._selected_actor)
        self._highlight("matches-list", self._selected_match)
        differences = self.query_one(DifferencesTab)
        differences.set_width(width)
        differences.set_analysis(analysis)
        if self._pair is not None:
            differences.show_pair(*self._pair)
        self._show_detail()

    def _highlight(self, list_id: str, option_id: str | None) -> None:
        option_list = self._list(list_id)
        try:
            option_list.highlighted = option_list.get_option_index(option_id or "")
        except OptionDoesNotExist:
            option_list.action_first()

    def _match_prompt(self, oriented: ShownPair) -> Content:
        assert self._analysis is not None
        size = self._cluster_sizes.get(oriented.match.cluster or "")
        return match_prompt(self._analysis, oriented, size, oriented.match.id == self._selected_match, self._row_width)

    def _remark_match(self, match_id: str | None) -> None:
        oriented = self._oriented.get(match_id or "")
        if oriented is not None:
            self._list("matches-list").replace_option_prompt(oriented.match.id, self._match_prompt(oriented))

    def _remark_actor(self, actor_id: str | None) -> None:
        actor = self._actors.get(actor_id or "")
        if actor is None:
            return
        try:
            prompt = actor_prompt(actor, self._shown_ids(), actor.id == self._selected_actor, self._row_width)
            self._list("actors-list").replace_option_prompt(actor.id, prompt)
        except OptionDoesNotExist:
            pass

    def show_discrepancy(self, discrepancy_id: str | None) -> None:
        """Mark ``discrepancy_id`` in the Differences list and show it first in the details; posts nothing."""
        self._discrepancy = discrepancy_id
        if self._rebuild_pending or not self.is_mounted or self._analysis is None:
            return
        self.query_one(DifferencesTab).show_discrepancy(discrepancy_id)
        self._show_detail()

    def _oriented_match(self, match_id: str | None) -> ShownPair | None:
        """The match as the panes show it (left side first); a match outside the shown pair as stored."""
        oriented = self._oriented.get(match_id or "")
        if oriented is None and self._analysis is not None and match_id is not None:
            found = next((m for m in self._analysis.matches if m.id == match_id), None)
            oriented = orient(found, found.a.article) if found is not None else None
        return oriented

    def _show_detail(self) -> None:
        analysis = self._analysis
        picked = [d for d in analysis.discrepancies if d.id == self._discrepancy] if analysis else []
        discrepancy = picked[0] if picked else None
        first = discrepancy_content(analysis, discrepancy) if analysis and discrepancy else None
        # The Differences tab: the picked discrepancy over its passage's word-level diff (redrawn only
        # when that changes: this runs on every `n`).
        shown = (id(analysis), self._discrepancy, self._pair, self._row_width)
        if shown != self._difference_shown:
            self._difference_shown = shown
            oriented = self._oriented_match(discrepancy.match) if discrepancy else None
            size = self._cluster_sizes.get(oriented.match.cluster or "") if oriented else None
            self.query_one("#difference-detail", MatchDetail).show(analysis, oriented, size, first=first)
        # The Matches tab: the selected passage, with the discrepancy first when it is in that passage.
        if discrepancy is None or discrepancy.match != self._selected_match:
            first = None
        detail = self.query_one("#match-detail", MatchDetail)
        analysis = self._analysis
        match_id = self._selected_match
        oriented = self._oriented.get(match_id or "")
        if oriented is None and analysis is not None and match_id is not None:
            # A match outside the shown pair (the app may select one from a search): show it as stored.
            found = next((m for m in analysis.matches if m.id == match_id), None)
            oriented = orient(found, found.a.article) if found is not None else None
        size = self._cluster_sizes.get(oriented.match.cluster or "") if oriented else None
        detail.show(analysis, oriented, size, first=first)

    # Reacting to the user -----------------------------------------------------

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id
        if option_id is None:
            return
        list_id = event.option_list.id
        if list_id == "actors-list":
            self._select_actor(None if option_id == self._selected_actor else option_id)
        elif list_id == "attributions-list":
            self.post_message(self.AttributionSelected(self, option_id))
        elif list_id == "matches-list":
            self.show_match(option_id)
            self.post_message(self.MatchSelected(self, option_id))

    def _select_actor(self, actor_id: str | None) -> None:
        self.show_actor(actor_id)
        self.post_message(self.ActorSelected(self, actor_id))

    def action_clear_actor(self) -> None:
        """Escape in the actors list clears the actor; anywhere else it is the app's."""
        focused = self.screen.focused
        if self._selected_actor is None or focused is None or focused.id != "actors-list":
            raise SkipAction()
        self._select_actor(None)
