"""One article, soft-wrapped and highlighted, drawn line by line.

A line-API widget: the article is wrapped once per width into lines that
remember their text offsets (`reader.tui.view.wrap`), and only the lines on screen
are turned into strips, so a 10,000-paragraph article costs what one screen
costs. Article text goes straight into segments and never through markup.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.strip import Strip

from reader.core.model import Article
from reader.tui.view.highlights import ROLES, Decoration, in_painting_order
from reader.tui.view.wrap import WrappedText, wrap_text
from reader.tui.widgets.finished_lines import FinishedLines
from reader.tui.widgets.line_pieces import line_segments, with_offsets
from reader.tui.widgets.page_ahead import PageAhead
from reader.tui.widgets.steady import SteadyScrollbars

# Painted in this order; each layer is indexed by line on its own, so changing
# the selection does not re-index 10,000 pair highlights.
# "picked": the spans of a discrepancy found outside the passages, picked with d / D or the Differences tab.
LAYERS = ("pairs", "selected", "differences", "picked", "mentions", "hits", "current")
# A repaint touching more lines than this clears the whole line cache instead of line by line.
TOUCHED_LINES_LIMIT = 256
# Finished lines kept for scrolling back: a few screens. Each is Strips of ~15 objects the garbage
# collector walks on every full collection; 1,024 lines a pane made those collections 200-400 ms.
STRIP_CACHE_LINES = 160


class ArticlePane(SteadyScrollbars, can_focus=True):
    """A scrollable, highlighted view of one article."""

    COMPONENT_CLASSES = {f"article-pane--{role}" for role in ROLES}

    BINDINGS = [
        Binding("j", "scroll_down", "Down", show=False),
        Binding("k", "scroll_up", "Up", show=False),
        # As in less and vim.
        Binding("space", "page_down", "Page down", show=False),
        Binding("b", "page_up", "Page up", show=False),
        Binding("g", "scroll_home", "Top", show=False),
        Binding("G", "scroll_end", "Bottom", show=False),
        Binding("ctrl+d", "half_page(1)", "Half a page down", show=False),
        Binding("ctrl+u", "half_page(-1)", "Half a page up", show=False),
    ]

    @dataclass
    class Scrolled(Message):
        """Posted when the user scrolls this pane (not for programmatic scrolls made quietly)."""

        pane: ArticlePane
        """The pane that scrolled."""

        @property
        def control(self) -> ArticlePane:
            """Alias for self.pane."""
            return self.pane

    @dataclass
    class Clicked(Message):
        """Posted when the user clicks on the text."""

        pane: ArticlePane
        """The pane clicked in."""

        offset: int
        """The offset into the article's text under the pointer."""

        @property
        def control(self) -> ArticlePane:
            """Alias for self.pane."""
            return self.pane

    def __init__(
        self, article: Article | None = None, *, side: str = "left", id: str | None = None, wrapped: WrappedText | None = None
    ) -> None:
        """``wrapped``: the article's lines wrapped ahead (by the loading process), used if the pane's first
        wrap is for that width."""
        super().__init__(id=id)
        self.side = side
        self._article = article
        self._wrapped: WrappedText | None = None
        self._ahead = wrapped
        self._layers: dict[str, list[Decoration]] = {layer: [] for layer in LAYERS}
        self._by_line: dict[str, dict[int, list[Decoration]]] = {}
        # drawn lines as shown: padded, tinted, filtered; a new look (focus, theme) drops them, the page below too
        self._finished = FinishedLines(STRIP_CACHE_LINES, lambda: self._page_ahead.plan())
        self._quiet = False
        self.follower: Callable[[ArticlePane], None] | None = None  # told of every scroll the user makes
        self._role_styles: dict[str, Style] = {}
        self._frame: tuple[Style, int, int] | None = None  # style, width, top line: while lines are drawn
        self._page_ahead = PageAhead(self, self._page, lambda line: line in self._finished, self._finish_lines)

    # -- content -------------------------------------------------------------

    @property
    def article(self) -> Article | None:
        return self._article

    @property
    def wrapped(self) -> WrappedText | None:
        return self._wrapped

    def set_article(self, article: Article) -> None:
        self._article = article
        self._ahead = None
        self._layers = {layer: [] for layer in LAYERS}
        self._rewrap(keep_position=False)

    def set_decorations(self, layer: str, decorations: Iterable[Decoration]) -> None:
        """Paint ``layer`` anew; only the lines it covered or now covers are redrawn."""
        new = list(decorations)
        if new == self._layers[layer]:
            return  # painting the same again (escape, a repeated walk) costs nothing
        before = self._line_index(layer).keys() if self._wrapped is not None else ()
        self._layers[layer] = new
        self._by_line.pop(layer, None)
        if self._wrapped is None:
            return
        touched = set(before) | set(self._line_index(layer).keys())
        if len(touched) > TOUCHED_LINES_LIMIT:
            self._finished.forget()
            self.refresh()
            return
        top, height = self.top_line, self.scrollable_content_region.height
        for line in touched:
            self._finished.forget(line)
            if top <= line < top + height:
                self.refresh_lines(line)

    def decorations(self, layer: str) -> list[Decoration]:
        return list(self._layers[layer])

    def roles_at(self, offset: int) -> list[str]:
        """The roles painted over ``offset``, in painting order (for tests and the status line)."""
        every = [d for layer in LAYERS for d in self._layers[layer]]
        return [d.role for d in in_painting_order(every) if d.start <= offset < d.end]

    def _text_width(self) -> int:
        return max(1, self.scrollable_content_region.width)

    def _rewrap(self, keep_position: bool = True) -> None:
        if self._article is None or self.scrollable_content_region.width <= 0:
            return  # not laid out yet: the first Resize wraps
        top = self.top_offset() if keep_position and self._wrapped is not None else 0
        width = self._text_width()
        ahead, self._ahead = self._ahead, None  # only for the first wrap: the width the terminal started with
        if ahead is not None and ahead.width == width:
            self._wrapped = ahead
        else:
            self._wrapped = wrap_text(self._article.text, self._article.paragraphs, width)
        self._by_line = {}
        self._finished.forget()
        self._update_virtual_size()
        self.scroll_to_line(self._wrapped.line_of(top), quiet=True)
        self.refresh()
        self._page_ahead.plan()

    def _update_virtual_size(self) -> None:
        # Room to scroll the last line up to the top: without it two passages near
        # the end (or in a short article) could never sit at the same row as their pair.
        if self._wrapped is not None:
            overscroll = max(0, self.scrollable_content_region.height - 1)
            self.virtual_size = Size(self._wrapped.width, len(self._wrapped) + overscroll)

    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True) -> bool:
        # Textual draws the first frame before the pane gets its first Resize (where it would wrap), so that
        # frame showed a blank pane and the text came two frames later (~70 ms with 1 MB articles). Here the
        # layout has placed the pane but nothing is drawn yet: wrapped now, the first frame shows the text,
        # and the scrollbars (updated next, from the virtual size) fit it.
        if self._wrapped is None:
            self._rewrap(keep_position=False)
        return super()._size_updated(size, virtual_size, container_size, layout)

    def on_resize(self, event: events.Resize) -> None:
        if self._wrapped is None or self._wrapped.width != self._text_width():
            self._rewrap()
        else:
            self._update_virtual_size()

    # The column's title line shows where the keys go (a class on the column: Textual does not
    # restyle a focused widget's siblings when :focus-within changes).
    def on_focus(self, event: events.Focus) -> None:
        if self.parent is not None:
            self.parent.add_class("-focused")

    def on_blur(self, event: events.Blur) -> None:
        if self.parent is not None:
            self.parent.remove_class("-focused")

    def on_mount(self) -> None:
        super().on_mount()
        self._rewrap(keep_position=False)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._finished.forget()
        self._role_styles.clear()

    def _role_style(self, role: str) -> Style:
        """The role's own style, with translucent colours blended over the pane.

        The partial component style keeps only what the role sets (so a text
        style does not wipe the pair colour under it), but its colours are raw
        ("#e6194b 40%" comes back opaque); the blended values come from the
        full style.
        """
        style = self._role_styles.get(role)
        if style is None:
            name = f"article-pane--{role}"
            own = self.get_component_rich_style(name, partial=True)
            full = self.get_component_rich_style(name)
            style = own + Style(
                color=full.color if own.color is not None else None,
                bgcolor=full.bgcolor if own.bgcolor is not None else None,
            )
            self._role_styles[role] = style
        return style

    # -- positions -----------------------------------------------------------

    @property
    def top_line(self) -> int:
        return round(self.scroll_y)

    def top_offset(self) -> int:
        if self._wrapped is None:
            return 0
        return self._wrapped.starts[min(self.top_line, len(self._wrapped) - 1)]

    def top_line_end(self) -> int:
        """The offset just past the top line's text: passages starting on that line are in view."""
        if self._wrapped is None:
            return 0
        return self._wrapped.ends[min(self.top_line, len(self._wrapped) - 1)]

    def line_of(self, offset: int) -> int:
        return self._wrapped.line_of(offset) if self._wrapped is not None else 0

    def row_of(self, offset: int) -> int:
        """The screen row (0 = top of the pane) where ``offset`` is drawn; may be off screen."""
        return self.line_of(offset) - self.top_line

    def is_visible(self, offset: int) -> bool:
        return 0 <= self.row_of(offset) < self.scrollable_content_region.height

    def scroll_to_line(self, line: int, *, quiet: bool = False) -> None:
        """Put ``line`` at the top. Quiet scrolls do not post `Scrolled` (so linked panes don't echo)."""
        self._quiet = quiet
        try:
            self.scroll_to(y=max(0, line), animate=False, immediate=True, force=True)
        finally:
            self._quiet = False

    def place(self, offset: int, row: int, *, quiet: bool = True) -> None:
        """Scroll so that ``offset`` is drawn at screen ``row``."""
        self.scroll_to_line(self.line_of(offset) - row, quiet=quiet)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self._page_ahead.plan()
        if not self._quiet and round(old_value) != round(new_value):
            if self.follower is not None:
                # Called at once, not through the Scrolled message: a frame drawn in between
                # would show this pane moved and the linked one not yet (one more frame, ~30 ms).
                self.follower(self)
            self.post_message(self.Scrolled(self))

    # Page and jump keys move at once: an animated scroll would repaint (and
    # drag the linked pane through) every intermediate frame.

    def action_scroll_down(self) -> None:
        self.scroll_to_line(self.top_line + 1)

    def action_scroll_up(self) -> None:
        self.scroll_to_line(self.top_line - 1)

    def action_page_down(self) -> None:
        self.scroll_to_line(self.top_line + max(1, self.scrollable_content_region.height - 1))

    def action_page_up(self) -> None:
        self.scroll_to_line(self.top_line - max(1, self.scrollable_content_region.height - 1))

    def action_half_page(self, direction: int) -> None:
        self.scroll_to_line(self.top_line + direction * max(1, self.scrollable_content_region.height // 2))

    def action_scroll_home(self) -> None:
        self.scroll_to_line(0)

    def action_scroll_end(self) -> None:
        lines = len(self._wrapped) if self._wrapped is not None else 0
        self.scroll_to_line(lines - self.scrollable_content_region.height)

    def offset_at(self, x: int, y: int) -> int | None:
        """The text offset under content cell ``(x, y)`` of the visible region."""
        wrapped, article = self._wrapped, self._article
        line = self.top_line + y
        if wrapped is None or article is None or not 0 <= line < len(wrapped):
            return None
        start, end = wrapped.starts[line], wrapped.ends[line]
        used = 0
        for pos in range(start, end):
            used += cell_len(article.text[pos])
            if used > x:
                return pos
        return None

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        text_offset = self.offset_at(offset.x, offset.y)
        if text_offset is not None:
            self.post_message(self.Clicked(self, text_offset))

    # -- drawing -------------------------------------------------------------

    def _line_index(self, layer: str) -> dict[int, list[Decoration]]:
        by_line = self._by_line.get(layer)
        if by_line is None:
            by_line = defaultdict(list)
            wrapped = self._wrapped
            if wrapped is not None:
                for decoration in in_painting_order(self._layers[layer]):
                    if decoration.end > decoration.start:
                        for line in wrapped.line_range(decoration.start, decoration.end):
                            by_line[line].append(decoration)
            self._by_line[layer] = by_line
        return by_line

    def render_lines(self, crop: Region) -> list[Strip]:
        return self._render_at(crop, self.top_line)

    def _render_at(self, crop: Region, top: int) -> list[Strip]:
        """The lines of ``crop`` as a frame with line ``top`` at the top draws them (and keeps them finished)."""
        # The pane's style, width and top line are the same for every line of one frame, and working
        # them out (theme, focus tint, ancestors' backgrounds, scrollbars) costs more than drawing a line.
        self._frame = (self.rich_style, self.scrollable_content_region.width, top)
        try:
            return self._finished.render_at(self, crop, top)
        finally:
            self._frame = None

    def _page(self) -> tuple[int, int, int]:
        return self.top_line, self.scrollable_content_region.height, len(self._wrapped) if self._wrapped else 0

    def _finish_lines(self, first: int, end: int) -> None:
        """Finish and keep lines ``first``..``end - 1`` as a frame with ``first`` at the top would draw them."""
        self._render_at(Region(0, 0, self.region.width, end - first), first)

    def render_line(self, y: int) -> Strip:
        base, width, top = self._frame or (self.rich_style, self.scrollable_content_region.width, self.top_line)
        line = top + y
        if self._wrapped is None or self._article is None or line >= len(self._wrapped):
            return Strip.blank(width, base)
        return self._render_text_line(line, base, width)  # kept, finished, by `FinishedLines`

    def _render_text_line(self, line: int, base: Style, width: int) -> Strip:
        """Line ``line`` as drawn: ``width`` cells, each piece carrying its offset (as `Strip.apply_offsets`)."""
        assert self._wrapped is not None and self._article is not None
        start, end = self._wrapped.starts[line], self._wrapped.ends[line]
        # Tabs would expand to several cells and break the offset-to-cell mapping.
        text = self._article.text[start:end].replace("\t", " ")
        styled = [
            (max(d.start, start) - start, min(d.end, end) - start, self._role_style(d.role))
            for layer in LAYERS
            for d in self._line_index(layer).get(line, ())
        ]
        segments = line_segments(text, base, styled)
        cells = Segment.get_line_length(segments)
        if cells > width:  # not wrapped to this width (yet): cut as Textual would
            return Strip(segments, cells).crop_extend(0, width, base).apply_offsets(0, line)
        if cells < width:
            segments.append(Segment(" " * (width - cells), base))
        # Built in one go: the Strips that crop_extend and apply_offsets would make on the way cost
        # ~30 us and 15 objects each (the garbage collector walks every one that a cache keeps).
        return Strip(with_offsets(segments, line), width)
