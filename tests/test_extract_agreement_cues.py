"""Agreement typing and dating: terminations in all phrasings, renewals, "the same day",
relative days in the sentence before, and bulleted partner lists (English and Dutch)."""

from __future__ import annotations

from datetime import date

import pytest

from scraper.extract import extract
from scraper.extract.agreements.cues import ALL_GATES, gates_within, main_trigger, triggers
from scraper.extract.agreements.vocab import triggers as VT
from scraper.models import Agreement, ParsedArticle

PUBLISHED = date(2025, 3, 14)  # a Friday


def agreements(*paragraphs: str, language: str = "en") -> list[Agreement]:
    article = ParsedArticle(
        url="http://example.org/n",
        title=None,
        paragraphs=paragraphs,
        published=PUBLISHED,
        language=language,
    )
    return list(extract(article, reference=PUBLISHED).agreements)


@pytest.mark.parametrize(
    "text",
    [
        "TU Delft ends its partnership with Shell.",
        "The collaboration between Leiden University and TNO will end on 1 July 2025.",
        "The agreement between Utrecht University and Philips is terminated.",
        "The contract between TNO and Deltares will not be renewed.",
        "Hogeschool Leiden stopt met de samenwerking met het LUMC.",
        "TU Delft beëindigt het convenant met de Gemeente Delft.",
        "De samenwerkingsovereenkomst tussen Radboud Universiteit en Philips loopt eind 2025 af.",
        "De overeenkomst tussen TNO en Deltares wordt niet verlengd.",
        "TU Delft en TNO hebben besloten de samenwerking niet voort te zetten.",
    ],
)
def test_terminations_in_many_phrasings(text: str) -> None:
    (found,) = agreements(text)
    assert (found.type, found.status) == ("termination", "ended")
    assert len(found.parties) == 2


def test_an_ending_anywhere_in_the_sentence_wins_over_the_agreement_word() -> None:
    hits = triggers("TU Delft decided not to renew the collaboration agreement with TNO.")
    assert main_trigger(hits)[2] == "termination"
    hits = triggers("TU Delft signed a collaboration agreement with TNO.")
    assert main_trigger(hits)[2] == "agreement"


@pytest.mark.parametrize(
    "text",
    [
        "The agreement between TNO and Deltares ends a long search for a test site.",
        "Leiden University and TNO stop the press: they signed an agreement.",
        "De samenwerking tussen TNO en Deltares loopt goed.",
    ],
)
def test_not_every_end_or_stop_is_a_termination(text: str) -> None:
    assert all(a.type != "termination" for a in agreements(text))


def test_the_expiry_date_of_an_ended_agreement_comes_from_the_next_sentence() -> None:
    (found,) = agreements(
        "TU Delft heeft besloten de overeenkomst met Deltares niet te verlengen. "
        "Die overeenkomst loopt op 31 maart 2026 af."
    )
    assert (found.type, found.date) == ("termination", "2026-03-31")


def test_renewal_is_not_a_termination() -> None:
    (found,) = agreements("Leiden University and TNO have renewed their partnership.")
    assert (found.type, found.status) == ("partnership", "renewed")


def test_the_same_day_takes_the_date_of_the_signing_before() -> None:
    found = agreements(
        "Leiden University and TNO signed an agreement on Tuesday 11 March. "
        "On the same day, the two partners also signed a letter of intent with Deltares."
    )
    dates = {a.type: a.date for a in found}
    assert dates == {"agreement": "2025-03-11", "mou": "2025-03-11"}


def test_the_same_day_ignores_an_earlier_ongoing_relationship() -> None:
    found = agreements(
        "Leiden University and TNO have worked together since 2015. "
        "On the same day, the two partners signed a letter of intent with Deltares."
    )
    assert {a.type: a.date for a in found}["mou"] == "2025-03-14"


def test_a_relative_day_in_the_sentence_before_dates_the_signing() -> None:
    (found,) = agreements("Gisteren was het zover. TU Delft en TNO ondertekenden een convenant.")
    assert found.date == "2025-03-13"
    (found,) = agreements(
        "Last Friday Leiden University and TNO signed a memorandum of understanding."
    )
    assert found.date == "2025-03-07"


def test_a_date_in_the_sentence_before_that_is_not_relative_is_not_used() -> None:
    (found,) = agreements("The lab opened on 2 May 2019. TU Delft and TNO signed an agreement.")
    assert found.date == "2025-03-14"  # the news date, not the opening


