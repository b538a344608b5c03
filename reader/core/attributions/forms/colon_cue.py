"""The colon cue: `Bernie Sanders: 'It is not a radical idea'`, `BENENSON: This is a man who ...`.

A sentence (or a headline) that opens with a name and a colon gives the
name's words after the colon: the colon is the cue. The name is one to four
capitalised words (initials and "Jr." allowed), optionally after a dash
("- Philip Bump: “Two weeks ago ...”"); labels such as "Note:", "Update:",
"Photo:" are no speakers, and a lone upper-case word ("WASHINGTON:") speaks
only in a transcript, where it opens at least two sentences. One anchored
regular expression per sentence.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from reader.core.attributions.forms.clauses import Found, trim
from reader.core.model import Span
from reader.core.text.holding import sentences_holding
from reader.core.text.quotes import QuoteIndex

NAME_WORD = r"(?:[A-Z][\w'’.-]*|[A-Z]\.)"
# After the name: a role word ("Clinton camp:", "Trump aide:") or an addressee or venue ("Clinton to Planned
# Parenthood:", "Former AG Mukasey at RNC:"), as headlines write them.
_AFTER_NAME = (
    r"(?:\s+(?:camp|aide|aides|campaign|adviser|spokesman|spokeswoman|allies|supporters)|\s+(?:to|at)(?:\s+"
    + NAME_WORD
    + r"){1,3}|\s+\([A-Z]-[A-Z][\w.]*\))?"  # or a party tag: "Rep. Trey Gowdy (R-S.C.):"
)
_SPEAKER = re.compile(
    r"(?:[-–—―]\s*)?(" + NAME_WORD + r"(?:\s+(?:&\s+)?" + NAME_WORD + r"){0,3}" + _AFTER_NAME + r")\s*:(?:[ \t]+(?=\S)|(?=[“\"]))"
)
# Labels and page furniture that open a line with a colon without anyone speaking; the last row are a teaser
# headline's openers and a writer's aside ("Just Leaked: Look At ...", "Bombshell: The FBI ...", "So: American ...").
_LABELS = frozenset(
    """note notes update updated updates photo photos video videos related read watch listen source sources
    editor correction corrections disclosure warning caption credit credits click subscribe follow more also
    tags tag topics share comments advertisement image images file filed posted published by from to date
    time location where when what why how who subject re fw fwd cc bcc tel phone fax email web website
    breaking exclusive live analysis opinion commentary editorial review interview transcript summary
    background context graphic chart map table figure part chapter section step rule article latest
    notice question answer remember name age city daily in is win the a an this that these those my our your
    continued q plus contributing contributors contributed revealed wow reporting additional
    so look bombshell leaked""".split()
)


# Inside a sentence, after a dash: `... too early - Mark Blumenthal and Jon Cohen: "Although the polls ..."`.
_DASH_SPEAKER = re.compile(
    r"\s[-–—―]\s+(" + NAME_WORD + r"(?:\s+(?:and\s+|&\s+)?" + NAME_WORD + r"){0,5})\s*:[ \t]+(?=[“\"‘']|'')"
)


_NAME_LIST = re.compile(r"(?:" + NAME_WORD + r"(?:\s+" + NAME_WORD + r"){0,3},\s+){2,}")


def colon_cues(text: str, sentences: Sequence[Span], quotes: QuoteIndex, starts: Sequence[int] | None = None) -> list[Found]:
    """Every `Name: words` attribution of the article, one per sentence at most; ``starts``: the sentences' starts,
    when the caller keeps them."""
    hits = []
    # both patterns need a colon: most sentences have none
    for k in sentences_holding(text, sentences, literals=(":",), starts=starts):
        sentence = sentences[k]
        m = _SPEAKER.match(text, sentence.start, sentence.end) or _DASH_SPEAKER.search(text, sentence.start, sentence.end)
        if m is None or quotes.enclosing(sentence.start) is not None:
            continue
        name = m.group(1)
        words = name.split()
        if any(w.lower().strip(".") in _LABELS for w in words) or text[m.end() : m.end() + 1].isdigit():
            continue  # "Note: ...", "Editor’s Note:", "The Latest:", "10: 30"
        hits.append((sentence, m, name))
    caps = Counter(name for _, _, name in hits if " " not in name and name.isupper())
    found = []
    for sentence, m, name in hits:
        if " " not in name and name.isupper() and len(name) > 1 and caps[name] < 2 and len(caps) < 3:
            continue  # "WASHINGTON: ..." is a dateline unless the word opens a transcript's turns (or three speak)
        source = Span(m.start(1), m.end(1))
        colon = m.end(1) + text[m.end(1) : m.end()].index(":")
        cue = Span(colon, colon + 1)
        quote = quotes.starting_at(m.end())
        if quote is not None:
            content, kind, form = trim(text, quote.inner), "direct", "colon-direct"
        else:
            end = sentence.end
            for inner in quotes.within(Span(m.end(), sentence.end)):
                end = max(end, inner.outer.end)
            content = trim(text, Span(m.end(), end))
            kind = "mixed" if quotes.within(content) else "indirect"
            form = "colon-" + kind
        if len(content) == 0 or _NAME_LIST.match(text, content.start, content.end):
            continue  # "Iowa: Tim Albrecht, Brad Anderson, Rob Barron, ...": a roll of names, nobody speaking
        found.append(Found(cue, source, content, kind, form, "say", None))
    return found
