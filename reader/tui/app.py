"""The reader app: two articles side by side, the sidebar, search; wires the widgets together."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from textual import on
from textual.app import App, ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.reactive import var
from textual.widgets import Static

from reader.core.model import Actor, Analysis, Article, Match, Passage
from reader.render.snippets import one_line
from reader.tui import trace
from reader.tui.actions import ScreenTools
from reader.tui.background import PROCESSES_FROM_CHARS, BackgroundWork, LexiconFiles, settle_garbage_collector
from reader.tui.commands import ActorCommands, MatchCommands, PassageCommands
from reader.tui.differences import DifferenceWalk
from reader.tui.garbage import CollectWhenIdle
from reader.tui.keys import APP_BINDINGS
from reader.tui.paint import paint_pairs, paint_selected, paint_walk
from reader.tui.view.highlights import DISCREPANCY_HUE, MENTION_HUE, PAIR_HUES
from reader.tui.view.names import analysis_summary, lettered
from reader.tui.view.pairing import ShownPair, next_pair_index, pair_at, shown_pairs, wrap_note
from reader.tui.view.walk import Walk, attribution_passage
from reader.tui.widgets.article_pane import ArticlePane
from reader.tui.widgets.article_title import ArticleTitle
from reader.tui.widgets.footer import ReaderFooter
from reader.tui.widgets.legend import Legend
from reader.tui.widgets.search_bar import SearchBar
from reader.tui.widgets.side_by_side import follow, line_up_pair, reading_row
from reader.tui.widgets.sidebar import Sidebar

if TYPE_CHECKING:
    from reader.core.lexicons import Lexicons
    from reader.core.search import SearchIndex
    from reader.tui.preload import Ahead
    from reader.tui.settings import Settings
    from reader.tui.view.wrap import WrappedText


class ReaderApp(BackgroundWork, ScreenTools, DifferenceWalk, CollectWhenIdle):
    CSS_PATH = "reader.tcss"
    TITLE = "reader"
    COMMANDS = App.COMMANDS | {ActorCommands, MatchCommands, PassageCommands}
    BINDINGS = APP_BINDINGS
    linked: var[bool] = var(True)
    """Scrolling one pane scrolls the other so their pairs stay level (`l` toggles)."""

    selected: var[str | None] = var(None)
    """The id of the pair shown as selected (reversed in both panes, marked in the sidebar); None: none."""

    def __init__(
        self,
        articles: Sequence[Article],
        lexicons: Lexicons | LexiconFiles | None = None,
        notices: Sequence[str] = (),
        *,
        processes: bool | None = None,
        remember: bool = True,
        settings: Settings | None = None,
        first_wraps: Mapping[str, WrappedText] | None = None,
    ) -> None:
        """``processes``: analyse and index in child processes, so keys never wait for them; False: in
        threads of this process (tests, which replace `analyze`); None: processes for texts big enough to matter.
        ``remember``: read and write the user's settings file (False: defaults, nothing written; screenshots).
        ``notices``: warnings to show once the screen is up (a config file that was skipped).
        ``lexicons``: built, or the user's files for the analysis process to build.
        ``settings``, ``first_wraps``: made ahead (`preload.Ahead`): the settings; by article id, its pane's lines."""
        super().__init__()
        self.articles = tuple(articles)
        self.lexicons = lexicons
        self.notices = tuple(notices)
        self.remember = remember
        self.settings = self.load_settings(settings)  # now: Textual's start-up sets a theme, which would be saved over it
        self._first_wraps = dict(first_wraps or {})
        total = sum(len(article.text) for article in self.articles)
        self.processes = total >= PROCESSES_FROM_CHARS if processes is None else processes
        self.analysis: Analysis | None = None
        self.search_index: SearchIndex | None = None
        self.pair_ids = (self.articles[0].id, self.articles[1 % len(self.articles)].id)
        self.pairs: tuple[ShownPair, ...] = ()
        self._pair_index: dict[str, int] = {}
        self.actor: Actor | None = None
        self.walk = Walk()  # what n/N walks when not walking pairs (mentions, hits)
        settle_garbage_collector()  # the articles and the modules stay as long as the app

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return {f"pair-{n}": hue for n, hue in enumerate(PAIR_HUES, start=1)} | {
            "mention": MENTION_HUE,
            "discrepancy": DISCREPANCY_HUE,
        }

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            for side in ("left", "right"):
                with Vertical(classes="column"):
                    yield ArticleTitle(id=f"{side}-title")
                    article = self._article(self.pair_ids[side == "right"])
                    yield ArticlePane(article, side=side, id=side, wrapped=self._first_wraps.pop(article.id, None))
            yield Sidebar(id="sidebar")
        yield Legend(id="legend")
        yield SearchBar(id="search")
        yield Static(id="status")
        yield ReaderFooter()

    def on_mount(self) -> None:
        trace.install(self)  # only with READER_TRACE set (benchmarks)
        trace.mark("mount")
        if len(self.articles) == 1:
            # Nothing to compare: one article, one pane (focus and tab skip what is hidden).
            right = self.pane("right")
            right.display = False
            right.parent.display = False
        self.apply_settings(self.settings)
        self.layout_sidebar()
        self._show_titles()
        self.set_status(f"Analysing {len(self.articles)} articles…")
        for notice in self.notices:
            self.notify(notice, title="Skipped a config file", severity="warning", timeout=15, markup=False)
        for pane in self._panes():
            pane.follower = self._follow
        self.pane("left").focus()
        # After the first frame: starting the workers (and their processes) must not delay the text.
        self.call_after_refresh(self._start_background)
        self.start_idle_collection()

    def index_ready(self, index: SearchIndex) -> None:
        self.search_index = index
        self.adopt_segmented(index.articles)
        self.query_one(SearchBar).set_index(index)

    def analysis_ready(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.adopt_segmented(analysis.articles)
        sidebar = self.query_one(Sidebar)
        sidebar.set_analysis(analysis)
        sidebar.show_pair(*self.pair_ids)
        self._refresh_pairs()
        self.set_status(self.summary())

    def summary(self) -> str:
        """``8 shared passages between A (Reuters) and B (AP) · 17 across 3 articles · 40 actors``."""
        if self.analysis is None:
            return ""
        pair = (self._article(self.pair_ids[0]), self._article(self.pair_ids[1]))
        return analysis_summary(self.analysis, self.articles, pair, len(self.pairs))

    def pane(self, side: str) -> ArticlePane:
        return self.query_one(f"#{side}", ArticlePane)

    def _panes(self) -> tuple[ArticlePane, ArticlePane]:
        return self.pane("left"), self.pane("right")

    def _article(self, article_id: str) -> Article:
        return next(article for article in self.articles if article.id == article_id)

    def _pane_showing(self, article_id: str) -> ArticlePane | None:
        for side, shown in zip(("left", "right"), self.pair_ids):
            if shown == article_id:
                return self.pane(side)
        return None

    def set_status(self, message: str) -> None:
        link = f"[scroll {'linked' if self.linked else 'unlinked'}]"
        self.query_one("#status", Static).update(Content(f"{message}   {link}" if message else link), layout=False)

    def pair_label(self, match: Match) -> str:
        """``Pair 3 of 12``: the match's place among the pairs shown; ``Pair A–C`` when its articles are not both shown."""
        index = self._pair_index.get(match.id)
        if index is None:
            return f"Pair {match.a.article}–{match.b.article}"
        return f"Pair {index + 1} of {len(self.pairs)}"

    def _show_titles(self) -> None:
        for side, article_id in zip(("left", "right"), self.pair_ids):
            self.query_one(f"#{side}-title", ArticleTitle).show(self._article(article_id))

    def _refresh_pairs(self) -> None:
        matches = self.analysis.matches if self.analysis else ()
        self.pairs = shown_pairs(matches, *self.pair_ids)
        self._pair_index = {pair.id: n for n, pair in enumerate(self.pairs)}
        paint_pairs(self._panes(), self.pairs)
        self.paint_differences()
        if self.selected not in self._pair_index:
            self.selected = None
        self._paint_selection()

    def selected_pair(self) -> ShownPair | None:
        return self.pairs[self._pair_index[self.selected]] if self.selected in self._pair_index else None

    def _paint_selection(self) -> None:
        paint_selected(self._panes(), self.selected_pair())

    def _paint_walk(self) -> None:
        search = self.query_one(SearchBar)
        paint_walk(self._panes(), self.actor, search.hits if search.is_open else (), self.walk)

    # -- showing articles ---------------------------------------------------

    def set_pair(self, left_id: str, right_id: str) -> None:
        if (left_id, right_id) == self.pair_ids or left_id == right_id:
            return
        self.pair_ids = (left_id, right_id)
        for side, article_id in zip(("left", "right"), self.pair_ids):
            if self.pane(side).article is None or self.pane(side).article.id != article_id:
                self.pane(side).set_article(self._article(article_id))
        self._show_titles()
        self._refresh_pairs()
        self._paint_walk()
        if self.analysis is not None:
            self.query_one(Sidebar).show_pair(*self.pair_ids)
            self.set_status(self.summary())

    def _bring_into_view(self, article_id: str) -> ArticlePane:
        pane = self._pane_showing(article_id)
        if pane is None:
            self.set_pair(self.pair_ids[0], article_id)
            pane = self.pane("right")
        return pane

    def jump_to(self, passage: Passage) -> None:
        """Scroll to ``passage`` and mark it as the current place (palette, sidebar, n/N)."""
        self.walk.mark(passage)
        pane = self._bring_into_view(passage.article)
        pane.place(passage.start, reading_row(pane), quiet=False)
        self._paint_walk()

    # -- selection ------------------------------------------------------------

    def select_match(self, match_id: str | None, *, anchor: ArticlePane | None = None) -> None:
        """Select a pair; both sides scroll to the same row (or the other pane lines up with ``anchor``)."""
        if match_id is not None and match_id not in self._pair_index and self.analysis:
            match = next((m for m in self.analysis.matches if m.id == match_id), None)
            if match is None:
                return
            self.set_pair(match.a.article, match.b.article)
        self.selected = match_id
        pair = self.selected_pair()
        if pair is not None:
            line_up_pair(*self._panes(), pair, anchor)
            self.set_status(self._pair_status(pair))

    def _pair_status(self, pair: ShownPair) -> str:
        return f"{self.pair_label(pair.match)} · {pair.match.kind} · score {pair.match.score:.0f}"

    def watch_selected(self, match_id: str | None) -> None:
        if match_id is not None:
            self.forget_elsewhere()
        self._paint_selection()
        self.query_one(Sidebar).show_match(match_id)

    def select_actor(self, actor_id: str | None) -> None:
        self.unique_walk = False
        actors = {actor.id: actor for actor in self.analysis.actors} if self.analysis else {}
        self.actor = actors.get(actor_id or "")
        self.query_one(Sidebar).show_actor(self.actor.id if self.actor else None)
        self.walk = Walk.of_mentions(self.actor, self.pair_ids)
        self._paint_walk()
        if self.actor is not None:
            self.set_status(f"{self.actor.name}: {len(self.walk)} mentions here · n/N walk them · escape clears")

    @on(Sidebar.MatchSelected)
    def _sidebar_match(self, event: Sidebar.MatchSelected) -> None:
        self.select_match(event.match_id)

    @on(Sidebar.ActorSelected)
    def _sidebar_actor(self, event: Sidebar.ActorSelected) -> None:
        self.select_actor(event.actor_id)

    @on(Sidebar.AttributionSelected)
    def _sidebar_attribution(self, event: Sidebar.AttributionSelected) -> None:
        found = [a for a in self.analysis.attributions if a.id == event.attribution_id] if self.analysis else []
        if found:
            attribution = found[0]
            self.jump_to(attribution_passage(attribution))
            cue = self._article(attribution.article).text[attribution.cue.start : attribution.cue.end]
            self.set_status(f"Attribution in {lettered(self._article(attribution.article))}: “{one_line(cue, 40)}”")

    _sidebar_settled = False  # the first fill of the sidebar's lists after the analysis landed is frozen

    @on(Sidebar.AttributionsFilled)
    def _sidebar_filled(self) -> None:
        # Once, with the analysis (the last of the first rows came now): a later build (another pair shown,
        # another width) makes the rows before it garbage, and a frozen object is never collected.
        if not self._sidebar_settled:
            self._sidebar_settled = True
            settle_garbage_collector()

    @on(ArticlePane.Clicked)
    def _clicked(self, event: ArticlePane.Clicked) -> None:
        pair = pair_at(self.pairs, event.pane.side, event.offset)
        if pair is not None:
            self.select_match(pair.id, anchor=event.pane)

    def _follow(self, source: ArticlePane) -> None:
        if self.linked:
            follow(source, self.pane("right" if source.side == "left" else "left"), self.pairs)

    # -- search ---------------------------------------------------------------

    @on(SearchBar.HitsChanged)
    def _hits_changed(self, event: SearchBar.HitsChanged) -> None:
        self.unique_walk = False
        self.walk = Walk.of_hits(event.hits, [article.id for article in self.articles])
        self._paint_walk()

    @on(SearchBar.HitChosen)
    def _hit_chosen(self, event: SearchBar.HitChosen) -> None:
        hit = event.hit
        self.jump_to(Passage(hit.article, hit.start, hit.end))
        self.pane("left" if self._pane_showing(hit.article) is self.pane("left") else "right").focus()
        self.set_status(f"Hit {self.walk.position()} · n/N walk hits · escape leaves search")

    # -- actions ---------------------------------------------------------------

    def action_step(self, forward: bool) -> None:
        search = self.query_one(SearchBar)
        if (search.is_open and self.walk) or self.actor is not None or self.unique_walk:
            what = "Hit" if search.is_open else f"{self.actor.name}: mention" if self.actor else "Only in one article:"
            self.step_walk(forward, what)
            return
        current = self._pair_index.get(self.selected or "")
        index = next_pair_index(self.pairs, current, self.pane("left").top_offset(), forward)
        if index is not None:
            self.select_match(self.pairs[index].id)
            note = wrap_note(current, index, forward)
            if note:
                self.set_status(self._pair_status(self.pairs[index]) + note)

    def step_walk(self, forward: bool, what: str) -> None:
        """Move along the walk (hits, mentions, sentences only one side has) and say where `n` stopped."""
        before = self.walk.at
        place = self.walk.step(forward, self.pair_ids[0], self.pane("left").top_offset())
        if place is not None:
            self.jump_to(place)
            where = f" ({self._article(place.article).id})" if self.unique_walk else ""
            self.set_status(f"{what} {self.walk.position()}{where}{wrap_note(before, self.walk.at or 0, forward)}")

    def clear_actor(self) -> None:
        if self.actor is not None:
            self.select_actor(None)

    def action_search(self) -> None:
        self.query_one(SearchBar).open()

    def action_toggle_link(self) -> None:
        self.linked = not self.linked

    def watch_linked(self, linked: bool) -> None:
        self.set_status("Linked scrolling on" if linked else "Linked scrolling off")
        self.save_settings()

    def action_cycle_focus(self, step: int) -> None:
        if self.screen is not self.screen_stack[0]:
            (self.screen.focus_next if step > 0 else self.screen.focus_previous)()
            return
        stops = [stop for stop in (self.pane("left"), self.pane("right"), self.query_one(Sidebar)) if stop.display]
        focused = self.focused
        current = next((n for n, stop in enumerate(stops) if focused is stop or (focused and stop in focused.ancestors)), -1)
        target = stops[(current + step) % len(stops)]
        if isinstance(target, Sidebar):
            target.focus_list()
        else:
            target.focus()

    def action_close(self) -> None:
        search = self.query_one(SearchBar)
        if search.is_open:
            search.close()
            self.walk.clear()
            if self.actor is not None:
                self.select_actor(self.actor.id)
            self.pane("left").focus()
        elif self.actor is not None:
            self.select_actor(None)
        else:
            self.walk.clear()
        self.unique_walk = False
        self._paint_walk()
        self.set_status("")


def run_app(
    articles: Sequence[Article],
    lexicons: Lexicons | LexiconFiles | None = None,
    notices: Sequence[str] = (),
    ahead: Ahead | None = None,
) -> None:
    settings, wraps = (ahead.settings, ahead.wraps) if ahead is not None else (None, None)
    app = ReaderApp(articles, lexicons, notices, settings=settings, first_wraps=wraps)
    app.quit_at_once = True
    app.run()
