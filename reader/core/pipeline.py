"""Run the whole analysis over a set of loaded articles."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from reader.core.forked import may_fork, serve_child, start_child
from reader.core.garbage import gc_paused
from reader.core.lexicons import Lexicons
from reader.core.lexicons.paraphrases import Paraphrases
from reader.core.model import Actor, Analysis, Article, Attribution, Cluster, Match, MatchKind, Passage, SharedRun, Span

Progress = Callable[[str, Mapping[str, int]], None]
# Told the articles, actors and attributions while the child aligns: the caller's work that needs no match runs then.
Meanwhile = Callable[[Sequence[Article], tuple[Actor, ...], tuple[Attribution, ...]], None]


def analyze(
    articles: Sequence[Article],
    lexicons: Lexicons | None = None,
    progress: Progress | None = None,
    parallel: bool = False,
    meanwhile: Meanwhile | None = None,
) -> Analysis:
    """Matches, clusters, actors and attributions of ``articles``.

    ``lexicons`` default to the packaged data plus the user's own files (see
    `reader.core.lexicons.bundle`). ``progress``, if given, is told each stage
    as it starts ("align", "actors", "attributions") with what was found so far.
    ``parallel`` aligns in a child process while this one finds actors and
    attributions (see `start_align`): the same result, sooner on two
    cores. Only a process that may fork children should ask for it (the CLI).
    While the child aligns, this process also does the discrepancy finders' per-article
    work, then calls ``meanwhile`` (if given) with the articles, actors and attributions: what
    it does there is off the critical path as long as the child is still aligning. If the child
    has done all its work by then, ``meanwhile`` is called later, while the discrepancy finders
    compare the matches with a child (`find_discrepancies`).
    """
    lexicons = lexicons or Lexicons()
    timings: dict[str, float] = {}
    report = progress or (lambda stage, found: None)
    with gc_paused():
        report("align", {})
        # The align child works out the discrepancy finders' sentence stems (articles only) after aligning.
        stems = partial(_sentences_ahead, articles, lexicons.paraphrases)
        aligning = start_align(articles, lexicons.paraphrases, stems) if parallel else None
        try:  # (from here on, whatever happens, the child is stopped at the end)
            aligned = _timed_align(articles, lexicons.paraphrases) if aligning is None else None
            report("actors", {"matches": len(aligned[0][0])} if aligned else {})
            # Imported only now: with alignment in a child, this process imports them while it aligns.
            from reader.core.actors import extract_actors
            from reader.core.attributions import extract_all_attributions
            from reader.core.discrepancies import discrepancies_ahead, find_discrepancies

            start = time.perf_counter()
            # With a few articles the alignment is a pair or three and this process is the long pole: the
            # actor scan of the second half of them runs in a child too. With more, aligning takes longer.
            few = aligning is not None and len(articles) <= FEW_ARTICLES
            actors = extract_actors(articles, lexicons.gazetteer, parallel=few)
            timings["actors"] = time.perf_counter() - start
            report("attributions", {"matches": len(aligned[0][0]), "actors": len(actors)} if aligned else {"actors": len(actors)})
            start = time.perf_counter()
            attributions = extract_all_attributions(articles, actors, lexicons.verbs)
            timings["attributions"] = time.perf_counter() - start
            ahead, ahead_seconds = None, 0.0
            later: Callable[[], None] | None = None  # the caller's ``meanwhile``, put off to the discrepancy stage
            if aligning is not None:  # work that needs no match, done while the child aligns
                worked_out = None
                if meanwhile is not None and not aligning.ready():
                    # The caller's part first: it needs nothing of the child's, and the child may have aligned by
                    # its end, then works out the sentence stems for the rest (else this does that itself).
                    meanwhile(articles, actors, attributions)
                    meanwhile = None
                if aligning.ready():  # it aligned first: it works out the sentence stems while this does the rest
                    aligning.result()  # (received now: the child waits until its result is read)
                    if meanwhile is not None:
                        if aligning.then_ready():
                            # It has done all it was asked and is idle: this process is the long pole. The caller's
                            # part waits for the discrepancy stage, where this process waits on a child of its own.
                            later = partial(meanwhile, articles, actors, attributions)
                        else:
                            meanwhile(articles, actors, attributions)
                        meanwhile = None
                    worked_out = aligning.then_result()
                start = time.perf_counter()
                ahead = discrepancies_ahead(articles, attributions, lexicons.paraphrases, worked_out)  # type: ignore[arg-type]
                ahead_seconds = time.perf_counter() - start
            if aligned is None:  # the child's; if it failed, align here (and fail, if at all, as without a child)
                aligned = (aligning and aligning.result()) or _timed_align(articles, lexicons.paraphrases)
            (matches, clusters), seconds = aligned
            timings = {"align": seconds, **timings}
        finally:
            if aligning is not None:
                aligning.stop()
        start = time.perf_counter()
        discrepancies = find_discrepancies(
            articles,
            matches,
            actors,
            attributions,
            lexicons.polarity,
            lexicons.paraphrases,
            lexicons.verbs,
            ahead,
            parallel=aligning is not None,  # a process that may fork (a child compares matches from the back)
            meanwhile=later,
        )
        timings["discrepancies"] = time.perf_counter() - start + ahead_seconds

    return Analysis(
        articles=tuple(articles),
        matches=matches,
        clusters=clusters,
        actors=actors,
        attributions=attributions,
        discrepancies=discrepancies,
        timings=timings,
    )


def _sentences_ahead(articles: Sequence[Article], paraphrases: Paraphrases | None) -> object:
    from reader.core.discrepancies import sentences_ahead  # (in the child, after aligning)

    return sentences_ahead(articles, paraphrases)


def _timed_align(articles: Sequence[Article], paraphrases: Paraphrases | None) -> Aligned:
    # Imported here: with alignment in a forked child, only the child needs the align modules (~0.1 s of
    # imports, numpy's aside, that the parent used to pay before it could fork).
    from reader.core.align.matches import align

    start = time.perf_counter()
    return align(articles, paraphrases), time.perf_counter() - start


# Below this many characters in all, aligning beside the other stages gains less than starting a child costs.
PARALLEL_MIN_CHARS = 100_000
FEW_ARTICLES = 3  # up to this many, the actor scan is split with a second child (one to three pairs to align)
Aligned = tuple[tuple[tuple[Match, ...], tuple[Cluster, ...]], float]  # align()'s result, and its seconds


class Aligning:
    """`align` running in a forked child process, its result to come through a pipe.

    The child is a fork: it has the articles and the lexicons already, nothing
    is sent to it, and only the matches come back (pickled). Then, if it was
    given one, it runs ``then`` (work on the articles alone) and sends that too:
    the parent takes it (`then_result`) when the child aligned first, else does
    that work itself and stops the child. It ignores Ctrl-C: the parent stops it
    (SIGTERM) on the way out, whatever happened.
    """

    def __init__(self, process: BaseProcess, conn: Connection, then: bool = False) -> None:
        self.process = process
        self.conn = conn
        self.answered = False
        self.then_pending = then  # the child is to send ``then``'s result after the alignment
        self._aligned: Aligned | None = None

    def ready(self) -> bool:
        """Whether the child has aligned (or failed): `result` would not wait."""
        try:
            return self.answered or self.conn.poll()
        except (EOFError, OSError):
            return True

    def result(self) -> Aligned | None:
        """What the child found, or None if it failed in any way (the caller then aligns itself)."""
        if self.answered:
            return self._aligned
        try:
            kind, payload = self.conn.recv()
        except (EOFError, OSError):
            return None
        self.answered = True
        if kind != "done":
            self.then_pending = False
            return None
        packed, seconds = payload
        self._aligned = _unpack(*packed), seconds
        return self._aligned

    def then_result(self) -> object | None:
        """What ``then`` returned in the child, after the alignment (waited for), or None if it failed."""
        if not self.then_pending or self.result() is None:
            return None
        self.then_pending = False
        try:
            kind, payload = self.conn.recv()
        except (EOFError, OSError):
            return None
        return payload if kind == "then" else None

    def then_ready(self) -> bool:
        """Whether ``then``'s result has come: `then_result` would not wait."""
        try:
            return self.then_pending and self.conn.poll()
        except (EOFError, OSError):
            return False

    def stop(self) -> None:
        """The child ended and waited for: never left behind, running or as a zombie."""
        self.conn.close()
        if self.answered and not self.then_pending:  # it has sent all it will and is exiting: let it end on its own
            self.process.join(2)
        if self.process.is_alive():  # (still at work on ``then``, nobody waits for that: stopped now)
            self.process.terminate()
        self.process.join(5)


