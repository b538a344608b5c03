"""Reading one cue in its sentence: which form it takes, and its source and content spans.

Forms: direct (`S said: "Q"`, `"Q," S said`), indirect (`S said that C`,
`S said C`, `C, S said`), mixed (indirect content holding a quotation),
according-to (`According to S, C`, `C, according to S`), object (`Hamas
denied the charge`, `Egypt accused Hamas of ...`) and adverbial
(`reportedly`). Every function returns spans into the article text and never
raises on odd text: a cue it cannot read is skipped.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from reader.core.attributions.cue_words import VERB_ONLY, not_speech
from reader.core.attributions.quotes import QuoteIndex
from reader.core.attributions.sources import (
    PREPOSITIONS,
    TOKEN,
    head_word,
    phrase_after,
    skip_space,
    skip_space_back,
    source_before,
    words,
)
from reader.core.attributions.subjects import (
    appositive_source,
    clause_subject,
    fronted_subject,
    previous_speaker,
    role_name_subject,
    shared_subject,
    speaker_after,
)
from reader.core.lexicons.verbs import ReportingVerbs, cue_key
from reader.core.model import Span

# Adverbials between a cue and its content ("said in a statement on Tuesday that").
_LEAD = re.compile(
    r"(?:\s*,?\s*(?:in\s+an?\s+(?:statement|interview|press\s+release|press\s+conference|speech|address|post|tweet|op-ed)"
    r"(?:\s+(?:with|to|on)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?"
    r"|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:last|this|earlier|late|early)\s+(?:week|month|year|night|morning|evening|\w+day)"
    r"|yesterday|today|earlier|later|again|also|publicly|repeatedly|on\s+(?:Twitter|X|Facebook|Telegram|television)"
    r"|however\s*,))+"
)
_STATEMENT = re.compile(r"\s*,?\s*in\s+an?\s+(?:statement|interview|press\s+release)\b")
# Where an object's or a request's content stops: a relative clause or a new coordinated clause.
_CLAUSE_END = re.compile(
    r",\s+(?:most\s+of\s+which|many\s+of\s+whom|which|who|whom|where|but|and|while|whereas|with|warning|saying|adding)\b|;|\s+—\s+"
    r"|\s+and\s+(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}[a-z]+ing\b"  # "... and the airline warning"
)
_LEADING_CONJUNCTION = re.compile(r"(?:But|And|So|Yet|However|Meanwhile)\b,?\s*")
_TELL_FORMS = frozenset({"tell", "tells", "told", "telling"})
# Classes that may take their content straight after the verb, without "that" ("She said relief was slow").
_BARE_CLASSES = frozenset({"say", "warn", "ask", "promise"})
_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday week month year night morning evening".split()
)


class Found(NamedTuple):
    cue: Span
    source: Span | None
    content: Span
    kind: str
    form: str
    cue_class: str | None
    head: Span | None = None  # the source's head word, when already found (`head_word`)


def read_cue(
    text: str, sentence: Span, start: int, end: int, verbs: ReportingVerbs, quotes: QuoteIndex, memo: dict | None = None
) -> Found | None:
    """The attribution of the cue at [start, end) in ``sentence``, if it reads as one.

    ``memo`` is `source_before`'s, shared by the cues of one article."""
    cue_text = cue_key(text[start:end])
    cue = Span(start, end)
    if cue_text == "according to":
        return _according_to(text, sentence, cue, verbs)
    if cue_text in verbs.adverbs:
        return _adverbial(text, sentence, cue, verbs.adverbs[cue_text])
    cue_class = verbs.class_of(cue_text)
    if cue_class is None or not_speech(text, sentence, cue, cue_text, cue_class, verbs):
        return None
    found = _verb_cue(text, sentence, cue, cue_text, cue_class, verbs, quotes, memo)
    if found is None or len(found.content) == 0 or (found.source is not None and found.source.overlaps(found.content)):
        return None
    return found


