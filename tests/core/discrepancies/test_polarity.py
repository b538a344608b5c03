"""Polarity: a negation or an antonym on one side only, and the user's own cues."""

from __future__ import annotations

import pytest

from reader.core.errors import ReaderError
from reader.core.lexicons import Lexicons
from reader.core.lexicons.polarity import load_polarity
from reader.core.pipeline import analyze
from reader.core.text.build import article_from_text


def test_negated_on_one_side(analyse, found):
    analysis = analyse(
        "The minister did not attend the summit in Brussels on Monday, officials said.",
        "The minister attended the summit in Brussels on Monday, officials said.",
    )
    ((a, b, d),) = found(analysis, "polarity")
    assert a == "not attend" and b.endswith("attended") and d.severity == "high"


def test_negated_on_both_sides_is_agreement(analyse, found):
    analysis = analyse(
        "The minister did not attend the summit in Brussels on Monday.",
        "The minister never attended the summit in Brussels on Monday.",
    )
    assert found(analysis, "polarity") == []


def test_a_negation_reaches_only_its_own_word(analyse, found):
    analysis = analyse(
        "Failure to pass the tax deal would raise the risk of a recession, the adviser warned.",
        "Failure to pass the new tax deal would raise the risk of a recession, the adviser warned.",
    )
    assert found(analysis, "polarity") == []


def test_antonyms_next_to_a_shared_word(analyse, found):
    analysis = analyse(
        "Mary Cheney, the older sister of the candidate, criticised her stance on Friday.",
        "Mary Cheney, the younger sister of the candidate, criticised her stance on Friday.",
    )
    ((a, b, d),) = found(analysis, "polarity")
    assert "older" in a and "younger" in b and d.detail == "older / younger"


def test_a_negated_antonym_agrees(analyse, found):
    analysis = analyse(
        "The company did not deny that its chief had resigned on Friday after the audit.",
        "The company admitted that its chief had resigned on Friday after the audit.",
    )
    assert [d for _, _, d in found(analysis, "polarity") if "/" in d.detail] == []


def test_user_file_adds_cues(tmp_path):
    user = tmp_path / "polarity.yaml"
    user.write_text("negations: [hardly]\nantonyms:\n  - [boosted, cut]\n", encoding="utf-8")
    polarity = load_polarity(user)
    assert ("hardly",) in polarity.negations and ("not",) in polarity.negations
    assert polarity.opposite("boosted", "cut") and polarity.opposite("cut", "boosted")
    texts = [
        "The government boosted spending on schools this year, the minister said.",
        "The government cut spending on schools this year, the minister said.",
    ]
    articles = [article_from_text(t, i, f"{i}.txt") for t, i in zip(texts, "AB")]
    with_user = analyze(articles, Lexicons(polarity=polarity))
    assert [d.detail for d in with_user.discrepancies if d.kind == "polarity"] == ["boosted / cut"]


@pytest.mark.parametrize(
    "content",
    ["[not, a, mapping]", "negations: not-a-list", "antonyms: [[one, two, three]]", "antonyms: [[two words, x]]", "a: [b"],
)
def test_a_bad_user_file_is_one_reader_error(tmp_path, content):
    user = tmp_path / "polarity.yaml"
    user.write_text(content, encoding="utf-8")
    with pytest.raises(ReaderError, match="polarity.yaml"):
        load_polarity(user)


def test_yaml_words_that_look_like_booleans_survive():
    polarity = load_polarity()
    assert ("no",) in polarity.negations and ("no", "one") in polarity.negations
    assert polarity.opposite("true", "false")


def test_a_modifier_after_a_determiner_asserts_nothing(analyse, found):
    analysis = analyse(
        "The agency ran a secret program to collect telephone records from several carriers, officials said.",
        "The agency ran the program to collect telephone records, which was not secret, from several carriers, officials said.",
    )
    assert found(analysis, "polarity") == []


def test_a_name_after_nor_is_not_a_negated_claim(analyse, found):
    analysis = analyse(
        "The new advertisement mentions neither the mayor nor Republican challenger Tom Hale, the station said.",
        "The new advertisement was paid for by a group which Republicans have used before, the station said.",
    )
    assert found(analysis, "polarity") == []