def start_align(
    articles: Sequence[Article], paraphrases: Paraphrases | None, then: Callable[[], object] | None = None
) -> Aligning | None:
    """`align` started in a child process, or None where that is not worth it or not possible. ``then``:
    work the child does after aligning, its result for `Aligning.then_result`."""
    if len(articles) < 2 or sum(len(a.text) for a in articles) < PARALLEL_MIN_CHARS or not may_fork():
        return None
    # numpy and rapidfuzz serve both processes (align in the child, the actors' merge here): imported once
    # before the fork, the child shares them; the align modules only the child needs are imported there.
    import numpy  # noqa: F401
    import rapidfuzz.fuzz  # noqa: F401
    import rapidfuzz.process  # noqa: F401

    started = start_child(_align_child, (articles, paraphrases, then), name="reader-align", pipe_bytes=PIPE_BYTES)
    if started is None:
        return None
    process, receiver = started
    return Aligning(process, receiver, then is not None)


# A pipe this large holds the packed matches of two 1 MB documents (~0.2-0.4 MB): the child hands them over
# without waiting for this process to read them, and goes on to ``then`` at once (with the default 64 KB
# it waited, idle, until this process had found the actors and attributions).
PIPE_BYTES = 1 << 20


def _align_child(
    conn: Connection, articles: Sequence[Article], paraphrases: Paraphrases | None, then: Callable[[], object] | None = None
) -> None:
    def produce() -> None:  # on any error the parent aligns again itself
        (matches, clusters), seconds = _timed_align(articles, paraphrases)
        conn.send(("done", (_pack(matches, clusters), seconds)))
        if then is not None:
            conn.send(("then", then()))

    serve_child(conn, produce)


