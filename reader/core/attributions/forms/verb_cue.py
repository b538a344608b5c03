"""The verb-cue forms: `S said: "Q"`, `S said that C`, `S said C`, `Hamas denied the charge`, and which
of them a cue takes; when the content comes before the cue it is `claim_before_cue`'s."""

from __future__ import annotations

import re

from reader.core.attributions.cue_words import CARRIED_ON, GERUND_PREPOSITIONS, VERB_ONLY, statement_gerund
from reader.core.attributions.forms.claim_before_cue import trailing
from reader.core.attributions.forms.clauses import (
    TIME_WORDS,
    Found,
    Reading,
    at_end,
    closing_quote_before,
    cut_at_next_cue,
    cut_clause,
    direct,
    indirect,
    opens_quote,
    that_ahead,
    to_sentence_end,
)
from reader.core.attributions.sources import (
    PREPOSITIONS,
    SourceMemo,
    evidence_before,
    head_word,
    phrase_after,
    previous_token,
    skip_space,
    source_before,
    words,
)
from reader.core.attributions.subjects import (
    appositive_source,
    aside_source,
    clause_subject,
    fronted_subject,
    main_subject,
    previous_speaker,
    role_name_subject,
    shared_subject,
    speaker_after,
)
from reader.core.lexicons.verbs import ReportingVerbs
from reader.core.model import Span
from reader.core.text.quotes import Quote, QuoteIndex

# Adverbials between a cue and its content ("said in a statement on Tuesday that").
_LEAD = re.compile(
    r"(?:\s*,?\s*(?:in\s+an?\s+(?:statement|interview|press\s+release|press\s+conference|speech|address|post|tweet|op-ed)"
    r"(?:\s+(?:with|to|on)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?"
    r"|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:last|this|earlier|late|early)\s+(?:week|month|year|night|morning|evening|\w+day)"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:night|morning|afternoon|evening))?"
    r"|yesterday|today|earlier|later|again|also|publicly|repeatedly|on\s+(?:Twitter|X|Facebook|Telegram|television)"
    r"|on\s+(?:[A-Z][\w'’.-]*|CNN|ABC|NBC|CBS|MSNBC)(?:\s+[A-Z][\w'’.-]*){0,3}(?=\s+(?:that|he|she|they|it|we|i|the)\b)"
    r"|however\s*,))+"
)


_STATEMENT = re.compile(r"\s*,?\s*in\s+an?\s+(?:statement|interview|press\s+release)\b")


_TELL_FORMS = frozenset({"tell", "tells", "told", "telling"})


