"""The terms alignment compares: a sentence's words with the ways news says one thing twice made equal.

Two reports of one claim rarely use the same words for its hardest facts:

- quantities: "30 million euros" / "€30 million" / "30m", "five years" /
  "5 years", "25 percent" / "25%". A number becomes one term holding its
  value ("30000000", "5"); a currency or percent word after it is dropped
  (the symbol is not a word, so only one side would have it);
- acronyms: "NPA" / "the Nordic Pilots Association". When an acronym occurs
  in one of the articles being compared and a capitalised run in any of them
  has its initials, the run becomes the acronym;
- common paraphrases ("lay off" / "dismiss", "staff" / "employees"), listed
  in `reader/data/paraphrases.yaml` and the user's own file of the same name:
  every form of a group becomes the group's first form.

Every rewrite maps one or more words to one term, so "a name counts as one
word" (`reader.align_weights`) keeps holding.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from reader.config import PARAPHRASES_FILE, user_config_path
from reader.errors import ReaderError
from reader.tokens import STOPWORDS, fold, words
from reader.yaml_files import read_yaml_file

PACKAGED_PARAPHRASES = Path(__file__).parent / "data" / "paraphrases.yaml"

NUMBER_WORDS = {
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
} | {word: 10 * tens for tens, word in enumerate("thirty forty fifty sixty seventy eighty ninety".split(), start=3)}
MULTIPLIERS = {
    "thousand": 10**3, "k": 10**3, "million": 10**6, "millions": 10**6, "m": 10**6, "mn": 10**6, "mln": 10**6,
    "billion": 10**9, "billions": 10**9, "bn": 10**9, "b": 10**9, "trillion": 10**12, "tn": 10**12,
}
# Digits (with thousands commas), an optional fraction, an optional glued
# multiplier ("30m", "1.2bn") and an optional hyphenated unit ("6.5-kilometre").
_NUMBER = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(k|m|mn|bn|tn)?(?:-([^\W\d_]+))?")
_DIGIT = re.compile(r"\d")
# Acronyms: two to six capitals ("NPA", "MCT"); longer runs are shouting, not initials.
# Word boundaries are checked on the (few) hits: a leading \b makes the scan of a long text 3x slower.
_CAPITALS = re.compile(r"[A-Z][A-Z]+")
MAX_ACRONYM = 6
ACRONYM_CONNECTORS = frozenset("of the for and de du la".split())
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

    @classmethod
    def build(
        cls, phrases: dict[tuple[str, ...], str], units: Iterable[tuple[str, ...]] = (), acronyms: Iterable[str] = ()
    ) -> Paraphrases:
        units = frozenset(units)
        singles = {phrase[0]: term for phrase, term in phrases.items() if len(phrase) == 1 and phrase[0] != term}
        singles.update((word, str(value)) for word, value in NUMBER_WORDS.items())
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
    phrases, units = dict(_packaged()[0]), set(_packaged()[1])
    extra = [user_config_path(PARAPHRASES_FILE)]
    for path in [p for p in extra if p.is_file()] + ([Path(user_path)] if user_path is not None else []):
        more_phrases, more_units = _read(path)
        phrases.update(more_phrases)
        units.update(more_units)
    return Paraphrases.build(phrases, units)


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
    return tuple(fold(word) for word in words(form))


def acronyms_in(text: str) -> set[str]:
    """Words of two to six capitals: "NPA", not "ROTTERDAM" nor the "MC" of "MCDonald"."""
    return {
        found.group()
        for found in _CAPITALS.finditer(text)
        if len(found.group()) <= MAX_ACRONYM and _word_edge(text, found.start(), found.end())
    }


def acronym_expansions(texts: Sequence[str]) -> dict[tuple[str, ...], str]:
    """Capitalised runs whose initials spell an acronym found in ``texts``: folded run -> folded acronym."""
    acronyms = sorted({found for text in texts for found in acronyms_in(text)}, key=len, reverse=True)
    if not acronyms:
        return {}
    # One pattern for every acronym's possible expansions: for "NPA", an N-word,
    # a P-word and an A-word, with connectors allowed between them.
    between = r"\s+(?:(?:" + "|".join(sorted(ACRONYM_CONNECTORS)) + r")\s+)*"
    expansion = re.compile(
        "|".join(
            rf"(?P<{acronym}>" + between.join(rf"{letter}[^\W\d_]*" for letter in acronym) + ")"
            for acronym in acronyms
        )
    )
    expansions: dict[tuple[str, ...], str] = {}
    for text in texts:
        for found in expansion.finditer(text):
            if not _word_edge(text, found.start(), found.end()):
                continue
            run = [w for w in words(found.group()) if fold(w) not in ACRONYM_CONNECTORS]
            if all(w[:1].isupper() and not w.isupper() for w in run):
                expansions[tuple(fold(w) for w in words(found.group()))] = found.lastgroup.casefold()
    return expansions


def _word_edge(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] neither starts nor ends inside a word."""
    return (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())