# Matches and clusters as plain tuples for the trip back from the child: pickling 2,000 matches
# as they are (~40,000 slotted dataclasses) took ~0.13 s to send and ~0.15 s to receive.
PackedMatch = tuple[str, str, int, int, str, int, int, float, MatchKind, tuple[int, ...], str | None]
PackedCluster = tuple[str, tuple[tuple[str, int, int], ...]]


def _pack(matches: tuple[Match, ...], clusters: tuple[Cluster, ...]) -> tuple[list[PackedMatch], list[PackedCluster]]:
    packed = [
        (
            m.id,
            m.a.article,
            m.a.start,
            m.a.end,
            m.b.article,
            m.b.start,
            m.b.end,
            m.score,
            m.kind,
            tuple(n for r in m.shared for n in (r.a.start, r.a.end, r.b.start, r.b.end)),
            m.cluster,
        )
        for m in matches
    ]
    return packed, [(c.id, tuple((p.article, p.start, p.end) for p in c.members)) for c in clusters]


def _unpack(matches: list[PackedMatch], clusters: list[PackedCluster]) -> tuple[tuple[Match, ...], tuple[Cluster, ...]]:
    return tuple(
        Match(
            id,
            Passage(a, a_start, a_end),
            Passage(b, b_start, b_end),
            score,
            kind,
            tuple(SharedRun(Span(runs[k], runs[k + 1]), Span(runs[k + 2], runs[k + 3])) for k in range(0, len(runs), 4)),
            cluster,
        )
        for id, a, a_start, a_end, b, b_start, b_end, score, kind, runs, cluster in matches
    ), tuple(Cluster(id, tuple(Passage(*member) for member in members)) for id, members in clusters)
