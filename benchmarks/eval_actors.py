"""Actor recall, merging and speed, on the fixture articles and on two large documents.

    python benchmarks/eval_actors.py            # recall/merging on tests/fixtures/actors
    python benchmarks/eval_actors.py --speed    # also: two ~1.2 MB, ~10,000-sentence documents
    python benchmarks/eval_actors.py --heldout benchmarks/heldout   # also: actors of each pair there

Recall: expected actors (tests/fixtures/actors/expected.yaml) found with the
right id and kind. Merging: expected surface forms found among that actor's
name and aliases. Speed documents are built from the seed articles and the
fixtures, sentences shuffled, with made-up people's names mixed in so that
discovery and merging see thousands of distinct names. Held-out: the actor part
of benchmarks/eval_heldout.py (its scoring rules, benchmarks/heldout/scoring_actors.py)
run on `extract_actors` alone, so that it needs nothing but the actor code.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.actors import extract_actors  # noqa: E402
from reader.core.lexicons.gazetteer import load_gazetteer  # noqa: E402
from reader.core.model import Article  # noqa: E402
from reader.core.text.loader import load_article, load_articles  # noqa: E402
from reader.core.text.segment import paragraphs, sentences  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "actors"
GIVEN = ["Omar", "Layla", "Tarek", "Nadia", "Yusuf", "Hana", "Karim", "Samir", "Rania", "Bilal", "Dina", "Fadi"]
SYLLABLES = ["ba", "dar", "ha", "kho", "man", "na", "qa", "ri", "sa", "ta", "wi", "zan", "lo", "mer", "tu", "fel"]


def evaluate_fixtures() -> tuple[int, int, int, int]:
    expected = yaml.safe_load((FIXTURES / "expected.yaml").read_text(encoding="utf-8"))
    found = wanted = merged = forms = 0
    for name, spec in expected.items():
        actors = {a.id: a for a in extract_actors([load_article(FIXTURES / name, "A")])}
        for actor_id, want in spec["actors"].items():
            wanted += 1
            actor = actors.get(actor_id)
            ok = actor is not None and actor.kind == want["kind"]
            found += ok
            if not ok:
                print(f"  missing {name}: {actor_id} ({want['kind']})" + (f" got {actor.kind}" if actor else ""))
            for form in want.get("forms", []):
                forms += 1
                hit = actor is not None and (form == actor.name or form in actor.aliases)
                merged += hit
                if not hit:
                    print(f"  unmerged {name}: {form!r} -> {actor_id}")
    return found, wanted, merged, forms


def big_document(seed: int, target_chars: int = 1_200_000, new_names: float = 0.3) -> Article:
    rng = random.Random(seed)
    pool = []
    for article in load_articles([ROOT / "articles", *sorted(FIXTURES.glob("*.txt"))]):
        pool.extend(article.text[s.start : s.end] for s in article.sentences)
    paragraphs_out, size, count = [], 0, 0
    while size < target_chars:
        para = []
        for _ in range(rng.randint(2, 6)):
            sentence = rng.choice(pool)
            if rng.random() < new_names:
                family = "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()
                person = f"{rng.choice(GIVEN)} {family}"
                sentence = f"Analyst {person} said that {sentence[0].lower()}{sentence[1:]}"
            para.append(sentence)
            count += 1
        text = " ".join(para)
        paragraphs_out.append(text)
        size += len(text) + 2
    text = "\n\n".join(paragraphs_out)
    paras = paragraphs(text)
    return Article(id="A", path=f"big{seed}.txt", text=text, paragraphs=paras, sentences=sentences(text, paras))


def score_heldout(folder: Path) -> None:
    """Actors of every pair under ``folder`` (a.txt, b.txt, gold.yaml), scored as eval_heldout.py scores them."""
    sys.path.insert(0, str(ROOT / "benchmarks" / "heldout"))
    from scoring_actors import score_actors

    totals: dict[str, list[int]] = {"major": [0, 0], "all": [0, 0], "merged": [0, 0], "apart": [0, 0], "spurious": [0, 0]}
    for pair in sorted(p for p in folder.iterdir() if (p / "gold.yaml").is_file()):
        gold = yaml.safe_load((pair / "gold.yaml").read_text(encoding="utf-8"))
        articles = load_articles([pair / "a.txt", pair / "b.txt"])
        actors = extract_actors(articles)
        output = {
            "articles": [
                {"id": a.id, "text": a.text, "sentences": [{"start": s.start, "end": s.end} for s in a.sentences]}
                for a in articles
            ],
            "actors": [
                {
                    "id": a.id,
                    "name": a.name,
                    "kind": a.kind,
                    "parent": a.parent,
                    "mentions": [
                        {
                            "article": m.article,
                            "start": m.start,
                            "end": m.end,
                            "text": next(x for x in articles if x.id == m.article).text[m.start : m.end],
                        }
                        for m in a.mentions
                    ],
                }
                for a in actors
            ],
        }
        result = score_actors(gold, output)
        major = [e for e in result["found"] if not e["minor"]]
        major_missed = [e for e in result["missed"] if not e["minor"]]
        apart = [a for a in result["apart"] if a["verdict"] != "unresolved"]
        counts = {
            "major": [len(major), len(major) + len(major_missed)],
            "all": [len(result["found"]), len(result["found"]) + len(result["missed"])],
            "merged": [result["merged_pairs"], result["merge_pairs"]],
            "apart": [sum(a["verdict"] == "apart" for a in apart), len(apart)],
            "spurious": [len(result["spurious"]), len(actors)],
        }
        for name, (hit, total) in counts.items():
            totals[name][0] += hit
            totals[name][1] += total
        print(f"{pair.name}: " + ", ".join(f"{k} {h}/{t}" for k, (h, t) in counts.items()))
        for entry in result["missed"]:
            print(
                f"  missed {entry['name']} ({entry['kind']}{', minor' if entry['minor'] else ''}): "
                f"got {entry['got_kinds'] or 'no mention'} {entry['partial'] or ''}"
            )
        for failure in result["merge_failures"]:
            if "forms" in failure and not failure["parent_linked"]:
                print(f"  not merged {failure['forms']}: {failure['ids']}")
        for verdict in apart:
            if verdict["verdict"] != "apart":
                print(f"  MERGED {verdict['forms']}")
        for actor in result["spurious"]:
            print(f"  spurious {actor['name']} [{actor['kind']}] ({actor['reason']})")
    print("held-out actors: " + ", ".join(f"{k} {h}/{t}" for k, (h, t) in totals.items()))


def main() -> None:
    found, wanted, merged, forms = evaluate_fixtures()
    print(f"fixture recall: {found}/{wanted} actors with the right kind; merging: {merged}/{forms} forms")
    if "--heldout" in sys.argv:
        score_heldout(Path(sys.argv[sys.argv.index("--heldout") + 1]))
    if "--speed" in sys.argv:
        load_gazetteer()  # parsed once per process; not part of the per-call cost
        docs = [big_document(1), big_document(2)]
        docs = [
            docs[0],
            Article(id="B", path=docs[1].path, text=docs[1].text, paragraphs=docs[1].paragraphs, sentences=docs[1].sentences),
        ]
        sizes = ", ".join(f"{len(d.text) / 1e6:.2f} MB / {len(d.sentences)} sentences" for d in docs)
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            actors = extract_actors(docs)
            best = min(best, time.perf_counter() - start)
        print(
            f"speed: {sizes}, 30% of sentences naming a new person: extract_actors {best:.2f} s (best of 3), {len(actors)} actors"
        )
        plain = [big_document(3, new_names=0.0), big_document(4, new_names=0.0)]
        plain[1] = Article(
            id="B", path=plain[1].path, text=plain[1].text, paragraphs=plain[1].paragraphs, sentences=plain[1].sentences
        )
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            actors = extract_actors(plain)
            best = min(best, time.perf_counter() - start)
        print(f"speed: same size, article sentences only: extract_actors {best:.2f} s (best of 3), {len(actors)} actors")


if __name__ == "__main__":
    main()
