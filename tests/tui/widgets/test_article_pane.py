"""The article pane and its wrapping: offsets, literal text, highlight styles, sizes."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from textual.app import App, ComposeResult

from reader.core.model import Article
from reader.core.text.build import article_from_text
from reader.core.text.loader import load_article, load_articles
from reader.tui.view.highlights import DISCREPANCY_HUE, MENTION_HUE, PAIR_HUES, Decoration
from reader.tui.view.wrap import wrap_text
from reader.tui.widgets.article_pane import ArticlePane

SEED = Path(__file__).resolve().parents[3] / "articles"
A, B = load_articles([SEED])
CSS_PATH = Path(__file__).resolve().parents[3] / "reader" / "tui" / "reader.tcss"


def make_article(text: str, article_id: str = "A") -> Article:
    return article_from_text(text, article_id)


# -- wrapping -----------------------------------------------------------------

texts = st.text(alphabet=st.sampled_from(list("ab cd  ef\n\n\tÉ漢字🙂\u0301-[]/")) | st.characters(codec="utf-8"), max_size=300)


@settings(max_examples=150, deadline=None)
@given(texts, st.integers(min_value=1, max_value=40))
def test_wrapped_lines_fit_and_keep_every_visible_character(text: str, width: int) -> None:
    article = make_article(text)
    wrapped = wrap_text(article.text, article.paragraphs, width)
    shown = set()
    for start, end in zip(wrapped.starts, wrapped.ends):
        assert 0 <= start <= end <= len(text)
        line = text[start:end]
        assert "\n" not in line
        # A single character wider than the line (a wide glyph at width 1) is the only overflow.
        assert cell_len(line) <= width or end - start == 1
        shown.update(range(start, end))
    for para in article.paragraphs:
        for pos in range(para.start, para.end):
            if not text[pos].isspace():
                assert pos in shown, (pos, text[pos])
                line = wrapped.line_of(pos)
                assert wrapped.starts[line] <= pos < wrapped.ends[line]


def test_paragraphs_are_separated_by_one_blank_line() -> None:
    wrapped = wrap_text(A.text, A.paragraphs, 60)
    blanks = [i for i in range(len(wrapped)) if wrapped.starts[i] == wrapped.ends[i]]
    assert len(blanks) == len(A.paragraphs) - 1
    first = A.paragraphs[1].start
    assert wrapped.line_of(first) == blanks[0] + 1


# -- the widget in a host app -------------------------------------------------


class PaneApp(App[None]):
    CSS_PATH = CSS_PATH

    def __init__(self, article: Article) -> None:
        super().__init__()
        self.article = article
        self.clicks: list[int] = []

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return {f"pair-{n}": hue for n, hue in enumerate(PAIR_HUES, start=1)} | {
            "mention": MENTION_HUE,
            "discrepancy": DISCREPANCY_HUE,
        }

    def compose(self) -> ComposeResult:
        yield ArticlePane(self.article, id="pane")

    def on_article_pane_clicked(self, event: ArticlePane.Clicked) -> None:
        self.clicks.append(event.offset)


def screen_text(pane: ArticlePane) -> list[str]:
    return [pane.render_line(y).text for y in range(pane.scrollable_content_region.height)]


def run(coro) -> None:
    asyncio.run(coro)


def test_markup_like_text_is_shown_as_typed(tmp_path: Path) -> None:
    raw = "Jo [Smith] said [/] it, see [link=https://x.example]here[/link] and \x1b[31mred\x1b[0m [b]bold[/b].\n"
    path = tmp_path / "tricky.txt"
    path.write_text(raw)
    article = load_article(path)

    async def scenario() -> None:
        app = PaneApp(article)
        async with app.run_test(size=(100, 10)) as pilot:
            await pilot.pause()
            shown = " ".join(screen_text(app.query_one(ArticlePane)))
            for literal in ("[Smith]", "[/]", "[link=https://x.example]here[/link]", "[b]bold[/b]", "red"):
                assert literal in shown
            assert "\x1b" not in shown

    run(scenario())


def test_the_first_frame_shows_the_text_and_a_scrollbar_that_fits_it() -> None:
    """The pane wraps when the layout first places it, not on its first Resize (which Textual sends after the
    first frame): the first lines it draws are the article's, and the scrollbar is sized for all its lines."""
    drawn: list[tuple[list[str], int, int]] = []

    class FirstFramePane(ArticlePane):
        def render_lines(self, crop):
            strips = super().render_lines(crop)
            if not drawn:
                bar = self.vertical_scrollbar
                drawn.append(([strip.text for strip in strips], bar.window_virtual_size, bar.window_size))
            return strips

    class FirstFrameApp(PaneApp):
        def compose(self) -> ComposeResult:
            yield FirstFramePane(self.article, id="pane")

    async def scenario() -> None:
        app = FirstFrameApp(A)
        async with app.run_test(size=(70, 12)) as pilot:
            await pilot.pause()
            pane = app.query_one(ArticlePane)
            lines, virtual_height, window = drawn[0]
            assert pane.wrapped is not None and len(pane.wrapped) > 2 * window
            first = A.text[pane.wrapped.starts[0] : pane.wrapped.ends[0]]
            assert first.strip() and first in lines[0]
            assert virtual_height == pane.virtual_size.height >= len(pane.wrapped)

    run(scenario())


