"""The search box: an input and, under it, the hits found as the user types.

Searching runs in a thread worker against a `SearchIndex` built once, so a
keystroke is echoed at once and results follow; keys typed while a search
runs are coalesced into one search for the newest query. Snippets are `Content` built from article text, never markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from reader.core.model import Article, SearchHit
from reader.render.snippets import one_line
from reader.tui.view.names import outlet_name

if TYPE_CHECKING:
    from reader.core.search import SearchIndex

RESULT_LIMIT = 50
SNIPPET_CHARS = 110


def snippet(article: Article, hit: SearchHit, width: int = SNIPPET_CHARS) -> Content:
    """``[A] …the sentence around the first matched word…`` with matched words in bold."""
    start, end = hit.start, hit.end
    if end - start > width:
        focus = hit.matched[0].start if hit.matched else start
        start = max(hit.start, min(focus - width // 3, hit.end - width))
        end = min(hit.end, start + width)
    body = Content(article.text[start:end].replace("\n", " "))
    for span in hit.matched:
        if span.end > start and span.start < end:
            body = body.stylize("bold underline", max(span.start, start) - start, min(span.end, end) - start)
    prefix = Content.assemble((f"{article.id} ", "bold"), (f"{one_line(outlet_name(article), 20)}  ", "italic dim"))
    return Content.assemble(
        prefix,
        Content("…" if start > hit.start else ""),
        body,
        Content("…" if end < hit.end else ""),
    )


class SearchBar(Vertical):
    """Hidden until `open()`; posts `HitsChanged` while typing and `HitChosen` on enter."""

    BINDINGS = [
        Binding("down", "move(1)", "Next result", show=False),
        Binding("up", "move(-1)", "Previous result", show=False),
    ]

    @dataclass
    class HitsChanged(Message):
        """Posted when the hits for the query change (a new search finished, or the box was cleared)."""

        search_bar: SearchBar
        """The search bar that searched."""

        query: str
        """The query the hits are for."""

        hits: tuple[SearchHit, ...]
        """The hits, best first."""

        @property
        def control(self) -> SearchBar:
            """Alias for self.search_bar."""
            return self.search_bar

    @dataclass
    class HitChosen(Message):
        """Posted when the user picks a hit in the list."""

        search_bar: SearchBar
        """The search bar the hit was picked in."""

        index: int
        """The hit's place among `hits`."""

        hit: SearchHit
        """The picked hit."""

        @property
        def control(self) -> SearchBar:
            """Alias for self.search_bar."""
            return self.search_bar

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._index: SearchIndex | None = None
        self._articles: dict[str, Article] = {}
        self.hits: tuple[SearchHit, ...] = ()
        self.shown_query = ""  # the query whose hits are listed (typing runs ahead of it)
        self._searching = False  # a search thread is running
        self._waiting: str | None = None  # the query typed while it ran

    def compose(self) -> ComposeResult:
        yield Input(placeholder="Search all articles (typos welcome)", id="search-input")
        yield OptionList(id="search-results")

    @property
    def is_open(self) -> bool:
        return self.has_class("-open")

    @property
    def query(self) -> str:
        return self.query_one(Input).value

    def set_index(self, index: SearchIndex) -> None:
        self._index = index
        self._articles = {article.id: article for article in index.articles}
        if self.query:
            self._search(self.query)

    def open(self) -> None:
        self.add_class("-open")
        self.query_one(Input).focus()

    def close(self) -> None:
        self.remove_class("-open")
        self.hits = ()

    @on(Input.Changed, "#search-input")
    def _typed(self, event: Input.Changed) -> None:
        self._search(event.value)

    def _search(self, query: str) -> None:
        if not query.strip():
            self._show(query, ())
        elif self._index is None:
            self._show_status("Indexing…")
        elif self._searching:
            # One search at a time, and only the newest query after it: keys typed
            # faster than searches finish are coalesced rather than queued.
            self._waiting = query
        else:
            self._searching = True
            self._run_search(query)

    # A description, because Textual otherwise builds one from the repr of the arguments.
    @work(thread=True, group="search", exit_on_error=False, description="search")
    def _run_search(self, query: str) -> None:
        assert self._index is not None
        try:
            hits = self._index.search(query, RESULT_LIMIT)
            self.app.call_from_thread(self._show, query, hits)
        finally:
            self.app.call_from_thread(self._searched)

    def _searched(self) -> None:
        self._searching = False
        waiting, self._waiting = self._waiting, None
        if waiting is not None and waiting == self.query:
            self._search(waiting)

    def _show(self, query: str, hits: Sequence[SearchHit]) -> None:
        if query != self.query:
            return  # a newer keystroke's search is on its way
        self.hits = tuple(hits)
        self.shown_query = query
        results = self.query_one(OptionList)
        results.clear_options()
        if not self.hits and query.strip():
            results.add_option(Option(Content.styled("no match", "dim italic"), disabled=True))
        results.add_options(Option(snippet(self._articles[hit.article], hit)) for hit in self.hits)
        if self.hits:
            results.highlighted = 0
        self.post_message(self.HitsChanged(self, query, self.hits))

    def _show_status(self, status: str) -> None:
        results = self.query_one(OptionList)
        results.clear_options()
        results.add_option(Option(Content.styled(status, "dim italic"), disabled=True))

    def action_move(self, step: int) -> None:
        results = self.query_one(OptionList)
        if self.hits:
            current = results.highlighted if results.highlighted is not None else -step
            results.highlighted = (current + step) % len(self.hits)

    @on(Input.Submitted, "#search-input")
    def _submitted(self) -> None:
        highlighted = self.query_one(OptionList).highlighted
        self._choose(highlighted if highlighted is not None else 0)

    @on(OptionList.OptionSelected, "#search-results")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self._choose(event.option_index)

    def _choose(self, index: int) -> None:
        if 0 <= index < len(self.hits):
            self.post_message(self.HitChosen(self, index, self.hits[index]))
