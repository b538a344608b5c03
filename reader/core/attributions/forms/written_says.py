"""What a written thing says: `held up a sign saying "Jews Against Trump"`, `replaced by a message that said, "Sorry
..."`, `a press release saying Murphy owes ...`, `a sign that read "15%!"`. PolNeAR annotates these with the written
thing as the source; `verb_cue` reads none of them, since a noun before "saying" is no subject and "that said" after a
noun is a relative clause. Only the things that carry words count (a sign, a message, a video, a headline, a release);
a shirt's slogan is left out, as PolNeAR leaves it. Read from the "said"/"saying"/"says"/"read" cue, for `read`."""

from __future__ import annotations

import re
from functools import lru_cache

from reader.core.attributions.forms.clauses import LEADING_CONJUNCTION, Found, direct, indirect, that_ahead
from reader.core.attributions.sources import head_word, skip_space
from reader.core.lexicons.kept_patterns import kept_pattern
from reader.core.lexicons.verbs import ReportingVerbs
from reader.core.model import Span
from reader.core.text.quotes import QuoteIndex

WRITTEN_CUES = frozenset({"said", "saying", "says", "read", "reads"})
# The written thing right before the cue: a determiner and up to two modifiers (or a bare plural), the noun, maybe
# "on Twitter"; "that" or "which" before a finite cue ("a message that said"), nothing before "saying" ("a sign
# saying"). The nouns are the lexicon's `document_heads` and `written_heads`, singular or plural.
_WRITTEN_BEFORE = (
    r"\b(?P<thing>(?:(?:a|an|the|his|her|their|its|one|another|\d[\d,]*)\s+"
    r"(?:(?!(?:by|up|under|on|in|of|to|with|from|for|at|that|which)\s)[\w'’-]+\s+){0,2})?"
    r"(?:{nouns}))\s+(?:on\s+[A-Z][\w.]*\s+)?(?P<relative>(?:that|which)\s+)?$"
)


@lru_cache(maxsize=4)
def _written_before(nouns: frozenset[str]) -> re.Pattern[str]:
    """`_WRITTEN_BEFORE` over ``nouns`` ("e-mail" also as "email", each also with a plural "s")."""
    forms = sorted({n.replace("-", "-?") + ("" if n.endswith("s") else "s?") for n in nouns}, key=lambda f: (-len(f), f))
    return kept_pattern(_WRITTEN_BEFORE.replace("{nouns}", "|".join(forms)), re.I)


_WINDOW = 60  # characters before the cue searched for the written thing


def written_says(text: str, sentence: Span, cue: Span, cue_text: str, quotes: QuoteIndex, verbs: ReportingVerbs) -> Found | None:
    """The attribution of a sign, message or release and what it says, read at its cue, if the sentence has that shape."""
    m = _written_before(verbs.document_heads | verbs.written_heads).search(
        text, max(sentence.start, cue.start - _WINDOW), cue.start
    )
    if m is None or (m.group("relative") is None) != (cue_text == "saying"):
        return None  # "a sign saying", "a message that said"; not "the statement said" (a subject) nor "a sign that saying"
    start = skip_space(text, cue.end, sentence.end)
    if text[start : start + 1] == ",":
        start = skip_space(text, start + 1, sentence.end)
    quote = quotes.starting_at(start)
    if quote is not None:
        kind, form, content = direct(text, quote)
    elif cue_text.startswith("read"):
        return None  # only a quotation is what a sign reads
    elif _heads_clause(text, sentence, m.start("thing")):
        return None  # "The ads saying the senator lied were pulled": the clause's own verb would run into the content
    else:
        start = that_ahead(text, start, sentence.end) or start
        kind, form, content = indirect(text, sentence, start, "written", quotes)
    if kind is None or form is None or content is None:
        return None
    thing = Span(m.start("thing"), m.end("thing"))
    return Found(cue, thing, content, kind, form, "say", head_word(text, thing))


def _heads_clause(text: str, sentence: Span, thing_start: int) -> bool:
    """Whether the written thing is its clause's subject: at the sentence's start, after an opening phrase and its
    comma, or after a leading conjunction. Its indirect content then runs on into the clause's verb phrase ("A
    statement saying the club had sacked its manager was later deleted"), and where that ends is not read."""
    before = text[sentence.start : thing_start].strip()
    return not before or before.endswith(",") or LEADING_CONJUNCTION.fullmatch(before + " ") is not None
