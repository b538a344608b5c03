"""The attribution finder on credits the extractor reads since issue 13's session 8: a result frame ("leading many
party leaders to conclude that ..."), a dash joining two attributions and "informed the committee that ...".
Self-written fixtures."""

from __future__ import annotations


def test_a_result_frame_credits_the_claim(analyse, found):
    analysis = analyse(
        "Several members withdrew their support, leading many party leaders to conclude that the chairman will leave "
        "the national committee at the end of his term in January.",
        "The chairman will leave the national committee at the end of his term in January.",
    )
    ((a, b, d),) = found(analysis, "attribution")
    assert d.detail == "credited vs fact" and "many party leaders" in a


def test_each_side_of_a_joining_dash_is_credited_on_its_own(analyse, found):
    analysis = analyse(
        "The television campaign in three coastal cities is going to cost the group $1 million, the official said - "
        "a media-tracking source said about $400,000 has been placed so far.",
        "The television campaign in three coastal cities is going to cost the group $1 million.",
    )
    ((a, b, d),) = found(analysis, "attribution")
    assert d.detail == "credited vs fact" and "the official" in a and "media-tracking" not in a


def test_informed_the_committee_credits_the_lawyer(analyse, found):
    analysis = analyse(
        "Her lawyer had informed the committee that the server used for her emails during her tenure had been wiped clean.",
        "The server used for her emails during her tenure had been wiped clean.",
    )
    ((a, b, d),) = found(analysis, "attribution")
    assert d.detail == "credited vs fact" and "lawyer" in a
