"""Organisation names found by head words, beyond the gazetteer, in English and Dutch."""

from __future__ import annotations

import pytest

from scraper.extract.organisations.gazetteer import load_gazetteer
from scraper.extract.organisations.mentions import find_mentions, organisations_from
from scraper.models import Organisation


def orgs(*units: str) -> dict[str, Organisation]:
    return {o.name: o for o in organisations_from(find_mentions(list(units), load_gazetteer()))}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Students of the Veluwezoom Business School met.",
            "Veluwezoom Business School",
            "university",
        ),
        (
            "The Hoogheemraadschap van Schieveen pays for it.",
            "Hoogheemraadschap van Schieveen",
            "government",
        ),
        ("Het Waterschap Lingestroom doet mee.", "Waterschap Lingestroom", "government"),
        (
            "Zij sprak met de Raad voor Plattelandszaken.",
            "Raad voor Plattelandszaken",
            "government",
        ),
        (
            "The Instituut voor Kustonderzoek opened.",
            "Instituut voor Kustonderzoek",
            "research_institute",
        ),
        ("De Vereniging Groene Daken groeit.", "Vereniging Groene Daken", "association"),
        (
            "The Brantwood Institution funds the chairs.",
            "Brantwood Institution",
            "research_institute",
        ),
        ("Welsh Enterprise gave a grant.", "Welsh Enterprise", "company"),
        ("It is listed on the Tallinn Stock Exchange.", "Tallinn Stock Exchange", "company"),
        ("Quanta Dunes Labs builds sensors.", "Quanta Dunes Labs", "company"),
        (
            "The Association of Polder Farmers agreed.",
            "Association of Polder Farmers",
            "association",
        ),
        ("Het Fonds Zeeuwse Kust betaalt.", "Fonds Zeeuwse Kust", "funder"),
        ("Noordkaap UMC treats children.", "Noordkaap UMC", "umc"),
        ("Funding came from the state of Lower Saxony.", "state of Lower Saxony", "government"),
    ],
)
def test_head_words_name_organisations(text: str, name: str, kind: str) -> None:
    found = orgs(text)
    assert name in found
    assert found[name].kind == kind


def test_a_nationality_belongs_to_the_ministry_it_qualifies() -> None:
    found = orgs("The Norwegian Ministry of Fisheries and Coastal Affairs approved the plan.")
    assert list(found) == ["Norwegian Ministry of Fisheries and Coastal Affairs"]


def test_a_place_word_after_the_head_belongs_to_the_name() -> None:
    found = orgs("De Zorg Alliantie Nederland en het Kennisnetwerk Oost-Brabant doen mee.")
    assert "Zorg Alliantie Nederland" in found
    assert "Kennisnetwerk Oost-Brabant" in found


def test_a_dutch_compound_with_an_organisation_head_is_a_name_but_not_at_a_sentence_start() -> None:
    assert "Vogelfonds" in orgs("Het geld komt van het Vogelfonds.")
    assert orgs("Kennisnetwerken zijn belangrijk voor de regio.") == {}


def test_weak_heads_need_an_acronym() -> None:
    assert orgs("She works at the Centre for Coastal Dynamics in Delft.") == {}
    found = orgs("The Centre for Coastal Dynamics (CCD) joins the project. CCD has 40 staff.")
    assert found["Centre for Coastal Dynamics"].aliases == ("Centre for Coastal Dynamics", "CCD")
    assert orgs("The Dune Data Platform went live.") == {}


def test_internal_bodies_are_not_organisations() -> None:
    found = orgs("The Executive Board of Leiden University met the University Council.")
    assert list(found) == ["Leiden University"]
    assert "LUMC Executive Board" not in orgs("The LUMC Executive Board approved it.")


def test_university_units_named_by_discipline_are_not_organisations() -> None:
    assert orgs("Researchers from the Institute of Environmental Sciences measured it.") == {}
    assert orgs("Het Instituut voor Geschiedenis organiseert een lezing.") == {}


