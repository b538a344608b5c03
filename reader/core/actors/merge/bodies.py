"""A body's one-word name that is a person's surname in these articles: "Bloomberg" after "Michael Bloomberg"."""

from __future__ import annotations

from reader.core.actors.find.scan import Candidate, GazetteerHit
from reader.core.lexicons.gazetteer import Gazetteer

_BODIES = frozenset({"organization", "group", "media"})


def surnames_named_like_bodies(
    hits: list[GazetteerHit], candidates: list[Candidate], gazetteer: Gazetteer
) -> tuple[list[GazetteerHit], list[Candidate]]:
    """Hits of an organisation, group or medium written as one word that ends a person's full name of
    the articles ("Michael Bloomberg" ... "Bloomberg said") become mentions of that surname, for the
    surname rule to join: when the articles name the body by no longer form ("Bloomberg News"), the
    lone word is the person's. A person the gazetteer knows ends names too ("Bill Gates" -> "Gates")."""
    one_word: dict[str, list[GazetteerHit]] = {}
    longer: set[str] = set()
    person_ends: set[str] = set()
    keyer = gazetteer.keyer
    roles: dict[tuple[str, str], str | None] = {}  # what each (entry, surface) is: a name recurs in every article
    for hit in hits:
        form = (hit.entry, hit.surface)
        role = roles.get(form, _UNSEEN)
        if role is _UNSEEN:
            role = roles[form] = _role(hit.entry, hit.surface, gazetteer)
        if role is _ONE_WORD:
            one_word.setdefault(hit.entry, []).append(hit)
        elif role is _LONGER:
            longer.add(hit.entry)
        elif role is not None:
            person_ends.add(role)
    if not one_word:
        return hits, candidates
    for c in candidates:
        if c.words >= 2 and len(c.key) >= 2 and c.votes and max(c.votes, key=c.votes.__getitem__) == "person":
            person_ends.add(c.key[-1])
    moved: set[tuple[int, int]] = set()
    added: list[Candidate] = []
    for entry_id, found in one_word.items():
        if entry_id in longer:
            continue
        for hit in found:
            key = keyer.key(hit.surface)
            if len(key) == 1 and key[0] in person_ends:
                moved.add((hit.article, hit.start))
                added.append(Candidate(hit.article, hit.start, hit.end, hit.surface, key, 1, False, {"person": 1}))
    if not moved:
        return hits, candidates
    return [h for h in hits if (h.article, h.start) not in moved], candidates + added


_UNSEEN, _ONE_WORD, _LONGER = "<unseen>", "<one word>", "<longer>"


def _role(entry_id: str, surface: str, gazetteer: Gazetteer) -> str | None:
    """A hit of a body written as one word (`_ONE_WORD`) or longer (`_LONGER`); of a person whose name has
    two parts or more: the last part of its key; else None."""
    entry = gazetteer.by_id.get(entry_id)
    if entry is None:
        return None
    if entry.kind in _BODIES:
        return _ONE_WORD if len(surface.split()) == 1 else _LONGER
    if entry.kind == "person" and len(key := gazetteer.keyer.key(surface)) >= 2:
        return key[-1]
    return None
