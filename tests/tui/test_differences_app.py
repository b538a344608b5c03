"""The app's side of issue 13: the Differences tab, picking a discrepancy, the d / D walk, the spans in the panes.

On the self-written court pair (tests/fixtures/discrepancies, written from the facts, not copied), which
disagrees on numbers, a source and a quote.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from textual.widgets import TabbedContent

from reader.core.text.loader import load_articles
from reader.tui import background as background_module
from reader.tui.app import ReaderApp
from reader.tui.view.differences import between, side_of
from reader.tui.widgets.article_pane import ArticlePane
from reader.tui.widgets.sidebar.differences_tab import DifferencesTab
from reader.tui.widgets.sidebar.match_detail import MatchDetail
from tests.tui import driving
from tests.tui.driving import until
from tests.tui.test_app import A, B, hand_made_analysis

PAIR = Path(__file__).resolve().parents[1] / "fixtures" / "discrepancies"
COURT = load_articles([PAIR / "court_a.txt", PAIR / "court_b.txt"])
# The same count told at different places in sentences no passage pairs: a discrepancy found "elsewhere".
FLOOD = load_articles([PAIR / "flood_a.txt", PAIR / "flood_b.txt"])


def drive(scenario: Callable, size=(160, 40), articles=COURT) -> None:
    """`driving.drive` on the court pair (or ``articles``), without the user's settings."""
    driving.drive(articles, scenario, size, turns=500, remember=False)


def status(app: ReaderApp) -> str:
    return str(app.query_one("#status").render())


def spans_level(app: ReaderApp, discrepancy_id: str) -> bool:
    """Both sides of the discrepancy are on screen, on the same row."""
    d = next(d for d in app.analysis.discrepancies if d.id == discrepancy_id)
    left, right = (side_of(d, article_id) for article_id in app.pair_ids)
    lp, rp = app.pane("left"), app.pane("right")
    return lp.is_visible(left.start) and lp.row_of(left.start) == rp.row_of(right.start)


def test_tab_reaches_the_differences_list_and_enter_shows_the_discrepancy() -> None:
    async def scenario(app: ReaderApp, pilot) -> None:
        listed = app.query_one(DifferencesTab)
        ids = listed.ordered_ids()
        assert len(ids) == len(between(app.analysis, *app.pair_ids)) >= 4
        await pilot.press("tab", "tab")  # the right pane, then the open tab's list (actors)
        await pilot.press("right", "right", "right")  # attributions, matches, differences
        assert app.query_one(TabbedContent).active == "tab-differences"
        assert app.focused is listed
        await pilot.press("down", "enter")  # the cursor starts on the first discrepancy
        await pilot.pause()
        second = ids[1]
        d = next(d for d in app.analysis.discrepancies if d.id == second)
        assert listed.selected == second
        assert app.selected == d.match  # its passage selected, as picking a shared passage does
        assert spans_level(app, second)
        assert status(app).startswith(f"Difference 2 of {len(ids)}: {d.summary}")
        # The detail under the list: the discrepancy first, then the passage word by word.
        body = app.query_one("#difference-detail", MatchDetail).body.plain
        assert body.index(d.summary) < body.index("shared ·")
        # The Matches tab's detail shows the same passage with the discrepancy first.
        body = app.query_one("#match-detail", MatchDetail).body.plain
        assert body.startswith("Difference ·") and d.summary in body

    drive(scenario)


def test_d_and_D_walk_the_discrepancies_and_say_when_they_wrap() -> None:
    async def scenario(app: ReaderApp, pilot) -> None:
        ids = app.query_one(DifferencesTab).ordered_ids()
        count = len(ids)
        await pilot.press("d")
        assert status(app).startswith(f"Difference 1 of {count}: ") and "wrapped" not in status(app)
        assert spans_level(app, ids[0])
        await pilot.press("d")
        assert status(app).startswith(f"Difference 2 of {count}: ")
        assert app.query_one(DifferencesTab).selected == ids[1] and spans_level(app, ids[1])
        await pilot.press("D", "D")  # back to the first, then round to the last
        assert status(app).startswith(f"Difference {count} of {count}: ")
        assert status(app).split("   [")[0].endswith("wrapped to the last")
        assert spans_level(app, ids[-1])
        await pilot.press("d")
        assert status(app).startswith(f"Difference 1 of {count}: ") and "wrapped to the first" in status(app)

    drive(scenario)


def test_discrepancy_spans_are_painted_by_their_own_offsets() -> None:
    async def scenario(app: ReaderApp, pilot) -> None:
        shown = between(app.analysis, *app.pair_ids)
        for side, article_id in zip(("left", "right"), app.pair_ids):
            pane = app.pane(side)
            painted = {(d.start, d.end) for d in pane.decorations("differences")}
            wanted = {(s.start, s.end) for d in shown if (s := side_of(d, article_id)) is not None}
            assert painted == wanted and painted
            start, _ = min(painted)
            assert "discrepancy" in pane.roles_at(start)
        # The style is the theme's $discrepancy, bold and double-underlined.
        style = app.pane("left")._role_style("discrepancy")
        assert style.bold and style.underline2 and style.bgcolor is not None

    drive(scenario)


