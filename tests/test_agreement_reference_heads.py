"""A singular reference is the organisation its head noun names, and never one the sentence
names beside it: "the university hospital" is a hospital, "het Rotterdamse
universiteitsziekenhuis en X" is not X, "the institute ... with X" is not X."""

from __future__ import annotations

from scraper.extract.agreements.coreference import reference_kinds
from tests.agreement_cases import agreements, party_sets

LUMC, LEIDEN, TNO = "Leiden University Medical Center", "Leiden University", "TNO"


def test_the_head_of_a_compound_names_the_kind() -> None:
    assert reference_kinds("het rotterdamse universiteitsziekenhuis") == ("hospital", "umc")
    assert reference_kinds("the university hospital") == ("hospital", "umc")
    assert reference_kinds("the university") == ("university",)
    assert reference_kinds("it") == ()


def test_the_university_hospital_is_the_hospital_named_before() -> None:
    found = agreements(
        "Leiden University and the LUMC opened a shared imaging lab on Monday.",
        "The university hospital and TNO will sign a research agreement in 2027.",
    )
    assert frozenset({LUMC, TNO}) in party_sets(found)
    assert frozenset({LEIDEN, TNO}) not in party_sets(found)


def test_a_dutch_hospital_compound_is_a_hospital() -> None:
    found = agreements(
        "De Universiteit Leiden en het LUMC openden maandag een gezamenlijk lab.",
        "Het Leidse universiteitsziekenhuis en TNO willen in 2027 een "
        "samenwerkingsovereenkomst sluiten.",
    )
    assert frozenset({LUMC, TNO}) in party_sets(found)
    assert frozenset({LEIDEN, TNO}) not in party_sets(found)


def test_a_reference_is_not_the_name_coordinated_with_it() -> None:
    found = agreements(
        "Het Maasstad Ziekenhuis opent een nieuwe vleugel voor traumazorg.",
        "Het Erasmus MC levert daarvoor de chirurgen.",
        "Het ziekenhuis en het Erasmus MC willen in 2027 een samenwerkingsovereenkomst sluiten.",
    )
    assert party_sets(found) == {frozenset({"Maasstad Hospital", "Erasmus MC"})}


def test_a_reference_is_not_the_counterpart_it_signs_with() -> None:
    found = agreements(
        "Deltares opened a new wave flume in Delft on Monday.",
        "The sensors were supplied by TNO.",
        "Last week the institute also signed a letter of intent with TNO on sharing the "
        "flume from 2028.",
    )
    assert party_sets(found) == {frozenset({"Deltares", TNO})}


def test_a_place_adjective_picks_the_organisation_named_after_the_place() -> None:
    found = agreements(
        "De TU Delft en de Universiteit Leiden openen een gezamenlijk lab voor AI.",
        "Ook de Erasmus Universiteit Rotterdam levert onderzoekers aan het lab.",
        "Philips tekende dinsdag een samenwerkingsovereenkomst met de Delftse universiteit.",
    )
    assert frozenset({"Philips", "Delft University of Technology"}) in party_sets(found)
    assert frozenset({"Philips", "Erasmus University Rotterdam"}) not in party_sets(found)
