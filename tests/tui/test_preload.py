"""The app's articles loaded in a forked child while the app's process imports Textual."""

from __future__ import annotations

import os

import pytest

import reader.tui.preload
from reader.core.errors import ReaderError
from reader.core.text.build import sentences_later
from reader.core.text.loader import load_articles
from reader.tui.preload import Loading

SEEDS = ["articles"]


@pytest.fixture(params=["forked", "here"])
def where(request, monkeypatch):
    """Both ways: in a child (as `reader` starts, with no other thread) and in this process."""
    threads = 1 if request.param == "forked" else 2
    monkeypatch.setattr(reader.tui.preload.threading, "active_count", lambda: threads)
    return request.param


def _load():
    with sentences_later():
        return load_articles(SEEDS)


def test_the_articles_come_back_the_same(where):
    parent = os.getpid()
    assert Loading(_load).articles() == tuple(_load())
    assert os.getpid() == parent


def test_a_reader_error_is_raised_here(where, tmp_path):
    with pytest.raises(ReaderError, match="missing.txt"):  # here: from the start; forked: when waited for
        Loading(lambda: load_articles([str(tmp_path / "missing.txt")])).articles()


def test_a_crash_is_not_a_one_line_error(where):
    def broken():
        raise ValueError("a bug")

    if where == "here":
        with pytest.raises(ValueError):
            Loading(broken)
        return
    with pytest.raises(RuntimeError, match="ValueError: a bug"):
        Loading(broken).articles()


def test_the_first_screens_settings_and_wraps_come_made_ahead(monkeypatch, tmp_path, private_settings):
    """The child also reads the settings and wraps the two panes' lines for the terminal's width; `ahead`
    holds them, equal to what the app's process would make."""
    from reader.tui.settings import load_settings
    from reader.tui.view.layout import pane_text_widths
    from reader.tui.view.wrap import wrap_text

    private_settings.parent.mkdir(parents=True)
    private_settings.write_text("sidebar_share: 0.5\ntheme: nord\n", encoding="utf-8")
    monkeypatch.setattr(reader.tui.preload, "_terminal_columns", lambda: 150)
    monkeypatch.setattr(reader.tui.preload.threading, "active_count", lambda: 1)
    loading = Loading(_load)
    articles = loading.articles()
    assert articles == _load()
    ahead = loading.ahead
    assert ahead is not None and ahead.settings == load_settings(private_settings)
    assert (ahead.settings.sidebar_share, ahead.settings.theme) == (0.5, "nord")
    widths = pane_text_widths(150, 0.5)
    assert set(ahead.wraps) == {article.id for article in articles}
    for article, width in zip(articles, widths):
        made = ahead.wraps[article.id]
        assert made.width == width and made == wrap_text(article.text, article.paragraphs, width)


def test_settings_read_ahead_for_another_path_are_not_used(monkeypatch, tmp_path):
    from reader.tui.settings import Settings

    articles = _load()
    made = ((str(tmp_path / "elsewhere.yaml"), Settings(theme="nord")), ())
    ahead = reader.tui.preload.received_ahead(articles, made)
    assert ahead is not None and ahead.settings is None and dict(ahead.wraps) == {}


def test_nothing_is_made_ahead_without_a_terminal_or_for_one_article(monkeypatch):
    monkeypatch.setattr(reader.tui.preload, "_terminal_columns", lambda: None)
    articles = _load()
    (_, settings), wraps = reader.tui.preload.made_ahead(articles)
    assert wraps == () and settings.sidebar_share > 0
    monkeypatch.setattr(reader.tui.preload, "_terminal_columns", lambda: 120)
    assert reader.tui.preload.made_ahead(articles[:1])[1] == ()
    assert len(reader.tui.preload.made_ahead(articles)[1]) == 2
    assert reader.tui.preload.made_ahead(None) is None  # type: ignore[arg-type] # anything going wrong: nothing
    assert reader.tui.preload.received_ahead(articles, None) is None


def test_loaded_here_nothing_is_made_ahead(monkeypatch):
    monkeypatch.setattr(reader.tui.preload.threading, "active_count", lambda: 2)
    loading = Loading(_load)
    assert loading.articles() == _load() and loading.ahead is None
