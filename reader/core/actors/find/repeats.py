"""Runs that repeat themselves, as scraped pages do ("Anthony Fauci Anthony FauciCelebs"): cut into names."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from reader.core.actors.find.discover import Word


def without_repeats(sub_runs: Iterator[list[Word]], suffix_kind: Callable[[str], str | None]) -> Iterator[list[Word]]:
    """Sub-runs cut where a run repeats itself, as scraped pages do ("Anthony Fauci Anthony FauciCelebs"):
    the first word of a name of two words or more, seen again, starts a new sub-run, and a word glued to
    clutter ("FauciCelebs") keeps only the part seen earlier. Suffix words repeat in real names
    ("Ministry Egyptian Ministry" is no repeat of a person)."""
    seen: set[str] = set()
    for words in sub_runs:
        current: list[Word] = []
        for word in words:
            text = word.text
            if len(current) >= 2 and text == current[0].text and not word.particle and suffix_kind(text) is None:
                yield current
                current = []
            glued = _glued_prefix(text, seen)
            if glued:
                current.append(Word(word.start, word.start + len(glued), glued, False))
                yield current
                current = []
                continue
            seen.add(text)
            current.append(word)
        if current:
            yield current


def _glued_prefix(text: str, seen: set[str]) -> str | None:
    """ "Fauci" of "FauciCelebs" when "Fauci" came before: a name glued to the next word of a page."""
    for i in range(3, len(text) - 2):
        if text[i].isupper() and text[i - 1].islower() and text[:i] in seen:
            return text[:i]
    return None
