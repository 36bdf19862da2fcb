"""Organisation names recognised by their place: acronym definitions, partner lists,
agreement subjects and descriptions in apposition (English and Dutch)."""

from __future__ import annotations

import pytest

from scraper.extract.organisations.context import is_acronym, is_camel
from scraper.extract.organisations.gazetteer import load_gazetteer
from scraper.extract.organisations.mentions import find_mentions, organisations_from
from scraper.models import Organisation


def orgs(*units: str) -> dict[str, Organisation]:
    return {o.name: o for o in organisations_from(find_mentions(list(units), load_gazetteer()))}


def test_acronym_and_camelcase_shapes() -> None:
    assert is_acronym("VLAIO") and is_acronym("4TU")
    assert not is_acronym("PhD") and not is_acronym("MRI") and not is_acronym("A")
    assert is_camel("LioniX") and is_camel("KwantumNet")
    assert not is_camel("PhD") and not is_camel("Leiden") and not is_camel("NASA")


def test_a_name_with_an_acronym_defined_after_it_is_an_organisation() -> None:
    found = orgs(
        "Leiden University and the Kustlab Zeeuws-Vlaanderen (KZV) signed a letter of intent.",
        "KZV will host the first meeting.",
    )
    assert found["Kustlab Zeeuws-Vlaanderen"].aliases == ("Kustlab Zeeuws-Vlaanderen", "KZV")


def test_acronyms_of_things_and_people_with_employers_are_not_organisations() -> None:
    assert (
        orgs("The scanner combines Magnetic Resonance Imaging (MRI) with Dual Energy Scans (DES).")
        == {}
    )
    assert orgs("The Sustainable Development Goals (SDGs) guide the work.") == {}
    found = orgs("Anna de Vries (LUMC) presented the results.")
    assert list(found) == ["Leiden University Medical Center"]


def test_unknown_acronyms_and_camelcase_names_listed_with_known_partners() -> None:
    found = orgs("TU Delft, KwantumNet and ZQX signed the cooperation agreement.")
    assert {"KwantumNet", "ZQX", "Delft University of Technology"} <= set(found)
    found = orgs("De Radboud Universiteit en FotonX ondertekenden een convenant.")
    assert "FotonX" in found


def test_acronyms_outside_agreement_sentences_or_lists_are_left_alone() -> None:
    # No agreement language: the acronyms next to TU Delft are not taken as organisations.
    assert set(orgs("TU Delft, ZQX and FotonX were mentioned in the report.")) == {
        "Delft University of Technology"
    }
    # Agreement language, but not in a list with an organisation.
    assert set(orgs("The ZQX protocol is part of the agreement with TU Delft.")) == {
        "Delft University of Technology"
    }


def test_an_unknown_acronym_that_signs_is_an_organisation() -> None:
    found = orgs("VLOKA signs a framework agreement with KU Leuven.")
    assert set(found) == {"VLOKA", "KU Leuven"}


def test_longer_names_in_a_partner_list() -> None:
    found = orgs("The partners are Leiden University, Dune Optics Works and Deltares.")
    assert "Dune Optics Works" in found
    found = orgs("De deelnemers zijn TNO, Polderwerk Zuid en de Gemeente Delft.")
    assert "Polderwerk Zuid" in found
    # Without the partner-list cue, a capitalised phrase in a list is not taken.
    assert "Dune Optics Works" not in orgs("Leiden University, Dune Optics Works and Deltares met.")


def test_names_in_a_bulleted_partner_list() -> None:
    found = orgs("De partners zijn:", "TU Delft", "Golfstroom Energie – opslag van warmte", "TNO")
    assert "Golfstroom Energie" in found
    # The same short unit without an intro is not a list item.
    assert "Golfstroom Energie" not in orgs("Golfstroom Energie – opslag van warmte")


def test_a_description_in_apposition_makes_a_name_an_organisation() -> None:
    found = orgs("Alle artsen zijn aangesloten bij KwantumZorg, het landelijke netwerk van artsen.")
    assert "KwantumZorg" in found
    found = orgs("The city joined Politia Nord, the European alliance of police academies.")
    assert "Politia Nord" in found
    # A description without an organisation noun proves nothing.
    assert orgs("Leiden welcomed Politia Nord, the famous singer.") == {}


def test_a_name_found_by_context_in_the_headline_takes_the_definition_from_the_body() -> None:
    found = orgs(
        "TSEM and Rabobank renew their partnership",
        "The Tilburg School of Economics and Management (TSEM) and Rabobank signed again.",
    )
    assert "TSEM" not in found
    assert "TSEM" in found["Tilburg University"].aliases