def test_a_unit_named_after_its_university_folds_into_it() -> None:
    found = orgs("The Tilburg School of Economics and Management (TiSEM) renews its partnership.")
    assert list(found) == ["Tilburg University"]
    assert "TiSEM" in found["Tilburg University"].aliases
    # A unit of a university the gazetteer does not know is dropped, not invented.
    assert orgs("The Ostwald School of Economics and Management teaches.") == {}


@pytest.mark.parametrize(
    "units",
    [
        (
            "Tilburg University signed the agreement on Monday.",
            "Students will use the Tilburg Behavioural Research Laboratory.",
        ),
        (
            "Tilburg University and a hospital signed.",
            "The Tilburg Graduate School for Urban Analysis (TGSUA) leads the work.",
        ),
    ],
)
def test_a_unit_named_after_the_city_of_a_university_on_the_page_folds_into_it(
    units: tuple[str, ...],
) -> None:
    assert list(orgs(*units)) == ["Tilburg University"]


@pytest.mark.parametrize(
    ("units", "name"),
    [
        # A country, not a city: another university's institute.
        (
            ("Korea University signed.", "So did the Korea Institute of Marine Robotics."),
            "Korea Institute of Marine Robotics",
        ),
        # Two places: a school two universities run together.
        (
            ("The University of Kent signed.", "The Kent and Medway Dental School joins."),
            "Kent and Medway Dental School",
        ),
    ],
)
def test_a_unit_named_after_a_country_or_two_places_stays_its_own(
    units: tuple[str, ...], name: str
) -> None:
    assert name in orgs(*units)


def test_events_are_not_organisations() -> None:
    assert orgs("The Leiden Summer School and the Delft Winter School are full.") == {}


def test_a_water_board_is_known_by_its_region_for_the_rest_of_the_page() -> None:
    found = orgs(
        "Het Hoogheemraadschap van Schieveen werkt samen met TU Delft.",
        "Schieveen betaalt de metingen.",
    )
    assert found["Hoogheemraadschap van Schieveen"].aliases == (
        "Hoogheemraadschap van Schieveen",
        "Schieveen",
    )


def test_gazetteer_knows_university_hospitals_by_their_local_names() -> None:
    found = orgs("UZ Gent, het Universitätsklinikum Köln and Rigshospitalet work together.")
    assert set(found) == {
        "Ghent University Hospital",
        "University Hospital Cologne",
        "Rigshospitalet",
    }


def test_gazetteer_knows_regional_development_agencies_and_business_schools() -> None:
    found = orgs("VLAIO, Oost NL, LIOF and Vlerick Business School signed.")
    assert set(found) == {
        "Flanders Innovation & Entrepreneurship",
        "Oost NL",
        "LIOF",
        "Vlerick Business School",
    }


def test_a_hospital_name_keeps_its_city() -> None:
    found = orgs("Het Universitair Ziekenhuis Brugge en de KU Leuven werken samen.")
    assert set(found) == {"Universitair Ziekenhuis Brugge", "KU Leuven"}
    assert found["Universitair Ziekenhuis Brugge"].kind == "hospital"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Noord/Zuid Hospital Group has joined the network.", "Noord/Zuid Hospital Group"),
        (
            "Partners zijn de gemeente Vaalburg en de Hochschule Wesel/Kleve.",
            "Hochschule Wesel/Kleve",
        ),
    ],
)
def test_two_capitalised_words_joined_by_a_slash_stay_in_one_name(text: str, name: str) -> None:
    found = orgs(text)
    assert name in found
    assert not any(n != name and n in name for n in found)


def test_a_slash_between_two_known_names_keeps_them_apart() -> None:
    found = orgs("Researchers of TU/e and Universiteit Leiden signed it.")
    assert {"Eindhoven University of Technology", "Leiden University"} <= set(found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Chilean Ministerio de Energía y Minería will register the new body.",
            "Ministerio de Energía y Minería",
        ),
        ("Ook de Deense Hochschule Aarbjerg doet mee aan het project.", "Hochschule Aarbjerg"),
        (
            "Speakers came from the Brazilian Instituto de Biologia Marinha Costa Verde.",
            "Instituto de Biologia Marinha Costa Verde",
        ),
    ],
)
def test_a_nationality_before_a_head_in_another_language_is_not_in_the_name(
    text: str, name: str
) -> None:
    assert name in orgs(text)


