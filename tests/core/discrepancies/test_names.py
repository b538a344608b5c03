"""Names: another actor in the same slot, or one actor given another first name."""

from __future__ import annotations


def test_a_different_actor_before_the_same_verb(analyse, found):
    analysis = analyse(
        "Bill Clinton initiated the conversations with Joe Sestak last summer about a job, the report said.",
        "The White House initiated the conversations with Joe Sestak last summer about a job, the report said.",
    )
    ((a, b, d),) = found(analysis, "name")
    assert (a, b) == ("Bill Clinton", "White House") and d.detail == "different actor"


def test_one_actor_with_two_first_names(analyse, found):
    analysis = analyse(
        "Representative Linda Sanchez of California won the race for vice chair of the caucus on Wednesday.",
        "Representative Loretta Sanchez of California won the race for vice chair of the caucus on Wednesday.",
    )
    names = found(analysis, "name")
    assert names and "Linda" in names[0][0] and "Loretta" in names[0][1]


def test_the_same_name_with_a_title_or_middle_name_agrees(analyse, found):
    analysis = analyse(
        "Hillary Rodham Clinton told supporters in Iowa that she would fight for workers on Saturday.",
        "Hillary Clinton told supporters in Iowa that she would fight for workers on Saturday.",
    )
    assert found(analysis, "name") == []


def test_a_first_name_spelled_two_ways_agrees(analyse, found):
    analysis = analyse(
        "Representative Katharine Sanchez of California won the race for vice chair of the caucus on Wednesday.",
        "Representative Katherine Sanchez of California won the race for vice chair of the caucus on Wednesday.",
    )
    assert found(analysis, "name") == []


def test_both_sides_giving_both_actors_in_one_slot_is_no_swap(analyse, found):
    analysis = analyse(
        "Democrats want the cuts extended for all but the wealthy, while Republicans want them extended for everybody.",
        "The president and Democratic lawmakers want to extend the cuts for most people, while Republicans want them "
        "extended to everybody.",
    )
    assert found(analysis, "name") == []


def test_a_name_ending_the_sentence_before_is_not_a_given_name(analyse, found):
    analysis = analyse(
        "The governor appointed William Cowan to the seat vacated by Secretary of State John Kerry. "
        "Cowan will hold the seat until an election in June.",
        "The governor appointed William Cowan, a Boston lawyer, to serve until an election in June. "
        "William Cowan will hold the seat until an election in June.",
    )
    assert [d.detail for _, _, d in found(analysis, "name")] == []


def test_a_given_name_the_other_side_also_writes_is_no_other_first_name(analyse, found):
    # A names the wife, B names the couple ("Nora and Victor Hale"): B's "Victor Hale" is not a
    # different first name for A's "Nora Hale".
    analysis = analyse(
        "Nora Hale's campaign on Friday released eight years of tax returns showing the couple paid millions in taxes.",
        "Nora and Victor Hale paid millions in federal taxes over eight years, according to tax returns released Friday.",
    )
    assert found(analysis, "name") == []


def test_a_nickname_the_other_side_writes_in_full_is_no_other_given_name(analyse, found):
    # B's "Liz Vale" is A's "Elizabeth": A names her, beside her father; no other person in her place.
    analysis = analyse(
        "Ann Vale, one of former Governor Tom Vale’s two daughters, criticised her older sister, Elizabeth, over the"
        " school budget cuts.",
        "Ann Vale, the younger sister of Liz Vale, criticised her sister over the school budget cuts on Friday.",
    )
    assert found(analysis, "name") == []


def test_an_actor_named_in_another_sentence_of_the_passage_does_not_fill_the_slot(analyse, found):
    # A's passage names the adviser elsewhere in the sentence, B's names Clinton only in the sentence before
    # the slot: still two different actors before "initiated".
    analysis = analyse(
        "Bill Clinton initiated the talks with Joe Sestak at the request of White House adviser Rahm Emanuel last summer.",
        "The offer was made through former President Bill Clinton last summer, according to a White House report. "
        "The White House initiated the talks with Joe Sestak at the request of adviser Rahm Emanuel.",
    )
    assert [(a, b) for a, b, _ in found(analysis, "name")] == [("Bill Clinton", "White House")]


def test_the_word_beside_a_name_is_the_one_a_scan_of_every_word_finds():
    from reader.core.discrepancies.common import Side, stem
    from reader.core.discrepancies.names import _TITLES, _neighbour
    from reader.core.model import Passage
    from reader.core.text.loader import load_articles
    from reader.core.text.tokens import STOPWORDS
    from tests.core.discrepancies.test_fixtures import FIXTURES

    def scanned(side: Side, start: int, end: int, after: bool) -> str | None:
        # The definition, word by word (what `_neighbour` bisects).
        tokens = side.tokens
        if after:
            near = next((t for t in tokens if t.start >= end), None)
            gap = side.text[end : near.start] if near else ""
        else:
            before = [t for t in tokens if t.end <= start]
            while len(before) > 1 and before[-1].norm in _TITLES and not side.text[before[-1].end : start].strip(" ."):
                start = before.pop().start
            near = before[-1] if before else None
            gap = side.text[near.end : start] if near else ""
        if near is None or gap.strip() or not near.norm.isalpha() or near.norm in STOPWORDS or near.norm in _TITLES:
            return None
        return stem(near.norm)

    (article,) = load_articles([sorted(FIXTURES.glob("*_a.txt"))[0]])
    side = Side(article, Passage(article.id, 0, len(article.text)))
    places = sorted({t.start for t in side.tokens} | {t.end for t in side.tokens} | {0, len(article.text)})
    checked = 0
    for start in places[:400]:
        for end in (start, start + 1, start + 7):
            for after in (True, False):
                assert _neighbour(side, start, end, after, {}) == scanned(side, start, end, after)
                checked += 1
    assert checked > 1000 and any(_neighbour(side, s, s, False, {}) for s in places[:400])  # words found, not only None
