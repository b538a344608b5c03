"""Attribution: one source on both sides, and whom it had the claim from named on one side only
(`discrepancies.relayed`). Self-written fixtures."""

from __future__ import annotations


def test_a_source_named_inside_the_same_source_s_report_on_one_side_only(analyse, found):
    analysis = analyse(
        "Senator Walsh said Friday that the mayor has yet to answer the council's request for the ledgers. He said the "
        "council learned the mayor had decided to shred the ledgers kept during his tenure and delete all records.",
        "Last week, Walsh said the mayor did not answer any of the requests for the ledgers, and his aide had informed "
        "the council that the ledgers kept during his tenure had been shredded and the records deleted.",
    )
    relayed = [(a, b, d) for a, b, d in found(analysis, "attribution") if d.detail == "relayed source"]
    assert len(relayed) == 1
    a, b, d = relayed[0]
    assert "He said" in a and "his aide" in b


def test_the_source_restating_itself_is_no_relay(analyse, found):
    analysis = analyse(
        "The president said the plan would cut the deficit by half within ten years, saying the cuts were fair.",
        "Obama said the plan would cut the deficit by half within ten years.",
    )
    assert not [d for _, _, d in found(analysis, "attribution") if d.detail == "relayed source"]


def test_both_sides_naming_the_relay_is_no_discrepancy(analyse, found):
    analysis = analyse(
        "Walsh said his aide had informed the council that the ledgers kept during his tenure had been shredded.",
        "Walsh said an aide had told the council that the ledgers kept during his tenure had been shredded.",
    )
    assert not [d for _, _, d in found(analysis, "attribution") if d.detail == "relayed source"]
