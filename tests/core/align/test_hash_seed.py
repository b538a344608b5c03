"""Alignment does not depend on Python's string hashing (PYTHONHASHSEED).

Sets of stems come in an order that changes with the hash seed; a float summed
over them changed in its last bit, and a gate met exactly (0.5 against 0.5)
then passed or failed with the seed (review12, finding 8). Each run is a fresh
interpreter, since the seed is fixed at start-up.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
# Twenty short generated articles (review12's input) that matched one pair more under seeds 4 and 5 than 0.
TWENTY = ROOT / "tests" / "fixtures" / "align" / "twenty_articles.json"
SEEDS = ("0", "1", "4", "5")

_ALIGN = """
import json, sys
from reader.core.align.matches import align
from reader.core.text.build import article_from_text
texts = json.load(open(sys.argv[1], encoding="utf-8"))
matches, clusters = align([article_from_text(text, f"a{k}") for k, text in enumerate(texts)])
print(repr(matches))
print(repr(clusters))
"""


def _aligned_under(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-c", _ALIGN, str(TWENTY)], capture_output=True, text=True, env=env, cwd=ROOT, check=True
    )
    return proc.stdout


def test_twenty_articles_align_the_same_under_every_hash_seed() -> None:
    outputs = {seed: _aligned_under(seed) for seed in SEEDS}
    assert outputs["0"].count("Match(") > 100  # the run did align something
    assert all(output == outputs["0"] for output in outputs.values()), [s for s in SEEDS if outputs[s] != outputs["0"]]
