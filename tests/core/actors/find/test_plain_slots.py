"""Slots of plain title-case words, trimmed by their words' classes (reader/core/actors/find/discover.py)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.actors.find.discover import NameRules, NameSlot
from reader.core.actors.find.runs import RunReader
from reader.core.lexicons.gazetteer import load_gazetteer

GAZETTEER = load_gazetteer()
# Plain words of every class the rules tell apart: stop words and dates, descriptors, person roles, words the
# articles also write in lower case, participles, suffix words, generational suffixes, given names, particles
# written in title case, words whose key is a single letter, and made-up names.
WORDS = (
    "According Tuesday December Officials Arab Bedouin Analyst Activist Tensions Mining Bumping Disarming "
    "Ministry Company Council Party University Bank Jr Sr Ii Ahmed Aaron John Ben Abu Da Aa Oo "
    "Zuni Zuzuho Gomika Bevivi Mara Lind Olga Vance Kansas City Merrill Lynch Cairo"
).split()
VOCABULARY = frozenset({"tensions", "mining", "officials", "company", "bank", "john"})


def _plain_run(reader: RunReader, run: str) -> list[tuple]:
    """What the reader makes of a run, as values: each slot's end and suffix, and its four shapes."""
    rules = reader.rules
    return [
        (item.last, item.suffix_kind, rules.shapes(item, False), rules.shapes(item, True)) if isinstance(item, NameSlot) else item
        for item in reader.layout(run)
    ]


def _general(run: str) -> list[tuple]:
    """The same by the general checks: the run's words as one slot that is not known to be plain."""
    reader = RunReader(NameRules(GAZETTEER, VOCABULARY))
    plain = reader._plain_words(run)
    if plain is None:
        return _plain_run(reader, run)
    slot = reader.rules.slot(run, plain[0], None, True)
    rules = reader.rules
    return [] if slot is None else [(slot.last, slot.suffix_kind, rules.shapes(slot, False), rules.shapes(slot, True))]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4, unique=True), min_size=1, max_size=25))
def test_plain_slots_of_the_same_classes_get_what_each_gets_alone(runs):
    """One reader meets runs whose words share classes (its slots and shapes come from the plans of the first
    run of those classes): each gets what a reader that met it alone gives, and what the general checks give."""
    shared = RunReader(NameRules(GAZETTEER, VOCABULARY))
    for words in runs:
        run = " ".join(words)
        alone = _plain_run(RunReader(NameRules(GAZETTEER, VOCABULARY)), run)
        assert _plain_run(shared, run) == alone
        assert _general(run) == alone


def test_two_made_up_names_of_one_class_share_the_plans_not_the_shapes():
    reader = RunReader(NameRules(GAZETTEER, VOCABULARY))
    (first,), (second,) = reader.layout("Zuni Zuzuho"), reader.layout("Gomika Bevivi")
    assert first.plain == second.plain  # the same classes
    one, other = reader.rules.shapes(first, True)[0], reader.rules.shapes(second, True)[0]
    assert (one.surface, one.key, one.names, one.looks_like_name) == ("Zuni Zuzuho", ("zuni", "zuzuho"), 2, True)
    assert (other.surface, other.start, other.end) == ("Gomika Bevivi", 0, 13)
    (opener,) = reader.layout("Tensions Zuzuho")  # "tensions" is written in lower case: dropped opening a sentence
    assert opener.plain != first.plain
    assert reader.rules.shapes(opener, True)[0].surface == "Zuzuho"
    assert reader.rules.shapes(opener, False)[0].surface == "Tensions Zuzuho"
