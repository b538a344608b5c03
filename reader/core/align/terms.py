"""The terms alignment compares: a sentence's words with the ways news says one thing twice made equal.

Two reports of one claim rarely use the same words for its hardest facts:

- quantities: "30 million euros" / "€30 million" / "30m", "five years" /
  "5 years", "twenty-five" / "25", "25 percent" / "25%", "eighth" / "8th".
  A number becomes one term holding its value ("30000000", "5"); a currency
  or percent word after it is dropped (the symbol is not a word, so only one
  side would have it); a score or range written as one word ("134-to-63",
  "2006-2012") is its two numbers, as "134 to 63" or "2006 until 2012" are;
  an age ("76-year-old") is its number;
- acronyms: "NPA" / "the Nordic Pilots Association". When an acronym occurs
  in one of the articles being compared and a capitalised run in any of them
  has its initials, the run becomes the acronym;
- common paraphrases ("lay off" / "dismiss", "staff" / "employees"), listed
  in `reader/core/lexicons/data/paraphrases.yaml` and the user's own file of the same name:
  every form of a group becomes the group's first form.

Every rewrite maps one or more words to one term, so "a name counts as one
word" (`reader.core.align.weights`) keeps holding.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.lexicons.paraphrases import MULTIPLIERS, NUMBER_WORDS, ORDINAL_WORDS, Paraphrases
from reader.core.text.tokens import DIGITS, STOPWORDS, fold, words

# Digits (with thousands commas), an optional fraction, an optional glued
# multiplier ("30m", "1.2bn") and an optional hyphenated unit ("6.5-kilometre").
_NUMBER = re.compile(rf"({DIGITS})(\.\d+)?(k|m|mn|bn|tn)?(?:-([^\W\d_]+(?:-[^\W\d_]+)*))?")
# A score or a range in one word: "396-9", "134-to-63", "2006-2012".
_SCORE = re.compile(r"(\d+)-(?:to-)?(\d+)")
# Odds or a share in one word: "1-in-3", "2-of-5" (the lexicon makes "one-in-three" the same term).
_RATIO = re.compile(r"(\d+)-(in|of)-(\d+)")
_DIGIT = re.compile(r"\d")
# Acronyms: two to six capitals ("NPA", "MCT"); longer runs are shouting, not initials.
# Word boundaries are checked on the (few) hits: a leading \b makes the scan of a long text 3x slower.
_CAPITALS = re.compile(r"[A-Z][A-Z]+")
MAX_ACRONYM = 6
ACRONYM_CONNECTORS = frozenset("of the for and de du la".split())
# Capitalised words with connectors between them: where an acronym's expansion can be.
_CAPITALISED_RUN = re.compile(r"[A-Z][^\W\d_]*(?:\s+(?:(?:" + "|".join(sorted(ACRONYM_CONNECTORS)) + r")\s+)*[A-Z][^\W\d_]*)+")
_LETTERS = re.compile(r"[^\W\d_]+")


def acronyms_in(text: str) -> set[str]:
    """Words of two to six capitals: "NPA", not "ROTTERDAM" nor the "MC" of "MCDonald"."""
    return {
        found.group()
        for found in _CAPITALS.finditer(text)
        if len(found.group()) <= MAX_ACRONYM and _word_edge(text, found.start(), found.end())
    }


def acronym_expansions(texts: Sequence[str]) -> dict[tuple[str, ...], str]:
    """Capitalised runs whose initials spell an acronym found in ``texts``: folded run -> folded acronym.

    Each run of capitalised words (connectors allowed between them) is read
    once and its initials looked up, longest first, so the cost grows with the
    text and not with the number of acronyms times the text.
    """
    acronyms = {found for text in texts for found in acronyms_in(text)}
    if not acronyms:
        return {}
    lengths = sorted({len(acronym) for acronym in acronyms}, reverse=True)
    expansions: dict[tuple[str, ...], str] = {}
    # A run's expansions depend on its characters and the one on either side (word edges): texts
    # repeat their names, so each distinct run is read once and its finds replayed in order.
    seen: dict[tuple[bool, bool, str], list[tuple[tuple[str, ...], str]]] = {}
    for text in texts:
        for found in _CAPITALISED_RUN.finditer(text):
            start, end = found.span()
            if end - start < 3:
                continue
            key = (start == 0, end == len(text), text[max(0, start - 1) : end + 1])
            finds = seen.get(key)
            if finds is None:
                finds = seen[key] = []
                _expand_run(text, start, end, acronyms, lengths, finds)
            for phrase, acronym in finds:
                expansions[phrase] = acronym
    return expansions


def _expand_run(
    text: str, start: int, end: int, acronyms: set[str], lengths: list[int], finds: list[tuple[tuple[str, ...], str]]
) -> None:
    """Expansions inside one capitalised run, as (folded words, folded acronym) appended to ``finds``:
    from each capitalised word, the longest span of capitalised words whose initials are an acronym;
    spans do not overlap. Reads ``text[start - 1 : end + 1]`` only."""
    spans = [(word.start(), word.end()) for word in _LETTERS.finditer(text, start, end)]
    capital = [k for k, (s, _) in enumerate(spans) if text[s].isupper()]
    k = 0
    while k < len(capital):
        for length in lengths:
            if k + length > len(capital):
                continue
            chosen = capital[k : k + length]
            if "".join(text[spans[c][0]] for c in chosen) not in acronyms:
                continue
            first, last = spans[chosen[0]][0], spans[chosen[-1]][1]
            if _word_edge(text, first, last):
                run = [text[spans[c][0] : spans[c][1]] for c in chosen]
                if all(not word.isupper() for word in run):
                    finds.append((tuple(fold(w) for w in words(text, first, last)), "".join(w[0] for w in run).casefold()))
            k += length
            break
        else:
            k += 1


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
    return terms_for(rewrite_needed(text, start, end, folded, paraphrases), raw, folded, paraphrases)


def terms_for(
    need: int, raw: Sequence[str], folded: Sequence[str], paraphrases: Paraphrases
) -> tuple[Sequence[str], Sequence[str]]:
    """`sentence_terms` once `rewrite_needed` has said what the sentence ``need``s."""
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
    phrases, starts = paraphrases.phrases, paraphrases.phrase_starts
    one_word = paraphrases.one_word
    k = 0
    while k < len(folded):
        word = folded[k]
        # `_number_at` finds nothing unless the word starts with a digit or is a number word.
        number = _number_at(folded, k, paraphrases.units) if word[:1].isdigit() or word in _NUMBER_STARTS else None
        if number is not None:
            terms, k = number
            out_raw.extend(terms)
            out_folded.extend(terms)
            continue
        if word not in starts:  # only a phrase's first word can start a phrase of several words
            term = one_word.get(word)
            if term is not None:
                out_raw.append(term.upper() if term in paraphrases.acronyms else term)
                out_folded.append(term)
            else:
                # One word for another that is not a phrase: a contraction, odds in words.
                single = paraphrases.singles.get(word)
                out_raw.append(raw[k] if single is None else single)
                out_folded.append(word if single is None else single)
            k += 1
            continue
        for size in range(min(longest, len(folded) - k), 0, -1):
            term = phrases.get(tuple(folded[k : k + size]))
            if term is not None:
                out_raw.append(term.upper() if term in paraphrases.acronyms else term)
                out_folded.append(term)
                k += size
                break
        else:
            # One word for another that is not a phrase: a contraction, odds in words.
            single = paraphrases.singles.get(word)
            out_raw.append(raw[k] if single is None else single)
            out_folded.append(word if single is None else single)
            k += 1
    return out_raw, out_folded


_NUMBER_STARTS = frozenset(NUMBER_WORDS) | frozenset(ORDINAL_WORDS)


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
    ratio = _RATIO.fullmatch(word)
    if ratio is not None:
        return [f"{int(ratio[1])}-{ratio[2]}-{int(ratio[3])}"], k + 1
    score = _SCORE.fullmatch(word)
    if score is not None:
        return [str(int(score[1])), str(int(score[2]))], k + 1
    if word in ORDINAL_WORDS:
        return [ORDINAL_WORDS[word]], k + 1
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
