"""Rebuild PolNeAR development data (texts + gold attributions) into the ignored cache.

PolNeAR (networkdynamics/PolNeAR; Newell, Margolin & Ruths, LREC 2018) is
1,008 US election news articles from 2015-16 in which every attribution is
annotated PARC-style: a cue ("said", "according to", "has learned"), its
source and its content, as brat standoff (``.ann``) files beside the raw text.

Splits. ``train`` (months 1-10) may be used to develop rules; ``dev``
(month 11) is for scoring. ``test`` (month 12) is RESERVED: this script never
lists, reads or writes it (nor data/metadata.tsv, which names test articles).

    python benchmarks/real/build_polnear.py                  # dev and train
    python benchmarks/real/build_polnear.py --splits dev     # dev only
    python benchmarks/real/build_polnear.py --mirror DIR --cache DIR

The mirror is a git directory of networkdynamics/PolNeAR (the search tool's
fetch brings one to /work/.mirror/networkdynamics+PolNeAR/repo).

Output, per article ``NAME``, in ``<cache>/<split>/``:

- ``NAME.txt``: the article text after `reader`'s own normalisation (the
  loader's: non-breaking spaces, zero-width characters, composed accents...),
  i.e. exactly what `reader` sees when the raw file is given to it; the title
  is its first line, followed by a blank line, as in the corpus.
- ``NAME.json``: the gold, with offsets into ``NAME.txt``:
  ``{"name", "split", "annotator", "annotators", "attributions": [{"id", "cue",
  "source", "content", "no_source"}], "discuss": [...], "discard": [...]}``,
  where ``cue``/``source``/``content`` are lists of ``[start, end]`` fragments
  (brat allows discontinuous spans; a second content role, ``Content2``, is
  folded into ``content``) and ``source`` is empty when the annotator marked
  the attribution as having none.

Some articles were annotated by several annotators (for agreement studies);
the file of the alphabetically first annotator is used, the others are listed.

Format (from the repository's README and software/polnear/dataset.py): text
in ``data/<split>/text/NAME.txt``; annotations in
``data/<split>/attributions/NAME_<annotator>.ann``, lines ``T<n>\\t<Type>
<start> <end>[;<start> <end>...]\\t<text>`` for spans (Source, Cue, Content,
Attribution, Discuss, Discard), and ``E<n>\\tAttribution:T<a> Cue:T<c>
Source:T<s> Content:T<t>`` (or ``Attribution-no-source:T<a>``) tying the
roles of one attribution together. Offsets index the text as a Python string.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from reader_api import OffsetMap, normalize  # noqa: E402

DEFAULT_MIRROR = Path("/work/.mirror/networkdynamics+PolNeAR/repo")
DEFAULT_CACHE = ROOT / "benchmarks" / ".cache" / "polnear"
ALLOWED_SPLITS = ("dev", "train")  # "test" is reserved and never touched
MISMATCHES: list[str] = []  # spans whose .ann text differs from the text at their offsets (offsets win)


def git(mirror: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", str(mirror), *args], check=True, capture_output=True, text=True, encoding="utf-8"
    ).stdout


def git_dir(mirror: Path) -> Path:
    return mirror / ".git" if (mirror / ".git").is_dir() else mirror


_ANN_LINE = re.compile(r"[TE]\d+\t\S")


def parse_ann(ann: str, text: str) -> dict:
    """Spans and attributions of one brat file, offsets into ``text`` (checked against the span text)."""
    spans: dict[str, tuple[str, list[list[int]]]] = {}
    events: list[tuple[str, dict[str, list[str]]]] = []
    for line in ann.splitlines():
        if not _ANN_LINE.match(line):
            continue  # blank, or the rest of a span text that itself held a line break
        fields = line.split("\t")
        if line.startswith("T"):
            label, _, ranges = fields[1].partition(" ")
            frags = [[int(a), int(b)] for a, b in (r.split() for r in ranges.split(";"))]
            joined = "".join(text[a:b] for a, b in frags)
            if len(fields) > 2 and "".join(fields[2].split()) != "".join(joined.split()):
                MISMATCHES.append(f"{fields[0]}: .ann says {fields[2][-40:]!r}, text has {joined[-40:]!r}")
            spans[fields[0]] = (label, frags)
        elif line.startswith("E"):
            roles: dict[str, list[str]] = {}
            for arg in fields[1].split():
                role, _, ref = arg.partition(":")
                roles.setdefault(role, []).append(ref)
            events.append((fields[0], roles))
    attributions = []
    for eid, roles in events:

        def frags(*names: str, roles: dict[str, list[str]] = roles) -> list[list[int]]:
            out = []
            for name in names:
                for ref in roles.get(name, []):
                    out.extend(spans[ref][1])
            return sorted(out)

        cue = frags("Cue")
        if not cue:
            continue
        attributions.append(
            {
                "id": eid,
                "cue": cue,
                "source": frags("Source"),
                "content": frags("Content", "Content2"),
                "no_source": "Attribution-no-source" in roles,
            }
        )
    attributions.sort(key=lambda a: a["cue"][0])
    return {
        "attributions": attributions,
        "discuss": sorted(f for label, fs in spans.values() if label == "Discuss" for f in fs),
        "discard": sorted(f for label, fs in spans.values() if label == "Discard" for f in fs),
    }


def remap(gold: dict, offsets: OffsetMap) -> dict:
    """Gold offsets from the raw text to its normalised copy."""

    def move(frags: list[list[int]]) -> list[list[int]]:
        out = []
        for a, b in frags:
            span = offsets.to_copy(a, b)
            if span is not None:
                out.append(list(span))
        return out

    return {
        "attributions": [
            {**a, "cue": move(a["cue"]), "source": move(a["source"]), "content": move(a["content"])} for a in gold["attributions"]
        ],
        "discuss": move(gold["discuss"]),
        "discard": move(gold["discard"]),
    }


def build(mirror: Path, cache: Path, splits: tuple[str, ...]) -> dict[str, int]:
    mirror = git_dir(mirror)
    counts = {}
    for split in splits:
        if split not in ALLOWED_SPLITS:
            raise SystemExit(f"split {split!r} is not allowed (only {', '.join(ALLOWED_SPLITS)}; test is reserved)")
        anns: dict[str, list[str]] = {}
        for path in git(mirror, "ls-tree", "--name-only", "HEAD", f"data/{split}/attributions/").split():
            stem = path.rsplit("/", 1)[-1].removesuffix(".ann")
            name, _, annotator = stem.rpartition("_")
            anns.setdefault(name, []).append(annotator)
        out_dir = cache / split
        out_dir.mkdir(parents=True, exist_ok=True)
        n_attr = 0
        for name in sorted(anns):
            annotators = sorted(anns[name])
            raw = git(mirror, "show", f"HEAD:data/{split}/text/{name}.txt")
            ann = git(mirror, "show", f"HEAD:data/{split}/attributions/{name}_{annotators[0]}.ann")
            gold = parse_ann(ann, raw)
            text = normalize(raw)
            gold = remap(gold, OffsetMap(raw, text))
            n_attr += len(gold["attributions"])
            (out_dir / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
            record = {"name": name, "split": split, "annotator": annotators[0], "annotators": annotators, **gold}
            (out_dir / f"{name}.json").write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
        counts[split] = len(anns)
        print(f"{split}: {len(anns)} articles, {n_attr} attributions -> {out_dir}")
        if MISMATCHES:
            print(
                f"  {len(MISMATCHES)} span(s) whose .ann text differs from the text at their offsets "
                f"(offsets used), e.g. {MISMATCHES[0]}"
            )
            MISMATCHES.clear()
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mirror", type=Path, default=DEFAULT_MIRROR)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--splits", nargs="+", default=list(ALLOWED_SPLITS), choices=ALLOWED_SPLITS)
    args = parser.parse_args(argv)
    build(args.mirror, args.cache, tuple(args.splits))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