# --- names made parties by the sentence: a list with a known organisation before a party
# verb, or after "with"/"met" following an agreement word -------------------------------


def _names(*units: str) -> set[str]:
    from scraper.extract.organisations.gazetteer import load_gazetteer
    from scraper.extract.organisations.mentions import find_mentions, organisations_from

    return {o.name for o in organisations_from(find_mentions(list(units), load_gazetteer()))}


def test_a_single_word_in_a_list_with_a_known_organisation_before_a_party_verb() -> None:
    assert "Velmora" in _names("Velmora and TU Delft have signed a research agreement.")
    assert "Stroomwerk" in _names("Stroomwerk en KU Leuven zetten samen een bedrijf op.")
    assert {"Brackwater Foods", "Ostrana"} <= _names(
        "Wageningen University & Research, Brackwater Foods and Ostrana have entered into "
        "a partnership."
    )


def test_a_name_after_with_following_an_agreement_word() -> None:
    assert "Haven van Terhoek" in _names(
        "In januari tekende TNO een raamovereenkomst met Haven van Terhoek over waterstof."
    )


def test_each_name_after_a_repeated_with_following_an_agreement_word() -> None:
    assert {"Brandt Optics", "Quarvo Labs"} <= _names(
        "Leiden University signed separate agreements with Brandt Optics and with Quarvo Labs."
    )
    assert {"Kreekzorg", "Zorggroep Terwolde"} <= _names(
        "De Hogeschool Utrecht sloot stageovereenkomsten met Kreekzorg en met Zorggroep Terwolde."
    )


def test_a_dutch_agreement_noun_at_the_end_of_a_compound_opens_the_partner_after_met() -> None:
    assert "Lindeveld Techniek" in _names(
        "KU Leuven sloot vorige week een onderzoeksakkoord met Lindeveld Techniek over robots."
    )


def test_a_place_before_a_compound_agreement_noun_is_no_party() -> None:
    # Only the partners after "met" are read in such a sentence, not its subject.
    assert _names("Zwolle sloot stageovereenkomsten met Philips en met Velmora.") == {
        "Philips",
        "Velmora",
    }


def test_a_repeated_with_before_a_person_adjective_or_lower_case_word_adds_nothing() -> None:
    found = _names(
        "Leiden University signed an agreement with TU Delft and with Professor Anna Smit.",
        "Leiden University signed an agreement with TU Delft and with Dutch funding.",
        "TU Delft sloot een stageovereenkomst met Philips en met de gemeente.",
        "TU Delft sloot een licentieovereenkomst met Zweeds softwarebedrijf Philips.",
    )
    assert found == {"Leiden University", "Delft University of Technology", "Philips"}


def test_places_people_and_adjectives_in_such_lists_stay_out() -> None:
    found = _names(
        "In Velsen, TU Delft and Philips signed an agreement.",
        "TU Delft President Marit Olsen and Philips Chief Officer Jan Smit signed it.",
        "De Leuvense en de Gentse partners tekenden met KU Leuven.",
    )
    assert found == {"Delft University of Technology", "Philips", "KU Leuven"}


def test_a_lower_case_brand_after_and_with_a_known_organisation_before_a_party_verb() -> None:
    assert "zoral" in _names("Leiden University and zoral have set up a joint venture.")
    assert "velto care" in _names("Het UMCG en velto care sloten vorig jaar een contract.")
    found = _names("Leiden University and industry have signed it. TU Delft and partners signed.")
    assert found == {"Leiden University", "Delft University of Technology"}


# --- investors of a funding round ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Kelvyn raised a $22 million Series A led by Lakestar, with participation from "
            "Breakthrough Energy Ventures and the Swiss Climate Foundation.",
            {"Lakestar", "Breakthrough Energy Ventures"},
        ),
        (
            "The company, which raised €92 million in a series C round led by Forbion and EQT "
            "Life Sciences in June, expects to start trials.",
            {"Forbion", "EQT Life Sciences"},
        ),
        (
            "The financing was led by Foresite Capital. Other investors include Molten "
            "Ventures, Morningside DCVC and Providence.",
            {"Foresite Capital", "Molten Ventures", "Morningside DCVC", "Providence"},
        ),
        (
            "De start-up haalde vijf miljoen op in een financieringsronde onder leiding van "
            "Innovation Industries.",
            {"Innovation Industries"},
        ),
    ],
)
def test_the_investors_of_a_funding_round_are_organisations(text: str, wanted: set[str]) -> None:
    assert wanted <= {m.name for m in find_mentions([text], load_gazetteer())[0]}


def test_led_by_without_a_funding_noun_names_no_investor() -> None:
    found = find_mentions(
        ["A delegation led by Anna Smit visited Leiden University."], load_gazetteer()
    )
    assert {m.name for m in found[0]} == {"Leiden University"}


