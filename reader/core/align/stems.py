"""Sentences as the stems alignment compares, and the two cheap measures over them.

Sentences are compared as lists of *stems*: content words truncated to a few
letters, so "refusal" meets "refused" and "cooperate" meets "cooperation"
without a language-specific stemmer. Numbers, acronyms and paraphrases are
made one term each first (`reader.core.align.terms`). Each stem's evidential
weight (`reader.core.align.weights`) is computed on demand: only the few
sentence pairs that pass the cheaper gates need it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from operator import is_not
from typing import TypeGuard, cast

from rapidfuzz import fuzz

from reader.core.align.terms import (
    PLAIN,
    WORD_FOR_WORD,
    is_content,
    rewrite,
    rewrite_needed,
    rewrite_words,
    sentence_terms,
    stem,
)
from reader.core.align.weights import mostly_capitalised, stem_weights
from reader.core.lexicons.paraphrases import NO_PARAPHRASES, Paraphrases
from reader.core.model import Article, Span

# Plain words: stems need only the words' text, and building a
# Token (offsets included) per word was a third of the alignment time.
from reader.core.text.tokens import fold, words

STEM_LENGTH = 5
# A shorter line in capitals is as likely a quote ("God Help Us.") or a name.
TITLE_WORDS = 5


@dataclass(frozen=True, slots=True)
class SentenceStems:
    """The stems of each sentence of one article, as lists and as scoring strings."""

    stems: tuple[tuple[str, ...], ...]
    joined: tuple[str, ...]
    sets: tuple[frozenset[str], ...]
    text: str
    spans: tuple[Span, ...]
    paraphrases: Paraphrases
    # Weights are needed only for the few sentences that pass the cheaper gates,
    # so they are computed on demand; this cache is the only mutable part.
    _weights: dict[int, dict[str, float]] = field(default_factory=dict, compare=False, repr=False)
    # The rewritten terms (as written, folded) of the sentences `article_stems` rewrote, until
    # `weights` takes them: rewriting a sentence twice was a fifth of aligning unpunctuated text.
    _terms: dict[int, tuple[Sequence[str], Sequence[str]]] = field(default_factory=dict, compare=False, repr=False)
    # Each sentence's folded words (every word, punctuation left out) as (hash, count):
    # equal for verbatim copies, kept small; `wording` gives the words themselves.
    wordings: tuple[tuple[int, int], ...] = ()
    # Units that are a paragraph of their own without closing punctuation: a title
    # or a subheading (a scraped page may repeat its title at the top of the body).
    headings: frozenset[int] = frozenset()
    # Word ids shared by the articles of one `align` call, so that what depends on one article
    # alone (its postings, its stem counts) is worked out once and not once per article pair.
    vocabulary: dict[str, int] = field(default_factory=dict, compare=False, repr=False)
    # Per-article results derived from the fields above, kept by the module that derives them.
    memo: dict[str, object] = field(default_factory=dict, compare=False, repr=False)

    def wording(self, index: int) -> tuple[str, ...]:
        span = self.spans[index]
        return tuple(fold(word) for word in words(self.text, span.start, span.end))

    def weights(self, index: int) -> dict[str, float]:
        """Sentence `index`'s stems with their evidential weight (see `reader.core.align.weights`)."""
        found = self._weights.get(index)
        if found is None:
            terms = self._terms.pop(index, None)
            if terms is None:
                span = self.spans[index]
                plain = words(self.text, span.start, span.end)
                terms = sentence_terms(self.text, span.start, span.end, plain, folded_words(plain), self.paraphrases)
            raw, folded = terms
            found = stem_weights(list(raw), list(folded), STEM_LENGTH)
            self._weights[index] = found
        return found


