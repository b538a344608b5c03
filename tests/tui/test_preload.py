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
    """The child also reads the settings and wraps the two panes' lines for the terminal's width; the app's
    `load_settings` and its panes' `wrap_text` take them instead of making them again."""
    from reader.tui import settings as settings_module
    from reader.tui.view import wrap
    from reader.tui.view.layout import pane_text_widths

    private_settings.parent.mkdir(parents=True)
    private_settings.write_text("sidebar_share: 0.5\ntheme: nord\n", encoding="utf-8")
    monkeypatch.setattr(reader.tui.preload, "_terminal_columns", lambda: 150)
    monkeypatch.setattr(reader.tui.preload.threading, "active_count", lambda: 1)
    articles = Loading(_load).articles()
    assert articles == _load()
    widths = pane_text_widths(150, 0.5)
    for article, width in zip(articles, widths):
        made = wrap._offered[id(article.text)][2]
        assert made.width == width
        fresh = wrap.wrap_text(article.text, article.paragraphs, width - 1)  # another width: made here
        assert fresh.width == width - 1 and id(article.text) in wrap._offered
        assert wrap.wrap_text(article.text, article.paragraphs, width) is made  # taken, once
        assert made == wrap.wrap_text(article.text, article.paragraphs, width)  # (now made here: the same)
    offered = settings_module._offered.get(private_settings)
    assert offered is not None and (offered.sidebar_share, offered.theme) == (0.5, "nord")
    assert settings_module.load_settings(private_settings) is offered
    assert private_settings not in settings_module._offered
    wrap.forget_offers()


def test_nothing_is_made_ahead_without_a_terminal_or_for_one_article(monkeypatch):
    from reader.tui.view import wrap

    monkeypatch.setattr(reader.tui.preload, "_terminal_columns", lambda: None)
    articles = _load()
    (_, settings), wraps = reader.tui.preload.made_ahead(articles)
    assert wraps == () and settings.sidebar_share > 0
    monkeypatch.setattr(reader.tui.preload, "_terminal_columns", lambda: 120)
    assert reader.tui.preload.made_ahead(articles[:1])[1] == ()
    assert len(reader.tui.preload.made_ahead(articles)[1]) == 2
    assert reader.tui.preload.made_ahead(None) is None  # type: ignore[arg-type] # anything going wrong: nothing
    reader.tui.preload.take_ahead(articles, None)
    assert not wrap._offered
