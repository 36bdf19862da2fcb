"""Joining told with the Dutch verb split from its particle ("Daarnaast treedt X per 1 maart
toe tot G", "X sluit zich op 1 juni bij G aan"), and a body joined or belonged to that is
referred to by its kind ("bij dat netwerk", "lid van het netwerk"): the body named before.
Invented sentences, Dutch and English."""

from __future__ import annotations

from agreement_cases import agreements, party_sets

TNO, NATURALIS, DELTA = "TNO", "Naturalis Biodiversity Center", "Medical Delta"
LEAD = "De Universiteit Leiden en de Universiteit Utrecht tekenden een convenant over sensoren."
LEIDEN_UTRECHT = frozenset({"Leiden University", "Utrecht University"})


def test_a_fronted_phrase_puts_the_joiner_between_verb_and_particle() -> None:
    for told in (
        "Daarnaast treedt TNO per 1 maart toe tot Medical Delta, het netwerk voor zorgtechniek.",
        "In mei trad TNO ook toe tot Medical Delta.",
        "Per 1 maart treedt ook TNO uit Delft tot Medical Delta toe.",
        "TNO sluit zich in juni bij Medical Delta aan.",
    ):
        assert frozenset({TNO, DELTA}) in party_sets(agreements(LEAD, told)), told


def test_a_network_referred_to_by_its_kind_is_the_one_named_before() -> None:
    for told in (
        "Naturalis Biodiversity Center sluit zich op 1 juni bij dat netwerk aan.",
        "Naturalis Biodiversity Center treedt per 1 maart toe tot het netwerk.",
        "Naturalis Biodiversity Center joined the network last week.",
    ):
        found = agreements(LEAD, "Medical Delta is een netwerk van ziekenhuizen.", told)
        assert party_sets(found) == {LEIDEN_UTRECHT, frozenset({NATURALIS, DELTA})}, told


def test_a_kind_before_a_name_names_a_body_of_its_own() -> None:
    # "het netwerk Zorgdata" names a new body: Medical Delta is not the one joined.
    found = agreements(
        LEAD,
        "Medical Delta is een netwerk van ziekenhuizen.",
        "Naturalis Biodiversity Center sluit zich bij het netwerk Zorgdata Zuid aan.",
    )
    assert frozenset({NATURALIS, DELTA}) not in party_sets(found)


def test_without_a_body_named_before_the_kind_joins_nothing() -> None:
    found = agreements(
        LEAD, "Naturalis Biodiversity Center sluit zich op 1 juni bij dat netwerk aan."
    )
    assert party_sets(found) == {LEIDEN_UTRECHT}


def test_a_split_verb_without_joining_words_is_no_join() -> None:
    # "treedt ... op" (acts as) is not "treedt ... toe tot".
    found = agreements(
        LEAD, "Medical Delta is een netwerk.", "Daarnaast treedt TNO in Delft op als adviseur."
    )
    assert frozenset({TNO, DELTA}) not in party_sets(found)
