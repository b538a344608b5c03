"""Cue words used in a plain sense, where nobody says, believes or intends anything.

The cue lexicon matches words; `cue_words.not_speech` throws out nouns, names
and passives. These tests throw out the verb (or participle) senses that are
not attributions, each a class seen in real news (PolNeAR train):

- a participle before the noun it describes: "384 pledged delegates", "her five
  proposed bills", "its own recommended list";
- "state(s)" the noun: "early voting states that", "Southern states";
- "claim" of a win or a deed: "claimed the prize", "claiming his third victory",
  "claiming 41 percent of the vote", "claimed responsibility", "claimed lives";
- advice: "investors may want to think twice";
- "feel" of a state of body or mind: "didn't feel well", "will make Democrats
  feel terrible";
- idioms: "easier said than done", "all told", "time will tell", "as we know it";
- a noun form before an auxiliary, the subject of a clause: "the jobs report was released";
- a progressive with nothing said after it, only a comma or "and": "her surrogates are responding, painting ...",
  "it is demanding and time-consuming" (not "C, the Times is reporting");
- "write" of a work written, with nothing of what it says: "wrote the letter Feb. 2 to ...", "wrote a children's
  book" (not "wrote a letter to Lynch asking ...");
- "ask" of a question put, with no words or topic of it: "asked him a question" (not "asked them a question:
  'Who ...?'", nor "a question about ...").

Each test reads a few words on either side of the cue: bounded work per cue.
"""

from __future__ import annotations

import re

from reader.core.attributions.cue_words import AUXILIARIES, BE_FORMS, tokens_back
from reader.core.attributions.forms.clauses import OPENING_QUOTE
from reader.core.attributions.sources import DETERMINERS, PRONOUNS, TOKEN
from reader.core.model import Span

# Forms that are never participles before a noun ("said" and "told" only report).
_NEVER_PARTICIPLE = frozenset({"said", "told"})
# Words before a participle that make it part of a noun phrase: figures ("384 pledged delegates"), "own" ("its own
# recommended list") and a few words of amount. Determiners and possessives ("her proposed bills", "the recommended
# list", "Egypt's stated aim") never get here: `cue_words.not_speech` throws those cues out first. Quantifiers and
# number words are left out: they may be the subject ("one warned photographers to ...", "some urged voters").
_BEFORE_PARTICIPLE = frozenset("own more enough fewer large current total".split())
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten dozen hundred thousand million".split())
# Words after a participle that show it is no noun's modifier: function words, which start a clause or a phrase.
_FUNCTION_WORDS = (
    DETERMINERS
    | PRONOUNS
    | frozenset(
        """no every all both few more most much such what which who whom whose when where why how whether if to of in
    on at by for with from about as into onto over under after before than that and or but nor so yet him them us
    me not never also still just only even too very again then there here is are was were be been being has have
    had do does did will would can could may might must should up out off down back""".split()
    )
)
# "claimed the prize", "claiming his third victory", "claimed 41 percent of the vote": winning, not saying ("claimed
# the nomination" is left alone: a candidate declares it); "claimed responsibility", "claimed credit", "the storm
# claimed lives": a deed owned or a toll taken.
_WIN = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|its|another)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:prize|victory|victories|win|wins|seats?|delegates|title|crown|mantle|spoils|percent)\b"
    r"|\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+)?\d"
    r"|(?i:\s+(?:responsibility|credit|the\s+lives|lives|victory|the\s+title|a\s+share)\b)"
)
# "may want to", "might want to": advice from the writer, no one's intention.
_ADVICE_BEFORE = re.compile(r"\b(?:may|might)\s+(?:(?:well|also|still|just)\s+)?$", re.I)
# What one "feels" that is no belief: a state of body or comfort ("didn't feel well", "feels alive and well").
# Feelings about someone ("felt betrayed", "angry") are left alone: they are an attitude a reader weighs.
_FELT_STATE = frozenset(
    """well good bad better worse best great fine terrible awful alive free sorry comfortable uncomfortable safe
    unsafe tired sick welcome unwelcome lucky""".split()
)
_QUESTION = re.compile(
    r"\s+(?:(?:[\w'’.-]+\s+){0,3}?)(?:a|the|any|some|several|many|more|one|two|three|few|no)\s+(?:[\w'’-]+\s+)?questions?\b"
)

