"""The app's conveniences: which articles are shown, help, sidebar size and visibility, the legend, copy, export,
remembered settings.

A base class of `ReaderApp`, kept apart from the reading itself (panes, pairs, walks, search).
"""

from __future__ import annotations

from bisect import bisect_right
from pathlib import Path

from textual import events
from textual.app import App
from textual.reactive import var

from reader.core.model import Analysis, Article, Passage
from reader.tui.keys import needs_three_articles, usable_bindings
from reader.tui.screens.export import ExportScreen
from reader.tui.screens.help import HelpScreen, binding_rows
from reader.tui.screens.picker import PairPicker
from reader.tui.settings import Settings, load_settings, save_settings, settings_path
from reader.tui.view.clip import pair_text, passage_text
from reader.tui.view.layout import SIDEBAR_SHARE, sidebar_layout, step_share
from reader.tui.view.pairing import ShownPair, next_unshown, with_article
from reader.tui.view.walk import Walk
from reader.tui.widgets.article_pane import ArticlePane
from reader.tui.widgets.legend import Legend, legend_content
from reader.tui.widgets.sidebar import Sidebar


def sentence_around(article: Article, passage: Passage) -> Passage:
    """The sentence holding ``passage``'s start (the passage itself if the article has no sentences)."""
    starts = [span.start for span in article.sentences]
    index = bisect_right(starts, passage.start) - 1
    if index < 0:
        return passage
    sentence = article.sentences[index]
    return Passage(article.id, sentence.start, max(sentence.end, passage.end))


