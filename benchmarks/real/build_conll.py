"""Rebuild CoNLL-2003 English (testa = dev, and train) as plain-text documents with gold name spans.

CoNLL-2003 (Tjong Kim Sang & De Meulder 2003) is Reuters news from 1996,
tokenised, one token a line, each tagged PER, ORG, LOC or MISC. ``testa`` is
the development set and is what `eval_conll.py` scores; ``train`` may be read
to develop rules. ``testb`` is RESERVED: this script never reads it, and
refuses any path that names it.

    python benchmarks/real/build_conll.py                    # testa and train
    python benchmarks/real/build_conll.py --splits testa
    python benchmarks/real/build_conll.py --mirror DIR --cache DIR

Source: the copy of ``eng.testa`` / ``eng.train`` in cswangjiawei/pytorch-NER
(``data/eng.testa``, ``data/eng.train``; the search tool's fetch brings the
repository to /work/.mirror/cswangjiawei+pytorch-NER/repo). That copy keeps
the token and the NER tag only, re-encoded as BIOES, and drops the very first
``-DOCSTART-`` line; its entity counts equal the published ones (testa: 1,842
PER, 1,341 ORG, 1,837 LOC, 922 MISC in 216 documents). The reader below accepts
the original four-column IOB1 files as well (first column = token, last = tag).

Text. Each ``-DOCSTART-`` document becomes one article. The tokens are
joined with natural spacing rather than one space each, so the text reads like
the wire copy `reader` is made for: no space before ``, . ; : ! ? % )`` and
clitics (``'s``, ``n't``), none after ``(``, and straight
double quotes alternate opening/closing within a sentence. Each CoNLL sentence
is its own paragraph (a blank line between sentences), which is how wire copy
is laid out (one or two sentences a paragraph), and which keeps `reader`'s
sentence splitter from merging score-table lines. The first sentence is the
headline; `reader`'s loader may split it off as the title (the evaluation
reports how many gold names that hides).

Output in ``<cache>/<split>/``: ``NNN.txt`` per document, and
``<cache>/<split>.json``: a list of ``{"id", "text", "tokens": [[start, end]],
"sentences": [[start, end]], "mentions": [{"start", "end", "type", "text"}]}``
with character offsets into the text (MISC mentions are kept, typed "MISC";
the evaluation leaves them out).
"""

from __future__ import annotations

import argparse
import json
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_MIRROR = Path("/work/.mirror/cswangjiawei+pytorch-NER/repo")
DEFAULT_CACHE = ROOT / "benchmarks" / ".cache" / "conll"
FILES = {"testa": "data/eng.testa", "train": "data/eng.train"}  # testb is reserved: never listed here

NO_SPACE_BEFORE = {
    ",",
    ".",
    ";",
    ":",
    "!",
    "?",
    "%",
    ")",
    "]",
    "}",
    "...",
    "'s",
    "'S",
    "n't",
    "N'T",
    "'re",
    "'ve",
    "'ll",
    "'d",
    "'m",
    "'",
}
NO_SPACE_AFTER = {"(", "[", "{"}


def git(mirror: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", str(mirror), *args], check=True, capture_output=True, text=True, encoding="utf-8"
    ).stdout


def git_dir(mirror: Path) -> Path:
    return mirror / ".git" if (mirror / ".git").is_dir() else mirror


def read_documents(data: str) -> list[list[list[tuple[str, str]]]]:
    """Documents, each a list of sentences, each a list of (token, tag)."""
    docs: list[list[list[tuple[str, str]]]] = [[]]
    sentence: list[tuple[str, str]] = []
    for line in data.splitlines() + [""]:
        fields = line.split()
        if not fields:
            if sentence:
                docs[-1].append(sentence)
                sentence = []
            continue
        if fields[0] == "-DOCSTART-":
            if sentence:
                docs[-1].append(sentence)
                sentence = []
            if docs[-1]:
                docs.append([])
            continue
        sentence.append((fields[0], fields[-1]))
    return [d for d in docs if d]


def entity_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Token spans [i, j) of entities from IOB1, IOB2 or BIOES tags."""
    spans: list[tuple[int, int, str]] = []
    start, kind = None, None
    for i, tag in enumerate(tags + ["O"]):
        prefix, _, label = tag.partition("-")
        if tag == "O" or prefix in ("B", "S") or label != kind or start is None:
            if start is not None:
                spans.append((start, i, kind))
            start, kind = (i, label) if tag != "O" else (None, None)
        if prefix in ("E", "S") and start is not None:
            spans.append((start, i + 1, kind))
            start, kind = None, None
    return spans


def join_sentence(tokens: list[str], offset: int) -> tuple[str, list[tuple[int, int]]]:
    """The sentence as natural text, and each token's span (offsets from ``offset``)."""
    out, spans = "", []
    open_quote = False
    prev = None
    for tok in tokens:
        space = bool(out)
        if tok == '"':
            if open_quote:
                space = False
            open_quote = not open_quote
        elif tok in NO_SPACE_BEFORE:
            space = False
        if prev is not None and (prev in NO_SPACE_AFTER or (prev == '"' and open_quote and tok != '"')):
            space = False
        if space:
            out += " "
        spans.append((offset + len(out), offset + len(out) + len(tok)))
        out += tok
        prev = tok
    return out, spans


def build_document(doc_id: str, sentences: list[list[tuple[str, str]]]) -> dict:
    text = ""
    tokens: list[list[int]] = []
    sent_spans: list[list[int]] = []
    mentions = []
    for sentence in sentences:
        if text:
            text += "\n\n"
        words = [w for w, _ in sentence]
        line, spans = join_sentence(words, len(text))
        text += line
        sent_spans.append([spans[0][0], spans[-1][1]])
        tokens.extend([list(s) for s in spans])
        for i, j, kind in entity_spans([t for _, t in sentence]):
            start, end = spans[i][0], spans[j - 1][1]
            mentions.append({"start": start, "end": end, "type": kind, "text": text[start:end]})
    return {"id": doc_id, "text": text, "tokens": tokens, "sentences": sent_spans, "mentions": mentions}


def build(mirror: Path, cache: Path, splits: tuple[str, ...]) -> None:
    mirror = git_dir(mirror)
    for split in splits:
        path = FILES[split]
        if "testb" in path.lower():
            raise SystemExit("testb is reserved and never read")
        docs = [
            build_document(f"{split}-{n:03d}", sentences)
            for n, sentences in enumerate(read_documents(git(mirror, "show", f"HEAD:{path}")), start=1)
        ]
        out_dir = cache / split
        out_dir.mkdir(parents=True, exist_ok=True)
        for doc in docs:
            (out_dir / f"{doc['id']}.txt").write_text(doc["text"] + "\n", encoding="utf-8")
        (cache / f"{split}.json").write_text(json.dumps(docs, ensure_ascii=False), encoding="utf-8")
        counts: dict[str, int] = {}
        for doc in docs:
            for m in doc["mentions"]:
                counts[m["type"]] = counts.get(m["type"], 0) + 1
        print(f"{split}: {len(docs)} documents, mentions {dict(sorted(counts.items()))} -> {out_dir}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mirror", type=Path, default=DEFAULT_MIRROR)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--splits", nargs="+", default=list(FILES), choices=list(FILES))
    args = parser.parse_args(argv)
    build(args.mirror, args.cache, tuple(args.splits))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
