"""Reporting nouns `noun_cue` does not read, in two frames:

- the noun as a subject: `Another criticism among rank-and-file House Democrats was that the top posts are
  largely filled by East and West coast members`, `The concern within the administration is that ...`: the
  phrase after "among"/"from"/"within" is the source, the clause after "was that" the content;
- the noun as what an act earns: `That brought criticism from Republican National Committee spokesman Michael
  Short on Sunday`, `The proposal has drawn harsh criticism from fellow GOP presidential hopefuls`: the phrase
  after "from" is the source and the act (the verb's subject) the content; a bare "That"/"This" opening the
  sentence stands for the sentence before, which is then the content. Kind "object", like a passive "was
  criticized by S".

One regular expression each per article. PolNeAR annotates both (cue "The concern", "has drawn harsh
criticism"); "backlash", "outrage" and "rebukes from" are left out (not annotated there).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Sequence

from reader.core.attributions.forms.clauses import Found, indirect, past_conjunction, starts_of, trim
from reader.core.attributions.forms.noun_cue import NOUN_CLASSES
from reader.core.attributions.sources import head_word, phrase_after
from reader.core.attributions.subjects import before_adverbs
from reader.core.model import Span
from reader.core.text.holding import literal_starts
from reader.core.text.quotes import QuoteIndex

# The reporting nouns (classes in `noun_cue.NOUN_CLASSES`) each frame takes, in a fixed order for the regexes.
SUBJECT_NOUNS = tuple(
    """criticism criticisms complaint complaints concern concerns fear fears worry argument claim belief view consensus
    sentiment assumption suspicion expectation""".split()
)
# Matched backwards from each " that " (a literal search, fast on long texts) after a form of "be".
_NOUN_IS_THAT = re.compile(
    r"\b(?P<cue>" + "|".join(f"[{w[0]}{w[0].upper()}]{w[1:]}" for w in SUBJECT_NOUNS) + r")\s+(?:among|from|within|inside|by)"
    r"\s+(?P<source>[^.;:,\"“”]{2,80}?)\s+(?:is|was|are|were|has\s+been|had\s+been|remains|remained)\s+that\s$"
)
_BE_WORDS = frozenset("is was are were been remains remained".split())
EARNED_NOUNS = ("criticism", "criticisms", "scorn", "condemnation", "praise")
# Matched backwards from each " from " (a literal search) after one of the nouns.
_EARNED = re.compile(
    r"\b(?P<verb>brought|brings|bring|bringing|drew|draws|draw|drawn|drawing|sparked|sparks|sparking|triggered|provoked"
    r"|elicited|earned|earning|attracted|prompted|prompting)\s+(?:(?:swift|sharp|harsh|immediate|strong|fierce|some|more"
    r"|widespread|bipartisan|heavy|quick|intense|much|early|high)\s+){0,2}(?P<cue>" + "|".join(EARNED_NOUNS) + r")\s+from\s$"
)
# "Clinton received support from six in 10 Democrats", "Cruz won the endorsement of Gov. Scott Walker": a position
# the phrase after "from"/"of" takes on the subject (PolNeAR train: 20 of 29 annotated, 7 of the rest nested in
# another attribution's content).
RECEIVED_NOUNS = ("support", "backing", "endorsement", "endorsements")
_RECEIVED = re.compile(
    r"\b(?P<verb>received|receiving|receives|receive|won|wins|winning|drew|draws|drawing|drawn|earned|earning|earns"
    r"|consolidated|consolidating|gained|gaining|garnered|garnering|enjoyed|enjoys|enjoying|attracted|attracts|secured"
    r"|securing|picked\s+up|picking\s+up|picks\s+up|landed|lands|nabbed|snagged)\s+(?:(?:the|his|her|their|its|a|strong"
    r"|broad|overwhelming|more|most|some|significant|solid|much|wide|widespread|early|key|critical|crucial|even|stronger"
    r"|greater|heavy|unanimous|formal|official|public|full|[a-z]+ly)\s+){0,3}(?P<cue>" + "|".join(RECEIVED_NOUNS) + r")"
    r"\s+(?:from|of)\s$"
)
_RECEIVED_PHRASES = tuple(f"{noun} {link} " for noun in RECEIVED_NOUNS for link in ("from", "of"))
_SUBJECT_START = re.compile(r"[,;:—]\s*|\b(?:that|which|who|after|when|while|because|and|but)\s+")
_AGENT_END = re.compile(r"\s+(?:for|over|in|on|during|after|with|because|since|to|who|when|as)\b")
# "six in 10 Democrats", "one in five voters": a ratio, whose " in " does not end the source phrase.
_NUMBER = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)"
_RATIO_IN = re.compile(rf"\b{_NUMBER}\s+in\s+{_NUMBER}\b", re.I)
_DEMONSTRATIVES = frozenset({"that", "this", "it"})
MAX_FRAME_SOURCE_WORDS = 10  # a frame's source phrase, longer than `noun_cue`'s: "among rank-and-file House Democrats"


def noun_frames(text: str, sentences: Sequence[Span], quotes: QuoteIndex, starts: Sequence[int] | None = None) -> list[Found]:
    """Every noun-frame attribution of the article; ``starts``: the sentences' starts, when the caller keeps them."""
    starts = starts_of(sentences, starts)
    found: list[Found] = []
    for after in _BE_THAT.finditer(text):
        at = after.end()
        m = _NOUN_IS_THAT.search(text, max(0, at - 150), at)
        k = bisect.bisect_right(starts, at) - 1
        if m is None or k < 0 or m.start() < sentences[k].start or quotes.enclosing(m.start()) is not None:
            continue
        source = Span(*m.span("source"))
        if len(text[source.start : source.end].split()) > MAX_FRAME_SOURCE_WORDS:
            continue
        kind, form, content = indirect(text, sentences[k], m.end(), "noun-is-that", quotes)
        if kind is None or form is None or content is None:
            continue
        cue_class = NOUN_CLASSES[m.group("cue").lower()]
        found.append(Found(Span(*m.span("cue")), source, content, kind, form, cue_class, head_word(text, source)))
    for after in _EARNED_FROM.finditer(text):
        at = after.end()
        m = _EARNED.search(text, max(0, at - 80), at)
        if m is not None and (hit := _earned(text, sentences, starts, quotes, m, "noun-earned")) is not None:
            found.append(hit)
    received = literal_starts(text, _RECEIVED_PHRASES)  # "support from ", ...: rarer than every " of "
    for phrase in _RECEIVED_PHRASES:
        for at in received[phrase]:
            m = _RECEIVED.search(text, max(0, at - 90), at + len(phrase))
            if m is not None and (hit := _earned(text, sentences, starts, quotes, m, "noun-received")) is not None:
                found.append(hit)
    return found