def test_a_name_after_to_described_as_a_company_is_an_organisation() -> None:
    found = orgs("The university licensed the test to Brackwater7, a spin-out company of its lab.")
    assert "Brackwater7" in found
    # After "to", a place described as anything but a company stays a place.
    assert orgs("The delegation travelled to Norrvik, a port with a long history.") == {}


def test_a_development_company_in_apposition_is_an_organisation() -> None:
    found = orgs("POM Zeeuws-Vlaanderen, de provinciale ontwikkelingsmaatschappij, betaalt mee.")
    assert "POM Zeeuws-Vlaanderen" in found


def test_a_name_after_a_small_firm_is_a_company() -> None:
    assert "Kustlijn Avia" in orgs("Ook het softwarebedrijfje Kustlijn Avia uit Knokke tekent.")


def test_a_name_after_intercommunale_is_an_inter_municipal_body() -> None:
    found = orgs("Ook de intercommunale Scheldeland, die het bedrijventerrein beheert, doet mee.")
    assert found["Scheldeland"].kind == "government"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a paragraph that opens with the name, the description closed by a comma
        ("Korvane, a soil-sensing start-up from Ghent, joined the trial.", "Korvane"),
        ("Velmora, het Deense ontwikkelingsagentschap, betaalt de helft.", "Velmora"),
        # a Dutch compound ending in a body's noun
        ("Steun komt van Arvalis, de innovatiestichting van de regio.", "Arvalis"),
    ],
)
def test_a_word_described_in_apposition_is_an_organisation(text: str, name: str) -> None:
    assert name in orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Afterwards, the foundation, set up in 2001, decided to stop.",
        "Later, a company, founded in 2001, took over the lab.",
        "Korvane, a soil-sensing start-up from Ghent.",  # no comma closes the description
    ],
)
def test_an_opening_adverb_or_an_open_description_names_nothing(text: str) -> None:
    assert orgs(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        # the description is a role at the body: a person
        "Later, Hanna Verbeek Dijk, the university's dean of science, said so.",
        # a title before the name: a person
        "Professor Lotte van Aalst, the hospital board member, said so.",
    ],
)
def test_a_person_described_by_a_role_at_a_body_is_no_organisation(text: str) -> None:
    assert orgs(text) == {}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Vennbrook en Molvaart tekenden samen met de provincie een apart charter.",
            {"Vennbrook", "Molvaart"},
        ),
        (
            "Kelvora, Nordwind and Quarrix signed a framework agreement on Monday.",
            {"Kelvora", "Nordwind", "Quarrix"},
        ),
    ],
)
def test_unknown_names_coordinated_before_a_signing_verb_are_parties(
    text: str, names: set[str]
) -> None:
    assert names <= set(orgs(text))


@pytest.mark.parametrize(
    "text",
    [
        "Hilde Maes en Jan Kuipers tekenden het akkoord in het stadhuis.",
        "Het akkoord werd voorgelezen door Hilde Maes. Maes en Kuipers tekenden het akkoord.",
        "Nederland en Vlaanderen tekenden een akkoord over gezamenlijke opleidingen.",
        "Minister Dekkers en Vos tekenden het convenant.",
        "Vennbrook and Molvaart signed copies of their new book.",
    ],
)
def test_people_places_and_signings_of_no_agreement_give_no_parties(text: str) -> None:
    assert orgs(text) == {}


def test_an_acronym_something_joins_is_a_body_for_the_whole_page() -> None:
    found = orgs(
        "Tilburg University joins QUORANET",
        "Its students can now follow the QUORANET summer courses.",
    )
    assert found["QUORANET"].aliases == ("QUORANET",)
    assert found["QUORANET"].kind == "alliance"
    found = orgs("De Hanze is sinds januari lid van het VELDNET.")
    assert "VELDNET" in found


def test_an_acronym_of_a_thing_after_joins_is_no_body() -> None:
    assert orgs("The faculty joined STEM outreach days in 2024.") == {}
    assert orgs("Students joined the ZQRX track after their first year.") == {}


@pytest.mark.parametrize(
    "text",
    [
        "Hallenbeek University and KLAR-VOS signed an agreement on water data.",
        "Hallenbeek University, Corvane Ltd and KLAR-VOS signed a memorandum.",
        "KLAR-VOS and Hallenbeek University signed a memorandum.",
    ],
)
def test_capitals_glued_by_a_hyphen_are_one_name_in_a_party_slot(text: str) -> None:
    found = orgs(text)
    assert "KLAR-VOS" in found
    assert "KLAR" not in found and "VOS" not in found