def test_the_same_verb_said_of_different_things_is_not_a_negation(analyse, found):
    analysis = analyse(
        "The report said that Hale was offered unpaid positions on advisory boards during the summer months.",
        "The source insisted that the council never offered Hale the post of harbour master during the summer months.",
    )
    assert found(analysis, "polarity") == []


def test_a_negated_modifier_goes_with_its_noun(analyse, found):
    analysis = analyse(
        "He has what is called a certificate of live birth, the lawyer told the court in Honolulu on Monday.",
        "He says there is no birth certificate at all, the lawyer told the court in Honolulu on Monday.",
    )
    assert found(analysis, "polarity") == []


def test_a_different_subject_or_verb_before_the_word_is_another_claim(analyse, found):
    analysis = analyse(
        "She said she had not told the committee sooner because she was never asked about the audit.",
        "She said she had not told the committee sooner, and Jordan asked about the audit in March.",
    )
    assert found(analysis, "polarity") == []
    analysis = analyse(
        "The senator left the hall after the vote, taking no questions from reporters about the bill.",
        "The senator left the hall after the vote and ignored three questions from reporters about the bill.",
    )
    assert found(analysis, "polarity") == []


def test_a_question_asserts_nothing(analyse, found):
    analysis = analyse(
        "Lerner told the committee that she had not broken any laws at the agency, her lawyer said.",
        "The inquiry will examine whether laws were broken at the agency, her lawyer said.",
    )
    assert found(analysis, "polarity") == []


def test_a_negation_said_of_another_person_is_no_disagreement(analyse, found):
    # The weak match pairs two sentences about two different former presidents: one voiced worries,
    # the other is not worried. Neither side contradicts the other.
    analysis = analyse(
        "Former President Tomas Vidal of Peru said on Monday that he would never pay for the border wall. "
        "His successor, Alan Ortega, voiced similar worries about the border wall this month.",
        "Former President Tomas Vidal of Peru said on Monday that he would never pay for the border wall. "
        "Vidal, however, is not worried about the border wall this month.",
    )
    assert found(analysis, "polarity") == []


def test_a_negation_said_of_the_same_person_is_still_found(analyse, found):
    analysis = analyse(
        "Senator Dana Whitfield attended the budget hearing in Denver on Tuesday, aides said.",
        "Senator Dana Whitfield did not attend the budget hearing in Denver on Tuesday, aides said.",
    )
    ((a, b, _),) = found(analysis, "polarity")
    assert a.endswith("attended") and b == "not attend"


def test_what_someone_alleges_is_not_asserted(analyse, found):
    # "claims that the ministry sold" reports an allegation (here rejected): no disagreement with "never sold".
    analysis = analyse(
        "Rejecting claims that the ministry sold the harbour land to a party donor, the report said that the sale "
        "followed every rule.",
        "The source disputed one part of the story, insisting that the ministry never sold the harbour land to a party donor.",
    )
    assert found(analysis, "polarity") == []


def test_what_someone_promises_is_not_asserted(analyse, found):
    # B reports the minister's promise that the province will pay; A quotes the premier saying it never will.
    # The two outlets do not disagree: each reports a different person's stance.
    analysis = analyse(
        'Earlier this year, Premier Ruth Addo said the province would "never pay for that bridge."',
        "Despite Minister Carl Viken's promises that the province will pay for the bridge, Premier Ruth Addo said it "
        "would never happen.",
    )
    assert found(analysis, "polarity") == []


def test_a_negation_in_the_sentence_beside_what_a_better_match_pairs_is_another_claim(analyse, found):
    # A's second sentence says what B says (a better match pairs them); A's first negates something else.
    analysis = analyse(
        "The governor spoke at the school on Monday.\n\n“That is not putting teachers back in classrooms.”\n\n"
        "“I believe in thrift, but thrift means putting teachers back in classrooms,” Governor Ruth Vale said.",
        "The governor spoke at the school on Monday.\n\n"
        "“I believe in thrift,” Governor Ruth Vale said, “but thrift means putting teachers back in classrooms!”",
    )
    assert found(analysis, "polarity") == []
