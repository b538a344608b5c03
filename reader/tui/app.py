"""The reader app: two articles side by side, the sidebar, search; wires the widgets together."""

from __future__ import annotations

from collections.abc import Sequence

from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Footer, Static

from reader.actors import Gazetteer
from reader.attributions import ReportingVerbs
from reader.analysis import analyze
from reader.model import Actor, Analysis, Article, Passage, SearchHit
from reader.search import SearchIndex
from reader.tui.commands import ActorCommands, MatchCommands, PassageCommands
from reader.tui.highlights import (
    Decoration,
    hit_decorations,
    mention_decorations,
    pair_decorations,
    selected_decorations,
)
from reader.tui.pairing import ShownPair, first_at_or_after, follow_anchor, pair_at, shown_pairs, step_index
from reader.tui.screens.help import HelpScreen, binding_rows
from reader.tui.screens.picker import PairPicker
from reader.tui.widgets.article_pane import ArticlePane, place_side_by_side
from reader.tui.widgets.article_title import ArticleTitle
from reader.tui.widgets.search_bar import SearchBar
from reader.tui.widgets.sidebar import Sidebar

# Colour-blind-safe hues (Okabe-Ito plus teal); the stylesheet blends them over the pane background.
PAIR_HUES = ("#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7", "#44aa99")


