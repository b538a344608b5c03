"""The result frame: `..., leading many party leaders to conclude that Mr. Steele will not seek reelection`,
`prompted Anderson Cooper to accuse Bondi of hypocrisy`, `led Republicans to say that ...`.

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
from reader.core.attributions.sources import head_word, skip_space
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
