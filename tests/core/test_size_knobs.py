"""The speed shortcuts' size knobs change how much is read at a time, never what is found.

Several stages read in blocks or windows for speed (align's candidate join `JOIN_BLOCK`, the actors'
bulk Jaro-Winkler `_BULK_BLOCK`, the attributions' tails `_TAIL`, `_CHARS_A_TOKEN`, `_BACK_STEP`).
Their output was checked byte-identical to the code before them with scripts outside the tree
(review12, finding 7); this guard keeps that true: `analyze` with every knob at its smallest
meaningful value must equal `analyze` with the defaults. Each run is a fresh interpreter, so no
cache filled under one setting answers for the other.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
# Several articles at once (a cluster of many), the bundled pair, and pairs with discrepancies.
INPUTS = [
    sorted(str(p) for p in (FIXTURES / "pairs").glob("*/*.txt")),
    sorted(str(p) for p in (ROOT / "reader" / "bundled_articles").glob("*.txt")),
    sorted(str(p) for p in (FIXTURES / "discrepancies").glob("*.txt")),
]

_ANALYZE = """
import json, sys
import reader.core.actors.merge.spelling as spelling
import reader.core.align.candidates as candidates
import reader.core.attributions.cue_words as cue_words
import reader.core.attributions.forms.poll_cue as poll_cue
import reader.core.attributions.sources as sources
if sys.argv[1] == "smallest":
    candidates.JOIN_BLOCK, spelling._BULK_BLOCK = 1, 2
    sources._TAIL, cue_words._CHARS_A_TOKEN, poll_cue._BACK_STEP = 6, 1, 2
from reader.core.pipeline import analyze
from reader.core.text.loader import load_articles
from reader.render.json import analysis_to_json
for paths in json.loads(sys.argv[2]):
    output = analysis_to_json(analyze(load_articles(paths)))
    output.pop("timings", None)
    print(json.dumps(output, sort_keys=True, default=str))
"""


def _analyzed(setting: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-c", _ANALYZE, setting, json.dumps(INPUTS)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
    )
    return proc.stdout


def test_the_smallest_blocks_and_windows_find_what_the_defaults_find() -> None:
    assert all(len(paths) >= 2 for paths in INPUTS)
    default, smallest = _analyzed("default"), _analyzed("smallest")
    assert default.count('"cue"') > 20  # attributions were found, so their shortcuts ran
    assert default == smallest
