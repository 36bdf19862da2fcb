"""A funder or bystander whose verb follows a relative clause about it ("X, which funds the
lab, welcomed both agreements"; "X (XC), die het project financiert, verwelkomde beide
akkoorden") is no party, as it is when the verb follows its name at once. Invented
sentences."""

from __future__ import annotations

from agreement_cases import agreements, party_sets

LEAD = (
    "Utrecht University signed a memorandum with TNO. Utrecht University and Leiden "
    "University renewed their framework agreement."
)
NWO = "Dutch Research Council"


def test_a_bystander_after_a_relative_clause_is_no_party() -> None:
    for told in (
        "The Dutch Research Council, which funds much of the work, welcomed both agreements.",
        "The Dutch Research Council (NWO), which funds much of the work, welcomed both agreements.",
        "NWO, dat een deel van het onderzoek financiert, verwelkomde beide akkoorden.",
    ):
        found = party_sets(agreements(LEAD, told))
        assert not any(NWO in s for s in found), told


def test_the_subject_of_a_funding_relative_clause_is_a_funder() -> None:
    found = agreements(
        "Utrecht University and TNO signed an agreement on a quantum lab.",
        "NWO, which also funds the lab, welcomed the agreement and will pay for two posts.",
    )
    assert party_sets(found) == {frozenset({"Utrecht University", "TNO"})}


def test_a_relative_clause_about_a_signatory_leaves_it_a_party() -> None:
    found = agreements("Philips, which runs a lab in Eindhoven, signed an agreement with TNO.")
    assert party_sets(found) == {frozenset({"Philips", "TNO"})}
