"""Ties told with "samen met" / "together with" beside a verb of offering or founding."""

from __future__ import annotations

from agreement_cases import agreements

LEIDEN, DELFT, TNO = "Leiden University", "Delft University of Technology", "TNO"


def _told(found: list) -> set[tuple[frozenset[str], str]]:
    return {(frozenset(a.parties), a.type) for a in found}


def test_a_master_one_offers_together_with_others_is_a_joint_programme() -> None:
    found = agreements(
        "Daarnaast werd de master in quantumtechnologie, die de Universiteit Leiden samen met "
        "de TU Delft aanbiedt, verlengd tot 2030."
    )
    assert (frozenset({LEIDEN, DELFT}), "joint_programme") in _told(found)


def test_a_programme_launched_together_with_another_is_a_joint_programme() -> None:
    found = agreements(
        "Leiden University has expanded the master's programme in quantum sensing, which it "
        "launched together with Delft University of Technology in 2018."
    )
    assert frozenset({LEIDEN, DELFT}) in {frozenset(a.parties) for a in found}
    assert "joint_programme" in {a.type for a in found}


def test_one_founder_with_others_founded_a_network_with_them() -> None:
    found = agreements(
        "De Universiteit Leiden richtte in 2019 samen met TNO en de TU Delft het netwerk "
        "Quantum Zuid op."
    )
    assert frozenset({LEIDEN, TNO, DELFT}) in {frozenset(a.parties) for a in found}


def test_an_event_organised_together_is_no_tie() -> None:
    found = agreements("TNO organiseert het congres samen met de Universiteit Leiden.")
    assert found == []
