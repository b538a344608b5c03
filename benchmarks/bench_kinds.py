"""`reader analyze` on kinds of text other than generated news: time, peak memory, growth.

For every kind, two documents at three sizes go through the real command line
(``python -m reader analyze a b --format json``, in a fresh process timed by
``/usr/bin/time``: wall clock and peak resident memory). The growth exponent
is log(t_large / t_small) / log(n_large / n_small): 1.0 is linear. At 2,000
sentences a side, all-pairs ``rapidfuzz.process.cdist(token_set_ratio)`` over
the same two documents' sentences is timed in the same run, and its time is
divided by reader's (and extrapolated quadratically to the largest size).
The align stage alone is also timed in CPU seconds in a fresh process, which
moves less than wall time when other work shares the machine.

Kinds:

- ``news``: today's generated news (benchmarks/generate.py), planted rewrites;
- ``prose``: 19th-century novel prose (The Count of Monte Cristo, public
  domain; rebuilt into benchmarks/.cache/novels/ from a mirror of
  jhacksman/arxiv2025, see `novel_sentences`), A from the first half, B from
  the second, with 5% of A's sentences planted in B verbatim and 5% rewritten
  (clauses swapped, one word in six dropped); recall and precision of those;
- ``acronyms``: wire-like sentences over 400 distinct ALL-CAPS acronyms,
  spelled out in one document and abbreviated in the other;
- ``msrp``: the MSRP train split as two files (benchmarks/real/build_msrp.py),
  1,000, 2,000 and all 4,076 pairs;
- ``unpunctuated``: lowercase words without sentence punctuation, one line
  break per ~400 words (a pasted transcript), sized in bytes;
- ``repeated``: 40 distinct sentences repeated to fill both documents;
- ``names``: every sentence with two distinct made-up names and two distinct numbers;
- ``twenty``: 20 generated news articles at once (the size is their total).

    python benchmarks/bench_kinds.py                  # all kinds, writes benchmarks/RESULTS_kinds.md
    python benchmarks/bench_kinds.py --kinds prose acronyms --no-write
    python benchmarks/bench_kinds.py --quick          # smaller sizes, to try it out
"""

from __future__ import annotations

import argparse
import datetime
import difflib
import math
import os
import platform
import random
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402

RESULTS = HERE / "RESULTS_kinds.md"
CACHE = HERE / ".cache"
NOVEL_MIRROR = Path("/work/.mirror/jhacksman+arxiv2025/repo")
NOVEL_PATH = "library/content/literature/classics/count_of_monte_cristo.txt"
SIZES = (2000, 5000, 10000)
QUICK_SIZES = (500, 1000, 2000)
CDIST_SENTENCES = 2000

Documents = list[str]  # the texts of the documents, two or more


# --- the kinds of text ---------------------------------------------------------------


