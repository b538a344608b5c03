"""Whether a cue word is a verb of speech where it stands, or a noun, a name or a passive.

"The report", "union claims", "a phone call on", "Port Said", "were claimed
by": the cue lexicon matches words, and these tests throw out the matches
that are not someone saying something. The one gerund kept without a comma
before it is the absolute construction of a news lead: "with the union
accusing management of ... and the airline warning that ...".
"""

from __future__ import annotations

import re

from reader.core.attributions.gerund_speakers import speakers_saying
from reader.core.attributions.mark_names import name_after_mark
from reader.core.attributions.sources import (
    DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    QUANTIFIERS,
    TOKEN,
    head_word,
    previous_token,
    skips_before_cue,
)
from reader.core.lexicons.irregular import IRREGULAR_PASTS
from reader.core.lexicons.verbs import POSITION_CLASSES, ReportingVerbs
from reader.core.model import Span
from reader.core.text.tokens import WEEKDAY

NOUN_BEFORE = frozenset({"no", "without", "every"})
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
# Auxiliaries and modals: before a base form or a participle they make it a verb; after a noun, that noun a subject.
AUXILIARIES = frozenset(
    "is are was were be been being has have had will would could can may might should must do does did".split()
)
# Cue forms that are never nouns: only these may follow a noun modifier and still be verbs.
VERB_ONLY = frozenset({"say", "says", "said", "tell", "tells", "told", "wrote", "add", "adds", "found", "knew"})
_ABSOLUTE_GERUND = re.compile(
    r"\b(with|and)\s+(?:(?:the|a|an|its|their|his|her|some|many)\s+)?(?:[\w'’.-]+\s+){0,4}[\w'’-]+\s*$", re.I
)
_NOT_A_NOUN = DETERMINERS | PREPOSITIONS | BE_FORMS | frozenset("he she they it we i you who which that and but or".split())


# Participles of support after the noun they describe: the noun takes the stance.
BACKING = frozenset("supporting backing opposing endorsing".split())
_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")
# Base forms that are never nouns after a quantifier: "some believe", "many want", "most think".
_BASE_VERBS = frozenset("believe think want expect feel know fear oppose support favor see view".split())


# Verbs that carry a following "to" + cue as their own statement: "Gowdy went on to call ...".
CARRIED_ON = re.compile(
    r"\b(?:went|go|goes|going)\s+on\s+to\s+$|\b(?:was|were|is|are)\s+quick\s+to\s+$"
    r"|\b(?:took|take|takes|taken|taking)\s+to\s+(?:the\s+)?[A-Za-z][\w.’']*(?:\s+[A-Z][\w.’']*)?\s+to\s+$"  # "took to Facebook to blast"
    r"|\b(?:tr(?:y|ies|ied|ying)|continu(?:e|es|ed|ing)|proceed(?:s|ed|ing)?|beg(?:in|ins|inning|an|un)|start(?:s|ed|ing)?"
    r"|attempt(?:s|ed|ing)?|(?:more|less|most|least)\s+likely|(?:took|taking|takes)\s+pains)\s+to\s+$",
    re.I,
)  # the subject's own infinitive: "tried to defend", "began to portray", "more likely to say"
_CARRIED_REACH = 40  # characters before the cue searched for it


def carried_on(text: str, start: int, pos: int) -> re.Match[str] | None:
    """`CARRIED_ON` in the words before ``pos`` (not before ``start``). Each of its forms ends in " to ": a cue
    with no "to" before it (nearly all) is not searched, where the search tried every position of the window."""
    low = max(start, pos - _CARRIED_REACH)
    end = pos
    while end > low and text[end - 1].isspace():
        end -= 1
    if end == pos or end - 3 < low or text[end - 2 : end].lower() != "to" or not text[end - 3].isspace():
        return None
    return CARRIED_ON.search(text, low, pos)