def test_lines_are_drawn_as_textual_would_pad_and_offset_them() -> None:
    """The pane builds each line in one go; Textual's own crop_extend + apply_offsets give the same pieces."""
    from rich.segment import Segment
    from textual.strip import Strip

    from reader.tui.widgets.line_pieces import line_segments

    async def scenario() -> None:
        app = PaneApp(A)
        async with app.run_test(size=(70, 12)) as pilot:
            pane = app.query_one(ArticlePane)
            pane.set_decorations("pairs", [Decoration(0, 40, "pair-1"), Decoration(20, 30, "paraphrase")])
            await pilot.pause()
            width, base = pane.scrollable_content_region.width, pane.rich_style
            for y in range(pane.scrollable_content_region.height):
                line = pane.top_line + y
                start, end = pane.wrapped.starts[line], pane.wrapped.ends[line]
                styled = [
                    (max(d.start, start) - start, min(d.end, end) - start, pane._role_style(d.role))
                    for d in pane.decorations("pairs")
                    if d.start < max(end, start + 1) and d.end > start
                ]
                pieces = line_segments(A.text[start:end], base, styled)
                textual = Strip(pieces, Segment.get_line_length(pieces)).crop_extend(0, width, base).apply_offsets(0, line)
                drawn = pane.render_line(y)
                assert list(drawn) == list(textual) and drawn.cell_length == width

    run(scenario())


def _style_at(pane: ArticlePane, offset: int):
    line = pane.line_of(offset)
    pane.scroll_to_line(line, quiet=True)
    strip = pane.render_line(0)
    column = offset - pane.wrapped.starts[line]
    for piece in strip:
        if column < len(piece.text):
            return piece.style
        column -= len(piece.text)
    raise AssertionError("offset not on its line")


def _painted_styles(no_color: bool, monkeypatch: pytest.MonkeyPatch, theme: str = "textual-dark"):
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    else:
        monkeypatch.delenv("NO_COLOR", raising=False)
    text = A.text
    styles = {}

    async def scenario() -> None:
        app = PaneApp(A)
        async with app.run_test(size=(80, 20)) as pilot:
            app.theme = theme
            pane = app.query_one(ArticlePane)
            pane.set_decorations(
                "pairs",
                [Decoration(0, 40, "pair-1"), Decoration(20, 30, "paraphrase"), Decoration(60, 90, "pair-2")],
            )
            await pilot.pause()
            styles["plain"] = _style_at(pane, text.index("Islamist"))
            styles["shared"] = _style_at(pane, 5)
            styles["paraphrase"] = _style_at(pane, 25)
            styles["second pair"] = _style_at(pane, 70)

    run(scenario())
    return styles


def _attributes(style) -> tuple:
    return (bool(style.bold), bool(style.italic), bool(style.underline), bool(style.reverse))


