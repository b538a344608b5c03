"""The reader app driven with the Pilot: every key a user presses, and what ends up on screen."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from textual import events
from textual.widgets import Footer, Input, OptionList, Static

import reader.tui.background as background_module
from reader.core.model import Actor, Analysis, Article, Attribution, Match, Mention, Passage, SearchHit, SharedRun, Span
from reader.core.text.build import article_from_text
from reader.core.text.loader import load_articles
from reader.tui.app import ReaderApp
from reader.tui.commands import MatchIndex
from reader.tui.screens.help import HelpScreen
from reader.tui.screens.picker import PairPicker
from reader.tui.view.highlights import Decoration
from reader.tui.view.pairing import next_unshown, with_article
from reader.tui.view.walk import Walk, attribution_passage
from reader.tui.widgets.article_pane import ArticlePane
from reader.tui.widgets.search_bar import SearchBar
from reader.tui.widgets.sidebar import Sidebar
from tests.tui.driving import drive, until

SEED = Path(__file__).resolve().parents[2] / "articles"
A, B = load_articles([SEED])


def span_of(article: Article, phrase: str) -> Span:
    start = article.text.index(phrase)
    return Span(start, start + len(phrase))


def passage(article: Article, phrase: str) -> Passage:
    found = span_of(article, phrase)
    return Passage(article.id, found.start, found.end)


def shared(left: Article, right: Article, *phrases: str) -> tuple[SharedRun, ...]:
    return tuple(SharedRun(span_of(left, p), span_of(right, p)) for p in phrases)


PHRASES = [  # (in A, in B, shared words): three passages both articles report, in reading order
    (
        "has failed to achieve its objective, according to an Egyptian media report published Tuesday",
        "has failed miserably, according to media reports in Egypt on Tuesday",
        ("has failed", "Tuesday"),
    ),
    (
        "Egyptian authorities presented to Hamas evidence of Hamas's involvement in Sinai incidents",
        "the Egyptian authorities presented the Hamas delegation with evidence of its involvement in Sinai terrorism",
        ("Egyptian authorities presented", "involvement in Sinai"),
    ),
    (
        "Egypt views the Palestinian Authority as the only side that can hold talks on strategic issues",
        "Egypt sees only the Palestinian Authority as the body with which it can have discussions on strategic issues",
        ("Palestinian Authority as the", "on strategic issues"),
    ),
]


def hand_made_analysis(articles: tuple[Article, ...], lexicons=None) -> Analysis:
    a, b = articles[0], articles[1]
    matches = tuple(
        Match(f"m{n}", passage(a, in_a), passage(b, in_b), 70.0, "paraphrase", shared(a, b, *words))
        for n, (in_a, in_b, words) in enumerate(PHRASES, start=1)
    )
    hamas = Actor(
        "hamas",
        "Hamas",
        "organization",
        mentions=tuple(
            Mention(article.id, start, start + 5)
            for article in articles
            for start in range(len(article.text))
            if article.text.startswith("Hamas", start)
        ),
    )
    cue = span_of(b, "said")
    attribution = Attribution("at1", b.id, cue, Span(cue.end, cue.end + 40), "indirect", False)
    return Analysis(articles=articles, matches=matches, actors=(hamas,), attributions=(attribution,))


@pytest.fixture
def fake_analysis(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(background_module, "analyze", hand_made_analysis)


def rows_aligned(app: ReaderApp, match_id: str) -> bool:
    pair = next(p for p in app.pairs if p.id == match_id)
    left, right = app.pane("left"), app.pane("right")
    row = left.row_of(pair.left.start)
    return row == right.row_of(pair.right.start) and left.is_visible(pair.left.start)


def status(app: ReaderApp) -> str:
    return str(app.query_one("#status", Static).render())


def test_titles_text_and_footer_keys_are_on_screen(fake_analysis) -> None:
    async def scenario(app: ReaderApp, pilot) -> None:
        titles = [str(app.query_one(f"#{side}-title", Static).render()) for side in ("left", "right")]
        assert A.label in titles[0] and B.label in titles[1]
        assert A.text[:30] in app.pane("left").render_line(0).text
        shown_in_footer = {key for key, active in app.active_bindings.items() if active.binding.show}
        assert {"n", "N", "slash", "l", "question_mark", "q"} <= shown_in_footer
        assert "3 shared passages" in status(app)

    drive((A, B), scenario)


def test_text_is_usable_while_the_analysis_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()

    def slow_analysis(articles, lexicons=None):
        release.wait(10)
        return hand_made_analysis(articles)

    monkeypatch.setattr(background_module, "analyze", slow_analysis)

    async def main() -> None:
        app = ReaderApp((A, B), processes=False)
        async with app.run_test(size=(120, 30)) as pilot:
            await pilot.pause()
            assert "Analysing" in status(app)
            assert app.pane("left").decorations("pairs") == []
            await pilot.press("j", "j")
            assert app.pane("left").scroll_y == 2
            release.set()
            await until(pilot, lambda: app.analysis is not None)
            assert len(app.pane("left").decorations("pairs")) > 0
            assert len(app.pane("right").decorations("pairs")) > 0

    asyncio.run(main())


def test_n_and_brackets_walk_pairs_and_align_both_sides(fake_analysis) -> None:
    async def scenario(app: ReaderApp, pilot) -> None:
        await pilot.press("n")
        assert app.selected == "m1" and rows_aligned(app, "m1")
        await pilot.press("n")
        assert app.selected == "m2" and rows_aligned(app, "m2")
        await pilot.press("right_square_bracket")
        assert app.selected == "m3" and rows_aligned(app, "m3")
        await pilot.press("N")
        assert app.selected == "m2" and rows_aligned(app, "m2")
        await pilot.press("left_square_bracket", "left_square_bracket")
        assert app.selected == "m3"  # wraps around
        pair = next(p for p in app.pairs if p.id == "m3")
        assert "selected" in app.pane("left").roles_at(pair.left.start)
        assert "selected" in app.pane("right").roles_at(pair.right.start)
        assert status(app).startswith("Pair 3 of 3 · paraphrase")

    drive((A, B), scenario, size=(120, 24))


def test_each_pair_has_one_colour_in_both_panes(fake_analysis) -> None:
    async def scenario(app: ReaderApp, pilot) -> None:
        colours = []
        for pair in app.pairs:
            left = [r for r in app.pane("left").roles_at(pair.left.start) if r.startswith("pair-")]
            right = [r for r in app.pane("right").roles_at(pair.right.start) if r.startswith("pair-")]
            assert left == right
            colours.append(left[0])
        assert len(set(colours)) == len(colours)
        plain = A.text.index("The Al-Ahram")
        assert app.pane("left").roles_at(plain) == []
        m2 = app.pairs[1]
        inside_shared = A.text.index("Egyptian authorities presented")
        paraphrased = A.text.index("evidence of Hamas")
        assert "paraphrase" not in app.pane("left").roles_at(inside_shared)
        assert "paraphrase" in app.pane("left").roles_at(paraphrased)
        assert m2.left.start <= paraphrased < m2.left.end

    drive((A, B), scenario)


def test_linked_scrolling_follows_matches_and_can_be_toggled(fake_analysis) -> None:
    async def scenario(app: ReaderApp, pilot) -> None:
        left, right = app.pane("left"), app.pane("right")
        pair = app.pairs[2]
        left.place(pair.left.start, 0, quiet=False)  # as if the user scrolled there
        await pilot.pause()
        assert right.row_of(pair.right.start) == left.row_of(pair.left.start) == 0
        await pilot.press("j", "j")  # the left pane has focus
        await pilot.pause()
        assert right.row_of(pair.right.start) == left.row_of(pair.left.start) == -2
        await pilot.press("l")
        assert "unlinked" in status(app)
        before = right.scroll_y
        await pilot.press("pagedown")
        await pilot.pause()
        assert left.row_of(pair.left.start) < -2 and right.scroll_y == before
        await pilot.press("l")
        assert "linked" in status(app) and app.linked

    drive((A, B), scenario, size=(100, 24))


def wheel(pane: ArticlePane, event_type: type[events.MouseScrollDown | events.MouseScrollUp]) -> None:
    """One notch of the mouse wheel over ``pane`` (the Pilot has no wheel of its own)."""
    region = pane.region
    pane.post_message(event_type(pane, 2, 2, 0, 0, 0, False, False, False, screen_x=region.x + 2, screen_y=region.y + 2))


def test_arrows_pages_and_the_mouse_wheel_scroll_the_pane_under_them(fake_analysis) -> None:
    async def scenario(app: ReaderApp, pilot) -> None:
        left, right = app.pane("left"), app.pane("right")
        await pilot.press("l")  # unlinked: each pane moves on its own, so each move is the key's alone
        await pilot.press("down", "down")
        assert left.scroll_y == 2 and right.scroll_y == 0
        await pilot.press("up")
        assert left.scroll_y == 1
        await pilot.press("pagedown")
        paged = left.scroll_y
        assert paged > 10
        await pilot.press("pageup")
        assert left.scroll_y == 1
        await pilot.press("tab", "down")  # arrows scroll the focused pane only
        assert right.scroll_y == 1 and left.scroll_y == 1
        wheel(left, events.MouseScrollDown)
        await pilot.pause()
        assert left.scroll_y > 1 and right.scroll_y == 1
        wheeled = left.scroll_y
        wheel(left, events.MouseScrollUp)
        await pilot.pause()
        assert left.scroll_y < wheeled
        await pilot.press("l")  # linked again: the wheel on one pane moves the other too
        before = right.scroll_y
        for _ in range(5):
            wheel(left, events.MouseScrollDown)
        await pilot.pause()
        assert right.scroll_y != before

    drive((A, B), scenario, size=(100, 24))


def test_tab_cycles_left_right_sidebar(fake_analysis) -> None:
    async def scenario(app: ReaderApp, pilot) -> None:
        sidebar = app.query_one(Sidebar)
        assert app.focused is app.pane("left")
        await pilot.press("tab")
        assert app.focused is app.pane("right")
        await pilot.press("tab")
        assert sidebar in app.focused.ancestors
        await pilot.press("tab")
        assert app.focused is app.pane("left")
        await pilot.press("shift+tab")
        assert sidebar in app.focused.ancestors
        await pilot.press("shift+tab")
        assert app.focused is app.pane("right")

    drive((A, B), scenario)


def test_help_lists_every_key_and_closes(fake_analysis) -> None:
    async def scenario(app: ReaderApp, pilot) -> None:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        listed = " ".join(f"{keys} {what}" for keys, what in app.screen.rows)
        for expected in ("Next", "Prev", "Search", "Link", "Help", "Quit", "Focus", "PgUp", "ctrl+p"):
            assert expected in listed
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("question_mark")
        await pilot.press("q")  # closes help, does not quit
        assert app.is_running and not isinstance(app.screen, HelpScreen)

    drive((A, B), scenario)


def test_search_as_you_type_jump_walk_and_leave(fake_analysis) -> None:
    async def scenario(app: ReaderApp, pilot) -> None:
        bar = app.query_one(SearchBar)
        await pilot.press("slash")
        assert bar.is_open and isinstance(app.focused, Input)
        await pilot.press(*"prosecuter")  # typo: "prosecutor"
        await until(pilot, lambda: bool(bar.hits), 100)
        results = app.query_one("#search-results", OptionList)
        assert results.option_count == len(bar.hits) > 0
        assert "prosecutor" in str(results.get_option_at_index(0).prompt)
        hit = bar.hits[0]
        await pilot.press("enter")
        pane = app._pane_showing(hit.article)
        assert pane is not None and pane.is_visible(hit.start)
        assert "current" in pane.roles_at(hit.start) and "hit" in pane.roles_at(hit.start)
        assert app.focused is pane
        await pilot.press("n")  # walks hits, not pairs, while search is open
        assert app.selected is None
        await pilot.press("escape")
        assert not bar.is_open
        assert app.pane("left").decorations("hits") == app.pane("right").decorations("hits") == []
        assert status(app) == "[scroll linked]"

    drive((A, B), scenario)


@pytest.mark.parametrize("size", [(200, 50), (80, 24)])
def test_every_search_result_is_on_screen_above_the_status_line_and_footer(fake_analysis, size) -> None:
    async def scenario(app: ReaderApp, pilot) -> None:
        bar = app.query_one(SearchBar)
        await pilot.press("slash", *"Barakt")  # typo: "Barakat", in two sentences of B
        await until(pilot, lambda: bool(bar.hits), 100)
        await pilot.pause()
        results = app.query_one("#search-results", OptionList)
        assert len(bar.hits) >= 2
        assert results.region.height >= results.option_count
        status_line = app.query_one("#status", Static).region
        footer = app.query_one(Footer).region
        assert results.region.bottom <= status_line.y < footer.y
        assert app.pane("left").region.bottom <= bar.region.y

    drive((A, B), scenario, size=size)


def test_selected_actor_mentions_are_walked_and_cleared(fake_analysis) -> None:
    async def scenario(app: ReaderApp, pilot) -> None:
        sidebar = app.query_one(Sidebar)
        sidebar.post_message(Sidebar.ActorSelected(sidebar, "hamas"))
        await pilot.pause()
        for side, article in (("left", A), ("right", B)):
            assert "mention" in app.pane(side).roles_at(article.text.index("Hamas"))
        await pilot.press("n")
        first = A.text.index("Hamas")
        assert "current" in app.pane("left").roles_at(first)
        await pilot.press("n")
        second = A.text.index("Hamas", first + 1)
        assert "current" in app.pane("left").roles_at(second)
        assert app.selected is None
        await pilot.press("escape")
        assert app.actor is None
        assert app.pane("left").decorations("mentions") == []
        await pilot.press("n")
        assert app.selected is not None  # back to walking pairs

    drive((A, B), scenario)


def test_clicking_a_highlighted_passage_selects_its_pair(fake_analysis) -> None:
    async def scenario(app: ReaderApp, pilot) -> None:
        right = app.pane("right")
        pair = app.pairs[1]
        right.place(pair.right.start, 2, quiet=False)
        await pilot.pause()
        column = pair.right.start - right.wrapped.starts[right.line_of(pair.right.start)]
        await pilot.click("#right", offset=(1 + column, 2))
        await pilot.pause()
        assert app.selected == pair.id
        assert rows_aligned(app, pair.id) and right.row_of(pair.right.start) == 2

    drive((A, B), scenario)


def test_q_quits(fake_analysis) -> None:
    async def scenario(app: ReaderApp, pilot) -> None:
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running

    drive((A, B), scenario)


def make_article(article_id: str, text: str, title: str | None = None) -> Article:
    return article_from_text(text, article_id, title=title)


def test_three_articles_choose_the_pair(fake_analysis) -> None:
    c = make_article("C", "A third report. Hamas said nothing at all.\n\nMore text here.", title="Third")
    shown_pairs: list[tuple[str, str]] = []

    async def scenario(app: ReaderApp, pilot) -> None:
        sidebar = app.query_one(Sidebar)
        original = sidebar.show_pair
        sidebar.show_pair = lambda left, right: (shown_pairs.append((left, right)), original(left, right))  # type: ignore[method-assign]
        assert app.pair_ids == ("A", "B")
        await pilot.press("3")  # left pane has focus: C goes left
        assert app.pair_ids == ("C", "B") and app.pane("left").article.id == "C"
        assert app.pairs == ()  # no matches between C and B
        await pilot.press("ctrl+right")
        assert app.pair_ids == ("A", "B")
        await pilot.press("ctrl+left")  # back past the shown B: C again
        assert app.pair_ids == ("C", "B")
        await pilot.press("ctrl+left")
        assert app.pair_ids == ("A", "B")
        await pilot.press("tab", "3")  # right pane
        assert app.pair_ids == ("A", "C")
        await pilot.press("p")
        assert isinstance(app.screen, PairPicker)
        await pilot.press("home", "enter")
        assert app.pair_ids == ("A", "B") and len(app.pairs) == 3
        assert shown_pairs[-1] == ("A", "B") and ("C", "B") in shown_pairs

    drive((A, B, c), scenario)


def test_markup_like_titles_and_text_show_literally(fake_analysis) -> None:
    tricky = "Jo [/] Smith [Smith] said [link=https://x.example]here[/link] that [b]prosecutor[/b] lied."
    c = make_article("A", tricky + "\n\n" + A.text, title="[/] Title [link=x]y[/link] [Smith]")
    d = make_article("B", B.text, title="[bold]B[/bold]")

    async def scenario(app: ReaderApp, pilot) -> None:
        title = str(app.query_one("#left-title", Static).render())
        assert "[/] Title [link=x]y[/link] [Smith]" in title
        assert "[bold]B[/bold]" in str(app.query_one("#right-title", Static).render())
        shown = " ".join(app.pane("left").render_line(y).text for y in range(4))
        for literal in ("[/]", "[Smith]", "[link=https://x.example]here[/link]", "[b]prosecutor[/b]"):
            assert literal in shown
        await pilot.press("slash", *"smith")
        await until(pilot, lambda: bool(app.query_one(SearchBar).hits), 100)
        prompt = str(app.query_one("#search-results", OptionList).get_option_at_index(0).prompt)
        assert "[Smith]" in prompt and "[/]" in prompt

    drive((c, d), scenario)


def test_tiny_window_and_resizes_survive_every_key(fake_analysis) -> None:
    async def scenario(app: ReaderApp, pilot) -> None:
        for key in ("n", "n", "N", "l", "l", "j", "pagedown", "end", "home", "tab", "tab", "tab"):
            await pilot.press(key)
        await pilot.press("question_mark", "escape", "slash", "h", "a", "m", "enter", "n", "escape")
        for width, height in ((20, 6), (200, 50), (50, 14)):
            await pilot.resize_terminal(width, height)
            await pilot.press("n")
        assert app.is_running and app.selected is not None

    drive((A, B), scenario, size=(50, 14))


def test_the_command_palette_finds_actors_matches_and_sentences(fake_analysis) -> None:
    async def scenario(app: ReaderApp, pilot) -> None:
        from textual.command import CommandPalette

        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"hamas")
        await pilot.pause(0.5)
        prompts = [str(o.prompt) for o in app.screen.query_one(OptionList).options]
        joined = " ".join(prompts)
        assert "Actor" in joined and "Pair 2 of 3" in joined and "Go to" in joined
        assert " m2" not in joined  # internal ids stay internal
        actor_row = next(n for n, p in enumerate(prompts) if p.startswith("Actor"))
        assert actor_row == 0, "the exact actor name ranks above passages that mention it"
        app.screen.query_one(OptionList).highlighted = actor_row
        await pilot.press("enter")
        await pilot.pause()
        assert app.actor is not None and app.actor.id == "hamas"

    drive((A, B), scenario)


def test_the_real_analysis_lands_in_the_panes() -> None:
    async def scenario(app: ReaderApp, pilot) -> None:
        assert app.analysis is not None
        if app.analysis.matches:
            await pilot.press("n")
            assert app.selected == app.pairs[0].id and rows_aligned(app, app.selected)

    drive((A, B), scenario)


def test_article_choosing_keys_are_hidden_with_two_articles(fake_analysis) -> None:
    async def scenario(app: ReaderApp, pilot) -> None:
        from textual.widgets import Footer

        assert "p" not in app.screen.active_bindings and "3" not in app.screen.active_bindings
        await pilot.pause()
        shown = {key.description for key in app.query_one(Footer).query("FooterKey")}
        assert "Pair" not in shown and "Search" in shown
        await pilot.press("p", "1", "ctrl+right")
        assert app.screen is app.screen_stack[0] and app.pair_ids == ("A", "B")
        await pilot.press("question_mark")
        listed = " ".join(f"{keys} {what}" for keys, what in app.screen.rows)
        assert "Pair" not in listed and "Put article" not in listed

    drive((A, B), scenario)


def test_article_choosing_keys_show_with_three_articles(fake_analysis) -> None:
    c = make_article("C", "A third report.", title="Third")

    async def scenario(app: ReaderApp, pilot) -> None:
        from textual.widgets import Footer

        assert "p" in app.screen.active_bindings and "3" in app.screen.active_bindings
        await pilot.pause()
        assert "Pair" in {key.description for key in app.query_one(Footer).query("FooterKey")}

    drive((A, B, c), scenario)


# The walk (n/N over mentions or hits), without an App -------------------------


def places(*starts: int, article: str = "A") -> list[Passage]:
    return [Passage(article, start, start + 3) for start in starts]


def test_walk_starts_from_the_reading_position_and_wraps() -> None:
    walk = Walk(places(10, 50, 90) + places(5, article="B"))
    assert walk.step(True, "A", 40) == Passage("A", 50, 53)  # the next one below the left pane's top
    assert walk.step(True, "A", 40) == Passage("A", 90, 93)
    assert walk.step(True, "A", 40) == Passage("B", 5, 8)
    assert walk.step(True, "A", 40) == Passage("A", 10, 13)  # wraps around
    assert walk.step(False, "A", 40) == Passage("B", 5, 8)
    assert walk.position() == "4 of 4"

    backwards = Walk(places(10, 50, 90))
    assert backwards.step(False, "A", 40) == Passage("A", 10, 13)  # the one above
    past_the_end = Walk(places(10, 50))
    assert past_the_end.step(True, "A", 99) == Passage("A", 10, 13)


def test_walk_with_nothing_in_the_left_article_starts_at_either_end() -> None:
    walk = Walk(places(5, 9, article="B"))
    assert walk.step(False, "A", 0) == Passage("B", 9, 12)
    assert Walk().step(True, "A", 0) is None and Walk().current is None


def test_walk_marks_places_it_holds_and_makes_a_new_walk_of_others() -> None:
    walk = Walk(places(10, 50))
    walk.mark(Passage("A", 50, 53))
    assert walk.at == 1 and len(walk) == 2
    assert walk.decorations("A") == [Decoration(50, 53, "current")] and walk.decorations("B") == []
    walk.mark(Passage("B", 1, 2))
    assert walk.places == [Passage("B", 1, 2)] and walk.at == 0
    walk.clear()
    assert not walk and walk.current is None and walk.decorations("B") == []


def test_walk_of_mentions_and_hits_is_in_reading_order() -> None:
    actor = Actor("x", "X", "person", mentions=(Mention("B", 7, 8), Mention("A", 9, 10), Mention("A", 2, 3), Mention("C", 0, 1)))
    assert [(p.article, p.start) for p in Walk.of_mentions(actor, ("B", "A")).places] == [("B", 7), ("A", 2), ("A", 9)]
    assert not Walk.of_mentions(None, ("A", "B"))
    hits = [SearchHit("B", 1, 4, 90.0), SearchHit("A", 30, 40, 50.0), SearchHit("A", 3, 9, 70.0)]
    assert [(p.article, p.start) for p in Walk.of_hits(hits, ["A", "B"]).places] == [("A", 3), ("A", 30), ("B", 1)]


def test_attribution_passage_runs_from_the_first_part_to_the_last() -> None:
    said = Attribution("t", "B", cue=Span(20, 24), content=Span(25, 60), kind="indirect", anonymous=False, source=Span(3, 19))
    assert attribution_passage(said) == Passage("B", 3, 60)
    unsourced = Attribution("u", "A", cue=Span(40, 44), content=Span(2, 30), kind="direct", anonymous=True)
    assert attribution_passage(unsourced) == Passage("A", 2, 44)


def test_choosing_articles_swaps_or_replaces_and_skips_shown_ones() -> None:
    assert with_article(("A", "B"), "C", "left") == ("C", "B")
    assert with_article(("A", "B"), "B", "left") == ("B", "A")  # already on the right: the two swap
    assert with_article(("A", "B"), "A", "right") == ("B", "A")
    assert next_unshown(["A", "B", "C", "D"], ("A", "B"), "left", 1) == "C"
    assert next_unshown(["A", "B", "C", "D"], ("A", "B"), "left", -1) == "D"
    assert next_unshown(["A", "B"], ("A", "B"), "right", 1) is None


# The palette's match index ------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from("AB"), st.integers(0, 200), st.integers(0, 40), st.integers(0, 200), st.integers(0, 40)),
        max_size=30,
    ),
    st.sampled_from("ABC"),
    st.integers(0, 240),
    st.integers(0, 60),
)
def test_match_index_finds_exactly_the_overlapping_matches(
    sides: list[tuple[str, int, int, int, int]], article: str, start: int, length: int
) -> None:
    texts = (Article("A", "a", "x" * 300), Article("B", "b", "y" * 300), Article("C", "c", "z" * 300))
    matches = tuple(
        Match(f"m{n}", Passage(first, s1, s1 + l1), Passage("C" if first == "A" else "A", s2, s2 + l2), 50.0, "verbatim")
        for n, (first, s1, l1, s2, l2) in enumerate(sides)
    )
    index = MatchIndex(Analysis(texts, matches))
    end = start + length
    expected = {m.id for m in matches for side in (m.a, m.b) if side.article == article and side.start < end and start < side.end}
    found = [m.id for m in index.overlapping(article, start, end)]
    assert set(found) == expected


def test_a_single_article_gets_one_pane_and_single_counts(monkeypatch):
    monkeypatch.setattr(background_module, "analyze", lambda articles, lexicons=None: Analysis(articles=tuple(articles)))

    async def main() -> None:
        app = ReaderApp((A,), processes=False)
        async with app.run_test(size=(120, 30)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert app.pane("left").display and not app.pane("right").display
            await pilot.press("tab")
            assert app.focused is not app.pane("right")

    asyncio.run(main())


def test_a_skipped_config_file_is_told_on_screen() -> None:
    """The CLI prints it on stderr, which the app's screen hides: the app says it again, as plain text."""
    notice = "/home/u/.config/reader/actors.yaml: malformed YAML at line 2 [x] (skipped: the packaged data is used instead)"

    async def main() -> None:
        app = ReaderApp(load_articles([SEED]), notices=[notice], processes=False, remember=False)
        async with app.run_test(size=(120, 30), notifications=True) as pilot:
            await pilot.pause(0.2)
            # By type name: Textual exports no public name for its toast widget.
            shown = " ".join(str(toast.render()) for toast in app.screen.query("Toast"))
            assert "Skipped a config file" in shown and "[x]" in shown

    asyncio.run(main())


