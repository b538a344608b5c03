"""Quote drift: the same speaker's quote in different words, and what is not drift."""

from __future__ import annotations


def test_one_word_changed(analyse, found):
    analysis = analyse(
        'Obama asked: "What have you guys been debating, John?" The crowd laughed loudly at that.',
        'Obama asked: "What have you guys been doing, John?" The crowd laughed loudly at that.',
    )
    ((a, b, d),) = found(analysis, "quote")
    assert "debating" in a and "doing" in b and d.detail == "debating → doing" and d.severity == "low"


def test_a_word_dropped_in_the_middle(analyse, found):
    analysis = analyse(
        '"With all due respect, that\'s just a bunch of malarkey," Biden said during the debate.',
        '"With all due respect, that\'s a bunch of malarkey," Biden said during the debate.',
    )
    ((a, b, d),) = found(analysis, "quote")
    assert d.detail == "just → —"


def test_quoting_more_of_the_sentence_is_not_drift(analyse, found):
    analysis = analyse(
        '"We will keep fighting for working families in every state," Pelosi said on Wednesday.',
        '"We will keep fighting for working families," Pelosi said on Wednesday.',
    )
    assert found(analysis, "quote") == []


def test_contractions_and_case_are_not_drift(analyse, found):
    analysis = analyse(
        '"They are followers of a failed idea," the mayor said of his rivals on Sunday.',
        '"they\'re followers of a failed idea," the mayor said of his rivals on Sunday.',
    )
    assert found(analysis, "quote") == []


def test_a_paraphrase_against_a_quote_is_not_quote_drift(analyse, found):
    analysis = analyse(
        '"We will not raise taxes on the middle class this year," the governor said on Monday.',
        "The governor said on Monday that he would not raise taxes on the middle class this year.",
    )
    assert found(analysis, "quote") == []


def test_different_speakers_are_not_compared(analyse, found):
    analysis = analyse(
        '"The plan will cut costs for every family in the state," said Governor Anna Berg.',
        '"The plan will raise costs for every family in the state," said Senator Tom Hale.',
    )
    assert found(analysis, "quote") == []


def test_a_quote_in_the_sentence_after_the_match_is_compared(analyse, found):
    analysis = analyse(
        "The adviser told reporters that failure to pass the tax deal would raise the risk of a recession sharply. "
        "Markets fell on the news.",
        "The adviser told reporters that failure to pass the tax deal would raise the risk of a recession sharply. "
        '"To pass this bill in the next weeks would raise the risk of a recession," he said.',
    )
    polarity = [d for _, _, d in found(analysis, "polarity")]
    assert polarity and polarity[0].place == "beside" and "next to" not in polarity[0].detail


def test_he_is_and_hes_are_the_same_words(analyse, found):
    analysis = analyse(
        '"President Carter has said that he is determined to stop the new tax," the senator said on Sunday.',
        '"President Carter has said that he\'s determined to stop the new tax," the senator said on Sunday.',
    )
    assert found(analysis, "quote") == []


def test_numbers_in_words_or_digits_are_the_same_words(analyse, found):
    analysis = analyse(
        '"I would say there is a 2 in 3 chance that we keep the council," the mayor told the radio station.',
        '"I would say there is a two-in-three chance that we keep the council," the mayor told the radio station.',
    )
    assert found(analysis, "quote") == []


def test_the_writers_insertions_are_not_the_speakers_words(analyse, found):
    analysis = analyse(
        '"Now it looks like (rebel leader Ivan) Petrovv is going to win the war," Marsh said on the show.',
        '"Now it looks like (rebel commander Iwan) Petrov is going to win the war," Marsh said on the show.',
    )
    assert found(analysis, "quote") == []
    analysis = analyse(
        '"He should pay for it. He has got the money to do it," the coach said after the game on Sunday.',
        '"He should pay [for] it. He has got the money to do it," the coach said after the game on Sunday.',
    )
    assert found(analysis, "quote") == []


def test_a_question_quoted_beside_the_answer_does_not_hide_the_drift(analyse, found):
    analysis = analyse(
        '"I have people that have been studying it and they cannot believe what they are finding," '
        'Lane told the "Morning" show on Thursday.',
        'The host asked Lane, "Do you know this?" His answer: "Well, I have people that have been studying it '
        'and they cannot believe what they are reading."',
    )
    ((a, b, d),) = found(analysis, "quote")
    assert "finding" in a and "reading" in b


def test_a_word_split_differently_is_not_drift(analyse, found):
    analysis = analyse(
        '"We will look at how the bill might affect future events as well as our workforce," the chief said.',
        '"We will look at how the bill might affect future events as well as our work force," the chief said.',
    )
    assert found(analysis, "quote") == []
    analysis = analyse(
        '"We want to settle the tax issue before year-end and move on," the speaker told reporters on Friday.',
        '"We want to settle the tax issue before year end and move on," the speaker told reporters on Friday.',
    )
    assert found(analysis, "quote") == []


def test_words_left_out_at_an_ellipsis_are_elided_not_changed(analyse, found):
    analysis = analyse(
        '"We would be remiss ... if we did not point out the flaws in the budget plan," the letter said.',
        '"We would be remiss in our duty to you if we did not point out the flaws in the budget plan," the letter said.',
    )
    assert found(analysis, "quote") == []


def test_a_quote_the_better_match_gives_word_for_word_is_no_drift(analyse, found):
    # B quotes the mayor's interview line as A does, and later another line of hers alike ("a real challenge");
    # the weaker match pairing A's line with the later one is of two sayings, not one quoted two ways.
    opening = "Mayor Lena Brandt spoke to a radio host on Tuesday about the vote on the new stadium.\n\n"
    analysis = analyse(
        f'{opening}"There is a real chance that we lose the vote. And to be frank, we have got a big challenge '
        'and we have got work to do," she said.',
        f'{opening}"There is a real chance that we lose the vote, and to be frank," she said, "we have got a big '
        'challenge, and we have got work to do."\n\n'
        'Later, at the city hall, she was asked about the stadium again. "We have got a real challenge," Ms. Brandt said.',
    )
    assert found(analysis, "quote") == []


def test_a_quotation_beside_the_match_is_not_drift_of_the_one_the_match_pairs(analyse, found):
    # The match pairs A's quotation with B's, word for word; B's next sentence quotes another line of the letter
    # that shares a few words ("your ... of Catholic teaching"): that is another line, not the first one drifting.
    analysis = analyse(
        "The bishops wrote to the senator on Tuesday.\n\nThe letter says, “We must challenge your misuse of Catholic"
        " teaching to defend a budget that cuts food aid for poor families.”",
        "The bishops wrote to the senator on Tuesday.\n\nThe letter says, “We must challenge your misuse of Catholic"
        " teaching to defend a budget that cuts food aid for poor families.”\n\n“Your budget reflects the values of a"
        " novelist rather than the Gospel,” says the letter, sent to him with a book “to help deepen your understanding"
        " of Catholic social teaching.”",
    )
    assert found(analysis, "quote") == []
