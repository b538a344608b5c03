"""The result frame: `..., leading many party leaders to conclude that Mr. Steele will not seek reelection`,
`prompted Anderson Cooper to accuse Bondi of hypocrisy`, `led Republicans to say that ...`; and the purpose frame
(`purpose_frame`): `Trump descended an escalator at Trump Tower in New York to declare his candidacy`, `stood at an
event here to say he was leaning toward ...`: the sentence's subject went somewhere to say something.

An event that leads, prompts or causes someone "to" say, conclude or believe something makes that someone
the source: the cue is the infinitive, which `cue_words.not_speech` throws out everywhere else ("to admit"
is no one's statement). PolNeAR annotates these (cue "to declare", source "her"). One regular expression
per candidate cue (a cue after " to " that no other form read, see `extract`); the infinitive must be a cue of a class that reports speech or a judgement (not "to call the
race", "to ask for a separation"), and its content is read as a verb cue's would be.
"""

from __future__ import annotations

import re

from reader.core.attributions.forms.clauses import Found
from reader.core.attributions.forms.cue_content import content_after
from reader.core.attributions.sources import SourceMemo, head_word, skip_space
from reader.core.attributions.subjects import main_subject
from reader.core.lexicons.verbs import ReportingVerbs, cue_key
from reader.core.model import Span
from reader.core.text.quotes import QuoteIndex

# Classes whose infinitive after a result verb is a statement or a judgement of the source's.
RESULT_CLASSES = frozenset({"say", "belief", "accuse", "claim", "warn", "deny", "find", "confirm", "praise", "charge"})
_RESULT_VERB = (
    r"lead|leads|led|leading|prompt|prompts|prompted|prompting|cause|causes|caused|causing|force|forces|forced|forcing"
    r"|spur|spurs|spurred|spurring|drive|drives|drove|driving"
)
# The source: one to six words, no comma, no quotation, not opening with a word that ends a noun phrase. Matched
# backwards from each cue word after " to ".
_FRAME = re.compile(
    r"\b(?:" + _RESULT_VERB + r")\s+(?P<source>(?!(?:to|that|the\s+way|up|out|on|in|for)\b)(?:[\w.'’&-]+\s+){0,5}?[\w.'’&-]+)"
    r"\s+to\s$"
)
_NOT_SOURCE_WORDS = frozenset("is are was were be been it its this that which who what there them up".split())


def result_frame(text: str, sentence: Span, start: int, end: int, verbs: ReportingVerbs, quotes: QuoteIndex) -> Found | None:
    """The `led S to V ...` attribution of the cue at [start, end) after " to " in ``sentence``, if it reads as one:
    called for a cue `read_cue` found no attribution for (the infinitive is no one's statement on its own)."""
    cue_class = verbs.class_of(text[start:end])
    if cue_class not in RESULT_CLASSES:
        return None
    m = _FRAME.search(text, max(0, start - 90), start)
    if m is None or m.start() < sentence.start:
        return None
    source = Span(*m.span("source"))
    if _NOT_SOURCE_WORDS.intersection(text[source.start : source.end].lower().split()) or quotes.within(source):
        return None
    after = skip_space(text, end, sentence.end)
    kind, form, content = content_after(text, sentence, after, cue_class, verbs, quotes, False, cue_key(text[start:end]))
    if kind is None or form is None or content is None or len(content) == 0:
        return None
    return Found(Span(start, end), source, content, kind, "result-" + form, cue_class, head_word(text, source))


# Classes whose infinitive of purpose is a statement: "to say", "to declare", "to ask" ("to call" is a phone call).
PURPOSE_CLASSES = frozenset({"say", "ask", "claim", "warn", "deny", "confirm"})
# A place, an occasion or a time right before " to ": a prepositional phrase whose last word is a name ("in New
# York", "on Sunday") or a place or time word ("at an event here", "on the floor", "at a news conference") ends the
# clause, and the infinitive is its purpose. Matched backwards from the cue. No "to" phrase: "trying to ask",
# "expected to move swiftly to claim" hold the infinitive's own "to".
_PURPOSE = re.compile(r"\b(?:at|on|in|into|onto|from|before|outside)\s+(?:[\w.'’-]+\s+){0,4}?(?P<last>[\w.'’-]+)\s+to\s$")
_PLACE_WORDS = frozenset(
    """here there night morning afternoon evening weekend today tonight stage floor podium microphone camera cameras
    streets air television radio event rally conference briefing hearing interview show""".split()
)


def purpose_frame(
    text: str, sentence: Span, start: int, end: int, verbs: ReportingVerbs, quotes: QuoteIndex, memo: SourceMemo | None
) -> Found | None:
    """The subject's `S went on TV to say ...` attribution of the cue at [start, end) after " to ", when a phrase of
    place or time ends the clause before it; called for a cue no other form read (as `result_frame` is)."""
    cue_class = verbs.class_of(text[start:end])
    if cue_class not in PURPOSE_CLASSES:
        return None
    m = _PURPOSE.search(text, max(sentence.start, start - 60), start)
    if m is None:
        return None
    last = m.group("last")
    if not (last[:1].isupper() or last.lower() in _PLACE_WORDS):
        return None  # "in an effort to say", "on the decision to tell": an aim or a noun's complement, not a place
    source = main_subject(text, sentence, m.start(), verbs, memo)
    if source is None:
        return None
    after = skip_space(text, end, sentence.end)
    kind, form, content = content_after(text, sentence, after, cue_class, verbs, quotes, False, cue_key(text[start:end]))
    if kind is None or form is None or content is None or len(content) == 0:
        return None
    return Found(Span(start, end), source, content, kind, "purpose-" + form, cue_class, head_word(text, source))
