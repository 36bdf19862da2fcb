"""One organisation, several forms on a page: portfolios of ministries in other languages
(kept whole), translations in brackets and short forms tied to the full name (English,
Dutch, German)."""

from __future__ import annotations

import pytest

from scraper.extract.organisations.gazetteer import load_gazetteer
from scraper.extract.organisations.mentions import OrgMention, find_mentions, organisations_from
from scraper.extract.organisations.ties import tied_names
from scraper.models import Organisation


def orgs(*units: str) -> dict[str, Organisation]:
    return {o.name: o for o in organisations_from(find_mentions(list(units), load_gazetteer()))}


def test_a_ministry_keeps_its_whole_portfolio_in_dutch_and_german() -> None:
    found = orgs(
        "Het ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur is cofinancier.",
    )
    assert "ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur" in found
    found = orgs("Das Bundesministerium für Forschung, Technologie und Raumfahrt fördert es.")
    assert list(found) == ["Bundesministerium für Forschung, Technologie und Raumfahrt"]


def test_a_comma_without_a_closing_and_still_separates_two_organisations() -> None:
    found = orgs("Het ministerie van Landbouw, Wageningen University en TNO tekenden.")
    assert "ministerie van Landbouw" in found
    assert "Wageningen University & Research" in found or "Wageningen University" in found


def test_a_translation_in_brackets_is_the_organisation_before_it_with_its_acronym() -> None:
    found = orgs(
        "The Dutch ministry and the Federal Ministry of Research, Technology and Space"
        " (Bundesministerium für Forschung, Technologie und Raumfahrt, BMFTR) signed it.",
        "BMFTR will fund the first calls.",
    )
    full = found["Federal Ministry of Research, Technology and Space"]
    assert "Bundesministerium für Forschung, Technologie und Raumfahrt" in full.aliases
    assert "BMFTR" in full.aliases
    assert "BMFTR" not in found


def test_a_short_form_in_the_headline_is_the_full_name_in_the_text() -> None:
    found = orgs(
        "UZ Gent en AZ St.-Lucas verlengen samenwerking",
        "Het UZ Gent en AZ Sint-Lucas Gent hebben hun overeenkomst verlengd.",
    )
    assert found["AZ Sint-Lucas Gent"].aliases == ("AZ St.-Lucas", "AZ Sint-Lucas Gent")
    found = orgs(
        "Moredun and the James Hutton Institute have agreed to merge.",
        "The Moredun Research Institute keeps its farm.",
    )
    assert "Moredun" not in found
    assert "Moredun" in found["Moredun Research Institute"].aliases


def test_a_place_taken_for_an_organisation_joins_its_municipality() -> None:
    found = orgs(
        "Windesheim, Deltion en Zwolle tekenen een raamovereenkomst.",
        "De gemeente Zwolle betaalt de helft.",
    )
    assert "Zwolle" not in found
    assert "Zwolle" in found["gemeente Zwolle"].aliases


def test_a_short_form_of_two_longer_names_or_before_and_stays_apart() -> None:
    found = orgs(
        "Nexora and Leiden University signed a partnership agreement.",
        "Nexora Health, Nexora Labs and TU Delft signed an agreement.",
    )
    assert {"Nexora", "Nexora Health", "Nexora Labs"} <= set(found)
    kent = OrgMention("Kent", "Kent", 0, 4, 0, None, "context")
    school = OrgMention(
        "Kent and Medway Medical School",
        "Kent and Medway Medical School",
        0,
        30,
        1,
        "school",
        "rule",
    )
    assert (
        tied_names(["Kent signed.", "Kent and Medway Medical School hosted."], [[kent], [school]])
        == {}
    )


def test_the_name_given_to_a_new_body_is_an_organisation() -> None:
    found = orgs(
        "Umicore en KU Leuven richten een bedrijf op. De joint venture krijgt de naam"
        " CircuMet en wordt gevestigd in Leuven.",
        "CircuMet start met twintig onderzoekers.",
    )
    assert found["CircuMet"].aliases == ("CircuMet",)
    assert "KRINGLOOP-NL" in orgs("Het consortium, dat de naam KRINGLOOP-NL draagt, start nu.")
    assert "ReMetal Kempen" in orgs("De nieuwe vennootschap, ReMetal Kempen, start in juni.")
    found = orgs("Philips and TU Delft set up a spin-off, to be called Lumora Photonics, today.")
    assert "Lumora Photonics" in found


def test_names_of_things_and_people_given_a_name_are_not_organisations() -> None:
    assert orgs("The company named Anna Smit as its new director.") == {}
    assert orgs("The drug, called Zolvex, works. The project is named Horizon Bridge.") == {}