def news(n: int, rng: random.Random) -> Documents:
    pair = generate(sentences=n, planted_per_kind=max(1, n // 20), seed=rng.randint(0, 10**6))
    return [pair.text_a, pair.text_b]


def novel_sentences() -> list[str]:
    """The novel's sentences (cached in benchmarks/.cache/novels/): Gutenberg header and licence cut off."""
    cached = CACHE / "novels" / "monte_cristo.txt"
    if not cached.is_file():
        raw = subprocess.run(
            ["git", "--git-dir", str(NOVEL_MIRROR), "show", f"HEAD:{NOVEL_PATH}"], capture_output=True, text=True, check=True
        ).stdout
        body = raw.split("*** START OF", 1)[1].split("\n", 1)[1].split("*** END OF", 1)[0]
        paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", body)]
        cached.parent.mkdir(parents=True, exist_ok=True)
        cached.write_text("\n".join(p for p in paragraphs if p) + "\n", encoding="utf-8")
    global _NOVEL
    if _NOVEL is None:
        # Split as reader splits, so a planted sentence is one unit on both sides.
        text = cached.read_text(encoding="utf-8")
        _NOVEL = [s for s in segmented(text) if len(s.split()) >= 3 and "\n" not in s]
        _APART.update((s, _ends_open(s)) for s in _NOVEL)
    return _NOVEL


_NOVEL: list[str] | None = None
# Whether a sentence stands apart (a paragraph of its own, `_paragraphs`), by sentence.
_APART: dict[str, bool] = {}


def _rewrite(sentence: str, rng: random.Random) -> str:
    """Clauses swapped at a comma when there is one, and one word in six dropped, written as a
    sentence: the new first word capitalised, quotation marks left where they were.

    A rewrite that began in lower case ("which gave them ...") or moved a quotation mark
    mid-sentence was no sentence a writer would print: reader's segmenter rightly joined it to
    the sentence before or cut it in two, and half of the missed rewrites were that artefact
    (benchmarks/README.md, "Changes to the benchmarks")."""
    words = sentence.rstrip(".!?").split()
    quoted = any(mark in sentence for mark in QUOTE_MARKS)
    cut = None if quoted else next((k for k in range(len(words) // 3, len(words) - 2) if words[k].endswith(",")), None)
    if cut is not None:
        # "A, B" -> "B, a": the second clause first, a comma where they now meet.
        head, tail = words[: cut + 1], words[cut + 1 :]
        head[-1] = head[-1].rstrip(",")
        if head[0].lower() in OPENERS:
            head[0] = head[0].lower()
        words = tail[:-1] + [tail[-1] + ","] + head
    start = rng.randrange(6)
    kept = [w for k, w in enumerate(words) if (k - start) % 6 or k == 0 or any(mark in w for mark in QUOTE_MARKS)]
    kept[0] = kept[0][:1].upper() + kept[0][1:]
    rewritten = " ".join(kept).rstrip(",")
    return rewritten if rewritten.endswith(QUOTE_MARKS) else rewritten + "."


# Words that open a sentence but are lower case inside one (a name or "I" keeps its capital).
OPENERS = frozenset(
    "a an and as at but for he her his however if in it nevertheless now on she so that the then there they this "
    "we well what when where which while who why with yes you".split()
)
# Double quotation marks; a rewrite keeps every word carrying one, so quotes stay balanced.
QUOTE_MARKS = ("\u201c", "\u201d", '"')


def prose(n: int, rng: random.Random, planted: list | None = None) -> Documents:
    sentences = novel_sentences()
    half = len(sentences) // 2
    a = sentences[:n]
    b = sentences[half : half + n]
    chosen = rng.sample(range(n), n // 10)
    positions = rng.sample(range(n), n // 10)
    for k, (index, position) in enumerate(zip(chosen, positions)):
        copy = a[index] if k % 2 == 0 else _rewrite(a[index], rng)
        b[position] = copy
        if planted is not None:
            planted.append((a[index], copy, "verbatim" if k % 2 == 0 else "rewrite"))
    return [_paragraphs(a, rng, titles_alone=True), _paragraphs(b, rng, titles_alone=True)]


def _paragraphs(sentences: list[str], rng: random.Random, titles_alone: bool = False) -> str:
    """Sentences joined into paragraphs of 2-6; with ``titles_alone``, a line without closing punctuation
    (a chapter title: "The Abbé’s Chamber") is a paragraph of its own, as the novel prints it. Glued
    into a paragraph, a title became one sentence with the next, and its copy could not be found
    (benchmarks/README.md, History, session 10)."""
    out, k = [], 0
    while k < len(sentences):
        size = rng.randint(2, 6)
        chunk = sentences[k : k + size]
        if titles_alone:
            out.extend(_titles_apart(chunk))
        else:
            out.append(" ".join(chunk))
        k += size
    return "\n\n".join(out) + "\n"


# What follows a sentence in the probe of `_ends_open`: "The" starts a sentence even after a dotted acronym.
_PROBE = "The next."


def _ends_open(sentence: str) -> bool:
    """Whether reader's segmenter would not end a unit after ``sentence`` (a title: "The Abbé’s Chamber"),
    by its own rule rather than a list of closing marks."""
    units = segmented(f"{sentence} {_PROBE}")
    return len(units) != 2 or units[-1] != _PROBE


def _titles_apart(chunk: list[str]) -> list[str]:
    paragraphs: list[list[str]] = [[]]
    for sentence in chunk:
        apart = _APART.get(sentence)
        if apart is None:  # a rewrite: worked out once too
            apart = _APART[sentence] = _ends_open(sentence)
        if apart:
            paragraphs.extend([[sentence], []])
        else:
            paragraphs[-1].append(sentence)
    return [" ".join(p) for p in paragraphs if p]


_SYLLABLES = "ka lo mi ra te su no vi de pa ri go be la zu fe ho ni ta mo".split()


def _word(rng: random.Random, syllables: int = 3) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(syllables))


def acronyms(n: int, rng: random.Random) -> Documents:
    bodies = []
    for _ in range(400):
        words = [_word(rng).capitalize() for _ in range(rng.randint(2, 5))]
        bodies.append((" ".join(words), "".join(w[0] for w in words)))
    filler = [_word(rng, 2) for _ in range(3000)]

    def sentence(spelled: bool) -> str:
        name, acronym = rng.choice(bodies)
        other, other_acronym = rng.choice(bodies)
        said = f"the {name}" if spelled else acronym
        return f"{said.capitalize() if spelled else said} told {other_acronym} that {' '.join(rng.choices(filler, k=10))}."

    return [_paragraphs([sentence(True) for _ in range(n)], rng), _paragraphs([sentence(False) for _ in range(n)], rng)]


def msrp(n: int, rng: random.Random) -> Documents:
    folder = CACHE / "msrp"
    if not (folder / "train_a.txt").is_file():
        subprocess.run([sys.executable, str(HERE / "real" / "build_msrp.py")], check=True, cwd=ROOT)
    docs = []
    for name in ("train_a.txt", "train_b.txt"):
        title, _, body = (folder / name).read_text(encoding="utf-8").partition("\n\n")
        docs.append(title + "\n\n" + "\n\n".join(body.split("\n\n")[:n]) + "\n")
    return docs


def unpunctuated(size: int, rng: random.Random) -> Documents:
    words = [w.lower().strip(".,;:!?\"'“”‘’()") for s in novel_sentences()[:20000] for w in s.split()]
    words = [w for w in words if w.isalpha()]
    docs = []
    for _ in range(2):
        start = rng.randrange(len(words) // 2)
        out, length = [], 0
        while length < size:
            line = " ".join(words[(start + k) % len(words)] for k in range(400))
            start += 400
            out.append(line)
            length += len(line) + 1
        docs.append("\n".join(out) + "\n")
    return docs


def repeated(n: int, rng: random.Random) -> Documents:
    pool = novel_sentences()[:40]
    return [_paragraphs(rng.choices(pool, k=n), rng), _paragraphs(rng.choices(pool, k=n), rng)]


def names(n: int, rng: random.Random) -> Documents:
    def sentence() -> str:
        first, second = (f"{_word(rng, 2).capitalize()} {_word(rng).capitalize()}" for _ in range(2))
        x, y = rng.randrange(10**6), rng.randrange(10**4)
        return f"{first} paid {second} {x:,} dollars for {y} shares on the morning of the sale."

    return [_paragraphs([sentence() for _ in range(n)], rng), _paragraphs([sentence() for _ in range(n)], rng)]


def twenty(n: int, rng: random.Random) -> Documents:
    docs = []
    for _ in range(10):
        docs.extend(news(max(10, n // 20), rng))
    return docs


KINDS: dict[str, Callable[[int, random.Random], Documents]] = {
    "news": news,
    "prose": prose,
    "acronyms": acronyms,
    "msrp": msrp,
    "unpunctuated": unpunctuated,
    "repeated": repeated,
    "names": names,
    "twenty": twenty,
}
# Sizes are sentences a document, but pairs for msrp and bytes a document for unpunctuated text.
KIND_SIZES = {"msrp": (1000, 2000, 4076), "unpunctuated": (100_000, 300_000, 1_000_000)}
QUICK_KIND_SIZES = {"msrp": (250, 500, 1000), "unpunctuated": (20_000, 50_000, 100_000)}


# --- measuring ---------------------------------------------------------------------


def run_reader(paths: list[Path], code: Path = ROOT) -> tuple[float, float, str, float]:
    """Wall seconds, peak MB, the JSON output and the CPU seconds (user + system, children included)
    of one `reader analyze` process (run from the tree ``code``)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as timing, tempfile.TemporaryFile("w+") as output:
        command = ["/usr/bin/time", "-o", timing.name, "-f", "%e %M %U %S", sys.executable, "-m", "reader", "analyze"]
        done = subprocess.run(
            [*command, *map(str, paths), "--format", "json"],
            stdout=output,
            stderr=subprocess.PIPE,
            text=True,
            cwd=code,
            env=_env(code),
        )
        if done.returncode != 0:
            last = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "?"
            return math.nan, math.nan, f"error: {last}", math.nan
        seconds, kilobytes, user, system = timing.read().split()[-4:]
        output.seek(0)
        return float(seconds), float(kilobytes) / 1024, output.read(), float(user) + float(system)


STAGES_CPU = """
import gc, sys, time
from reader.core.text.loader import load_articles
from reader.core.align.matches import align
from reader.core.actors import extract_actors
from reader.core.lexicons.gazetteer import load_gazetteer
from reader.core.text.build import article_from_text
articles = load_articles(sys.argv[1:])
start = time.process_time()
align(articles)
aligned = time.process_time() - start
gazetteer = load_gazetteer()
extract_actors([article_from_text("Ada Vell said so.", "W")], gazetteer)  # loads what a first call loads
gc.disable()  # as the pipeline does (`core.garbage.gc_paused`)
start = time.process_time()
extract_actors(articles, gazetteer)
print(aligned, time.process_time() - start)
"""


def _env(code: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(code)}


def stages_cpu(paths: list[Path], code: Path = ROOT) -> tuple[float, float]:
    """CPU seconds of the align stage and of the actors stage, each alone, in a fresh process: steadier
    than wall time on a shared machine."""
    done = subprocess.run(
        [sys.executable, "-c", STAGES_CPU, *map(str, paths)], capture_output=True, text=True, cwd=code, env=_env(code)
    )
    if done.returncode != 0:
        return math.nan, math.nan
    align, actors = done.stdout.split()[-2:]
    return float(align), float(actors)


def segmented(text: str) -> list[str]:
    from reader.core.text import segment

    return [text[s.start : s.end] for s in segment.sentences(text)]


def time_cdist(a: list[str], b: list[str]) -> float:
    from rapidfuzz import fuzz, process, utils

    start = time.perf_counter()
    process.cdist(a, b, scorer=fuzz.token_set_ratio, processor=utils.default_process, workers=1)
    return time.perf_counter() - start


def prose_quality(output: str, planted: list) -> str:
    import json

    analysis = json.loads(output)
    texts = {article["id"]: article["text"] for article in analysis["articles"]}
    pairs = []
    for match in analysis["matches"]:
        sides = {match[s]["article"]: (match[s]["start"], match[s]["end"]) for s in ("a", "b")}
        pairs.append((texts["A"][slice(*sides["A"])], texts["B"][slice(*sides["B"])]))
    found = {"verbatim": 0, "rewrite": 0}
    instance = {"verbatim": 0, "rewrite": 0}  # the rule before 2026-12-07 (session 10): the planted instance only
    total = {"verbatim": 0, "rewrite": 0}
    words = [(_words(a), b) for a, b in pairs]
    for original, copy, kind in planted:
        total[kind] += 1
        # A copy the segmenter cut in two (a quotation, then its speaker) is found when a piece of it is
        # matched to the original: the same rule `_right` uses for precision.
        exact = any(original in a and (copy in b or b in copy) for a, b in pairs)
        instance[kind] += exact
        # A line the novel prints several times ("Sinbad the Sailor.") is found when the copy is matched
        # to any sentence of A with the original's words: which of them was copied no text can tell,
        # and `_right` already counts such a match right (see benchmarks/README.md, History).
        if not exact:
            said = _words(original)
            exact = any(x == said and (copy in b or b in copy) for x, b in words)
        found[kind] += exact
    correct = sum(1 for a, b in pairs if _right(a, b, planted))
    # The rule before pieces of copies and near repeats counted, for comparison with older tables.
    strict = sum(1 for a, b in pairs if any(o in a and c in b for o, c, _ in planted) or _words(a) == _words(b))
    return (
        f"recall verbatim {found['verbatim'] / max(1, total['verbatim']):.3f} ({found['verbatim']}/{total['verbatim']}), "
        f"rewrites {found['rewrite'] / max(1, total['rewrite']):.3f} ({found['rewrite']}/{total['rewrite']}) "
        f"({instance['verbatim']} and {instance['rewrite']} demanding the planted instance of a repeated line); "
        f"precision {correct / max(1, len(pairs)):.2f} ({len(pairs)} matches; {strict / max(1, len(pairs)):.2f} counting "
        "only whole planted pairs and identical words)"
    )


# The novel quoting itself: the two sides' words (folded, in order) agree to this
# difflib ratio, at least NEAR_REPEAT_WORDS words a side (the denunciation letter,
# read out twice with "either" added). "Danglars bit his lips." against "Once more
# Danglars bit his lips." (0.8) is a stock phrase, not a repeat, and stays wrong.
NEAR_REPEAT_RATIO = 0.9
NEAR_REPEAT_WORDS = 6


def _right(a: str, b: str, planted: list) -> bool:
    """Whether a match (its text in A, in B) is right: it holds a planted pair; or its B side is a
    piece of a planted copy and its A side holds that copy's original (a rewrite starting
    mid-quote is cut in two by sentence splitting, and each piece rightly matches the original);
    or the two sides repeat the same words (the novel repeating itself, see `NEAR_REPEAT_RATIO`)."""
    if any(o in a and (c in b or b in c) for o, c, _ in planted):
        return True
    x, y = _words(a), _words(b)
    if x == y:
        return True
    if min(len(x), len(y)) < NEAR_REPEAT_WORDS:
        return False
    return difflib.SequenceMatcher(None, x, y, autojunk=False).ratio() >= NEAR_REPEAT_RATIO


def _words(text: str) -> list[str]:
    from reader.core.text.tokens import fold, words

    return [fold(word) for word in words(text)]


def bench_kind(kind: str, sizes: tuple[int, ...], seed: int, baseline: Path | None = None) -> dict:
    rows = []
    notes = ""
    cdist_ratio = ""
    for size in sizes:
        rng = random.Random(seed)
        planted: list = []
        docs = prose(size, rng, planted) if kind == "prose" else KINDS[kind](size, rng)
        with tempfile.TemporaryDirectory() as tmp:
            paths = []
            for k, text in enumerate(docs):
                path = Path(tmp) / f"{k:02d}.txt"
                path.write_text(text, encoding="utf-8")
                paths.append(path)
            seconds, megabytes, output, process_cpu = run_reader(paths)
            cpu, actors = stages_cpu(paths)
            before = {}
            if baseline is not None:  # the same documents, right after, through another tree's code
                base_seconds, _, _, base_cpu = run_reader(paths, baseline)
                before = {"base_seconds": base_seconds, "base_cpu": base_cpu, "base_actors": stages_cpu(paths, baseline)[1]}
        megabytes_in = sum(len(t.encode("utf-8")) for t in docs) / len(docs) / 2**20
        rows.append(
            {
                "size": size,
                "seconds": seconds,
                "process_cpu": process_cpu,
                "cpu": cpu,
                "actors": actors,
                **before,
                "mb": megabytes,
                "doc_mb": megabytes_in,
                "error": output if output.startswith("error") else "",
            }
        )
        print(
            f"  {kind:12s} {size:>9,}  {seconds:6.2f} s  ({process_cpu:5.2f} s CPU)  align {cpu:5.2f} s CPU  actors {actors:5.2f} s CPU  "
            f"{megabytes:7.0f} MB  ({megabytes_in:.2f} MB a document)"
            + (
                f"  before: {before['base_seconds']:6.2f} s ({before['base_cpu']:5.2f} s CPU), actors {before['base_actors']:5.2f} s CPU"
                if before
                else ""
            ),
            flush=True,
        )
        if kind == "prose" and size == sizes[-1] and not rows[-1]["error"]:
            notes = prose_quality(output, planted)
        if size == CDIST_SENTENCES and len(docs) == 2 and kind != "unpunctuated" and not rows[-1]["error"]:
            a, b = segmented(docs[0])[:CDIST_SENTENCES], segmented(docs[1])[:CDIST_SENTENCES]
            cdist = time_cdist(a, b)
            scale = (sizes[-1] / size) ** 2
            cdist_ratio = f"{cdist:.1f} s = {cdist / seconds:.1f}x reader ({len(a)} x {len(b)} sentences)"
            rows[-1]["cdist"] = cdist
            rows[-1]["cdist_scale"] = scale
    small, large = rows[0], rows[-1]
    exponent = math.log(large["seconds"] / small["seconds"]) / math.log(large["size"] / small["size"])
    align_exponent = math.log(large["cpu"] / small["cpu"]) / math.log(large["size"] / small["size"])
    for row in rows:
        if "cdist" in row:
            extrapolated = row["cdist"] * row["cdist_scale"]
            cdist_ratio += f"; at {large['size']:,}: {extrapolated:.0f} s extrapolated = {extrapolated / large['seconds']:.0f}x"
    return {
        "kind": kind,
        "rows": rows,
        "exponent": exponent,
        "align_exponent": align_exponent,
        "cdist": cdist_ratio,
        "notes": notes,
    }


def render(results: list[dict], quick: bool, baseline: Path | None = None) -> str:
    compared = baseline is not None
    lines = [
        "# `reader analyze` on kinds of text",
        "",
        f"Generated by `python benchmarks/bench_kinds.py{' --quick' if quick else ''}` on {datetime.date.today()} "
        f"({platform.python_version()}, {os.cpu_count()} cores, shared machine: expect some spread).",
        "Whole process, `--format json`, one run each; peak = maximum resident memory of the process;",
        "process CPU = its user + system seconds, children included (less moved by other work than wall time).",
        f"Load average when the run ended: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (other work shared the machine).",
        "Size: sentences a document (msrp: pairs; unpunctuated: bytes a document; twenty: total over 20 articles).",
        "",
        "Align CPU, actors CPU: CPU seconds of `align()` and of `extract_actors()` alone, in a fresh process",
        "(steadier than wall time under load).",
        *(
            [
                "",
                f"Before: the same documents through the code of `{baseline}`, run right after each row's own",
                "(`--baseline`), so that both see the same load.",
            ]
            if compared
            else []
        ),
        "",
        "| kind | size | time | process CPU | align CPU | actors CPU | peak memory | MB a document | growth exponent (time / align CPU) | "
        + ("before: time / process CPU / actors CPU | " if compared else "")
        + "all-pairs cdist(token_set_ratio) vs reader | notes |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | " + ("---: | " if compared else "") + "--- | --- |",
    ]
    for result in results:
        for k, row in enumerate(result["rows"]):
            last = k == len(result["rows"]) - 1
            kind = result["kind"] if k == 0 else ""
            exponent = f"{result['exponent']:.2f} / {result['align_exponent']:.2f}" if last else ""
            cdist = result["cdist"] if last else ""
            notes = (result["notes"] or row["error"]) if last else row["error"]
            before = f"{row['base_seconds']:.2f} s / {row['base_cpu']:.2f} s / {row['base_actors']:.2f} s | " if compared else ""
            lines.append(
                f"| {kind} | {row['size']:,} | {row['seconds']:.2f} s | {row['process_cpu']:.2f} s | {row['cpu']:.2f} s | {row['actors']:.2f} s | "
                f"{row['mb']:.0f} MB | {row['doc_mb']:.2f} | {exponent} | {before}{cdist} | {notes} |"
            )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kinds", nargs="+", choices=list(KINDS), default=list(KINDS))
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument(
        "--baseline", type=Path, help="another source tree (e.g. an export of main): each row also timed with its code"
    )
    args = parser.parse_args()
    results = []
    for kind in args.kinds:
        sizes = (QUICK_KIND_SIZES if args.quick else KIND_SIZES).get(kind, QUICK_SIZES if args.quick else SIZES)
        results.append(bench_kind(kind, sizes, args.seed, args.baseline))
    text = render(results, args.quick, args.baseline)
    print(text)
    if not args.no_write:
        RESULTS.write_text(text, encoding="utf-8")
        print(f"wrote {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