def test_pairs_plain_and_paraphrase_look_different(monkeypatch: pytest.MonkeyPatch) -> None:
    styles = _painted_styles(False, monkeypatch)
    assert styles["shared"].bgcolor != styles["plain"].bgcolor
    assert styles["second pair"].bgcolor not in (styles["shared"].bgcolor, styles["plain"].bgcolor)
    assert styles["paraphrase"].bgcolor == styles["shared"].bgcolor  # same pair colour ...
    assert _attributes(styles["paraphrase"]) != _attributes(styles["shared"])  # ... marked differently


def test_pair_colours_follow_a_light_theme(monkeypatch: pytest.MonkeyPatch) -> None:
    dark = _painted_styles(False, monkeypatch)
    light = _painted_styles(False, monkeypatch, theme="textual-light")
    assert light["shared"].bgcolor != dark["shared"].bgcolor
    # Blended over a light background the tint stays light.
    assert sum(light["shared"].bgcolor.get_truecolor()) > sum(dark["shared"].bgcolor.get_truecolor())


def test_no_color_keeps_pairs_distinguishable_by_text_style(monkeypatch: pytest.MonkeyPatch) -> None:
    styles = _painted_styles(True, monkeypatch)
    looks = {name: _attributes(style) for name, style in styles.items()}
    assert len(set(looks.values())) == 4, looks


def test_keys_scroll_and_resizes_keep_the_reading_position() -> None:
    long_text = "\n\n".join(f"Paragraph {n}. " + "word " * 40 for n in range(200))
    article = make_article(long_text)

    async def scenario() -> None:
        app = PaneApp(article)
        async with app.run_test(size=(60, 20)) as pilot:
            pane = app.query_one(ArticlePane)
            pane.focus()
            await pilot.press("j", "j")
            assert pane.scroll_y == 2
            await pilot.press("k")
            assert pane.scroll_y == 1
            await pilot.press("pagedown")
            assert pane.scroll_y > 10
            await pilot.press("end")
            assert pane.row_of(article.paragraphs[-1].end - 1) == pane.scrollable_content_region.height - 1
            await pilot.press("home")
            assert pane.scroll_y == 0
            target = long_text.index("Paragraph 120.")
            pane.place(target, 0)
            await pilot.resize_terminal(50, 14)
            await pilot.pause()
            assert pane.wrapped.width == pane.scrollable_content_region.width
            assert pane.row_of(target) == 0
            assert "Paragraph 120." in screen_text(pane)[0]
            await pilot.resize_terminal(120, 40)
            await pilot.pause()
            assert pane.row_of(target) == 0

    run(scenario())


def test_tiny_and_zero_sizes_do_not_crash() -> None:
    async def scenario() -> None:
        app = PaneApp(A)
        async with app.run_test(size=(50, 14)) as pilot:
            for width, height in ((1, 1), (3, 2), (50, 14), (7, 40)):
                await pilot.resize_terminal(width, height)
                await pilot.pause()
                pane = app.query_one(ArticlePane)
                assert all(cell_len(line) <= max(1, pane.size.width) for line in screen_text(pane))

    run(scenario())


def test_clicking_text_reports_its_offset() -> None:
    async def scenario() -> None:
        app = PaneApp(A)
        async with app.run_test(size=(80, 20)) as pilot:
            pane = app.query_one(ArticlePane)
            # Padding is one cell on the left: column 1 shows the first character.
            await pilot.click(ArticlePane, offset=(1 + 2, 0))
            await pilot.pause()
            assert app.clicks == [2]
            line = pane.line_of(A.paragraphs[1].start)
            await pilot.click(ArticlePane, offset=(1, line))
            await pilot.pause()
            assert app.clicks[-1] == A.paragraphs[1].start

    run(scenario())


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
def test_plain_text_is_drawn_in_the_theme_colours(theme: str) -> None:
    """A line without highlights must not fall back to the terminal's default colours."""

    async def scenario() -> None:
        app = PaneApp(A)
        async with app.run_test(size=(80, 20)) as pilot:
            app.theme = theme
            await pilot.pause()
            pane = app.query_one(ArticlePane)
            base = pane.rich_style
            assert base.bgcolor is not None and base.color is not None
            for y in range(pane.scrollable_content_region.height):
                for segment in pane.render_line(y):
                    assert segment.style.bgcolor == base.bgcolor and segment.style.color == base.color

    run(scenario())


