"""What follows a verb cue: its content (a quotation, a clause, an object, an infinitive) or an addressee,
and the checks `verb_cue` makes on the words after the cue before it takes them."""

from __future__ import annotations

import re

from reader.core.attributions.cue_words import AUXILIARIES
from reader.core.attributions.forms.clauses import (
    OPENING_QUOTE,
    Reading,
    at_end,
    cut_clause,
    direct,
    indirect,
    opens_quote,
    that_ahead,
    to_sentence_end,
)
from reader.core.attributions.sources import (
    PREPOSITIONS,
    PRONOUNS,
    first_words,
    phrase_after,
    skip_space,
)
from reader.core.lexicons.verbs import ReportingVerbs
from reader.core.model import Span
from reader.core.text.quotes import Quote, QuoteIndex
from reader.core.text.tokens import WEEKDAY

TELL_FORMS = frozenset({"tell", "tells", "told", "telling", "inform", "informs", "informed", "informing"})


# Classes that may take their content straight after the verb, without "that" ("She said relief was slow",
# "a poll shows Trump ahead": "show" only ever reaches here with a study, poll or figures as its source).
_BARE_CLASSES = frozenset({"say", "warn", "ask", "promise", "show", "belief", "call", "intention"})
# Classes whose content may be a "to" infinitive: a promise, a request, a warning.
_TO_CLASSES = frozenset({"promise", "ask", "warn", "intention"})
# Classes (besides the lexicon's object classes) whose noun-phrase object is what was made public.
_OBJECT_TOO = frozenset({"report", "reveal"})
# Say verbs whose noun-phrase object names what was said ("recalled her opposition to ...", "noted the attacks",
# "explained the similarities"); "said" and "told" never take one.
_SAY_OBJECT_STEMS = (
    "announc",
    "recall",
    "explain",
    "not",
    "mention",
    "reiterat",
    "repeat",
    "stress",
    "emphasi",
    "stated",
    "stating",
)
# What may follow a cue that closes its sentence without being content: a time, a place, an occasion
# ("..., police announced Thursday", "Wray confirmed at a press conference"). Words that open a clause
# ("that", "who", "whether") end the match, so "said in 2015 that he won" is not an adjunct. A word may be quoted:
# "said on MSNBC's “Morning Joe.”" names a show (capitalised: `promises to “end” it` is no adjunct).
_TAIL_WORD = r"(?!(?:that|who|which|whether|if|and|but|he|she|they|it|we|i)\b)(?:(?:[“\"]|'')(?=[A-Z]))?[\w'’.-]+(?:[”\"]|'')?"
_ADJUNCT_TAIL = re.compile(
    r"(?:\s*,?\s*(?:(?:on|at|in|during|after|before|from|to|via|outside|inside|with|while|late|early)\s+(?:"
    + _TAIL_WORD
    + r"\s+){0,6}"
    + _TAIL_WORD
    + r"|"
    + WEEKDAY
    + r"(?:\s+(?:night|morning|afternoon|evening))?"
    r"|yesterday|today|tonight|(?:last|this|earlier)\s+\w+|afterwards?|later|again|too))+\s*[.!?]?[\"”’)]*\s*$"
)
# "say" verbs whose bare complement is a statement ("she said relief was slow"); others ("announced",
# "declared", "explained") take a noun phrase object without "that" ("announced a presidential bid"). "add" is not
# one: it takes a statement bare only as a clause ("adding he intended to ..."); with a noun phrase it adds a thing
# ("added another facet to his job", "the economy adding 151,000 jobs", "don't add up").
_BARE_SAY = frozenset(
    """say says said saying tell tells told telling insist insists insisted insisting
    argue argues argued arguing claim claims claimed predict predicts predicted suggest suggests suggested
    suggesting warn warns warned tweet tweets tweeted write writes wrote reply replies replied respond
    responds responded admit admits admitted complain complains complained stress stresses stressed
    testify testified joke joked""".split()
)
_NOT_CONTENT = frozenset("little nothing much anything something more less".split())
MAX_TAIL = 100  # characters: a longer rest of the sentence is content, not an adjunct
# The object of "called" before its quoted name ("called both Trump and Clinton “crazy”", "called Clinton, his
# challenger, an ISIS “co-founder”"): up to 15 words, which may hold "and", "of" or an aside set off by commas,
# but no "to" or time ("called Putin on Tuesday to discuss “the crisis”" is a phone call), no clause ("that",
# "who", a finite verb) and no particle right after the verb ("called on", "called off").
_CALLED_OBJECT_WORD = (
    r"(?:on\s+" + WEEKDAY + r",?(?!\s+to\b)"  # "called the statements on Sunday “childish”"
    r"|(?!(?:that|who|which|whether|because|is|are|was|were|has|have|had|will|would|can|could|said|says|told|asked"
    r"|to|on|at|after|before|during|when|while)\b)"
    r"[\w'’.-]+,?)"
)
CALLED_QUOTE = re.compile(
    r"\s+(?!(?:on|for|off|up|out|in|back|into|at|to|upon|it\s+quits)\b)(?:that\s+|"  # "called that vision ''a ...''"
    + _CALLED_OBJECT_WORD
    + r"\s+)(?:"
    + _CALLED_OBJECT_WORD
    + r"\s+){0,14}?(?:[\"“‘]|'')"
    # or any object (a clause in it too: "called the assault that killed five officers") before "a"/"an" and a quotation,
    # what one is called: a phone call ("called Putin on Tuesday to discuss “the crisis”") names no "a ..."
    # (no "is"/"was" in it: "a program called Prism is simply an “internal system”" names a program; no "what she
    # called" of its own: "called Sanders after Tuesday night's primaries ... on what she called “an ...”" is a phone call;
    # an apostrophe or a dot inside a word is no quotation mark or full stop: "Clinton's remarks on 9/11", "$1.6 billion")
    r"|\s+(?!(?:on|for|off|up|out|in|back|into|at|to|upon)\b)"
    r"(?:(?!(?:is|are|was|were|what|which|who|called)\s)[^\s\"“”'.;:](?:[^\s\"“”'.;:]|['.](?=\w))*\s+){1,20}?"
    r"(?:(?:a|an)\s+(?:[\"“‘]|'')|(?:[\"“‘]|'')(?:a|an)\s)"
)
# `what S called "Q"`; "which", "that" and "whom" only with the quotation right after the cue. A role or title
# the source leaves out may stand between the pronoun and the source: `what aide Kevin Phillips called "Q"`, `a clip
# that U.S. District Judge Michael W. Mosman called "distasteful"`, `one which historian John Baick calls "Q"`.
_ROLE_WORDS = (
    r"(?:(?!(?:is|was|are|were|has|have|had|will|would|and|or|for|of|in|on|at|to|by|with|from|what|which|that)\s"
    r"|\w+[’']s\s)[\w.’'-]+\s+){0,3}"  # no verb, clause or preposition: "that power for what’s today called" is none
)
WHAT_BEFORE = re.compile(r"\bwhat\s+" + _ROLE_WORDS + "$", re.I)
WHICH_BEFORE = re.compile(r"\b(?:which|that|whom?)\s+" + _ROLE_WORDS + "$", re.I)
RELATIVE_REACH = 40  # characters before the source searched for the pronoun and the role words


