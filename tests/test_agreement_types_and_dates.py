"""Agreement types and record dates in the shapes real news gives them (issue 9, kinds 6
and 7): invented sentences, English and Dutch."""

from __future__ import annotations

from datetime import date

import pytest
from agreement_cases import agreements

LEIDEN, DELFT = "Leiden University", "Delft University of Technology"
PUBLISHED = date(2026, 2, 10)


def records(*paragraphs: str) -> set[tuple[str, str | None, str]]:
    """(type, date, status) of every record found in ``paragraphs``."""
    return {(a.type, a.date, a.status) for a in agreements(*paragraphs, published=PUBLISHED)}


@pytest.mark.parametrize(
    "text",
    [
        "De Universiteit Leiden en de TU Delft hebben hun samenwerking met vijf jaar verlengd.",
        "Leiden University and TU Delft have renewed their collaboration for another five years.",
    ],
)
def test_a_collaboration_renewed_for_a_term_stays_a_collaboration(text: str) -> None:
    # fixtures/gold/README.md: a renewed "samenwerking" stays a collaboration unless the
    # page says the renewed tie is a signed agreement, contract or akkoord.
    assert records(text) == {("collaboration", "2026-02-10", "renewed")}


@pytest.mark.parametrize(
    "text",
    [
        "De samenwerking tussen de Universiteit Leiden en de TU Delft gaat door: beide "
        "universiteiten verlengden hun overeenkomst met vijf jaar.",
        "Leiden University and TU Delft continue their collaboration and have renewed the "
        "agreement behind it for another five years.",
    ],
)
def test_a_collaboration_renewed_as_a_document_is_an_agreement(text: str) -> None:
    assert records(text) == {("agreement", "2026-02-10", "renewed")}


def test_a_collaboration_widened_is_no_renewed_agreement() -> None:
    text = (
        "Leiden University extends its cooperation with TU Delft, which has existed since "
        "2011, to food science."
    )
    assert {t for t, _, _ in records(text)} == {"collaboration"}


@pytest.mark.parametrize(
    "text",
    [
        "De Universiteit Leiden en de TU Delft zetten hun samenwerking minstens vijf jaar voort.",
        "Leiden University and TU Delft will continue their collaboration for another five years.",
    ],
)
def test_going_on_for_a_new_term_is_a_renewal(text: str) -> None:
    assert {(t, s) for t, _, s in records(text)} == {("collaboration", "renewed")}


def test_going_on_without_a_term_is_no_renewal() -> None:
    text = "Leiden University and TU Delft continue to work together on quantum research."
    assert {(t, s) for t, _, s in records(text)} == {("collaboration", "ongoing")}


def test_a_dutch_ending_is_dated_by_the_day_before_its_verb() -> None:
    text = (
        "De alliantie die de Universiteit Leiden en de TU Delft in 2021 aangingen, wordt per "
        "1 januari 2027 ontbonden."
    )
    assert records(text) == {
        ("termination", "2027-01-01", "ended"),
        ("alliance", "2021", "signed"),
    }


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        (
            "Het convenant dat de Universiteit Leiden en de TU Delft in 2019 sloten, wordt met "
            "vijf jaar verlengd.",
            ("agreement", "2019", "signed"),
        ),
        (
            "De Universiteit Leiden en de TU Delft stoppen met de samenwerking die ze in 2019 "
            "begonnen.",
            ("collaboration", "2019", "signed"),
        ),
    ],
)
def test_a_tie_begun_in_a_relative_clause_is_a_record_of_its_own(text, origin) -> None:
    assert origin in records(text)


def test_a_relative_clause_broken_by_a_comma_names_no_beginning() -> None:
    text = (
        "De Universiteit Leiden, die met de TU Delft samenwerkt, heeft in 2019 een convenant "
        "gesloten met de TU Delft."
    )
    assert {d for _, d, _ in records(text)} == {"2019"}


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The merger of Leiden University and TU Delft ends on 1 January 2027.", "2027-01-01"),
        (
            "De fusie van de Universiteit Leiden en de TU Delft eindigt op 1 januari 2027.",
            "2027-01-01",
        ),
        ("The merger between Leiden University and TU Delft will be undone.", None),
        ("De fusie tussen de Universiteit Leiden en de TU Delft wordt ongedaan gemaakt.", None),
        (
            "De Universiteit Leiden en de TU Delft gaan na tien jaar weer als zelfstandige "
            "universiteiten verder.",
            None,
        ),
        ("Leiden University and TU Delft have halted their exchange programme.", "2026-02-10"),
        # A suspension told as news takes the day of the news, "until further notice" or not.
        (
            "Leiden University suspended its partnership with TU Delft until further notice.",
            "2026-02-10",
        ),
    ],
)
def test_the_end_of_a_merger_or_a_halt_is_a_termination(text: str, when: str | None) -> None:
    assert records(text) == {("termination", when, "ended")}