def article_stems(
    article: Article,
    sentences: Sequence[Span],
    paraphrases: Paraphrases = NO_PARAPHRASES,
    vocabulary: dict[str, int] | None = None,
) -> SentenceStems:
    """Stems of each sentence's content terms (`reader.core.align.terms`): the folded words of
    `tokens.content_words` with numbers, acronyms and ``paraphrases`` made one term each, truncated.

    ``vocabulary``: word ids shared with the other articles being aligned (see `SentenceStems.vocabulary`)."""
    text = article.text
    stems = []
    wordings = []
    rewritten: dict[int, tuple[Sequence[str], Sequence[str]]] = {}
    term_stems = _TermStems()  # each distinct word's stem worked out once
    headings: set[int] = set()
    for k, span in enumerate(sentences):
        plain = words(text, span.start, span.end)
        if _is_heading(text, span, plain):
            headings.add(k)
        folded = folded_words(plain)
        wordings.append((hash(tuple(folded)), len(folded)))
        need = rewrite_needed(text, span.start, span.end, folded, paraphrases)
        if need != PLAIN:
            # The terms as written too (what `SentenceStems.weights` needs): the same work.
            rewritten[k] = (rewrite_words if need == WORD_FOR_WORD else rewrite)(plain, folded, paraphrases)
            terms = rewritten[k][1]
            stems.append(tuple(filter(_IS_STEM, map(term_stems.__getitem__, terms))))
        else:
            stems.append(tuple(filter(_IS_STEM, map(term_stems.__getitem__, folded))))
    return SentenceStems(
        tuple(stems),
        tuple(" ".join(s) for s in stems),
        tuple(frozenset(s) for s in stems),
        text,
        tuple(sentences),
        paraphrases,
        wordings=tuple(wordings),
        headings=frozenset(headings),
        _terms=rewritten,
        vocabulary={} if vocabulary is None else vocabulary,
    )


def folded_words(plain: list[str]) -> list[str]:
    """``[fold(word) for word in plain]``, for `tokens.words` output: a sentence in ASCII (most are)
    is lowered in one piece, which is what `fold` does to each ASCII word (the words hold no space)."""
    joined = " ".join(plain)
    if not joined.isascii():
        return [fold(word) for word in plain]
    return joined.lower().split(" ") if plain else []


# `_TermStems` gives None for a term that is not content: filtered out without a Python loop.
_IS_STEM = cast("Callable[[str | None], TypeGuard[str]]", partial(is_not, None))


class _TermStems(dict[str, str | None]):
    """A term's stem, None if it is not content (`terms.stem` and `terms.is_content`), worked out once a term."""

    def __missing__(self, t: str) -> str | None:
        found = stem(t, STEM_LENGTH) if is_content(t) else None
        self[t] = found
        return found


def _is_heading(text: str, span: Span, plain: list[str]) -> bool:
    """A line of its own that does not end as a sentence does, or is in title case (a headline
    ends with a question mark or a quote as often as not: "Did Ginsburg Cross The Line?").
    ``plain``: the sentence's words (`tokens.words`)."""
    before = text[max(0, span.start - 1) : span.start]
    after = text[span.end : span.end + 1]
    if before not in ("", "\n") or after not in ("", "\n"):
        return False
    body = text[span.start : span.end].rstrip()
    if not body:
        return False
    return body[-1] not in ".!?\"'”’:;)" or _title_case(plain)


def _title_case(line: list[str]) -> bool:
    """At least `TITLE_WORDS` words, nearly all capitalised (`weights.mostly_capitalised`; a word
    in capitals throughout counts here, as it does not for a name run)."""
    return len(line) >= TITLE_WORDS and mostly_capitalised([word[:1].isupper() for word in line])


def similarity(a: str, b: str) -> float:
    """0..100. token_set_ratio alone calls a short sentence contained in a long one
    identical; averaging with token_sort_ratio penalises the length gap."""
    if not a or not b:
        return 0.0
    return (fuzz.token_set_ratio(a, b, processor=None) + fuzz.token_sort_ratio(a, b, processor=None)) / 2


def stem_dice(a: frozenset[str], b: frozenset[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 0.0