def but_before(text: str, cue: Span) -> bool:
    """`calling the deal "a steep price" but saying ...`: a second participle of the same subject."""
    return text[max(0, cue.start - 5) : cue.start].rstrip().endswith(" but")


def content_after(
    text: str,
    sentence: Span,
    pos: int,
    cue_class: str,
    verbs: ReportingVerbs,
    quotes: QuoteIndex,
    noun_like: bool,
    cue_text: str = "",
) -> Reading:
    """(kind, form, content) of the words after a cue."""
    if text[pos : pos + 1] == ":":
        pos = skip_space(text, pos + 1, sentence.end)
        quote = quotes.starting_at(pos)
        if quote is not None:
            return direct(text, quote)
        return indirect(text, sentence, pos, "indirect-colon", quotes)
    if text[pos : pos + 1] == "," and opens_quote(text, pos, quotes):
        pos = skip_space(text, pos + 1, sentence.end)
    quote = quotes.starting_at(pos)
    if quote is not None:
        return direct(text, quote)
    that = that_ahead(text, pos, sentence.end)
    if that is not None:
        start = skip_space(text, that, sentence.end)
        reading = indirect(text, sentence, start, "indirect-that", quotes)
        if cue_class == "ask" and reading[0] is not None:
            cut = cut_clause(text, reading[2])
            return (reading[0], reading[1], cut) if cut is not None else (None, None, None)
        return reading
    if noun_like:
        return None, None, None
    colon = _colon_quote_ahead(text, pos, sentence.end, quotes)
    if colon is not None:
        return direct(text, colon)
    first = first_words(text, pos, min(sentence.end, pos + 40), 2)  # the rules below read two words at most
    if first and text[first[0][0] : first[0][1]] == "to" and (cue_class in _TO_CLASSES or cue_text in TELL_FORMS):
        # "promised to build a wall", "told Jeb Bush to quiet down", "urged states to loosen ...": what was asked or vowed,
        # its verb maybe quoted ('vowed to "bomb the hell" out of ...', "pledges to ''make sure ...''")
        if len(first) > 1 and (text[first[1][0]].islower() or _QUOTED_VERB.match(text, first[1][0])):
            content = cut_clause(text, to_sentence_end(text, sentence, pos, quotes))
            return ("indirect", "indirect-to", content) if content is not None else (None, None, None)
        return None, None, None
    if (
        first
        and text[first[0][0] : first[0][1]].lower() in PREPOSITIONS
        and (after := _comma_quote_ahead(text, pos, sentence.end, quotes))
    ):
        return direct(text, after)  # `adding of Mr. Trump, ''He cares ...''`, `said last week in Tel Aviv, "Israel ..."`
    if (
        first
        and cue_text in _BARE_SAY
        and _is_preposition(text, first)
        and (subject := _subject_after_phrase(text, pos, sentence.end, verbs)) is not None
    ):
        return indirect(text, sentence, subject, "indirect-bare", quotes)  # "said for weeks he's the only one who"
    if not first or _is_preposition(text, first) and cue_class not in verbs.object_classes:
        return None, None, None
    takes_object = cue_class in verbs.object_classes or cue_class in _OBJECT_TOO or cue_text.startswith(_SAY_OBJECT_STEMS)
    if cue_class == "claim" and cue_text in _BARE_SAY and _reads_as_clause(text, pos, sentence.end):
        return indirect(text, sentence, pos, "indirect-bare", quotes)  # "He claimed a woman's body can ..."
    if cue_class not in _BARE_CLASSES and not takes_object:
        return None, None, None  # "claimed the jobs": no speech without "that" or a quote
    if takes_object and cue_class in ("say", *_OBJECT_TOO) and _reads_as_clause(text, pos, sentence.end):
        return indirect(text, sentence, pos, "indirect-bare", quotes)  # "outlets reported the Secret Service had ..."
    if takes_object and text[first[0][0] : first[0][1]].lower() in ("and", "or", "but", "nor"):
        return None, None, None  # "worth as much as Forbes estimated and speculated that ...": no object
    if takes_object:
        # "announced a program", "reported a profit", "revealed plans": what was made public (PolNeAR, BASIL)
        content = cut_clause(text, to_sentence_end(text, sentence, pos, quotes))
        return ("object", "object", content) if content is not None else (None, None, None)
    if cue_class == "ask":
        content = cut_clause(text, to_sentence_end(text, sentence, pos, quotes))
        if content is None:
            return None, None, None
        return "indirect", "indirect-bare", content
    if cue_class == "say" and (
        (text[pos : pos + 12].split(" ", 1)[0].lower() in _NOT_CONTENT and not re.match(r"\S+\s+than\b", text[pos : pos + 20]))
        or (cue_text not in _BARE_SAY and not _reads_as_clause(text, pos, sentence.end))
    ):
        return None, None, None  # "announced a presidential bid", "said little about": an object, no statement
    return indirect(text, sentence, pos, "indirect-bare", quotes)


