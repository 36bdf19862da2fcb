"""Agreement detection: triggers, parties, coreference, status, dates and merging."""

from __future__ import annotations

from agreement_cases import agreements

from scraper.extract.sentences import split_sentences
from scraper.models import Agreement


def summary(found: list[Agreement]) -> list[tuple[str, frozenset[str], str, str | None]]:
    return [(a.type, frozenset(a.parties), a.status, a.date) for a in found]


LEIDEN, DELFT, EUR = (
    "Leiden University",
    "Delft University of Technology",
    "Erasmus University Rotterdam",
)
LUMC, EMC = "Leiden University Medical Center", "Erasmus MC"


def test_signed_agreement_in_a_dated_item_takes_the_publication_date() -> None:
    found = agreements(
        "Leiden University and TU Delft have signed an agreement on a shared clean room."
    )
    assert summary(found) == [("agreement", frozenset({LEIDEN, DELFT}), "signed", "2025-03-12")]
    assert (
        found[0].evidence
        == "Leiden University and TU Delft have signed an agreement on a shared clean room."
    )
    assert found[0].date_precision == "day"
    assert 0 < found[0].confidence <= 1


def test_explicit_date_in_the_sentence_wins() -> None:
    found = agreements("The LUMC formed an alliance with the Bronovo Hospital in 2006.")
    assert summary(found) == [("alliance", frozenset({LUMC, "Bronovo Hospital"}), "signed", "2006")]
    assert found[0].date_precision == "year"


def test_no_publication_date_means_no_implied_date() -> None:
    found = agreements("Leiden University and TU Delft have signed an agreement.", published=None)
    assert summary(found) == [("agreement", frozenset({LEIDEN, DELFT}), "signed", None)]


def test_ongoing_collaboration_has_no_date() -> None:
    found = agreements("TU Delft and the LUMC have been working together closely for years.")
    assert summary(found) == [("collaboration", frozenset({DELFT, LUMC}), "ongoing", None)]


def test_mention_without_a_trigger_is_no_agreement() -> None:
    assert (
        agreements("Researchers from Leiden University and TU Delft published a paper in Nature.")
        == []
    )


def test_one_organisation_is_not_enough() -> None:
    assert agreements("Leiden University signed an agreement on open access.") == []


def test_dutch_letter_of_intent_with_counted_coreference() -> None:
    found = agreements(
        "Erasmus MC, het Maasstad Ziekenhuis en het Ikazia Ziekenhuis willen de zorg regelen.",
        "De besturen van de drie ziekenhuizen hebben op 3 februari 2025 een intentieverklaring "
        "ondertekend.",
    )
    assert summary(found) == [
        ("mou", frozenset({EMC, "Maasstad Hospital", "Ikazia Hospital"}), "signed", "2025-02-03")
    ]


def test_count_picks_the_most_recent_organisations_of_the_right_kind() -> None:
    found = agreements(
        "Leiden University hosted a visit by TNO.",
        "Later, Erasmus MC, the LUMC and the Alrijne Ziekenhuis met the municipality.",
        "The three hospitals will sign a covenant next year.",
    )
    assert summary(found) == [
        ("agreement", frozenset({EMC, LUMC, "Alrijne Hospital"}), "planned", "2026")
    ]


def test_funders_hosts_and_guests_are_not_parties() -> None:
    found = agreements(
        "Leiden University and TU Delft signed a collaboration agreement in the presence of the "
        "Ministry of Education, Culture and Science, hosted by Naturalis.",
        "The programme is funded by NWO and ZonMw, and Erasmus MC and the LUMC collaborate on it.",
    )
    assert summary(found) == [
        ("agreement", frozenset({LEIDEN, DELFT}), "signed", "2025-03-12"),
        ("collaboration", frozenset({EMC, LUMC}), "ongoing", None),
    ]


def test_partner_list_in_the_next_sentence() -> None:
    found = agreements(
        "Five organisations have formed a consortium for quantum sensing.",
        "The partners are Leiden University, TU Delft, TNO, Philips and ASML.",
    )
    assert summary(found) == [
        ("consortium", frozenset({LEIDEN, DELFT, "TNO", "Philips", "ASML"}), "signed", "2025-03-12")
    ]


def test_pronoun_refers_to_the_previous_sentence() -> None:
    found = agreements(
        "Leiden University and the Municipality of Leiden opened a new lab.",
        "They will collaborate on urban health.",
    )
    assert summary(found) == [
        ("collaboration", frozenset({LEIDEN, "Municipality of Leiden"}), "planned", None)
    ]


def test_collaboration_between_named_in_the_clause() -> None:
    found = agreements(
        "This intensified collaboration between Erasmus MC and TU Delft will also strengthen "
        "the LDE partnership (Leiden University, TU Delft and EUR)."
    )
    assert summary(found) == [
        ("collaboration", frozenset({EMC, DELFT}), "planned", None),
        ("partnership", frozenset({LEIDEN, DELFT, EUR}), "planned", None),
    ]


