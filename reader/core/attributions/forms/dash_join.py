"""Two attributions joined by a dash: `The flight is going to be $1 million, the official said - a media-tracking
source said about $400,000 has been placed so far.`

The segmenter keeps the dash inside one sentence, so the first cue took the second attribution as its content
("- a media-tracking source said ...") and the second cue had no sentence of its own. When a sentence holds one
spaced dash (" - ", " -- ", " — ", " – "), the word before it is a cue of speech and a comma comes before that
cue (`C, S said`), the sentence is split in two there, once, right after segmentation, so every
form and the resolver see two sentences. Two dashes are an aside (`Trump said — without
evidence — that ...`) and are left alone.

The cue words double as nouns and participles ("secretary of state - the private one", "in Southern states - and
who ...", "disheveled and shouting — only to ..."), so both sides must read as attributions: the cue before the dash
does not follow a determiner, preposition or conjunction (`_NOT_A_SUBJECT`: "of state", "and shouting"), and either
it follows a subject pronoun ("C, they complain - and ...": the claim before the cue still gets its own sentence) or
a cue of speech that does not follow such a word comes within `_CUE_AFTER_WORDS` words after the dash ("- a
media-tracking source said ...", "- a report released by X last year estimated that ..."). On PolNeAR train this
keeps 2 of the 10 splits: the one true join and "they complain".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from reader.core.attributions.sources import PRONOUNS
from reader.core.lexicons.verbs import ReportingVerbs
from reader.core.model import Span

_DASHES = (" - ", " -- ", " — ", " – ")
_BY_STEM = {stem: [dash for dash in _DASHES if dash.startswith(stem)] for stem in {dash[:2] for dash in _DASHES}}
_WORD_BEFORE = re.compile(r"(\w+)\s*$")
_WORDS = re.compile(r"[\w'’-]+|[^\w\s]")
_CUE_AFTER_WORDS = 12
# Words after which a cue word is a noun or a participle, not the verb of a subject: "of state", "the states",
# "their report", "and shouting".
_NOT_A_SUBJECT = frozenset(
    "a an the this that these those his her its their our my your of in on at from to for by with into "
    "and or but nor home".split()
)


def spaced_dashes(text: str) -> list[tuple[int, int]]:
    """Every spaced dash of the text as (start, end), blanks included, in order (literal searches: fast)."""
    found: list[tuple[int, int]] = []
    for stem, dashes in _BY_STEM.items():  # " - " and " -- " in one pass for " -": a pass reads the whole text
        at = text.find(stem)
        while at >= 0:
            found.extend((at, at + len(dash)) for dash in dashes if text.startswith(dash, at))
            at = text.find(stem, at + 1)
    return sorted(found)


def split_joining_dashes(text: str, sentences: Sequence[Span], verbs: ReportingVerbs) -> list[Span]:
    """``sentences`` with each sentence that holds a dash joining two attributions split in two around it."""
    dashes = spaced_dashes(text)
    refined = list(sentences)
    if not dashes:
        return refined
    starts = [s.start for s in sentences]
    holding = {bisect.bisect_right(starts, start) - 1 for start, _ in dashes}  # only sentences with a dash are read
    for k in sorted(holding, reverse=True):  # from the end, so that a split leaves the indices before it in place
        parts = _dash_parts(text, sentences[k], dashes, verbs) if k >= 0 else None
        if parts is not None:
            refined[k : k + 1] = parts
    return refined


def _dash_parts(text: str, sentence: Span, dashes: list[tuple[int, int]], verbs: ReportingVerbs) -> tuple[Span, Span] | None:
    """The sentence's two parts around a dash that joins two attributions, or None when it holds no such dash
    (``dashes``: `spaced_dashes` of the text)."""
    lo = bisect.bisect_left(dashes, (sentence.start, 0))
    hi = bisect.bisect_left(dashes, (sentence.end, 0))
    if hi - lo != 1:
        return None
    start, end = dashes[lo]
    word = _WORD_BEFORE.search(text, max(sentence.start, start - 30), start)
    if word is None or verbs.class_of(word.group(1).lower()) != "say":
        return None
    if text.find(",", sentence.start, word.start()) < 0:
        return None  # `Trump said - without evidence - ...`: no content before the cue, so no trailing attribution
    before = _WORD_BEFORE.search(text, max(sentence.start, word.start() - 30), word.start())
    if before is not None and before.group(1).lower() in _NOT_A_SUBJECT:
        return None  # "secretary of state - the private one": a noun, not a cue
    if (before is None or before.group(1).lower() not in PRONOUNS) and not _cue_follows(text[end : sentence.end], verbs):
        return None  # "out of state - although ...": nothing after the dash is attributed, and "state" has no subject
    return Span(sentence.start, start), Span(end, sentence.end)


def _cue_follows(after: str, verbs: ReportingVerbs) -> bool:
    """Whether a cue of speech that reads as a verb (no determiner, preposition or conjunction right before it)
    comes within the first `_CUE_AFTER_WORDS` words of ``after`` (the text after the dash)."""
    words = [w.lower() for w in _WORDS.findall(after)[:_CUE_AFTER_WORDS]]
    return any(verbs.is_speech_verb(w) and (i == 0 or words[i - 1] not in _NOT_A_SUBJECT) for i, w in enumerate(words))
