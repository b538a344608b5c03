"""The `reader` command: the app, `reader analyze` and `reader search`.

Every error the user can fix prints one line, ``reader: error: ...``, on
stderr and exits 2. Nothing here writes to an article file.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from reader import __version__
from reader.core.errors import ReaderError

if TYPE_CHECKING:
    from reader.core.lexicons import Lexicons
    from reader.core.model import Article

EXIT_NO_HITS = 1  # `reader search` found nothing (grep's convention), whatever the format
EXIT_USAGE = 2
BUNDLED_ARTICLES = Path(__file__).parent / "bundled_articles"
FORMATS_ANALYZE = ("json", "markdown", "text")
FORMATS_SEARCH = ("json", "text")


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors are one line like every other error."""

    def error(self, message: str):  # type: ignore[override]
        raise ReaderError(f"{message} (see '{self.prog} --help')")


T = TypeVar("T")


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="reader",
        description=("Read news coverage side by side. With no command, opens the app on FILEs (or the bundled articles)."),
        epilog=(
            "commands:\n"
            "  reader [FILE...]                       open the app (default: ./articles, else the bundled pair)\n"
            "  reader analyze FILE... [--format F]    shared passages, actors, attributions (json|markdown|text)\n"
            "  reader search QUERY FILE... [--format F]  fuzzy, typo-tolerant search (json|text)\n\n"
            "A FILE may be .txt, .md (YAML front matter), .yaml/.yml (fields + body), .html (a saved web page),\n"
            "a directory of them, an http(s) URL (cached in ~/.cache/reader; --refresh fetches again),\n"
            "or - (one article from standard input).\n\n"
            "exit status: 0 done; 1 search found nothing; 2 bad input or usage (one line on stderr)."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    parser.add_argument("files", nargs="*", metavar="FILE", help="articles, directories, URLs, or - for standard input")
    _add_actors_option(parser)
    _add_refresh_option(parser)
    return parser


def _add_refresh_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--refresh", action="store_true", help="fetch URLs again instead of using the cached pages")


def _add_actors_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--actors",
        metavar="YAML",
        help="extra gazetteer entries (merged over the built-in one and ~/.config/reader/actors.yaml)",
    )
    parser.add_argument(
        "--verbs",
        metavar="YAML",
        help="extra reporting verbs (merged over the built-in ones and ~/.config/reader/reporting_verbs.yaml)",
    )
    parser.add_argument(
        "--paraphrases",
        metavar="YAML",
        help="extra word groups alignment treats as the same (merged over ~/.config/reader/paraphrases.yaml)",
    )


def _build_analyze_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="reader analyze", description="Compare articles: shared passages, actors, attributions.")
    parser.add_argument("files", nargs="+", metavar="FILE", help="articles, directories, URLs or - (matches need 2+)")
    parser.add_argument("--format", "-f", choices=FORMATS_ANALYZE, default="text", help="output format (default: text)")
    _add_actors_option(parser)
    _add_refresh_option(parser)
    return parser


def _build_search_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="reader search",
        description="Fuzzy, typo-tolerant search across articles.",
        epilog="exit status: 0 hits found; 1 no hit (in every format, as grep); 2 bad input, or an empty query.",
    )
    parser.add_argument("query", help="words to find (typos welcome)")
    parser.add_argument("files", nargs="+", metavar="FILE", help="articles, directories, URLs or -")
    parser.add_argument("--format", "-f", choices=FORMATS_SEARCH, default="text", help="output format (default: text)")
    parser.add_argument("--limit", "-n", type=int, default=20, help="at most this many hits (default: 20)")
    _add_refresh_option(parser)
    return parser


def default_article_paths() -> list[str]:
    """./articles when it holds articles (a checkout), else the pair shipped in the package."""
    from reader.core.text.loader import ARTICLE_SUFFIXES

    local = Path("articles")
    if local.is_dir() and any(p.suffix.lower() in ARTICLE_SUFFIXES for p in local.iterdir()):
        return [str(local)]
    return [str(BUNDLED_ARTICLES)]


def _told(call: Callable[[], T]) -> tuple[T, list[str]]:
    """``call()``, and a notice for each user config file it skipped as unusable (printed on stderr as
    ``reader: warning: ...``); other warnings are shown as Python would show them."""
    from reader.core.config import UserFileWarning

    notices: list[str] = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", UserFileWarning)
        result = call()
    for warning in caught:
        if not issubclass(warning.category, UserFileWarning):  # not ours to word: as Python would show it
            warnings.showwarning(warning.message, warning.category, warning.filename, warning.lineno)
            continue
        notice = str(warning.message)
        print(f"reader: warning: {notice}", file=sys.stderr)
        notices.append(notice)
    return result, notices


def _lexicons(args: argparse.Namespace) -> Lexicons:
    """Actors, reporting verbs, paraphrases and polarity cues: packaged, plus the user's config files, plus
    the options (a config file skipped as unusable is told on stderr)."""
    from reader.core.lexicons import load_lexicons

    lexicons, _ = _told(lambda: load_lexicons(args.actors, args.verbs, args.paraphrases))
    return lexicons