def test_a_bulleted_partner_list_names_the_parties() -> None:
    (found,) = agreements(
        "De partners zijn:",
        "TU Delft",
        "TNO",
        "Fotonica Werkplaats B.V.",
        "Samen vormen zij een consortium dat in 2026 begint.",
        language="nl",
    )
    assert found.type == "consortium"
    assert set(found.parties) == {
        "Delft University of Technology",
        "TNO",
        "Fotonica Werkplaats B.V",
    }


def test_a_bulleted_list_without_a_partner_intro_is_not_a_party_list() -> None:
    found = agreements(
        "Speakers at the event:",
        "TU Delft",
        "TNO",
        "Samen vormen zij een consortium dat in 2026 begint.",
        language="nl",
    )
    assert found == []


def test_funders_stay_out_of_the_parties() -> None:
    (found,) = agreements("NWO funds the collaboration between Leiden University and TNO.")
    assert set(found.parties) == {"Leiden University", "TNO"}


def test_the_term_of_a_renewed_agreement_is_not_its_date() -> None:
    found = agreements(
        "TU Delft en TNO hebben hun samenwerkingsovereenkomst voor onderzoek naar bodems met "
        "vijf jaar verlengd. De nieuwe overeenkomst loopt tot eind 2030.",
        "De overeenkomst werd oorspronkelijk gesloten in 2020.",
        language="nl",
    )
    assert {(a.status, a.date) for a in found} == {("renewed", "2025-03-14"), ("signed", "2020")}


def test_working_arrangements_are_not_agreements_but_concluded_ones_are() -> None:
    assert agreements("TU Delft en TNO maken afspraken over de planning.", language="nl") == []
    (found,) = agreements(
        "TU Delft en de Gemeente Delft sloten in 2019 prestatieafspraken over kamers.",
        language="nl",
    )
    assert (found.type, found.date) == ("agreement", "2019")


def test_an_alliance_named_inside_a_partner_list_is_a_member() -> None:
    found = agreements(
        "Vier organisaties hebben een consortium gevormd. ZonMw kent het consortium geld toe.",
        "Het consortium bestaat uit TNO, Deltares, Long Alliantie Nederland en Stichting "
        "PostCovidNL.",
        language="nl",
    )
    (consortium,) = [a for a in found if a.type == "consortium"]
    assert "Long Alliantie Nederland" in consortium.parties
    assert "Netherlands Organisation for Health Research and Development" not in consortium.parties


def test_both_alone_refers_to_the_two_parties_before() -> None:
    found = agreements(
        "Leiden University and TNO signed an agreement on Tuesday 11 March. "
        "On the same day, both also signed a letter of intent with Deltares."
    )
    (mou,) = [a for a in found if a.type == "mou"]
    assert set(mou.parties) == {"Leiden University", "TNO", "Deltares"}
    assert mou.date == "2025-03-11"


def _summary(found: list[Agreement]) -> list[tuple[str, frozenset[str], str | None]]:
    return [(a.type, frozenset(a.parties), a.date) for a in found]


def test_a_compound_agreement_noun_takes_its_modifiers_type() -> None:
    found = agreements(
        "The consortium agreement was signed on 12 March 2025 by TU Delft, Leiden University "
        "and TNO."
    )
    assert [a.type for a in found] == ["consortium"]
    found = agreements(
        "Leiden University and Naturalis Biodiversity Center signed a partnership agreement "
        "in 2015."
    )
    assert [a.type for a in found] == ["partnership"]


def test_a_merger_agreement_is_an_agreement() -> None:
    found = agreements(
        "AZ Sint-Jan Brugge en AZ Sint-Lucas Brugge hebben gisteren hun fusieovereenkomst "
        "ondertekend.",
        language="nl",
    )
    assert [(a.type, a.date) for a in found] == [("agreement", "2025-03-13")]


def test_a_body_set_up_now_takes_the_publication_date() -> None:
    found = agreements(
        "Imperial College London and Shell have set up a joint venture to scale up catalysts."
    )
    assert [(a.type, a.date) for a in found] == [("other", "2025-03-14")]


def test_a_signing_takes_the_date_next_to_its_verb() -> None:
    found = agreements(
        "The University of Glasgow and Leiden University will launch a joint doctoral "
        "programme in September 2027, after the two institutions signed an agreement last month."
    )
    assert [(a.type, a.date) for a in found] == [("joint_programme", "2025-02")]


def test_sharing_a_facility_since_a_year_is_a_collaboration() -> None:
    found = agreements(
        "The University of Vienna and TU Delft have shared a cryo-electron microscopy facility "
        "since 2018."
    )
    assert [(a.type, a.date) for a in found] == [("collaboration", "2018")]


