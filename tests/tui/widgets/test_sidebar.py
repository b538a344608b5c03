"""The sidebar widgets, driven through a small test app and the Pilot."""

from __future__ import annotations

import asyncio
import functools
import re
from collections.abc import Callable, Coroutine
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from textual.app import App, ComposeResult
from textual.widgets import OptionList, Static, TabbedContent

from reader.core.model import Actor, Analysis, Article, Attribution, Cluster, Match, Mention, Passage, SharedRun, Span
from reader.core.text.loader import load_articles
from reader.render.snippets import one_line
from reader.tui.view.pairing import orient
from reader.tui.widgets.sidebar import ANALYSING, Sidebar
from reader.tui.widgets.sidebar.actors_tab import MIN_NAME, actor_prompt
from reader.tui.widgets.sidebar.attributions_tab import attribution_prompt, group_attributions
from reader.tui.widgets.sidebar.match_detail import (
    LEFT_ONLY_STYLE,
    RIGHT_ONLY_STYLE,
    SHARED_STYLE,
    MatchDetail,
    detail_content,
    side_content,
)
from reader.tui.widgets.sidebar.rows import displayable
from tests.tui.widgets.conftest import StyledApp

ARTICLES = tuple(load_articles(["/work/main/articles"]))
A, B = ARTICLES
TRICKY = "Jo [/] Smith [Smith] [link=https://x.example]here[/link]"


def span(article: Article, phrase: str, after: int = 0) -> Span:
    start = article.text.index(phrase, after)
    return Span(start, start + len(phrase))


def passage(article: Article, phrase: str) -> Passage:
    found = span(article, phrase)
    return Passage(article.id, found.start, found.end)


