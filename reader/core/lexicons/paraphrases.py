"""The paraphrase lexicon: word groups that alignment treats as one term, and number words.

The packaged groups live in `reader/core/lexicons/data/paraphrases.yaml`; the
user's own file of the same name (`$XDG_CONFIG_HOME/reader/paraphrases.yaml`)
and ``--paraphrases FILE`` add to them. How the terms are used:
`reader.core.align.terms`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from reader.core.config import PARAPHRASES_FILE, with_user_file
from reader.core.errors import ReaderError
from reader.core.text.tokens import folded_words, words
from reader.core.yaml_files import read_yaml_file

PACKAGED_PARAPHRASES = Path(__file__).parent / "data" / "paraphrases.yaml"

NUMBER_WORDS = {
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
} | {word: 10 * tens for tens, word in enumerate("thirty forty fifty sixty seventy eighty ninety".split(), start=3)}
# "twenty-five" is one word: 25.
NUMBER_WORDS |= {
    f"{tens}-{unit}": NUMBER_WORDS[tens] + NUMBER_WORDS[unit]
    for tens in "twenty thirty forty fifty sixty seventy eighty ninety".split()
    for unit in "one two three four five six seven eight nine".split()
}
# Ordinals as words and as figures: "eighth term" / "8th term". "first" and
# "second" are left alone: they are more often "at first" or "a second" than ranks.
ORDINAL_WORDS = {
    word: f"{value}{'rd' if value % 10 == 3 and value != 13 else 'th'}"
    for value, word in enumerate(
        "third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
        "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(),
        start=3,
    )
}
# Negative contractions are their negation ("won't" / "will not"): "not" is a stopword, so
# both spellings leave the same content words.
CONTRACTIONS = {
    f"{stem}n't": "not" for stem in "ca wo sha do does did is are was were has have had would could should must need ai".split()
}
# Odds and shares in one hyphenated word: "one-in-three" is "1-in-3" (`reader.core.align.terms`
# keeps "1-in-3" as one term, so "one in three" with its small counts stays apart).
RATIO_WORDS = {
    f"{x}-{joint}-{y}": f"{NUMBER_WORDS[x]}-{joint}-{NUMBER_WORDS[y]}"
    for x in list(NUMBER_WORDS)[1:21]
    for y in list(NUMBER_WORDS)[1:21]
    for joint in ("in", "of")
}
MULTIPLIERS = {
    "thousand": 10**3,
    "k": 10**3,
    "million": 10**6,
    "millions": 10**6,
    "m": 10**6,
    "mn": 10**6,
    "mln": 10**6,
    "billion": 10**9,
    "billions": 10**9,
    "bn": 10**9,
    "b": 10**9,
    "trillion": 10**12,
    "tn": 10**12,
}


@dataclass(frozen=True, slots=True)
class Paraphrases:
    """Word sequences (folded) that stand for one term: paraphrase groups, then acronym expansions.

    Build with `Paraphrases.build`; the fields after ``acronyms`` are derived, for speed:
    most sentences need no rewrite, most others only a word-for-word one.
    """

    phrases: dict[tuple[str, ...], str] = field(default_factory=dict, hash=False)
    # Words after a number that only name its unit: "euros", "percent", "per cent".
    units: frozenset[tuple[str, ...]] = frozenset()
    # The acronym terms among the phrases' values: shown in capitals, so not a name.
    acronyms: frozenset[str] = frozenset()
    # One word for another ("sacked" -> "dismiss", "five" -> "5"), identities left out.
    singles: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    # Words that start a rewrite of several words: a phrase's first word, or a
    # multiplier or unit that may follow a number word ("five million").
    phrase_starts: frozenset[str] = field(default=frozenset(), compare=False)
    quantity_words: frozenset[str] = field(default=frozenset(), compare=False)
    # Either kind of start: a sentence holding none of these (and no digit) is left as it is.
    triggers: frozenset[str] = field(default=frozenset(), compare=False)
    longest: int = field(default=1, compare=False)
    # The phrases of one word, by that word (identities kept): `align.terms.rewrite` looks most words up here.
    one_word: dict[str, str] = field(default_factory=dict, hash=False, compare=False)

    @classmethod
    def build(
        cls, phrases: dict[tuple[str, ...], str], units: Iterable[tuple[str, ...]] = (), acronyms: Iterable[str] = ()
    ) -> Paraphrases:
        units = frozenset(units)
        singles = {phrase[0]: term for phrase, term in phrases.items() if len(phrase) == 1 and phrase[0] != term}
        singles.update((word, str(value)) for word, value in NUMBER_WORDS.items())
        singles.update(ORDINAL_WORDS)
        singles.update(CONTRACTIONS)
        singles.update(RATIO_WORDS)
        phrase_starts = frozenset(phrase[0] for phrase in phrases if len(phrase) > 1)
        return cls(
            dict(phrases),
            units,
            frozenset(acronyms),
            singles,
            phrase_starts,
            frozenset(word for word in MULTIPLIERS if len(word) > 1) | frozenset(unit[0] for unit in units),
            phrase_starts | singles.keys(),
            max((len(phrase) for phrase in phrases), default=1),
            {phrase[0]: term for phrase, term in phrases.items() if len(phrase) == 1},
        )

    def with_acronyms(self, expansions: dict[tuple[str, ...], str]) -> Paraphrases:
        """These paraphrases plus acronym expansions (folded run -> folded acronym)."""
        if not expansions:
            return self
        return Paraphrases.build({**self.phrases, **expansions}, self.units, self.acronyms | set(expansions.values()))


# Numbers are still made one term each without any paraphrase list.
NO_PARAPHRASES = Paraphrases.build({})


def load_paraphrases(user_path: str | os.PathLike[str] | None = None) -> Paraphrases:
    """The packaged paraphrase groups, then the user's file, then ``user_path`` (same layout)."""

    def build(files: list[Path]) -> Paraphrases:
        phrases, units = dict(_packaged()[0]), set(_packaged()[1])
        for more_phrases, more_units in map(_read, files):
            phrases.update(more_phrases)
            units.update(more_units)
        return Paraphrases.build(phrases, units)

    return with_user_file(PARAPHRASES_FILE, build, user_path)


@lru_cache(maxsize=1)
def _packaged() -> tuple[dict[tuple[str, ...], str], frozenset[tuple[str, ...]]]:
    return _read(PACKAGED_PARAPHRASES)


def _read(path: Path) -> tuple[dict[tuple[str, ...], str], frozenset[tuple[str, ...]]]:
    document = read_yaml_file(path, "paraphrases")
    if document is None:
        return {}, frozenset()
    if not isinstance(document, dict):
        raise ReaderError(f"{path}: paraphrases must be a mapping with 'groups' and 'units'")
    groups = document.get("groups") or []
    units = document.get("units") or []
    if not isinstance(groups, list) or not all(_strings(group) and group for group in groups):
        raise ReaderError(f"{path}: 'groups' must be a list of lists of words or phrases")
    if not _strings(units):
        raise ReaderError(f"{path}: 'units' must be a list of words or phrases")
    phrases = {}
    for group in groups:
        canonical = " ".join(_phrase(group[0]))
        for form in group:
            if _phrase(form):
                phrases[_phrase(form)] = canonical
    return phrases, frozenset(_phrase(unit) for unit in units if _phrase(unit))


def _strings(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _phrase(form: str) -> tuple[str, ...]:
    return tuple(folded_words(words(form)))
