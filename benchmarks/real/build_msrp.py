"""Rebuild the MSR Paraphrase Corpus training pairs as two articles for `reader analyze`.

MSRP (Dolan & Brockett 2005) is 5,801 sentence pairs from news clusters, each
labelled 1 when human judges took the two sentences as paraphrases (same
content) and 0 otherwise. The training file holds 4,076 pairs (2,753
positive). ``msr_paraphrase_train.txt`` is the only file used; the test file is
RESERVED and never read (the script refuses any path that names it).

    python benchmarks/real/build_msrp.py
    python benchmarks/real/build_msrp.py --mirror DIR --cache DIR

Source: ``msr_paraphrase_train.txt`` in Pzeyang/cse701-project (the search
tool's fetch brings it to /work/.mirror/Pzeyang+cse701-project/repo); it is
the original tab-separated file (Quality, #1 ID, #2 ID, #1 String, #2 String)
with its header line replaced by "Dummy", 4,076 rows, 2,753 labelled 1.

Output in ``<cache>/``:

- ``train_a.txt``: a title line ("MSRP train: first sentences"), a blank line,
  then sentence #1 of every pair in file order, one sentence a paragraph;
- ``train_b.txt``: the same with sentence #2;
- ``train_labels.json``: ``[{"i", "label", "id1", "id2"}]``, ``i`` being the
  paragraph index (0-based) of the pair in both files.

The title line is there so the loader takes it as the headline (furniture) and
the body starts with pair 0 whatever that sentence looks like.
"""

from __future__ import annotations

import argparse
import json
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_MIRROR = Path("/work/.mirror/Pzeyang+cse701-project/repo")
DEFAULT_CACHE = ROOT / "benchmarks" / ".cache" / "msrp"
TRAIN_PATH = "msr_paraphrase_train.txt"


def git(mirror: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", str(mirror), *args], check=True, capture_output=True, text=True, encoding="utf-8-sig"
    ).stdout


def git_dir(mirror: Path) -> Path:
    return mirror / ".git" if (mirror / ".git").is_dir() else mirror


def read_pairs(data: str) -> list[dict]:
    pairs = []
    for line in data.replace("\r\n", "\n").split("\n"):
        fields = line.split("\t")
        if len(fields) != 5 or fields[0] not in ("0", "1"):
            continue  # the header (or its "Dummy" replacement) and blank lines
        label, id1, id2, s1, s2 = fields
        pairs.append({"label": int(label), "id1": id1, "id2": id2, "s1": " ".join(s1.split()), "s2": " ".join(s2.split())})
    return pairs


def build(mirror: Path, cache: Path, path: str = TRAIN_PATH) -> int:
    if "test" in path.lower():
        raise SystemExit("the MSRP test file is reserved and never read")
    pairs = read_pairs(git(git_dir(mirror), "show", f"HEAD:{path}"))
    cache.mkdir(parents=True, exist_ok=True)
    for side, key, title in (("a", "s1", "first"), ("b", "s2", "second")):
        body = "\n\n".join(p[key] for p in pairs)
        (cache / f"train_{side}.txt").write_text(f"MSRP train: {title} sentences\n\n{body}\n", encoding="utf-8")
    labels = [{"i": i, "label": p["label"], "id1": p["id1"], "id2": p["id2"]} for i, p in enumerate(pairs)]
    (cache / "train_labels.json").write_text(json.dumps(labels), encoding="utf-8")
    positives = sum(p["label"] for p in pairs)
    print(f"train: {len(pairs)} pairs, {positives} paraphrases -> {cache}")
    return len(pairs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mirror", type=Path, default=DEFAULT_MIRROR)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    args = parser.parse_args(argv)
    build(args.mirror, args.cache)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
