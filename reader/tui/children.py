"""What the app's child processes run: the analysis and the search index, reporting through a pipe.

Kept apart from `reader.tui.background` (the app's side), which imports Textual: a child started
with the *spawn* context imports the module its function lives in, and Textual would cost each child
~0.3 s of CPU while the app is answering its first keys.

No Textual here.
"""

from __future__ import annotations

import dataclasses
import os
import warnings
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from reader.core.model import Article
from reader.tui.packing import PackedArticle, pack_all, unpack_all

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

    from reader.core.lexicons import Lexicons

CHILD_NICENESS = 10


def second_in_line() -> None:
    """Lower this process's priority by CHILD_NICENESS below the app's (the child starts with the app's).

    Called once, first thing in a child, before its imports: numpy, rapidfuzz and
    the pipeline cost ~0.5 s of CPU, right when the user's first keys come in, and
    on a busy machine the app's own process, answering them, should go first.
    """
    try:
        os.nice(CHILD_NICENESS)
    except (AttributeError, OSError):  # no priorities here (Windows): the same work, unniced
        pass


# The user's lexicon files (--actors, --verbs, --paraphrases; None: not given), for the analysis to load.
LexiconFiles = tuple[str | None, str | None, str | None]


def built(lexicons: Lexicons | LexiconFiles | None) -> Lexicons | None:
    """The lexicons themselves: loaded here when given as files (in the analysis process: building
    them costs the app's start-up ~0.2 s). The command line has already judged the files
    (`reader.core.lexicons.bundle.check_user_files`) and told about a skipped config file."""
    if not isinstance(lexicons, tuple):
        return lexicons
    from reader.core.config import UserFileWarning
    from reader.core.lexicons import load_lexicons

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserFileWarning)  # said once already: by the app, before its screen
        return load_lexicons(*lexicons)


def whole(articles: Sequence[Article]) -> tuple[Article, ...]:
    """The articles with their sentences: the app loads them without (`sentences_later`), for speed."""
    from reader.core.text.build import with_sentences  # here: the app's start-up need not import segmenting

    return tuple(with_sentences(article) for article in articles)


# What a child sends: ("stage", name, counts so far), then ("done", result) or ("error", one line).
Report = tuple[Any, ...]

# A result: an `Analysis` or a `SearchIndex`, each holding the articles (now with their sentences).
Result = Any


def packed_result(result: Result) -> Result:
    """The result with its articles packed for the trip back (`reader.tui.packing`).

    Unpickled as they are, the ~25,000 sentence and paragraph Spans of two 1 MB
    articles cost the app ~57 ms of CPU, once for the index and once for the
    analysis, in a thread that shares the app's GIL while keys come in; packed,
    ~2 ms to unpickle and ~17 ms to unpack.
    """
    return dataclasses.replace(result, articles=pack_all(result.articles))


def unpacked_result(result: Result) -> Result:
    return dataclasses.replace(result, articles=unpack_all(result.articles))


def analysis_child(
    conn: Connection, articles: Sequence[PackedArticle | Article], lexicons: Lexicons | LexiconFiles | None
) -> None:
    """In the child: analyse, telling each stage as it starts."""
    second_in_line()
    from reader.core.pipeline import analyze  # here: the app's own start-up need not import the pipeline

    def progress(stage: str, found: Mapping[str, int]) -> None:
        conn.send(("stage", stage, dict(found)))

    _run(conn, lambda: packed_result(analyze(whole(unpack_all(articles)), built(lexicons), progress)))


def index_child(conn: Connection, articles: Sequence[PackedArticle | Article]) -> None:
    """In the child: build the search index."""
    second_in_line()
    from reader.core.search import SearchIndex

    _run(conn, lambda: packed_result(SearchIndex.build(whole(unpack_all(articles)))))


def _run(conn: Connection, work: Callable[[], object]) -> None:
    try:
        try:
            report: Report = ("done", work())
        except Exception as error:  # the app stays a plain reader and says why
            report = ("error", f"{type(error).__name__}: {error}")
        conn.send(report)
    except (BrokenPipeError, EOFError, ConnectionResetError):
        # The app is gone (quit while this ran; a progress report or the result found the pipe closed):
        # nobody to tell, so end quietly rather than print a traceback onto the user's shell.
        pass
    finally:
        conn.close()