_DASHES = frozenset({"-", "--", "—", "–"})
# A comma inside a closing quotation mark before a participle: `defended "New York values," saying ...`.
COMMA_QUOTE_BEFORE = re.compile(r",(?:[”\"’']|'')\s+$")
# Prepositions before a gerund of speech whose subject is the clause's: "by saying", "while mocking".
GERUND_PREPOSITIONS = frozenset({"by", "after", "before", "while", "in"})
# Before or after a cue gerund of speech the clause's subject speaks ("before explaining why she forgave", "after
# hinting that changes could come"): PolNeAR train, 12 new cues of 14 (not positions: "before backing the
# president's plan" is a condition; with them 18 of 24). Only a subject that can speak makes it speech ("Shares of
# Boeing fell after reporting a loss": the company reported, not its shares): `can_speak`. After "by", "while",
# "in" any cue gerund is annotated about half the time: only `SPEAKING_GERUNDS` there.
SEQUENCE_PREPOSITIONS = frozenset({"before", "after"})
# Gerunds that speak for the clause's subject after one of those prepositions ("while mocking them").
SPEAKING_GERUNDS = frozenset(
    """saying telling arguing insisting claiming calling mocking relaying noting warning urging accusing
    criticizing praising blaming asking suggesting questioning adding explaining declaring predicting describing
    labeling denouncing citing stating announcing acknowledging conceding admitting tweeting""".split()
)
_SUBJECT_PRONOUNS = PRONOUNS - {"it"}  # not "it": "it fell after reporting" is a share or a plane
_NO_SPEAKER = frozenset("it this that these those which what there".split())
_REFLEXIVES = frozenset("himself herself themselves itself myself ourselves yourself".split())


def subject_gerund(text: str, start: int, cue: Span, cue_text: str, cue_class: str) -> str | None:
    """Whether a "preposition + gerund" cue is its clause subject's speech, and on what condition: "sequence"
    after before/after ("after confirming", "before saying": only when the subject `can_speak`, as a share or a
    plane does something after its company spoke), "speaking" ("by saying", "while mocking": whoever the subject),
    None (no preposition of either kind, or "after questioning by police": a noun)."""
    if "ing" not in cue_text:
        return None  # (no gerund: the split below is not made for nearly every cue)
    first = cue_text.split()[0]
    if not first.endswith("ing") or _BY_NEXT.match(text, cue.end):
        return None
    lead = word_before_gerund(text, start, cue.start).lower()
    if lead in SEQUENCE_PREPOSITIONS and (first in SPEAKING_GERUNDS or cue_class not in POSITION_CLASSES):
        return "sequence"  # "after saying" too: "The company's shares jumped after announcing a buyback"
    if first in SPEAKING_GERUNDS and lead in GERUND_PREPOSITIONS:
        return "speaking"
    return None


_BY_NEXT = re.compile(r"\s+by\b")  # "was charged after questioning by police": the gerund is a noun, its agent follows


def can_speak(text: str, source: Span | None, verbs: ReportingVerbs) -> bool:
    """Whether the subject ``source`` can be someone speaking: a personal pronoun, a head noun the lexicon lists
    for sources ("the governor", "officials", "the company", "aides"), or a name: a capitalised word not after a
    preposition ("Mr. Sanders", "Democratic front-runner Hillary Clinton"; not "Shares of Boeing"), or a subject
    of capitalised words only ("Trump"). "The stock", "The plane", "The bank's profit" cannot."""
    if source is None:
        return False
    toks = [m.group() for m in TOKEN.finditer(text, source.start, source.end) if m.group()[0].isalnum()]
    while toks and toks[0].lower() in DETERMINERS:
        toks.pop(0)
    while toks and toks[-1].lower() in _REFLEXIVES:
        toks.pop()  # "Clinton herself"
    if not toks:
        return False
    found = head_word(text, source)
    head = text[found.start : found.end].lower()
    if head in _REFLEXIVES:
        head = toks[-1].lower()
    if head in _SUBJECT_PRONOUNS:
        return True
    if head in _NO_SPEAKER:
        return False  # "It signals", "This shows": capitalised only because a sentence starts there
    singular = head[:-1] if head.endswith("s") else head
    speaker_heads = (verbs.role_heads, verbs.anonymous_heads, verbs.state_heads, verbs.gender_words)
    if any(w in heads for heads in speaker_heads for w in (head, singular)):
        return True
    if all(t[0].isupper() for t in toks):
        return True
    return any(t[0].isupper() and toks[i - 1].lower() not in PREPOSITIONS for i, t in enumerate(toks) if i > 0)