class ReaderApp(App[None]):
    CSS_PATH = "reader.tcss"
    TITLE = "reader"
    COMMANDS = App.COMMANDS | {ActorCommands, MatchCommands, PassageCommands}
    BINDINGS = [
        Binding("n", "step(True)", "Next"),
        Binding("N", "step(False)", "Prev"),
        Binding("right_square_bracket", "step(True)", "Next", show=False),
        Binding("left_square_bracket", "step(False)", "Prev", show=False),
        Binding("slash", "search", "Search"),
        Binding("l", "toggle_link", "Link scroll"),
        Binding("p", "pick_pair", "Pair"),
        Binding("ctrl+left", "cycle_article(-1)", "Prev article", show=False),
        Binding("ctrl+right", "cycle_article(1)", "Next article", show=False),
        *(Binding(str(n), f"show_article({n})", f"Article {n}", show=False) for n in range(1, 10)),
        Binding("tab", "cycle_focus(1)", "Focus", show=False, priority=True),
        Binding("shift+tab", "cycle_focus(-1)", "Focus back", show=False, priority=True),
        Binding("escape", "close", "Close", show=False),
        Binding("question_mark", "help", "Help"),
        Binding("q", "quit", "Quit"),
    ]

    def __init__(
        self, articles: Sequence[Article], gazetteer: Gazetteer | None = None, verbs: ReportingVerbs | None = None
    ) -> None:
        super().__init__()
        self.articles = tuple(articles)
        self.gazetteer = gazetteer
        self.verbs = verbs
        self.analysis: Analysis | None = None
        self.search_index: SearchIndex | None = None
        self.pair_ids = (self.articles[0].id, self.articles[1 % len(self.articles)].id)
        self.pairs: tuple[ShownPair, ...] = ()
        self._pair_index: dict[str, int] = {}
        self.selected: str | None = None
        self.actor: Actor | None = None
        self.linked = True
        self._walk: list[Passage] = []  # what n/N walks when not walking pairs (mentions, hits)
        self._walk_at: int | None = None

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return {f"pair-{n}": hue for n, hue in enumerate(PAIR_HUES, start=1)}

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            for side in ("left", "right"):
                with Vertical(classes="column"):
                    yield ArticleTitle(id=f"{side}-title")
                    yield ArticlePane(self._article(self.pair_ids[side == "right"]), side=side, id=side)
            yield Sidebar(id="sidebar")
        yield SearchBar(id="search")
        yield Static(id="status")
        yield Footer()

    def on_mount(self) -> None:
        self._show_titles()
        self.set_status(f"Analysing {len(self.articles)} articles…")
        self.pane("left").focus()
        self._analyse()
        self._index()

    # -- background work ------------------------------------------------------

    # No arguments and a fixed description: Textual names a worker after the repr
    # of its arguments, which for megabytes of article text costs seconds.
    @work(thread=True, exit_on_error=False, group="analysis", description="analysis")
    def _analyse(self) -> None:
        try:
            analysis = analyze(self.articles, self.gazetteer, self.verbs)
        except Exception as error:  # the app stays a usable plain reader
            self.call_from_thread(self.set_status, f"Analysis failed: {error}")
        else:
            self.call_from_thread(self.analysis_ready, analysis)

    @work(thread=True, exit_on_error=False, group="index", description="search index")
    def _index(self) -> None:
        index = SearchIndex.build(self.articles)
        self.call_from_thread(self._index_ready, index)

    def _index_ready(self, index: SearchIndex) -> None:
        self.search_index = index
        self.query_one(SearchBar).set_index(index)

    def analysis_ready(self, analysis: Analysis) -> None:
        self.analysis = analysis
        sidebar = self.query_one(Sidebar)
        sidebar.set_analysis(analysis)
        sidebar.show_pair(*self.pair_ids)
        self._refresh_pairs()
        self.set_status(f"{len(analysis.matches)} shared passages · {len(analysis.actors)} actors")

    # -- small helpers ------------------------------------------------------

    def pane(self, side: str) -> ArticlePane:
        return self.query_one(f"#{side}", ArticlePane)

    def _article(self, article_id: str) -> Article:
        return next(article for article in self.articles if article.id == article_id)

    def _pane_showing(self, article_id: str) -> ArticlePane | None:
        for side, shown in zip(("left", "right"), self.pair_ids):
            if shown == article_id:
                return self.pane(side)
        return None

    def set_status(self, message: str) -> None:
        link = "linked" if self.linked else "unlinked"
        self.query_one("#status", Static).update(Content(f"{message}   [scroll {link}]"), layout=False)

    def _show_titles(self) -> None:
        for side, article_id in zip(("left", "right"), self.pair_ids):
            self.query_one(f"#{side}-title", ArticleTitle).show(self._article(article_id))

    def _refresh_pairs(self) -> None:
        matches = self.analysis.matches if self.analysis else ()
        self.pairs = shown_pairs(matches, *self.pair_ids)
        self._pair_index = {pair.id: n for n, pair in enumerate(self.pairs)}
        if self.selected not in self._pair_index:
            self.selected = None
        self._paint_pairs()

    def _paint_pairs(self) -> None:
        for side in ("left", "right"):
            pane = self.pane(side)
            if pane.article is not None:
                pane.set_decorations("pairs", pair_decorations(pane.article.text, self.pairs, side))
        self._paint_selection()

    def _paint_selection(self) -> None:
        for side in ("left", "right"):
            chosen = [self.pairs[self._pair_index[self.selected]]] if self.selected in self._pair_index else []
            self.pane(side).set_decorations("selected", selected_decorations(chosen, side, self.selected))

    def _paint_walk(self) -> None:
        """Mentions or hits in both panes, and the one `n` stopped at."""
        hits = self.query_one(SearchBar).hits if self.query_one(SearchBar).is_open else ()
        for side, article_id in zip(("left", "right"), self.pair_ids):
            pane = self.pane(side)
            pane.set_decorations("mentions", mention_decorations(self.actor, article_id))
            pane.set_decorations("hits", hit_decorations(hits, article_id))
            current = self._walk[self._walk_at] if self._walk_at is not None and self._walk else None
            on_pane = current is not None and current.article == article_id
            pane.set_decorations("current", [Decoration(current.start, current.end, "current")] if on_pane else [])

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

    def _bring_into_view(self, article_id: str) -> ArticlePane:
        pane = self._pane_showing(article_id)
        if pane is None:
            self.set_pair(self.pair_ids[0], article_id)
            pane = self.pane("right")
        return pane

    def jump_to(self, passage: Passage) -> None:
        """Scroll to ``passage`` and mark it as the current place (palette, sidebar, n/N)."""
        if passage not in self._walk:
            self._walk, self._walk_at = [passage], 0
        else:
            self._walk_at = self._walk.index(passage)
        pane = self._bring_into_view(passage.article)
        pane.place(passage.start, self._reading_row(pane), quiet=False)
        self._paint_walk()

    def _reading_row(self, pane: ArticlePane) -> int:
        return min(3, pane.scrollable_content_region.height // 4)

    # -- selection ------------------------------------------------------------

    def select_match(self, match_id: str | None, *, anchor: ArticlePane | None = None) -> None:
        """Select a pair; both sides scroll to the same row (or the other pane lines up with ``anchor``)."""
        if match_id is not None and match_id not in self._pair_index and self.analysis:
            match = next((m for m in self.analysis.matches if m.id == match_id), None)
            if match is None:
                return
            self.set_pair(match.a.article, match.b.article)
        self.selected = match_id
        self._paint_selection()
        self.query_one(Sidebar).show_match(match_id)
        pair = self.pairs[self._pair_index[match_id]] if match_id in self._pair_index else None
        if pair is not None:
            left, right = self.pane("left"), self.pane("right")
            row = left.row_of(pair.left.start) if anchor is left else right.row_of(pair.right.start)
            if anchor is None:
                row = self._reading_row(left)
            place_side_by_side(left, pair.left.start, right, pair.right.start, row, keep=anchor)
            self.set_status(f"Pair {pair.id} · {pair.match.kind} · score {pair.match.score:.0f}")

    def select_actor(self, actor_id: str | None) -> None:
        actors = {actor.id: actor for actor in self.analysis.actors} if self.analysis else {}
        self.actor = actors.get(actor_id or "")
        self.query_one(Sidebar).show_actor(self.actor.id if self.actor else None)
        self._walk = [
            Passage(m.article, m.start, m.end)
            for article_id in self.pair_ids
            for m in sorted(self.actor.mentions if self.actor else (), key=lambda m: m.start)
            if m.article == article_id
        ]
        self._walk_at = None
        self._paint_walk()
        if self.actor is not None:
            self.set_status(f"{self.actor.name}: {len(self._walk)} mentions here · n/N walk them · escape clears")

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
            spans = [attribution.cue, attribution.content] + ([attribution.source] if attribution.source else [])
            start, end = min(s.start for s in spans), max(s.end for s in spans)
            self.jump_to(Passage(attribution.article, start, end))

    @on(ArticlePane.Clicked)
    def _clicked(self, event: ArticlePane.Clicked) -> None:
        pair = pair_at(self.pairs, event.pane.side, event.offset)
        if pair is not None:
            self.select_match(pair.id, anchor=event.pane)

    @on(ArticlePane.Scrolled)
    def _scrolled(self, event: ArticlePane.Scrolled) -> None:
        if not self.linked:
            return
        source = event.pane
        target = self.pane("right" if source.side == "left" else "left")
        anchor = follow_anchor(self.pairs, source.side, max(source.top_offset(), source.top_line_end() - 1))
        if anchor is None:
            target.scroll_to_line(source.top_line, quiet=True)
        else:
            target.place(anchor.target, source.row_of(anchor.source), quiet=True)

    # -- search ---------------------------------------------------------------

    @on(SearchBar.HitsChanged)
    def _hits_changed(self, event: SearchBar.HitsChanged) -> None:
        order = {article.id: n for n, article in enumerate(self.articles)}
        ranked = sorted(event.hits, key=lambda h: (order[h.article], h.start))
        self._walk = [Passage(h.article, h.start, h.end) for h in ranked]
        self._walk_at = None
        self._paint_walk()

    @on(SearchBar.HitChosen)
    def _hit_chosen(self, event: SearchBar.HitChosen) -> None:
        hit: SearchHit = event.hit
        self.jump_to(Passage(hit.article, hit.start, hit.end))
        self.pane("left" if self._pane_showing(hit.article) is self.pane("left") else "right").focus()
        self.set_status(f"Hit {self._walk_at + 1 if self._walk_at is not None else 1} of {len(self._walk)} · n/N walk hits · escape leaves search")

    # -- actions ---------------------------------------------------------------

    def action_step(self, forward: bool) -> None:
        search = self.query_one(SearchBar)
        if (search.is_open and self._walk) or self.actor is not None:
            self._step_walk(forward)
            return
        if not self.pairs:
            return
        if self.selected in self._pair_index:
            index = step_index(len(self.pairs), self._pair_index[self.selected], forward)
        else:
            index = first_at_or_after([p.left.start for p in self.pairs], self.pane("left").top_offset(), forward)
        if index is not None:
            self.select_match(self.pairs[index].id)

    def _step_walk(self, forward: bool) -> None:
        if not self._walk:
            return
        if self._walk_at is None:
            shown = [p for p in self._walk if p.article == self.pair_ids[0]]
            at = first_at_or_after([p.start for p in shown], self.pane("left").top_offset(), forward)
            index = self._walk.index(shown[at]) if at is not None else step_index(len(self._walk), None, forward)
        else:
            index = step_index(len(self._walk), self._walk_at, forward)
        if index is not None:
            self.jump_to(self._walk[index])
            self.set_status(f"{index + 1} of {len(self._walk)}")

    def action_search(self) -> None:
        self.query_one(SearchBar).open()

    def action_toggle_link(self) -> None:
        self.linked = not self.linked
        self.set_status("Linked scrolling on" if self.linked else "Linked scrolling off")

    def action_cycle_focus(self, step: int) -> None:
        if self.screen is not self.screen_stack[0]:
            (self.screen.focus_next if step > 0 else self.screen.focus_previous)()
            return
        stops = [self.pane("left"), self.pane("right"), self.query_one(Sidebar)]
        focused = self.focused
        current = next((n for n, stop in enumerate(stops) if focused is stop or (focused and stop in focused.ancestors)), -1)
        target = stops[(current + step) % len(stops)]
        if target is stops[2]:
            focusable = [w for w in self.screen.focus_chain if target in w.ancestors]
            if focusable:
                focusable[0].focus()
            return
        target.focus()

    def action_close(self) -> None:
        search = self.query_one(SearchBar)
        if search.is_open:
            search.close()
            self._walk, self._walk_at = [], None
            if self.actor is not None:
                self.select_actor(self.actor.id)
            self.pane("left").focus()
        elif self.actor is not None:
            self.select_actor(None)
        else:
            self._walk, self._walk_at = [], None
        self._paint_walk()
        self.set_status("")

    def action_help(self) -> None:
        self.push_screen(HelpScreen(binding_rows(self, [*self.BINDINGS, *ArticlePane.BINDINGS])))

    def action_pick_pair(self) -> None:
        def chosen(pair: tuple[str, str] | None) -> None:
            if pair is not None:
                self.set_pair(*pair)

        self.push_screen(PairPicker(self.articles, self.pair_ids), chosen)

    def _focused_side(self) -> str:
        return "right" if self.focused is self.pane("right") else "left"

    def action_show_article(self, number: int) -> None:
        if number > len(self.articles):
            return
        wanted = self.articles[number - 1].id
        left, right = self.pair_ids
        if self._focused_side() == "left":
            self.set_pair(wanted, left if wanted == right else right)
        else:
            self.set_pair(right if wanted == left else left, wanted)

    def action_cycle_article(self, step: int) -> None:
        side = self._focused_side()
        ids = [article.id for article in self.articles]
        index = ids.index(self.pair_ids[side == "right"])
        for _ in range(len(ids)):
            index = (index + step) % len(ids)
            if ids[index] not in self.pair_ids:
                self.action_show_article(index + 1)
                return

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("pick_pair", "cycle_article", "show_article") and len(self.articles) < 3:
            return None if action == "pick_pair" else False
        return True


def run_app(
    articles: Sequence[Article], gazetteer: Gazetteer | None = None, verbs: ReportingVerbs | None = None
) -> None:
    ReaderApp(articles, gazetteer, verbs).run()