PLAIN, WORD_FOR_WORD, FULL = 0, 1, 2


def rewrite_needed(text: str, start: int, end: int, folded: Sequence[str], paraphrases: Paraphrases) -> int:
    """PLAIN (the sentence is its words), WORD_FOR_WORD (`rewrite_words` will do) or FULL (`rewrite`)."""
    digits = _DIGIT.search(text, start, end) is not None
    if not digits and paraphrases.triggers.isdisjoint(folded):
        return PLAIN
    present = set(folded)
    if digits or not paraphrases.phrase_starts.isdisjoint(present):
        return FULL
    if not NUMBER_WORDS.keys().isdisjoint(present) and not paraphrases.quantity_words.isdisjoint(present):
        return FULL
    return WORD_FOR_WORD


def rewrite_words(raw: Sequence[str], folded: Sequence[str], paraphrases: Paraphrases) -> tuple[list[str], list[str]]:
    """`rewrite` for a sentence without digits or phrases: one word for another."""
    singles = paraphrases.singles
    terms = [singles.get(word, word) for word in folded]
    return [r if f == t else t for r, f, t in zip(raw, folded, terms)], terms


def sentence_terms(
    text: str, start: int, end: int, raw: Sequence[str], folded: Sequence[str], paraphrases: Paraphrases
) -> tuple[Sequence[str], Sequence[str]]:
    """The sentence's (words as written, folded terms) after whichever rewrite it needs."""
    need = rewrite_needed(text, start, end, folded, paraphrases)
    if need == PLAIN:
        return raw, folded
    return (rewrite_words if need == WORD_FOR_WORD else rewrite)(raw, folded, paraphrases)


def rewrite(raw: Sequence[str], folded: Sequence[str], paraphrases: Paraphrases) -> tuple[list[str], list[str]]:
    """The sentence as (words as written, folded terms), numbers, acronyms and paraphrases made one term each.

    A rewritten term's written form keeps the case evidence names are found
    by: an acronym stays in capitals, every other term is lower-case.
    """
    out_raw: list[str] = []
    out_folded: list[str] = []
    longest = paraphrases.longest
    k = 0
    while k < len(folded):
        number = _number_at(folded, k, paraphrases.units)
        if number is not None:
            terms, k = number
            out_raw.extend(terms)
            out_folded.extend(terms)
            continue
        for size in range(min(longest, len(folded) - k), 0, -1):
            term = paraphrases.phrases.get(tuple(folded[k : k + size]))
            if term is not None:
                out_raw.append(term.upper() if term in paraphrases.acronyms else term)
                out_folded.append(term)
                k += size
                break
        else:
            out_raw.append(raw[k])
            out_folded.append(folded[k])
            k += 1
    return out_raw, out_folded


def is_number(term: str) -> bool:
    return term[:1].isdigit()


def stem(term: str, length: int) -> str:
    """A term's stem: its first ``length`` letters, a possessive dropped ("end's" is "end");
    a number whole ("30000000" is not "30000")."""
    return term if term[:1].isdigit() else term.removesuffix("'s")[:length]


def is_content(term: str) -> bool:
    """Terms that count: any number, and words of two letters or more that are not stopwords."""
    return term[:1].isdigit() or (len(term) > 1 and term not in STOPWORDS)


def _number_at(folded: Sequence[str], k: int, units: frozenset[tuple[str, ...]]) -> tuple[list[str], int] | None:
    """The terms of the quantity starting at word ``k`` and the index after it, or None."""
    word = folded[k]
    unit = None
    if word in NUMBER_WORDS:
        value: float = NUMBER_WORDS[word]
    else:
        found = _NUMBER.fullmatch(word)
        if found is None:
            return None
        digits, fraction, glued, unit = found.groups()
        value = float(digits.replace(",", "") + (fraction or ""))
        if glued:
            value *= MULTIPLIERS[glued]
    k += 1
    if k < len(folded) and folded[k] in MULTIPLIERS and len(folded[k]) > 1:
        value *= MULTIPLIERS[folded[k]]
        k += 1
    for size in (2, 1):
        if tuple(folded[k : k + size]) in units:
            k += size
            break
    value = round(float(value), 6)
    term = str(int(value)) if value.is_integer() and value < 1e18 else repr(value)
    return ([term, unit] if unit else [term]), k