def test_a_nationality_before_an_english_head_stays_in_the_name() -> None:
    found = orgs("The Chilean Institute of Marine Ecology joins the survey.")
    assert "Chilean Institute of Marine Ecology" in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A trade noun that opens the sentence is capitalised, and still describes the name.
        ("Zorgverzekeraar Vitalis denkt mee over de bekostiging.", "Vitalis"),
        ("Installatiebedrijf Warmtekracht en de gemeente adviseren.", "Warmtekracht"),
        ("Almelo – Scheepsbouwer Dokkum Werf heeft getekend.", "Dokkum Werf"),
        # Trades in compounds: "-bouwer", "-bureau", "uitgeverij".
        ("De selectie werd begeleid door het adviesbureau Kreukels.", "Kreukels"),
        ("Het akkoord met uitgeverij Brandt & Vos loopt af.", "Brandt & Vos"),
        ("Ook de Duitse motorenbouwer Hellwig Antriebe doet mee.", "Hellwig Antriebe"),
    ],
)
def test_a_trade_noun_before_a_name_makes_it_a_company(text: str, name: str) -> None:
    assert name in orgs(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The capitalised noun opens a name of the country's trade body.
        ("Zorgverzekeraars Nederland reageert positief op het plan.", "Zorgverzekeraars Nederland"),
        # A capitalised noun inside a sentence is the name's own first word.
        ("Het plan van Zorgverzekeraar Groep werd besproken.", "Zorgverzekeraar Groep"),
    ],
)
def test_a_capitalised_trade_noun_that_opens_no_sentence_or_a_national_name_is_in_the_name(
    text: str, name: str
) -> None:
    assert list(orgs(text)) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vanaf maart doet ook Zorggroep Oldambt mee aan het pact.", "Zorggroep Oldambt"),
        ("Zorggroep De Waddenkust tekent de verklaring.", "Zorggroep De Waddenkust"),
        ("De thuiszorg komt van Heuvelrug Zorggroep.", "Heuvelrug Zorggroep"),
    ],
)
def test_a_dutch_care_group_is_named_by_its_head(text: str, name: str) -> None:
    found = orgs(text)
    assert name in found
    assert found[name].kind == "hospital"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Wilhelm von Brandt University of Kassel joins the network.",
            "Wilhelm von Brandt University of Kassel",
        ),
        ("Geld komt van de Amalie von Stetten Stiftung.", "Amalie von Stetten Stiftung"),
    ],
)
def test_a_german_particle_inside_a_name_keeps_the_name_whole(text: str, name: str) -> None:
    assert list(orgs(text)) == [name]


def test_a_person_with_a_german_particle_is_no_organisation() -> None:
    assert list(orgs("Friedrich von Amsberg visited Leiden University.")) == ["Leiden University"]


@pytest.mark.parametrize(
    ("text", "name", "person"),
    [
        (
            "The chair, Maren Lindqvist of the University of Tromsdal, spoke first.",
            "University of Tromsdal",
            "Maren Lindqvist",
        ),
        (
            "Students of Marine Biology of the Institute of Coastal Studies Aarvik attend.",
            "Institute of Coastal Studies Aarvik",
            "Marine Biology",
        ),
    ],
)
def test_what_stands_before_of_the_and_a_head_is_not_in_the_name(
    text: str, name: str, person: str
) -> None:
    found = orgs(text)
    assert name in found
    assert not any(person in n for n in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Laut dem Bericht des Hessisches Landesamt steigt die Zahl.", "Hessisches Landesamt"),
        ("Cijfers van het Duitse Statistisches Landesamt tonen het.", "Statistisches Landesamt"),
    ],
)
def test_a_german_adjective_in_es_belongs_to_the_office_after_it(text: str, name: str) -> None:
    assert list(orgs(text)) == [name]


def test_a_dutch_public_service_is_named_by_its_compound_head() -> None:
    found = orgs("Een panel met de Pensioendienst en zorgverzekeraar Vitalis was het eens.")
    assert "Pensioendienst" in found
    assert found["Pensioendienst"].kind == "government"
    # At the start of a sentence a capitalised compound is an ordinary word.
    assert orgs("Pensioendienst is een beroep.") == {}