def test_joining_an_organisation_as_a_partner_is_a_partnership() -> None:
    found = agreements("Erasmus MC joined Oncode Institute as a partner institution in 2017.")
    assert _summary(found) == [
        ("partnership", frozenset({"Erasmus MC", "Oncode Institute"}), "2017")
    ]


def test_the_two_hogescholen_and_their_boards_refer_to_the_hogescholen_named_before() -> None:
    found = agreements(
        "Hogeschool Inholland en Hogeschool Leiden tekenden in maart 2024 een "
        "intentieverklaring over een fusie.",
        "De colleges van bestuur besloten maandag om de verkenning per direct te beëindigen.",
        "De gezamenlijke opleidingen die de twee hogescholen sinds 2021 aanbieden, blijven "
        "bestaan.",
        language="nl",
    )
    types = [(a.type, a.date) for a in found]
    assert ("termination", "2025-03-10") in types and ("joint_programme", "2021") in types
    assert all(len(a.parties) == 2 for a in found)


def test_a_headlines_counted_partners_are_the_ones_the_body_lists() -> None:
    article = ParsedArticle(
        url="http://example.org/n",
        title="Leiden University and three European partners found a new alliance",
        paragraphs=(
            "Leiden University and three partner universities signed the founding charter of "
            "a new European University alliance in Leiden on Monday.",
            "The other founding members are Ghent University, Uppsala University and the "
            "University of Bologna.",
        ),
        published=PUBLISHED,
        language="en",
    )
    found = extract(article, reference=PUBLISHED).agreements
    assert [(a.type, frozenset(a.parties)) for a in found] == [
        (
            "alliance",
            frozenset(
                {
                    "Leiden University",
                    "Ghent University",
                    "Uppsala University",
                    "University of Bologna",
                }
            ),
        )
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The merger between Hogeschool Leiden and Inholland was called off on Tuesday.", "en"),
        ("Ghent University has put its partnership with Leiden University on hold.", "en"),
        ("Philips and TU Delft part ways after ten years of collaboration.", "en"),
        ("De fusie tussen Hogeschool Leiden en Inholland gaat niet door.", "nl"),
        ("TNO en de TU Delft zetten een punt achter hun samenwerking.", "nl"),
    ],
)
def test_more_ways_to_end_a_tie(text: str, language: str) -> None:
    found = agreements(text, language=language)
    assert [(a.type, a.status) for a in found] == [("termination", "ended")]


def test_an_ending_reported_as_just_done_takes_the_publication_date() -> None:
    found = agreements("Ghent University has suspended its partnership with Leiden University.")
    assert [(a.type, a.date) for a in found] == [("termination", "2025-03-14")]


def test_a_letter_of_intent_to_merge_is_a_letter_of_intent() -> None:
    found = agreements(
        "Leiden University and TNO signed a letter of intent to form a joint venture."
    )
    assert [a.type for a in found] == ["mou"]


def test_guests_and_witnesses_are_not_parties_and_do_not_hide_the_signatories() -> None:
    found = agreements(
        "In the presence of the minister, Utrecht University and UMC Utrecht signed an "
        "agreement, witnessed by NWO."
    )
    assert _summary(found) == [
        ("agreement", frozenset({"Utrecht University", "UMC Utrecht"}), "2025-03-14")
    ]


def test_concluding_in_the_dutch_simple_past_is_dated_by_publication() -> None:
    found = agreements(
        "De Universiteit Leiden sloot overeenkomsten met de Universiteit Gent en TNO.",
        language="nl",
    )
    assert [a.date for a in found] == ["2025-03-14", "2025-03-14"]


def test_each_partner_of_a_distributive_list_takes_its_own_date() -> None:
    found = agreements(
        "KU Leuven signed agreements with Ghent University on Monday and with Uppsala "
        "University on Tuesday."
    )
    assert _summary(found) == [
        ("agreement", frozenset({"KU Leuven", "Ghent University"}), "2025-03-10"),
        ("agreement", frozenset({"KU Leuven", "Uppsala University"}), "2025-03-11"),
    ]


def test_representatives_stand_for_their_organisations() -> None:
    found = agreements(
        "Vertegenwoordigers van de Universiteit Leiden, TNO en Deltares ondertekenden het "
        "convenant.",
        language="nl",
    )
    assert [frozenset(a.parties) for a in found] == [
        frozenset({"Leiden University", "TNO", "Deltares"})
    ]


def test_a_first_agreement_that_dates_from_a_year_is_the_original_record() -> None:
    found = agreements(
        "UZ Gent en AZ Sint-Lucas Gent hebben hun samenwerkingsovereenkomst verlengd.",
        "De eerste overeenkomst dateert van 2019.",
        language="nl",
    )
    assert ("agreement", "2019") in [(a.type, a.date) for a in found]


