"""Attribution: credited against stated as fact, anonymous against named, different sources."""

from __future__ import annotations


def test_fact_against_credited(analyse, found):
    analysis = analyse(
        "Protesters set fire to a police car outside the courthouse in the capital on Saturday.",
        "Protesters set fire to a police car outside the courthouse in the capital on Saturday, police said.",
    )
    ((a, b, d),) = found(analysis, "attribution")
    assert b == "police said" and d.detail == "credited vs fact"
    assert d.summary == "A: stated as fact · B: credited to police (said)"


def test_a_position_held_by_no_one_named_is_no_credit(analyse, found):
    # "is expected" is an attribution of its own (cue class belief), yet it gives the claim on no one's word.
    analysis = analyse(
        "The first new bridge over the river is due to be finished in 2027, the transport ministry said.",
        "The first new bridge over the river is expected to be finished in 2027.",
    )
    ((a, b, d),) = found(analysis, "attribution")
    assert d.detail == "credited vs fact" and "transport ministry" in a


def test_anonymous_against_named(analyse, found):
    analysis = analyse(
        "The army will withdraw its troops from the border region by the end of March, officials said.",
        "The army will withdraw its troops from the border region by the end of March, Defence Minister Ana Ruiz said.",
    )
    ((a, b, d),) = found(analysis, "attribution")
    assert d.detail == "anonymous vs named" and "officials" in a and "Ana Ruiz" in b


def test_credited_on_both_sides_to_the_same_source_agrees(analyse, found):
    analysis = analyse(
        "The army will withdraw its troops from the border region by the end of March, Ana Ruiz said.",
        "The army will withdraw its troops from the border region by the end of March, Ruiz said.",
    )
    assert found(analysis, "attribution") == []


def test_a_quote_is_not_stated_as_fact(analyse, found):
    analysis = analyse(
        '"The army will withdraw its troops from the border region by the end of March," the minister told reporters.',
        "The army will withdraw its troops from the border region by the end of March, officials said.",
    )
    assert [d for _, _, d in found(analysis, "attribution") if d.detail == "credited vs fact"] == []


def test_a_name_beside_the_other_sides_source_is_the_same_source(analyse, found):
    analysis = analyse(
        "White House spokesman Eric Schultz said the e-mails had been selectively and inaccurately read out to the media.",
        "The e-mails have been selectively and inaccurately read out to the media, said a White House spokesman, Eric Schultz.",
    )
    assert found(analysis, "attribution") == []


OKAFOR = "Governor Paul Okafor released his tax returns for the last ten years on Friday.\n\n"


def test_a_figure_the_source_gives_of_itself_stated_as_fact_on_the_other_side(analyse, found):
    # Loosely matched, but one figure: B credits the rate to the governor himself, A states it.
    analysis = analyse(
        f"{OKAFOR}Okafor paid an effective income tax rate of about 27 percent over that decade.",
        f"{OKAFOR}Mr. Okafor said his average federal tax rate was 27 percent, well above that of his rival.",
    )
    ((a, b, d),) = found(analysis, "attribution")
    assert a.startswith("Okafor paid") and b == "Mr. Okafor said" and d.detail == "credited vs fact"


def test_without_a_shared_figure_the_loose_match_says_nothing(analyse, found):
    analysis = analyse(
        f"{OKAFOR}Okafor paid an effective income tax rate of about 27 percent over that decade.",
        f"{OKAFOR}Mr. Okafor said his average federal tax rate was higher than that of his rival.",
    )
    assert found(analysis, "attribution") == []


def test_an_opening_participle_clause_is_credited_to_the_sentences_source(analyse, found):
    # The claim both share sits in A's opening clause, before "the report said that ...": the report's claim too.
    analysis = analyse(
        "Rejecting claims that the ministry sold the harbour land to a party donor, the report said that the sale "
        "followed every rule.",
        "The source disputed one part of the story, insisting that the ministry never sold the harbour land to a party donor.",
    )
    ((a, b, d),) = found(analysis, "attribution")
    assert a.startswith("Rejecting claims") and a.endswith("the report said")
    assert b.startswith("The source") and d.detail == "document vs anonymous"


