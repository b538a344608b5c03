"""Which discovered names are listed (reader/core/actors/merge/listing.py)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from reader.core.actors import extract_actors
from reader.core.actors.find.scan import Candidate, NameGroup
from reader.core.actors.merge.listing import (
    WrittenWords,
    actor_written_once,
    discovered_actor,
    title_case_lines,
    worth_listing,
)
from reader.core.actors.merge.state import group_by_key
from reader.core.lexicons.gazetteer import load_gazetteer
from tests.core.align.test_weights import make_article


def test_title_case_headlines_are_the_opening_lines_in_title_case() -> None:
    text = "Plan Details Armed Guards\n\nReport Sees Guns as Path to Safety\n\nWASHINGTON — The report was out.\n\nA Title Case Line Later"
    spans = title_case_lines(text)
    assert [text[a:b] for a, b in spans] == ["Plan Details Armed Guards", "Report Sees Guns as Path to Safety"]
    assert title_case_lines("JAPAN GET LUCKY WIN\n\nJapan won.") == []  # capitals: not a title-case headline


def _title_case_lines_by_split(text: str) -> list[tuple[int, int]]:
    """`title_case_lines` as first written: over every line of the text."""
    spans, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            words = re.findall(r"[^\W\d_][^\W_’']*", line)
            if len(words) < 3 or not all((w[0].isupper() and not w.isupper()) or w in {"as", "to", "of"} for w in words):
                break
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def test_title_case_lines_read_line_by_line_are_those_of_every_line() -> None:
    texts = [
        "",
        "\n",
        "Plan Details Armed Guards",
        "Plan Details Armed Guards\n",
        "Plan Details Armed Guards\n\nReport Sees Guns as Path to Safety",
        "Plan Details Armed Guards\n \nReport Sees Guns as Path to Safety\n\n",
        "\n\nPlan Details Armed Guards\nThe plan was out.\nA Title Case Line Later",
        "Two Words\nPlan Details Armed Guards",
    ]
    for text in texts:
        assert title_case_lines(text) == _title_case_lines_by_split(text), text


def test_a_name_seen_only_in_a_title_case_headline_is_not_listed() -> None:
    text = "Report Sees Guns as Path to Safety in Schools\n\nThe group said Asa Hutchinson led the review of safety in schools, where guns are banned."
    names = {actor.name for actor in extract_actors([make_article("A", text)], load_gazetteer())}
    assert "Asa Hutchinson" in names
    assert not names & {"Sees Guns", "Safety", "Schools", "Report Sees Guns"}


def test_a_headline_name_also_in_the_body_is_listed() -> None:
    text = "Talks With Zuzuhia Stall Again\n\nOfficials in Zuzuhia said on Sunday that the talks had stalled."
    actors = extract_actors([make_article("A", text)], load_gazetteer())
    listed = [actor for actor in actors if any(m.start < 30 for m in actor.mentions)]  # its headline mention
    assert listed and len(listed[0].mentions) == 2


def test_a_byline_in_title_case_keeps_its_name() -> None:
    text = "By Jess Connolly\n\nThe levee held overnight as the river peaked, officials said."
    names = {actor.name for actor in extract_actors([make_article("A", text)], load_gazetteer())}
    assert "Jess Connolly" in names


def test_an_event_head_before_of_is_no_actor() -> None:
    text = "Any Act of Congress may be challenged, the Bank of England said."
    names = {actor.name for actor in extract_actors([make_article("A", text)], load_gazetteer())}
    assert "Act of Congress" not in names
    assert "Bank of England" in names


_LETTERS = st.sampled_from(list("aAbBéÉ1_ -’'.\n"))


@given(st.lists(st.text(_LETTERS, max_size=30), max_size=3), st.text(st.sampled_from(list("aAbBéÉ1")), min_size=1, max_size=4))
def test_written_words_answers_as_a_search_of_every_text_would(texts: list[str], word: str) -> None:
    # The look-up replaced a search of every text (quadratic on one long title-case line): same answers.
    searched = any(re.search(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])", text) for text in texts)
    assert (word in WrittenWords(texts)) == searched


@given(
    st.sampled_from(["Retailers", "Mara Lind", "Games", "Lind"]),
    st.booleans(),
    st.sampled_from([{}, {"person": 1}, {"event": 5}, {"place": -1}, {"person": 0}]),
    st.booleans(),
)
def test_a_name_written_once_is_listed_as_the_general_rule_lists_it(
    surface: str, initial: bool, votes: dict, headline: bool
) -> None:
    """`worth_listing` of a cluster of one name with one mention (its own path) is what the general path gives
    the same mention in a cluster with an empty second group."""
    words = len(surface.split())
    text = "Report Sees Guns as Path to Safety\nMara Lind said guns and safety matter."
    (group,) = group_by_key([Candidate(0, 0, len(surface), surface, tuple(surface.lower().split()), words, initial, votes)])
    headlines = [title_case_lines(text)] if headline else []
    written = WrittenWords([text])
    general = worth_listing([group, NameGroup(("other",))], headlines, written)
    assert worth_listing([group], headlines, written) == general


def test_a_name_written_several_times_sums_its_mentions_votes_in_the_order_they_were_cast() -> None:
    """`group_by_key`: the votes of every mention of one key, summed (a sum of zero stays), the kind the sum's
    winner, the words the most any mention has."""
    mention = [
        Candidate(0, 0, 9, "Mara Lind", ("mara", "lind"), 2, True, {"person": 2, "place": 1}),
        Candidate(0, 40, 49, "Mara Lind", ("mara", "lind"), 2, False, {"place": -1, "organization": 3}),
        Candidate(1, 7, 16, "MARA LIND", ("mara", "lind"), 3, False, {}),
    ]
    (group,) = group_by_key(mention)
    assert list(group.votes.items()) == [("person", 2), ("place", 0), ("organization", 3)]
    assert (group.kind, group.words, len(group.candidates)) == ("organization", 3, 3)


@given(
    st.sampled_from(["Mara Lind", "Mara  Lind", "Lind", "MARA LIND", "Ünal Öz"]),
    st.sampled_from([{}, {"person": 1}, {"place": 2, "person": 2}, {"person": 0}]),
    st.sampled_from([None, "", "nordair"]),
    st.sampled_from([set(), {"mara-lind"}, {"mara-lind", "mara-lind-person", "mara-lind-other"}]),
)
def test_a_name_written_once_becomes_the_actor_the_general_rule_makes(
    surface: str, votes: dict, parent: str | None, taken: set[str]
) -> None:
    """`actor_written_once` (a group of one mention) gives the actor `discovered_actor` gives: id (free of the
    ids taken), name, kind, alias, mention and parent."""
    (group,) = group_by_key([Candidate(1, 5, 5 + len(surface), surface, ("mara", "lind"), 2, False, votes, parent)])
    general = discovered_actor([group], surface, ["A", "B"], set(taken))
    once = actor_written_once(group, ["A", "B"], set(taken))
    assert once == general
    assert once.mentions[0].article == "B" and once.id not in taken


def test_names_written_once_are_listed_among_the_others_by_mentions_then_name() -> None:
    """The order of the actors: most mentions first, then by name, names written once included."""
    text = "Mara Lind met Olaf Berg. Olaf Berg said so. Ivo Tamm and Ada Vell agreed."
    actors = extract_actors([make_article("A", text)], load_gazetteer())
    assert [(a.name, len(a.mentions)) for a in actors] == [("Olaf Berg", 2), ("Ada Vell", 1), ("Ivo Tamm", 1), ("Mara Lind", 1)]
    assert [a.id for a in actors] == ["olaf-berg", "ada-vell", "ivo-tamm", "mara-lind"]


def test_a_name_written_once_has_a_group_of_its_own_votes_copied() -> None:
    """`group_by_key` of a key met once: its one mention, a Counter copy of its votes (rules change the group's,
    never the mention's), its words, and the kind they give; groups in the order their keys first occur."""
    once = Candidate(0, 0, 9, "Mara Lind", ("mara", "lind"), 2, False, {"person": 1})
    twice = [Candidate(0, 20, 24, "Lind", ("lind",), 1, False, {"place": 1}) for _ in range(2)]
    groups = group_by_key([twice[0], once, twice[1]])
    assert [g.key for g in groups] == [("lind",), ("mara", "lind")]
    group = groups[1]
    assert group.candidates == [once] and group.votes == {"person": 1} and group.votes is not once.votes
    assert type(group.votes).__name__ == "Counter" and (group.kind, group.words) == ("person", 2)
    group.votes["place"] = 3
    assert once.votes == {"person": 1}