_QUOTED_VERB = re.compile(OPENING_QUOTE + "[a-z]")
# A pronoun subject with its verb: an auxiliary or a present -s form after it ("it takes", "he was"), or a contraction.
_PRONOUN_VERB = re.compile(
    r"(?:he|she|it|they|we|i|you|there)(?:['’](?:s|d|ve|re|ll)\s|\s+(?:is|are|was|were|has|have|had|will|would|could|can"
    r"|should|must|might|may|does|did|do|[a-z]+s)\b)",
    re.I,
)
_PHRASE_WORDS = 5  # a preposition and up to four words ("in both of his letters")


def _subject_after_phrase(text: str, pos: int, end: int, verbs: ReportingVerbs) -> int | None:
    """Where the subject of a clause starts after a short phrase that opens with a preposition, when the subject is a
    pronoun with its verb: `said for weeks he's the only one`, `said in politics it takes time`, `wrote in both
    listings he was "honored"`. No punctuation, clause word or verb in the phrase: not "said in Ohio, where he
    ...", "replies with more sanctity than they have", "wrote to her on Thursday say they are"."""
    for s, e in first_words(text, pos, min(end, pos + 60), _PHRASE_WORDS + 1)[1:]:
        if not text[s].isalnum():
            return None
        if _PRONOUN_VERB.match(text, s, end) is not None:
            return s
        low = text[s:e].lower()
        if low in _NOT_IN_PHRASE or low in verbs.verb_classes:
            return None
    return None