def test_a_merger_that_ends_something_else_is_no_termination() -> None:
    text = "The merger of Leiden University and TU Delft ended a long rivalry."
    assert {t for t, _, _ in records(text)} == {"other"}


@pytest.mark.parametrize(
    ("text", "ttype"),
    [
        (
            "Vorige week donderdag tekenden de Universiteit Leiden en de TU Delft een "
            "overeenkomst voor een joint doctoraat in havenlogistiek.",
            "joint_programme",
        ),
        (
            "De Universiteit Leiden en de TU Delft zetten hun handtekening onder een "
            "consortiumovereenkomst.",
            "consortium",
        ),
        (
            "De Universiteit Leiden en de TU Delft tekenden een partnerschapsovereenkomst.",
            "partnership",
        ),
        (
            "Leiden University will co-operate with TU Delft on bridges, under an agreement the "
            "two institutions put their signatures to in Sendai.",
            "agreement",
        ),
        (
            "Leiden University will work with TU Delft under a memorandum of understanding.",
            "mou",
        ),
        # A collaboration under something that is no agreement stays one.
        (
            "Leiden University will co-operate with TU Delft under the guidance of a steering "
            "group.",
            "collaboration",
        ),
    ],
)
def test_a_noun_of_the_sentence_names_the_type(text: str, ttype: str) -> None:
    assert {t for t, _, _ in records(text)} == {ttype}


@pytest.mark.parametrize(
    ("paragraphs", "when"),
    [
        (
            (
                "Leiden University and Philips have set up a joint venture, the two partners "
                "announced on Tuesday.",
                "The new company, Leiden Imaging BV, will open a plant in the autumn.",
                "The agreement was signed on Monday by both chief executives.",
            ),
            "2026-02-09",
        ),
        (
            (
                "De Universiteit Leiden en Philips hebben een joint venture opgericht.",
                "De nieuwe vennootschap, Leiden Imaging BV, krijgt twaalf medewerkers.",
                "De oprichtingsakte werd maandag verleden bij een notaris.",
            ),
            "2026-02-09",
        ),
        (
            (
                "Leiden University and Philips have set up a joint venture company.",
                "The company, Leiden Imaging Ltd, was incorporated last month.",
            ),
            "2026-01",
        ),
    ],
)
def test_the_act_told_after_a_new_body_is_named_dates_the_venture(paragraphs, when) -> None:
    found = {(a.parties, a.date) for a in agreements(*paragraphs, published=PUBLISHED)}
    assert (("Leiden University", "Philips"), when) in found or (
        ("Philips", "Leiden University"),
        when,
    ) in found


def test_another_organisation_after_the_news_still_moves_the_text_on() -> None:
    found = agreements(
        "Leiden University and Philips have set up a joint venture.",
        "Separately, TU Delft was incorporated into a new network last month.",
        published=PUBLISHED,
    )
    assert [a.date for a in found if set(a.parties) == {LEIDEN, "Philips"}] == ["2026-02-10"]


@pytest.mark.parametrize(
    "text",
    [
        "Leiden University extended its research agreement with TU Delft, first signed in 2021, "
        "until the end of 2029.",
        "De Universiteit Leiden heeft de overeenkomst met de TU Delft, in 2021 voor het eerst "
        "gesloten, verlengd tot eind 2029.",
    ],
)
def test_the_end_of_a_renewed_term_does_not_date_the_renewal(text: str) -> None:
    assert records(text) == {
        ("agreement", "2021", "signed"),
        ("agreement", "2026-02-10", "renewed"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "De gezamenlijke opleiding van de Universiteit Leiden en de TU Delft wordt afgebouwd.",
        "De Universiteit Leiden en de TU Delft bouwen hun gezamenlijke masteropleiding af.",
        "The joint master's programme of Leiden University and TU Delft will be closed.",
        "The joint venture of Leiden University and Philips will be liquidated.",
        "De joint venture van de Universiteit Leiden en Philips wordt geliquideerd.",
    ],
)
def test_a_programme_run_down_or_a_venture_liquidated_is_a_termination(text: str) -> None:
    assert {t for t, _, _ in records(text)} == {"termination"}


def test_a_collaboration_concluded_is_no_termination() -> None:
    text = "De samenwerking tussen de Universiteit Leiden en de TU Delft werd gisteren gesloten."
    assert "termination" not in {t for t, _, _ in records(text)}


