"""What a verb cue says was not said: a refusal to speak ("declined to comment", "refused to say whether",
"refused to endorse Trump"), read as the cue's own attribution, and a negation before a verb of disclosure ("has
not yet announced a bid", "could not yet show"), after which nothing was made public and nothing is read."""

from __future__ import annotations

import re

from reader.core.attributions.forms.clauses import Found, cut_clause, to_sentence_end
from reader.core.attributions.sources import skip_space
from reader.core.model import Span
from reader.core.text.quotes import QuoteIndex

# "declined to comment", "refused to say whether", "refused to endorse Trump": only refusing to speak or take a position.
DECLINED = re.compile(
    r"\s+(?:(?:again|repeatedly|publicly|later)\s+)?to\s+(?:publicly\s+)?(?:comment|say|discuss|elaborate|answer|respond"
    r"|speculate|identify|name|confirm|disclose|specify|detail|reveal|explain|talk|speak|address|rule\s+out"
    r"|endorse|disavow|back|support|apologi[sz]e|condemn|denounce|retract|criticize|commit)\b"
)
# "not", "never", "cannot", "n't" right before the cue, past an adverb: "could not yet show", "has not publicly
# announced", "doesn't show" (no word boundary before "n't": it follows its verb).
NEGATED = re.compile(
    r"(?:\bnot|\bnever|\bcannot|n[’']t)\s+(?:(?:yet|always|necessarily|clearly|publicly|formally|officially|directly)\s+)?$",
    re.I,
)
# Classes whose object is something made public: negated ("has not announced a bid"), nothing was. ("Trump did
# not mention Cruz" is a choice PolNeAR annotates.)
DISCLOSING = frozenset({"say", "describe", "report", "reveal"})


def declined(text: str, sentence: Span, cue: Span, source: Span | None, head: Span | None, quotes: QuoteIndex) -> Found | None:
    """The refusal at a "decline" class cue ("declined to comment on the talks"), if it refuses to speak or take a
    position; the content is what was not said, up to a comma ("While X declined to comment on ..., he said")."""
    m = DECLINED.match(text, cue.end, sentence.end)
    if m is None or source is None:
        return None
    start = skip_space(text, cue.end, sentence.end)
    comma = text.find(",", start, sentence.end)  # "While X declined to comment on ..., he said": the refusal ends there
    content = cut_clause(text, to_sentence_end(text, Span(sentence.start, comma if comma > 0 else sentence.end), start, quotes))
    if content is None or content.overlaps(source):
        return None
    return Found(cue, source, content, "indirect", "declined", "decline", head)