# Short words a headline leaves in lower case: "Trump Calls On Obama to Resign", "Clinton Says Russians Hacked DNC".
_HEADLINE_SMALL = frozenset("a an the of to in on at by for and or but as vs via with from into".split())
_HEADLINE_WINDOW = 60  # characters each side of the cue: the test is bounded however long the sentence
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def title_cased(text: str, sentence: Span, cue: Span) -> bool:
    """Whether the words around ``cue`` are a headline's Title Case ("Bernie Sanders Says He's Already Started ..."),
    where a capital says nothing about names: every word within the window on both sides is capitalised (short
    function words aside), three at least after the cue, or three before it when the headline ends within the window. "The Lagos State Building Control Agency (LASBCA) had
    sealed" is a name: "had sealed" follows it."""
    low, high = max(sentence.start, cue.start - _HEADLINE_WINDOW), min(sentence.end, cue.end + _HEADLINE_WINDOW)
    before = _WORD.findall(text, low, cue.start)[(low > sentence.start) :]  # a word cut by the window is dropped
    after = _WORD.findall(text, cue.end, high)
    if high < sentence.end and after:
        after.pop()
    words = [w for w in before + after if w.lower() not in _HEADLINE_SMALL]
    if not (len(after) >= 3 or (high == sentence.end and len(before) >= 3)):
        return False  # a headline's last words may be its cue: "..., Trevor Noah Says", "..., Howard Dean Tells Convention"
    return len(before) >= 1 and len(words) >= 4 and all(w[0].isupper() for w in words)


def word_before_gerund(text: str, start: int, pos: int) -> str:
    """The word before ``pos`` past lower-case -ly adverbs: "while simultaneously mocking" -> "while"."""
    while True:
        word = previous_token(text, start, pos)
        if not (len(word) > 4 and word.endswith("ly") and word.islower() and word.isalpha()):
            return word
        pos = text.rfind(word, start, pos)


