"""Organisation spotting: gazetteer aliases, rules for unknown names, page-defined acronyms."""

from __future__ import annotations

from pathlib import Path

import pytest

from scraper.extract.organisations.gazetteer import load_gazetteer
from scraper.extract.organisations.mentions import find_mentions, organisations_from
from scraper.keys import alias_key
from scraper.models import Organisation


def orgs(*units: str, extra: Path | None = None) -> dict[str, Organisation]:
    gaz = load_gazetteer(extra)
    return {o.name: o for o in organisations_from(find_mentions(list(units), gaz))}


def test_gazetteer_aliases_resolve_to_one_canonical_name() -> None:
    found = orgs(
        "Universiteit Leiden and the LUMC met at TU Delft.",
        "Leiden University, Leids Universitair Medisch Centrum and Delft University of Technology "
        "agreed.",
    )
    assert set(found) == {
        "Leiden University",
        "Leiden University Medical Center",
        "Delft University of Technology",
    }
    assert found["Leiden University"].aliases == ("Universiteit Leiden", "Leiden University")
    assert found["Leiden University Medical Center"].aliases == (
        "LUMC",
        "Leids Universitair Medisch Centrum",
    )
    assert found["Delft University of Technology"].kind == "university"


def test_possessives_and_leading_article_are_not_part_of_the_surface() -> None:
    found = orgs("The LUMC's board and TU Delft’s rector spoke at the Erasmus MC's campus.")
    assert found["Leiden University Medical Center"].aliases == ("LUMC",)
    assert found["Delft University of Technology"].aliases == ("TU Delft",)
    assert found["Erasmus MC"].aliases == ("Erasmus MC",)


def test_short_aliases_need_their_exact_case() -> None:
    found = orgs("The surf was good and the ing form of the verb is common; ING and SURF signed.")
    assert set(found) == {"ING", "SURF"}


def test_bare_city_names_and_the_erasmus_programme_are_not_organisations() -> None:
    found = orgs(
        "Students from Leiden and Delft went to Rotterdam with an Erasmus+ grant from Erasmus."
    )
    assert found == {}


def test_acronym_defined_on_the_page_becomes_an_alias() -> None:
    found = orgs(
        "The Hogeschool Walcheren (HWA) opened a lab.",
        "Later HWA and the Zeeland Research Institute (ZRI) agreed; ZRI will host it.",
    )
    assert found["Hogeschool Walcheren"].aliases == ("Hogeschool Walcheren", "HWA")
    assert found["Zeeland Research Institute"].aliases == ("Zeeland Research Institute", "ZRI")


def test_a_page_cannot_redefine_a_well_known_acronym() -> None:
    found = orgs("The Erasmus Ultrasound Research group (EUR) is new. EUR stands for it.")
    assert "Erasmus University Rotterdam" in found
    assert "Erasmus Ultrasound Research group" not in found


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("A visit to the Bronovo Hospital took place.", "Bronovo Hospital", "hospital"),
        ("Money went to Stichting Economie071 last year.", "Stichting Economie071", "foundation"),
        ("The Gemeente Oss joined.", "Gemeente Oss", "municipality"),
        (
            "Veluwe University of Applied Sciences trains farmers.",
            "Veluwe University of Applied Sciences",
            "university",
        ),
        ("Staff of the Ministerie van Defensie came.", "Ministry of Defence", "ministry"),
        ("She moved to the Ministry of Foreign Trade.", "Ministry of Foreign Trade", "ministry"),
        ("Talks with dairy cooperative FrieslandCampina went well.", "FrieslandCampina", "company"),
        ("Talks with chipmaker Lumiblast went well.", "Lumiblast", "company"),
        (
            "Hochschule Ruhr West is a partner.",
            "Hochschule Ruhr West",
            "university_of_applied_sciences",
        ),
        (
            "Partners include Julius-Maximilians-Universität Würzburg.",
            "Julius-Maximilians-Universität Würzburg",
            "university",
        ),
    ],
)
def test_rules_find_unknown_organisations_by_their_head_word(
    text: str, name: str, kind: str
) -> None:
    found = orgs(text)
    assert list(found) == [name]
    assert found[name].kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "Prof. Anna de Vries gave a lecture.",
        "The Medical Data programme started.",
        "She won the Spinoza Prize and the Stevin Award.",
        "The Leiden Science Conference and the Delft Energy Symposium were full.",
        "The Faculty of Science moved to a new building.",
        "Her Master's in Clinical Technology was accredited.",
        "University Medical Centres in the region met.",
    ],
)
def test_people_programmes_prizes_events_and_faculties_are_not_organisations(text: str) -> None:
    assert orgs(text) == {}


def test_faculty_resolves_to_its_university() -> None:
    found = orgs("The Faculty of Science at Leiden University offers the course.")
    assert list(found) == ["Leiden University"]


