"""The binding agreement a letter of intent announces for later is a record of its own."""

from __future__ import annotations

from agreement_cases import agreements

LEUVEN, LOUVAIN = "KU Leuven", "UCLouvain"


def _told(found: list) -> list[tuple[str, str, str | None]]:
    return sorted((a.type, a.status, a.date) for a in found)


def test_an_agreement_to_follow_a_letter_of_intent_is_planned_and_dated() -> None:
    found = agreements(
        "KU Leuven and UCLouvain yesterday signed a letter of intent to share their electron "
        "microscopes.",
        "A cooperation agreement that sets out access rules and costs is to follow in spring 2027.",
    )
    assert _told(found) == [("agreement", "planned", "2027-03"), ("mou", "signed", "2025-03-11")]
    assert all(set(a.parties) == {LEUVEN, LOUVAIN} for a in found)


def test_a_dutch_agreement_that_follows_a_letter_of_intent() -> None:
    found = agreements(
        "Saxion, de Universiteit Twente en ROC van Twente hebben dinsdag een intentieverklaring "
        "ondertekend over techniekonderwijs.",
        "Een uitgewerkte samenwerkingsovereenkomst volgt in de tweede helft van 2027.",
    )
    assert ("agreement", "planned", "2027-07") in _told(found)
    assert len({frozenset(a.parties) for a in found}) == 1


def test_an_expected_agreement_naming_the_same_partner() -> None:
    found = agreements(
        "De Haagse Hogeschool sloot in januari een intentieverklaring met de TU Delft over een "
        "gezamenlijk lab.",
        "Een definitieve overeenkomst met de Delftse universiteit wordt in september verwacht.",
    )
    assert ("agreement", "planned", "2025-09") in _told(found)


def test_no_agreement_is_announced_without_a_letter_of_intent_before() -> None:
    found = agreements(
        "Leiden University and TNO have worked together on quantum sensing since 2019.",
        "A cooperation agreement is to follow in spring 2027.",
    )
    assert [a.type for a in found] == ["collaboration"]


def test_a_denied_follow_up_is_no_record() -> None:
    found = agreements(
        "KU Leuven and UCLouvain yesterday signed a letter of intent to share their electron "
        "microscopes.",
        "No binding agreement is expected before 2028.",
    )
    assert [a.type for a in found] == ["mou"]


def test_an_agreement_announced_with_another_organisation_is_not_the_letters() -> None:
    found = agreements(
        "KU Leuven and UCLouvain yesterday signed a letter of intent to share their electron "
        "microscopes.",
        "A contract with TNO is expected in September.",
    )
    assert all(set(a.parties) == {LEUVEN, LOUVAIN} for a in found)
    assert [a.type for a in found] == ["mou"]
