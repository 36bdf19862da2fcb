"""A tie named with when it began, inside a sentence about its renewal or its end: the
beginning is a record of its own ("extending a partnership that began in 2015").
Invented sentences, English and Dutch."""

from __future__ import annotations

from agreement_cases import agreements

from scraper.models import Agreement

UU_SHELL = frozenset({"Utrecht University", "Shell"})


def told(found: list[Agreement]) -> set[tuple[str, str | None]]:
    assert all(frozenset(a.parties) == UU_SHELL for a in found)
    return {(a.type, a.date) for a in found}


def test_a_renewal_extending_a_partnership_that_began_in_a_year() -> None:
    found = agreements(
        "Utrecht University and Shell renewed their memorandum of understanding on Tuesday, "
        "extending a partnership that began in 2015 for another five years."
    )
    assert told(found) == {("mou", "2025-03-11"), ("partnership", "2015")}


def test_an_ending_does_not_take_the_date_the_tie_began() -> None:
    found = agreements(
        "Utrecht University ends its partnership with Shell, which was launched in 2018."
    )
    assert ("partnership", "2018") in told(found)
    assert all(a.date != "2018" for a in found if a.type == "termination")


def test_a_dutch_relative_clause_with_the_verb_last() -> None:
    found = agreements(
        "De Universiteit Utrecht en Shell verlengen het partnerschap dat in 2021 van start ging."
    )
    assert ("partnership", "2021") in told(found)
    assert any(a.status == "renewed" and a.date != "2021" for a in found)


def test_a_partnership_that_dates_back_and_was_renewed_later() -> None:
    found = agreements(
        "Utrecht University and Shell have a research partnership that dates back to 2009, "
        "which was most recently renewed in 2024 for a further five years."
    )
    assert told(found) == {("partnership", "2009"), ("partnership", "2024")}


def test_the_sentences_own_signing_is_no_beginning() -> None:
    # "was signed last Tuesday" is the new agreement's own signing, and a research
    # programme is no joint degree.
    found = agreements(
        "Utrecht University and Shell have renewed their partnership.",
        "The new agreement was signed last Tuesday.",
        "Utrecht University signed an agreement with Shell in 2019 on a programme that "
        "began in 2015.",
    )
    assert all(a.date != "2015" for a in found)
    assert len([a for a in found if a.status == "renewed"]) == 1


def test_a_tie_said_to_stand_apart_from_a_new_contract_goes_on() -> None:
    found = agreements(
        "The partnership between Shell and Utrecht University, which started in 2021, "
        "continues separately and is not part of the new contract."
    )
    assert told(found) == {("partnership", "2021")}
    found = agreements(
        "De samenwerking tussen Shell en de Universiteit Utrecht maakt geen deel uit van de "
        "nieuwe overeenkomst."
    )
    assert told(found) == {("collaboration", None)}


def test_an_organisation_denied_a_part_in_an_agreement_gives_nothing() -> None:
    assert agreements("TNO is not part of the agreement.") == []
    assert agreements("The partnership of TNO is not part of the agreement.") == []


def test_a_joint_programme_closed_and_when_it_was_launched() -> None:
    found = agreements(
        "Utrecht University and Shell will close their joint master's programme in 2028.",
        "The two partners launched the programme in 2017 with funding from the European "
        "Commission.",
    )
    assert told(found) == {("termination", "2028"), ("joint_programme", "2017")}
    found = agreements(
        "De Universiteit Utrecht en Shell sluiten hun gezamenlijke master in 2028.",
    )
    assert told(found) == {("termination", "2028")}