# Classes that may take their content straight after the verb, without "that" ("She said relief was slow",
# "a poll shows Trump ahead": "show" only ever reaches here with a study, poll or figures as its source).
_BARE_CLASSES = frozenset({"say", "warn", "ask", "promise", "show", "think", "call"})
# Classes whose content may be a "to" infinitive: a promise, a request, a warning.
_TO_CLASSES = frozenset({"promise", "ask", "warn"})
# Classes (besides the lexicon's object classes) whose noun-phrase object is what was made public.
_OBJECT_TOO = frozenset({"report", "reveal"})
# Say verbs whose noun-phrase object names what was said ("recalled her opposition to ...", "noted the attacks",
# "explained the similarities"); "said" and "told" never take one.
_SAY_OBJECT_STEMS = ("announc", "recall", "explain", "not", "mention", "reiterat", "repeat", "stress", "emphasi")
# What may follow a cue that closes its sentence without being content: a time, a place, an occasion
# ("..., police announced Thursday", "Wray confirmed at a press conference"). Words that open a clause
# ("that", "who", "whether") end the match, so "said in 2015 that he won" is not an adjunct.
_TAIL_WORD = r"(?!(?:that|who|which|whether|if|and|but|he|she|they|it|we|i)\b)[\w'’.-]+"
_ADJUNCT_TAIL = re.compile(
    r"(?:\s*,?\s*(?:(?:on|at|in|during|after|before|from|to|via|outside|inside|with|while|late|early)\s+(?:"
    + _TAIL_WORD
    + r"\s+){0,6}"
    + _TAIL_WORD
    + r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:night|morning|afternoon|evening))?"
    r"|yesterday|today|tonight|(?:last|this|earlier)\s+\w+|afterwards?|later|again|too))+\s*[.!?]?[\"”’)]*\s*$"
)
_WHO_BEFORE = re.compile(r"(,)?\s*\bwho\s+(?:(?:has|have|had|also|later|earlier|previously|once|still|[a-z]+ly)\s+)*$")
# "say" verbs whose bare complement is a statement ("she said relief was slow"); others ("announced",
# "declared", "explained") take a noun phrase object without "that" ("announced a presidential bid").
_BARE_SAY = frozenset(
    """say says said saying tell tells told telling add adds added adding insist insists insisted insisting
    argue argues argued arguing claim claims claimed predict predicts predicted suggest suggests suggested
    suggesting warn warns warned tweet tweets tweeted write writes wrote reply replies replied respond
    responds responded admit admits admitted complain complains complained stress stresses stressed
    testify testified joke joked""".split()
)
# Cues that report speech only around a quotation: "he continued: ...", `"...," the memo reads`.
_QUOTING_ONLY = frozenset({"continued", "continues", "read", "reads"})
_NOT_CONTENT = frozenset("little nothing much anything something more less".split())
_PRONOUNS = frozenset("he she they we i you it".split())
_PLURAL_PRONOUNS = frozenset("they we i".split())
MAX_TAIL = 100  # characters: a longer rest of the sentence is content, not an adjunct
# "called the show “the news show of record”", "called it a disgrace": a judgement of an object; "called
# Putin" is a phone call and "a club called Democracy Alliance" a name.
_CALLED_AS = re.compile(
    r"\s+(?:it|him|her|them|this|that|(?:the|his|her|their|its)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}"
    r"|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?:an?\s|the\s|[\"“‘])"
)