def _verb_cue(text, sentence, cue, cue_text, cue_class, verbs, quotes, memo) -> Found | None:
    source, status = source_before(text, sentence.start, cue.start, verbs, memo)
    continued = None  # `he said, adding that`: the speaker of the cue before, whose quote is not this cue's
    if status == "comma" and cue_text.endswith("ing"):
        continued = previous_speaker(text, sentence, cue.start, verbs, memo)
        source, status = continued or clause_subject(text, sentence, cue.start, verbs), "np"
    elif status == "coordinated":
        source = shared_subject(text, sentence, cue.start, verbs, memo) or clause_subject(text, sentence, cue.start, verbs)
        status = "np"
    elif status == "comma":
        subject = None
        if _content_follows(text, sentence, cue, quotes):
            subject = fronted_subject(text, sentence, cue.start, verbs, memo)
        elif (role_name := role_name_subject(text, sentence, cue.start, verbs, memo)) is not None:
            subject = role_name  # `Its chairman, Yaw Boateng, accused the researchers of ...`
        elif cue_text not in _TELL_FORMS and speaker_after(text, cue.end, sentence.end) is not None:
            subject = source = None  # `C, X, said S.`: the speaker comes after the cue
        else:
            subject = appositive_source(text, sentence, cue.start, verbs, memo)
        if subject is not None:
            source, status = subject, "np"
    head = None
    if source is not None:
        head = head_word(text, source)
        if text[head.start : head.end].lower() in _TIME_WORDS:
            return None
    if cue_class == "show" and (head is None or text[head.start : head.end].lower() not in verbs.evidence_heads):
        return None  # "prices show": only a study, figures or papers "show" what someone reports
    if cue_text in _TELL_FORMS:
        cue = _with_addressee(text, cue, sentence.end)
    statement = _STATEMENT.match(text, cue.end)
    if statement:
        cue = Span(cue.start, statement.end())
    lead = _LEAD.match(text, cue.end)
    pos = skip_space(text, lead.end() if lead else cue.end, sentence.end)
    noun_like = cue_text not in VERB_ONLY and not cue_text.endswith(("ed", "ing")) and " " not in cue_text
    quote_before = source is not None and continued is None and _closing_quote_before(text, source.start, sentence.start)
    if (
        status == "comma"
        or quote_before
        or (status == "np" and _at_end(text, pos, sentence.end))
        or (status == "np" and text[pos : pos + 1] == "," and not _opens_quote(text, pos, quotes))
    ):
        if noun_like or cue_class == "show":
            return None  # "C, shipping data showed": a measurement, not a report; "show" needs "that"
        return _trailing(text, sentence, cue, source, head, status, cue_class, quotes)
    if source is None:
        return None
    kind, form, content = _content_after(text, sentence, pos, cue_class, verbs, quotes, noun_like)
    content = _cut_at_next_cue(text, content, verbs)
    if content is None or content.overlaps(source):
        return None
    if cue_class == "describe" and not re.search(r"\bas\b", text[content.start : content.end]):
        return None  # "described the ruling as a victory" judges; "described the smoke" only reports a sight
    return Found(cue, source, content, kind, form, cue_class, head)


def _content_after(text, sentence, pos, cue_class, verbs, quotes, noun_like):
    """(kind, form, content) of the words after a cue."""
    if text[pos : pos + 1] == ":":
        pos = skip_space(text, pos + 1, sentence.end)
        quote = quotes.starting_at(pos)
        if quote is not None:
            return _direct(text, quote)
        return _indirect(text, sentence, pos, "indirect-colon", quotes)
    if text[pos : pos + 1] == "," and _opens_quote(text, pos, quotes):
        pos = skip_space(text, pos + 1, sentence.end)
    quote = quotes.starting_at(pos)
    if quote is not None:
        return _direct(text, quote)
    that = _that_ahead(text, pos, sentence.end)
    if that is not None:
        start = skip_space(text, that, sentence.end)
        kind, form, content = _indirect(text, sentence, start, "indirect-that", quotes)
        if cue_class == "ask" and content is not None:
            content = _cut_clause(text, content)
        return kind, form, content
    if noun_like:
        return None, None, None
    colon = _colon_quote_ahead(text, pos, sentence.end, quotes)
    if colon is not None:
        return _direct(text, colon)
    first = words(text, pos, min(sentence.end, pos + 40))
    if not first or _is_preposition(text, first) and cue_class not in verbs.object_classes:
        return None, None, None
    if cue_class not in _BARE_CLASSES and cue_class not in verbs.object_classes:
        return None, None, None  # "claimed the jobs", "reported the news": no speech without "that" or a quote
    if cue_class in verbs.object_classes or cue_class == "ask":
        content = _cut_clause(text, _to_sentence_end(text, sentence, pos, quotes))
        return (
            ("object" if cue_class in verbs.object_classes else "indirect"),
            "object" if cue_class in verbs.object_classes else "indirect-bare",
            content,
        )
    return _indirect(text, sentence, pos, "indirect-bare", quotes)


