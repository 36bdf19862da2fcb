"""A tie told as news without its other party, passive or at the head of the sentence ("A
similar agreement was signed with X last year", "Vorig jaar werd een vergelijkbare
overeenkomst gesloten met X", "A second memorandum, with X, is expected ..."): the other party
is the organisation the text is about. An active sentence with a subject of its own ("De
havenautoriteit sloot een vergelijkbare overeenkomst met X") is not. Invented sentences."""

from __future__ import annotations

from agreement_cases import agreements, party_sets

LEAD = "Utrecht University has signed an agreement with Leiden University on data science."
UU_TNO = frozenset({"Utrecht University", "TNO"})


def test_a_passive_indefinite_tie_is_the_subjects() -> None:
    for told in (
        "A similar agreement was signed with TNO last year.",
        "Last year a comparable agreement was concluded with TNO.",
        "Vorig jaar werd al een vergelijkbare overeenkomst gesloten met TNO.",
        "Een vergelijkbare overeenkomst met TNO werd vorig jaar gesloten.",
    ):
        assert UU_TNO in party_sets(agreements(LEAD, told)), told


def test_a_tie_in_apposition_at_the_head_of_the_sentence_is_the_subjects() -> None:
    found = agreements(LEAD, "A second memorandum, with TNO, is expected to be signed in May.")
    assert [a.type for a in found if frozenset(a.parties) == UU_TNO] == ["mou"]


def test_an_active_sentence_with_a_described_subject_is_not_the_subjects() -> None:
    for told in (
        "De havenautoriteit sloot vorig jaar al een vergelijkbare overeenkomst met TNO.",
        "The port authority signed a similar agreement with TNO last year.",
    ):
        assert UU_TNO not in party_sets(agreements(LEAD, told)), told


def test_an_indefinite_tie_without_likeness_or_order_is_not_a_new_record() -> None:
    # "an agreement with TNO" may be anyone's: only "a similar/second ..." ties it to the text.
    found = agreements(LEAD, "Researchers hope for an agreement with TNO on the data.")
    assert UU_TNO not in party_sets(found)
