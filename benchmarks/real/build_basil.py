"""Rebuild the BASIL development articles as raw text, the way a user pastes them.

BASIL (launchnlp/BASIL, EMNLP 2019) holds same-event triples from Fox News,
the New York Times and HuffPost, ten a year. Only the years the project may
develop on are read: 2010-2013 and 2015-2016. 2014 and 2017-2019 are reserved
for independent evaluation and are never opened here.

Each article becomes ``<cache>/<year>/<triplet>/<source>.txt``: the title on
the first line, then the body paragraphs separated by blank lines. The text is
third-party and is never committed; ``benchmarks/.cache/`` is ignored by git.

    python benchmarks/real/build_basil.py                      # default mirror and cache
    python benchmarks/real/build_basil.py --mirror DIR --cache DIR

The mirror is a git directory of launchnlp/BASIL (the search tool's fetch
brings one to /work/.mirror/launchnlp+BASIL/repo).
"""

from __future__ import annotations

import argparse
import json
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_MIRROR = Path("/work/.mirror/launchnlp+BASIL/repo")
DEFAULT_CACHE = ROOT / "benchmarks" / ".cache" / "basil"
# Development years only; the others are reserved for independent evaluation.
ALLOWED_YEARS = ("2010", "2011", "2012", "2013", "2015", "2016")


def git(mirror: Path, *args: str) -> str:
    return subprocess.run(["git", "--git-dir", str(mirror), *args], check=True, capture_output=True, text=True).stdout


def git_dir(mirror: Path) -> Path:
    """The mirror as given, or its .git folder when given a work tree."""
    return mirror / ".git" if (mirror / ".git").is_dir() else mirror


def article_text(record: dict) -> str:
    """Title line, then one paragraph a block; BASIL stores a paragraph as a list of sentences."""
    paragraphs = [" ".join(s.strip() for s in para if s.strip()) for para in record["body-paragraphs"]]
    blocks = [record["title"].strip(), *(p for p in paragraphs if p)]
    return "\n\n".join(blocks) + "\n"


def build(mirror: Path, cache: Path) -> int:
    mirror = git_dir(mirror)
    written = 0
    for year in ALLOWED_YEARS:
        for name in git(mirror, "ls-tree", "--name-only", "HEAD", f"articles/{year}/").split():
            record = json.loads(git(mirror, "show", f"HEAD:{name}"))
            target = cache / year / record["triplet-uuid"] / f"{record['source'].lower()}.txt"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(article_text(record), encoding="utf-8")
            written += 1
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirror", type=Path, default=DEFAULT_MIRROR)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    args = parser.parse_args()
    count = build(args.mirror, args.cache)
    print(f"{count} articles written under {args.cache}")


if __name__ == "__main__":
    main()
