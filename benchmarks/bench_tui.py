"""How fast the reader app draws and answers keys, headless (App.run_test).

Two cases:
- the seed pair (articles/): start to a full first frame with the analysis painted;
- two 10,000-paragraph articles built from the seed paragraphs, with one
  shared passage per paragraph pair (10,000 matches): the first frame after
  the analysis lands, then `n`, search keystrokes and scrolling.

Run from the repository root:  python benchmarks/bench_tui.py
Prints the figures and writes benchmarks/RESULTS_tui.md.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import reader.tui.app as app_module  # noqa: E402
from reader import segment  # noqa: E402
from reader.loader import load_articles  # noqa: E402
from reader.model import Analysis, Article, Match, Passage, SharedRun, Span  # noqa: E402
from reader.tui.app import ReaderApp  # noqa: E402
from reader.tui.widgets.search_bar import SearchBar  # noqa: E402

PARAGRAPHS = 10_000
SIZE = (200, 50)
COMMAND = "python benchmarks/bench_tui.py"


def big_article(seed: Article, article_id: str) -> Article:
    paras = [seed.slice(p) for p in seed.paragraphs]
    text = "\n\n".join(paras[n % len(paras)] for n in range(PARAGRAPHS))
    spans = segment.paragraphs(text)
    return Article(article_id, f"big-{article_id}.txt", text, spans, segment.sentences(text, spans), title=f"Big {article_id}")


def synthetic_analysis(a: Article, b: Article) -> Analysis:
    """One match per paragraph pair: its first sentence in each, sharing their first three words."""
    first_a = {s.start: s for s in a.sentences}
    first_b = {s.start: s for s in b.sentences}
    matches = []
    for n, (pa, pb) in enumerate(zip(a.paragraphs, b.paragraphs)):
        sa, sb = first_a.get(pa.start), first_b.get(pb.start)
        if sa is None or sb is None:
            continue
        run = SharedRun(Span(sa.start, min(sa.end, sa.start + 20)), Span(sb.start, min(sb.end, sb.start + 20)))
        matches.append(Match(f"m{n}", Passage(a.id, sa.start, sa.end), Passage(b.id, sb.start, sb.end), 70.0, "paraphrase", (run,)))
    return Analysis(articles=(a, b), matches=tuple(matches))


def render_visible(app: ReaderApp) -> None:
    for side in ("left", "right"):
        pane = app.pane(side)
        for y in range(pane.scrollable_content_region.height):
            pane.render_line(y)


async def seed_first_frame() -> dict[str, float]:
    articles = load_articles([ROOT / "articles"])
    start = time.perf_counter()
    app = ReaderApp(articles)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        render_visible(app)
        text_shown = time.perf_counter() - start
        while app.analysis is None:
            await pilot.pause(0.005)
        await pilot.pause()
        render_visible(app)
        painted = time.perf_counter() - start
    return {"seed: text on screen (s)": text_shown, "seed: analysis painted (s)": painted}


async def timed_press(pilot, key: str) -> float:
    start = time.perf_counter()
    await pilot.press(key)
    return (time.perf_counter() - start) * 1000


async def big_case() -> dict[str, float]:
    seed_a, seed_b = load_articles([ROOT / "articles"])
    a, b = big_article(seed_a, "A"), big_article(seed_b, "B")
    analysis = synthetic_analysis(a, b)
    release = threading.Event()

    def held_analysis(articles):
        release.wait(60)
        return analysis

    app_module.analyze = held_analysis  # the app runs the real pipeline; here the result is given
    figures: dict[str, float] = {"big: matches": float(len(analysis.matches))}
    start = time.perf_counter()
    app = ReaderApp((a, b))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        render_visible(app)
        figures["big: text on screen (s)"] = time.perf_counter() - start
        while app.search_index is None:
            await pilot.pause(0.01)
        figures["big: search index ready (s)"] = time.perf_counter() - start

        start = time.perf_counter()
        app.analysis_ready(analysis)
        await pilot.pause()
        render_visible(app)
        figures["big: first frame after analysis (s)"] = time.perf_counter() - start
        release.set()

        idle_times = [await timed_press(pilot, "x") for _ in range(10)]  # a key nothing is bound to
        figures["big: unbound key round trip median (ms)"] = statistics.median(idle_times)
        handler_times = []
        for _ in range(30):
            start = time.perf_counter()
            app.action_step(True)
            render_visible(app)
            handler_times.append((time.perf_counter() - start) * 1000)
        figures["big: n handler + both panes redrawn median (ms)"] = statistics.median(handler_times)
        figures["big: n handler + both panes redrawn max (ms)"] = max(handler_times)
        n_times = [await timed_press(pilot, "n") for _ in range(30)]
        figures["big: n round trip median (ms)"] = statistics.median(n_times)
        figures["big: n round trip max (ms)"] = max(n_times)

        scroll_times = [await timed_press(pilot, key) for key in ["pagedown"] * 15 + ["j"] * 15 + ["end", "home"]]
        figures["big: scroll key round trip median (ms)"] = statistics.median(scroll_times)
        figures["big: scroll key round trip max (ms)"] = max(scroll_times)
        handler_times = []
        for _ in range(30):
            start = time.perf_counter()
            app.pane("left").action_page_down()  # linked: the right pane follows in the Scrolled handler
            app._scrolled(app.pane("left").Scrolled(app.pane("left")))
            render_visible(app)
            handler_times.append((time.perf_counter() - start) * 1000)
        figures["big: page down handler + both panes redrawn median (ms)"] = statistics.median(handler_times)

        await pilot.press("slash")
        bar = app.query_one(SearchBar)
        echo_times, result_times = [], []
        for key in "prosecutr":
            start = time.perf_counter()
            await pilot.press(key)
            echo_times.append((time.perf_counter() - start) * 1000)
            while bar.shown_query != bar.query:
                await pilot.pause(0.001)
            result_times.append((time.perf_counter() - start) * 1000)
        search_times = []
        for end in range(1, len("prosecutr") + 1):
            start = time.perf_counter()
            app.search_index.search("prosecutr"[:end], 50)
            search_times.append((time.perf_counter() - start) * 1000)
        figures["big: SearchIndex.search alone median (ms)"] = statistics.median(search_times)
        figures["big: search keystroke echo median (ms)"] = statistics.median(echo_times)
        figures["big: search keystroke to results median (ms)"] = statistics.median(result_times)
        figures["big: search keystroke to results max (ms)"] = max(result_times)
    return figures


def main() -> None:
    figures = asyncio.run(seed_first_frame())
    figures.update(asyncio.run(big_case()))
    lines = [f"{name:48} {value:10.3f}" for name, value in figures.items()]
    print("\n".join(lines))
    report = [
        "# TUI benchmark",
        "",
        f"Command: `{COMMAND}` (headless App.run_test at {SIZE[0]}x{SIZE[1]}; {PARAGRAPHS:,} paragraphs per big article).",
        "",
        "| measure | value |",
        "| --- | --- |",
        *(f"| {name} | {value:.3f} |" for name, value in figures.items()),
        "",
        "Targets: seed pair painted < 1 s; big pair first frame < 2 s after the analysis lands;",
        "`n`, search keystrokes and scrolling < 50 ms each.",
        "",
    ]
    (ROOT / "benchmarks" / "RESULTS_tui.md").write_text("\n".join(report))


if __name__ == "__main__":
    main()
