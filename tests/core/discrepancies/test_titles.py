"""Names: one speaker's programme named two ways in sentences no match pairs (`discrepancies.titles`).
Self-written fixtures."""

from __future__ import annotations


def _names(found, analysis):
    return [(a, b) for a, b, d in found(analysis, "name") if d.detail == "name given two ways"]


def test_one_speaker_s_programme_named_two_ways(analyse, found):
    a_and_b = (
        "The governor spoke to workers at the plant on Monday. Governor Mills said she supported harbour renewal "
        "authority to protect local jobs, but gave no details. The plant closes next year.",
        "The governor spoke to workers at the plant on Monday. Governor Mills said any budget should restore the "
        "cancelled Harbour Renewal Assistance program to help retrain dock workers. The plant closes next year.",
    )
    assert _names(found, analyse(*a_and_b)) == [("harbour renewal authority", "Harbour Renewal Assistance")]


def test_a_generic_head_is_the_same_name(analyse, found):
    a_and_b = (
        "The governor spoke to workers at the plant on Monday. Governor Mills said she would enforce the harbour "
        "renewal law to protect local jobs. The plant closes next year.",
        "The governor spoke to workers at the plant on Monday. Governor Mills said she would enforce the Harbour "
        "Renewal Act to help retrain dock workers. The plant closes next year.",
    )
    assert not _names(found, analyse(*a_and_b))


def test_two_speakers_may_name_two_things(analyse, found):
    a_and_b = (
        "The governor spoke to workers at the plant on Monday. Senator Ruiz said she supported harbour renewal "
        "authority to protect local jobs. The plant closes next year.",
        "The governor spoke to workers at the plant on Monday. Governor Mills said any budget should restore the "
        "cancelled Harbour Renewal Assistance program to help retrain dock workers. The plant closes next year.",
    )
    assert not _names(found, analyse(*a_and_b))


def test_a_name_capitalised_both_ways_is_compared(analyse, found):
    # One word in place of another at any position, whatever the case; the generic head is left out.
    a_and_b = (
        "The governor spoke to workers at the plant on Monday. Governor Mills said she supported the Harbour Renewal "
        "Authority to protect local jobs, but gave no details. The plant closes next year.",
        "The governor spoke to workers at the plant on Monday. Governor Mills said any budget should restore the "
        "cancelled Harbour Renewal Assistance Program to help retrain dock workers. The plant closes next year.",
    )
    assert _names(found, analyse(*a_and_b)) == [("Harbour Renewal Authority", "Harbour Renewal Assistance")]