def test_the_parties_of_a_merger_are_the_ones_it_is_of() -> None:
    found = agreements(
        "Ziekenhuis aan de Stroom (ZAS) is een van de grootste ziekenhuizen van het land.",
        "ZAS ontstond in 2024 uit de fusie van het Ziekenhuisnetwerk Antwerpen (ZNA) en GZA "
        "Ziekenhuizen.",
        language="nl",
    )
    assert _summary(found) == [
        ("other", frozenset({"Ziekenhuisnetwerk Antwerpen", "GZA Ziekenhuizen"}), "2024")
    ]


def test_a_contrasting_clause_keeps_its_names_out_of_the_working_tie() -> None:
    found = agreements(
        "UZA en UAntwerpen werken als universitair ziekenhuis en universiteit uiteraard al "
        "langer samen, maar met ZAS is het de eerste keer.",
        language="nl",
    )
    assert [(a.type, frozenset(a.parties)) for a in found] == [
        ("collaboration", frozenset({"Antwerp University Hospital", "University of Antwerp"}))
    ]


@pytest.mark.parametrize(
    "unit",
    [
        "Leiden University and TU Delft signed a Memorandum of Understanding. They will not stop.",
        "De Université de Genève en het LUMC tekenden een samenwerkingsovereenkomst. Één fusie.",
        "İstanbul Üniversitesi ends its PARTNERSHIP with Ghent. The alliance is dissolved.",
        "No relationship at all here.",
    ],
)
def test_unit_gates_keep_every_trigger_a_sentence_has(unit: str) -> None:
    # The stems found once per unit (Aho-Corasick) must pass every trigger that the
    # sentence alone would find, in every kind of text.
    gates = gates_within(unit)
    for sentence in unit.split(". "):
        assert triggers(sentence, gates) == triggers(sentence)
    present = {t for _rx, t, _s, _stems, _witnesses in gates.triggers}
    low = unit.lower()
    for _rx, t, _s, stems, witnesses in ALL_GATES.triggers:
        if witnesses is not None and not any(w in low for w in witnesses):
            continue
        if unit.isascii() and any(stem in low for stem in stems):
            assert t in present


def test_every_witness_list_names_a_trigger_pattern() -> None:
    # TRIGGER_WITNESSES is keyed by position: a moved or removed pattern must not leave
    # a witness list on another pattern.
    assert {(t, n) for t, n in VT.TRIGGER_WITNESSES} <= {
        (t, sum(1 for _p, u, _s in VT.TRIGGERS[:k] if u == t))
        for k, (_p, t, _s) in enumerate(VT.TRIGGERS)
    }
    assert sum(g[4] is not None for g in ALL_GATES.triggers) == len(VT.TRIGGER_WITNESSES)


@pytest.mark.parametrize(
    "sentence",
    [
        "The partnership between A and B ends in 2026 and the contract expired.",
        "The agreement ran out; the alliance came to an end; the contract runs out.",
        "De samenwerking loopt eind dit jaar af. De overeenkomst liep in 2020 af.",
        "De fusie gaat niet door. The membership will not be renewed.",
        "A decided to stop the collaboration and pulled out of the alliance.",
        "They parted ways, cut all ties, called off the merger and scrapped the partnership.",
        "They froze their collaboration, put the exchange on hold and wound down the lab.",
        "De partijen zetten een punt achter het convenant en schorten de samenwerking op.",
        "A will no longer work with B, exits its partnership and broke off ties; talks collapsed.",
        "A werkt niet meer samen met B, verbreekt de banden en trekt "
        "zich terug uit G; de fusie is afgeketst; the joint degree ends in 2027.",
        "A and B will demerge, reverse the merger and break up; C en D gaan uit elkaar; de "
        "alliantie van C en D wordt opgeheven; ze draaien de fusie terug.",
        "A became partners with B, a strategic partner and founding partner of G.",
        "A co-founded G together with B; C and D jointly established E; F richtten G op.",
        "Oprichters van de alliantie; mede-opgericht door A. NKI joined Oncode as a partner.",
    ],
)
def test_every_trigger_match_contains_a_witness(sentence: str) -> None:
    # The witnesses are a pre-check only: wherever a pattern matches, one of them is in
    # the match, so skipping the pattern without them loses nothing.
    matched = False
    for rx, t, _s, _stems, witnesses in ALL_GATES.triggers:
        for m in rx.finditer(sentence):
            if witnesses is not None:
                matched = True
                assert any(w in m.group().lower() for w in witnesses), (t, m.group())
    assert matched
