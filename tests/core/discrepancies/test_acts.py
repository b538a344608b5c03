"""Attribution: a cue the extractor attached to an act on the fact side ("voicing its anger") credits no claim,
an accusation still does (`attribution._act`). Self-written fixtures."""

from __future__ import annotations

A = "The strike began on Monday. The union shut down three ports on the coast, Tom Reed said. Talks resume next week."
B = (
    "The strike began on Monday. The union shut down three ports on the coast, voicing its anger at the new pay deal. "
    "Talks resume next week."
)


def test_an_act_attached_to_its_object_is_no_credit(analyse, found):
    assert [d.detail for _, _, d in found(analyse(A, B), "attribution")] == ["credited vs fact"]


def test_an_accusation_puts_the_claim_on_someone(analyse, found):
    accused = B.replace("voicing its anger at the new pay deal", "accusing the firm of breaking the new pay deal")
    assert not found(analyse(A, accused), "attribution")