@pytest.mark.parametrize("share", [0.35, 0.5])
def test_pane_widths_are_predicted_as_the_stylesheet_lays_them_out(share: float) -> None:
    """`pane_text_widths` (what the loading process wraps ahead for) is the panes' real text width."""
    from reader.tui.view.layout import pane_text_widths

    async def main() -> None:
        for columns in (60, 99, 100, 101, 121, 200, 201, 257):
            app = ReaderApp((A, B), processes=False, remember=False)
            async with app.run_test(size=(columns, 30)) as pilot:
                app.sidebar_share = share
                await pilot.pause()
                real = (app.pane("left").scrollable_content_region.width, app.pane("right").scrollable_content_region.width)
                assert pane_text_widths(columns, share) == real, columns

    asyncio.run(main())


def test_settings_and_wraps_made_ahead_are_used_for_the_first_screen_only() -> None:
    """`ReaderApp(settings=..., first_wraps=...)`: what the loading process made; a wrap of another width than
    its pane's is not used, and a wrap is used once (the next wrap of that pane is made anew)."""
    from reader.tui.settings import Settings
    from reader.tui.view.layout import pane_text_widths
    from reader.tui.view.wrap import wrap_text

    left_width, right_width = pane_text_widths(150, 0.5)
    fits = wrap_text(A.text, A.paragraphs, left_width)
    does_not = wrap_text(B.text, B.paragraphs, right_width - 3)

    async def main() -> None:
        settings = Settings(sidebar_share=0.5, linked=False)
        app = ReaderApp((A, B), processes=False, settings=settings, first_wraps={A.id: fits, B.id: does_not})
        async with app.run_test(size=(150, 30)) as pilot:
            await pilot.pause()
            assert (app.sidebar_share, app.linked) == (0.5, False)
            assert app.pane("left").wrapped is fits
            right = app.pane("right").wrapped
            assert right is not None and right is not does_not and right.width == right_width
            app.pane("left").set_article(A)  # wrapped again at the same width: anew
            again = app.pane("left").wrapped
            assert again == fits and again is not fits

    asyncio.run(main())