def test_a_name_that_concludes_an_agreement_with_a_known_organisation_is_one() -> None:
    found = orgs("Polaris AI strikes research partnerships with Sorbonne, EPFL and TUM")
    assert "Polaris AI" in found
    assert "okkio" in orgs("okkio signs three-year research agreement with Maastricht UMC+")
    found = orgs("Deltalinqs sluit een convenant met de Hogeschool Rotterdam.")
    assert "Deltalinqs" in found


def test_people_and_sentences_without_a_known_partner_give_no_subject() -> None:
    assert list(orgs("Anna Smit signed an agreement with Leiden University.")) == [
        "Leiden University"
    ]
    assert orgs("Polaris AI strikes research partnerships with three labs.") == {}
    found = orgs("In the end researchers signed an agreement with TNO.")
    assert list(found) == ["TNO"]


def test_a_short_form_used_alone_after_the_full_name_is_that_university() -> None:
    found = orgs("Imperial College London and bp signed a deal.", "Imperial will host the lab.")
    assert "Imperial" in found["Imperial College London"].aliases
    found = orgs(
        "KU Leuven en de Universiteit Gent tekenen een akkoord.",
        "Leuven coördineert het project. Het lab in Leuven opent in mei.",
    )
    assert found["KU Leuven"].aliases == ("KU Leuven", "Leuven")
    assert "Leuven" not in found


def test_a_short_form_of_two_universities_is_left_alone() -> None:
    found = orgs(
        "Erasmus University Rotterdam and Erasmus MC signed a memorandum.",
        "Erasmus will lead the first year.",
    )
    assert all("Erasmus" not in o.aliases for o in found.values())


def test_a_name_with_its_acronym_before_the_place_keeps_its_whole_official_form() -> None:
    found = orgs("De Technische Universität (TU) München en KU Leuven tekenden.")
    assert "Technische Universität (TU) München" in found["Technical University of Munich"].aliases
    found = orgs("Die Technische Universität (TU) Chemnitz und TU Delft unterzeichnen.")
    assert "Technische Universität Chemnitz" in found


def test_a_name_after_a_hyphenated_company_noun_is_an_organisation() -> None:
    found = orgs(
        "Leiden University works with the spin-off Lumora Photonics and the start-up QBLOX."
    )
    assert "Lumora Photonics" in found
    assert any("QBLOX" in o.aliases for o in found.values())
    assert orgs("The start-up phase ends in May.") == {}


def test_days_and_boilerplate_headings_are_no_part_of_a_name() -> None:
    assert list(orgs("About Velmora Therapeutics")) == ["Velmora Therapeutics"]
    found = orgs(
        "TNO signed agreements with Fraunhofer-Gesellschaft and KPN in Berlin on Thursday."
    )
    assert "Thursday" not in found
    found = orgs("Het ministerie van Onderwijs en Opleiding van Vietnam tekende met KU Leuven.")
    assert any(name.startswith("ministerie van Onderwijs en Opleiding") for name in found)


def test_a_list_after_a_plural_noun_of_organisations_and_a_dash_or_colon() -> None:
    found = orgs(
        "Daarnaast sloot Saxion met drie bedrijven uit de regio – Nedap, Thales Nederland"
        " en Bronkhorst High-Tech – elk een stageconvenant."
    )
    assert "Bronkhorst High-Tech" in found
    found = orgs("The deal covers three companies: Velmora Therapeutics, Lumora Photonics and KPN.")
    assert {"Velmora Therapeutics", "Lumora Photonics"} <= set(found)


def test_a_short_form_folded_into_the_known_name_inside_it_joins_the_longer_name() -> None:
    found = orgs(
        "Oxford University Hospitals NHS Foundation Trust (OUH) has sealed two deals.",
        "Oxford University Hospitals will share the system with the University of Oxford.",
    )
    trust = found["Oxford University Hospitals NHS Foundation Trust"]
    assert "Oxford University Hospitals" in trust.aliases
    assert "Oxford University Hospitals" not in found["University of Oxford"].aliases


def test_a_lower_case_brand_that_opens_a_sentence_and_is_named_as_a_company() -> None:
    found = orgs(
        "ETH spinout kelvyn forms joint venture with Leiden University",
        "kelvyn, a Zurich startup that stores heat, is teaming up with TNO.",
        "Earlier this year kelvyn raised money.",
    )
    assert found["kelvyn"].aliases == ("kelvyn",)
    found = orgs(
        "Het Gentse biotechbedrijf qubiome bundelt de krachten met de UGent.",
        "Beide tekenden de akte van qubiome Manufacturing NV. qubiome levert de technologie.",
    )
    assert {"qubiome", "qubiome Manufacturing NV"} <= set(found)