def verb_cue(
    text: str,
    sentence: Span,
    cue: Span,
    cue_text: str,
    cue_class: str,
    verbs: ReportingVerbs,
    quotes: QuoteIndex,
    memo: SourceMemo | None,
) -> Found | None:
    carried = CARRIED_ON.search(text, max(sentence.start, cue.start - 40), cue.start)
    anchor = carried.start() if carried else cue.start  # where the subject's verb phrase starts
    source, status = source_before(text, sentence.start, anchor, verbs, memo)
    relative = False  # the cue is in a relative clause ("Perez, who said ..., spoke"): its content ends at a comma
    continued = None  # `he said, adding that`: the speaker of the cue before, whose quote is not this cue's
    gerund = cue_text.split()[0].endswith("ing")  # "saying", "referring to"
    if gerund and (
        status == "comma"
        or statement_gerund(text, sentence, cue)
        or _but_before(text, cue)
        or previous_token(text, sentence.start, cue.start).lower() in GERUND_PREPOSITIONS
    ):
        continued = previous_speaker(text, sentence, cue.start, verbs, memo)
        source = continued or main_subject(text, sentence, anchor, verbs, memo)
        source, status = source or clause_subject(text, sentence, anchor, verbs), "np"
    elif status == "coordinated":
        source = shared_subject(text, sentence, anchor, verbs, memo) or clause_subject(text, sentence, anchor, verbs)
        status = "np"
    elif status == "comma":
        subject = None
        if (after := _after_opening_quote(text, sentence, anchor, quotes)) is not None:
            subject = fronted_subject(text, after, anchor, verbs, memo)  # `"Q," Fred Kagan, director of ..., said`
        else:
            subject = fronted_subject(text, sentence, anchor, verbs, memo)  # `S, a role, said C`
        if subject is not None:
            pass
        elif _content_follows(text, sentence, cue, quotes, cue_text):
            subject = fronted_subject(text, sentence, anchor, verbs, memo)
        elif (role_name := role_name_subject(text, sentence, anchor, verbs, memo)) is not None:
            subject = role_name  # `Its chairman, Yaw Boateng, accused the researchers of ...`
        elif (
            cue_text not in _TELL_FORMS
            and cue_class not in verbs.object_classes
            and speaker_after(text, cue.end, sentence.end) is not None
        ):
            subject = source = None  # `C, X, said S.`: the speaker comes after the cue
        else:
            subject = appositive_source(text, sentence, anchor, verbs, memo) or aside_source(
                text, sentence, anchor, verbs, memo
            )  # `C, Senator Durbin, Democrat of Illinois, said`
        if subject is not None:
            source, status = subject, "np"
    elif status == "none" and (who := _WHO_BEFORE.search(text, sentence.start, cue.start)) is not None:
        source, status = source_before(text, sentence.start, who.start(), verbs, memo)  # "Perez, who said ..."
        if status != "np":
            source = None
        relative = who.group(1) is not None  # "critics who say he should ...": a restrictive clause runs on
        if source is not None and not relative:
            source = _after_last_verb(text, source, verbs)  # "Obama rebuked critics who say": the critics
    head = None
    if source is not None:
        head = head_word(text, source)
        if text[head.start : head.end].lower() in TIME_WORDS:
            return None
    if (
        cue_class in ("show", "find")
        and status == "np"
        and (head is None or text[head.start : head.end].lower() not in verbs.evidence_heads)
        and (found_evidence := evidence_before(text, sentence.start, cue.start, verbs)) is not None
    ):
        source, head = found_evidence  # "records compiled by the Center for Responsive Politics show"
    if cue_class in ("show", "find") and _NEGATED.search(text, max(sentence.start, cue.start - 25), cue.start):
        return None  # "the data could not yet show whether ...": nothing shown
    if cue_class == "show" and (head is None or text[head.start : head.end].lower() not in verbs.evidence_heads):
        return None  # "prices show": only a study, figures or papers "show" what someone reports
    if cue_class == "decline":
        return _declined(text, sentence, cue, source, head, quotes)
    if cue_class == "stance" and _NOT_STANCE.match(text, cue.end):
        return None  # "backed away from the deal", "support for": no position taken on an object
    if cue_text in _TELL_FORMS:
        cue = _with_addressee(text, cue, sentence.end)
    statement = _STATEMENT.match(text, cue.end)
    if statement:
        cue = Span(cue.start, statement.end())
    lead = _LEAD.match(text, cue.end)
    pos = skip_space(text, lead.end() if lead else cue.end, sentence.end)
    noun_like = cue_text not in VERB_ONLY and not cue_text.endswith(("ed", "ing")) and " " not in cue_text
    evidence = head is not None and text[head.start : head.end].lower() in verbs.evidence_heads
    if noun_like and evidence and cue_class in ("show", "find") and status == "np":
        noun_like = False  # "polls show", "records show": after a study, poll or papers the word is a verb
    if carried:
        noun_like = False  # "went on to call": a verb
    elif noun_like and head is not None and status == "np" and not cue_text.endswith("s"):
        # "they think", "veteran strategists think", "Democrats oppose": a plural subject makes a base form a verb
        head_low = text[head.start : head.end].lower()
        noun_like = not (
            head_low in _PLURAL_PRONOUNS or (head_low.endswith("s") and not head_low.endswith(("ss", "'s", "’s", "us")))
        )
    elif noun_like and head is not None and status == "np" and cue_text.endswith("s"):
        # "Obama denies", "he says", "a new poll shows": after a name, a pronoun or evidence the word is a verb
        head_text = text[head.start : head.end]
        noun_like = not (head_text[:1].isupper() or head_text.lower() in _PRONOUNS or head_text.lower() in verbs.evidence_heads)
    quote_before = source is not None and continued is None and closing_quote_before(text, source.start, sentence.start)
    if not cue_text.startswith("refer") and (
        status == "comma"
        or quote_before
        or (
            status == "np"
            and (
                at_end(text, pos, sentence.end)
                or (_adjunct_tail(text, pos, sentence.end) and not _to_content(text, pos, cue_class, cue_text))
            )
        )
        or (status == "np" and text[pos : pos + 1] == "," and not opens_quote(text, pos, quotes))
    ):
        if noun_like:
            return None
        found = trailing(text, sentence, cue, source, head, status, cue_class, quotes)
        if found is not None and cue_text in _QUOTING_ONLY and found.kind != "direct":
            return None  # `"Q," he continued`, `"Q," the memo reads`; not "Prices rose, it continued"
        if found is None and status == "np" and source is not None and text[pos : pos + 1] == ",":
            # `Rubio says, win or lose in Florida, he's staying`: an aside, then the content
            kind, form, content = indirect(text, sentence, pos + 1, "indirect-bare", quotes)
            if content is not None and kind is not None and form is not None:
                return Found(cue, source, content, kind, form, cue_class, head)
        return found
    if source is None:
        return None
    reads_as = "show" if cue_class == "find" and evidence else cue_class  # "a poll found Trump ahead"
    kind, form, content = _content_after(text, sentence, pos, reads_as, verbs, quotes, noun_like, cue_text)
    content = cut_at_next_cue(text, content, verbs)
    if relative and content is not None and (comma := text.find(",", content.start, content.end)) > content.start:
        content = Span(content.start, comma)
    if kind is None or form is None or content is None or content.overlaps(source):
        return None
    if cue_text in _QUOTING_ONLY and kind != "direct":
        return None  # "continued to rise", "read the letter": only `he continued: "..."` reports speech
    if cue_class == "charge" and that_ahead(text, pos, sentence.end) is None:
        return None  # "charged with murder", "indicated a turn": only "charged that ..." reports speech
    if cue_class == "call" and not (
        _CALLED_AS.match(text, cue.end)
        or _CALLED_QUOTE.match(text, cue.end, sentence.end)
        or _WHAT_BEFORE.search(text, max(sentence.start, source.start - 8), source.start)
        or (text[source.start : source.end].lower() in _PRONOUNS and quotes.starting_at(skip_space(text, cue.end, sentence.end)))
    ):
        return None
    if cue_class == "describe" and not re.search(r"\bas\b", text[content.start : content.end]):
        return None  # "described the ruling as a victory" judges; "described the smoke" only reports a sight
    return Found(cue, source, content, kind, form, cue_class, head)


