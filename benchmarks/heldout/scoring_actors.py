"""Scoring the tool's actors against the gold actors of one pair.

A mention matches a gold form when, after folding (case, quote and dash
variants, a leading "the", a trailing possessive), it equals the form, or the
form has two or more words and ends the mention ("President Xi Jinping" holds
"Xi Jinping"). A one-word form must be the whole mention, so "al-Masri" never
matches "Omar al-Masri" and "Mohammed" never matches either Mohammed.
"""

from __future__ import annotations

import re

from scoring import find_all, plain

_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
]
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def fold(text: str) -> str:
    text = plain(text).casefold().strip()
    text = re.sub(r"['\u2019]s$", "", text)
    text = re.sub(r"^the\s+", "", text)
    return " ".join(text.split())


def mention_matches(mention: str, form: str) -> bool:
    mention_words, form_words = fold(mention).split(), fold(form).split()
    if mention_words == form_words:
        return True
    return len(form_words) >= 2 and mention_words[-len(form_words) :] == form_words


def actors_holding(form: str, predicted: list[dict]) -> set[str]:
    return {actor["id"] for actor in predicted if any(mention_matches(m["text"], form) for m in actor["mentions"])}


def apart_holders(form: str, predicted: list[dict]) -> set[str]:
    """The actors a must-stay-apart form names: those with a mention of exactly that form, if any, else
    those holding it at a longer mention's end. "Republican Party" must not be found in the actor of
    "Wisconsin Republican Party" when another actor has "Republican Party" itself."""
    exact = {actor["id"] for actor in predicted if any(fold(m["text"]) == fold(form) for m in actor["mentions"])}
    return exact or actors_holding(form, predicted)


def _parent_linked(first: set[str], second: set[str], predicted: list[dict]) -> bool:
    """Two forms kept as separate actors, one the other's parent (a capital city
    under its country): not merged, but not lost either; reported apart."""
    parents = {actor["id"]: actor.get("parent") for actor in predicted}
    return any(parents.get(x) == y or parents.get(y) == x for x in first for y in second)


def _occurs(form: str, texts: list[str]) -> bool:
    return any(find_all(text, form, whole_words=True) for text in texts)


def _spurious_reason(actor: dict, output: dict) -> str:
    """A first guess at why a predicted actor is not one; the report lists all of
    them so a reader can judge."""
    names = [fold(m["text"]) for m in actor["mentions"]] + [fold(actor["name"])]
    if any(word in _MONTHS + _WEEKDAYS for name in names for word in name.split()):
        return "date"
    starts = {(s["article"], s["start"]) for s in _sentence_starts(output)}
    if actor["mentions"] and all((m["article"], m["start"]) in starts for m in actor["mentions"]):
        return "sentence-initial"
    if any(_in_furniture(m, output) for m in actor["mentions"]):
        return "furniture"
    return "other"


_FURNITURE = re.compile(r"\b(photo|reporting by|editing by)\b", re.IGNORECASE)


def _in_furniture(mention: dict, output: dict) -> bool:
    """A mention inside a photo credit or a reporting credit line."""
    for article in output["articles"]:
        if article["id"] != mention["article"]:
            continue
        for s in article["sentences"]:
            if s["start"] <= mention["start"] < s["end"]:
                return bool(_FURNITURE.search(article["text"][s["start"] : s["end"]]))
    return False


def _sentence_starts(output: dict) -> list[dict]:
    return [{"article": article["id"], "start": s["start"]} for article in output["articles"] for s in article["sentences"]]


def score_actors(gold: dict, output: dict) -> dict:
    predicted = output["actors"]
    texts = [article["text"] for article in output["articles"]]
    found, found_any_kind, missed = [], [], []
    merge_pairs = merged_pairs = linked_pairs = 0
    merge_failures = []
    for actor in gold.get("actors", []):
        holders = {form: actors_holding(form, predicted) for form in actor["forms"]}
        right_kind = [a for a in predicted if a["id"] in set().union(*holders.values()) and a["kind"] == actor["kind"]]
        entry = {"name": actor["name"], "kind": actor["kind"], "minor": bool(actor.get("minor"))}
        if right_kind:
            found.append(entry)
        else:
            kinds = sorted({a["kind"] for a in predicted if a["id"] in set().union(*holders.values())})
            partial = sorted(
                {
                    f"{m['text']} [{a['kind']}]"
                    for a in predicted
                    for m in a["mentions"]
                    for form in actor["forms"]
                    if mention_matches(form, m["text"]) and not mention_matches(m["text"], form)
                }
            )
            missed.append({**entry, "got_kinds": kinds, "partial": partial})
        if any(holders.values()):
            found_any_kind.append(entry)
        present = [form for form in actor["forms"] if holders[form]]
        absent = [form for form in actor["forms"] if not holders[form] and _occurs(form, texts)]
        for i, first in enumerate(present):
            for second in present[i + 1 :]:
                merge_pairs += 1
                if holders[first] & holders[second]:
                    merged_pairs += 1
                else:
                    linked = _parent_linked(holders[first], holders[second], predicted)
                    linked_pairs += linked
                    merge_failures.append(
                        {
                            "actor": actor["name"],
                            "forms": (first, second),
                            "ids": (sorted(holders[first]), sorted(holders[second])),
                            "parent_linked": linked,
                        }
                    )
        if absent and len(actor["forms"]) > 1:
            merge_failures.append({"actor": actor["name"], "forms_without_mention": absent})
    apart = []
    for first, second in gold.get("apart", []):
        ids_first, ids_second = apart_holders(first, predicted), apart_holders(second, predicted)
        if not ids_first or not ids_second:
            verdict = "unresolved"
        else:
            verdict = "apart" if not ids_first & ids_second else "MERGED"
        apart.append({"forms": (first, second), "verdict": verdict, "ids": (sorted(ids_first), sorted(ids_second))})
    all_forms = [form for actor in gold.get("actors", []) for form in actor["forms"]]
    spurious = []
    for actor in predicted:
        if any(
            mention_matches(m["text"], form) or mention_matches(form, m["text"]) for m in actor["mentions"] for form in all_forms
        ):
            continue
        if any(mention_matches(actor["name"], form) for form in all_forms):
            continue
        spurious.append(
            {
                "id": actor["id"],
                "name": actor["name"],
                "kind": actor["kind"],
                "mentions": sorted({m["text"] for m in actor["mentions"]}),
                "reason": _spurious_reason(actor, output),
            }
        )
    return {
        "found": found,
        "found_any_kind": found_any_kind,
        "missed": missed,
        "merge_pairs": merge_pairs,
        "merged_pairs": merged_pairs,
        "linked_pairs": linked_pairs,
        "merge_failures": merge_failures,
        "apart": apart,
        "spurious": spurious,
        "predicted": len(predicted),
    }