class ScreenTools(App[None]):
    """Articles shown (`p`, 1-9, cycling), help, sidebar layout, legend, `y`, `e` and settings; ``ReaderApp``
    provides the state they read."""

    sidebar_wanted: var[bool | None] = var(None)
    """The user's sidebar toggle (`s`); None: not toggled, shown when the terminal is wide enough."""

    sidebar_share: var[float] = var(SIDEBAR_SHARE)
    """The sidebar's share of the terminal's width (`<` / `>`)."""

    articles: tuple[Article, ...]
    analysis: Analysis | None
    walk: Walk
    pair_ids: tuple[str, str]
    linked: bool
    remember: bool

    def selected_pair(self) -> ShownPair | None:
        raise NotImplementedError

    def set_status(self, message: str) -> None:
        raise NotImplementedError

    def clear_actor(self) -> None:
        raise NotImplementedError

    def set_pair(self, left_id: str, right_id: str) -> None:
        raise NotImplementedError

    def action_pick_pair(self) -> None:
        """`p`: choose the two articles shown side by side (three or more open)."""

        def chosen(pair: tuple[str, str] | None) -> None:
            if pair is not None:
                self.set_pair(*pair)

        self.push_screen(PairPicker(self.articles, self.pair_ids), chosen)

    def action_help(self) -> None:
        """`?`: the keys that work here, and the legend."""
        bindings = usable_bindings([*self.BINDINGS, *ArticlePane.BINDINGS], len(self.articles))
        self.push_screen(HelpScreen(binding_rows(self, bindings), legend_content()))

    def _focused_side(self) -> str:
        return "right" if self.focused is self.query_one("#right") else "left"

    def action_show_article(self, number: int) -> None:
        if number <= len(self.articles):
            self.set_pair(*with_article(self.pair_ids, self.articles[number - 1].id, self._focused_side()))

    def action_cycle_article(self, step: int) -> None:
        ids = [article.id for article in self.articles]
        wanted = next_unshown(ids, self.pair_ids, self._focused_side(), step)
        if wanted is not None:
            self.action_show_article(ids.index(wanted) + 1)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # False (not None) hides the key from the Footer: "p Pair" means nothing with two articles.
        return not (needs_three_articles(action) and len(self.articles) < 3)

    def step_walk(self, forward: bool, what: str) -> None:
        raise NotImplementedError

    # -- settings -------------------------------------------------------------

    _settings_applied = False

    def load_settings(self, read: Settings | None = None) -> Settings:
        """The user's settings (``read``: as read ahead); the defaults when not remembering them."""
        if not self.remember:
            return Settings()
        return read if read is not None else load_settings(settings_path())

    def apply_settings(self, settings: Settings) -> None:
        """Start from ``settings``; from then on every change is saved (Textual sets its theme before this)."""
        if settings.theme and settings.theme in self.available_themes:
            self.theme = settings.theme
        self.sidebar_share = settings.sidebar_share
        self.linked = settings.linked
        self._settings_applied = True

    def save_settings(self) -> None:
        if not self.remember or not self._settings_applied:
            return
        problem = save_settings(settings_path(), Settings(self.theme, self.sidebar_share, self.linked))
        if problem:
            self.notify(problem, severity="warning")

    def watch_theme(self) -> None:
        self.save_settings()

    # -- the sidebar ----------------------------------------------------------

    def layout_sidebar(self) -> None:
        sidebar = self.query_one(Sidebar)
        layout = sidebar_layout(self.size.width, self.sidebar_share, self.sidebar_wanted)
        sidebar.display = layout.shown
        sidebar.set_class(layout.over_panes, "-over-panes")
        sidebar.styles.width = layout.cells

    def on_resize(self, event: events.Resize) -> None:
        self.layout_sidebar()

    def watch_sidebar_wanted(self) -> None:
        self.layout_sidebar()

    def watch_sidebar_share(self) -> None:
        self.layout_sidebar()
        self.save_settings()

    def action_toggle_sidebar(self) -> None:
        sidebar = self.query_one(Sidebar)
        self.sidebar_wanted = not sidebar.display
        if sidebar.display:
            sidebar.focus_list()
        elif self.focused is None or sidebar in self.focused.ancestors:
            self.query_one("#left").focus()

    def action_resize_sidebar(self, wider: bool) -> None:
        self.sidebar_share = step_share(self.sidebar_share, wider)
        if not self.query_one(Sidebar).display:
            self.sidebar_wanted = True
        self.set_status(f"Sidebar: {self.sidebar_share:.0%} of the width")

    # -- the legend -----------------------------------------------------------

    def action_toggle_legend(self) -> None:
        self.query_one(Legend).toggle_class("-shown")

    # -- what only one side says (issue 13) -------------------------------------

    unique_walk = False  # n / N walk the sentences only one of the two articles has

    def action_walk_unique(self) -> None:
        """`u`: walk the sentences of the two articles on screen that no shared passage covers."""
        analysis = self.analysis
        if analysis is None:
            self.notify("The analysis is still running.", severity="warning")
            return
        from reader.render.coverage import unique_sentences

        places = [
            Passage(article_id, span.start, span.end)
            for article_id in dict.fromkeys(self.pair_ids)
            for span in unique_sentences(analysis, analysis.article(article_id))
        ]
        self.clear_actor()
        self.walk = Walk(places)
        self.unique_walk = True
        if not places:
            self.set_status("Every sentence of both articles is in a shared passage.")
            return
        self.step_walk(True, "Only in one article:")

    # -- copy and export ------------------------------------------------------

    def action_copy(self) -> None:
        by_id = {article.id: article for article in self.articles}
        pair = self.selected_pair()
        if pair is not None:
            text, what = pair_text(by_id, pair), "the selected pair"
        elif self.walk.current is not None and self.walk.current.article in by_id:
            place = self.walk.current
            text, what = passage_text(by_id, sentence_around(by_id[place.article], place)), "the sentence"
        else:
            self.notify("Nothing selected to copy: n selects a shared passage.", severity="warning")
            return
        self.copy_to_clipboard(text)
        self.notify(f"Copied {what} to the clipboard ({len(text)} characters).")

    def action_export(self) -> None:
        analysis = self.analysis
        if analysis is None:
            self.notify("The report needs the analysis: it is still running.", severity="warning")
            return

        def chosen(name: str | None) -> None:
            if name:
                self.write_report(analysis, Path(name).expanduser())

        self.push_screen(ExportScreen(), chosen)

    def write_report(self, analysis: Analysis, path: Path) -> None:
        from reader.render.markdown import analysis_to_markdown

        try:
            path.write_text(analysis_to_markdown(analysis), encoding="utf-8")
        except OSError as error:
            self.notify(f"Report not written: {error.strerror or error} ({path})", severity="error")
            return
        self.notify(f"Report written to {path.resolve()}")