_NOT_IN_PHRASE = frozenset("than that what who whom which when where why how because if as and but or while".split())


def _is_preposition(text: str, toks: list[tuple[int, int]]) -> bool:
    """The first word is a preposition, not a quantifier ("about 200 homes", "over half")."""
    if text[toks[0][0] : toks[0][1]].lower() not in PREPOSITIONS:
        return False
    following = text[toks[1][0] : toks[1][1]].lower() if len(toks) > 1 else ""
    return not (following[:1].isdigit() or following[:1] in ("$", "€", "£", "¥") or following in _QUANTITIES)  # "about $400,000"


_QUANTITIES = frozenset(
    "half a an one two three four five six seven eight nine ten dozen dozens hundred hundreds thousand thousands million".split()
)


def to_content(text: str, pos: int, cue_class: str, cue_text: str) -> bool:
    """`promised to build a wall`: a "to" infinitive after a promise or request is its content, not an adjunct."""
    return (cue_class in _TO_CLASSES or cue_text in TELL_FORMS) and re.match(r"to\s+[a-z]", text[pos : pos + 6]) is not None


def _comma_quote_ahead(text: str, pos: int, end: int, quotes: QuoteIndex) -> Quote | None:
    """`said of Mr. Trump, "Q..."`: the quotation after a short "of"/"about" phrase and a comma (not a number's
    thousands comma: `wrote to his 20,000 Twitter followers, "Q"`)."""
    m = _PHRASE_COMMA.search(text, pos, min(end, pos + 60))
    if m is None or any(mark in text[pos : m.start()] for mark in '"“”.;:'):
        return None
    return quotes.starting_at(skip_space(text, m.end(), len(text)))


_PHRASE_COMMA = re.compile(r"(?<!\d),|,(?!\d{3}(?!\d))")


def _colon_quote_ahead(text: str, pos: int, end: int, quotes: QuoteIndex) -> Quote | None:
    """`told reporters after a nine-hour session at the office: "Q..."`: the quotation after a circumstance."""
    colon = text.find(":", pos, min(end, pos + 160))
    if colon < 0 or any(mark in text[pos:colon] for mark in '"“”.;'):
        return None
    return quotes.starting_at(skip_space(text, colon + 1, len(text)))


def content_follows(text: str, sentence: Span, cue: Span, quotes: QuoteIndex, cue_text: str = "") -> bool:
    """Whether what was said follows the cue (`said the silos could ...`), not its speaker (`said Dahl.`)."""
    pos = skip_space(text, cue.end, sentence.end)
    if at_end(text, pos, sentence.end) or (cue_text not in TELL_FORMS and adjunct_tail(text, pos, sentence.end)):
        return False  # "said.", "said to a cheering crowd on Tuesday.": only a time, place or audience follows
    if cue_text in TELL_FORMS:
        told = with_addressee(text, cue, sentence.end)
        if told.end > cue.end and not at_end(text, skip_space(text, told.end, sentence.end), sentence.end):
            return True  # "told The Huffington Post he's not planning an appeal"
    phrase = phrase_after(text, pos, sentence.end)
    if phrase is None:
        return True
    rest = text[phrase.end : sentence.end]
    if rest.lstrip().startswith(","):
        # `told POLITICO, "Of the three, ..."`: an addressee, then the quotation
        return cue_text in TELL_FORMS and opens_quote(text, phrase.end + rest.index(","), quotes)
    if rest.strip(" .!?\"”'’)"):
        return True
    # The phrase runs to the sentence end: a speaker ("said Al-Houl.") unless it has a verb ("said costs were high.").
    return any(w in _CLAUSE_AUXILIARIES or w.endswith("ed") for w in text[phrase.start : phrase.end].split())


# "being" opens no clause here: "recalls the colleague being confused" stays the object of the cue.
_CLAUSE_AUXILIARIES = AUXILIARIES - {"being"}