@pytest.mark.parametrize(
    "name",
    [
        "Saxon State Ministry of Social Affairs, Care and Prevention",
        "Ministerie van Zorg, Integratie en Preventie",
    ],
)
def test_prevention_care_and_integration_close_a_ministrys_portfolio(name: str) -> None:
    assert list(orgs(f"Het {name} steunt het plan.")) == [name]


def test_capital_opens_the_official_name_of_a_region() -> None:
    found = orgs("The plan was approved by the Capital Region of Norland on Tuesday.")
    assert list(found) == ["Capital Region of Norland"]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # what follows "and" has no head of its own: the name goes on
        (
            "The Royal Academy of Chemists and Engravers of Dundee objected.",
            {"Royal Academy of Chemists and Engravers of Dundee"},
        ),
        ("Vanaf maart heet het Zorggroep Heuvelrug en Beek.", {"Zorggroep Heuvelrug en Beek"}),
        ("De Stichting Lezen en Schrijven tekent mee.", {"Stichting Lezen en Schrijven"}),
        # what follows "and" has a head of its own, or a place ended the first name: two
        (
            "The Royal Academy of Chemists and University of Dundee objected.",
            {"Royal Academy of Chemists", "University of Dundee"},
        ),
        (
            "The University of Norway and Vestra – The Coastal Hospital of Norway agreed.",
            # (the dash joins the hospital's two names: ``mentions._dashed_names``)
            {"University of Norway", "Vestra – The Coastal Hospital of Norway"},
        ),
        (
            "Stichting Heuvelrug en Zorggroep Beek tekenen.",
            {"Stichting Heuvelrug", "Zorggroep Beek"},
        ),
    ],
)
def test_and_inside_a_name_against_two_names(text: str, wanted: set[str]) -> None:
    assert set(orgs(text)) == wanted


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Het Vlaams Agentschap Wonen en Energie keurde het goed.",
            "Vlaams Agentschap Wonen en Energie",
        ),
        (
            "De Adviesraad voor Onderwijs en Vorming oordeelt mild.",
            "Adviesraad voor Onderwijs en Vorming",
        ),
        ("Het Departement Cultuur en Vorming betaalt mee.", "Departement Cultuur en Vorming"),
    ],
)
def test_a_portfolio_after_a_dutch_head_without_van(text: str, name: str) -> None:
    assert list(orgs(text)) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Students may go to the Vestrup Hochschule Arnfeld/Kiel next year.",
            "Vestrup Hochschule Arnfeld/Kiel",
        ),
        (
            "They signed with Pontificia Universidad Bolivariana de Tarma on Monday.",
            "Pontificia Universidad Bolivariana de Tarma",
        ),
        (
            "Het Thüringisches Ministerium für Bildung und Kultur tekende ook.",
            "Thüringisches Ministerium für Bildung und Kultur",
        ),
        # a nationality, a title or an article before the head is no part of the name
        ("The Spanish Ministerio de Sanidad agreed.", "Ministerio de Sanidad"),
        ("Das Hessisches Ministerium für Kultur fördert es.", "Hessisches Ministerium für Kultur"),
        ("Met de Duitse Hochschule Arnfeld is niets getekend.", "Hochschule Arnfeld"),
    ],
)
def test_the_word_before_a_foreign_prefix_head_is_the_names_own(text: str, name: str) -> None:
    assert list(orgs(text)) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Het Instituut voor Bodem- en Waterkunde doet mee.",
            "Instituut voor Bodem- en Waterkunde",
        ),
        (
            "She joined the Max-Planck-Institut für Glas- und Keramikforschung in May.",
            "Max-Planck-Institut für Glas- und Keramikforschung",
        ),
        (
            "Chile's Ministerio de Educación, Conocimiento e Innovación agreed.",
            "Ministerio de Educación, Conocimiento e Innovación",
        ),
    ],
)
def test_a_compound_cut_at_a_hyphen_before_and_stays_in_the_name(text: str, name: str) -> None:
    assert list(orgs(text)) == [name]


