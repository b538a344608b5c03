"""`lower_words` reads the distinct tokens of a text and finds what `_LOWER_WORD` finds in the whole text."""

from __future__ import annotations

import random

from reader.core.actors.extract import _LOWER_WORD, lower_words

_PIECES = (
    "tensions",
    "Tensions",
    "don't",
    "l'homme",
    "x_abc",
    "_abc",
    "9abc",
    "éabc",
    "abcDef",
    "’tis",
    "rock’n’roll",
    "U.S.-led",
    "e-mail",
    "(said)",
    "“quote”",
    "naïve",
    "ABC",
    "a",
    "\u00a0",
    "\u2028",
    "\x1c",
    "\t",
    "\n",
    " ",
    "  ",
)


def test_lower_words_are_the_text_s_lower_case_words() -> None:
    rng = random.Random(5)
    for _ in range(300):
        texts = ["".join(rng.choice(_PIECES) for _ in range(rng.randrange(1, 40))) for _ in range(rng.randrange(1, 4))]
        expected = {word for text in texts for word in _LOWER_WORD.findall(text)}
        assert lower_words(texts) == expected
