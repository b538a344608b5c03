"""Who a pronoun or a description is on real news (issue 10): the latest named subject, or the person a
description ("the Republican congressman") stands for."""

from __future__ import annotations

import pytest

from reader.core.attributions import extract_attributions
from reader.core.model import Actor, Article, Mention
from reader.core.text import segment


def article(text: str) -> Article:
    paras = segment.paragraphs(text)
    return Article(id="X", path="", text=text, paragraphs=paras, sentences=segment.sentences(text, paras))


def people(text: str, *names: str) -> tuple[Actor, ...]:
    def actor(name: str) -> Actor:
        spans = [Mention("X", i, i + len(name)) for i in range(len(text)) if text.startswith(name, i)]
        return Actor(name.split()[-1].lower(), name, "person", mentions=tuple(spans))

    return tuple(actor(name) for name in names)


def sources(text: str, *names: str) -> list[tuple[str, str, str | None]]:
    art = article(text)
    return [
        (art.slice(t.source), art.slice(t.cue), t.source_actor)
        for t in extract_attributions(art, people(text, *names))
        if t.source
    ]


def test_a_pronoun_points_to_a_later_sentences_subject_before_an_older_source():
    text = (
        "A source said that Sen. John Cornyn told him the party was worried. Cornyn, according to the source, "
        "told him the race was at risk.\n\n"
        "Todd Akin made the remarks in an interview. He claimed such pregnancies are rare."
    )
    assert ("He", "claimed", "akin") in sources(text, "John Cornyn", "Todd Akin")


@pytest.mark.parametrize(
    "text",
    [
        "Mary Poe said the vote was close.\n\nThe elder Cheney daughter is challenging Mike Enzi. She said the race was open.",
        "Mary Poe said the vote was close.\n\nMike Enzi's campaign is new. She said the race was open.",
    ],
)
def test_a_name_that_only_modifies_the_subject_is_not_its_subject(text):
    assert ("She", "said", "poe") in sources(text, "Mary Poe", "Mike Enzi")


@pytest.mark.parametrize(
    "text, source, person",
    [
        (
            "Mitt Romney called on Missouri Rep. Todd Akin to quit, as the Republican congressman vowed to stay in the race.",
            "the Republican congressman",
            "akin",
        ),
        (
            "Bernie Sanders gave qualified support. While the Democratic presidential candidate declined to comment, "
            'he said Trump lies and said "the record is quite clear."',
            "the Democratic presidential candidate",
            "sanders",
        ),
    ],
)
def test_a_description_is_the_person_just_named(text, source, person):
    assert (source, person) in [(s, a) for s, _, a in sources(text, "Mitt Romney", "Todd Akin", "Bernie Sanders")]


def test_a_description_of_the_other_gender_is_nobody_named():
    text = "Nancy Pelosi met the press. The Republican congressman said the bill was dead."
    assert sources(text, "Nancy Pelosi") == [("The Republican congressman", "said", None)]