def _is_preposition(text: str, toks: list[tuple[int, int]]) -> bool:
    """The first word is a preposition, not a quantifier ("about 200 homes", "over half")."""
    if text[toks[0][0] : toks[0][1]].lower() not in PREPOSITIONS:
        return False
    following = text[toks[1][0] : toks[1][1]].lower() if len(toks) > 1 else ""
    return not (following[:1].isdigit() or following in _QUANTITIES)


_QUANTITIES = frozenset(
    "half a an one two three four five six seven eight nine ten dozen dozens hundred hundreds thousand thousands million".split()
)


def _colon_quote_ahead(text: str, pos: int, end: int, quotes: QuoteIndex):
    """`told reporters after a nine-hour session at the office: "Q..."`: the quotation after a circumstance."""
    colon = text.find(":", pos, min(end, pos + 160))
    if colon < 0 or any(mark in text[pos:colon] for mark in '"“”.;'):
        return None
    return quotes.starting_at(skip_space(text, colon + 1, len(text)))


def _content_follows(text: str, sentence: Span, cue: Span, quotes: QuoteIndex) -> bool:
    """Whether what was said follows the cue (`said the silos could ...`), not its speaker (`said Dahl.`)."""
    pos = skip_space(text, cue.end, sentence.end)
    if _at_end(text, pos, sentence.end):
        return False
    phrase = phrase_after(text, pos, sentence.end)
    if phrase is None:
        return True
    rest = text[phrase.end : sentence.end]
    if rest.lstrip().startswith(","):
        return False
    if rest.strip(" .!?\"”'’)"):
        return True
    # The phrase runs to the sentence end: a speaker ("said Al-Houl.") unless it has a verb ("said costs were high.").
    return any(w in _AUXILIARIES or w.endswith("ed") for w in text[phrase.start : phrase.end].split())


_AUXILIARIES = frozenset("is are was were be been has have had will would could can may might should must do does did".split())


def _direct(text, quote):
    content = _trim(text, quote.inner)
    if len(content) == 0:
        return None, None, None
    return "direct", ("direct-multi" if quote.paragraphs > 1 else "direct"), content


def _indirect(text, sentence, start, form, quotes):
    content = _to_sentence_end(text, sentence, start, quotes)
    if content is None or len(content) == 0:
        return None, None, None
    if quotes.within(content):
        return "mixed", "mixed", content
    return "indirect", form, content


def _trailing(text, sentence, cue, source, head, status, cue_class, quotes) -> Found | None:
    """`"Q," S said` / `C, S said` / `"Q," said S`: the content comes before."""
    if status == "comma":
        source, head = speaker_after(text, cue.end, sentence.end), None
        before = cue.start
    else:
        before = source.start if source is not None else cue.start
    if source is None:
        return None
    comma = skip_space_back(text, before, sentence.start)
    if comma <= sentence.start and not (comma > 0 and text[comma - 1] in '”"'):
        return None
    if text[comma - 1] == ",":
        comma -= 1
        closing = skip_space_back(text, comma, 0)
    else:
        closing = comma
    quote = quotes.ending_at(closing) if closing > 0 and text[closing - 1] in '”"' else None
    if quote is None and closing > 0 and text[closing - 2 : closing] in (",”", ',"'):
        quote = quotes.ending_at(closing)
    if quote is not None:
        kind, form, content = _direct(text, quote)
        if content is None or content.overlaps(source):
            return None
        form = "direct-multi" if form == "direct-multi" else "inverted-direct"
        return Found(cue, source, content, kind, form, cue_class, head)
    if text[comma : comma + 1] != ",":
        return None
    start = sentence.start
    lead = _LEADING_CONJUNCTION.match(text, start, comma)
    if lead:
        start = lead.end()
    content = _trim(text, Span(start, comma))
    if len(content) == 0 or content.overlaps(source):
        return None
    kind = "mixed" if quotes.within(content) else "indirect"
    return Found(cue, source, content, kind, "inverted", cue_class, head)


def _according_to(text: str, sentence: Span, cue: Span, verbs: ReportingVerbs) -> Found | None:
    lead = _LEADING_CONJUNCTION.match(text, sentence.start, cue.start)
    front = not text[(lead.end() if lead else sentence.start) : cue.start].strip()
    if front:
        source = phrase_after(text, cue.end, sentence.end)
        if source is None:
            return None
        comma = text.find(",", source.end, sentence.end)
        if comma < 0:
            return None
        content = _trim(text, Span(comma + 1, sentence.end))
        form = "according-front"
    else:
        source = phrase_after(text, cue.end, sentence.end)
        if source is None:
            return None
        start = lead.end() if lead else sentence.start
        content = _trim(text, Span(start, cue.start))
        form = "according-end"
    if len(content) == 0 or content.overlaps(source):
        return None
    head = head_word(text, source)
    if text[head.start : head.end].lower() in _NOT_SPEAKERS:
        return None
    return Found(cue, source, content, "according-to", form, "according", head)


