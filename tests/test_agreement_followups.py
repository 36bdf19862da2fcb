"""Records completed by the sentences around them: the day told later, the end of a plan."""

from __future__ import annotations

from datetime import date

from agreement_cases import agreements, party_sets

WEDNESDAY = date(2025, 9, 10)
THURSDAY = date(2026, 2, 12)
LEIDEN, TNO = "Leiden University", "TNO"


def test_a_weekday_told_after_a_caption_dates_the_ending() -> None:
    found = agreements(
        "Het Regionaal Ziekenhuis Heilig Hart Tienen en AZ Diest stoppen met de voorbereiding "
        "van een fusie.",
        "Campus van het ziekenhuis in Diest.",
        "Dat hebben de raden van bestuur van beide ziekenhuizen maandag beslist.",
        published=WEDNESDAY,
    )
    ended = [a for a in found if a.type == "termination"]
    assert [a.date for a in ended] == ["2025-09-08"]  # Monday, not the publication day


def test_an_evening_signing_told_after_the_news_is_that_day() -> None:
    found = agreements(
        "Leiden University and TNO have signed a framework agreement on quantum sensing.",
        "The rectors signed on Tuesday evening in Delft.",
        published=THURSDAY,
    )
    assert [(a.type, a.date) for a in found] == [("agreement", "2026-02-10")]


def test_a_dutch_evening_signing_told_after_the_news_is_that_day() -> None:
    found = agreements(
        "De Universiteit Leiden en TNO hebben een raamovereenkomst over quantumsensoren gesloten.",
        "De rectoren tekenden dinsdagavond in Delft.",
        published=THURSDAY,
    )
    assert [a.date for a in found] == ["2026-02-10"]


def test_a_later_day_of_something_else_does_not_date_the_record() -> None:
    found = agreements(
        "Leiden University and TNO have signed a framework agreement on quantum sensing.",
        "On Tuesday the ministry announced new funding for quantum research.",
        published=THURSDAY,
    )
    assert [a.date for a in found] == ["2026-02-12"]  # reported as news: the publication day


def test_a_later_day_after_another_organisation_does_not_date_the_record() -> None:
    found = agreements(
        "Leiden University and TNO have signed a framework agreement on quantum sensing.",
        "Utrecht University is expected to follow.",
        "The boards signed on Tuesday.",
        published=THURSDAY,
    )
    assert {a.date for a in found if {LEIDEN, TNO} == set(a.parties)} == {"2026-02-12"}


def test_a_membership_is_dated_by_the_joining_told_in_its_relative_clause() -> None:
    en = agreements(
        "Leiden University is a member of the League of European Research Universities, "
        "which it joined in 2006.",
        published=THURSDAY,
    )
    nl = agreements(
        "De Universiteit Leiden is lid van de League of European Research Universities, "
        "waar ze zich in 2006 bij aansloot.",
        published=THURSDAY,
    )
    assert [(a.type, a.date) for a in en] == [("alliance", "2006")]
    assert [(a.type, a.date) for a in nl] == [("alliance", "2006")]


def test_the_founding_year_of_the_network_does_not_date_the_membership() -> None:
    found = agreements(
        "Leiden University is a member of the League of European Research Universities, "
        "a network that was founded in 2002.",
        published=THURSDAY,
    )
    assert [(a.type, a.date) for a in found] == [("alliance", None)]


def test_a_merger_called_off_is_no_merger_of_its_own() -> None:
    found = agreements(
        "Hogeschool Inholland en Hogeschool Leiden stoppen de verkenning naar een fusie.",
        "Volgens beide hogescholen wegen de kosten van een bestuurlijke fusie niet op tegen "
        "de voordelen.",
        published=WEDNESDAY,
    )
    assert [a.type for a in found] == ["termination"]


def test_a_merger_that_ended_keeps_its_dated_record() -> None:
    found = agreements(
        "Leiden University and TNO agreed to merge their quantum labs in 2019.",
        "The two organisations ended that merger on Tuesday.",
        published=WEDNESDAY,
    )
    assert {(a.type, a.date) for a in found} == {("other", "2019"), ("termination", "2025-09-09")}


def _ended(sentence: str) -> list[tuple[str, str | None]]:
    return [(a.type, a.date) for a in agreements(sentence, published=THURSDAY)]


def test_freezing_winding_down_and_on_hold_end_a_tie_in_both_languages() -> None:
    assert _ended("Leiden University and TNO froze their collaboration on Tuesday evening.") == [
        ("termination", "2026-02-10")
    ]
    assert _ended("De Universiteit Leiden bevriest de banden met TNO.") == [
        ("termination", "2026-02-12")
    ]
    assert _ended("De Universiteit Leiden en TNO zetten hun quantumprogramma on hold.") == [
        ("termination", "2026-02-12")
    ]
    assert _ended("Leiden University has pulled out of its partnership with TNO.") == [
        ("termination", "2026-02-12")
    ]
    assert [
        t for t, _d in _ended("Leiden University and TNO are winding down their joint lab.")
    ] == ["termination"]
    assert [
        t
        for t, _d in _ended(
            "De Universiteit Leiden bouwt de samenwerking met TNO de komende twee jaar af."
        )
    ] == ["termination"]


def test_finishing_a_building_is_no_ending() -> None:
    assert _ended("De Universiteit Leiden en TNO bouwen het nieuwe lab dit jaar af.") == []