# "declined to comment", "refused to say whether ...": only a refusal to speak is an attribution.
DECLINED = re.compile(
    r"\s+(?:(?:again|repeatedly|publicly|later)\s+)?to\s+(?:publicly\s+)?(?:comment|say|discuss|elaborate|answer|respond"
    r"|speculate|identify|name|confirm|disclose|specify|detail|reveal|explain|talk|speak|address|rule\s+out)\b"
)
_NEGATED = re.compile(r"\b(?:not|never|cannot|n[’']t)\s+(?:(?:yet|always|necessarily|clearly)\s+)?$", re.I)
_NOT_STANCE = re.compile(r"\s+(?:away|off|down|out|up|for|of|by)\b")


def _declined(text: str, sentence: Span, cue: Span, source: Span | None, head: Span | None, quotes: QuoteIndex) -> Found | None:
    m = DECLINED.match(text, cue.end, sentence.end)
    if m is None or source is None:
        return None
    start = skip_space(text, cue.end, sentence.end)
    comma = text.find(",", start, sentence.end)  # "While X declined to comment on ..., he said": the refusal ends there
    content = cut_clause(text, to_sentence_end(text, Span(sentence.start, comma if comma > 0 else sentence.end), start, quotes))
    if content is None or content.overlaps(source):
        return None
    return Found(cue, source, content, "indirect", "declined", "decline", head)


def _after_last_verb(text: str, source: Span, verbs: ReportingVerbs) -> Span:
    """The part of ``source`` after its last verb-like word (a cue or an -ed form)."""
    start = source.start
    for m in re.finditer(r"[\w'’-]+", text[source.start : source.end]):
        low = m.group().lower()
        if low.endswith("ed") or (low in verbs.verb_classes and m.end() < source.end - source.start):
            start = source.start + m.end()
    start = skip_space(text, start, source.end)
    return Span(start, source.end) if start < source.end else source


