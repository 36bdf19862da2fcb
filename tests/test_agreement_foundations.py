"""The dated earlier tie a new one builds on or replaces is a record of its own."""

from __future__ import annotations

from agreement_cases import agreements

LEIDEN, TNO = "Leiden University", "TNO"


def _told(found: list) -> list[tuple[str, str | None]]:
    return sorted((a.type, a.date) for a in found)


def test_the_memorandum_a_partnership_takes_further() -> None:
    found = agreements(
        "Erasmus University Rotterdam and the University of Cape Town have signed a strategic "
        "partnership agreement that takes further the memorandum of understanding the two "
        "universities concluded in April 2023."
    )
    assert _told(found) == [("mou", "2023-04"), ("partnership", "2025-03-12")]
    assert len({frozenset(a.parties) for a in found}) == 1


def test_the_memorandum_an_agreement_builds_on_told_in_the_next_sentence() -> None:
    found = agreements(
        "Leiden University and TNO signed a framework agreement on Monday.",
        "The agreement builds on a memorandum the two signed in 2019.",
    )
    assert _told(found) == [("agreement", "2025-03-10"), ("mou", "2019")]
    assert all(set(a.parties) == {LEIDEN, TNO} for a in found)


def test_dutch_afspraken_an_akkoord_replaces() -> None:
    found = agreements(
        "De Universiteit Leiden en TNO hebben vandaag een akkoord ondertekend over "
        "quantumsensoren.",
        "Voortaan volgen de onderzoekers één gezamenlijk programma.",
        "Het akkoord vervangt de afspraken uit 2016.",
    )
    assert _told(found) == [("agreement", "2016"), ("agreement", "2025-03-12")]


def test_an_earlier_tie_with_someone_else_named_is_not_the_new_ties() -> None:
    found = agreements(
        "Leiden University and TNO signed a framework agreement on Monday.",
        "The agreement replaces a 2019 memorandum between TNO and Utrecht University.",
    )
    assert not any(set(a.parties) == {LEIDEN, TNO} and a.date == "2019" for a in found)


def test_a_later_date_after_the_verb_is_no_earlier_tie() -> None:
    found = agreements(
        "Leiden University and TNO signed a framework agreement on Monday.",
        "The agreement replaces the current contract from January 2026.",
    )
    assert _told(found) == [("agreement", "2025-03-10")]