def test_two_people_quoted_on_a_related_point_in_a_loose_match_are_not_one_claim(analyse, found):
    # A spokesman and a union leader each speak of the pension fund: related statements, loosely matched,
    # not one claim credited to two sources.
    analysis = analyse(
        '"The governor supports measures to strengthen the state pension fund, but she does not support anything '
        'that would slash benefits for future retirees," spokesman Tom Reyes said Friday.',
        '"Let me be clear: the union is as committed as ever to fighting to protect the state pension fund for '
        "today's retirees and strengthening it for future retirees,\" Ms. Amara Olsen said.",
    )
    assert found(analysis, "attribution") == []


def test_the_end_of_a_quotation_opened_paragraphs_earlier_is_not_stated_as_fact(analyse, found):
    # A letter quoted over two paragraphs, the second without its opening mark: its closing mark says the
    # words are the senator's on both sides, though no quotation is found around them.
    analysis = analyse(
        "In a letter sent on Friday, Senator Mark Hale wrote to the party chairman: “Your remarks about the war"
        " were a grave error.\n\n"
        "Many people want the troops brought home, and they are free to make their case. But none of them should"
        " be running our party.”",
        "Senator Mark Hale sent a letter on Friday attacking the party chairman over his remarks about the war.\n\n"
        "He added, “Many people want the troops brought home, and they are free to make their case. But none of"
        " them should be running our party.”",
    )
    assert found(analysis, "attribution") == []


LOPEZ = (
    "Former president Pedro Lopez also expressed disbelief that Mr. Varga did well with farming voters in the Ohio "
    "caucuses on Tuesday and called on them to open their eyes."
)


def test_a_loose_match_whose_credit_holds_the_other_sides_words_by_stems(analyse, found):
    # Scored under MIN_FACT_SCORE and sharing few runs ("caucuses" / "caucus", "Tuesday" / "Tuesday's"): the
    # credited content still holds the other side's claim word for word by stems. A's request ("called on them
    # to open their eyes") is an act beside the claim, and its disbelief an act: the claim is A's own.
    analysis = analyse(
        LOPEZ,
        "Anchor Ana Silva pointed out that Varga likely won among farming voters during Tuesday's Ohio caucus -- "
        "a statistic that has a few caveats.",
    )
    ((a, b, d),) = found(analysis, "attribution")
    assert d.detail == "credited vs fact" and a.startswith("Former president Pedro Lopez") and b.startswith("Anchor Ana Silva")
    assert analysis.matches[0].score < 65


def test_a_request_that_holds_the_claim_still_credits_it(analyse, found):
    # Here the request is the claim: A gives it on Lopez's word, not as fact.
    analysis = analyse(
        "Former president Pedro Lopez called on farming voters in the Ohio caucuses to back Mr. Varga on Tuesday.",
        "Farming voters in the Ohio caucuses backed Mr. Varga on Tuesday, anchor Ana Silva said.",
    )
    assert [d for _, _, d in found(analysis, "attribution") if d.detail == "credited vs fact"] == []


def test_according_to_reports_against_a_named_source(analyse, found):
    # "according to" credits a claim like "said" does.
    analysis = analyse(
        "According to reports, the mayor took bribes from three construction firms in exchange for city contracts.",
        "The mayor took bribes from three construction firms in exchange for city contracts, the prosecutor Ana Ruiz said.",
    )
    ((a, b, d),) = found(analysis, "attribution")
    assert d.detail == "anonymous vs named" and a == "According to reports" and "Ana Ruiz" in b


def test_a_source_named_in_small_letters_in_a_document_is_the_same_source(analyse, found):
    analysis = analyse(
        "The Trustees of the Harbour Pension Fund warned last week that the fund will run dry by 2031.",
        "The fund will run dry by 2031, according to the latest annual trustees report.",
    )
    assert found(analysis, "attribution") == []


def test_a_common_word_written_small_does_not_make_two_named_people_one_source(analyse, found):
    # The small-letters rule is for a document or an unnamed group ("the trustees report"), never two named people.
    analysis = analyse(
        "General Tom Lee said the army would withdraw its troops from the border region by March.",
        "Attorney general Ana Ruiz said the army would withdraw its troops from the border region by March.",
    )
    ((_, _, d),) = found(analysis, "attribution")
    assert d.detail == "different sources"


def test_according_to_a_plan_credits_the_claim_to_no_one(analyse, found):
    # "according to a plan drawn up by X": in accordance with the plan, not on X's word.
    analysis = analyse(
        "The army withdrew its troops from the border region in March, according to a plan drawn up by Senator Ana Ruiz.",
        "The army withdrew its troops from the border region in March, Minister Tom Lee said.",
    )
    assert [d for _, _, d in found(analysis, "attribution") if d.detail == "different sources"] == []