def _emit(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


def run_analyze(args: argparse.Namespace) -> int:
    from reader.core.garbage import gc_paused
    from reader.core.pipeline import analyze
    from reader.core.text.loader import load_articles
    from reader.render.json import JsonDumper, analysis_to_json
    from reader.render.markdown import analysis_to_markdown
    from reader.render.text import analysis_to_text

    # Everything built from here lives to the end: the garbage collector's passes over it (a third of
    # rendering the JSON) find nothing to free (see `core.garbage.gc_paused`).
    with gc_paused():
        articles = load_articles(args.files, refresh=args.refresh)
        lexicons = _lexicons(args)
        # Indented for a person at a terminal; compact when piped, where indent
        # would push json onto its pure-Python encoder (4x slower on 10 MB).
        compact = args.format == "json" and not sys.stdout.isatty()
        # Piped JSON: the parts that need no match are dumped while the child process aligns.
        dumper = JsonDumper() if compact else None
        # alignment in a child process beside the other stages
        analysis = analyze(articles, lexicons, parallel=True, meanwhile=dumper.early if dumper else None)
        if dumper is not None:
            _emit(dumper.dump(analysis) + "\n")
        elif args.format == "json":
            _emit(json.dumps(analysis_to_json(analysis), ensure_ascii=False, indent=1) + "\n")
        elif args.format == "markdown":
            _emit(analysis_to_markdown(analysis))
        else:
            _emit(analysis_to_text(analysis))
    return 0


def run_search(args: argparse.Namespace) -> int:
    from reader.core.search import search
    from reader.core.text.loader import load_articles
    from reader.render.json import hits_to_json
    from reader.render.snippets import one_line

    if args.limit < 1:
        raise ReaderError("--limit must be at least 1")
    if not args.query.strip():
        raise ReaderError("the search query is empty (see 'reader search --help')")
    articles = load_articles(args.files, refresh=args.refresh)
    hits = search(articles, args.query, limit=args.limit)
    if args.format == "json":
        _emit(json.dumps(hits_to_json(args.query, articles, hits), ensure_ascii=False, indent=1) + "\n")
        return 0 if hits else EXIT_NO_HITS
    by_id = {a.id: a for a in articles}
    if not hits:
        _emit(f"no hits for {args.query!r}\n")
        return EXIT_NO_HITS
    for hit in hits:
        article = by_id[hit.article]
        label = one_line(f"{article.display_name}: {article.label}" if article.title else article.display_name, 40)
        _emit(f"{hit.article} {hit.score:5.1f}  {label}: {one_line(by_id[hit.article].text[hit.start : hit.end], 120)}\n")
    return 0


def run_app(args: argparse.Namespace) -> int:
    from reader.core.garbage import gc_paused

    # Start-up makes objects that live as long as the app (Textual's modules, the articles, the widgets):
    # no collection until its first frame, which saves ~200 young collections (~40 ms of CPU). The app
    # turns collection back on after that frame (`CollectWhenIdle.start_idle_collection`), or this on the way out.
    with gc_paused():
        from reader.tui.preload import Loading

        # In a child process, while this one imports Textual (a ReaderError there is raised by `articles()`).
        loading = Loading(lambda: _load_for_app(args))
        try:
            notices = _check_lexicon_files(args)  # the app's analysis process builds the lexicons
        except ReaderError:
            loading.articles()  # an article that cannot be loaded is told first, as before
            raise
        from reader.tui.terminal import prepare_environment

        prepare_environment(os.environ)  # before Textual is imported: it reads the environment once
        from reader.tui.app import run_app as run_tui

        articles = loading.articles()
        if "-" in args.files and not sys.stdin.isatty():
            _keyboard_back_on_stdin()
        run_tui(articles, (args.actors, args.verbs, args.paraphrases), notices, loading.ahead)
        return 0


def _load_for_app(args: argparse.Namespace) -> Sequence[Article]:
    from reader.core.text.build import sentences_later
    from reader.core.text.loader import load_articles

    with sentences_later():  # the app's analysis process segments them: the text shows sooner
        return load_articles(args.files or default_article_paths(), refresh=args.refresh)


def _check_lexicon_files(args: argparse.Namespace) -> list[str]:
    """The user's lexicon files judged as loading them would (a bad one given as an option is an error
    now, at the command line), without building the lexicons: a notice for each config file skipped.
    With no option and no data file in the config directory, nothing is imported or read."""
    from reader.core.config import LEXICON_FILES, user_config_path

    if not any(os.path.lexists(user_config_path(name)) for name in LEXICON_FILES) and (
        (args.actors, args.verbs, args.paraphrases) == (None, None, None)
    ):
        return []
    from reader.core.lexicons.bundle import check_user_files

    _, notices = _told(lambda: check_user_files(args.actors, args.verbs, args.paraphrases))
    return notices


def _keyboard_back_on_stdin() -> None:
    """After ``reader -`` read the article from a pipe, the app reads keys from the terminal."""
    try:
        tty = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        raise ReaderError(
            "'-' read the article from standard input, but the app needs a terminal: use 'reader analyze -'"
        ) from None
    os.dup2(tty, sys.stdin.fileno())
    os.close(tty)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] == "analyze":
            return run_analyze(_build_analyze_parser().parse_args(argv[1:]))
        if argv and argv[0] == "search":
            return run_search(_build_search_parser().parse_args(argv[1:]))
        return run_app(_build_parser().parse_args(argv))
    except ReaderError as exc:
        print(f"reader: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader of our output went away (`reader analyze ... | head`): not an error.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