def not_speech(text: str, sentence: Span, cue: Span, cue_text: str, cue_class: str, verbs: ReportingVerbs) -> bool:
    if cue.start > 0 and text[cue.start - 1] in "-‐‑":
        return True  # "so-called", "much-praised": part of a compound word
    previous = previous_token(text, sentence.start, cue.start)
    low = previous.lower()
    first = cue_text.split()[0]
    if subject_gerund(text, sentence.start, cue, cue_text, cue_class) is not None:
        return False  # "by saying he would ...", "before explaining why": the clause's subject speaks (`verb_cue`)
    if first.endswith("ing") and _BY_NEXT.match(text, cue.end):
        return True  # "charged after questioning by police": a noun with its agent
    if (
        low in verbs.verb_classes
        and first not in VERB_ONLY
        and not first.endswith(("ed", "ing"))
        and " " not in cue_text
        and _verb_before(text, sentence, cue)
    ):
        return True  # "rejected claims that", "denied reports": a noun, the object of the cue before it
    if low == "to" and carried_on(text, sentence.start, cue.start):
        pass  # "went on to say", "was quick to add": the cue is the clause's own verb
    elif low in QUANTIFIERS and (first in VERB_ONLY or first.endswith("ed") or first in _BASE_VERBS):
        pass  # "Several said", "some say": a quantifier standing alone as the subject
    elif low in DETERMINERS or low in PREPOSITIONS or low in NOUN_BEFORE or low.endswith(("'s", "’s")):
        if first in ("said", "told") and low[:-2] in PRONOUNS:
            pass  # "he’s said", "she's told reporters": a pronoun and "has", not a possessive ("when he's found": "is")
        elif not (low in PREPOSITIONS and first in VERB_ONLY and name_after_mark(text, sentence.start, cue.start)):
            return True  # "the report", "to admit", "no warning", "Egypt's demands": a noun or an infinitive
        # `"Q," From said`: a name that is also a preposition
    if text[cue.start].isupper() and not title_cased(text, sentence, cue):
        if previous[:1].isupper() and low not in DETERMINERS:
            return True  # "Port Said": a capitalised cue inside a run of capitalised words is part of a name
        if cue_class in POSITION_CLASSES and _CAPITAL_NEXT.match(text, cue.end):
            return True  # "Planned Parenthood": a name
    if cue_text.endswith("ing") and " " not in cue_text:
        if cue_text in BACKING and (previous[:1].isupper() or (low.endswith("s") and low not in _NOT_A_NOUN)):
            return False  # "a super PAC backing Mr. Cruz", "pastors supporting him": the group's stance
        if cue_class == "show" and low in verbs.evidence_heads:
            return False  # "polls showing her well behind", "ledgers showing he was paid": what the papers show
        if low in (",", "and", "but") or low in BE_FORMS or COMMA_QUOTE_BEFORE.search(text, max(0, cue.start - 5), cue.start):
            return False  # ", saying": a cue; "a warning" is none
        if skips_before_cue(previous) and _be_before(text, sentence.start, cue.start):
            return False  # "is also asking", "is now calling": a progressive with an adverb in it
        if low in _DASHES and cue_class not in POSITION_CLASSES:
            return False  # "... - noting that": a cue; "Rubio and Christie -- seeking breakout performances --": an aside
        if statement_gerund(text, sentence, cue):
            return False  # "issued a statement calling ...": the statement's author speaks
        if cue_text == "saying" and speakers_saying(text, sentence, cue, previous, verbs):
            return False  # "left 62 percent of voters saying race relations are worse": the noun before says it
        return not _absolute_gerund(text, sentence, cue)
    if cue_text == "ordered" and not gives_order(text, sentence, cue, verbs):
        return True  # "The airline ordered 50 new jets", "He ordered a pizza": a purchase, not an order
    if (cue_text == "thanks" and _THANKS_TO.match(text, cue.end)) or (
        cue_text == "credits" and not _CREDIT_FRAME.match(text, cue.end, sentence.end)
    ):
        return True  # "thanks to the rain", "the child care credit": nouns
    if _noun_before_verb(text, cue, cue_text):
        return True  # "Tax credits rose", "Mixed signals came", "The comments were": a plural noun, the subject
    if low in BE_FORMS and (" " not in cue_text or first.endswith(("ed", "en"))):
        return True  # passive ("were claimed by", "is said to", "was warned against"): no speaker in subject position
    if cue_class in ("accuse", "charge") and re.match(r"\s+of\b", text[cue.end : cue.end + 5]):
        return True  # "went on trial accused of ...": a reduced passive
    if first in VERB_ONLY or first.endswith("ed"):
        return False  # never a noun in the two readings below
    back = tokens_back(text, sentence.start, cue.start, 4)  # the words before the cue, read once for both readings
    return _modified_noun(text, back, verbs) or (not first.endswith("ing") and _described_noun(text, back[-2:]))


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def _noun_before_verb(text: str, cue: Span, cue_text: str) -> bool:
    """Whether an -s cue word ("credits", "signals", "comments") is a plural noun because a finite verb follows it:
    "Tax credits rose last year" (a verb's -s form takes an object or a clause, not a second verb)."""
    if " " in cue_text or not cue_text.endswith("s") or cue_text.endswith("ss") or cue_text in VERB_ONLY:
        return False
    m = _NEXT_WORD.match(text, cue.end)
    if m is None or previous_token(text, max(0, cue.start - 20), cue.start).lower() in _SUBJECT_PRONOUNS:
        return False  # "what he believes are their assets": a relative clause's verb
    word = m.group(1)
    if word in _PLURAL_FINITE or word in IRREGULAR_PASTS:
        return True
    return word.endswith("ed") and len(word) > 4 and _ED_AS_VERB.match(text, m.end()) is not None


_OBJECT_PRONOUNS = frozenset("him her them us me".split())
# After a finite -ed verb comes what a verb takes, not a noun it modifies: "credits expired in 2015", "the comments
# angered the base", "signals emerged." ("The report claims reduced funding hurt": "reduced" modifies "funding").
_ED_AS_VERB = re.compile(
    r"\s*(?:[.,;:!?)\"”'’—–-]|$)|\s+(?:[a-z]+ly\b|(?:"
    + "|".join(sorted(DETERMINERS | PREPOSITIONS | _OBJECT_PRONOUNS | {"it"}))
    + r")\b)",
    re.I,
)


