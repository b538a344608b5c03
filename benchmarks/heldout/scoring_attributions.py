"""Scoring the tool's attributions against the gold attributions of one pair.

Each gold attribution is placed in the tool's text: its content snippet first,
then the occurrence of its cue nearest to the content, then the occurrence of
its source nearest to the cue (distances from the content count from the
sentences it touches, so its own sentence's cue wins). A predicted attribution matches a gold one when
it is in the same article, its cue overlaps the gold cue (for a gold quote
with no cue of its own, a continuation quote, its content must cover at least
half the gold content instead), and its source agrees on the head: one of the
gold heads (by default the last word of the gold source) appears as words in
the predicted source text or in the name or aliases of the actor the tool
resolved it to. When the gold gives explicit heads for a pronoun source
("He" -> Hendriks) the pronoun must be resolved; the bare pronoun does not
count. Gold and predictions are paired one to one, in gold order.
"""

from __future__ import annotations

from collections import Counter

from scoring import covers, distance, find_all, locate, overlap, sentence_around
from scoring_actors import fold


def _words(text: str) -> list[str]:
    return fold(text).replace(",", " ").replace("(", " ").replace(")", " ").split()


def _contains_phrase(haystack: str, phrase: str) -> bool:
    hay, needle = _words(haystack), _words(phrase)
    return bool(needle) and any(hay[i : i + len(needle)] == needle for i in range(len(hay) - len(needle) + 1))


def _sentences_around(article: dict, span: tuple[int, int]) -> tuple[int, int]:
    """The span widened to the sentences it touches, so that a cue in the content's
    own sentence wins over a nearer one in the sentence before."""
    touched = [(s["start"], s["end"]) for s in article["sentences"] if overlap((s["start"], s["end"]), span)]
    return (min(s[0] for s in touched), max(s[1] for s in touched)) if touched else span


def place_gold(entry: dict, article: dict) -> dict | None:
    text = article["text"]
    content = locate(text, entry["content"])
    if content is None:
        return None
    cue = None
    if entry.get("cue"):
        sentences = _sentences_around(article, content)
        spans = find_all(text, entry["cue"], whole_words=True)
        if not spans:
            return None
        cue = min(spans, key=lambda span: (distance(span, sentences), distance(span, content)))
    source = None
    if entry.get("source"):
        source = locate(text, entry["source"], near=cue or content, whole_words=True)
    also = locate(text, entry["content_also"]) if entry.get("content_also") else None
    return {"content": content, "cue": cue, "source": source, "also": also}


def source_agrees(predicted: dict, entry: dict, actors: dict[str, dict]) -> bool:
    source = predicted.get("source")
    if entry.get("source") is None:
        return source is None
    if source is None:
        return False
    heads = entry.get("head") or [_words(entry["source"])[-1]]
    candidates = [source["text"]]
    actor = actors.get(source.get("actor") or "")
    if actor:
        candidates += [actor["name"], *actor.get("aliases", [])]
    if any(_contains_phrase(c, head) for c in candidates for head in heads):
        return True
    return "head" not in entry and fold(source["text"]) == fold(entry["source"])


def _span(part: dict | None) -> tuple[int, int] | None:
    return (part["start"], part["end"]) if part else None


def _matches(predicted: dict, entry: dict, placed: dict, actors: dict) -> bool:
    if predicted["article"] != entry["article"]:
        return False
    if placed["cue"] is not None:
        cue = _span(predicted.get("cue"))
        if cue is None or overlap(cue, placed["cue"]) == 0:
            return False
    else:
        content = _span(predicted.get("content"))
        if content is None or not covers(content, placed["content"]):
            return False
    return source_agrees(predicted, entry, actors)


def _describe(predicted: dict) -> str:
    def text(part):
        return part["text"] if part else "-"

    return (
        f"[{predicted['kind']}{', anon' if predicted.get('anonymous') else ''}] "
        f"source: {text(predicted.get('source'))} | cue: {text(predicted.get('cue'))} "
        f"| content: {text(predicted.get('content'))}"
    )


def score_attributions(gold: dict, output: dict) -> dict:
    articles = {article["id"]: article for article in output["articles"]}
    actors = {actor["id"]: actor for actor in output["actors"]}
    predicted = output["attributions"]
    used: set[int] = set()
    pairs, misses, gold_errors = [], [], []
    ordered = sorted(gold.get("attributions", []), key=lambda e: e.get("cue") is None)
    for entry in ordered:
        article = articles[entry["article"]]
        placed = place_gold(entry, article)
        if placed is None:
            gold_errors.append(f"not placed in the tool's text: {entry}")
            continue
        hit = next((i for i, p in enumerate(predicted) if i not in used and _matches(p, entry, placed, actors)), None)
        if hit is None:
            near = [
                _describe(p)
                for p in predicted
                if p["article"] == entry["article"] and p.get("cue") and placed["cue"] and overlap(_span(p["cue"]), placed["cue"])
            ]
            misses.append({"entry": entry, "sentence": sentence_around(article, placed["content"]), "same_cue": near})
            continue
        used.add(hit)
        p = predicted[hit]
        content = _span(p.get("content"))
        pairs.append(
            {
                "entry": entry,
                "predicted": p,
                "kind_agrees": p["kind"] == entry["form"],
                "anonymous_agrees": bool(p.get("anonymous")) == bool(entry["anonymous"]),
                "content_agrees": content is not None and covers(content, placed["content"]),
                "spans_both": (None if placed["also"] is None else content is not None and covers(content, placed["also"])),
            }
        )
    false_hits = [
        {
            "article": p["article"],
            "described": _describe(p),
            "sentence": sentence_around(articles[p["article"]], _span(p.get("cue")) or _span(p["content"])),
        }
        for i, p in enumerate(predicted)
        if i not in used
    ]
    gold_forms = Counter(e["form"] for e in gold.get("attributions", []))
    found_forms = Counter(pair["entry"]["form"] for pair in pairs)
    predicted_kinds = Counter(p["kind"] for p in predicted)
    true_kinds = Counter(pair["predicted"]["kind"] for pair in pairs)
    return {
        "gold": len(gold.get("attributions", [])) - len(gold_errors),
        "predicted": len(predicted),
        "pairs": pairs,
        "misses": misses,
        "false_hits": false_hits,
        "gold_errors": gold_errors,
        "gold_forms": gold_forms,
        "found_forms": found_forms,
        "predicted_kinds": predicted_kinds,
        "true_kinds": true_kinds,
    }
