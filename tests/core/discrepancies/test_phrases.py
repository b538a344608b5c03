"""Whose words: one quoted phrase credited to different speakers."""

from __future__ import annotations

OPENING = "Speaker Maria Lund spoke about the coming elections on Monday."
OWN = f'{OPENING}\n\n"We have many tough races this year, and we call these forgotten districts," Ms. Lund said.'
AIDES = f'{OPENING}\n\nMs. Lund pointed to what aides called "forgotten districts" in rural states.'


def test_a_phrase_quoted_from_the_speaker_and_credited_to_aides(analyse, found):
    ((a, b, d),) = [f for f in found(analyse(OWN, AIDES), "attribution") if "whose words" in f[2].detail]
    assert a == "forgotten districts" and "aides called" in b
    assert "Lund" in d.summary and "aides" in d.summary


def test_the_same_speaker_on_both_sides_agrees(analyse, found):
    hers = AIDES.replace("Ms. Lund pointed to what aides called", "Ms. Lund told reporters she called them")
    assert [f for f in found(analyse(OWN, hers), "attribution") if "whose words" in f[2].detail] == []


def test_a_one_word_quotation_is_no_ones_phrase(analyse, found):
    one = AIDES.replace('"forgotten districts"', '"forgotten" districts')
    assert [f for f in found(analyse(OWN, one), "attribution") if "whose words" in f[2].detail] == []


def test_words_quoted_again_and_again_are_common_talk(analyse, found):
    # "Yes, sir" said by several people in each text is nobody's phrase.
    a = f'{OPENING}\n\n"Yes, sir," the clerk said.\n\n"Yes, sir," the driver said.\n\n"Yes, sir," Ms. Lund said.'
    b = f'{OPENING}\n\n"Yes, sir," the guard said.\n\n"Yes, sir," the porter said.\n\n"Yes, sir," Mr. Otto Brant said.'
    assert [f for f in found(analyse(a, b), "attribution") if "whose words" in f[2].detail] == []


def test_a_name_quoted_alone_is_no_ones_phrase(analyse, found):
    a = f'{OPENING}\n\n"Ana Ruiz," the clerk said when asked who had won.'
    b = f'{OPENING}\n\n"I voted for Ana Ruiz," Mr. Otto Brant said.'
    assert [f for f in found(analyse(a, b), "attribution") if "whose words" in f[2].detail] == []