# Finite verbs that agree with a plural subject: "comments were", not "which he believes will" (a relative clause).
_PLURAL_FINITE = frozenset("are were have".split())
# "thanks to the rain" is a preposition; "credits" gives credit only to someone "with/for" something or something
# "to" someone ("She credits her mother with ...", "credits the change to"; not "tax credits for families").
_THANKS_TO = re.compile(r"\s+to\b")
# The frames in which "ordered" gives an order, not buys something: "ordered that ...", "ordered the release of",
# "ordered a review of the program", "ordered up a legal analysis" (`_ORDERED_THING`), and "ordered the State
# Department to release ...", "ordered 300 of them to Cameroon" (`_ORDERED_TO`). PolNeAR train: 17 of 20 cues; the
# 3 others are "ordered limits on", and two "ordered them to" frames the corpus leaves unannotated.
_ORDERED_THING = re.compile(
    r"\s+(?:up\s+)?(?:that\b"
    r"|(?:[\w'’-]+\s+){0,3}?(?!equipment|television)(?:[a-z]+(?:tion|sion|ment|ance|ence|sis)s?|reviews?|releases?"
    r"|quarantines?|probes?|inquir(?:y|ies)|audits?|recounts?|halt|ban|stop|curfews?|lockdowns?|shutdowns?|strikes?"
    r"|raids?|retrials?|recalls?|removal|withdrawal|dismissal|arrests?|searches|search)\b)"
)
# "ordered <someone> to <verb>": the object is whoever is told. "to be + participle" is a purpose, and an object
# counted or new ("50 Airbus jets", "new kits", "more ammunition") that cannot act (`can_speak`, an object pronoun)
# is bought: "ordered 50 Airbus jets to be delivered", "ordered new kits to replace the old ones" are purchases.
# PolNeAR train: 8 cues of this frame, 6 annotated; all 8 keep their reading.
_ORDERED_TO = re.compile(r"\s+(?P<object>(?:[\w'’.,-]+\s+){1,8}?)to\s+(?!be\s+\w+(?:ed|en)\b)\w")
_BOUGHT = re.compile(r"(?:\d[\d,.]*|new|more|additional|extra|another|dozens|hundreds|thousands|millions)\b", re.I)


def gives_order(text: str, sentence: Span, cue: Span, verbs: ReportingVerbs) -> bool:
    """Whether "ordered" at ``cue`` gives an order ("ordered a review", "ordered the agency to release") rather than
    buys something ("ordered 50 new jets", "ordered new kits to replace the old ones")."""
    if _ORDERED_THING.match(text, cue.end, sentence.end):
        return True
    m = _ORDERED_TO.match(text, cue.end, sentence.end)
    if m is None:
        return False
    told = Span(m.start("object"), m.end("object"))
    words = {w.lower() for w in re.findall(r"[\w'’]+", m.group("object"))}
    return bool(words & _OBJECT_PRONOUNS) or can_speak(text, told, verbs) or not _BOUGHT.match(m.group("object"))


_CREDIT_FRAME = re.compile(r"\s+(?!for\b|to\b)(?:[\w'’.-]+\s+){1,6}?(?:with|for|to)\b")


# "issued a statement [late Tuesday] saying": a participle after a statement its subject put out.
_STATEMENT_BEFORE = re.compile(
    r"\b(?:issued|released|put\s+out|posted|sent|published|wrote|made|gave|delivered)\s+"
    r"(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w'’-]+\s+){0,2}"
    r"(?:statement|letter|release|memo|tweet|post|e-?mail|message|video|op-ed|speech|remarks)"
    r"(?:\s+(?:late|early|on|this|last)?\s*" + WEEKDAY + r"(?:\s+\w+)?)?\s*$",
    re.I,
)


def statement_gerund(text: str, sentence: Span, cue: Span) -> bool:
    """Whether the -ing cue follows "issued a statement" (its speaker is the sentence's subject)."""
    return _STATEMENT_BEFORE.search(text, max(sentence.start, cue.start - 90), cue.start) is not None


def _be_before(text: str, start: int, pos: int) -> bool:
    """Whether a form of "be" is the second word before ``pos`` ("is also [asking]")."""
    back = tokens_back(text, start, pos, 2)
    return len(back) == 2 and text[back[0][0] : back[0][1]].lower() in BE_FORMS