def test_and_splits_two_names_but_not_one_long_name() -> None:
    found = orgs(
        "The University of Amsterdam and Leiden University met the Budapest University of "
        "Technology and Economics and the Hague Institute for Peace and Justice."
    )
    assert set(found) == {
        "University of Amsterdam",
        "Leiden University",
        "Budapest University of Technology and Economics",
        "Hague Institute for Peace and Justice",
    }


def test_short_reference_after_full_name() -> None:
    found = orgs("De Europese Commissie steunt het plan. Dat maakte de Commissie bekend.")
    assert found["European Commission"].aliases == ("Europese Commissie", "Commissie")


def test_trailing_head_and_foundation_prefix_join_a_known_name() -> None:
    found = orgs(
        "The Leiden Bio Science Park foundation (Stichting Leiden Bio Science Park) grew. "
        "The Medical Delta consortium too."
    )
    assert set(found) == {"Leiden Bio Science Park", "Medical Delta"}
    assert found["Leiden Bio Science Park"].aliases == (
        "Leiden Bio Science Park foundation",
        "Stichting Leiden Bio Science Park",
    )


def test_lower_case_gemeente_is_still_the_municipality() -> None:
    found = orgs("De wethouder van de gemeente Rotterdam was erbij.")
    assert list(found) == ["Municipality of Rotterdam"]
    assert found["Municipality of Rotterdam"].aliases == ("gemeente Rotterdam",)


def test_user_gazetteer_extends_and_merges(tmp_path: Path) -> None:
    extra = tmp_path / "mine.toml"
    extra.write_text(
        '[[org]]\nname = "Leiden University"\nkind = "university"\naliases = ["Leiden U"]\n\n'
        '[[org]]\nname = "Quantum Valley Lab"\nkind = "research_institute"\naliases = ["QVL"]\n',
        encoding="utf-8",
    )
    found = orgs("Leiden U and QVL met.", extra=extra)
    assert set(found) == {"Leiden University", "Quantum Valley Lab"}
    assert found["Leiden University"].aliases == ("Leiden U",)
    # The packaged list alone does not know them.
    assert orgs("Leiden U and QVL met.") == {}


def test_every_alias_key_in_the_packaged_gazetteer_points_to_one_organisation() -> None:
    gaz = load_gazetteer()
    assert len(gaz.entries) > 300
    for entry in gaz.entries:
        for form in (entry.name, *entry.aliases):
            assert gaz.by_key[alias_key(form)] is entry, form
    # Ambiguous bare names never became aliases.
    for bare in ("Leiden", "Delft", "Rotterdam", "Erasmus", "Amsterdam"):
        assert gaz.lookup(bare) is None


def test_title_case_headline_and_person_affiliations_make_no_new_names() -> None:
    found = orgs(
        "Leiden University And TNO Sign Agreement On Space Research Institute",
        "Prof. Anna Jansen of Leiden University spoke.",
    )
    assert set(found) == {"Leiden University", "TNO"}
    assert found["Leiden University"].aliases == ("Leiden University",)


def test_a_titled_person_of_an_unknown_university_is_no_part_of_its_name() -> None:
    found = orgs(
        "The jury also shortlisted Dr. Mara Quist of Halden University and rector Ivo Brandt"
        " of Tarnow University.",
        "Professor Lena Okafor of Varsley University gave the keynote.",
    )
    assert set(found) == {"Halden University", "Tarnow University", "Varsley University"}


def test_of_inside_a_name_stays_without_a_person_before_it() -> None:
    found = orgs("The Sisters of Mercy Hospital in Corran signed the lease.")
    assert set(found) == {"Sisters of Mercy Hospital"}


def test_joint_undertakings_and_administrations_spelled_by_their_acronym() -> None:
    found = orgs(
        "The Tidal Energy Joint Undertaking awarded the partners 20 million.",
        "The Coastal Survey and Mapping Administration (CSMA) shares its buoy data.",
        "The CSMA said so.",
    )
    assert set(found) == {
        "Tidal Energy Joint Undertaking",
        "Coastal Survey and Mapping Administration",
    }
    assert found["Coastal Survey and Mapping Administration"].kind == "government"


def test_an_administration_without_an_acronym_is_no_organisation() -> None:
    found = orgs("The Halvorsen Administration announced rules; she studied Public Administration.")
    assert found == {}


def test_a_national_institute_of_a_discipline_is_no_university_unit() -> None:
    found = orgs(
        "Speakers came from the Kenyan Institute of Marine Sciences, the Norwegian Institute"
        " of Public Health and the National School of Public Health."
    )
    assert set(found) == {
        "Kenyan Institute of Marine Sciences",
        "Norwegian Institute of Public Health",
        "National School of Public Health",
    }
    assert found["Norwegian Institute of Public Health"].kind == "research_institute"