# Whom a remind/assure verb addresses: up to six words, no verb, preposition or clause among them ("reminded viewers
# that", "assured a crowd of tearful female supporters that", "assured the American people that"). Between it and
# "that" may stand a time, a place, an occasion or a relative clause ("assured investors on Tuesday that", "assured
# passengers who were stranded that", "reminded residents in the town of Springfield who live near the river
# that"): they stay out of the cue. Without "that" the addressee counts only before a clause's subject ("assured fans
# the team would return"), not before "of" ("reminded Americans of his policy").
_ADDRESS_WORDS = (
    r"(?:\s+(?!(?:that|is|are|was|were|has|have|had|will|would|who|which|and|but|in|on|at|during|after)\b)"
    r"[\w'’.-]+){1,6}"
)
_UP_TO_THAT = r"\b[^,;:\"“]{0,100}?\s+that\b"  # a relative clause or an adjunct, then "that"
_ADDRESSEE_BEFORE_THAT = re.compile(_ADDRESS_WORDS + r"(?=\s+that\b|\s+(?:who|which|in|on|at|during|after)" + _UP_TO_THAT + ")")
# The addressee's relative clause up to "that": "assured passengers [who were stranded that] refunds would follow".
RELATIVE_TO_THAT = re.compile(r"\s+(?:who|which)" + _UP_TO_THAT)
_ADDRESSEE_BEFORE_CLAUSE = re.compile(  # no "of": "reminded voters of the six years his family had lived" is no clause
    _ADDRESS_WORDS.replace("|after)", "|after|of)")
    + r"(?=\s+(?:the|his|her|their|its|he|she|they|it|we|I|you|there)\s+[\w'’-]+\s+[a-z])"
)
_ADDRESSEE = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their)\s+)?(?:(?:[a-z][\w'’-]*\s+){0,2}[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}"
    r"(?:\s+of\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?|[a-z]+)"  # "The Star-Ledger of Newark"
    r"(?=\s*(?:that\b|[:,\"“]|\.(?:\s|$)|\s[a-z][\w'’]*\s))"
)


def with_addressee(text: str, cue: Span, end: int, addressing: bool = False) -> Span:
    """`told Reuters`, `told reporters`, `told the newspaper`: the addressee belongs to the cue;
    for an ``addressing`` verb (the lexicon's `addressing_forms`: remind, assure) only one before "that" or a clause."""
    if addressing:
        m = _ADDRESSEE_BEFORE_THAT.match(text, cue.end, end) or _ADDRESSEE_BEFORE_CLAUSE.match(text, cue.end, end)
        return Span(cue.start, m.end()) if m else cue
    m = _ADDRESSEE.match(text, cue.end, end)
    if m and m.group().split()[0].lower() in ("a", "an") and m.group().split()[-1].islower():
        return cue  # "told a humanizing story": what was told, not to whom
    if m and text[m.start() : m.end()].strip().lower() not in ("that", "the"):
        return Span(cue.start, m.end())
    return cue


def adjunct_tail(text: str, pos: int, end: int) -> bool:
    """Whether the rest of the sentence from ``pos`` is only a time, place or occasion."""
    return end - pos <= MAX_TAIL and _ADJUNCT_TAIL.match(text[pos:end]) is not None


def after_opening_quote(text: str, sentence: Span, cue_start: int, quotes: QuoteIndex) -> Span | None:
    """The sentence after an opening quotation and its comma (`"Q," S, a role, said`), if it opens with one or inside
    one (`"Q1. Q2," S, a role, said`: the segmenter splits a quotation of several sentences)."""
    quote = quotes.starting_at(sentence.start) or quotes.enclosing(sentence.start)
    if quote is None or quote.outer.end >= cue_start:
        return None
    pos = skip_space(text, quote.outer.end, cue_start)
    if text[pos : pos + 1] == ",":
        pos = skip_space(text, pos + 1, cue_start)
    elif text[quote.inner.end - 1 : quote.inner.end] not in (",", "?", "!"):
        return None
    return Span(pos, sentence.end)


_SUBJECT_PRONOUNS = PRONOUNS | {"there"}  # "there" opens a clause as a subject does


def _reads_as_clause(text: str, pos: int, end: int) -> bool:
    """Whether the words at ``pos`` open a clause ("he was ...", "the plan would ...", "Liz Cheney on Friday first
    articulated ..."), not a noun phrase."""
    toks = [text[s:e].lower() for s, e in first_words(text, pos, min(end, pos + 80), 8)]
    return bool(toks) and (
        toks[0] in _SUBJECT_PRONOUNS
        or any(t in _CLAUSE_AUXILIARIES for t in toks)
        or _NAME_THEN_PAST.match(text, pos, end) is not None
    )


# A name, a day or an adverb, then a past-tense verb that no "by" follows (not a passive participle): a clause.
_NAME_THEN_PAST = re.compile(
    r"(?:[A-Z][\w.'’-]*\s+){1,3}(?:(?:on\s+)?" + WEEKDAY + r"\s+|(?:first|also|then|later|once|never|recently)\s+){0,2}"
    r"[a-z]{3,}ed\b(?!\s+by\b)"
)