def mentions(article: Article, word: str) -> tuple[Mention, ...]:
    return tuple(Mention(article.id, m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(word)}\b", article.text))


def run(left: Article, left_phrase: str, right: Article, right_phrase: str) -> SharedRun:
    return SharedRun(span(left, left_phrase), span(right, right_phrase))


M1_A = (
    "Egyptian authorities presented to Hamas evidence of Hamas's involvement in Sinai incidents, "
    "with a view to setting up a joint investigation"
)
M1_B = (
    "the Egyptian authorities presented the Hamas delegation with evidence of its involvement in Sinai terrorism "
    "and requested that the two sides carry out a joint investigation"
)
M2_A = "Egypt views the Palestinian Authority as the only side that can hold talks on strategic issues"
M2_B = "Egypt sees only the Palestinian Authority as the body with which it can have discussions on strategic issues"

HAMAS = Actor("hamas", "Hamas", "organization", ("Hamas's",), mentions(A, "Hamas") + mentions(B, "Hamas"))
EGYPT = Actor("egypt", "Egypt", "country", (), mentions(A, "Egypt") + mentions(B, "Egypt"))
AL_AHRAM = Actor("al-ahram", "Al-Ahram", "media", (), mentions(A, "Al-Ahram"))
HOUL = Actor("houl", "Ashraf Abu Al-Houl", "person", ("Al-Houl",), mentions(B, "Al-Houl"))


def seed_analysis() -> Analysis:
    according_a = span(A, "According to")
    attributions = (
        Attribution(
            "at1",
            "A",
            cue=span(A, "reported"),
            content=span(A, "that the attempt to mend relations"),
            kind="indirect",
            anonymous=False,
            source=span(A, "The Al-Ahram media outlet"),
            source_actor="al-ahram",
        ),
        Attribution(
            "at2",
            "A",
            cue=Span(according_a.start, according_a.end),
            content=span(A, M1_A),
            kind="according-to",
            anonymous=False,
            source=span(A, "the report", according_a.start),
            source_actor="al-ahram",
        ),
        Attribution(
            "at3",
            "B",
            cue=span(B, "said", span(B, "Ashraf").start),
            content=span(B, "Hamas refused to admit"),
            kind="direct",
            anonymous=False,
            source=span(B, "Ashraf Abu Al-Houl"),
            source_actor="houl",
        ),
        Attribution(
            "at4",
            "B",
            cue=span(B, "According to"),
            content=span(B, M1_B),
            kind="according-to",
            anonymous=False,
            source=span(B, "Al-Houl,", 0),
            source_actor="houl",
        ),
        Attribution(
            "at5",
            "B",
            cue=span(B, "said", span(B, "local media").start),
            content=span(B, "Hamas has reportedly"),
            kind="indirect",
            anonymous=True,
            source=span(B, "local media"),
        ),
    )
    matches = (
        Match(
            "m1",
            passage(A, M1_A),
            passage(B, M1_B),
            71.0,
            "paraphrase",
            (
                run(A, "Egyptian authorities presented", B, "Egyptian authorities presented"),
                run(A, "joint investigation", B, "joint investigation"),
            ),
        ),
        Match(
            "m2",
            passage(A, M2_A),
            passage(B, M2_B),
            78.0,
            "paraphrase",
            (
                run(A, "the Palestinian Authority as the", B, "the Palestinian Authority as the"),
                run(A, "strategic issues", B, "strategic issues"),
            ),
        ),
    )
    return Analysis(ARTICLES, matches, (), (HAMAS, EGYPT, AL_AHRAM, HOUL), attributions)


class SidebarApp(StyledApp):
    def __init__(self, analysis: Analysis | None = None) -> None:
        super().__init__()
        self.analysis = analysis
        self.posted: list[Sidebar.MatchSelected | Sidebar.ActorSelected | Sidebar.AttributionSelected] = []

    def compose(self) -> ComposeResult:
        yield Sidebar(self.analysis, id="sidebar")

    def on_sidebar_match_selected(self, message: Sidebar.MatchSelected) -> None:
        self.posted.append(message)

    def on_sidebar_actor_selected(self, message: Sidebar.ActorSelected) -> None:
        self.posted.append(message)

    def on_sidebar_attribution_selected(self, message: Sidebar.AttributionSelected) -> None:
        self.posted.append(message)


def run_async(test: Callable[[], Coroutine[Any, Any, None]]) -> Callable[[], None]:
    """Run an async Pilot test without an asyncio pytest plugin."""

    @functools.wraps(test)
    def wrapper() -> None:
        asyncio.run(test())

    return wrapper


def prompts(app: App, list_id: str) -> list[str]:
    option_list = app.query_one(f"#{list_id}", OptionList)
    return [str(option.prompt) for option in option_list.options]


def squeezed(rows: list[str]) -> list[str]:
    """Rows with the padding that right-aligns their counts cut to two spaces."""
    return [re.sub(r"(?<=\S) {2,}", "  ", row) for row in rows]


def screen_text(app: App, selector: str) -> str:
    """What a widget actually draws, line by line."""
    widget = app.query_one(selector)
    return "\n".join(strip.text for strip in widget.render_lines(widget.region.reset_offset))


@run_async
async def test_before_analysis_says_analysing_then_empty_analysis_says_so() -> None:
    app = SidebarApp()
    async with app.run_test() as pilot:
        status = app.query_one("#sidebar-status", Static)
        assert status.display and str(status.content) == ANALYSING
        assert prompts(app, "matches-list") == [ANALYSING]

        app.query_one(Sidebar).set_analysis(Analysis(ARTICLES))
        await pilot.pause()
        assert not status.display
        assert prompts(app, "matches-list") == ["No shared passages"]
        assert prompts(app, "actors-list") == ["No actors found"]
        assert prompts(app, "attributions-list") == ["No attributions found"]


@run_async
async def test_tabs_switch_by_click_and_keyboard() -> None:
    app = SidebarApp(seed_analysis())
    async with app.run_test() as pilot:
        tabs = app.query_one(TabbedContent)
        assert tabs.active == "tab-actors"
        await pilot.click("#--content-tab-tab-matches")
        assert tabs.active == "tab-matches"
        await pilot.press("left")  # the clicked tab strip has focus
        assert tabs.active == "tab-attributions"


@run_async
async def test_every_list_of_the_sidebar_has_the_shared_list_styles_from_one_place() -> None:
    """One row per line, no border, a stable gutter: written once, in reader.tcss, for both kinds of list."""
    from reader.tui.widgets.differences import DifferencesList
    from reader.tui.widgets.sidebar.filling import SidebarList

    shared = ("text-wrap", "text-overflow", "scrollbar-gutter", "border", "padding")
    for widget in (SidebarList, DifferencesList):
        assert not any(rule in widget.DEFAULT_CSS for rule in shared), widget
    app = SidebarApp(seed_analysis())
    async with app.run_test() as pilot:
        await pilot.pause()
        for list_id in ("actors-list", "attributions-list", "matches-list", "differences-list"):
            styles = app.query_one(f"#{list_id}").styles
            assert (styles.text_wrap, styles.text_overflow, styles.scrollbar_gutter) == ("nowrap", "ellipsis", "stable")
            assert not styles.border.top[0] and styles.padding == (0, 0, 0, 0), list_id


@run_async
async def test_actor_rows_show_kind_counts_and_aliases() -> None:
    app = SidebarApp(seed_analysis())
    async with app.run_test():
        rows = squeezed(prompts(app, "actors-list"))
        hamas_a, hamas_b = len(mentions(A, "Hamas")), len(mentions(B, "Hamas"))
        assert rows[0] == f"  Hamas  A {hamas_a} · B {hamas_b}\n    org · aka Hamas's"
        assert f"  Ashraf Abu Al-Houl  A 0 · B {len(mentions(B, 'Al-Houl'))}\n    person · aka Al-Houl" in rows


@run_async
async def test_selecting_an_actor_posts_its_id_and_again_or_escape_clears() -> None:
    app = SidebarApp(seed_analysis())
    async with app.run_test() as pilot:
        app.query_one("#actors-list").focus()
        await pilot.press("j", "enter")  # second row: Egypt
        await pilot.pause()
        assert [m.actor_id for m in app.posted] == ["egypt"]
        assert prompts(app, "actors-list")[1].startswith("● Egypt")

        await pilot.press("enter")
        await pilot.pause()
        assert [m.actor_id for m in app.posted] == ["egypt", None]
        assert prompts(app, "actors-list")[1].startswith("  Egypt")

        await pilot.press("k", "enter", "escape")
        await pilot.pause()
        assert [m.actor_id for m in app.posted] == ["egypt", None, "hamas", None]


@run_async
async def test_clicking_an_actor_selects_it() -> None:
    app = SidebarApp(seed_analysis())
    async with app.run_test() as pilot:
        await pilot.click("#actors-list", offset=(4, 2))  # the Egypt row, under Hamas and its alias line
        await pilot.pause()
        assert [m.actor_id for m in app.posted] == ["egypt"]


@run_async
async def test_a_new_analysis_keeps_picks_that_still_exist() -> None:
    app = SidebarApp(seed_analysis())
    async with app.run_test() as pilot:
        sidebar = app.query_one(Sidebar)
        sidebar.show_match("m2")
        app.query_one("#actors-list").focus()
        await pilot.press("enter")
        await pilot.pause()
        sidebar.set_analysis(seed_analysis())
        await pilot.pause()
        assert prompts(app, "actors-list")[0].startswith("● Hamas")
        assert M2_A in app.query_one(MatchDetail).body.plain

        sidebar.set_analysis(Analysis(ARTICLES))
        await pilot.pause()
        assert app.query_one(MatchDetail).body.plain == MatchDetail.PLACEHOLDER


@run_async
async def test_escape_outside_a_selection_is_left_to_the_app() -> None:
    app = SidebarApp(seed_analysis())
    async with app.run_test() as pilot:
        app.query_one("#actors-list").focus()
        await pilot.press("escape")
        await pilot.pause()
        assert app.posted == []


@run_async
async def test_attributions_are_grouped_by_source_with_anonymous_badge() -> None:
    app = SidebarApp(seed_analysis())
    async with app.run_test() as pilot:
        rows = prompts(app, "attributions-list")
        assert rows[0] == "Al-Ahram  (2)"
        assert rows[1].startswith("  A  reported  “that the attempt to mend relations")
        assert rows[2].startswith("  A  According to  “Egyptian authorities presented")
        assert rows[3] == "Ashraf Abu Al-Houl  (2)"
        assert rows[4].startswith("  B  said  “Hamas refused to admit")
        assert rows[6] == "local media  (1)  anonymous"

        await pilot.click("#--content-tab-tab-attributions")
        app.query_one("#attributions-list").focus()
        await pilot.press("enter", "down", "down", "enter")  # the header row is skipped
        await pilot.pause()
        assert [m.attribution_id for m in app.posted] == ["at1", "at3"]


@run_async
async def test_selecting_a_match_posts_it_and_fills_the_detail_view() -> None:
    app = SidebarApp(seed_analysis())
    async with app.run_test(size=(100, 50)) as pilot:
        await pilot.click("#--content-tab-tab-matches")
        rows = prompts(app, "matches-list")
        assert rows[0].startswith("   71  paraphrase\n    Egyptian authorities presented")
        app.query_one("#matches-list").focus()
        await pilot.press("enter")
        await pilot.pause()
        assert [m.match_id for m in app.posted] == ["m1"]
        assert prompts(app, "matches-list")[0].startswith("●  71")

        body = app.query_one(MatchDetail).body.plain
        assert M1_A in body and M1_B in body
        assert "A: According to the report (Al-Ahram) · B: According to Al-Houl (Ashraf Abu Al-Houl)" in body


@run_async
async def test_show_match_updates_detail_and_cursor_without_posting() -> None:
    app = SidebarApp(seed_analysis())
    async with app.run_test() as pilot:
        sidebar = app.query_one(Sidebar)
        sidebar.show_match("m2")
        await pilot.pause()
        body = app.query_one(MatchDetail).body.plain
        assert M2_A in body and M2_B in body
        assert "A: no attribution · B: no attribution" in body
        assert app.query_one("#matches-list", OptionList).highlighted == 1
        assert app.posted == []

        sidebar.show_match(None)
        await pilot.pause()
        assert app.query_one(MatchDetail).body.plain == MatchDetail.PLACEHOLDER
        assert all(row.startswith("  ") for row in prompts(app, "matches-list"))


@run_async
async def test_detail_marks_shared_and_one_sided_words() -> None:
    app = SidebarApp(seed_analysis())
    async with app.run_test() as pilot:
        app.query_one(Sidebar).show_match("m2")
        await pilot.pause()
        body = app.query_one(MatchDetail).body

        def styles_of(word: str, after: int = 0) -> set[str]:
            start = body.plain.index(word, after)
            return {str(s.style) for s in body.spans if s.start <= start and start + len(word) <= s.end}

        left_at = body.plain.index(M2_A)
        right_at = body.plain.index(M2_B)
        assert styles_of("Palestinian Authority", left_at) == {SHARED_STYLE}
        assert styles_of("views", left_at) == {LEFT_ONLY_STYLE}
        assert styles_of("sees", right_at) == {RIGHT_ONLY_STYLE}
        assert styles_of("discussions", right_at) == {RIGHT_ONLY_STYLE}


class NarrowSidebarApp(SidebarApp):
    """The sidebar at about the width the reader app gives it at 120 columns (reader.tui.view.layout)."""

    CSS = "#sidebar { width: 38; border-left: tall $panel; }"


SISI = Actor("sisi", "Abdel Fattah El-Sisi", "person", ("Sisi", "El-Sisi"), mentions(A, "Egypt")[:1] + mentions(B, "Egypt"))


@run_async
async def test_at_the_apps_width_counts_sizes_and_quotes_stay_visible() -> None:
    seed = seed_analysis()
    app = NarrowSidebarApp(Analysis(ARTICLES, seed.matches, (), (SISI, *seed.actors), seed.attributions))
    async with app.run_test(size=(100, 60)) as pilot:
        lines = screen_text(app, "#actors-list").splitlines()
        sisi = next(line for line in lines if "Abdel" in line)
        assert sisi.rstrip().endswith(f"A 1 · B {len(mentions(B, 'Egypt'))}")
        assert "person · aka Sisi, El-Sisi" in lines[lines.index(sisi) + 1]
        for actor in (SISI, *seed.actors):
            counts = f"A {sum(m.article == 'A' for m in actor.mentions)} · B {sum(m.article == 'B' for m in actor.mentions)}"
            assert any(line.rstrip().endswith(counts) for line in lines), actor.name

        await pilot.click("#--content-tab-tab-attributions")
        await pilot.pause()
        rows = [line.rstrip() for line in screen_text(app, "#attributions-list").splitlines() if line.strip()]
        # At this width a quote takes a line of its own under the source's cue, and is never cut open.
        quotes = [row for row in rows if row.lstrip().startswith("“")]
        assert quotes and all(row.endswith("”") for row in quotes)
        assert all(re.search(r"\(\d+\)(  anonymous)?$", row) for row in rows if not row.startswith("  "))


def tricky_analysis() -> Analysis:
    text = f"Police said {TRICKY} was seen. Witnesses told us {TRICKY} left."
    left = Article("A", "/tmp/a.txt", text, title="[/] title")
    right = Article("B", "/tmp/b.txt", text)
    first = Span(0, text.index(" was seen") + len(" was seen"))
    actor = Actor("x", TRICKY, "person", (TRICKY + " jr",), (Mention("A", 12, 12 + len(TRICKY)),))
    attribution = Attribution(
        "t1",
        "A",
        cue=Span(7, 11),
        content=Span(12, first.end),
        kind="indirect",
        anonymous=False,
        source=Span(0, 6),
        source_actor="x",
    )
    match = Match("mx", Passage("A", 0, first.end), Passage("B", 0, first.end), 100.0, "verbatim", (SharedRun(first, first),))
    return Analysis((left, right), (match,), (), (actor,), (attribution,))


@run_async
async def test_markup_like_article_text_is_shown_literally() -> None:
    app = SidebarApp(tricky_analysis())
    async with app.run_test(size=(160, 40)) as pilot:
        assert TRICKY in screen_text(app, "#actors-list")
        await pilot.click("#--content-tab-tab-attributions")
        await pilot.pause()
        assert TRICKY in screen_text(app, "#attributions-list")
        await pilot.click("#--content-tab-tab-matches")
        app.query_one(Sidebar).show_match("mx")
        await pilot.pause()
        detail = screen_text(app, "#match-detail-body")
        assert TRICKY in detail and "[/] title" in detail
        assert "A: Police said (Jo [/] Smith [Smith] [link=https://x.ex…) · B: no attribution" in (
            app.query_one(MatchDetail).body.plain
        )


def three_article_analysis() -> Analysis:
    c_text = "Cairo says the Palestinian Authority is the only side for strategic issues. Hamas declined."
    c = Article("C", "/tmp/c.txt", c_text)
    seed = seed_analysis()
    c_passage = Passage("C", 0, c_text.index(" Hamas"))
    cluster = Cluster("c1", (seed.matches[1].a, seed.matches[1].b, c_passage))
    m2 = Match("m2", seed.matches[1].a, seed.matches[1].b, 78.0, "paraphrase", seed.matches[1].shared, "c1")
    m3 = Match("m3", c_passage, seed.matches[1].a, 64.0, "paraphrase", (), "c1")
    hamas = Actor(
        HAMAS.id, HAMAS.name, HAMAS.kind, HAMAS.aliases, HAMAS.mentions + (Mention("C", c_text.index("Hamas"), len(c_text) - 10),)
    )
    return Analysis((A, B, c), (seed.matches[0], m2, m3), (cluster,), (hamas, EGYPT, HOUL), seed.attributions)


@run_async
async def test_three_articles_show_cluster_counts_and_focus_on_the_pair() -> None:
    app = SidebarApp(three_article_analysis())
    async with app.run_test() as pilot:
        rows = prompts(app, "matches-list")
        assert len(rows) == 3
        assert sum("in 3 of 3 articles" in row for row in rows) == 2

        sidebar = app.query_one(Sidebar)
        sidebar.show_pair("A", "C")
        await pilot.pause()
        rows = prompts(app, "matches-list")
        assert len(rows) == 1 and "in 3 of 3 articles" in rows[0]
        assert "\n    Egypt views the Palestinian Authority as the only side" in rows[0]
        assert squeezed(prompts(app, "actors-list")) == [
            f"  Hamas  A {len(mentions(A, 'Hamas'))} · C 1\n    org · aka Hamas's",
            f"  Egypt  A {len(mentions(A, 'Egypt'))} · C 0\n    country",
        ]
        assert all(not row.startswith("  B") for row in prompts(app, "attributions-list"))

        sidebar.show_match("m3")
        await pilot.pause()
        body = app.query_one(MatchDetail).body.plain
        assert body.index("Egypt views") < body.index("Cairo says")  # the left pane's side first


@run_async
async def test_calls_in_a_row_before_a_refresh_end_in_the_last_state() -> None:
    app = SidebarApp()
    async with app.run_test() as pilot:
        sidebar = app.query_one(Sidebar)
        sidebar.set_analysis(three_article_analysis())
        sidebar.show_pair("A", "C")
        sidebar.show_match("m3")
        sidebar.show_actor("hamas")
        await pilot.pause()
        rows = prompts(app, "matches-list")
        assert len(rows) == 1 and rows[0].startswith("●  64")
        assert "Cairo says" in app.query_one(MatchDetail).body.plain
        assert prompts(app, "actors-list")[0].startswith("● Hamas")

        sidebar.show_actor(None)
        await pilot.pause()
        assert prompts(app, "actors-list")[0].startswith("  Hamas")
        assert app.posted == []


def test_a_rebuild_during_a_fill_never_shows_the_old_pairs_rows(monkeypatch) -> None:
    """Attributions filled one row per turn: rows of the pair shown before are never listed (nor pickable)."""
    from reader.tui.widgets.sidebar import filling

    monkeypatch.setattr(filling, "ROWS_PER_TURN", 1)
    analysis = three_article_analysis()
    of_b = {a.id for a in analysis.attributions if a.article == "B"}
    filled: list[Sidebar.AttributionsFilled] = []

    class Watching(SidebarApp):
        def on_sidebar_attributions_filled(self, message: Sidebar.AttributionsFilled) -> None:
            filled.append(message)

    async def main() -> None:
        app = Watching()
        async with app.run_test() as pilot:
            sidebar = app.query_one(Sidebar)
            rows = app.query_one("#attributions-list", OptionList)
            sidebar.set_analysis(analysis)
            sidebar.show_pair("A", "B")
            for _ in range(5):
                await pilot.pause()
            assert of_b <= {option.id for option in rows.options}  # B's rows, filled
            filled.clear()
            sidebar.show_pair("A", "C")
            sidebar._rebuild()  # at once, as a resize does: the fill's first turn only
            shown = [[(option.id, str(option.prompt)) for option in rows.options]]
            for _ in range(20):
                await pilot.pause()
                shown.append([(option.id, str(option.prompt)) for option in rows.options])
            final = shown[-1]
            assert filled and len(final) > 1 and rows.highlighted is not None
            for listed in shown:  # every state: the new build's first rows, never an old one, never "Analysing…"
                assert listed == final[: len(listed)] and not of_b & {option_id for option_id, _ in listed}

    asyncio.run(main())


@run_async
async def test_no_color_underlines_the_cursor_row() -> None:
    app = SidebarApp(seed_analysis())
    app.no_color = True
    async with app.run_test() as pilot:
        assert app.query_one(Sidebar).has_class("-no-color")
        actors = app.query_one("#actors-list", OptionList)
        actors.focus()
        await pilot.pause()
        first_segment = next(iter(actors.render_line(0)))
        assert first_segment.style is not None and first_segment.style.underline


@run_async
async def test_the_real_analysis_of_the_seed_articles_fills_every_list() -> None:
    from reader.core.credits import match_attributions
    from reader.core.pipeline import analyze

    analysis = analyze(ARTICLES)
    assert analysis.matches, "the seed articles share passages"
    app = SidebarApp(analysis)
    async with app.run_test() as pilot:
        assert len(prompts(app, "matches-list")) == len(analysis.matches)
        assert len(prompts(app, "actors-list")) == len(analysis.actors)
        attribution_rows = [row for row in prompts(app, "attributions-list") if row.startswith("  ")]
        assert len(attribution_rows) == len(analysis.attributions)

        match = analysis.matches[0]
        app.query_one(Sidebar).show_match(match.id)
        await pilot.pause()
        body = app.query_one(MatchDetail).body.plain
        assert analysis.text_of(match.a) in body and analysis.text_of(match.b) in body
        credited_a, credited_b = match_attributions(analysis, match)
        assert ("A: no attribution" in body) == (not credited_a)
        assert ("B: no attribution" in body) == (not credited_b)


# Properties over arbitrary text --------------------------------------------------

spans_in = st.integers(0, 60)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=60), spans_in, spans_in, st.lists(st.tuples(spans_in, spans_in), max_size=5))
def test_side_content_keeps_the_text_and_styles_inside_it(text: str, a: int, b: int, runs: list[tuple[int, int]]) -> None:
    start, end = sorted((a, b))
    shared = [tuple(sorted(run)) for run in runs]
    content = side_content(text, Span(start, end), shared, LEFT_ONLY_STYLE)
    assert content.plain == displayable(text[start:end])
    assert all(0 <= s.start <= s.end <= len(content.plain) for s in content.spans)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=80), st.lists(st.text(max_size=20), max_size=3))