def test_a_hyphen_before_and_joins_no_second_name() -> None:
    found = orgs("Het Instituut voor Bodem- en de Universiteit Leiden tekenen.")
    assert "Leiden University" in found
    assert not any("Bodem- en" in name for name in found)


def test_an_acronym_spelling_a_compound_name_from_the_word_before_keeps_it_whole() -> None:
    found = orgs("Het Regionaal Zorgnetwerk Kustzorg Zeeland (RZKZ) groeit.")
    assert list(found) == ["Regionaal Zorgnetwerk Kustzorg Zeeland"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Exchanges with the FH Aldenburg start in May.", "FH Aldenburg"),
        ("Die TH Wendelstadt und die Universität Wendelstadt kooperieren.", "TH Wendelstadt"),
    ],
)
def test_a_german_abbreviated_hochschule_opens_a_name(text: str, name: str) -> None:
    found = orgs(text)
    assert found[name].kind == "university_of_applied_sciences"


def test_the_abbreviation_alone_is_no_name() -> None:
    assert orgs("The FH is closed on Monday.") == {}


def test_a_campus_glued_by_an_en_dash_belongs_to_the_university_name() -> None:
    found = orgs("The University of Nebraska–Kearney signed with Aalto University.")
    assert set(found) == {"University of Nebraska–Kearney", "Aalto University"}


def test_an_en_dash_pair_without_a_university_before_it_stays_apart() -> None:
    found = orgs(
        "The Utrecht–Bologna exchange is run by the University of Twente – Enschede office."
    )
    assert "University of Twente – Enschede" not in found
    assert not any("Bologna" in name for name in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A spin-out of Université Gaston Berger Nantes 3, it makes sensors.",
            "Université Gaston Berger Nantes 3",
        ),
        ("Leiden signed with Université Rennes 12 today.", "Université Rennes 12"),
        # A number that is no part of the name: a date, an amount.
        ("Université Gaston Berger Nantes 3 mars 2026 a signé.", "Université Gaston Berger Nantes"),
        ("Université Gaston Berger Nantes 2,5 millions.", "Université Gaston Berger Nantes"),
    ],
)
def test_a_french_numbered_university_keeps_its_number(text: str, name: str) -> None:
    assert list(orgs(text)) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The talk is given by Maren Holt of the Holmberg-Institut für Lasertechnik today.",
            "Holmberg-Institut für Lasertechnik",
        ),
        (
            "She joined the University of the West of England Research Institute.",
            "University of the West of England Research Institute",
        ),
    ],
)
def test_a_person_before_of_the_is_no_part_of_a_compound_institute(text: str, name: str) -> None:
    assert list(orgs(text)) == [name]


def test_a_list_item_ending_in_a_semicolon_is_no_title_case_headline() -> None:
    found = orgs(
        "Leiden signed memoranda with four partners:",
        "Kilgarry University of Forestry (Ireland);",
        "Ostmark Institute of Maritime Studies (Estonia);",
        "Dunvale Technical University (Scotland).",
    )
    assert {
        "Kilgarry University of Forestry",
        "Ostmark Institute of Maritime Studies",
        "Dunvale Technical University",
    } <= found.keys()


def test_a_title_case_headline_stays_silent() -> None:
    assert orgs("Kilgarry Forestry Lab Wins Regional Innovation Award") == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("De hogeschool sloot een stageakkoord met WZC Huis ter Beek.", "WZC Huis ter Beek"),
        ("Het convenant met Stichting Slot ten Velde is verlengd.", "Stichting Slot ten Velde"),
        (
            "TU Delft und das Institut zur Erforschung der Meere unterzeichneten.",
            "Institut zur Erforschung der Meere",
        ),
    ],
)
def test_contracted_particles_inside_a_name_do_not_split_it(text: str, name: str) -> None:
    assert name in orgs(text)