def test_repeated_mentions_merge_and_keep_the_signing() -> None:
    found = agreements(
        "Leiden University and TU Delft will open a joint quantum lab.",
        "Leiden University and TU Delft signed the agreement on 3 March 2025.",
        "Leiden University and TU Delft expect the agreement to run for ten years.",
        title="Leiden University and TU Delft sign lab agreement",
    )
    assert summary(found) == [("agreement", frozenset({LEIDEN, DELFT}), "signed", "2025-03-03")]
    assert (
        found[0].evidence == "Leiden University and TU Delft signed the agreement on 3 March 2025."
    )


def test_renewal_and_termination_are_records_of_their_own() -> None:
    found = agreements(
        "The LUMC and Haaglanden Medisch Centrum (HMC) have renewed their cooperation agreement.",
        "The first agreement was signed in 2019.",
        "Leiden University and Shell will terminate their research contract on 31 December 2025.",
    )
    assert summary(found) == [
        ("agreement", frozenset({LUMC, "Haaglanden Medisch Centrum"}), "renewed", "2025-03-12"),
        ("agreement", frozenset({LUMC, "Haaglanden Medisch Centrum"}), "signed", "2019"),
        ("termination", frozenset({LEIDEN, "Shell"}), "ended", "2025-12-31"),
    ]


def test_dutch_collaboration_and_termination() -> None:
    found = agreements(
        "Universiteit Leiden en de Hogeschool Leiden werken al jaren samen.",
        "De Hogeschool Leiden en Naturalis stoppen met de samenwerking.",
    )
    # A termination stated in the present takes the news item's date.
    assert summary(found) == [
        (
            "collaboration",
            frozenset({LEIDEN, "Leiden University of Applied Sciences"}),
            "ongoing",
            None,
        ),
        (
            "termination",
            frozenset({"Leiden University of Applied Sciences", "Naturalis Biodiversity Center"}),
            "ended",
            "2025-03-12",
        ),
    ]


def test_joining_an_alliance_makes_a_two_party_alliance_record() -> None:
    found = agreements(
        "Leiden University has joined Una Europa, an alliance backed by the European Commission.",
        "Utrecht University is a member of CHARM-EU, and the University of Groningen belongs to "
        "ENLIGHT.",
    )
    assert summary(found) == [
        ("alliance", frozenset({LEIDEN, "Una Europa"}), "signed", "2025-03-12"),
        ("alliance", frozenset({"Utrecht University", "CHARM-EU"}), "ongoing", None),
        ("alliance", frozenset({"University of Groningen", "ENLIGHT"}), "ongoing", None),
    ]


def test_members_working_in_an_alliance_are_the_parties() -> None:
    found = agreements(
        "Since 2012 Leiden University, TU Delft and Erasmus University Rotterdam have cooperated "
        "in the Leiden-Delft-Erasmus alliance."
    )
    assert summary(found) == [("alliance", frozenset({LEIDEN, DELFT, EUR}), "ongoing", "2012")]


def test_joint_degree_with_both_universities() -> None:
    found = agreements(
        "The University of Amsterdam and VU Amsterdam will start a joint master's programme in "
        "2026.",
        "The boards of both universities signed the joint degree agreement last Monday.",
    )
    assert summary(found) == [
        (
            "joint_programme",
            frozenset({"University of Amsterdam", "Vrije Universiteit Amsterdam"}),
            "signed",
            "2025-03-10",
        )
    ]


def test_negated_partnership_is_ignored() -> None:
    found = agreements(
        "Zilveren Kruis and the Hartstichting advised, but they are not partners in the agreement."
    )
    assert found == []


def test_anaphor_adds_the_signing_date_to_the_previous_record() -> None:
    found = agreements(
        "Wageningen University & Research and FrieslandCampina have renewed their partnership.",
        "The new agreement was signed on 19 February 2025 in Leeuwarden.",
    )
    assert summary(found) == [
        (
            "partnership",
            frozenset({"Wageningen University & Research", "FrieslandCampina"}),
            "renewed",
            "2025-02-19",
        )
    ]


def test_sentence_splitting_keeps_abbreviations() -> None:
    text = "Prof. Jansen of TNO spoke. The B.V. signed it! Next one?"
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == [
        "Prof. Jansen of TNO spoke.",
        "The B.V. signed it!",
        "Next one?",
    ]


def test_a_month_abbreviation_before_a_number_ends_no_sentence() -> None:
    text = (
        "GHENT, Oct. 14, 2026 (Belga) -- The two universities signed it. The deal runs to "
        "Sept. 2031. Talks began in Oct. Nothing else was said."
    )
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "GHENT, Oct. 14, 2026 (Belga) -- The two universities signed it.",
        "The deal runs to Sept. 2031.",
        "Talks began in Oct.",
        "Nothing else was said.",
    ]