def test_actor_prompt_shows_any_name_literally(name: str, aliases: list[str]) -> None:
    actor = Actor("x", name, "person", tuple(aliases), (Mention("A", 0, 1),))
    prompt = actor_prompt(actor, ["A", "B"], width=120)
    assert one_line(displayable(name), 200) in prompt.plain
    assert prompt.plain.startswith("  ") and "A 1 · B 0" in prompt.plain


@settings(max_examples=150, deadline=None)
@given(
    st.text(max_size=80),
    st.lists(st.text(max_size=30), max_size=3),
    st.integers(20, 90),
    st.lists(st.sampled_from("ABC"), max_size=30),
)
def test_actor_rows_fit_their_width_and_always_end_with_the_counts(
    name: str, aliases: list[str], width: int, mentioned: list[str]
) -> None:
    actor = Actor("x", name, "organization", tuple(aliases), tuple(Mention(a, 0, 1) for a in mentioned))
    first, second = actor_prompt(actor, ["A", "B"], width=width).plain.split("\n")
    counts = f"A {mentioned.count('A')} · B {mentioned.count('B')}"
    if width < len("  ") + MIN_NAME + len("  ") + len(counts):
        counts = f"{mentioned.count('A')}·{mentioned.count('B')}"  # too narrow: the compact form
    assert cell_len(first) == width and first.endswith(counts)
    assert cell_len(second) <= width and second.startswith("    org")


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=80), st.lists(st.tuples(spans_in, spans_in), min_size=6, max_size=6), st.booleans())
def test_detail_and_attribution_rows_accept_any_text_and_spans(text: str, bounds: list[tuple[int, int]], anonymous: bool) -> None:
    spans = [Span(*sorted(pair)) for pair in bounds]
    left, right = Article("A", "/tmp/a", text), Article("B", "/tmp/b", text[::-1])
    attribution = Attribution(
        "t", "A", cue=spans[0], content=spans[1], kind="direct", anonymous=anonymous, source=spans[2] if anonymous else None
    )
    match = Match(
        "m",
        Passage("A", spans[3].start, spans[3].end),
        Passage("B", spans[4].start, spans[4].end),
        50.0,
        "paraphrase",
        (SharedRun(spans[5], spans[5]),),
    )
    analysis = Analysis((left, right), (match,), (), (), (attribution,))

    body = detail_content(analysis, orient(match, "A"), None).plain
    assert displayable(text[spans[3].start : spans[3].end]) in body
    groups = group_attributions(analysis, ["A", "B"])
    assert [a.id for group in groups for a in group.attributions] == ["t"]
    row = attribution_prompt(analysis, attribution, groups[0].anonymous).plain
    assert row.startswith("  A  ")