# "according to plan", "according to the rules": a standard, not a speaker.
_NOT_SPEAKERS = frozenset(
    "plan plans schedule rules rule law laws tradition custom script protocol procedure instructions standards".split()
)


def _adverbial(text: str, sentence: Span, cue: Span, cue_class: str) -> Found | None:
    """`Hamas has reportedly refused ...`: the content is the clause holding the adverb."""
    start = max(text.rfind(",", sentence.start, cue.start) + 1, text.rfind(";", sentence.start, cue.start) + 1, sentence.start)
    lead = _LEADING_CONJUNCTION.match(text, skip_space(text, start, cue.start), cue.start)
    if lead:
        start = lead.end()
    stops = [p for p in (text.find(",", cue.end, sentence.end), text.find(";", cue.end, sentence.end)) if p >= 0]
    end = min(stops) if stops else sentence.end
    content = _trim(text, Span(start, end))
    if len(content) <= len(cue):
        return None
    return Found(cue, None, content, "adverbial", "adverbial", cue_class)


def _closing_quote_before(text: str, pos: int, start: int) -> bool:
    """Whether ``pos`` follows `,"` / `,”` (the end of a quotation the cue introduces afterwards)."""
    back = skip_space_back(text, pos, start)
    return back - 2 >= start and text[back - 2 : back] in (',"', ",”", '?"', "?”", '!"', "!”")


_ADDRESSEE = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their)\s+)?(?:(?:[a-z][\w'’-]*\s+){0,2}[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}|[a-z]+)"
    r"(?=\s*(?:that\b|[:,\"“]|\.(?:\s|$)|\s[a-z]+\s))"
)


def _with_addressee(text: str, cue: Span, end: int) -> Span:
    """`told Reuters`, `told reporters`, `told the newspaper`: the addressee belongs to the cue."""
    m = _ADDRESSEE.match(text, cue.end, end)
    if m and text[m.start() : m.end()].strip().lower() not in ("that", "the"):
        return Span(cue.start, m.end())
    return cue


def _that_ahead(text: str, pos: int, end: int) -> int | None:
    """Where the content after "that" starts, if "that" comes within a few words of ``pos``."""
    for n, m in enumerate(TOKEN.finditer(text, pos, min(end, pos + 80))):
        if n == 6:
            return None
        start, stop = m.span()
        low = text[start:stop].lower()
        if low == "that":
            return stop
        if not text[start].isalnum() or (n == 0 and low not in PREPOSITIONS and low not in ("after", "before")):
            return None
    return None


def _to_sentence_end(text, sentence, start, quotes) -> Span | None:
    end = sentence.end
    for quote in quotes.within(Span(start, end)):
        end = max(end, quote.outer.end)  # a quotation that runs past the sentence (or paragraph) belongs to it
    span = _trim(text, Span(start, end))
    return span if len(span) else None


def _cut_clause(text: str, span: Span | None) -> Span | None:
    if span is None:
        return None
    m = _CLAUSE_END.search(text, span.start, span.end)
    return _trim(text, Span(span.start, m.start())) if m else span


_AND_VERB = re.compile(r"\s*,?\s+and\s+(?:also\s+|then\s+|later\s+)?([a-z]+)\b")


def _cut_at_next_cue(text: str, span: Span | None, verbs) -> Span | None:
    """`denied any link ... and said she was`: a coordinated cue starts an attribution of its own."""
    if span is None:
        return None
    for m in _AND_VERB.finditer(text, span.start, span.end):
        if verbs.class_of(m.group(1)) is not None and not m.group(1).endswith("ing"):
            cut = _trim(text, Span(span.start, m.start()))
            return cut if len(cut) else span
    return span


def _opens_quote(text: str, comma: int, quotes: QuoteIndex) -> bool:
    return quotes.starting_at(skip_space(text, comma + 1, len(text))) is not None


def _at_end(text: str, pos: int, end: int) -> bool:
    return not text[pos:end].strip(" .!?\"”'’)")


def _trim(text: str, span: Span) -> Span:
    """``span`` without surrounding blanks, leading commas/colons and trailing punctuation."""
    start, end = span.start, span.end
    while start < end and (text[start].isspace() or text[start] in ",:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:."):
        end -= 1
    return Span(start, end)