def test_a_name_for_a_field_goes_on_with_in_and_a_list_of_fields() -> None:
    found = orgs(
        "Grants come from the Danish Foundation for Mobility in Science and Higher Education"
        " and the Halden Institute for Studies in Energy, Water and Health (HISEWH).",
        "The Tarnow Foundation for Marine Research in Science and Leiden University met.",
    )
    assert set(found) == {
        "Danish Foundation for Mobility in Science and Higher Education",
        "Halden Institute for Studies in Energy, Water and Health",
        "Tarnow Foundation for Marine Research",
        "Leiden University",
    }


def test_ventures_and_partners_end_a_company_name_but_not_a_kind_of_partner() -> None:
    found = orgs(
        "Shareholders include Brekke Ventures of Uppsala and Tessera Therapeutics of Boston;"
        " Marwood Partners advised the buyer.",
        "The Industry Partners and the Founding Partners met the Joint Ventures board.",
    )
    assert set(found) == {"Brekke Ventures", "Tessera Therapeutics", "Marwood Partners"}
    assert found["Marwood Partners"].kind == "company"


def test_a_capitalised_word_after_an_article_stays_in_the_name() -> None:
    found = orgs(
        "Het debat werd georganiseerd door de New Hydrogen Coalition.",
        "Halden University joined the Via Baltica University Alliance last year.",
    )
    assert set(found) == {
        "New Hydrogen Coalition",
        "Halden University",
        "Via Baltica University Alliance",
    }
    assert found["New Hydrogen Coalition"].kind == "alliance"


def test_a_board_named_by_what_it_oversees_is_a_public_body() -> None:
    found = orgs(
        "The merger needs approval by the Coastal Water Quality Board.",
        "The Halden Executive Board, the Scientific Advisory Board and the Faculty Board met.",
    )
    assert set(found) == {"Coastal Water Quality Board"}
    assert found["Coastal Water Quality Board"].kind == "government"


def test_dutch_co_operatives_by_prefix_and_by_compound() -> None:
    found = orgs(
        "De Coöperatie Zuidelijke Graantelers tekende een convenant.",
        "Ook de Fruitcoöperatie Betuwezoet doet mee; de zuivelcoöperatie betreurt het.",
    )
    assert set(found) == {"Coöperatie Zuidelijke Graantelers", "Fruitcoöperatie Betuwezoet"}


def test_dutch_regulators_and_top_sectors_with_an_ampersand_inside() -> None:
    found = orgs(
        "De Autoriteit Zorg & Welzijn en Topsector Bouw & Techniek keurden het plan goed.",
        "De autoriteit en de topsector zijn geen partij.",
    )
    assert set(found) == {"Autoriteit Zorg & Welzijn", "Topsector Bouw & Techniek"}
    assert found["Autoriteit Zorg & Welzijn"].kind == "government"


def test_lower_case_municipality_and_province_names() -> None:
    found = orgs("De gemeente Enschede en de provincie Overijssel betalen mee.")
    assert found["gemeente Enschede"].kind == "municipality"
    assert found["Province of Overijssel"].aliases == ("provincie Overijssel",)


def test_lower_case_flemish_stad_names_the_city_administration() -> None:
    found = orgs("De stad Lokeren, eigenaar van het gebouw, verhuurt het aan de school.")
    assert [(o.name, o.kind) for o in found.values()] == [("stad Lokeren", "municipality")]


def test_name_found_by_a_rule_is_recognised_again_later() -> None:
    found = orgs("De studentenhuisvester DUWO en woningcorporatie Portaal bouwen.", "DUWO beheert.")
    assert set(found) == {"DUWO", "Portaal"}


def test_parts_of_a_university_resolve_to_it_but_a_fund_does_not() -> None:
    found = orgs(
        "The Erasmus MC Cancer Institute, the Leiden University Fund and Quantiflex B.V. met."
    )
    assert found["Erasmus MC"].aliases == ("Erasmus MC Cancer Institute",)
    assert found["Leiden University Fund"].kind == "foundation"
    assert found["Quantiflex B.V"].kind == "company"
    assert "Leiden University" not in found


def test_phrase_trie_finds_the_same_phrases_as_the_phrase_table() -> None:
    # ``lengths_at`` walks the token trie; it must name exactly the lengths whose token
    # phrase is in ``phrases``, longest first, also at the end of the text.
    gaz = load_gazetteer()
    norms = "de universiteit van amsterdam en de university of amsterdam met ku leuven".split()
    for i in range(len(norms)):
        expected = [
            n
            for n in gaz.lengths.get(norms[i], ())
            if i + n <= len(norms) and tuple(norms[i : i + n]) in gaz.phrases
        ]
        assert gaz.lengths_at(norms, i) == expected
    assert gaz.lengths_at(norms, norms.index("universiteit"))  # the test says something
    assert gaz.lengths_at(norms, len(norms) - 2) == [2]
