"""The keys a keyboard user expects (issue 14): lists reachable by tab, pager keys, sidebar, legend, copy, export, settings."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
import yaml
from textual.widgets import Input, TabbedContent

import reader.tui.background as background_module
from reader.tui.app import ReaderApp
from reader.tui.settings import load_settings
from reader.tui.view.layout import SIDEBAR_SHARE
from reader.tui.widgets.legend import Legend
from reader.tui.widgets.search_bar import SearchBar
from reader.tui.widgets.sidebar import Sidebar, SidebarList
from tests.tui.driving import drive, until
from tests.tui.test_app import A, B, hand_made_analysis, status


@pytest.fixture
def fake_analysis(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(background_module, "analyze", hand_made_analysis)


def focused_id(app: ReaderApp) -> str | None:
    return app.focused.id if app.focused is not None else None


def test_tab_reaches_the_open_tabs_list_and_left_right_switch_tabs(fake_analysis) -> None:
    async def scenario(app: ReaderApp, pilot) -> None:
        await pilot.press("tab")
        assert focused_id(app) == "right"
        await pilot.press("tab")
        assert isinstance(app.focused, SidebarList) and focused_id(app) == "actors-list"
        await pilot.press("right")
        assert focused_id(app) == "attributions-list"
        assert app.query_one(TabbedContent).active == "tab-attributions"
        await pilot.press("right")
        assert focused_id(app) == "matches-list"
        await pilot.press("right")
        assert focused_id(app) == "differences-list"
        await pilot.press("right")  # round to the first
        assert focused_id(app) == "actors-list"
        await pilot.press("left")
        assert focused_id(app) == "differences-list"
        await pilot.press("tab")
        assert focused_id(app) == "left"

    drive((A, B), scenario)


def test_enter_in_each_list_picks_as_a_click_does(fake_analysis) -> None:
    async def scenario(app: ReaderApp, pilot) -> None:
        await pilot.press("tab", "tab")  # the actors list
        await pilot.press("enter")
        assert app.actor is not None and app.actor.id == "hamas"
        assert "mention" in status(app)
        await pilot.press("enter")  # again: the pick is cleared
        assert app.actor is None
        await pilot.press("right", "enter")  # attributions: the cursor starts on the first one
        assert app.walk.current is not None and app.walk.current.article == "B"
        await pilot.press("right", "down", "enter")  # shared passages: the second one
        assert app.selected == "m2"
        await pilot.press("up", "enter")
        assert app.selected == "m1"

    drive((A, B), scenario)


def test_the_focused_place_is_marked_in_the_accent_colour(fake_analysis) -> None:
    async def scenario(app: ReaderApp, pilot) -> None:
        left, right = app.query_one("#left-title"), app.query_one("#right-title")
        focused_look = left.styles.background
        assert focused_look != right.styles.background
        await pilot.press("tab")
        await pilot.pause()
        assert right.styles.background == focused_look != left.styles.background
        sidebar = app.query_one(Sidebar)
        edge = sidebar.styles.border_left
        await pilot.press("tab")
        await pilot.pause()
        assert sidebar.styles.border_left != edge

    drive((A, B), scenario)


def test_pager_keys_as_in_less_and_vim(fake_analysis) -> None:
    async def scenario(app: ReaderApp, pilot) -> None:
        pane = app.pane("left")
        page = pane.scrollable_content_region.height - 1
        half = pane.scrollable_content_region.height // 2
        await pilot.press("space")
        assert pane.top_line == page
        await pilot.press("b")
        assert pane.top_line == 0
        await pilot.press("ctrl+d")
        assert pane.top_line == half
        await pilot.press("ctrl+u")
        assert pane.top_line == 0
        await pilot.press("G")
        assert pane.top_line > page and pane.is_visible(len(A.text) - 1)
        await pilot.press("g")
        assert pane.top_line == 0

    drive((A, B), scenario, size=(120, 16))


def test_n_says_when_it_wraps_and_the_status_counts_the_pair_on_screen(fake_analysis) -> None:
    async def scenario(app: ReaderApp, pilot) -> None:
        assert status(app).startswith("3 shared passages between A (") and " and B (" in status(app)
        await pilot.press("n", "n", "n")
        assert app.selected == "m3" and "wrapped" not in status(app)
        await pilot.press("n")
        assert app.selected == "m1" and "wrapped to the first" in status(app)
        await pilot.press("N")
        assert app.selected == "m3" and "wrapped to the last" in status(app)

    drive((A, B), scenario)


def test_search_says_hit_k_of_m(fake_analysis) -> None:
    async def scenario(app: ReaderApp, pilot) -> None:
        bar = app.query_one(SearchBar)
        await pilot.press("slash", *"Hamas")
        await until(pilot, lambda: bool(bar.hits), 100)
        await pilot.press("enter")
        assert status(app).startswith(f"Hit 1 of {len(bar.hits)}")
        await pilot.press("n")
        assert status(app).startswith(f"Hit 2 of {len(bar.hits)}")

    drive((A, B), scenario)


def test_s_hides_and_shows_the_sidebar_and_angle_brackets_resize_it(fake_analysis, private_settings: Path) -> None:
    async def scenario(app: ReaderApp, pilot) -> None:
        sidebar = app.query_one(Sidebar)
        assert sidebar.display and sidebar.size.width + 2 >= round(160 * SIDEBAR_SHARE) - 2
        before = sidebar.outer_size.width
        await pilot.press("greater_than_sign")
        await pilot.pause()
        assert sidebar.outer_size.width > before
        await pilot.press("less_than_sign", "less_than_sign")
        await pilot.pause()
        assert sidebar.outer_size.width < before
        await pilot.press("s")
        assert not sidebar.display
        await pilot.press("s")
        assert sidebar.display and isinstance(app.focused, SidebarList)

    drive((A, B), scenario)
    assert load_settings(private_settings).sidebar_share == round(SIDEBAR_SHARE - 0.05, 2)


def test_a_narrow_terminal_starts_without_the_sidebar_and_s_brings_it_over_the_panes(fake_analysis) -> None:
    async def scenario(app: ReaderApp, pilot) -> None:
        sidebar = app.query_one(Sidebar)
        assert not sidebar.display
        pane_width = app.pane("left").size.width
        await pilot.press("s")
        await pilot.pause()
        assert sidebar.display and sidebar.has_class("-over-panes")
        assert app.pane("left").size.width == pane_width  # drawn over the articles, which keep their width
        assert sidebar.size.width >= 30
        await pilot.press("escape", "s")
        assert not sidebar.display and focused_id(app) == "left"

    drive((A, B), scenario, size=(80, 24))


def test_i_toggles_the_legend_under_the_panes(fake_analysis) -> None:
    async def scenario(app: ReaderApp, pilot) -> None:
        legend = app.query_one(Legend)
        assert not legend.display
        await pilot.press("i")
        assert legend.display and "actor mention" in str(legend.render())
        await pilot.press("i")
        assert not legend.display
        await pilot.press("question_mark")
        assert "said differently" in str(app.screen.query_one("#help-legend").render())

    drive((A, B), scenario)


def test_y_copies_the_selected_pair_with_outlet_names(fake_analysis) -> None:
    copied: list[str] = []

    async def scenario(app: ReaderApp, pilot) -> None:
        app.copy_to_clipboard = copied.append  # the terminal would get it through OSC 52
        await pilot.press("y")
        assert copied == []  # nothing selected yet
        await pilot.press("n", "y")
        assert len(copied) == 1
        text = copied[0]
        pair = app.selected_pair()
        assert f"A ({A.path.rsplit('/', 1)[-1].rsplit('.', 1)[0]})" in text
        assert A.text[pair.left.start : pair.left.end].strip() in text
        assert B.text[pair.right.start : pair.right.end].strip() in text

    drive((A, B), scenario)


def test_e_writes_the_markdown_report_where_the_user_says(fake_analysis, tmp_path: Path) -> None:
    target = tmp_path / "out" / "report.md"
    target.parent.mkdir()

    async def scenario(app: ReaderApp, pilot) -> None:
        await pilot.press("e")
        field = app.screen.query_one(Input)
        assert field.value == "reader-report.md"
        field.value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is app.screen_stack[0]

    drive((A, B), scenario)
    report = target.read_text(encoding="utf-8")
    assert report.startswith("# Comparison report") and "Shared passages (3)" in report


def test_theme_width_and_linked_scrolling_are_remembered(fake_analysis, private_settings: Path) -> None:
    async def change(app: ReaderApp, pilot) -> None:
        app.theme = "textual-light"
        await pilot.press("l", "greater_than_sign")

    drive((A, B), change)
    saved = yaml.safe_load(private_settings.read_text(encoding="utf-8"))
    assert saved == {"theme": "textual-light", "linked": False, "sidebar_share": round(SIDEBAR_SHARE + 0.05, 2)}

    async def check(app: ReaderApp, pilot) -> None:
        assert app.theme == "textual-light" and app.linked is False
        assert app.sidebar_share == round(SIDEBAR_SHARE + 0.05, 2)

    drive((A, B), check)


def test_a_broken_settings_file_gives_the_defaults(fake_analysis, private_settings: Path) -> None:
    private_settings.parent.mkdir(parents=True)
    private_settings.write_text("theme: [unclosed\n", encoding="utf-8")

    async def check(app: ReaderApp, pilot) -> None:
        assert app.linked is True and app.sidebar_share == SIDEBAR_SHARE

    drive((A, B), check)


def test_ctrl_c_quits() -> None:
    async def main() -> None:
        app = ReaderApp((A, B), processes=False)
        async with app.run_test(size=(120, 30)) as pilot:
            await pilot.press("ctrl+c")
            await pilot.pause()
            assert not app.is_running

    asyncio.run(main())


def test_u_walks_what_only_one_article_says(fake_analysis) -> None:
    async def scenario(app: ReaderApp, pilot) -> None:
        covered = {(m.a.article, m.a.start) for m in app.analysis.matches} | {
            (m.b.article, m.b.start) for m in app.analysis.matches
        }
        await pilot.press("u")
        assert status(app).startswith("Only in one article: 1 of ")
        first = app.walk.current
        assert first is not None and first.article == "A" and (first.article, first.start) not in covered
        assert app.pane("left").is_visible(first.start) and "current" in app.pane("left").roles_at(first.start)
        await pilot.press("n")
        assert status(app).startswith("Only in one article: 2 of ") and app.selected is None
        await pilot.press("escape", "n")
        assert app.selected == "m1"  # n walks pairs again

    drive((A, B), scenario)