# After a progressive "is/are/were ...ing": a comma or "and" joining a second predicate (`are responding, painting
# him as`, `is demanding and time-consuming`, `is arguing, since ...`). A short aside set off by commas and then
# "that", a quotation or a noun phrase is what is said (`are warning, however, that C`, `is demanding, among other
# things, a raise`), and so is a quotation right after the comma (`is saying, "..."`). A full stop is left alone:
# "C, The New York Times is reporting." has its content before.
_BARE_PROGRESSIVE = re.compile(r"\s*,|\s+and\b")
_ASIDE_THEN_SAID = re.compile(
    r"\s*,\s*(?:[^,\"“]{1,30},\s*)?(?:that\b|" + OPENING_QUOTE + r"|(?:a|an|the|his|her|their|its|\d)\b|[A-Z])"
)
_QUESTION_TEXT = re.compile(r"\s*(?::|,?\s*[\"“‘']|,?\s*(?:about|on|whether|if|why|how|what|who)\b)")

# "wrote the letter Feb. 2", "wrote a children's book", "wrote his dissertation on ...": the writing of a work, with
# nothing of what it says, unless the work (or its `to X` phrase) is followed by a participle or a "that" clause
# ("wrote a letter to Lynch asking ...", "wrote a letter to shareholders that C"), or a colon or quotation later
# gives its words ("wrote his first column on it, "You fit ..."). A participle further on belongs to the work's
# own phrase ("a book about swimming").
_WRITE_FORMS = frozenset("write writes wrote writing".split())
_AUTHORED = re.compile(
    r"\s+(?:a|an|the|his|her|their|its|our|my|these|those|[A-Z][\w.’'-]*['’]s)\s+(?:[\w,’'-]+\s+){0,3}?"
    r"(?:letters?|books?|profiles?|speech(?:es)?|introduction|foreword|dissertation|thesis|constitution|columns?"
    r"|articles?|op-eds?|essays?|novels?|scripts?|songs?|biography|memoir|screenplay|poems?|pieces?)\b"
)
_SAID_RIGHT_AFTER_WORK = re.compile(r"(?:\s+to\s+(?:[\w.’'-]+\s+){0,4}?[\w.’'-]+)?,?\s+(?:[a-z]+ing|that\s+([\w’'-]+))\b")
_SAID_LATER = re.compile(":|" + OPENING_QUOTE)


def _opens_clause(word: str) -> bool:
    """Whether the word after "that" opens a clause with a subject ("that Berkshire would", "that the plan", "that
    he"), not a relative clause's verb ("a book that inspired", "a letter that was published")."""
    return word[:1].isupper() or word[:1].isdigit() or word.lower() in DETERMINERS or word.lower() in PRONOUNS


def _work_said(text: str, pos: int, end: int) -> bool:
    """Whether what a written work says follows it (see `_AUTHORED`): not "a letter that was published"."""
    m = _SAID_RIGHT_AFTER_WORK.match(text, pos, end)
    if m is not None and (m.group(1) is None or _opens_clause(m.group(1))):
        return True
    return _SAID_LATER.search(text, pos, end) is not None


# Idioms with a cue word in them: "easier said than done", "all told", "only time will tell", "as we know it",
# "you would never know it".
_IDIOM = re.compile(
    r"\b(?:easier\s+said\s+than\s+done|[Aa]ll\s+told,|time\s+(?:will|would|may|can)\s+tell\b"
    r"|\bas\s+(?:we|you|they)\s+(?:now\s+)?know\s+it\b|\bnever\s+know\s+it\b)"
)
# The cue words the idioms hold, each with a piece of every idiom that holds it: the regex runs only for these words,
# and only when that piece is near ("said" 3,652 times on the benchmark pair, "easier" never).
_IDIOM_WORDS = {"said": "easier", "told": "told,", "tell": "time", "know": "it"}
# Cue forms that are also nouns: before an auxiliary they are a clause's subject ("the jobs report was released",
# "China's ambitious plans did not go down well"), not a verb.
_NOUN_FORMS = frozenset("report reports plan plans claim claims".split())


def _idiom_holds(text: str, sentence: Span, cue: Span, piece: str) -> bool:
    """Whether an idiom holds the cue; ``piece``: what every idiom holding this cue word has (`_IDIOM_WORDS`)."""
    low, high = max(sentence.start, cue.start - 25), min(sentence.end, cue.end + 15)
    return text.find(piece, low, high) >= 0 and any(
        m.start() <= cue.start and cue.end <= m.end() for m in _IDIOM.finditer(text, low, high)
    )


