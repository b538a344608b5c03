"""`cue_scan`: the two literal-led scans of a stand-in text find what the mark-class pattern finds."""

from __future__ import annotations

import pytest

from reader.core.lexicons import cue_scan
from reader.core.lexicons.verbs import build_reporting_verbs, load_reporting_verbs

# Cues after every kind of mark and next to every kind of character the stand-in rewrites: non-ASCII letters,
# curly apostrophes, non-ASCII blanks and punctuation, "_" and "\x01" themselves, multiword cues over a line break.
_TRICKY = (
    "Said the man, said said. He said-so; so-called said'd ’said said’ éSaid saidé _said said_ \x01said said\x01\n"
    'according to him, reportedly, According  To X. saying,said:told\ttold (said) "said" x-said said “said” —said '
    "according\nto, according\xa0to, according“to, ÀSaid naïve said. ‘Told’ «said» 5said said5"
)


def _reference(verbs, text: str) -> list[tuple[int, int]]:
    assert verbs.lower_cue_pattern is not None
    return [m.span() for m in verbs.lower_cue_pattern.finditer(text.lower())]


def test_stand_in_keeps_every_offset_and_the_meaning_of_each_character() -> None:
    text = "a said,\n“b’c” é_5'-\xa0\x01"
    marked = cue_scan.stand_in(text)
    assert marked == " a said\x01 \x01b_c\x01 __5'- \x01"
    assert len(marked) == len(text) + 1 and marked.isascii()


def test_cue_spans_by_the_stand_in_find_what_the_lower_case_pattern_finds() -> None:
    verbs = load_reporting_verbs()
    assert cue_scan.scannable(verbs.cue_body)
    assert verbs._stand_in_spans(_TRICKY.lower()) is not None  # the two scans are what answers
    for start in range(len(_TRICKY)):  # a cue at the very start, after every kind of character
        piece = _TRICKY[start:]
        assert verbs.cue_spans(piece) == _reference(verbs, piece)
    assert len(verbs.cue_spans(_TRICKY)) == 21


@pytest.mark.parametrize("text", ["“was quoted as saying it", "(came out in favor of it", "x “quoted as saying"])
def test_a_cue_over_the_mark_of_another_falls_back_to_the_single_scan(text: str) -> None:
    verbs = load_reporting_verbs()
    assert verbs._stand_in_spans(text.lower()) is None  # "quoted"/"saying"/"favor" follow a blank inside the cue
    assert verbs.cue_spans(text) == _reference(verbs, text)
    assert verbs.cue_spans(text)[0][1] - verbs.cue_spans(text)[0][0] > 12  # the whole multiword cue


def test_merged_keeps_touching_cues_and_refuses_overlapping_ones() -> None:
    assert cue_scan.merged([(1, 5)], []) == [(1, 5)]
    assert cue_scan.merged([(1, 5), (20, 24)], [(6, 10)]) == [(1, 5), (6, 10), (20, 24)]  # mark at 5: touches
    assert cue_scan.merged([(1, 6)], [(6, 10)]) is None  # the mark at 5 is inside (1, 6)
    assert cue_scan.merged([(12, 15)], [(6, 13)]) is None  # the mark at 11 is inside (6, 13)


def test_cues_holding_a_stand_in_character_are_scanned_the_plain_way() -> None:
    verbs = build_reporting_verbs({"classes": {"say": ["said", "x_said"]}})
    assert not cue_scan.scannable(verbs.cue_body)
    text = "He x_said it, said he. _said"
    assert verbs.cue_spans(text) == _reference(verbs, text) == [(3, 9), (14, 18)]


def test_the_scan_pattern_is_built_once_for_a_cue_body() -> None:
    body = "said|told"
    assert cue_scan.cue_body_pattern(cue_scan.BLANK, body) is cue_scan.cue_body_pattern(cue_scan.BLANK, body)
    assert cue_scan.cue_body_pattern(cue_scan.BLANK, body) == " ((?:said|told)(?![\\w'’-]))"