def test_a_renewal_in_the_simple_past_is_dated_by_the_news() -> None:
    assert _ended("Leiden University and TNO extended their partnership by five years.") == [
        ("partnership", "2026-02-12")
    ]


def test_a_planned_collaboration_before_its_letter_of_intent_is_that_letter() -> None:
    found = agreements(
        "Het LUMC en het Alrijne Ziekenhuis gaan nauwer samenwerken op het gebied van oncologie.",
        "Beide partijen tekenden dinsdag een intentieverklaring.",
        published=WEDNESDAY,
    )
    assert [(a.type, a.date) for a in found] == [("mou", "2025-09-09")]


def test_the_deciding_sentence_may_name_a_regulator_after_its_day() -> None:
    found = agreements(
        "Rijnstate en het Radboudumc zetten hun plan voor een gezamenlijke hartkliniek on hold.",
        "De hoofdingang van Rijnstate in Arnhem.",
        "Dat hebben de raden van bestuur van beide ziekenhuizen woensdagavond besloten, nadat "
        "de Nederlandse Zorgautoriteit vragen had gesteld.",
        published=THURSDAY,
    )
    assert [(a.type, a.date) for a in found] == [("termination", "2026-02-11")]


def test_freezing_a_joint_programme_ends_it() -> None:
    assert _ended(
        "The University of Twente and Saxion University of Applied Sciences have frozen their "
        "joint engineering programme."
    ) == [("termination", "2026-02-12")]


def test_a_relationship_word_inside_a_name_does_not_type_the_record() -> None:
    found = agreements(
        "The North Sea Coast Alliance signed a memorandum of understanding with Deltares.",
        published=THURSDAY,
    )
    assert [(a.type, frozenset(a.parties)) for a in found] == [
        ("mou", frozenset({"North Sea Coast Alliance", "Deltares"}))
    ]


def test_a_signing_is_not_dated_by_a_later_event_in_its_sentence() -> None:
    for sentence in (
        "Leiden University and TNO signed an agreement on a shared laboratory, which is due to "
        "open in the autumn of 2027.",
        "De Universiteit Leiden en TNO ondertekenden een overeenkomst voor een gedeeld lab dat "
        "in het najaar van 2027 de deuren opent.",
    ):
        found = agreements(sentence, published=THURSDAY)
        assert [(a.parties, a.date) for a in found] == [((LEIDEN, TNO), "2026-02-12")], sentence


def test_a_plan_to_sign_keeps_its_future_date() -> None:
    found = agreements(
        "Leiden University and TNO will sign an agreement in September 2026.", published=THURSDAY
    )
    assert [a.date for a in found] == ["2026-09"]


def test_a_date_in_a_relative_clause_does_not_date_a_signing_told_as_news() -> None:
    for sentence in (
        "Leiden University and TNO have signed a partnership agreement that builds on the "
        "memorandum the two concluded in April 2023.",
        "De Universiteit Leiden en TNO hebben een partnerschap getekend dat voortbouwt op de "
        "intentieverklaring die zij in april 2023 sloten.",
    ):
        found = agreements(sentence, published=THURSDAY)
        # The memorandum built on is a record of its own (foundations.py), with its date.
        assert sorted(a.date for a in found) == ["2023-04", "2026-02-12"], sentence
        assert ("mou", "2023-04") in {(a.type, a.date) for a in found}, sentence


def test_a_signing_told_with_its_own_past_date_keeps_it() -> None:
    found = agreements(
        "Leiden University and TNO signed the agreement in April 2023.", published=THURSDAY
    )
    assert [a.date for a in found] == ["2023-04"]


def test_an_organisation_joining_an_agreement_told_before_makes_a_record_of_all() -> None:
    # The agreement of the two stays; joining it is another record, of the three.
    found = agreements(
        "De Universiteit Leiden en de TU Delft tekenden maandag een convenant over stages.",
        "Ook TNO sluit zich aan bij de afspraken: TNO zet in april haar handtekening.",
    )
    sets = party_sets(found)
    assert frozenset({LEIDEN, "Delft University of Technology"}) in sets
    assert frozenset({LEIDEN, "Delft University of Technology", "TNO"}) in sets
    found = agreements(
        "Leiden University and TU Delft signed an agreement on internships on Monday.",
        "TNO is expected to join the agreement next year.",
    )
    assert frozenset({LEIDEN, "Delft University of Technology", "TNO"}) in party_sets(found)


def test_an_organisation_that_does_not_join_makes_no_record() -> None:
    found = agreements(
        "Leiden University and TU Delft signed an agreement on internships on Monday.",
        "TNO, which took part in early talks, decided not to join the agreement.",
    )
    assert frozenset({LEIDEN, "Delft University of Technology", "TNO"}) not in party_sets(found)


def test_joining_in_a_subordinate_clause_takes_the_noun_of_what_is_joined() -> None:
    found = agreements(
        "De Universiteit Antwerpen en TNO hebben hun samenwerking met vijf jaar verlengd.",
        "Nieuw is dat ook imec zich bij het partnerschap aansluit.",
    )
    joined = [a for a in found if set(a.parties) == {"University of Antwerp", "TNO", "imec"}]
    assert [a.type for a in joined] == ["partnership"]