def test_a_lower_case_sentence_opening_alone_is_no_brand() -> None:
    found = orgs(
        "sustainability goals were set, the partners said. Leiden University agreed.",
        "The sustainability goals of TNO stay.",
    )
    assert "sustainability" not in found


def test_a_name_after_a_business_role_noun_is_a_company() -> None:
    found = orgs("Its rival Thermalis signed a supply deal with Swedish forestry group Holmen.")
    assert {"Thermalis", "Holmen"} <= set(found)
    assert "KWS UK" in orgs("Seed breeder KWS UK said it had not seen the data.")
    assert "Lakestar" in orgs("The round was led by investor Lakestar.")
    assert orgs("The research group Quantum Optics and the working group Ethics met.") == {}


def test_ministries_in_spanish_and_german_state_ministries_keep_their_whole_name() -> None:
    found = orgs("El Ministerio de Ciencia, Innovación y Universidades apoya la fusión.")
    assert "Ministerio de Ciencia, Innovación y Universidades" in found
    found = orgs("Das Ministerium für Arbeit, Gesundheit und Soziales des Landes Hessen fördert.")
    assert "Ministerium für Arbeit, Gesundheit und Soziales des Landes Hessen" in found


def test_a_list_after_a_plural_noun_of_organisations_and_are() -> None:
    found = orgs("De corporaties zijn Woonbedrijf, Trudo Wonen en Vestide Groep.")
    assert {"Trudo Wonen", "Vestide Groep"} <= set(found)


def test_a_role_after_a_company_noun_is_no_name() -> None:
    assert orgs("Rector Anne Skov and the group CTO signed the renewed agreement.") == {}


def test_a_unit_of_the_university_just_named_is_folded_into_it() -> None:
    found = orgs(
        "kelvyn was spun out of ETH Zurich by researchers from the university’s Institute"
        " of Energy and Process Engineering."
    )
    assert list(found) == ["ETH Zurich"]


def test_a_unit_of_the_university_named_in_an_earlier_paragraph_is_folded_into_it() -> None:
    found = orgs(
        "Kestow University and Harlan Weaving Ltd signed a framework agreement.",
        "Researchers from the university's Institute of Weaving Technology will work at the plant.",
    )
    assert set(found) == {"Kestow University", "Harlan Weaving Ltd"}


@pytest.mark.parametrize(
    "units",
    [
        (
            "Brenlow Bio signs research pact with Ghent University",
            "The work will be done by its Dutch subsidiary, Brenlow Manufacturing BV in Leiden.",
            "Brenlow will fund eight doctoral positions.",
        ),
        (
            "UM, UTM and Kortana seal a pact on carbon capture.",
            "Kortana Research Sdn Bhd, the oil company's research arm, will host the students.",
        ),
        (
            "Velora en de UT tekenen een raamovereenkomst.",
            "Het werk gebeurt bij haar dochterbedrijf Velora Systems B.V. in Hengelo.",
        ),
    ],
)
def test_the_short_form_of_a_subsidiary_names_its_parent(units: tuple[str, ...]) -> None:
    found = orgs(*units)
    subsidiary = next(
        n for n in found if " " in n and n.split()[0] in {"Brenlow", "Kortana", "Velora"}
    )
    parent = subsidiary.split()[0]
    assert parent in found
    assert parent not in found[subsidiary].aliases


def test_the_short_form_of_a_company_that_is_no_subsidiary_is_tied_to_it() -> None:
    found = orgs(
        "Kestrel Minerals plc and Leiden University signed an agreement.",
        "Kestrel will fund two chairs.",
    )
    assert "Kestrel" in found["Kestrel Minerals plc"].aliases


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "De universiteit tekende met het ministerie van Onderwijs van Noorwegen.",
            "ministerie van Onderwijs van Noorwegen",
        ),
        (
            "Het ministerie van Volksgezondheid van Vietnam betaalt mee.",
            "ministerie van Volksgezondheid van Vietnam",
        ),
    ],
)
def test_a_dutch_ministry_name_keeps_the_country_after_it(text: str, name: str) -> None:
    assert name in orgs(text)


def test_the_home_country_after_a_dutch_ministry_is_no_part_of_its_name() -> None:
    assert not [
        n for n in orgs("Het ministerie van Onderwijs van Nederland betaalt.") if "Nederland" in n
    ]
