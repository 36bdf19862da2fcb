"""Organisation names read at the level of the page: short forms tied to the full name
("Oxford", "de HU"), names found once counted everywhere, dotted forms of known names,
foreign national bodies after a possessive, names spelled out by their acronym, and the
boundaries of names around "and" and a possessive."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scraper.extract.organisations.gazetteer import Gazetteer, GazetteerEntry, load_gazetteer
from scraper.extract.organisations.mentions import OrgMention, find_mentions, organisations_from
from scraper.keys import alias_key
from scraper.models import Organisation


def orgs(*units: str) -> dict[str, Organisation]:
    return {o.name: o for o in organisations_from(find_mentions(list(units), load_gazetteer()))}


def mentions(*units: str) -> list[list[OrgMention]]:
    return find_mentions(list(units), load_gazetteer())


# --- short forms ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("units", "name", "short"),
    [
        (
            (
                "Exeter and Twente launch joint PhD",
                "The University of Exeter and the University of Twente signed an agreement.",
                "Exeter's rector called it a first.",
            ),
            "University of Exeter",
            "Exeter",
        ),
        (
            (
                "Oxford and Novartis sign research pact",
                "The University of Oxford signed an agreement with Novartis on Monday.",
            ),
            "University of Oxford",
            "Oxford",
        ),
        (
            (
                "De HU en Rabobank tekenen convenant",
                "HU University of Applied Sciences Utrecht en Rabobank tekenden een convenant.",
                "De HU levert de studenten.",
            ),
            "HU University of Applied Sciences Utrecht",
            "HU",
        ),
        (
            (
                "Bergen en Leiden tekenen",
                "De Universiteit Leiden en de University of Bergen tekenden een akkoord.",
            ),
            "University of Bergen",
            "Bergen",
        ),
    ],
)
def test_a_short_form_is_tied_to_the_full_name_everywhere_on_the_page(
    units: tuple[str, ...], name: str, short: str
) -> None:
    found = orgs(*units)
    assert short in found[name].aliases
    assert short not in found  # never an organisation of its own


def test_a_short_form_shared_by_two_names_on_the_page_is_left_alone() -> None:
    found = mentions(
        "Leiden and Keio sign agreement",
        "Leiden University and the Leiden University Medical Center signed with Keio University.",
    )
    assert all(m.name != "Leiden University" for m in found[0] if m.surface == "Leiden")


@pytest.mark.parametrize(
    ("units", "name", "short"),
    [
        (
            (
                "Leiden University ends its partnership with the miner Kestrel Minerals plc.",
                "Leiden and Kestrel signed the partnership in 2023.",
            ),
            "Kestrel Minerals plc",
            "Kestrel",
        ),
        (
            (
                "De VUB schort haar samenwerking met het telecombedrijf Zhenhai Digital op.",
                "De VUB en Zhenhai sloten in 2020 een onderzoeksovereenkomst.",
            ),
            "Zhenhai Digital",
            "Zhenhai",
        ),
        (
            (
                "Koninklijke Varenbroek N.V. and Ghent University signed a licence.",
                "Varenbroek will pay royalties to the university.",
            ),
            "Koninklijke Varenbroek N.V.",
            "Varenbroek",
        ),
        (
            # One company with and without its legal form: still one short form.
            (
                "Velmora Therapeutics signs licences",
                "Velmora Therapeutics B.V. signed licences with three universities.",
                "Each licence grants Velmora exclusive rights.",
            ),
            "Velmora Therapeutics B.V.",
            "Velmora",
        ),
    ],
)
def test_a_company_told_by_its_first_word_after_its_full_name(
    units: tuple[str, ...], name: str, short: str
) -> None:
    found = {alias_key(n): o for n, o in orgs(*units).items()}
    assert short in found[alias_key(name)].aliases
    assert alias_key(short) not in found


@pytest.mark.parametrize(
    "units",
    [
        # Before the company was named in full, the word may be another one.
        (
            "Kestrel and Leiden University met in 2023.",
            "Leiden ended its tie with Kestrel Minerals plc.",
        ),
        # A town after a place preposition.
        ("Leiden ended its tie with Kestrel Minerals plc.", "The lab in Kestrel opened."),
        # Two companies with one first word.
        ("Shell Nederland and Shell Chemicals signed with TU Delft.", "Shell pays."),
        # A generic first word.
        ("Dutch Wind Systems B.V. signed with TU Delft.", "Dutch firms applauded."),
    ],
)
def test_a_first_word_that_is_no_company_short_form(units: tuple[str, ...]) -> None:
    found = mentions(*units)
    assert not any(m.source == "short" and m.kind == "company" for unit in found for m in unit)


@pytest.mark.parametrize(
    "sentence",
    [
        "PhD candidates work in Leiden and Delft.",
        "The lab is in Oxford.",
        "An Oxford-based start-up joined.",
        "The Oxford region grew.",
        "Oxford Instruments supplied the magnet.",
    ],
)
def test_a_place_is_not_a_short_form(sentence: str) -> None:
    found = mentions(
        "The University of Oxford, Leiden University and Delft University of Technology signed.",
        sentence,
    )
    assert all(m.source != "short" for m in found[1])


# --- a name found once counts everywhere ---------------------------------------------------


def test_a_name_found_by_its_context_counts_in_every_later_sentence() -> None:
    found = mentions(
        "KU Leuven and Agfa Healthcare signed a framework agreement.",
        "The deal gives Agfa Healthcare access to anonymised data.",
        "Researchers from Agfa Healthcare en KU Leuven meet twice a year.",
    )
    for unit in found[1:]:
        assert "Agfa Healthcare" in {m.name for m in unit}


def test_a_learned_name_is_not_found_inside_a_longer_word() -> None:
    found = mentions(
        "Ghent University and Bolt Threads signed a partnership.",
        "The Bolt Threads-funded chairs and the SuperBolt Threads team.",
    )
    assert [m for m in found[1] if m.name == "Bolt Threads"] == []


# --- dotted forms ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("De U.Gent en Barco tekenen een akkoord.", "Ghent University"),
        ("Ook de V.U.B. doet mee.", "Vrije Universiteit Brussel"),
        ("The T.U./e joins the consortium.", "Eindhoven University of Technology"),
    ],
)
def test_a_dotted_form_of_a_known_name_is_that_name(text: str, name: str) -> None:
    assert name in orgs(text)


def test_initials_before_a_surname_are_a_person() -> None:
    assert orgs("Het akkoord werd getekend door U.G. Jansen.") == {}


# --- foreign national bodies -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's Ministry of Health and Radboudumc signed a memorandum.",
        "Indonesia’s Ministry of Education and Leiden University signed a memorandum.",
    ],
)
def test_a_ministry_after_another_countrys_possessive_is_not_the_dutch_one(text: str) -> None:
    found = orgs(text)
    assert "Ministry of Health, Welfare and Sport" not in found
    assert "Ministry of Education, Culture and Science" not in found
    assert any(o.kind == "ministry" for o in found.values())


def test_the_netherlands_possessive_keeps_the_dutch_ministry() -> None:
    found = orgs("The Netherlands' Ministry of Education and Leiden University signed.")
    assert "Ministry of Education, Culture and Science" in found


# --- names spelled out by their acronym ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The National Research Foundation (NRF) and Leiden University signed.", None),
        ("NUS joined the International Alliance of Research Universities (IARU) in 2006.", None),
        (
            "The Council for Scientific and Industrial Research (CSIR) and TU Delft signed.",
            "Council for Scientific and Industrial Research",
        ),
        # An adjective the acronym spells opens the name.
        (
            "The Nordic Trademark Office (NTO) gave her the award.",
            "Nordic Trademark Office",
        ),
        (
            "The Baltic Organisation for Marine and Coastal Research (BOMCR) advised them.",
            "Baltic Organisation for Marine and Coastal Research",
        ),
        # "Organisation" is a head, at the end or with "of"/"for" after it.
        (
            "Input came from the Welsh Midwives and Nurses Organisation (WMNO).",
            "Welsh Midwives and Nurses Organisation",
        ),
    ],
)
def test_a_name_of_common_words_spelled_out_by_its_acronym_is_an_organisation(
    text: str, name: str | None
) -> None:
    found = orgs(text)
    expected = name or text.split(" (")[0].split("the ")[-1].removeprefix("The ")
    assert expected in found


def test_an_adjective_the_acronym_does_not_spell_stays_out_of_the_name() -> None:
    assert set(orgs("Het Franse Nationaal Zeeinstituut (NZI) doet mee.")) == {
        "Nationaal Zeeinstituut"
    }


@pytest.mark.parametrize(
    "text",
    [
        "The European Research Area (ERA) is a goal of the union.",
        "A Memorandum of Understanding (MoU) was signed on Monday.",
    ],
)
def test_an_acronym_without_an_organisation_head_makes_no_organisation(text: str) -> None:
    assert orgs(text) == {}


# --- boundaries ------------------------------------------------------------------------------


def test_and_inside_an_institute_name_before_another_organisation() -> None:
    found = orgs(
        "The Fraunhofer Institute for Applied Optics and Precision Engineering and TU Delft "
        "signed a framework agreement."
    )
    assert "Precision Engineering" not in found
    assert "Delft University of Technology" in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("She died at Addenbrooke's Hospital in Cambridge.", "Addenbrooke's Hospital"),
        ("Het Addenbrooke’s Hospital tekende mee.", "Addenbrooke’s Hospital"),
    ],
)
def test_a_head_after_a_one_word_possessive_stays_in_the_name(text: str, name: str) -> None:
    assert name in orgs(text)


def test_a_possessive_after_a_name_with_a_head_ends_that_name() -> None:
    found = orgs("Leiden University's Hospital Day drew a crowd.")
    assert "Leiden University" in found


# --- property --------------------------------------------------------------------------------

_WORDS = [
    "Oxford", "University", "of", "the", "and", "en", "Leiden", "U.Gent", "V.U.B.", "T.U./e",
    "Kenya's", "Ministry", "Health", "(NRF)", "National", "Research", "Foundation", "Hospital",
    "Addenbrooke's", "signed", "in", "Oxford-based", "HU", "de", ",", ".", "Agfa", "Healthcare",
    "K.", "A.B.", "Institute", "for", "Applied", "Optics", "’s", "'", "(", ")",
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_WORDS), max_size=25).map(" ".join), max_size=4))
def test_page_level_mentions_always_point_at_their_surface(units: list[str]) -> None:
    found = find_mentions(units, load_gazetteer())
    assert len(found) == len(units)
    for text, unit in zip(units, found, strict=True):
        for m in unit:
            assert text[m.start : m.end] == m.surface or m.source in ("rule", "context")
            assert 0 <= m.start < m.end <= len(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Merck KGaA and Leiden University signed an agreement.", "Merck KGaA"),
        ("Het Deense bedrijf Vestas Wind Systems A/S tekende mee.", "Vestas Wind Systems A/S"),
    ],
)
def test_a_name_before_a_european_legal_form_is_a_company(text: str, name: str) -> None:
    assert orgs(text)[name].kind == "company"


def test_a_foreign_ministry_keeps_the_rest_of_its_portfolio() -> None:
    found = orgs("Norway's Ministry of Education and Research welcomed the plan.")
    assert "Ministry of Education and Research" in found
    assert "Ministry of Education, Culture and Science" not in found


def test_a_foreign_ministry_does_not_swallow_the_next_organisation() -> None:
    found = orgs("Kenya's Ministry of Health and Radboudumc signed a memorandum.")
    assert {"Ministry of Health", "Radboudumc"} <= set(found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A field the Dutch ministry does not hold: another country's, no country named.
        (
            "The Ministry of Education and Research and NTNU signed.",
            "Ministry of Education and Research",
        ),
        (
            "The Ministry of Health and Social Affairs funds it.",
            "Ministry of Health and Social Affairs",
        ),
        # The country after the portfolio is part of the name.
        ("The Ministry of Health of Ghana and Radboudumc signed.", "Ministry of Health of Ghana"),
        (
            "The Ministry of Education and Research of Norway signed.",
            "Ministry of Education and Research of Norway",
        ),
    ],
)
def test_a_ministry_with_a_field_or_country_the_dutch_one_lacks_is_foreign(
    text: str, name: str
) -> None:
    found = orgs(text)
    assert name in found
    assert found[name].kind == "ministry"
    assert not {
        "Ministry of Education, Culture and Science",
        "Ministry of Health, Welfare and Sport",
    } & set(found)


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry of Education and Science signed with Leiden University.",  # OCW holds both
        "The Ministry of Education and Leiden University signed.",
        "The Ministry of Education of the Netherlands signed.",
    ],
)
def test_a_ministry_with_the_dutch_portfolio_or_country_stays_dutch(text: str) -> None:
    assert "Ministry of Education, Culture and Science" in orgs(text)


def test_a_bare_ministry_on_a_page_about_another_country_is_that_countrys() -> None:
    units = (
        "Ghana and Italian hospital group sign health memorandum",
        "The Ministry of Health (MoH) signed a memorandum with Gruppo San Donato.",
        "The MoH will send nurses to Milan for training.",
    )
    found = organisations_from(find_mentions(list(units), load_gazetteer()))
    names = {o.name: o for o in found}
    assert "Ministry of Health, Welfare and Sport" not in names
    assert "MoH" in names["Ministry of Health"].aliases


@pytest.mark.parametrize(
    ("units", "site"),
    [
        # The page names the Netherlands: the Dutch ministry.
        (("The Dutch Ministry of Health and Ghana signed.", "The Ministry of Health pays."), None),
        # A Dutch site: its own government's ministry.
        (
            ("Kenya project starts", "The Ministry of Health funds the Kenyan part."),
            "https://www.lumc.nl/nieuws/x",
        ),
    ],
)
def test_a_bare_ministry_stays_dutch_on_a_page_tied_to_the_netherlands(
    units: tuple[str, ...], site: str | None
) -> None:
    found = organisations_from(find_mentions(list(units), load_gazetteer(), site=site))
    assert "Ministry of Health, Welfare and Sport" in {o.name for o in found}


def test_a_dotted_name_the_context_found_is_the_known_organisation() -> None:
    found = orgs("De U.Gent en Barco NV tekenen een raamakkoord.", "Het lab staat in het UZ Gent.")
    assert "U.Gent" in found["Ghent University"].aliases
    assert "U.Gent" not in found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The Ghent and Bristol universities signed a joint PhD agreement.",
            {"Ghent University", "University of Bristol"},
        ),
        (
            "Both Oxford and Cambridge universities signed with Leiden University.",
            {"University of Oxford", "University of Cambridge", "Leiden University"},
        ),
    ],
)
def test_names_before_a_plural_head_are_one_organisation_each(text: str, names: set[str]) -> None:
    assert set(orgs(text)) == names


@pytest.mark.parametrize(
    "text", ["The Dutch and Belgian universities signed.", "De Leidse en Delftse universiteiten."]
)
def test_adjectives_before_a_plural_head_are_no_organisations(text: str) -> None:
    assert orgs(text) == {}


def test_a_word_the_page_uses_for_a_city_is_not_a_short_form() -> None:
    found = orgs(
        "De stad Gent en de Universiteit Gent tekenden een convenant.",
        "Gent en de UGent werken al jaren samen.",
    )
    assert "Gent" not in found["Ghent University"].aliases


@pytest.mark.parametrize(
    "text",
    [
        "The Interreg Euregio Meuse-Rhine programme contributes 2.2 million euros.",
        "Het project krijgt geld uit het Interreg-programma Euregio Maas-Rijn.",
    ],
)
def test_a_name_after_interreg_or_programma_names_a_programme(text: str) -> None:
    assert "Euregio Meuse-Rhine" not in orgs(text)


def test_the_body_that_runs_a_programme_is_still_an_organisation() -> None:
    assert "Euregio Meuse-Rhine" in orgs("Het secretariaat van de Euregio Maas-Rijn helpt mee.")


@pytest.mark.parametrize(
    ("units", "brand"),
    [
        (
            (
                "The hospitals plan operations with heart models made by ravelkit, a young "
                "company from Leuven.",
                "UZ Brussel signed a licence agreement with ravelkit in January.",
            ),
            "ravelkit",
        ),
        (
            ("The award goes to the University of Bristol and quorvo, a Bristol-based start-up.",),
            "quorvo",
        ),
        (("Galway start-up lumaTek signed a research agreement with the university.",), "lumaTek"),
        (("Ook de sectorfederatie vennix, die de gesprekken leidde, tekent niet mee.",), "vennix"),
    ],
)
def test_a_lower_case_brand_the_page_introduces_is_an_organisation(
    units: tuple[str, ...], brand: str
) -> None:
    found = mentions(*units)
    assert all(any(m.name == brand for m in unit) for unit in found)


@pytest.mark.parametrize(
    "text",
    [
        "The spin-out said it would grow; the company, a firm from Leuven, grew.",
        "Het bedrijf heeft een akkoord en het netwerkbedrijf tekende niets.",
        "They study marine biology, a collaboration that the company funds.",
        "Fotonicabedrijven als LioniX doen mee.",
    ],
)
def test_a_common_word_after_a_company_noun_is_no_brand(text: str) -> None:
    found = mentions(text)
    assert not any(m.name[0].islower() for m in found[0])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("LTO Zuid vraagt de provincie om duidelijkheid.", "LTO Zuid"),
        ("Partners zijn de gemeente Ede en LTO Midden.", "LTO Midden"),
    ],
)
def test_a_compass_word_after_an_associations_acronym_names_its_regional_branch(
    text: str, name: str
) -> None:
    found = orgs(text)
    assert name in found
    assert "LTO Nederland" not in found


def test_the_acronym_alone_is_still_the_national_association() -> None:
    assert "LTO Nederland" in orgs("LTO en de boeren zijn het eens over het plan.")


def test_a_known_name_written_with_a_spaced_dash_is_matched_whole() -> None:
    gazetteer = Gazetteer()
    gazetteer.add(
        GazetteerEntry(
            name="University of Varenna",
            kind="university",
            aliases=("Alma Universitas – Università di Varenna",),
        )
    )
    text = "Leiden signed with the Alma Universitas – Università di Varenna on Monday."
    found = organisations_from(find_mentions([text], gazetteer))
    assert [(o.name, o.aliases) for o in found] == [
        ("University of Varenna", ("Alma Universitas – Università di Varenna",))
    ]


# --- two names glued by "and" --------------------------------------------------------------


def test_a_name_glued_to_another_by_and_splits_where_the_page_names_both_apart() -> None:
    found = orgs(
        "Pelham Sensing and Harwick General Hospital have talked about the sensor for a year.",
        "On Friday Pelham Sensing signed a licence for it.",
        "Licensor: Harwick General Hospital",
    )
    assert set(found) == {"Pelham Sensing", "Harwick General Hospital"}
    assert found["Harwick General Hospital"].kind == "hospital"


def test_the_split_half_takes_the_name_the_page_opens_with_it() -> None:
    found = orgs(
        "University of Tarnwick and Ostley Vale trust sign a memorandum",
        "The University of Tarnwick and the Ostley Vale NHS Foundation Trust signed it today.",
    )
    assert set(found) == {"University of Tarnwick", "Ostley Vale NHS Foundation Trust"}
    assert found["Ostley Vale NHS Foundation Trust"].aliases == (
        "Ostley Vale",
        "Ostley Vale NHS Foundation Trust",
    )


def test_two_glued_pairs_in_one_unit_both_split_and_keep_text_order() -> None:
    units = [
        "Pelham Sensing and Harwick General Hospital met, and Dorrel Sensing and Kestow"
        " General Hospital did too.",
        "Pelham Sensing signed. Harwick General Hospital agreed.",
        "Dorrel Sensing paid. Kestow General Hospital hosted it.",
    ]
    first = [(m.surface, m.kind) for m in mentions(*units)[0]]
    assert first == [
        ("Pelham Sensing", None),
        ("Harwick General Hospital", "hospital"),
        ("Dorrel Sensing", None),
        ("Kestow General Hospital", "hospital"),
    ]


@pytest.mark.parametrize(
    "units",
    [
        # The halves never stand alone: one name with "and" in it.
        ("Quillmere Eye and Ear Hospital opened a ward.", "Quillmere Robotics helped."),
        # A portfolio: "Research" stands alone, but "and" joins two fields.
        (
            "The Latvian Ministry of Education and Research signed.",
            "The Latvian Ministry of Education said so. Research goes on.",
        ),
    ],
)
def test_one_name_with_and_in_it_stays_whole(units: tuple[str, ...]) -> None:
    found = orgs(*units)
    assert any(" and " in name for name in found), found


# --- a known name with a Romance head and its seat -----------------------------------------


def test_a_seat_after_a_known_romance_name_names_another_institute_of_its_network() -> None:
    found = orgs("Leiden sloot een akkoord met het Institut Pasteur de Bangui over vaccins.")
    assert list(found) == ["Institut Pasteur de Bangui"]


@pytest.mark.parametrize(
    "text",
    [
        "Het Institut Pasteur de afgelopen jaren was een partner.",  # "de" is an article
        "Leiden worked with the Institut Pasteur in Paris.",  # "in" describes
    ],
)
def test_a_known_romance_name_without_a_seat_stays_itself(text: str) -> None:
    assert list(orgs(text)) == ["Institut Pasteur"]


# --- a university by its initials, and its units named after them -------------------------


def test_initials_and_a_unit_named_after_them_fold_into_the_university_named_in_full() -> None:
    found = orgs(
        "The NVU Hartwell School of Public Health and Brantec Ltd signed a memorandum.",
        "Brantec Ltd and NVU have run a joint lab since 2020.",
        "For Northfield Valley University it is the first tie with a data company.",
    )
    assert set(found) == {"Northfield Valley University", "Brantec Ltd"}
    assert found["Northfield Valley University"].aliases == (
        "NVU Hartwell School of Public Health",
        "NVU",
        "Northfield Valley University",
    )


def test_initials_opening_a_company_name_stay_the_company() -> None:
    found = orgs(
        "NVU Ventures BV and Brantec Ltd signed a licence.",
        "For Northfield Valley University it is the first tie with a data company.",
    )
    assert "NVU Ventures BV" in found


def test_initials_two_universities_share_name_neither() -> None:
    found = orgs(
        "Brantec Ltd and NVU have run a joint lab since 2020.",
        "Northfield Valley University and Nettle Vale University signed a memorandum.",
    )
    assert "NVU" in found


def test_a_country_is_never_the_short_form_of_its_university() -> None:
    found = orgs(
        "The National University of Malta and Corvane Ltd signed a memorandum.",
        "Malta's government will fund the first phase, and Malta will host the lab.",
    )
    assert found["National University of Malta"].aliases == ("National University of Malta",)