@pytest.mark.parametrize(
    ("paragraphs", "earlier"),
    [
        (
            (
                "Het UZ Gent en AZ Groeninge verlengen hun samenwerking rond kinderoncologie.",
                "De nieuwe overeenkomst werd vorige week dinsdag ondertekend. De eerste "
                "overeenkomst dateert van 2019.",
            ),
            "2019",
        ),
        (
            (
                "Leiden University and TU Delft have signed a new agreement on quantum research. "
                "The original agreement was signed in 2016.",
            ),
            "2016",
        ),
        (
            (
                "De Universiteit Leiden en de TU Delft zetten hun samenwerking vijf jaar voort. "
                "De rectoren tekenden donderdag een nieuwe overeenkomst, die het akkoord uit "
                "2016 verlengt.",
            ),
            "2016",
        ),
    ],
)
def test_an_earlier_tie_told_apart_is_a_record_of_its_own(paragraphs, earlier) -> None:
    found = agreements(*paragraphs, published=PUBLISHED)
    dates = sorted(a.date or "" for a in found)
    assert earlier in dates and len(found) == 2, found


def test_an_earlier_tie_of_other_organisations_is_not_the_news_parties() -> None:
    found = agreements(
        "Leiden University and TU Delft have signed a new agreement on quantum research.",
        "The first agreement between Utrecht University and Philips dates from 2016.",
        published=PUBLISHED,
    )
    assert all(set(a.parties) != {LEIDEN, DELFT} or a.date != "2016" for a in found)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "De Universiteit Leiden en de TU Delft willen op termijn samengaan. Als de raden "
                "instemmen, moet de bestuurlijke fusie op 1 januari 2028 een feit zijn.",
            ),
            ("other", "2028-01-01", "planned"),
        ),
        (
            (
                "Leiden University will work with TU Delft on quantum networks. Leiden expects "
                "the work to begin in September.",
            ),
            ("collaboration", "2026-09", "planned"),
        ),
        (
            (
                "De Universiteit Leiden en de TU Delft gaan een strategische alliantie aan. "
                "De ondertekening volgt op 2 maart.",
            ),
            ("alliance", "2026-03-02", "planned"),
        ),
    ],
)
def test_a_plan_is_dated_by_the_start_told_after_it(paragraphs, expected) -> None:
    assert {r[:2] for r in records(*paragraphs)} == {expected[:2]}


def test_the_start_of_a_tie_already_made_does_not_date_a_plan() -> None:
    found = records(
        "Leiden University will also work with TU Delft on dairy training. The first projects "
        "under the renewed agreement start in September."
    )
    assert ("collaboration", None, "planned") in found


def test_a_tie_named_aside_does_not_type_the_sentence() -> None:
    found = records(
        "Alongside the memorandum, Leiden University and TU Delft renewed their lead agency "
        "agreement, first agreed in 2019, for a further four years."
    )
    assert found == {("agreement", "2019", "signed"), ("agreement", "2026-02-10", "renewed")}


def test_alongside_a_dated_signing_is_the_same_day() -> None:
    found = agreements(
        "Leiden University and Utrecht University signed a memorandum on 8 February.",
        "Alongside the memorandum, Leiden University and TU Delft renewed their agreement.",
        published=PUBLISHED,
    )
    assert {a.date for a in found if set(a.parties) == {LEIDEN, DELFT}} == {"2026-02-08"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "De Universiteit Leiden en de TU Delft hebben hun samenwerking vastgelegd in een "
            "convenant.",
            ("agreement", "2026-02-10"),
        ),
        (
            "Met de handtekeningen van beide rectoren is de samenwerking tussen de Universiteit "
            "Leiden en de TU Delft sinds maandag een feit.",
            ("agreement", "2026-02-09"),
        ),
    ],
)
def test_a_tie_put_in_writing_is_an_agreement_of_that_day(text: str, expected) -> None:
    assert {r[:2] for r in records(text)} == {expected}


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "Ook de gezamenlijke opleiding van de Universiteit Leiden en de TU Delft kreeg dit "
            "jaar minder aanmeldingen.",
            None,
        ),
        ("Leiden University and TU Delft have worked together since 2019.", "2019"),
    ],
)
def test_the_current_period_does_not_date_an_ongoing_tie(text: str, when: str | None) -> None:
    assert {d for _, d, _ in records(text)} == {when}


def test_an_ending_with_its_verb_first_and_its_origin_told_with_it() -> None:
    found = records(
        "Tegelijk loopt de oncologische samenwerking van de Universiteit Leiden met de TU Delft "
        "af. Beide instellingen besloten de afspraken uit 2018 niet te verlengen; de "
        "overeenkomst eindigt op 31 maart."
    )
    assert found == {("termination", "2026-03-31", "ended"), ("agreement", "2018", "signed")}


def test_an_origin_with_its_partner_before_the_verb_and_an_end_before_its_verb() -> None:
    found = records(
        "De licentieovereenkomst die de Universiteit Leiden in 2020 met de TU Delft sloot voor "
        "het gebruik van data, wordt eind maart 2027 beëindigd."
    )
    assert found == {("termination", "2027-03", "ended"), ("agreement", "2020", "signed")}


