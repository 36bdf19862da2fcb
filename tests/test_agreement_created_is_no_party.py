"""What the parties create is no party of its own creation (gold README: "An institute or
foundation created by partners is not a party to its own founding"), even when only one
creator is recognised: "A and a regional investor own a joint venture, X, which they set
up", "richtten de nieuwe onderneming, X, op". A joint venture "with" someone names a
partner. Invented sentences."""

from __future__ import annotations

from agreement_cases import agreements, party_sets


def test_the_created_company_is_no_party_of_its_creation() -> None:
    for told in (
        "TNO and a regional investor own a joint venture, Delft Photonics BV, which they set up "
        "in 2022.",
        "TNO en een Brabantse investeerder richtten vorig jaar de nieuwe onderneming, Brabant "
        "Sensors BV, op.",
    ):
        assert party_sets(agreements(told)) == set(), told


def test_a_joint_venture_with_a_partner_keeps_the_partner() -> None:
    found = party_sets(
        agreements("TNO and Royal Philips have set up a joint venture with Erasmus MC.")
    )
    assert frozenset({"TNO", "Philips", "Erasmus MC"}) in found