def _noun_subject(text: str, sentence: Span, cue: Span) -> bool:
    after = _words_after(text, cue.end, sentence.end, 1)
    if not after or after[0].lower() not in AUXILIARIES:
        return False
    before = _words_before(text, sentence.start, cue.start, 1)
    # "she would claim was the cause": after a pronoun, a relative, a modal or "to" the form is a verb
    low = before[0] if before else ""
    return bool(low) and low not in PRONOUNS and low not in AUXILIARIES and low not in ("who", "which", "that", "what", "to")


def plain_sense(text: str, sentence: Span, cue: Span, cue_text: str, cue_class: str | None) -> bool:
    """Whether the cue at ``cue`` is used in a sense that attributes nothing (see the module's list)."""
    if " " in cue_text:
        return False
    if cue_text.endswith("ed") and cue_text not in _NEVER_PARTICIPLE and _participle_before_noun(text, sentence, cue):
        return True
    if cue_text in _IDIOM_WORDS and _idiom_holds(text, sentence, cue, _IDIOM_WORDS[cue_text]):
        return True  # the idiom holds the cue
    if cue_text in _NOUN_FORMS and _noun_subject(text, sentence, cue):
        return True
    if cue_text in ("state", "states"):
        return not _state_verb(text, sentence, cue)
    if cue_class == "claim" and _WIN.match(text, cue.end, sentence.end):
        return True
    if cue_text in ("want", "wants") and _ADVICE_BEFORE.search(text, max(sentence.start, cue.start - 20), cue.start):
        return True
    if cue_text in ("feel", "feels", "felt", "feeling"):
        after = _words_after(text, cue.end, sentence.end, 1)
        return bool(after) and after[0] in _FELT_STATE
    if (
        cue_text.endswith("ing")
        and _BARE_PROGRESSIVE.match(text, cue.end, sentence.end)
        and not _ASIDE_THEN_SAID.match(text, cue.end, sentence.end)
    ):
        before = _words_before(text, sentence.start, cue.start, 1)
        if before and before[0] in BE_FORMS and text.find(",", sentence.start, cue.start) < 0:  # no `C, S is saying`
            return True  # "her surrogates are responding,", "it is demanding and time-consuming": nothing said
    if cue_text in _WRITE_FORMS and (work := _AUTHORED.match(text, cue.end, sentence.end)) is not None:
        return not _work_said(text, work.end(), sentence.end)
    if cue_class == "ask" and (question := _QUESTION.match(text, cue.end, sentence.end)) is not None:
        return not _QUESTION_TEXT.match(text, question.end(), sentence.end)  # `asked them a question: "Who ...?"`
    return False


def _words_before(text: str, start: int, pos: int, count: int) -> list[str]:
    return [text[s:e].lower() for s, e in tokens_back(text, start, pos, count, window=60)]


def _words_after(text: str, pos: int, end: int, count: int) -> list[str]:
    out = []
    for m in TOKEN.finditer(text, pos, min(end, pos + 60)):
        out.append(m.group())
        if len(out) == count:
            break
    return out


def _participle_before_noun(text: str, sentence: Span, cue: Span) -> bool:
    """`384 pledged delegates`, `her five proposed bills`: an -ed form between a noun phrase's opening and its noun."""
    after = _words_after(text, cue.end, sentence.end, 1)
    if not after or not after[0][:1].islower() or not after[0].isalpha():
        return False
    word = after[0]
    if word in _FUNCTION_WORDS or word.endswith("ly"):
        return False
    before = _words_before(text, sentence.start, cue.start, 1)
    if not before:
        return False
    low = before[0]
    return low in _BEFORE_PARTICIPLE or any(c.isdigit() for c in low)


def _state_verb(text: str, sentence: Span, cue: Span) -> bool:
    """ "It states that", "the memo also states", "the Saudis state": a pronoun or a determined noun (past adverbs)
    before "state(s)";
    after anything else ("Southern states", "early voting states", "the fifth state") it is the noun."""
    before = [w for w in _words_before(text, sentence.start, cue.start, 4) if w not in _ADVERBS and not w.endswith("ly")][-2:]
    if not before:
        return False
    if before[-1] in PRONOUNS:
        return True
    if len(before) < 2 or not (
        before[0] in ("the", "this", "that", "its", "their", "his", "her") or before[0].endswith(("'s", "’s"))
    ):
        return False
    noun = before[1]
    return noun.isalpha() and noun not in _NUMBER_WORDS and noun not in _ORDINALS


_ADVERBS = frozenset("also further still now then clearly explicitly even".split())
_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth last next only".split())
