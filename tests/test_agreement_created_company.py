"""The company a joint venture creates is what its founders made, not a party.

"A and B signed an agreement to form a joint venture, C, which ..." and "tekenden de
oprichtingsakte van de nieuwe onderneming, C," are one tie between A and B; "a joint
venture with C" still names C as a partner.
"""

from __future__ import annotations

from tests.agreement_cases import agreements, party_sets


def test_english_joint_venture_named_in_apposition_is_no_party() -> None:
    found = agreements(
        "Kelvara AG and Norsk Varme AS signed an agreement on Tuesday to form a joint "
        "venture, Nordlys Heat AS, which will build a factory near Skien."
    )
    assert party_sets(found) == {frozenset({"Kelvara AG", "Norsk Varme AS"})}, found


def test_the_company_formed_named_right_after_the_verb_is_no_party() -> None:
    found = agreements(
        "Philips and TNO signed an agreement on Tuesday to form Lumenix B.V., a company that "
        "will make sensors in Eindhoven."
    )
    assert party_sets(found) == {frozenset({"Philips", "TNO"})}, found


def test_dutch_deed_of_the_new_company_names_no_party() -> None:
    found = agreements(
        "Het LUMC en het Reinier de Graaf Gasthuis richten samen een heupkliniek op. De "
        "raden van bestuur van beide ziekenhuizen tekenden gisteravond de oprichtingsakte "
        "van de nieuwe onderneming, Heupkliniek Delfland B.V., waarin zij ieder de helft "
        "van de aandelen houden."
    )
    sets = party_sets(found)
    assert all("Heupkliniek Delfland B.V" not in " ".join(s) for s in sets), found
    assert len(sets) == 1 and len(next(iter(sets))) == 2, found


def test_a_joint_venture_with_a_company_names_a_partner() -> None:
    found = agreements(
        "Kelvara AG signed an agreement on Tuesday to form a joint venture with Norsk "
        "Varme AS in Porsgrunn."
    )
    assert any({"Kelvara AG", "Norsk Varme AS"} <= set(a.parties) for a in found), found


def test_the_company_an_agreement_is_creating_is_no_party() -> None:
    found = agreements(
        "A shareholders' agreement creating Brivaro Optics GmbH was signed on Monday by "
        "Kelvara AG and Norsk Varme AS."
    )
    assert party_sets(found) == {frozenset({"Kelvara AG", "Norsk Varme AS"})}, found


def test_dutch_joint_company_named_in_apposition_is_no_party() -> None:
    found = agreements(
        "Philips en TNO brengen hun sensoractiviteiten onder in een gezamenlijke "
        "onderneming, Lumenix B.V., die in Eindhoven gevestigd wordt."
    )
    sets = party_sets(found)
    assert all("Lumenix" not in " ".join(s) for s in sets), found
    assert frozenset({"Philips", "TNO"}) in sets, found


def test_a_joint_venture_company_named_in_apposition_is_no_party() -> None:
    found = agreements(
        "Kelvara AG and Norsk Varme AS signed an agreement on Tuesday to set up a joint "
        "venture company, Fjellvarme AS, in Porsgrunn."
    )
    assert party_sets(found) == {frozenset({"Kelvara AG", "Norsk Varme AS"})}, found


def test_dutch_joint_venture_named_right_after_the_noun_is_no_party() -> None:
    found = agreements(
        "De Hogeschool Utrecht en Stedin hebben donderdag de joint venture Netwerklab "
        "Utrecht B.V. opgericht om laadpalen te testen."
    )
    sets = party_sets(found)
    assert all("Netwerklab" not in " ".join(s) for s in sets), found
    assert sets and all(len(s) == 2 for s in sets), found


def test_english_joint_venture_named_right_after_the_noun_is_no_party() -> None:
    found = agreements(
        "Kelvara AG and Norsk Varme AS on Monday set up the joint venture Nordlys Heat AS "
        "to build a factory near Skien."
    )
    assert party_sets(found) == {frozenset({"Kelvara AG", "Norsk Varme AS"})}, found