def test_a_particle_between_a_name_and_a_lower_case_phrase_is_no_part_of_it() -> None:
    found = orgs("De Universiteit Leiden ter gelegenheid van haar jubileum.")
    assert list(found) == ["Leiden University"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The prize is given by the Royal Society of Glassmaking each spring.",
            "Royal Society of Glassmaking",
        ),
        (
            "The Medical Research Council of Corvia joined the trial.",
            "Medical Research Council of Corvia",
        ),
    ],
)
def test_a_known_name_ending_in_its_head_and_going_on_with_of_names_another_body(
    text: str, name: str
) -> None:
    found = orgs(text)
    assert name in found
    assert "Royal Society" not in found and "Medical Research Council" not in found


def test_a_known_name_ending_in_its_head_stays_itself_before_a_lower_case_of() -> None:
    found = orgs("The Royal Society of course agreed, and the Royal Academy of Engineering too.")
    assert set(found) == {"Royal Society", "Royal Academy of Engineering"}


@pytest.mark.parametrize(
    "text",
    [
        "The College of Engineering will run the exchanges for the Brantec Ltd placements.",
        "Students of the School of Industrial and Information Engineering spend a year abroad.",
        "Under the deal with Brantec Ltd, the Graduate School of Pharmaceutical Sciences tests it.",
        "Brantec Ltd and the School of Biomedical Engineering & Imaging Sciences signed it.",
    ],
)
def test_a_unit_opening_with_its_head_and_named_by_subjects_is_no_organisation(text: str) -> None:
    assert set(orgs(text)) <= {"Brantec Ltd"}


def test_a_college_after_other_words_or_of_a_place_is_a_body_of_its_own() -> None:
    found = orgs("The Royal College of Nursing and the College of Europe signed a memorandum.")
    assert {"Royal College of Nursing", "College of Europe"} <= set(found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Het Museum Tolhuys en de gemeente Kampen tekenden een convenant.", "Museum Tolhuys"),
        (
            "The Museum für Glaskunst and Corvane Ltd signed a loan agreement.",
            "Museum für Glaskunst",
        ),
    ],
)
def test_a_museum_named_after_its_head_is_an_organisation(text: str, name: str) -> None:
    assert name in orgs(text)


def test_a_museum_head_before_a_lower_case_word_names_nothing() -> None:
    assert orgs("Museum visitors and Corvane Ltd staff met on Friday.") == {
        "Corvane Ltd": orgs("Corvane Ltd staff met.")["Corvane Ltd"]
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Euregio Scheldemond en de gemeente Sluis betalen mee.", "Euregio Scheldemond"),
        ("De provincie Drenthe en Regio Zuidwolde dragen samen bij.", "Regio Zuidwolde"),
    ],
)
def test_a_capitalised_regio_or_euregio_opens_a_regional_body(text: str, name: str) -> None:
    assert name in orgs(text)


def test_a_lower_case_regio_is_the_place_and_days_make_an_event() -> None:
    assert orgs("In de regio Zuidwolde wonen veel studenten.") == {}
    assert "Euregio Glass Days" not in orgs("The Euregio Glass Days drew many visitors.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Corvane Ltd signed a data agreement with Forestry and Wildlife Norway on Monday.",
            "Forestry and Wildlife Norway",
        ),
        (
            "Energy, Housing and Rural Affairs Canada will fund the pilot.",
            "Energy, Housing and Rural Affairs Canada",
        ),
    ],
)
def test_portfolios_joined_by_and_before_a_country_name_a_department(text: str, name: str) -> None:
    assert name in orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Students from Leiden and Delft visited Canada last year.",
        "She studied Energy and Climate in Norway.",
    ],
)
def test_places_or_subjects_before_a_country_name_no_department(text: str) -> None:
    assert orgs(text) == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Norway’s National Science Council will fund the first phase.",
            "National Science Council",
        ),
        (
            "The National Health Council Malta funds the programme.",
            "National Health Council Malta",
        ),
    ],
)
def test_generic_words_with_a_country_before_or_after_name_its_body(text: str, name: str) -> None:
    assert name in orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Research Foundation will fund it.",
        "The university's Research Council met on Monday.",
        "Denmark's Technical University signed it.",
    ],
)
def test_generic_words_without_a_country_or_naming_a_university_stay_out(text: str) -> None:
    assert orgs(text) == {}