def test_no_color_draws_discrepancies_double_underlined_without_a_colour(monkeypatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")

    async def scenario(app: ReaderApp, pilot) -> None:
        style = app.pane("left")._role_style("discrepancy")
        assert style.underline2 and style.bold and not style.reverse

    drive(scenario)


def test_d_and_D_are_in_the_footer_and_the_help() -> None:
    async def scenario(app: ReaderApp, pilot) -> None:
        footer_keys = {b.key for _, b, enabled, _ in app.screen.active_bindings.values() if b.show}
        assert "d" in footer_keys
        await pilot.press("question_mark")
        await pilot.pause()
        rows = dict(app.screen.rows)
        assert rows["d"] == "Next diff" and rows["D"] == "Prev diff"
        assert "where they differ" in str(app.screen.query_one("#help-legend").render())

    drive(scenario)


def test_d_says_so_when_the_shown_pair_has_no_differences(monkeypatch) -> None:
    monkeypatch.setattr(background_module, "analyze", hand_made_analysis)  # matches, no discrepancies

    async def main() -> None:
        app = ReaderApp((A, B), processes=False, remember=False)
        async with app.run_test(size=(160, 40)) as pilot:
            await until(pilot, lambda: app.analysis is not None, 500)
            await pilot.pause()
            await pilot.press("d")
            assert status(app).startswith("No differences found between A (") and app.selected is None
            listed = app.query_one(DifferencesTab)
            assert listed.ordered_ids() == [] and "No differences found" in str(listed.get_option_at_index(0).prompt)

    asyncio.run(main())


def test_d_on_a_discrepancy_found_elsewhere_shows_its_own_two_spans_and_selects_no_pair() -> None:
    async def scenario(app: ReaderApp, pilot) -> None:
        (only,) = app.query_one(DifferencesTab).ordered_ids()
        d = next(d for d in app.analysis.discrepancies if d.id == only)
        assert d.place == "elsewhere" and (app.analysis.text_of(d.a), app.analysis.text_of(d.b)) == ("412 homes", "380 homes")
        listed_under = next(m for m in app.analysis.matches if m.id == d.match)
        assert not listed_under.a.start <= d.a.start < listed_under.a.end  # only the nearest passage
        for key in ("d", "D"):
            await pilot.press(key)
            await pilot.pause()
            assert app.selected is None  # no pair pretends the two sentences are one passage
            for side, article_id in zip(("left", "right"), app.pair_ids):
                span, pane = side_of(d, article_id), app.pane(side)
                assert pane.is_visible(span.start) and pane.is_visible(span.end - 1)
                assert {"discrepancy", "current"} <= set(pane.roles_at(span.start))
            assert spans_level(app, only)
            assert status(app).startswith(
                "Difference 1 of 1: A: 412 homes · B: 380 homes · not in a shared passage (listed under passage 2, "
                "the nearest): A paragraph 6, B paragraph 2"
            )
            body = app.query_one("#difference-detail", MatchDetail).body.plain
            assert "Not in a shared passage (listed under passage 2, the nearest)" in body
            assert "A, paragraph 6: 412 homes" in body and "B, paragraph 2: 380 homes" in body
            # Each side's paragraph is said once in the detail, beside its words.
            assert body.count("paragraph 6") == 1 and body.count("paragraph 2") == 1
        # Only the discrepancy's own spans are the current place, on a layer of their own.
        for side, span in zip(("left", "right"), (d.a, d.b)):
            assert [(x.start, x.end, x.role) for x in app.pane(side).decorations("picked")] == [(span.start, span.end, "current")]
            assert {x.role for x in app.pane(side).decorations("differences")} == {"discrepancy"}
        await pilot.press("n")  # a shared passage selected: the discrepancy is no longer the current place
        await pilot.pause()
        assert app.selected is not None
        assert "current" not in app.pane("left").roles_at(d.a.start)
        assert "discrepancy" in app.pane("left").roles_at(d.a.start)

    drive(scenario, articles=FLOOD)


def test_picking_an_elsewhere_discrepancy_repaints_only_its_own_layer_and_a_pair_backed_one_clears_it(monkeypatch) -> None:
    painted: list[str] = []  # the layers set, in order
    original = ArticlePane.set_decorations

    def counted(pane: ArticlePane, layer: str, decorations) -> None:
        painted.append(layer)
        original(pane, layer, decorations)

    async def scenario(app: ReaderApp, pilot) -> None:
        (only,) = app.query_one(DifferencesTab).ordered_ids()
        d = next(d for d in app.analysis.discrepancies if d.id == only)
        # A discrepancy inside its passage, beside the elsewhere one (the flood pair has none of its own).
        backed = replace(d, id=f"{d.id}-in-passage", place="match")
        object.__setattr__(app.analysis, "discrepancies", (*app.analysis.discrepancies, backed))
        monkeypatch.setattr(ArticlePane, "set_decorations", counted)
        for key in ("d", "D"):
            painted.clear()
            await pilot.press(key)
            await pilot.pause()
            assert "differences" not in painted and "picked" in painted
            assert all(app.pane(side).decorations("picked") for side in ("left", "right"))
        painted.clear()
        app.show_discrepancy(backed.id)
        await pilot.pause()
        assert app.selected == d.match and app.picked_elsewhere is None
        assert not app.pane("left").decorations("picked") and not app.pane("right").decorations("picked")
        assert "differences" not in painted
        assert "discrepancy" in app.pane("left").roles_at(d.a.start)

    drive(scenario, articles=FLOOD)
