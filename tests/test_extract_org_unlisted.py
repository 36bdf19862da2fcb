"""Organisations that are in no list: short forms defined with "(hierna: X)", company names
by their last word, parties after "the partnership between", a city after a university's
acronym, place names that end like adjectives, the site's owner as "the university", and
Spanish, Italian and Portuguese month names."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scraper.extract.dates.find import find_dates
from scraper.extract.organisations.gazetteer import Gazetteer, GazetteerEntry, load_gazetteer
from scraper.extract.organisations.lexicon import is_foreign_nationality
from scraper.extract.organisations.mentions import OrgMention, find_mentions, organisations_from
from scraper.models import Organisation


def orgs(*units: str, site: str | None = None) -> dict[str, Organisation]:
    found = find_mentions(list(units), load_gazetteer(), site=site)
    return {o.name: o for o in organisations_from(found)}


def mentions(*units: str, site: str | None = None) -> list[list[OrgMention]]:
    return find_mentions(list(units), load_gazetteer(), site=site)


# --- short forms defined in brackets ---------------------------------------------------


@pytest.mark.parametrize(
    ("units", "name", "short"),
    [
        (
            (
                "Stichting Kennisnetwerk Oost (hierna: KNO) en de Radboud Universiteit tekenden.",
                "KNO levert de data.",
            ),
            "Stichting Kennisnetwerk Oost",
            "KNO",
        ),
        (
            (
                'The Northern Research Network (hereafter "NRN") and Utrecht University signed.',
                "NRN will coordinate the work.",
            ),
            "Northern Research Network",
            "NRN",
        ),
        (
            (
                "Zentrix Systems B.V. (hierna: Zentrix) en de Hanze tekenden een overeenkomst.",
                "Zentrix betaalt twee leerstoelen.",
            ),
            "Zentrix Systems B.V",
            "Zentrix",
        ),
        (
            (
                "Het Lectorenplatform Noord (hierna LPN) en Windesheim werken samen.",
                "Het LPN zet de kennis in.",
            ),
            "Lectorenplatform Noord",
            "LPN",
        ),
    ],
)
def test_a_short_form_defined_in_brackets_is_the_name(
    units: tuple[str, ...], name: str, short: str
) -> None:
    found = orgs(*units)
    assert name in found
    assert short in found[name].aliases
    assert short not in found  # not an organisation of its own


def test_a_bracketed_acronym_does_not_break_a_party_list() -> None:
    found = orgs("Het Nederlands Kanker Instituut (NKI) en Elekta werken samen.")
    assert "Elekta" in found


# --- company endings ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Under the agreement, Maastricht University and Tessera Therapeutics will develop it.",
        "In Leiden, Zora Pharmaceuticals opened a lab next to the university.",
        "De gemeente en Kraanvogel Robotics openen een werkplaats.",
        "De provincie gunde het viaduct aan Wolterink Infra uit Hengelo.",
        "The sensor buoys were built by Valdemar Maritime for the Bergen pilot.",
    ],
)
def test_a_name_with_a_company_ending_is_a_company(text: str) -> None:
    companies = {n for n, o in orgs(text).items() if o.kind == "company"}
    assert companies & {
        "Tessera Therapeutics",
        "Zora Pharmaceuticals",
        "Kraanvogel Robotics",
        "Wolterink Infra",
        "Valdemar Maritime",
    }


@pytest.mark.parametrize(
    ("text", "not_a_company"),
    [
        ("Advanced Robotics is a field that grows fast.", "Advanced Robotics"),
        ("She works on Molecular Diagnostics in her lab.", "Molecular Diagnostics"),
        ("Funding comes from the European Maritime and Fisheries Fund.", "European Maritime"),
        ("Digital Infra is the theme of the regional fair.", "Digital Infra"),
    ],
)
def test_a_field_with_a_company_ending_is_no_company(text: str, not_a_company: str) -> None:
    assert not_a_company not in orgs(text)


def test_the_head_of_a_centre_stays_its_head() -> None:
    found = orgs("The Centre for Molecular Diagnostics (CMD) opened a new lab.")
    assert found["Centre for Molecular Diagnostics"].kind != "company"


# --- "the partnership between" ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "new"),
    [
        (
            "The partnership between Radboudumc and Ortho Dynamics Europe runs until 2030.",
            "Ortho Dynamics Europe",
        ),
        (
            "De samenwerking tussen het Erasmus MC en Medvision Rotterdam loopt tot 2030.",
            "Medvision Rotterdam",
        ),
    ],
)
def test_a_name_in_a_partnership_between_is_an_organisation(text: str, new: str) -> None:
    assert new in orgs(text)


def test_places_between_are_no_organisations() -> None:
    found = orgs(
        "TNO signed a memorandum on a hydrogen corridor between Rotterdam and the Rhine-Ruhr."
    )
    assert set(found) == {"TNO"}


# --- a city after a university's acronym; places that end like adjectives -------------------


@pytest.mark.parametrize(
    ("text", "name", "surface"),
    [
        (
            "LMU München and Utrecht University signed an agreement.",
            "Ludwig Maximilian University of Munich",
            "LMU München",
        ),
        (
            "The Ludwig-Maximilians-Universität (LMU) München and Leiden University signed.",
            "Ludwig Maximilian University of Munich",
            "LMU",
        ),
        (
            "The Technische Universität (TU) Dresden and KU Leuven signed an agreement.",
            "TU Dresden",
            "Technische Universität (TU) Dresden",
        ),
        (
            "Die Universität (UZH) Zürich and Leiden University signed.",
            "University of Zurich",
            "UZH",
        ),
    ],
)
def test_the_city_after_an_acronym_belongs_to_the_name(text: str, name: str, surface: str) -> None:
    found = orgs(text)
    assert surface in found[name].aliases
    assert not {"München", "Zürich", "Dresden"} & set(found)


@pytest.mark.parametrize(
    "text",
    [
        "TU Delft President Smit said it was a first.",
        "The UvA Monday meeting was cancelled.",
        "KU Leuven researchers and imec signed.",
    ],
)
def test_no_place_is_read_into_a_name(text: str) -> None:
    surfaces = {s for o in orgs(text).values() for s in o.aliases}
    assert not any(s.endswith(("President", "Monday", "researchers")) for s in surfaces)


@pytest.mark.parametrize("word", ["Munich", "Zurich", "Milan", "Japan", "Helsinki"])
def test_a_place_that_ends_like_an_adjective_is_no_nationality(word: str) -> None:
    assert not is_foreign_nationality(word)


@pytest.mark.parametrize("word", ["Kenyan", "Japanese", "Danish", "Italian"])
def test_nationalities_stay_nationalities(word: str) -> None:
    assert is_foreign_nationality(word)


def test_a_network_named_after_a_city_keeps_the_city() -> None:
    text = (
        "The letter builds on the partnership between Quantum Delta NL and Munich Quantum Valley."
    )
    assert "Munich Quantum Valley" in orgs(text)


# --- the site's owner ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "owner"),
    [
        ("https://www.tudelft.nl/en/2025/x", "Delft University of Technology"),
        ("https://www.universiteitleiden.nl/nieuws/2025/x", "Leiden University"),
        ("https://nieuws.kuleuven.be/nl/content/2025/x", "KU Leuven"),
        ("https://www.uzleuven.be/nl/nieuws/x", "University Hospitals Leuven"),
        ("https://www.nieuwsblad.be/cnt/x", None),
        ("http://127.0.0.1:8000/en/news/x", None),
    ],
)
def test_the_site_owner_is_read_from_the_host(url: str, owner: str | None) -> None:
    entry = load_gazetteer().site_owner(url)
    assert (entry.name if entry else None) == owner


@pytest.mark.parametrize(
    ("url", "owner"),
    [
        # The head word's initial and the place glued on.
        ("https://www.utwente.nl/nieuws/2026/x", "University of Twente"),
        # A hyphen between the words of a glued alias.
        ("https://www.rwth-aachen.de/go/id/x", "RWTH Aachen University"),
        # On an academic domain, the start of the name's one other word.
        ("https://www.cam.ac.uk/research/news/x", "University of Cambridge"),
        ("https://www.imperial.ac.uk/news/x", "Imperial College London"),
        # Not on a news site, even when the label starts a university's place.
        ("https://www.cambridge-news.co.uk/news/x", None),
        ("https://www.ox.com/news/x", None),
        # Nothing in the gazetteer is spelled so.
        ("https://www.xq.ac.uk/news/x", None),
    ],
)
def test_the_site_owner_is_read_from_a_host_that_spells_its_name(
    url: str, owner: str | None
) -> None:
    entry = load_gazetteer().site_owner(url)
    assert (entry.name if entry else None) == owner


def test_a_host_spelling_two_names_has_no_owner() -> None:
    gazetteer = Gazetteer()
    for name in ("University of Harwick", "University of Harlow"):
        gazetteer.add(GazetteerEntry(name=name, kind="university"))
    assert gazetteer.site_owner("https://www.harwick.ac.uk/x").name == "University of Harwick"
    assert gazetteer.site_owner("https://www.har.ac.uk/x") is None


@pytest.mark.parametrize(
    ("units", "site", "owner"),
    [
        (
            ("The university has signed an agreement with Barco and imec.",),
            "https://www.ugent.be/en/news/x",
            "Ghent University",
        ),
        (
            ("De universiteit en Umicore tekenden een overeenkomst.",),
            "https://www.ugent.be/nl/nieuws/x",
            "Ghent University",
        ),
        (
            ("Het ziekenhuis en Barco tekenden een overeenkomst.",),
            "https://www.uzleuven.be/nl/nieuws/x",
            "University Hospitals Leuven",
        ),
    ],
)
def test_the_university_on_its_own_site_is_the_owner(
    units: tuple[str, ...], site: str, owner: str
) -> None:
    assert owner in orgs(*units, site=site)


@pytest.mark.parametrize(
    ("units", "site"),
    [
        # another site: "the university" names nobody
        (("The university has signed an agreement with Barco.",), "https://www.nieuwsblad.be/x"),
        # another university named first: "the university" may be that one
        (
            ("The University of Bergen and the university signed an agreement.",),
            "https://www.ugent.be/en/news/x",
        ),
        # "the university of X" is another one
        (("The university of Bergen signed with Barco.",), "https://www.ugent.be/en/news/x"),
    ],
)
def test_the_university_stays_unresolved_where_it_may_be_another(
    units: tuple[str, ...], site: str
) -> None:
    assert "Ghent University" not in orgs(*units, site=site)


def test_a_page_that_names_its_owner_gets_no_description_alias() -> None:
    found = orgs(
        "Ghent University signed with Barco.",
        "The university will host the lab.",
        site="https://www.ugent.be/en/news/x",
    )
    assert found["Ghent University"].aliases == ("Ghent University",)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "The university",
                "de universiteit",
                "our hospital",
                "signed",
                "with",
                "Barco",
                "the University of Bergen",
                "(hierna: X)",
                "LMU",
                "München",
                "between",
                "and",
                ".",
                ",",
            ]
        ),
        max_size=25,
    )
)
def test_owner_mentions_are_the_nouns_they_cover(words: list[str]) -> None:
    text = " ".join(words)
    for found in mentions(text, site="https://www.ugent.be/en/news/x"):
        for m in found:
            assert text[m.start : m.end] == m.surface or m.source != "owner"
            if m.source == "owner":
                assert m.surface.lower() in {"university", "universiteit"}


# --- gazetteer: well-known bodies in no earlier list ----------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Royal Society and Innovate UK fund the project.", "Innovate UK"),
        ("The Royal Society and Innovate UK fund the project.", "Royal Society"),
        ("BELSPO pays for two posts.", "Belgian Science Policy Office"),
        ("Diamond Light Source hosts the beamline.", "Diamond Light Source"),
    ],
)
def test_well_known_funders_and_facilities_are_known(text: str, name: str) -> None:
    assert name in orgs(text)


# --- month names in Spanish, Italian and Portuguese -----------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Firmato il 12 marzo 2025 a Padova.", "it", "2025-03-12"),
        ("Firmado el 3 mayo 2024 en Madrid.", "es", "2024-05-03"),
        ("Assinado a 14 setembro 2024 no Porto.", "pt", "2024-09-14"),
    ],
)
def test_southern_european_month_names_are_read(text: str, language: str, value: str) -> None:
    found = find_dates(text, reference=date(2025, 6, 1), languages=(language, "en"))
    assert value in {d.value for d in found}


# --- official names in other European languages, kept whole ---------------------------------


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "KU Leuven signed with Azienda Ospedale Università Padova on Monday.",
            "Azienda Ospedale Università Padova",
        ),
        ("Universitetet i Bergen and Leiden University signed.", "Universitetet i Bergen"),
        ("Högskolan i Borås and Saxion signed an agreement.", "Högskolan i Borås"),
        (
            "The Ministerio de Ciencia e Innovación funds the network.",
            "Ministerio de Ciencia e Innovación",
        ),
    ],
)
def test_official_names_in_other_languages_are_kept_whole(text: str, surface: str) -> None:
    assert surface in {s for o in orgs(text).values() for s in o.aliases}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The ORBIS alliance admitted two new members.", "ORBIS"),
        ("Het HealthTIES consortium tekende een overeenkomst.", "HealthTIES"),
    ],
)
def test_a_lower_case_group_head_is_not_part_of_the_name(text: str, name: str) -> None:
    assert name in orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Separately, Utrecht University and Nordic Data signed an agreement.",
        "Daarnaast tekenden de Hanze en Kraanvogel Robotics een convenant.",
    ],
)
def test_an_opening_adverb_is_no_name(text: str) -> None:
    assert not {"Separately", "Daarnaast"} & set(orgs(text))


def test_a_company_of_the_group_keeps_its_own_name() -> None:
    found = orgs("NTNU and Hitachi Energy renewed their alliance; Hitachi itself is not a party.")
    assert "Hitachi Energy" in found
    assert found["Hitachi"].aliases == ("Hitachi",)


@pytest.mark.parametrize(
    ("text", "division"),
    [
        (
            "Het waterschap sloot een leveringscontract met Eneco Energie voor de gemalen.",
            "Eneco Energie",
        ),
        ("The test basin is run by SINTEF Ocean together with the Norwegian navy.", "SINTEF Ocean"),
        (
            "Boskalis Offshore and Deltares will share their scour data from next year.",
            "Boskalis Offshore",
        ),
        (
            "Het meetnet wordt beheerd door Deltares Drinkwater, een nieuw onderdeel.",
            "Deltares Drinkwater",
        ),
        (
            "Vattenfall Engineering & Services joins the heat-network consortium in May.",
            "Vattenfall Engineering & Services",
        ),
    ],
)
def test_a_sector_word_after_a_known_company_or_institute_names_its_division(
    text: str, division: str
) -> None:
    found = orgs(text)
    assert division in found
    assert division.split()[0] not in found


@pytest.mark.parametrize(
    ("text", "kept", "not_found"),
    [
        # "and" lists the next party, it joins no name
        (
            "TNO Energy and Radboud University agreed on a pilot.",
            "TNO Energy",
            "TNO Energy and Radboud",
        ),
        # a university is no group of companies: its name stays as listed
        (
            "Utrecht University Energy researchers met the minister.",
            "Utrecht University",
            "Utrecht University Energy",
        ),
        # a lower-case word after "&" is no part of the name
        (
            "Eneco Energie & klimaat was the theme of the day.",
            "Eneco Energie",
            "Eneco Energie & klimaat",
        ),
    ],
)
def test_a_division_name_stops_at_a_list_or_a_common_word(
    text: str, kept: str, not_found: str
) -> None:
    found = orgs(text)
    assert kept in found
    assert not_found not in found


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Delft signed a supply contract with Bosch CMT on the sensor line.", "Bosch CMT"),
        ("De hogeschool sloot een stageakkoord met Bayer Mechelen en het UZA.", "Bayer Mechelen"),
        (
            "Het lab werkt samen met Unilever Productielocatie Oss aan de proeven.",
            "Unilever Productielocatie Oss",
        ),
    ],
)
def test_a_known_company_at_a_site_or_with_an_acronym_keeps_the_whole_name(
    text: str, company: str
) -> None:
    assert company in orgs(text)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Siemens CEO Marta Lind opened the lab with TU Delft.", "Siemens"),
        ("Het contract met Heineken SE loopt af.", "Heineken"),
        ("Bayer Leverkusen Fans Club is no party.", "Bayer"),
        ("The Philips Global Press Office said so.", "Philips"),
    ],
)
def test_roles_legal_forms_and_longer_runs_after_a_company_are_no_site(
    text: str, company: str
) -> None:
    assert company in orgs(text)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "EPFL signed an agreement with the Swiss cloud provider Infomaniak on Monday.",
            "Infomaniak",
        ),
        ("De netbeheerder Enexis en de TU/e tekenden een convenant.", "Enexis"),
        ("The drug maker Quorvia and Leiden University signed a licence.", "Quorvia"),
        ("The Swiss drugmaker Belvanta Pharma will fund two chairs.", "Belvanta Pharma"),
        (
            "De samenwerking met de Deense havenbeheerder Havnelund Drift loopt af.",
            "Havnelund Drift",
        ),
        ("The regional water utility Brookmere Water joined the consortium.", "Brookmere Water"),
    ],
)
def test_a_trade_before_a_name_makes_it_a_company(text: str, company: str) -> None:
    assert orgs(text)[company].kind == "company"


def test_a_trade_noun_alone_names_nothing() -> None:
    assert orgs("The utility said the drugmaker and the havenbeheerder would sign.") == {}


def test_a_head_in_lower_case_after_the_name_keeps_it_whole() -> None:
    found = orgs("The members are Aarhus University, Masarykova univerzita and Utrecht University.")
    assert found["Masarykova univerzita"].kind == "university"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "They signed with Vestlands maritime-tekniske universitet and Utrecht University.",
            "Vestlands maritime-tekniske universitet",
        ),
        (
            "Partners are Utrecht University and Vestlands skog- og havbruksvitenskapelige"
            " universitet.",
            "Vestlands skog- og havbruksvitenskapelige universitet",
        ),
    ],
)
def test_lower_case_adjectives_before_a_lower_case_head_are_part_of_the_name(
    text: str, name: str
) -> None:
    found = orgs(text)
    assert found[name].kind == "university"
    assert "Vestlands" not in found


# --- a word and the country a body serves: "Universities UK", "Enterprise Ireland" -------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Universities UK, which speaks for the sector, warned of cuts.", "Universities UK"),
        ("Enterprise Ireland will fund the first two years.", "Enterprise Ireland"),
        (
            "The start-up raised money from Invest Northern Ireland and others.",
            "Invest Northern Ireland",
        ),
        ("Business Finland en de TU Delft tekenden een intentieverklaring.", "Business Finland"),
        (
            "Zorgverzekeraars Nederland reageert positief op het akkoord.",
            "Zorgverzekeraars Nederland",
        ),
        (
            "Volgens de Patiëntenfederatie Nederland is dat een goede stap.",
            "Patiëntenfederatie Nederland",
        ),
        ("The firm is a member of MedTech Europe since 2019.", "MedTech Europe"),
    ],
)
def test_a_word_and_the_country_a_body_serves_is_a_name(text: str, name: str) -> None:
    found = find_mentions([text], load_gazetteer())[0]
    assert name in {m.name for m in found}


@pytest.mark.parametrize(
    "text",
    [
        "The Digital Europe Programme pays for the pilot.",  # a programme: a name goes on
        "De Brightlands Research Nederland-dag is op 3 juni.",
        "The Leiden Science Netherlands prize went to a student.",
        "Universities in the UK warned of cuts.",
    ],
)
def test_a_word_and_a_country_inside_a_longer_name_or_phrase_is_no_body(text: str) -> None:
    found = find_mentions([text], load_gazetteer())[0]
    assert not any(m.name.endswith(("Europe", "Nederland", "Netherlands", "UK")) for m in found)


# --- a royal college's country after "in": "Royal College of Surgeons in Ireland" ---------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "She works at the Royal Netherlands Institute in Rome.",
            "Royal Netherlands Institute in Rome",
        ),
        (
            "The German Historical Institute in London signed.",
            "German Historical Institute in London",
        ),
        (
            "The Netherlands Institute in Turkey hosts the school.",
            "Netherlands Institute in Turkey",
        ),
    ],
)
def test_a_countrys_institute_abroad_keeps_its_seat(text: str, name: str) -> None:
    found = find_mentions([text], load_gazetteer())[0]
    assert name in {m.name for m in found}


def test_a_royal_college_keeps_its_country_after_in() -> None:
    found = find_mentions(
        ["She trained at the Royal College of Surgeons in Ireland and moved to Leiden."],
        load_gazetteer(),
    )[0]
    assert "Royal College of Surgeons in Ireland" in {m.name for m in found}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Royal College of Music in London opened a new hall.", "Royal College of Music"),
        ("The Royal College of Surgeons in March opened a new hall.", "Royal College of Surgeons"),
        ("Leiden University in the Netherlands signed the pact.", "Leiden University"),
    ],
)
def test_a_city_or_a_month_after_in_stays_out_of_a_name(text: str, name: str) -> None:
    found = find_mentions([text], load_gazetteer())[0]
    assert name in {m.name for m in found}


# --- hospital names as Dutch and Flemish regional news writes them -----------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "De fusie tussen Anna en het Elkerliek ziekenhuis in Helmond gaat niet door.",
            "Elkerliek ziekenhuis",
        ),
        ("Zij werkt in het Helmondse Elkerliek ziekenhuis.", "Elkerliek ziekenhuis"),
        (
            "Patiënten gaan naar het Spijkenisse Medisch Centrum, dat de controles overneemt.",
            "Spijkenisse Medisch Centrum",
        ),
        (
            "Het Jessa Ziekenhuis fuseerde met het Sint-Franciscusziekenhuis.",
            "Sint-Franciscusziekenhuis",
        ),
        (
            "Het Onze-Lieve-Vrouwziekenhuis in Aalst tekende het akkoord.",
            "Onze-Lieve-Vrouwziekenhuis",
        ),
    ],
)
def test_hospital_names_of_regional_news(text: str, name: str) -> None:
    found = find_mentions([text], load_gazetteer())[0]
    assert name in {m.name for m in found}


@pytest.mark.parametrize(
    "text",
    [
        "Het Leidse ziekenhuis en het Nijmegen ziekenhuis werken samen.",
        "Zij werkt in het ziekenhuis van Helmond.",
        "The Medical Center for Rare Diseases opened.",
    ],
)
def test_an_adjective_or_a_place_before_a_hospital_head_is_no_name(text: str) -> None:
    found = find_mentions([text], load_gazetteer())[0]
    assert found == []


# --- national directorates: "Norwegian Directorate for Higher Education and Skills" --------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ties are checked by the Norwegian Directorate for Higher Education and Skills.",
            "Norwegian Directorate for Higher Education and Skills",
        ),
        ("The Directorate of Health said it will act.", "Directorate of Health"),
        ("The Swedish Health Directorate signed the letter.", "Swedish Health Directorate"),
    ],
)
def test_a_directorate_is_a_government_body(text: str, name: str) -> None:
    found = find_mentions([text], load_gazetteer())[0]
    assert name in {m.name for m in found}


def test_a_lower_case_directorate_names_nothing() -> None:
    assert find_mentions(["The directorate said it will act."], load_gazetteer())[0] == []


# --- Nordic and Asian legal forms: "Fjordkraft Analyse AS", "Petronas Research Sdn Bhd" ----


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "De haven sloot een contract met het Noorse Fjordkraft Analyse AS.",
            "Fjordkraft Analyse AS",
        ),
        (
            "Halvorsen Biologics AS, an Oslo-based developer, signed the agreement.",
            "Halvorsen Biologics AS",
        ),
        ("Petronas Research Sdn Bhd will host the students.", "Petronas Research Sdn Bhd"),
        ("The work is done by Keppel Data Pte Ltd in Singapore.", "Keppel Data Pte Ltd"),
    ],
)
def test_a_name_before_a_nordic_or_asian_legal_form_is_a_company(text: str, name: str) -> None:
    found = find_mentions([text], load_gazetteer())[0]
    assert name in {m.name for m in found}


@pytest.mark.parametrize(
    "text",
    ["AS PART OF THE DEAL, the firms agree.", "They studied AS patients for ten years."],
)
def test_an_as_that_is_no_legal_form_names_nothing(text: str) -> None:
    assert find_mentions([text], load_gazetteer())[0] == []


# --- abbreviated legal forms: "X Chemical Co.", "Y Corp.", "Z Sp. z o.o." -----------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Hamada Chemical Co., a Kobe paint maker, signed a memorandum with the institute.",
            "Hamada Chemical Co",
        ),
        ("Velmar Corp. will fund two chairs at the faculty.", "Velmar Corp"),
        ("The lab works with Tanaka Seiki K.K. on sensors.", "Tanaka Seiki K.K"),
        ("De haven tekende een contract met Brenmor Sp. z o.o. uit Gdynia.", "Brenmor Sp. z o.o"),
        ("Vostek Kft. and the university share a test bench.", "Vostek Kft"),
    ],
)
def test_a_name_before_an_abbreviated_legal_form_is_a_company(text: str, name: str) -> None:
    found = find_mentions([text], load_gazetteer())[0]
    assert name in {m.name for m in found}


@pytest.mark.parametrize(
    "text",
    [
        "The campus in Tralee, Co. Kerry, opened in May.",
        "the co. and its founders agree.",
        "They met at the new corp. offices.",
    ],
)
def test_an_abbreviated_form_after_no_capitalised_name_names_nothing(text: str) -> None:
    assert find_mentions([text], load_gazetteer())[0] == []


# --- unions and associations named after what they are -----------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("De ziekenfondsen en vakbond ACV Puls vragen meer personeel.", "ACV Puls"),
        ("De studentenraad en de vakbond ACOD Onderwijs reageerden positief.", "ACOD Onderwijs"),
        ("The Swedish nurses’ union Vårdförbundet said the findings matter.", "Vårdförbundet"),
        ("The firm is a member of the trade association Eucomed.", "Eucomed"),
        ("De werkgeversbond Voka en de UGent tekenden.", "Voka"),
    ],
)
def test_a_name_after_a_union_or_association_noun_is_a_body(text: str, name: str) -> None:
    found = find_mentions([text], load_gazetteer())[0]
    assert name in {m.name for m in found}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Het ZOL en het Jessa Ziekenhuis tekenden een akkoord.", "Ziekenhuis Oost-Limburg"),
        ("ZNA en het UZA werken samen in kinderchirurgie.", "Ziekenhuisnetwerk Antwerpen"),
        (
            "Het RIZIV moet de terugbetaling nog goedkeuren.",
            "National Institute for Health and Disability Insurance",
        ),
    ],
)
def test_flemish_hospitals_and_public_bodies_by_their_acronym(text: str, name: str) -> None:
    found = find_mentions([text], load_gazetteer())[0]
    assert name in {m.name for m in found}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The licence with TNO-Holst ends in March, TU Delft said.", "TNO-Holst"),
        ("Het akkoord tussen imec-Orvalis en de KU Leuven is getekend.", "imec-Orvalis"),
    ],
)
def test_a_known_name_glued_to_a_word_of_its_own_names_another_body(text: str, name: str) -> None:
    assert name in orgs(text)


@pytest.mark.parametrize(
    ("text", "known"),
    [
        ("Zij won vorig jaar de NWO-Vidiprijs voor haar werk.", "Dutch Research Council"),
        ("The TNO-Campus opens in May.", "TNO"),
        ("The EU-Japan summit was held in Brussels.", "European Union"),
        ("Het VIB-UGent Centrum voor Plantenbiologie groeit.", "VIB"),
    ],
)
def test_prizes_units_places_and_known_names_after_a_hyphen_stay_apart(
    text: str, known: str
) -> None:
    assert known in orgs(text)


def test_a_known_acronym_with_a_star_inside_is_read_whole() -> None:
    found = orgs("Eindhoven University of Technology and A*STAR will open a joint photonics lab.")
    assert found["Agency for Science, Technology and Research"].aliases == ("A*STAR",)
    assert "STAR" not in found


def test_a_formal_name_with_a_comma_is_one_name_when_its_acronym_spells_the_first_part() -> None:
    found = orgs(
        "TU Delft and the Max-Born-Institut, Leibniz-Zentrum für Optik und Laser (MBI) signed.",
        "MBI will host the first workshop.",
    )
    name = "Max-Born-Institut, Leibniz-Zentrum für Optik und Laser"
    assert found[name].aliases == (name, "MBI")


def test_a_list_before_an_acronym_of_its_last_name_keeps_its_names_apart() -> None:
    found = orgs("Het akkoord met Hogeschool Utrecht, Stichting Kunst en Cultuur (SKC) is rond.")
    assert "Stichting Kunst en Cultuur" in found
    assert found["Stichting Kunst en Cultuur"].aliases == ("Stichting Kunst en Cultuur", "SKC")


@pytest.mark.parametrize(
    ("sentence", "name", "company"),
    [
        (
            "The survey is paid for by the Marta Bosch Stiftung and Leiden University.",
            "Marta Bosch Stiftung",
            "Bosch",
        ),
        (
            "A grant from the Hedda Philips Foundation reached Utrecht University.",
            "Hedda Philips Foundation",
            "Philips",
        ),
        (
            "Die Jonas Siemens Stiftung fördert das Projekt mit der Universität Wien.",
            "Jonas Siemens Stiftung",
            "Siemens",
        ),
    ],
)
def test_a_company_name_between_a_given_name_and_a_foundation_head_is_the_founder(
    sentence: str, name: str, company: str
) -> None:
    found = orgs(sentence)
    assert name in found
    assert company not in found


def test_a_company_before_a_foundation_head_without_a_given_name_keeps_its_name() -> None:
    found = orgs("The Philips Foundation and Utrecht University signed a letter of intent.")
    assert "Philips Foundation" in found
    assert "Utrecht University" in found