# "called Clinton's use of private email servers "extremely careless"", "called it ''predatory''": an object of a
# few words, then a quotation; "what Mr. Hedge called ''the prior economy model''": the object is "what".
_OBJECT_WORD = (
    r"(?!(?:to|on|at|for|about|from|and|or|that|who|which|after|before|during|when|because|is|are|was|were|has|have"
    r"|had|will|would|can|could)\b)[\w'’.-]+"
)
_CALLED_QUOTE = re.compile(r"\s+(?:" + _OBJECT_WORD + r"\s+){0,9}?" + _OBJECT_WORD + r"\s+(?:[\"“‘]|'')")
_WHAT_BEFORE = re.compile(r"\bwhat\s+$", re.I)


def _but_before(text: str, cue: Span) -> bool:
    """`calling the deal "a steep price" but saying ...`: a second participle of the same subject."""
    return text[max(0, cue.start - 5) : cue.start].rstrip().endswith(" but")


def _content_after(
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
    first = words(text, pos, min(sentence.end, pos + 40))
    if first and text[first[0][0] : first[0][1]] == "to" and (cue_class in _TO_CLASSES or cue_text in _TELL_FORMS):
        # "promised to build a wall", "told Jeb Bush to quiet down", "urged states to loosen ...": what was asked or vowed
        if len(first) > 1 and text[first[1][0]].islower():
            content = cut_clause(text, to_sentence_end(text, sentence, pos, quotes))
            return ("indirect", "indirect-to", content) if content is not None else (None, None, None)
        return None, None, None
    if (
        first
        and text[first[0][0] : first[0][1]].lower() in PREPOSITIONS
        and (after := _comma_quote_ahead(text, pos, sentence.end, quotes))
    ):
        return direct(text, after)  # `adding of Mr. Trump, ''He cares ...''`, `said last week in Tel Aviv, "Israel ..."`
    if not first or _is_preposition(text, first) and cue_class not in verbs.object_classes:
        return None, None, None
    takes_object = cue_class in verbs.object_classes or cue_class in _OBJECT_TOO or cue_text.startswith(_SAY_OBJECT_STEMS)
    if cue_class not in _BARE_CLASSES and not takes_object:
        return None, None, None  # "claimed the jobs": no speech without "that" or a quote
    if takes_object and cue_class in ("say", *_OBJECT_TOO) and _reads_as_clause(text, pos, sentence.end):
        return indirect(text, sentence, pos, "indirect-bare", quotes)  # "outlets reported the Secret Service had ..."
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


def _is_preposition(text: str, toks: list[tuple[int, int]]) -> bool:
    """The first word is a preposition, not a quantifier ("about 200 homes", "over half")."""
    if text[toks[0][0] : toks[0][1]].lower() not in PREPOSITIONS:
        return False
    following = text[toks[1][0] : toks[1][1]].lower() if len(toks) > 1 else ""
    return not (following[:1].isdigit() or following in _QUANTITIES)


_QUANTITIES = frozenset(
    "half a an one two three four five six seven eight nine ten dozen dozens hundred hundreds thousand thousands million".split()
)


def _to_content(text: str, pos: int, cue_class: str, cue_text: str) -> bool:
    """`promised to build a wall`: a "to" infinitive after a promise or request is its content, not an adjunct."""
    return (cue_class in _TO_CLASSES or cue_text in _TELL_FORMS) and re.match(r"to\s+[a-z]", text[pos : pos + 6]) is not None


def _comma_quote_ahead(text: str, pos: int, end: int, quotes: QuoteIndex) -> Quote | None:
    """`said of Mr. Trump, "Q..."`: the quotation after a short "of"/"about" phrase and a comma."""
    comma = text.find(",", pos, min(end, pos + 60))
    if comma < 0 or any(mark in text[pos:comma] for mark in '"“”.;:'):
        return None
    return quotes.starting_at(skip_space(text, comma + 1, len(text)))


def _colon_quote_ahead(text: str, pos: int, end: int, quotes: QuoteIndex) -> Quote | None:
    """`told reporters after a nine-hour session at the office: "Q..."`: the quotation after a circumstance."""
    colon = text.find(":", pos, min(end, pos + 160))
    if colon < 0 or any(mark in text[pos:colon] for mark in '"“”.;'):
        return None
    return quotes.starting_at(skip_space(text, colon + 1, len(text)))


def _content_follows(text: str, sentence: Span, cue: Span, quotes: QuoteIndex, cue_text: str = "") -> bool:
    """Whether what was said follows the cue (`said the silos could ...`), not its speaker (`said Dahl.`)."""
    pos = skip_space(text, cue.end, sentence.end)
    if at_end(text, pos, sentence.end):
        return False
    if cue_text in _TELL_FORMS:
        told = _with_addressee(text, cue, sentence.end)
        if told.end > cue.end and not at_end(text, skip_space(text, told.end, sentence.end), sentence.end):
            return True  # "told The Huffington Post he's not planning an appeal"
    phrase = phrase_after(text, pos, sentence.end)
    if phrase is None:
        return True
    rest = text[phrase.end : sentence.end]
    if rest.lstrip().startswith(","):
        # `told POLITICO, "Of the three, ..."`: an addressee, then the quotation
        return cue_text in _TELL_FORMS and opens_quote(text, phrase.end + rest.index(","), quotes)
    if rest.strip(" .!?\"”'’)"):
        return True
    # The phrase runs to the sentence end: a speaker ("said Al-Houl.") unless it has a verb ("said costs were high.").
    return any(w in _AUXILIARIES or w.endswith("ed") for w in text[phrase.start : phrase.end].split())


_AUXILIARIES = frozenset("is are was were be been has have had will would could can may might should must do does did".split())


_ADDRESSEE = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their)\s+)?(?:(?:[a-z][\w'’-]*\s+){0,2}[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}|[a-z]+)"
    r"(?=\s*(?:that\b|[:,\"“]|\.(?:\s|$)|\s[a-z][\w'’]*\s))"
)


def _with_addressee(text: str, cue: Span, end: int) -> Span:
    """`told Reuters`, `told reporters`, `told the newspaper`: the addressee belongs to the cue."""
    m = _ADDRESSEE.match(text, cue.end, end)
    if m and m.group().split()[0].lower() in ("a", "an") and m.group().split()[-1].islower():
        return cue  # "told a humanizing story": what was told, not to whom
    if m and text[m.start() : m.end()].strip().lower() not in ("that", "the"):
        return Span(cue.start, m.end())
    return cue


def _adjunct_tail(text: str, pos: int, end: int) -> bool:
    """Whether the rest of the sentence from ``pos`` is only a time, place or occasion."""
    return end - pos <= MAX_TAIL and _ADJUNCT_TAIL.match(text[pos:end]) is not None


def _after_opening_quote(text: str, sentence: Span, cue_start: int, quotes: QuoteIndex) -> Span | None:
    """The sentence after an opening quotation and its comma (`"Q," S, a role, said`), if it opens with one."""
    quote = quotes.starting_at(sentence.start)
    if quote is None or quote.outer.end >= cue_start:
        return None
    pos = skip_space(text, quote.outer.end, cue_start)
    if text[pos : pos + 1] == ",":
        pos = skip_space(text, pos + 1, cue_start)
    elif text[quote.inner.end - 1 : quote.inner.end] not in (",", "?", "!"):
        return None
    return Span(pos, sentence.end)


_SUBJECT_PRONOUNS = frozenset("he she they it we i you there".split())


def _reads_as_clause(text: str, pos: int, end: int) -> bool:
    """Whether the words at ``pos`` open a clause ("he was ...", "the plan would ..."), not a noun phrase."""
    toks = [text[s:e].lower() for s, e in words(text, pos, min(end, pos + 80))[:8]]
    return bool(toks) and (toks[0] in _SUBJECT_PRONOUNS or any(t in _AUXILIARIES for t in toks))
