"""Locating gold snippets in the tool's article text, and scoring matches.

The gold is written against the raw .txt files; the tool reports offsets into
its own cleaned `text` (furniture dropped, invisible noise removed). So every
snippet is searched for in the tool's `text`, tolerant of exactly the noise the
articles carry: curly vs straight quotes, dash variants, case, and whitespace
(including a space missing after a comma).
"""

from __future__ import annotations

import re

# One character for one character, so offsets in the normalised copy are
# offsets in the original.
_SAME_LENGTH = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
    }
)


def plain(text: str) -> str:
    return text.translate(_SAME_LENGTH)


def snippet_pattern(snippet: str, whole_words: bool) -> re.Pattern[str]:
    words = plain(snippet).split()
    body = r"\s*".join(re.escape(word) for word in words)
    if whole_words:
        body = r"(?<!\w)" + body + r"(?!\w)"
    return re.compile(body, re.IGNORECASE)


def find_all(text: str, snippet: str, whole_words: bool = False) -> list[tuple[int, int]]:
    pattern = snippet_pattern(snippet, whole_words)
    return [m.span() for m in pattern.finditer(plain(text))]


def distance(x: tuple[int, int], y: tuple[int, int]) -> int:
    if x[1] <= y[0]:
        return y[0] - x[1]
    if y[1] <= x[0]:
        return x[0] - y[1]
    return 0


def locate(text: str, snippet: str, near: tuple[int, int] | None = None, whole_words: bool = False) -> tuple[int, int] | None:
    """The occurrence of `snippet` in `text`, the one closest to `near` if given."""
    spans = find_all(text, snippet, whole_words)
    if not spans:
        return None
    if near is None:
        return spans[0]
    return min(spans, key=lambda span: distance(span, near))


def overlap(x: tuple[int, int], y: tuple[int, int]) -> int:
    return max(0, min(x[1], y[1]) - max(x[0], y[0]))


def covers(predicted: tuple[int, int], gold: tuple[int, int]) -> bool:
    """A predicted span covers a gold snippet when it holds at least half of it."""
    return 2 * overlap(predicted, gold) >= gold[1] - gold[0]


def alternatives(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def sentence_around(article: dict, span: tuple[int, int]) -> str:
    for sentence in article["sentences"]:
        if sentence["start"] <= span[0] < sentence["end"]:
            return article["text"][sentence["start"] : sentence["end"]]
    return article["text"][span[0] : span[1]]


def oriented_matches(output: dict) -> list[tuple[tuple[int, int], tuple[int, int], dict]]:
    """Matches as (span in A, span in B, match), whichever side the tool put first."""
    result = []
    for match in output["matches"]:
        sides = {match["a"]["article"]: match["a"], match["b"]["article"]: match["b"]}
        if set(sides) != {"A", "B"}:
            continue
        a, b = sides["A"], sides["B"]
        result.append(((a["start"], a["end"]), (b["start"], b["end"]), match))
    return result


def score_claims(gold: dict, output: dict) -> dict:
    """Claim alignment: a predicted match hits a gold claim when its A side covers
    one of the claim's A snippets and its B side one of its B snippets (covers =
    holds at least half the snippet's characters). Precision counts matches that
    hit at least one claim; recall counts claims hit by at least one match. A match
    that hits no claim but one of the gold's ``related`` pairs (defensible, neither
    required nor wrong) is left out of precision."""
    articles = {article["id"]: article for article in output["articles"]}
    text_a, text_b = articles["A"]["text"], articles["B"]["text"]
    claims, gold_errors = [], []
    for number, claim in enumerate(gold.get("claims", []), 1):
        spans_a = [s for s in (locate(text_a, x) for x in alternatives(claim["a"])) if s]
        spans_b = [s for s in (locate(text_b, x) for x in alternatives(claim["b"])) if s]
        if not spans_a or not spans_b:
            gold_errors.append(f"claim {number}: snippet not found in the tool's text: {claim}")
            continue
        claims.append({"number": number, "claim": claim, "a": spans_a, "b": spans_b})
    related = [
        (spans_a, spans_b)
        for pair in gold.get("related") or []
        if (spans_a := [s for s in (locate(text_a, x) for x in alternatives(pair["a"])) if s])
        and (spans_b := [s for s in (locate(text_b, x) for x in alternatives(pair["b"])) if s])
    ]
    matches = oriented_matches(output)
    hit_claims: set[int] = set()
    false_hits = []
    neutral = 0
    for span_a, span_b, match in matches:
        hits = [c["number"] for c in claims if any(covers(span_a, g) for g in c["a"]) and any(covers(span_b, g) for g in c["b"])]
        hit_claims.update(hits)
        if not hits and any(any(covers(span_a, g) for g in ra) and any(covers(span_b, g) for g in rb) for ra, rb in related):
            neutral += 1
        elif not hits:
            false_hits.append(
                {
                    "a": text_a[span_a[0] : span_a[1]],
                    "b": text_b[span_b[0] : span_b[1]],
                    "kind": match.get("kind"),
                    "score": match.get("score"),
                }
            )
    misses = [
        {"number": c["number"], "a": sentence_around(articles["A"], c["a"][0]), "b": sentence_around(articles["B"], c["b"][0])}
        for c in claims
        if c["number"] not in hit_claims
    ]
    return {
        "claims": len(claims),
        "claims_hit": len(hit_claims & {c["number"] for c in claims}),
        "matches": len(matches) - neutral,
        "matches_true": len(matches) - neutral - len(false_hits),
        "related_hits": neutral,
        "misses": misses,
        "false_hits": false_hits,
        "gold_errors": gold_errors,
    }


def _covered_share(text: str, spans: list[tuple[int, int]], limit: int) -> float:
    covered = [False] * limit
    for start, end in spans:
        for index in range(max(0, start), min(end, limit)):
            covered[index] = True
    counted = [covered[i] for i in range(limit) if not text[i].isspace()]
    return sum(counted) / len(counted) if counted else 0.0


def score_coverage(gold: dict, output: dict) -> dict | None:
    """Share of each article's non-space characters inside some match; for A also
    over the text before its trimmed ending (what the syndicated copy kept)."""
    if "syndicated" not in gold:
        return None
    articles = {article["id"]: article for article in output["articles"]}
    matches = oriented_matches(output)
    text_a, text_b = articles["A"]["text"], articles["B"]["text"]
    trimmed = locate(text_a, gold["syndicated"]["a_trimmed_from"])
    kept = trimmed[0] if trimmed else len(text_a)
    spans_a = [m[0] for m in matches]
    spans_b = [m[1] for m in matches]
    uncovered_b = [
        sentence_around(articles["B"], (s["start"], s["end"]))
        for s in articles["B"]["sentences"]
        if not any(covers(span, (s["start"], s["end"])) for span in spans_b)
    ]
    return {
        "a": _covered_share(text_a, spans_a, len(text_a)),
        "a_kept": _covered_share(text_a, spans_a, kept),
        "b": _covered_share(text_b, spans_b, len(text_b)),
        "uncovered_b_sentences": uncovered_b,
        "trim_found": trimmed is not None,
    }
