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