def _colour_distance(one, other) -> float:
    return sum((a - b) ** 2 for a, b in zip(one.get_truecolor(), other.get_truecolor())) ** 0.5


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
def test_a_mention_looks_like_no_pair(theme: str) -> None:
    async def scenario() -> None:
        app = PaneApp(A)
        async with app.run_test(size=(80, 20)) as pilot:
            app.theme = theme
            pane = app.query_one(ArticlePane)
            pane.set_decorations("pairs", [Decoration(n * 10, n * 10 + 5, f"pair-{n + 1}") for n in range(8)])
            pane.set_decorations("mentions", [Decoration(100, 105, "mention")])
            await pilot.pause()
            mention = _style_at(pane, 101)
            for n in range(8):
                pair = _style_at(pane, n * 10 + 1)
                assert _colour_distance(mention.bgcolor, pair.bgcolor) > 60, (n + 1, mention, pair)
                assert _attributes(mention) != _attributes(pair)

    run(scenario())


def test_under_no_color_a_mention_looks_like_no_pair(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")

    async def scenario() -> None:
        app = PaneApp(A)
        async with app.run_test(size=(80, 20)) as pilot:
            pane = app.query_one(ArticlePane)
            pane.set_decorations("pairs", [Decoration(0, 5, "pair-1"), Decoration(10, 15, "pair-2")])
            pane.set_decorations("mentions", [Decoration(100, 105, "mention")])
            await pilot.pause()
            mention = _attributes(_style_at(pane, 101))
            assert mention not in (_attributes(_style_at(pane, 1)), _attributes(_style_at(pane, 11)))

    run(scenario())


@pytest.mark.parametrize("no_color", [False, True])
def test_a_discrepancy_stands_out_inside_the_selected_pair(no_color: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 13: double-underlined and never reversed, so it shows in a selected (reversed) pair too."""
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")

    async def scenario() -> None:
        app = PaneApp(A)
        async with app.run_test(size=(80, 20)) as pilot:
            pane = app.query_one(ArticlePane)
            pane.set_decorations("pairs", [Decoration(0, 60, "pair-1")])
            pane.set_decorations("selected", [Decoration(0, 60, "selected")])
            pane.set_decorations("differences", [Decoration(20, 30, "discrepancy")])
            await pilot.pause()
            selected, differing = _style_at(pane, 10), _style_at(pane, 21)
            assert selected.reverse and not differing.reverse and differing.underline2 and differing.bold
            if not no_color:
                assert _colour_distance(differing.bgcolor, _style_at(pane, 10).color) > 60

    run(scenario())


def test_repainting_a_layer_redraws_only_the_lines_it_touches() -> None:
    async def scenario() -> None:
        app = PaneApp(A)
        async with app.run_test(size=(80, 20)) as pilot:
            pane = app.query_one(ArticlePane)
            pane.set_decorations("pairs", [Decoration(0, 300, "pair-1")])
            await pilot.pause()
            drawn: list[int] = []
            draw = pane._render_text_line

            def counting(line, base, width):
                drawn.append(line)
                return draw(line, base, width)

            pane._render_text_line = counting
            old_line, new_line = pane.line_of(A.paragraphs[1].start), pane.line_of(A.paragraphs[2].start)
            pane.set_decorations("selected", [Decoration(A.paragraphs[1].start, A.paragraphs[1].start + 3, "selected")])
            await pilot.pause()
            assert drawn == [old_line]
            drawn.clear()
            pane.set_decorations("selected", [Decoration(A.paragraphs[2].start, A.paragraphs[2].start + 3, "selected")])
            pane.set_decorations("mentions", [])  # the same as before: nothing to redraw
            await pilot.pause()
            assert sorted(drawn) == [old_line, new_line]
            assert "selected" in pane.roles_at(A.paragraphs[2].start)

    run(scenario())