def _absolute_gerund(text: str, sentence: Span, cue: Span) -> bool:
    """`with the union accusing ...`, `... and the airline warning that ...` (after a "with" of the same kind)."""
    m = _ABSOLUTE_GERUND.search(text, max(sentence.start, cue.start - 60), cue.start)
    if m is None:
        return False
    if m.group(1).lower() == "with":
        return True
    return re.search(r"\bwith\s", text[sentence.start : m.start()], re.I) is not None


def _modified_noun(text: str, back: list[tuple[int, int]], verbs: ReportingVerbs) -> bool:
    """`rejected union claims`, `in a phone call on`, `citing internal estimates`: a noun with a modifier; ``back``:
    the last four tokens before the cue (`tokens_back`), which is no -ed form nor `VERB_ONLY`.

    The cue is a noun when the word before it is a modifier (a lower-case
    word) of a noun phrase that is itself an object: of a preposition, of a
    verb (a reporting verb or an -ing form), or of a past form with no
    determiner before it. "The union claims that" (a subject) stays a verb.
    """
    before = [text[s:e] for s, e in back]
    if not before or not before[-1].isalpha() or not before[-1].islower() or before[-1] in _NOT_A_NOUN:
        return False
    k = len(before) - 2
    if k >= 0 and before[k].lower() in DETERMINERS:
        k -= 1
    if k < 0:
        return False
    governor = before[k].lower()
    if governor in PREPOSITIONS or governor in verbs.verb_classes or governor.endswith("ing"):
        return True
    return governor.endswith("ed") and (k == 0 or before[k - 1].lower() not in DETERMINERS)


def tokens_back(text: str, start: int, pos: int, count: int, window: int = 80) -> list[tuple[int, int]]:
    """The last ``count`` tokens before ``pos`` (not before ``start``, nor more than ``window`` characters back),
    in text order."""
    low = max(start, pos - window)
    # From a blank on, the tokens are the window's (none spans a blank): the last few words before ``pos`` usually
    # hold them, and the whole window is tokenised only when they do not.
    blank = text.rfind(" ", low, pos - _CHARS_A_TOKEN * count)
    if blank >= 0:
        near = [m.span() for m in TOKEN.finditer(text, blank, pos)]
        if len(near) >= count:
            return near[-count:]
    return [m.span() for m in TOKEN.finditer(text, low, pos)][-count:]


_CHARS_A_TOKEN = 12  # characters `tokens_back` first reads for each token asked for


def _verb_before(text: str, sentence: Span, cue: Span) -> bool:
    """Whether the cue word before ``cue`` is a verb, not a noun ("rejected claims", not "the report concludes")."""
    before = [text[s:e].lower() for s, e in tokens_back(text, sentence.start, cue.start, 2)]
    if len(before) < 2 or not before[-1].islower():
        return len(before) == 1 and before[0].islower()
    return before[0] not in DETERMINERS and before[0] not in PREPOSITIONS and not before[0].endswith(("'s", "’s"))


# Adjectives that describe a document or statement: "a new report", "the annual report", "a 225-page report".
_DOCUMENT_ADJECTIVES = frozenset(
    """new latest recent annual final previous initial first second internal official joint separate
    preliminary detailed lengthy secret classified confidential original full brief short long draft""".split()
)


def _described_noun(text: str, spans: list[tuple[int, int]]) -> bool:
    """`a 225-page report urged`, `the latest claims`, `a Twitter post by`: a determiner and an adjective (or "a" and
    a capitalised word) before a cue make it a noun; ``spans``: the last two tokens before the cue (`tokens_back`),
    which is no -ed or -ing form nor `VERB_ONLY`."""
    before = [text[s:e] for s, e in spans]
    if len(before) < 2 or before[0].lower() not in DETERMINERS:
        return False
    if before[0].lower() in ("a", "an") and before[1][:1].isupper() and not text[spans[0][0] - 1 : spans[0][0]].strip():
        return True  # "a Facebook post that", "a CNN report that": "a" and a name make a noun phrase, not a subject
    adjective = before[1].lower()
    return adjective in _DOCUMENT_ADJECTIVES or any(c.isdigit() for c in adjective) or "-" in adjective
