"""How much each stem of a sentence counts as evidence of shared reporting.

Two sentences about the same person are not the same claim. News sentences
share names and attribution framing ("Foreign Minister Olga Vance said ...",
"X, a lawyer for the International Committee of the Red Cross, warned ...")
far more often than they share what was said, and a long name contributes as
many stems as a whole clause. So, for the weighted Dice that gates a match
(`weighted_dice`):

- a name (a run of capitalised words, "of"/"the" and particles allowed
  inside) counts as about one word however long it is: each of its n stems
  weighs 1/n;
- reporting verbs and attribution nouns ("denied", "spokesperson") weigh
  `FRAME_WEIGHT`;
- every other content stem weighs 1.

Names are found by case alone, which is enough here: a single capitalised
word (a sentence opener such as "Officials", or "Hamas") is a run of one and
keeps weight 1, so only multi-word names are discounted. Words in capitals
throughout and title-case headings say nothing about names and are left alone.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache

from reader.core.align.terms import is_content, stem
from reader.core.errors import ReaderError
from reader.core.lexicons.verbs import packaged_verb_forms
from reader.core.text.tokens import fold

FRAME_WEIGHT = 0.25
# Spans of time ("a week ago", "last month", "this evening") frame when something
# was said or done; two sentences of one story share them by chance. (Day names
# are capitalised, so they count as names of one word, weight 1.) On the BASIL
# development pairs this removed one wrong match and no right one.
TIME_WEIGHT = 0.5
TIME_WORDS = frozenset(
    """
    today yesterday tomorrow tonight week weeks weekend month months year years day days night morning
    afternoon evening ago earlier later last next recent recently
    """.split()
)
# Lower-case words that may sit inside a name: "Bank of England", "Ursula von der Leyen".
NAME_CONNECTORS = frozenset("of the for de del der da di du la le van von bin al el".split())
# Above this share of capitalised words a sentence is a title-case heading.
MAX_CAPITALISED_SHARE = 0.8
# Attribution nouns: the heads of source phrases, which say who spoke, not what was said.
ATTRIBUTION_NOUNS = frozenset(
    """
    according quoted spokesperson spokesman spokeswoman spokespeople official officials source sources
    lawyer lawyers attorney adviser advisor aide aides envoy diplomat diplomats witness witnesses
    statement interview reporters journalist correspondent representative director
    """.split()
)


@lru_cache(maxsize=1)
def framing_words() -> frozenset[str]:
    """Reporting verbs (the packaged cue lexicon, one-word forms) and attribution nouns, folded."""
    try:
        verbs = packaged_verb_forms()
    except ReaderError:
        # The cue lexicon belongs to attribution extraction; alignment degrades to the nouns alone.
        verbs = frozenset()
    return frozenset(ATTRIBUTION_NOUNS | {fold(form) for form in verbs})


def stem_weights(words: list[str], folded: list[str], stem_length: int) -> dict[str, float]:
    """Each content stem of one sentence and its weight (the largest over its occurrences).

    `words` and `folded` are the sentence's words as written and folded.
    """
    known = known_words(stem_length)
    found = list(map(known.__getitem__, folded))
    word_weights = [weight for weight, _ in found]
    for first, end in _name_runs(words, folded):
        content = [k for k in range(first, end) if word_weights[k]]
        for k in content:
            word_weights[k] = 1.0 / len(content)
    weights: dict[str, float] = {}
    for (_, key), weight in zip(found, word_weights):
        if weight and weights.get(key, 0.0) < weight:
            weights[key] = weight
    return weights


class _KnownWords(dict[str, tuple[float, str]]):
    """A folded word's weight outside names and its stem, worked out once a word (news repeats its words)."""

    def __init__(self, frame: frozenset[str], stem_length: int) -> None:
        super().__init__()
        self.frame, self.stem_length = frame, stem_length

    def __missing__(self, word: str) -> tuple[float, str]:
        found = (_word_weight(word, self.frame), stem(word, self.stem_length))
        self[word] = found
        return found


_KNOWN: dict[int, _KnownWords] = {}
# Words kept at most (then forgotten all at once): a few tens of MB.
MAX_KNOWN_WORDS = 200_000


def known_words(stem_length: int) -> dict[str, tuple[float, str]]:
    """Each folded word's (weight outside names, stem), worked out on first use and kept by the process
    (bounded by `MAX_KNOWN_WORDS`). The weight is 0.0 exactly when the word is not content (`terms.is_content`)."""
    known = _KNOWN.get(stem_length)
    frame = framing_words()
    if known is None or known.frame is not frame or len(known) > MAX_KNOWN_WORDS:
        known = _KNOWN[stem_length] = _KnownWords(frame, stem_length)
    return known


def _word_weight(word: str, frame: frozenset[str]) -> float:
    if not is_content(word):
        return 0.0
    if word in frame:
        return FRAME_WEIGHT
    return TIME_WEIGHT if word.removesuffix("'s") in TIME_WORDS else 1.0


def weighted_dice(a: dict[str, float], b: dict[str, float]) -> float:
    """Dice over stems where each stem counts its weight on each side: 0..1."""
    total = sum(a.values()) + sum(b.values())
    if not total:
        return 0.0
    # Exact (`math.fsum`), so the order of the set of shared stems (it varies with PYTHONHASHSEED) cannot
    # change the last bit: a name's words weigh 1/n each, which a float sum rounds.
    shared = math.fsum(a[stem] + b[stem] for stem in a.keys() & b.keys())
    return shared / total


def shared_content(a: dict[str, float], b: dict[str, float]) -> int:
    """How many stems both sentences hold at full weight: neither framing nor part of a longer name."""
    return sum(1 for stem in a.keys() & b.keys() if a[stem] == 1.0 and b[stem] == 1.0)


def mostly_capitalised(capital: Sequence[bool]) -> bool:
    """Whether more than `MAX_CAPITALISED_SHARE` of a line's words are capitalised: a title-case line.

    ``capital`` says of each word whether it counts as capitalised, which the two
    users read differently, so the rule is shared and the counting is not: a
    name run does not count words in capitals throughout ("NATO": case says
    nothing there, and a line of acronyms still holds names), a heading does
    ("NATO Leaders Meet In Paris?" is a headline). One counting for both would
    change which lines are headings or which names weigh.
    """
    return sum(capital) > MAX_CAPITALISED_SHARE * len(capital)


def _name_runs(words: list[str], folded: list[str]) -> list[tuple[int, int]]:
    """(first, end) word ranges of the sentence's names: capitalised words, with connectors between them.

    Words in capitals throughout ("NATO", or a whole sentence in capitals) are
    not counted: case says nothing there. A sentence whose words are nearly all
    capitalised is a title-case heading, not a run of names.
    """
    capital = [w[:1].isupper() and not w.isupper() for w in words]
    if mostly_capitalised(capital):
        return []
    runs: list[tuple[int, int]] = []
    k = 0
    while True:
        try:
            first = capital.index(True, k)
        except ValueError:
            return runs
        end = first + 1
        while True:
            after = end
            while after < len(words) and not capital[after] and folded[after] in NAME_CONNECTORS:
                after += 1
            if after < len(words) and capital[after]:
                end = after + 1
            else:
                break
        runs.append((first, end))
        k = end
