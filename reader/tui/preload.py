"""Load the app's articles in a forked child while this process imports Textual and the app.

Before its first frame the app's process spends ~0.3 s of CPU importing and
running the loader (reading, decoding, normalising, splitting two 1 MB files)
and ~0.4 s importing Textual and its own modules; neither needs the other, so
on two cores they overlap. The child sends the articles back packed
(`reader.tui.packing`: a few strings and arrays, ~1 ms to pickle) and exits; a
`ReaderError` there (a missing file, a bad URL) comes back as the same
one-line error, raised here before any screen is drawn.

Forking is done only while this process has no other thread (the command
line, before Textual is imported: a lock held by another thread would stay
held in the child). Otherwise, or where there is no ``os.fork``, the articles
are loaded here, in order.

No Textual here: the command line imports this module before Textual.
"""

from __future__ import annotations

import os
import pickle
import sys
import threading
import traceback
from array import array
from collections.abc import Callable, Sequence

from reader.core.errors import ReaderError
from reader.core.model import Article
from reader.tui.packing import pack_all, unpack_all

EXIT_INTERRUPTED = 130


class Loading:
    """``load()`` running in a child from now on; `articles` waits for what it returns (or raises)."""

    def __init__(self, load: Callable[[], Sequence[Article]]) -> None:
        self._articles: tuple[Article, ...] | None = None
        if not hasattr(os, "fork") or threading.active_count() > 1:  # a fork copies no thread but this one
            self._articles = tuple(load())
            return
        self._read, write = os.pipe()
        self._pid = os.fork()
        if self._pid == 0:  # the child: never returns
            os.close(self._read)
            _load_and_send(load, write)
        os.close(write)

    def articles(self) -> tuple[Article, ...]:
        if self._articles is not None:
            return self._articles
        with os.fdopen(self._read, "rb") as reports:
            try:
                report = pickle.load(reports)
            except (EOFError, pickle.UnpicklingError):
                report = ("crash", "the process loading the articles ended without them")
        os.waitpid(self._pid, 0)
        if report[0] == "done":
            self._articles = unpack_all(report[1])
            if len(report) > 2:
                take_ahead(self._articles, report[2])
            return self._articles
        if report[0] == "error":
            raise ReaderError(report[1])
        if report[0] == "interrupted":
            raise KeyboardInterrupt
        raise RuntimeError(f"loading the articles failed:\n{report[1]}")


# What the child also makes for the first screen: the user's settings and the two panes' wrapped lines.
Ahead = tuple[tuple[str, object], tuple[tuple[int, array, array], ...]] | None


def made_ahead(articles: Sequence[Article]) -> Ahead:
    """The first screen's settings and wraps, made in the child while the app's process imports Textual (on a
    second core; ~50 ms of the app's CPU before its first frame, with two 1 MB articles). The pane widths are
    predicted from the terminal's size (`pane_text_widths`); a wrap of another width is simply not used."""
    try:
        from reader.tui.settings import load_settings, settings_path
        from reader.tui.view.layout import pane_text_widths
        from reader.tui.view.wrap import wrap_text

        path = settings_path()
        settings = load_settings(path)
        if len(articles) < 2:
            return (str(path), settings), ()
        columns = _terminal_columns()
        if columns is None:
            return (str(path), settings), ()
        widths = pane_text_widths(columns, settings.sidebar_share)
        wraps = []
        for article, width in zip(articles[:2], widths):
            wrapped = wrap_text(article.text, article.paragraphs, width)
            wraps.append((wrapped.width, array("q", wrapped.starts), array("q", wrapped.ends)))
        return (str(path), settings), tuple(wraps)
    except Exception:  # noqa: BLE001 - only a head start: the app makes them itself
        return None


def _terminal_columns() -> int | None:
    for stream in (sys.__stderr__, sys.__stdout__):  # Textual draws on stderr
        try:
            return os.get_terminal_size(stream.fileno()).columns if stream is not None else None
        except (OSError, ValueError):
            continue
    return None


def take_ahead(articles: Sequence[Article], ahead: Ahead) -> None:
    """Hand what the child made ahead to those who would make it (`load_settings`, `wrap_text`)."""
    if ahead is None:
        return
    from pathlib import Path

    from reader.tui.settings import offer_settings
    from reader.tui.view.wrap import WrappedText, offer

    (path, settings), wraps = ahead
    offer_settings(Path(path), settings)  # type: ignore[arg-type]
    for article, (width, starts, ends) in zip(articles, wraps):
        offer(article.text, article.paragraphs, WrappedText(width, tuple(starts), tuple(ends)))


def _load_and_send(load: Callable[[], Sequence[Article]], write: int) -> None:
    code = 0
    try:
        try:
            articles = load()
            report: tuple[object, ...] = ("done", pack_all(articles), made_ahead(articles))
        except ReaderError as exc:
            report = ("error", str(exc))
        except KeyboardInterrupt:
            report, code = ("interrupted",), EXIT_INTERRUPTED
        except BaseException:  # noqa: BLE001 - told to the parent, which shows it as Python would
            report = ("crash", traceback.format_exc())
        with os.fdopen(write, "wb") as out:
            pickle.dump(report, out, protocol=pickle.HIGHEST_PROTOCOL)
    finally:
        # The parent's buffers and exit handlers are the parent's: leave at once, after our own output.
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        os._exit(code)
