"""The source of an attribution: find its noun phrase.

Finding works on the words just left of a cue ("Egyptian journalist Ashraf
Abu Al-Houl said") or just right of a fixed phrase ("according to the
report"). Who the phrase is, is `reader.core.attributions.resolve`'s business.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from reader.core.attributions.mark_names import after_mark
from reader.core.attributions.source_links import MEDIUM_REACH, attaches, without_medium
from reader.core.lexicons.verbs import ReportingVerbs
from reader.core.model import Span
from reader.core.text.tokens import DIGIT_COMMA, MONTH, WEEKDAY

# A word (with inner hyphens, apostrophes and dots: "Al-Houl", "Hamas's", "U.S."), or one punctuation mark. A
# number's commas stay inside it ("1,500 said": the source is "1,500"; "3,5 million people", `DIGIT_COMMA`).
TOKEN = re.compile(rf"[^\W_]+(?:['’\-.][^\W_]+|{DIGIT_COMMA})*|[^\w\s]")

# Between a subject and its verb: auxiliaries and adverbs ("Al-Houl further said", "has reportedly told").
SKIP_BEFORE_CUE = frozenset(
    """has have had is was were are am be been being will would could should may might can did does do
    also further later earlier previously reportedly allegedly then once again repeatedly publicly
    recently already not never first last subsequently separately privately openly instead
    just long still now even ever always often since yet initially originally quickly immediately
    doesn't don't didn't isn't wasn't hasn't haven't won't wouldn't can't couldn't
    doesn’t don’t didn’t isn’t wasn’t hasn’t haven’t won’t wouldn’t can’t couldn’t""".split()
)
# Lower-case words in -ly that are nouns, not adverbs: they may end a source phrase ("the family said").
_LY_NOUNS = frozenset("family ally rally supply assembly monopoly anomaly belly bully jelly lily reply italy".split())


def skips_before_cue(word: str) -> bool:
    """An auxiliary or adverb between a subject and its cue ("has long denied", "emphatically disputed").

    Only a lower-case word in -ly is an adverb: "Kelly said", "Jolly said", "Mrs. Schlafly said" are names."""
    low = word.lower()
    return low in SKIP_BEFORE_CUE or (
        len(low) > 4 and low.endswith("ly") and word[:1].islower() and low.isalpha() and low not in _LY_NOUNS
    )


BOUNDARY_WORDS = frozenset(
    """that which who whom whose when while as because if and but or nor after before since where than so
    then though although until unless whether why how what where whereas""".split()
)
PREPOSITIONS = frozenset("of for at from in with to on by about over under into near among within".split())
DETERMINERS = frozenset(
    "the a an his her its their our my your this these those some many several other another any each".split()
)
PRONOUNS = frozenset("he she they it we i you".split())
# Determiners that stand alone as a subject ("Several said", "Some say", "others argued", "Yet another said").
QUANTIFIERS = frozenset("some many several most others both few another".split())
# Modifiers that may stand before a name without breaking it ("senior Hamas figure Mahmoud al-Zahar").
NAME_MODIFIERS = frozenset("senior former top veteran prominent local foreign chief deputy acting leading".split())
# Capitalised words that usually modify rather than name ("Egyptian sources"): nationality adjectives.
DEMONYM_SUFFIXES = ("ian", "ean", "ese", "ish", "i", "ic", "can")
DEMONYMS = frozenset("saudi thai french dutch greek swiss british german israeli iraqi arab".split())
# Abbreviated titles whose dot does not end the phrase ("Mr. Rogan", "Sen. Mitch McConnell").
TITLE_ABBREVIATIONS = frozenset(
    "mr mrs ms dr sen rep gov gen lt col sgt capt prof rev st jr sr cmdr adm maj supt insp det pres amb atty".split()
)
MAX_SOURCE_WORDS = 12
# `source_before`'s answers by window: (window text, cut) -> (offsets in the window, status).
SourceMemo = dict[tuple[str, bool], tuple[tuple[int, int] | None, str]]
SOURCE_WINDOW = 120  # characters left of a cue that can hold its source phrase


def words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in TOKEN.finditer(text, start, end)]


def first_words(text: str, start: int, end: int, count: int) -> list[tuple[int, int]]:
    """`words(text, start, end)[:count]`, the rest not tokenised."""
    return [m.span() for m in itertools.islice(TOKEN.finditer(text, start, end), count)]


def is_word(text: str, tok: tuple[int, int]) -> bool:
    return text[tok[0]].isalnum()


def is_demonym(word: str) -> bool:
    low = word.lower()
    return word[:1].isupper() and (low in DEMONYMS or (len(low) > 4 and low.endswith(DEMONYM_SUFFIXES)))


def source_before(
    text: str, sent_start: int, cue_start: int, verbs: ReportingVerbs, memo: SourceMemo | None = None
) -> tuple[Span | None, str]:
    """The subject noun phrase left of a cue, and what stopped the search.

    The second value is "np" when a phrase was found, "comma" when the cue
    follows a comma or quote (an inverted or trailing cue), "coordinated" when
    it follows "and"/"but" (the subject is the clause's first phrase), and
    "none" otherwise. The answer depends on the words of a short window alone,
    and half the windows of a news article recur ("Foreign Minister Olga Vance
    said"): ``memo``, when given, keeps answers by window.
    """
    # A source is a few words long: a short window is plenty, and long sentences stay cheap.
    start = max(sent_start, cue_start - SOURCE_WINDOW)
    key = (text[start:cue_start], cue_start - SOURCE_WINDOW > sent_start)
    found = memo.get(key) if memo is not None else None
    if found is None:
        found = _subject_in(*key, verbs)
        if memo is not None:
            memo[key] = found
    offsets, status = found
    return (Span(start + offsets[0], start + offsets[1]) if offsets else None), status


def _percent_sign(text: str, toks: list[tuple[int, int]], i: int) -> bool:
    """Whether token ``i`` is a "%" right after a figure ("47% say"), which `TOKEN` splits off as punctuation."""
    return text[toks[i][0] : toks[i][1]] == "%" and i >= 1 and text[toks[i - 1][1] - 1].isdigit()


_Subject = tuple[tuple[int, int] | None, str]
# Tokenising the window is a third of `_subject_in`, and a source phrase is a few words long: the window's last
# `_TAIL` characters are read first, the whole window only when the reading reaches their first token.
_TAIL = 40


def _subject_in(text: str, cut: bool, verbs: ReportingVerbs) -> _Subject:
    """`source_before` within a window of text; ``cut`` when the window starts inside the sentence."""
    time = time_before_cue(text)
    end = time.start() if time else len(text)
    # From a blank on, the tokens are the whole window's (none spans a blank); one token before it is the word
    # ``cut`` drops. Every rule reads a token and the one before it (a bracket: five before), relative to the
    # last token: a reading that stays off the tail's first token reads the same in the whole window.
    tail = text.rfind(" ", 0, end - _TAIL) if end > _TAIL else -1
    if tail > 0 and TOKEN.search(text, 0, tail) is not None:
        toks = words(text, tail, end)
        if len(toks) >= MEDIUM_REACH:
            found, reach = _subject_of(text, toks, verbs)
            if reach >= 1:
                return found
    toks = words(text, 0, end)
    if toks and cut:
        toks = toks[1:]  # the first word may be cut in half
    return _subject_of(text, toks, verbs)[0]


def _subject_of(text: str, toks: list[tuple[int, int]], verbs: ReportingVerbs) -> tuple[_Subject, int]:
    """`_subject_in` on the window's tokens, and the lowest token index the reading moved to (a bracket's: four
    less), which a token before must back: below 1, the tokens may not be all there are."""
    toks = without_medium(text, toks, verbs)
    i = reach = _past_skipped(text, toks, floating=True)
    if i >= 0 and (not is_word(text, toks[i]) or text[toks[i][0] : toks[i][1]].lower() in BOUNDARY_WORDS):
        i = _past_skipped(text, toks, floating=False)  # "X, who has both endorsed": the quantifier is the subject
    if i < 0:
        return (None, "none"), i
    if text[toks[i][0] : toks[i][1]] == ")":
        reach = min(reach, i - 4)  # `_bracket_before` looks up to five tokens back
    bracket_end = None
    opening = _bracket_before(text, toks, i)
    if opening is not None:  # "National Civil Defense Institute (INDECI) said": the acronym belongs to the name
        bracket_end, i = toks[i][1], opening - 1
        if i < 0 or not is_word(text, toks[i]):
            return (None, "none"), min(reach, i)
    elif text[toks[i][0] : toks[i][1]] == "." and i >= 1 and text[toks[i - 1][0] : toks[i - 1][1]].lower() in ("jr", "sr"):
        bracket_end, i = toks[i][1], i - 1  # "James R. Clapper Jr., the director, conceded": the dot ends the name
    first = text[toks[i][0] : toks[i][1]].lower()
    if not is_word(text, toks[i]) and not _percent_sign(text, toks, i):
        return (None, "comma"), min(reach, i)
    if first in ("and", "but"):
        return (None, "coordinated"), min(reach, i)
    if first in PRONOUNS or _contracted_pronoun(first):
        return (toks[i], "np"), min(reach, i)  # "he said", "she’d asked"
    picked: list[tuple[int, int]] = []
    name_run = True  # every picked word is capitalised and no demonym
    while i >= 0 and len(picked) < MAX_SOURCE_WORDS:
        tok = toks[i]
        word = text[tok[0] : tok[1]]
        low = word.lower()
        before = text[toks[i - 1][0] : toks[i - 1][1]] if i >= 1 else ""
        if word == "." and picked and (before.lower() in TITLE_ABBREVIATIONS or (len(before) == 1 and before.isupper())):
            picked.insert(0, toks[i - 1])  # "Mr." before a name, "J." inside one
            i -= 2
            continue
        if _percent_sign(text, toks, i):
            picked.insert(0, tok)  # "47% say": the figure's sign is part of the phrase
            i -= 1
            continue
        if low in ("and", "&") and _joins_name(text, toks, i, picked, name_run):
            picked.insert(0, tok)  # "Employment and Labour Relations Court": one name
            i -= 1
            continue
        if not text[tok[0]].isalnum() or low in BOUNDARY_WORDS or low in PRONOUNS or word in _SPEECH_VERBS:
            break  # (a lower-case verb of speech ends the phrase: "X said closed primaries ... deny")
        if low in SKIP_BEFORE_CUE and not (not picked and after_mark(text, toks, i)):
            break
        if low in PREPOSITIONS and not (not picked and after_mark(text, toks, i)):  # `"Q," From said`: a name
            if not attaches(text, toks, i, verbs):
                break
        elif picked and name_run and word[:1].islower():
            if low not in verbs.role_heads and low not in NAME_MODIFIERS and low not in DETERMINERS:
                break
        picked.insert(0, tok)
        name_run = name_run and word[0].isupper() and not is_demonym(word)
        i -= 1
        if low in DETERMINERS or low.endswith(("'s", "’s")) and len(picked) > 1:
            if low not in DETERMINERS and i >= 0 and text[toks[i][0] : toks[i][1]].lower() in DETERMINERS:
                picked.insert(0, toks[i])  # "the mediator's office"
                i -= 1
            if not (i >= 1 and text[toks[i][0] : toks[i][1]].lower() in PREPOSITIONS and attaches(text, toks, i, verbs)):
                break
    while picked and text[picked[0][0] : picked[0][1]].lower() in PREPOSITIONS and not after_mark(text, toks, i + 1):
        picked.pop(0)
    if len(picked) == 1 and text[picked[0][0] : picked[0][1]].lower() in QUANTIFIERS:
        return (picked[0], "np"), min(reach, i)  # "Several said", "some say", "many said Monday"
    if not picked or text[picked[-1][0] : picked[-1][1]].lower() in DETERMINERS:
        return (None, "none"), min(reach, i)
    return ((picked[0][0], bracket_end or picked[-1][1]), "np"), min(reach, i)


# Not "'s" nor "'re": "he’s not worried", "they're upset" are states, and the words after them no cue of theirs.
_SPEECH_VERBS = frozenset("said says told tells wrote writes".split())  # lower case: "Edward Said said" keeps the name
_CONTRACTIONS = ("'d", "’d", "'ve", "’ve", "'ll", "’ll")


def _contracted_pronoun(low: str) -> bool:
    """A pronoun with a "would"/"had", "have" or "will" ("she’d asked", "they've said"), standing as the subject."""
    if not low.endswith(_CONTRACTIONS):
        return False
    cut = low.rfind("'") if "'" in low else low.rfind("’")
    return low[:cut] in PRONOUNS


# Quantifiers and adverbs that float between a subject and its verb ("Trump and Sanders have both argued", "Carson,
# Fiorina and Huckabee have all characterized", "would only say", "can't quite say", "are now more convinced"):
# skipped after an auxiliary or an adverb, and "both"/"all"/"each" after a noun too ("Britain and France both feared");
# first in the clause they are the subject ("Both said").
_FLOATING = frozenset("both all each only quite more".split())
_FLOATING_AFTER_NOUN = frozenset("both all each".split())
_NOT_BEFORE_FLOATING = BOUNDARY_WORDS | DETERMINERS | PREPOSITIONS | PRONOUNS


def _past_skipped(text: str, toks: list[tuple[int, int]], floating: bool) -> int:
    """The index of the last token before the cue that is no auxiliary or adverb (nor, if ``floating``, a floating
    quantifier); -1 if none."""
    i = len(toks) - 1
    while i >= 0 and text[toks[i][1] - 1].islower():
        if not (skips_before_cue(text[toks[i][0] : toks[i][1]]) or (floating and _floats(text, toks, i))):
            break
        if i == len(toks) - 1 and after_mark(text, toks, i):
            break  # `"Q," Will wrote`: a name, not the modal
        i -= 1
    return i


def _floats(text: str, toks: list[tuple[int, int]], i: int) -> bool:
    """Whether ``toks[i]`` is a floating quantifier or adverb between the subject (before it) and the cue."""
    low = text[toks[i][0] : toks[i][1]].lower()
    if low not in _FLOATING or i == 0 or not is_word(text, toks[i - 1]):
        return False
    before = text[toks[i - 1][0] : toks[i - 1][1]]
    if skips_before_cue(before):
        return True
    return low in _FLOATING_AFTER_NOUN and before.lower() not in _NOT_BEFORE_FLOATING


# A time adverbial between a subject and its verb ("Nordair on Sunday rejected", "Obama on Wednesday
# emphatically disputed").
TIME_BEFORE_CUE = re.compile(
    r"\s+(?:(?:released|conducted|published|taken|issued|out)\s+(?:on\s+)?(?:(?:last|this|earlier|late)\s+)?"
    r"(?:" + WEEKDAY + r"|week|month|year|night)"
    r"|(?:on|later|earlier|late|early)\s+" + WEEKDAY + r"(?:\s+(?:night|morning|afternoon|evening))?"
    r"|(?:last|this|earlier|late)\s+(?:past\s+)?(?:week|weekend|month|year|night|\w+day)"
    r"|in\s+(?:" + MONTH + r"|\d{4})"
    r"|at\s+the\s+time|(?:a|one|two|three|several|a\s+few)\s+(?:days?|weeks?|months?|years?)\s+later"  # "Trump at the time said"
    r"|(?:yesterday|today|on\s+[A-Z][a-z]+\.?\s+\d{1,2}))\s+(?:(?:has|have|had|also|further|again|[a-z]{2,}ly)\s+)*$"
)


# How a time `TIME_BEFORE_CUE` reads ends (its last word), and what the pattern lets follow it before the cue.
_TIME_ENDS = ("day", "week", "weekend", "month", "year", "night", "morning", "afternoon", "evening", "time", "later") + tuple(
    "January February March April May June July August September October November December".split()
)
_AFTER_TIME = frozenset("has have had also further again".split())
# How the last word the loop in `time_before_cue` reads may end: a time, a word after one, an -ly adverb.
_LAST_WORD_ENDS = (*_TIME_ENDS, *sorted(_AFTER_TIME), "ly")


def time_before_cue(window: str) -> re.Match[str] | None:
    """`TIME_BEFORE_CUE.search(window)`, searched only when the window ends as a match does: blanks, and before them,
    past the auxiliaries and -ly adverbs the pattern lets follow a time, a word a time ends with (none of which is
    such a word). Nearly no window does, where the search tried the pattern at every blank of it."""
    text = window
    while True:
        stripped = text.rstrip()
        if not stripped or len(stripped) == len(text):
            return None  # the pattern ends in blanks, after a time
        if not (stripped.endswith(_LAST_WORD_ENDS) or stripped[-1].isdigit()):
            return None  # its last word can be none of those read below (nearly every window: a name, a noun)
        last = stripped.rsplit(None, 1)[-1]
        low = len(last) >= 4 and last.endswith("ly") and last.isascii() and last.isalpha() and last.islower()
        if last not in _AFTER_TIME and not low:
            break
        text = stripped[: len(stripped) - len(last)]
    if not (stripped.endswith(_TIME_ENDS) or stripped[-1:].isdigit()):
        return None
    return TIME_BEFORE_CUE.search(window)


def _bracket_before(text: str, toks: list[tuple[int, int]], i: int) -> int | None:
    """Where "(" opens, when ``toks[i]`` closes a short bracket of words ("(INDECI)", "(NPA)")."""
    if text[toks[i][0] : toks[i][1]] != ")":
        return None
    for j in range(i - 1, max(-1, i - 6), -1):
        mark = text[toks[j][0] : toks[j][1]]
        if mark == "(":
            return j if j < i - 1 else None
        if not is_word(text, toks[j]) and mark not in ".-":  # "(R-Ky.)": a party and state
            return None
    return None


def _joins_name(text: str, toks: list[tuple[int, int]], i: int, picked: list[tuple[int, int]], name_run: bool) -> bool:
    """An "and" between two capitalised words of a name run ("Employment and Labour Relations Court")."""
    return bool(picked) and name_run and i >= 1 and text[toks[i - 1][0]].isupper() and is_word(text, toks[i - 1])


def evidence_before(text: str, sent_start: int, cue_start: int, verbs: ReportingVerbs) -> tuple[Span, Span] | None:
    """(source, head) for `records compiled by the Center for Responsive Politics show`: the nearest evidence
    noun left of a "show"/"find" cue, with its own noun phrase and everything after it up to the cue."""
    toks = words(text, max(sent_start, cue_start - SOURCE_WINDOW), cue_start)
    for i in range(len(toks) - 1, -1, -1):
        low = text[toks[i][0] : toks[i][1]].lower()
        if low == "and" and 0 < i < len(toks) - 1 and text[toks[i - 1][0]].isupper() and text[toks[i + 1][0]].isupper():
            continue  # "a poll released Sunday by The Washington Post and ABC News shows": one name run
        if low in BOUNDARY_WORDS or low in PRONOUNS or low in (";", ":", '"', "“", "”"):
            return None
        if low in verbs.evidence_heads:
            head = Span(*toks[i])
            phrase, status = source_before(text, sent_start, head.end, verbs)
            start = phrase.start if phrase is not None and status == "np" else head.start
            return Span(start, toks[-1][1]), head
    return None


_NOT_LAST = PREPOSITIONS | DETERMINERS  # words a phrase after a cue does not end with


def phrase_after(text: str, start: int, end: int) -> Span | None:
    """A noun phrase from ``start`` up to the next comma, colon, quote or clause word before ``end``."""
    # Tokenised as read, a token ahead (the phrase is a few words of a window of twenty).
    found = TOKEN.finditer(text, start, min(end, start + SOURCE_WINDOW))
    ahead = next(found, None)
    picked: list[tuple[int, int]] = []
    while ahead is not None:
        tok = ahead.span()
        ahead = next(found, None)
        low = text[tok[0] : tok[1]].lower()
        if low == "." and picked and ahead is not None and text[picked[-1][0] : picked[-1][1]].lower() in TITLE_ABBREVIATIONS:
            continue  # "said Ms. Leon"
        if not is_word(text, tok) or low in BOUNDARY_WORDS or low in ("published", "released", "issued", "seen"):
            break
        if low == "on" and picked:  # "on Tuesday", "on its website": a time or place, not the source
            break
        picked.append(tok)
        if len(picked) >= MAX_SOURCE_WORDS:
            break
    while picked and text[picked[-1][0] : picked[-1][1]].lower() in _NOT_LAST:
        if len(picked) == 1 and text[picked[0][0] : picked[0][1]].lower() in QUANTIFIERS:
            break  # `"Q," tweeted another`: a quantifier standing alone as the speaker
        picked.pop()
    if not picked:
        return None
    return Span(picked[0][0], picked[-1][1])


def head_word(text: str, span: Span) -> Span:
    """The head noun: the last word before a post-modifying preposition ("sources close to ..." -> sources)."""
    found = _head_in(text[span.start : span.end])
    if found is None or found == (0, span.end - span.start):
        return span  # (a one-word phrase is its own head: no equal span built)
    return Span(span.start + found[0], span.start + found[1])


@lru_cache(maxsize=65536)
def _head_in(phrase: str) -> tuple[int, int] | None:
    """`head_word` within a phrase, as offsets into it: source phrases recur ("security sources", names)."""
    toks = [t for t in words(phrase, 0, len(phrase)) if phrase[t[0]].isalnum()]
    if not toks:
        return None
    for n, tok in enumerate(toks[1:], start=1):
        if phrase[tok[0] : tok[1]].lower() in PREPOSITIONS:
            if n >= 2 and phrase[toks[n - 1][0] : toks[n - 1][1]].lower() in ("close", "familiar", "near"):
                return toks[n - 2]  # "a source close to ..." -> source
            return toks[n - 1]
    return toks[-1]


_WORD_REACH = 40  # characters `previous_token` looks back for the blank before a word, before it walks back


def previous_token(text: str, start: int, pos: int) -> str:
    """The word (or punctuation mark) just before ``pos``, not looking before ``start``."""
    end = skip_space_back(text, pos, start)
    if end <= start:
        return ""
    if not text[end - 1].isalnum():
        return text[end - 1]
    low = max(start, end - _WORD_REACH)
    blank = text.rfind(" ", low, end)
    if blank >= 0 or low == start:
        word = text[blank + 1 : end] if blank >= 0 else text[start:end]
        if word.isalnum():
            return word  # nearly always: letters or digits back to a blank (or ``start``), where the loop below stops
    begin = end - 1
    while begin > start and (text[begin - 1].isalnum() or text[begin - 1] in "'’-"):
        begin -= 1
    return text[begin:end]


def skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def skip_space_back(text: str, pos: int, start: int) -> int:
    while pos > start and text[pos - 1].isspace():
        pos -= 1
    return pos
