"""Whom each article credits for one claim, when the alignment left the two sentences unpaired."""

from __future__ import annotations

from reader.core.discrepancies import find_discrepancies
from reader.core.discrepancies.across import Known
from reader.core.discrepancies.common import Side, stem
from reader.core.model import Analysis, Attribution, Passage, Span
from reader.core.text.build import article_from_text

SHARED = "The city council voted on Monday to close the old harbour bridge for repairs."
A = (
    f"{SHARED}\n\n"
    "The inspection report said that the bridge had unsafe steel cables and cracked concrete pillars.\n\n"
    "Repairs will take two years, Mayor Ana Ruiz said."
)
B = (
    f"{SHARED}\n\n"
    "Engineers found cracked pillars and unsafe cables on the bridge last spring, a city official said.\n\n"
    "Drivers will need to use the ferry for a while."
)


def shared_sentence_only(analysis: Analysis) -> list[tuple[str, str, str, str]]:
    """The attribution discrepancies when only the shared first sentences are matched (as if the alignment had
    left the claim's sentences unpaired, as it does with real reports written differently)."""
    first = [m for m in analysis.matches if analysis.text_of(m.a).startswith("The city council")]
    found = find_discrepancies(analysis.articles, first, analysis.actors, analysis.attributions)
    return [(analysis.text_of(d.a), analysis.text_of(d.b), d.detail, d.place) for d in found if d.kind == "attribution"]


def test_one_claim_credited_to_a_report_and_to_an_unnamed_official(analyse):
    ((a, b, detail, place),) = shared_sentence_only(analyse(A, B))
    assert "report said" in a and "official said" in b
    assert (detail, place) == ("document vs anonymous", "elsewhere")


def test_sentences_sharing_only_the_story_topic_are_not_one_claim(analyse):
    # Both speak of the bridge, but say different things about it: no shared claim, no discrepancy.
    other = B.replace(
        "Engineers found cracked pillars and unsafe cables on the bridge last spring",
        "The bridge carried more traffic than any other road in the region",
    )
    assert shared_sentence_only(analyse(A, other)) == []


def test_the_same_source_on_both_sides_is_no_discrepancy(analyse):
    same = B.replace("a city official said", "the inspection report said")
    assert shared_sentence_only(analyse(A, same)) == []


def _side(text: str, name: str, sentence: str | None = None) -> Side:
    article = article_from_text(text, name, f"{name}.txt")
    start = text.index(sentence) if sentence else 0
    return Side(article, Passage(name, start, start + len(sentence or text)))


def _credit(text: str, said: str, ident: str = "t1") -> Attribution:
    """An attribution "<source> said <content>." for the sentence ``said`` of ``text`` (article "B")."""
    at = text.index(said)
    cue = said.index(" said ")
    return Attribution(
        ident,
        "B",
        Span(at + cue + 1, at + cue + 5),
        Span(at + cue + 6, at + len(said) - 1),
        "indirect",
        False,
        Span(at, at + cue),
    )


def test_the_word_test_of_a_credit_against_the_other_side():
    said = "Ana Silva said Varga won among farming voters during the Ohio caucus on Tuesday."
    holds = Known({}).same_claim
    credit = _credit(said, said)
    assert holds(_side(said, "B"), credit, _side("Varga did well with farming voters in the Ohio caucuses on Tuesday.", "A"))
    assert not holds(_side(said, "B"), credit, _side("Varga did well in Ohio on Tuesday.", "A"))  # too few words
    dated = said.replace("on Tuesday", "in 2014")
    # A figure the other side does not give: another claim, however many words the two share.
    other = _side("Varga did well with farming voters in the Ohio caucus in 2012.", "A")
    assert not holds(_side(dated, "B"), _credit(dated, dated, "t2"), other)


# A story of the caucus: its topic words (Varga, Ohio, caucus, farming, voters, Tuesday) are in every sentence.
SILVA = "Analyst Ana Silva said Varga won farming voters during Tuesday's Ohio caucus by a wide margin."
TOPIC_B = (
    f"{SILVA} Varga's aides had hoped Ohio voters would reward months of visits to farming counties ahead of Tuesday's"
    " caucus. Ohio's farming lobby spent heavily on ads urging voters to back Varga at the caucus on Tuesday. More"
    " voters than expected braved Tuesday's Ohio snow at the caucus, and Varga thanked the farming families who came."
)
DESERTED = "Farming voters deserted Varga in the Ohio caucuses on Tuesday -- a result that stunned his staff and donors."
TOPIC_A = (
    f"{DESERTED} The defeat in Ohio on Tuesday leaves Varga with little money, and a farming state next on the calendar"
    " of caucuses, where voters are wary. Exit polls of voters at the caucus on Tuesday showed farming households split"
    " between the two rivals of Varga across Ohio. Varga's next test after Tuesday is a caucus of voters in a state"
    " with few farming counties, far from Ohio."
)


def test_words_of_the_storys_topic_do_not_make_opposite_claims_one_claim():
    # review11a #2: "won farming voters" and "deserted Varga" share every topic word and no claim. Words all
    # through both stories say one subject; the word test asks for MIN_SPECIFIC words specific to the claim.
    holds = Known({}).same_claim
    assert not holds(_side(TOPIC_B, "B", SILVA), _credit(TOPIC_B, SILVA), _side(TOPIC_A, "A", DESERTED))
    # The same two sentences alone: every word is specific to its one-sentence story, and words cannot tell
    # the opposite claims apart.
    assert Known({}).same_claim(_side(SILVA, "B"), _credit(SILVA, SILVA), _side(DESERTED, "A"))


def test_a_stem_pairs_a_plural_with_its_singular():
    assert stem("caucuses") == stem("caucus") == "caucus"
    assert stem("companies") == stem("company") == "company"
    assert stem("discussed") == stem("discuss") and stem("crisis") == "crisis"
    # review11a #11: stem serves verbs too
    assert stem("denied") == stem("denies") == stem("deny") == "deny"
    assert stem("carried") == stem("carries") and stem("studied") == stem("studies")