def _after_word(literal: str, before: Collection[str]) -> re.Pattern[str]:
    """Where ``literal`` (a blank, a word, a blank) ends when the word before it is one of ``before`` and a blank or
    the text's start comes before that word: the `end()` of each match.

    The pattern opens with the literal, so the regex engine skips to each copy of it as `str.find` would, and the
    word before is checked in the engine (a look behind per word), not in a Python loop over every " that ". A
    match never hides another: the next copy of the literal that overlaps a match has the literal's own word
    ("that", "from") before it, and that is none of ``before``."""
    words = "|".join(f"(?<=(?<![^ ]){re.escape(word + literal)})" for word in sorted(before))
    return re.compile(f"{re.escape(literal)}(?:{words})")


_BE_THAT = _after_word(" that ", _BE_WORDS)  # "The concern ... is that "
_EARNED_FROM = _after_word(" from ", EARNED_NOUNS)  # "drew criticism from "


def _agent_end(text: str, source: Span) -> int:
    """Where the source phrase after "from"/"of" ends: before "for", "in 2015", "during" ..., but not inside a
    ratio "six in 10"."""
    for cut in _AGENT_END.finditer(text, source.start, source.end):
        if cut.start() == source.start:
            continue
        if cut.group().lstrip() == "in":
            word = text.rfind(" ", source.start, cut.start()) + 1
            ratio = _RATIO_IN.match(text, max(word, source.start), source.end)
            if ratio is not None:
                continue
        return cut.start()
    return source.end


def _earned(
    text: str, sentences: Sequence[Span], starts: Sequence[int], quotes: QuoteIndex, m: re.Match[str], form: str
) -> Found | None:
    """The attribution of the `_EARNED`/`_RECEIVED` match ``m`` ("drew criticism from ", "won the endorsement of "):
    the phrase after it is the source, the verb's subject (or the sentence before, for "That") the content."""
    k = bisect.bisect_right(starts, m.end()) - 1
    if k < 0 or m.start() < sentences[k].start or quotes.enclosing(m.start()) is not None:
        return None
    sentence = sentences[k]
    source = phrase_after(text, m.end(), sentence.end)
    if source is None:
        return None
    source = Span(source.start, _agent_end(text, source))
    if not 0 < len(text[source.start : source.end].split()) <= MAX_FRAME_SOURCE_WORDS:
        return None
    verb_start = m.start("verb")
    subject_end = before_adverbs(text, sentence.start, verb_start)  # "The plan has also drawn": auxiliaries, adverbs
    start = sentence.start
    for b in _SUBJECT_START.finditer(text, sentence.start, subject_end):
        start = b.end()
    start = past_conjunction(text, start, subject_end)
    subject = trim(text, Span(start, subject_end))
    words = text[subject.start : subject.end].split()
    if not words or len(words) > 12:
        return None
    if len(words) == 1 and words[0].lower() in _DEMONSTRATIVES and start == sentence.start and k > 0:
        subject = trim(text, sentences[k - 1])  # "That brought criticism from ...": what the sentence before says
    if len(subject) == 0 or subject.overlaps(source):
        return None
    cue_class = NOUN_CLASSES[m.group("cue")]
    return Found(Span(*m.span("cue")), source, subject, "object", form, cue_class, head_word(text, source))
