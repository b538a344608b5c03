"""What the real-text scorers share: P/R/F1 and writing a results file that keeps its hand-written notes."""

from __future__ import annotations

from pathlib import Path

NOTES_MARK = "<!-- hand-written notes below this line are kept by --write -->"


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from true positives and the predicted and gold counts."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def write_results(path: Path, text: str) -> None:
    """Write the generated tables, keeping any hand-written notes after NOTES_MARK."""
    notes = ""
    if path.exists():
        old = path.read_text(encoding="utf-8")
        if NOTES_MARK in old:
            notes = "\n" + old[old.index(NOTES_MARK) :]
    path.write_text(text + notes, encoding="utf-8")


def error_counts(errors: dict[str, list[str]]) -> list[str]:
    """The report's "Error counts" section: each failure class and how often it occurred, most first."""
    lines = ["", "## Error counts", "", "| class | count |", "| --- | ---: |"]
    return lines + [f"| {klass} | {len(items)} |" for klass, items in sorted(errors.items(), key=lambda kv: -len(kv[1]))]


def dump_errors(path: Path, errors: dict[str, list[str]]) -> None:
    """Every error with its context, by class, into the ignored cache (it quotes the corpus)."""
    with path.open("w", encoding="utf-8") as fh:
        for klass, items in sorted(errors.items(), key=lambda kv: -len(kv[1])):
            fh.write(f"## {klass} ({len(items)})\n\n" + "\n".join(items) + "\n\n")
