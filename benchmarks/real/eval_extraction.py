"""Web-page extraction quality on real saved news pages: what `reader` keeps of a page and what it drops.

The pages and their expected text come from trafilatura's own evaluation set
(adbar/trafilatura, ``tests/evaldata.json``: for each page, passages that must
be in the extracted text, "with", and boilerplate that must not, "without").
They are third-party text: this script copies the selected pages from a git
mirror into ``benchmarks/.cache/trafilatura/`` (ignored by git) and commits
nothing of them. Only the figures are committed (``RESULTS_extraction.md``).

Selection, fixed before any run: every page of the set whose URL is on one of
the English-language news outlets listed in `NEWS_HOSTS`, and which has at
least one "with" and one "without" passage.

Each page is opened exactly as a user opens a saved page (``reader page.html``:
`load_article`), and its passages are looked up in what the user sees, the
title plus the body, after collapsing whitespace. A must-keep passage counts as
kept when it is found; a boilerplate passage counts as dropped when it is not.
For reference, the same is measured on trafilatura's plain ``extract()`` with
its defaults (readers' comments included).

    python benchmarks/real/eval_extraction.py                  # default mirror and cache
    python benchmarks/real/eval_extraction.py --mirror DIR --pages   # one line per page
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reader.core.errors import ReaderError
from reader.core.text.loader import load_article

DEFAULT_MIRROR = Path("/work/.mirror/adbar+trafilatura/repo")
DEFAULT_CACHE = ROOT / "benchmarks" / ".cache" / "trafilatura"
NEWS_HOSTS = (
    "www.vice.com",
    "www.theverge.com",
    "www.latimes.com",
    "www.wired.com",
    "www.scmp.com",
    "www.japantimes.co.jp",
    "www.cbsnews.com",
    "www.theguardian.com",
    "phys.org",
    "www.reuters.com",
    "www.salon.com",
    "www.bbc.com",
    "www.pcmag.com",
    "www.axios.com",
    "www.nytimes.com",
    "www.politico.com",
    "thepointsguy.com",
    "www.medicalnewstoday.com",
    "www.economist.com",
    "www.theatlantic.com",
    "www.dailymail.co.uk",
    "www.independent.co.uk",
    "www.tomshardware.com",
    "www.corkbeo.ie",
    "www.standard.co.uk",
    "www.msn.com",
    "ukbdnews.com",
    "edition.cnn.com",
    "theintercept.com",
    "abc13.com",
    "www.telegraph.co.uk",
)


def _git(mirror: Path, *args: str) -> bytes:
    return subprocess.run(["git", f"--git-dir={mirror}", *args], capture_output=True, check=True).stdout


def build(mirror: Path, cache: Path) -> list[dict]:
    """Copy the selected pages and their expectations into ``cache``; the selected records."""
    data = json.loads(_git(mirror, "show", "HEAD:tests/evaldata.json"))
    stored = set(_git(mirror, "ls-tree", "--name-only", "HEAD", "tests/eval/", "tests/cache/").decode().split())
    selected = []
    for url, record in data.items():
        host = url.split("/")[2] if "://" in url else ""
        if host not in NEWS_HOSTS or not record.get("with") or not record.get("without"):
            continue
        source = next((p for p in (f"tests/eval/{record['file']}", f"tests/cache/{record['file']}") if p in stored), None)
        if source is None:
            continue
        page = cache / "pages" / record["file"]
        if not page.exists():
            page.parent.mkdir(parents=True, exist_ok=True)
            page.write_bytes(_git(mirror, "show", f"HEAD:{source}"))
        selected.append({"url": url, "file": record["file"], "with": record["with"], "without": record["without"]})
    (cache / "selected.json").write_text(json.dumps(selected, ensure_ascii=False, indent=1))
    return selected


def _squash(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _reader_view(path: Path) -> str:
    try:
        article = load_article(path)
    except ReaderError as exc:
        print(f"  {path.name}: {exc}", file=sys.stderr)
        return ""
    return _squash(f"{article.title or ''}\n{article.text}")


def _trafilatura_view(path: Path) -> str:
    import trafilatura

    return _squash(trafilatura.extract(path.read_bytes()) or "")


def score(records: list[dict], cache: Path, view, per_page: bool) -> tuple[int, int, int, int, float]:
    kept = must = dropped = boiler = 0
    started = time.perf_counter()
    for record in records:
        seen = view(cache / "pages" / record["file"])
        k = sum(_squash(p) in seen for p in record["with"])
        d = sum(_squash(p) not in seen for p in record["without"])
        kept, must = kept + k, must + len(record["with"])
        dropped, boiler = dropped + d, boiler + len(record["without"])
        if per_page:
            print(f"  {record['file']:<45} kept {k}/{len(record['with'])}  dropped {d}/{len(record['without'])}")
    return kept, must, dropped, boiler, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mirror", type=Path, default=DEFAULT_MIRROR)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--pages", action="store_true", help="one line per page")
    args = parser.parse_args()
    records = build(args.mirror, args.cache)
    print(f"{len(records)} English news pages from trafilatura's evaluation set\n")
    print("| extractor | pages | must-keep passages kept | boilerplate passages dropped | seconds |")
    print("| --- | --- | --- | --- | --- |")
    for name, view in (("reader (saved page)", _reader_view), ("trafilatura.extract() defaults", _trafilatura_view)):
        kept, must, dropped, boiler, seconds = score(records, args.cache, view, args.pages)
        print(
            f"| {name} | {len(records)} | {kept}/{must} = {kept / must:.3f} | {dropped}/{boiler} = {dropped / boiler:.3f} "
            f"| {seconds:.1f} |"
        )


if __name__ == "__main__":
    main()