@pytest.mark.parametrize(
    "second",
    [
        "Vanaf 1 september 2027 worden er geen nieuwe studenten meer toegelaten.",
        "From 1 September 2027 no new students will be admitted.",
    ],
)
def test_a_programme_ends_when_it_admits_no_one(second: str) -> None:
    found = records(
        "De Universiteit Leiden en de TU Delft stoppen met hun gezamenlijke bacheloropleiding.",
        second,
    )
    assert found == {("termination", "2027-09-01", "ended")}


def test_the_partners_signing_on_a_day_date_the_venture() -> None:
    found = agreements(
        "Leiden University and Philips have set up a joint venture.",
        "The new company, LeidenTrace BV, is based in Leiden. The partners signed the "
        "shareholders' agreement on Friday at the notary's office.",
        published=PUBLISHED,
    )
    assert {a.date for a in found if a.type == "other"} == {"2026-02-06"}


@pytest.mark.parametrize(
    "text",
    [
        "Earlier this month Leiden University signed double degree agreements with Ghent "
        "University and KU Leuven, in law and in history respectively.",
        "Leiden University signed separate joint degree agreements with Ghent University and "
        "KU Leuven.",
    ],
)
def test_separate_agreements_on_a_joint_degree_are_joint_programmes(text: str) -> None:
    found = agreements(text, published=PUBLISHED)
    assert {(a.type, frozenset(a.parties)) for a in found} == {
        ("joint_programme", frozenset({LEIDEN, "Ghent University"})),
        ("joint_programme", frozenset({LEIDEN, "KU Leuven"})),
    }


@pytest.mark.parametrize(
    "text",
    [
        "In januari beëindigde TNO de samenwerking met de Universiteit Leiden.",
        "Vorig jaar beëindigde TNO zijn samenwerking met de Universiteit Leiden, die twintig "
        "jaar had geduurd.",
    ],
)
def test_a_dutch_ending_verb_before_its_subject_ends_the_tie(text: str) -> None:
    assert [(a.type, a.status) for a in agreements(text, published=PUBLISHED)] == [
        ("termination", "ended")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "De Universiteit Leiden, de TU Delft en TNO hebben een consortium gevormd voor "
        "onderzoek naar waterstof.",
        "De Universiteit Leiden en de TU Delft hebben een alliantie gevormd voor "
        "techniekonderwijs.",
    ],
)
def test_a_dutch_body_formed_as_news_is_signed_on_the_day_of_the_news(text: str) -> None:
    assert {(a.status, a.date) for a in agreements(text, published=PUBLISHED)} == {
        ("signed", "2026-02-10")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Vorige maand zegde de Universiteit Leiden het contract met TNO op.",
        "De Universiteit Leiden zegt het samenwerkingsverband met TNO per 1 juni op, omdat de "
        "subsidie stopt.",
        "De Universiteit Leiden en TNO zegden in januari hun raamovereenkomst over "
        "quantumsensoren op.",
    ],
)
def test_a_dutch_notice_split_around_its_tie_is_a_termination(text: str) -> None:
    assert {(t, s) for t, _d, s in records(text)} == {("termination", "ended")}


def test_saying_something_about_a_contract_is_no_notice() -> None:
    found = records(
        "De Universiteit Leiden zegt dat het contract met TNO op schema ligt.",
    )
    assert "termination" not in {t for t, _d, _s in found}


@pytest.mark.parametrize(
    "text",
    [
        "TNO heeft samenwerkingsovereenkomsten getekend met de Universiteit Leiden en de TU Delft.",
        "TNO has signed collaboration agreements with Leiden University and TU Delft.",
    ],
)
def test_collaboration_agreements_signed_with_each_are_agreements(text: str) -> None:
    assert {t for t, _, _ in records(text)} == {"agreement"}


def test_working_together_told_beside_no_agreement_stays_a_collaboration() -> None:
    assert {t for t, _, _ in records("TNO werkt al jaren samen met de Universiteit Leiden.")} == {
        "collaboration"
    }


@pytest.mark.parametrize(
    "text",
    [
        "De Universiteit Leiden en de TU Delft bieden sinds 2019 gezamenlijke promotietrajecten "
        "in de waterbouw aan.",
        "De TU Delft start met de Universiteit Leiden een gezamenlijk promotieprogramma.",
    ],
)
def test_joint_phd_tracks_are_a_joint_programme(text: str) -> None:
    assert [a.type for a in agreements(text, published=PUBLISHED)] == ["joint_programme"]


def test_a_joint_promotion_campaign_is_no_joint_programme() -> None:
    found = agreements(
        "De Universiteit Leiden en de TU Delft starten een gezamenlijke promotiecampagne voor "
        "hun open dagen.",
        published=PUBLISHED,
    )
    assert "joint_programme" not in [a.type for a in found]