def test_joining_is_one_record_per_newcomer_but_membership_is_shared() -> None:
    found = agreements(
        "Aalto University and KTH have joined the ENLIGHT alliance.",
        "Leiden University and KU Leuven are both members of the League of European Research "
        "Universities (LERU).",
    )
    assert summary(found) == [
        ("alliance", frozenset({"Aalto University", "ENLIGHT"}), "signed", "2025-03-12"),
        (
            "alliance",
            frozenset({"KTH Royal Institute of Technology", "ENLIGHT"}),
            "signed",
            "2025-03-12",
        ),
        (
            "alliance",
            frozenset({LEIDEN, "KU Leuven", "League of European Research Universities"}),
            "ongoing",
            None,
        ),
    ]


def test_joining_the_alliance_named_before() -> None:
    found = agreements(
        "Leiden University and TU Delft have launched the Delta Robotics Alliance.",
        "TNO will join the alliance as an associate partner later this year.",
    )
    assert summary(found) == [
        ("alliance", frozenset({LEIDEN, DELFT}), "signed", None),
        ("alliance", frozenset({"TNO", "Delta Robotics Alliance"}), "planned", "2025"),
    ]


def test_funding_subjects_and_groups_side_by_side_are_no_parties() -> None:
    found = agreements(
        "NWO and ZonMw have been asked to support the joint projects.",
        "The European Commission funds ENLIGHT and CHARM-EU through a cooperation scheme.",
        "The founders took Medical Delta and the LDE alliance as examples of good cooperation.",
    )
    assert found == []


def test_the_partners_are_those_of_the_main_relationship() -> None:
    found = agreements(
        "Leiden University, Naturalis and the Municipality of Leiden signed a letter of intent.",
        "Naturalis and Leiden University have worked together since 2010.",
        "The Province of South Holland was asked to contribute to the costs.",
        "The partners expect to sign a final agreement in the autumn of 2025.",
    )
    three = frozenset({LEIDEN, "Naturalis Biodiversity Center", "Municipality of Leiden"})
    assert summary(found) == [
        ("mou", three, "signed", "2025-03-12"),
        ("collaboration", frozenset({LEIDEN, "Naturalis Biodiversity Center"}), "ongoing", "2010"),
        ("agreement", three, "planned", "2025-09"),
    ]


def test_headline_only_counts_when_the_body_lacks_the_relationship() -> None:
    found = agreements(
        "KU Leuven and TU Eindhoven have signed a cooperation agreement on photonics.",
        title="KU Leuven and TU Eindhoven join forces on photonics",
    )
    assert summary(found) == [
        (
            "agreement",
            frozenset({"KU Leuven", "Eindhoven University of Technology"}),
            "signed",
            "2025-03-12",
        ),
    ]


def test_subject_reference_the_university_and_it() -> None:
    found = agreements(
        "Leiden University opened a new campus in The Hague.",
        "The university has worked with the Municipality of The Hague since 1998.",
        "In 2014 it set up the Hague Institute for Global Justice as a partnership with TNO.",
    )
    assert summary(found) == [
        ("collaboration", frozenset({LEIDEN, "Municipality of The Hague"}), "ongoing", "1998"),
        ("partnership", frozenset({LEIDEN, "TNO"}), "signed", "2014"),
    ]


def test_quoted_speech_and_grants_do_not_make_agreements() -> None:
    found = agreements(
        "“We are proud to work with Philips,” said the chair of the Amsterdam UMC board.",
        "Amsterdam UMC received an NWO grant and collaborates with TNO on it.",
    )
    assert summary(found) == [
        ("collaboration", frozenset({"Amsterdam UMC", "TNO"}), "ongoing", None)
    ]


def test_counted_reference_keeps_other_clauses_out() -> None:
    found = agreements(
        "TU Delft and TNO signed a new agreement for QuTech.",
        "Under the agreement both organisations contribute staff, while NWO adds funding.",
    )
    assert summary(found) == [("agreement", frozenset({DELFT, "TNO"}), "signed", "2025-03-12")]


def test_dutch_subject_reference_de_hogeschool() -> None:
    found = agreements(
        "Hogeschool Rotterdam wil meer verpleegkundigen opleiden.",
        "De hogeschool en het Erasmus MC tekenden daartoe op 2 maart een convenant.",
    )
    assert summary(found) == [
        (
            "agreement",
            frozenset({"Rotterdam University of Applied Sciences", EMC}),
            "signed",
            "2025-03-02",
        ),
    ]


def test_coordinated_clauses_give_a_record_each() -> None:
    found = agreements(
        "TU Delft and the Faculty of Science at Leiden University offer joint programmes, and "
        "TU Delft and the LUMC work together on imaging."
    )
    assert summary(found) == [
        ("joint_programme", frozenset({DELFT, LEIDEN}), "ongoing", None),
        ("collaboration", frozenset({DELFT, LUMC}), "ongoing", None),
    ]
