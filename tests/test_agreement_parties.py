"""Who the parties of an agreement are: distributive and collective lists, coreference."""

from __future__ import annotations

from datetime import date

from agreement_cases import PUBLISHED, agreements, party_sets

LEIDEN, DELFT, EUR = (
    "Leiden University",
    "Delft University of Technology",
    "Erasmus University Rotterdam",
)
UU, UVA, TNO = "Utrecht University", "University of Amsterdam", "TNO"


def test_plural_agreements_with_a_list_are_one_per_partner() -> None:
    found = agreements(
        "Leiden University has signed cooperation agreements with Utrecht University, "
        "TU Delft and TNO during a visit to the Science Park."
    )
    assert party_sets(found) == {
        frozenset({LEIDEN, UU}),
        frozenset({LEIDEN, DELFT}),
        frozenset({LEIDEN, TNO}),
    }
    assert {a.type for a in found} == {"agreement"}


def test_dutch_memoranda_met_a_list_are_one_per_partner() -> None:
    found = agreements(
        "De Universiteit Utrecht heeft vorige week memoranda van overeenstemming getekend "
        "met de Universiteit van Amsterdam en TNO."
    )
    assert party_sets(found) == {frozenset({UU, UVA}), frozenset({UU, TNO})}
    assert {a.type for a in found} == {"mou"}


def test_a_singular_covenant_with_a_list_is_one_agreement_of_all() -> None:
    found = agreements(
        "Leiden University has signed a covenant with Utrecht University, TU Delft and TNO."
    )
    assert party_sets(found) == {frozenset({LEIDEN, UU, DELFT, TNO})}


def test_each_signing_with_one_counterpart_is_one_per_signatory() -> None:
    found = agreements(
        "Utrecht University and the University of Amsterdam each signed an agreement with TNO."
    )
    assert party_sets(found) == {frozenset({UU, TNO}), frozenset({UVA, TNO})}


def test_a_later_sentence_about_the_agreements_adds_no_record_of_all_partners() -> None:
    found = agreements(
        "TNO has signed separate research agreements with Leiden University, TU Delft and "
        "Erasmus University Rotterdam.",
        "Under the agreements, the three universities will share two laboratories.",
    )
    assert party_sets(found) == {
        frozenset({TNO, LEIDEN}),
        frozenset({TNO, DELFT}),
        frozenset({TNO, EUR}),
    }


def test_founders_of_a_whole_alliance_are_the_parties_without_its_name() -> None:
    found = agreements(
        "Utrecht University co-founded the Northern Water Alliance in 2021 together with "
        "Leiden University and TU Delft."
    )
    assert [(a.type, frozenset(a.parties), a.date) for a in found] == [
        ("alliance", frozenset({UU, LEIDEN, DELFT}), "2021")
    ]


def test_each_newcomer_admitted_to_an_alliance_is_a_record_of_its_own() -> None:
    found = agreements(
        "Leiden University and TU Delft set up the Northern Water Alliance in 2019.",
        "In 2023 the alliance grew with the arrival of Utrecht University and TNO.",
    )
    alliance = "Northern Water Alliance"
    newcomers = {frozenset(a.parties) for a in found if a.date == "2023"}
    assert newcomers == {frozenset({UU, alliance}), frozenset({TNO, alliance})}
    assert all(a.status == "signed" for a in found if a.date == "2023")


def test_a_member_named_with_its_alliance_only_in_a_side_clause_joins_it() -> None:
    found = agreements(
        "Utrecht University, which chairs the board, was one of the six founding members "
        "when the Northern Water Alliance was set up in 2020."
    )
    assert [(frozenset(a.parties), a.date) for a in found] == [
        (frozenset({UU, "Northern Water Alliance"}), "2020")
    ]


def test_partnerships_with_a_class_of_institutions_are_no_record() -> None:
    found = agreements(
        "TNO follows the rules of Utrecht University, which asks its staff to screen "
        "partnerships with institutions in high-risk countries in advance."
    )
    assert found == []


def test_a_suspension_is_dated_by_the_decision_in_the_next_sentence() -> None:
    found = agreements(
        "De Universiteit Utrecht schort haar samenwerking met TNO op. "
        "Het college van bestuur nam dat besluit maandag.",
        published=date(2025, 3, 12),  # a Wednesday
    )
    assert [(a.type, frozenset(a.parties), a.date) for a in found] == [
        ("termination", frozenset({UU, TNO}), "2025-03-10")
    ]


def test_the_organisation_a_signatory_stands_for_is_a_party() -> None:
    found = agreements(
        "Leiden University and TNO signed the covenant in Delft, where the rector of "
        "Utrecht University also signed."
    )
    assert party_sets(found) == {frozenset({LEIDEN, TNO, UU})}


def test_namens_an_organisation_a_signatory_makes_it_a_party() -> None:
    found = agreements("Namens de Universiteit Utrecht tekende de rector het convenant met TNO.")
    assert [(frozenset(a.parties), a.date) for a in found] == [(frozenset({UU, TNO}), "2025-03-12")]


def test_on_behalf_of_without_a_signing_still_keeps_the_organisation_out() -> None:
    found = agreements(
        "Leiden University and TNO will work together on water research, the spokesperson "
        "said on behalf of Utrecht University."
    )
    assert party_sets(found) == {frozenset({LEIDEN, TNO})}


def test_a_wire_dateline_does_not_date_the_agreement() -> None:
    found = agreements(
        "UTRECHT, March 10, 2025 /Wire/ -- Utrecht University and TNO have signed an agreement."
    )
    assert [a.date for a in found] == ["2025-03-12"]


def test_an_ending_tie_that_began_since_a_year_gives_both_records() -> None:
    found = agreements(
        "Utrecht University ends the partnership with TNO that it has had since 2016.",
        published=date(2025, 3, 12),
    )
    assert sorted((a.type, a.status, a.date) for a in found) == [
        ("partnership", "ongoing", "2016"),
        ("termination", "ended", "2025-03-12"),
    ]
    assert party_sets(found) == {frozenset({UU, TNO})}


def test_the_programme_running_out_dates_the_termination() -> None:
    found = agreements(
        "De Universiteit Utrecht beëindigt het dubbele diploma dat ze sinds 2015 met de "
        "TU Delft aanbiedt.",
        "Het programma loopt af op 31 augustus 2026.",
    )
    assert sorted((a.type, a.date) for a in found) == [
        ("joint_programme", "2015"),
        ("termination", "2026-08-31"),
    ]


def test_not_part_of_the_agreement_is_no_record_but_a_contrast_is_read_on() -> None:
    assert agreements("TNO, a neighbour of Utrecht University, is not part of the agreement.") == []
    found = agreements(
        "TNO is not part of the merger but has signed a letter of intent with Utrecht "
        "University and TU Delft."
    )
    assert party_sets(found) == {frozenset({TNO, UU, DELFT})}


def test_a_signing_and_a_later_renewal_in_one_sentence_are_two_records() -> None:
    found = agreements(
        "Utrecht University and TNO have worked together for years.",
        "Their agreement was signed in 2011 and last renewed in 2019.",
    )
    dated = sorted((a.status, a.date) for a in found if a.type == "agreement")
    assert dated == [("renewed", "2019"), ("signed", "2011")]


def test_clauses_that_share_a_subject_give_a_record_each() -> None:
    found = agreements(
        "TNO has renewed its partnership with Utrecht University, and has signed a new "
        "partnership with Leiden University."
    )
    assert sorted((sorted(a.parties), a.status) for a in found) == [
        ([LEIDEN, TNO], "signed"),
        ([TNO, UU], "renewed"),
    ]


def test_a_cooperation_agreement_signed_by_the_partners_is_the_joint_programme() -> None:
    found = agreements(
        "Utrecht University, Leiden University and TU Delft will offer a joint master's "
        "programme in water management from September 2026.",
        "The three universities signed the cooperation agreement on Monday.",
    )
    assert [(a.type, a.status, a.date) for a in found] == [
        ("joint_programme", "signed", "2025-03-10")
    ]


def test_a_party_added_to_an_earlier_agreement_joins_its_record() -> None:
    found = agreements(
        "TNO and Utrecht University have renewed their partnership.",
        "The renewed partnership also includes Leiden University.",
    )
    assert party_sets(found) == {frozenset({TNO, UU, LEIDEN})}


def test_a_renewal_that_says_when_it_was_first_signed_gives_that_signing_too() -> None:
    found = agreements(
        "Utrecht University and TNO have renewed the agreement they first signed in 2018."
    )
    assert sorted((a.status, a.date) for a in found) == [
        ("renewed", "2025-03-12"),
        ("signed", "2018"),
    ]


def test_the_renewed_agreement_signed_by_named_signatories_is_the_renewal() -> None:
    found = agreements(
        "Utrecht University and TNO renewed their strategic partnership on Monday.",
        "The renewed agreement was signed by the rector of Utrecht University and TNO's "
        "chief executive.",
    )
    assert [(a.type, a.status, a.date) for a in found] == [("partnership", "renewed", "2025-03-10")]


def test_an_organisation_is_never_paired_with_itself() -> None:
    from scraper.extract.agreements.find import find_agreements
    from scraper.extract.organisations.mentions import OrgMention
    from scraper.extract.sentences import Sentence

    text = "The Water Lab Foundation (WLF) and TNO have signed an agreement."
    first, acronym, tno = (
        OrgMention(name, form, text.index(form), text.index(form) + len(form), 0)
        for name, form in (
            ("Water Lab Foundation", "Water Lab Foundation"),
            ("WLF", "WLF"),
            (TNO, "TNO"),
        )
    )
    alone = Sentence(0, 0, len(text), text, orgs=[first, acronym])
    both = Sentence(0, 0, len(text), text, orgs=[first, acronym, tno])
    kinds = {"Water Lab Foundation": "foundation", "WLF": None, TNO: "research_institute"}
    assert find_agreements([alone], kinds, published=PUBLISHED) == ()
    found = find_agreements([both], kinds, published=PUBLISHED)
    assert party_sets(list(found)) == {frozenset({"Water Lab Foundation", TNO})}


def test_members_working_in_a_named_alliance_are_its_parties_without_its_name() -> None:
    found = agreements(
        "De drie universiteiten werken sinds 2012 samen in de alliantie Northern Water "
        "Alliance: Universiteit Utrecht, Universiteit Leiden en TU Delft."
    )
    assert [(frozenset(a.parties), a.date) for a in found] == [
        (frozenset({UU, LEIDEN, DELFT}), "2012")
    ]


def test_a_tie_told_with_the_day_it_ended_gives_its_end_too() -> None:
    found = agreements(
        "The new agreement replaces the covenant of TNO with Utrecht University from 2017, "
        "which ended on 31 December 2024."
    )
    assert sorted((a.type, a.date) for a in found if frozenset(a.parties) == {TNO, UU}) == [
        ("agreement", "2017"),
        ("termination", "2024-12-31"),
    ]


def test_a_description_made_of_a_name_s_words_is_that_organisation() -> None:
    found = agreements(
        "Utrecht University and the Coastal Research Institute signed an MoU today.",
        "Utrecht University has worked with the research institute on drought since 2015.",
    )
    assert ("collaboration", "2015") in {(a.type, a.date) for a in found}
    dated = [a for a in found if a.date == "2015"]
    assert party_sets(dated) == {frozenset({UU, "Coastal Research Institute"})}


def test_repeated_counterparts_each_pair_with_the_one_subject() -> None:
    found = agreements(
        "Met de Universiteit Utrecht werkt TNO samen rond water, met de TU Delft rond "
        "bruggen en met de Universiteit Leiden rond archeologie."
    )
    assert party_sets(found) == {
        frozenset({TNO, UU}),
        frozenset({TNO, DELFT}),
        frozenset({TNO, LEIDEN}),
    }


def test_a_planned_collaboration_after_an_mou_of_the_same_parties_is_its_content() -> None:
    found = agreements(
        "Utrecht University and TNO signed a memorandum of understanding on Monday.",
        "Utrecht University and TNO want to collaborate on flood models.",
        "Utrecht University and TNO have worked together on soil research since 2015.",
    )
    assert sorted((a.type, a.date) for a in found) == [
        ("collaboration", "2015"),
        ("mou", "2025-03-10"),
    ]


def test_a_trigger_in_a_background_relative_clause_does_not_type_the_record() -> None:
    found = agreements(
        "Leiden University, whose institute works closely with TNO on soil, has signed a "
        "letter of intent with TNO and Utrecht University."
    )
    assert [a.type for a in found] == ["mou"]


def test_what_an_agreement_builds_on_is_the_relationship_stated() -> None:
    found = agreements(
        "TNO has signed separate agreements with Utrecht University and TU Delft.",
        "The new agreements build on TNO's collaboration with Leiden University, which "
        "began in 2012.",
    )
    assert ("collaboration", "2012") in {(a.type, a.date) for a in found}


def test_the_three_memoranda_signed_on_a_day_date_each_memorandum() -> None:
    found = agreements(
        "TNO has signed memoranda of understanding with Utrecht University, TU Delft and "
        "Leiden University.",
        "The three memoranda were signed in Delft on 3 March.",
    )
    assert {a.date for a in found} == {"2025-03-03"}
    assert len(found) == 3


def test_a_membership_is_not_dated_by_the_founding_of_the_network() -> None:
    found = agreements(
        "Utrecht University is a member of the Northern Water Alliance, a network of "
        "universities that was founded in 1999."
    )
    assert [(a.type, a.status, a.date) for a in found] == [("alliance", "ongoing", None)]


def test_doing_something_together_since_a_year_is_a_collaboration() -> None:
    found = agreements(
        "Het model is niet nieuw: TNO leidt sinds 2018 samen met de Universiteit Utrecht "
        "technici op in een vergelijkbaar traject."
    )
    assert [(a.type, frozenset(a.parties), a.date) for a in found] == [
        ("collaboration", frozenset({TNO, UU}), "2018")
    ]


def test_a_body_founded_as_a_partnership_of_members_has_the_members_as_parties() -> None:
    found = agreements(
        "The Northern Water Network was founded in 2010 as a partnership of Utrecht "
        "University, TU Delft and TNO."
    )
    assert [(a.type, frozenset(a.parties), a.date) for a in found] == [
        ("partnership", frozenset({UU, DELFT, TNO}), "2010")
    ]


def test_a_body_of_unknown_kind_that_others_are_members_of_is_an_alliance() -> None:
    from scraper.extract.agreements.find import find_agreements
    from scraper.extract.organisations.mentions import OrgMention
    from scraper.extract.sentences import Sentence

    text = "TNO is also a member of the Forum of Applied Labs."
    mentions = [
        OrgMention(TNO, "TNO", 0, 3, 0),
        OrgMention("Forum of Applied Labs", "Forum of Applied Labs", 28, 49, 0),
    ]
    sent = Sentence(0, 0, len(text), text, orgs=mentions)
    kinds = {TNO: "research_institute", "Forum of Applied Labs": None}
    found = find_agreements([sent], kinds, published=PUBLISHED)
    assert [(a.type, frozenset(a.parties)) for a in found] == [
        ("alliance", frozenset({TNO, "Forum of Applied Labs"}))
    ]


def test_a_founding_member_is_dated_by_the_founding() -> None:
    found = agreements(
        "TNO is a founding member of the Northern Water Network, a consortium that was "
        "formed in 2014."
    )
    assert [(frozenset(a.parties), a.date) for a in found] == [
        (frozenset({TNO, "Northern Water Network"}), "2014")
    ]


def test_collaborations_with_a_class_of_knowledge_institutions_are_no_record() -> None:
    found = agreements(
        "TNO investeerde vorig jaar 20 miljoen euro in samenwerkingen met "
        "kennisinstellingen, onder meer met de Universiteit Utrecht."
    )
    assert found == []


def test_what_is_denied_before_but_does_not_type_the_record() -> None:
    found = agreements(
        "TNO is not part of the merger but has signed a letter of intent with Utrecht "
        "University and TU Delft."
    )
    assert [a.type for a in found] == ["mou"]


def test_both_institutions_means_the_pair_the_page_keeps_coming_back_to() -> None:
    found = agreements(
        "Utrecht University and TNO have renewed the agreement they first signed in 2018.",
        "At the same meeting Leiden University and TNO signed a separate letter of intent.",
        "Both institutions are members of the Northern Water Network.",
    )
    members = [frozenset(a.parties) for a in found if "Northern Water Network" in a.parties]
    assert members == [frozenset({UU, TNO, "Northern Water Network"})]


def test_each_membership_takes_the_date_of_its_own_clause() -> None:
    found = agreements(
        "Utrecht University has been a member of the Northern Water Network since 2011, and "
        "TNO is a member of the Delta Research Network."
    )
    assert sorted((sorted(a.parties)[0], a.date) for a in found) == [
        ("Delta Research Network", None),
        ("Northern Water Network", "2011"),
    ]


def test_separately_opening_a_sentence_keeps_a_collective_list() -> None:
    # Wire style: "Separately, ..." turns to another matter; the list stays one record.
    found = agreements(
        "Leiden University and TNO have renewed their partnership.",
        "Separately, Leiden University has worked with Utrecht University and the "
        "University of Amsterdam since 2022 on digitising herbaria.",
    )
    assert frozenset({LEIDEN, UU, UVA}) in party_sets(found)
    assert frozenset({LEIDEN, UU}) not in party_sets(found)


def test_a_separate_agreement_is_one_agreement_but_separate_agreements_are_several() -> None:
    one = agreements(
        "In a separate move, Leiden University signed a covenant with Utrecht University and TNO."
    )
    assert party_sets(one) == {frozenset({LEIDEN, UU, TNO})}
    several = agreements(
        "Leiden University has signed separate agreements with Utrecht University and TNO."
    )
    assert party_sets(several) == {frozenset({LEIDEN, UU}), frozenset({LEIDEN, TNO})}


def test_both_institutions_are_not_the_funder_named_just_before() -> None:
    found = agreements(
        "Leiden University welcomed the University of Amsterdam as a new member of its "
        "graduate school.",
        "The participation of the University of Amsterdam will be paid for by TNO.",
        "Both institutions will take part in joint projects from January 2026.",
    )
    assert frozenset({LEIDEN, UVA}) in party_sets(found)
    assert not any(TNO in a.parties for a in found)


def test_beide_instellingen_zijn_niet_de_financier() -> None:
    found = agreements(
        "De Universiteit Leiden verwelkomt de Universiteit van Amsterdam als nieuw lid van "
        "haar graduate school.",
        "De deelname van de Universiteit van Amsterdam wordt betaald door TNO.",
        "Beide instellingen werken vanaf januari 2026 samen in gezamenlijke projecten.",
    )
    assert frozenset({LEIDEN, UVA}) in party_sets(found)
    assert not any(TNO in a.parties for a in found)


def test_founders_listed_after_the_alliance_they_found_are_its_parties() -> None:
    found = agreements(
        "Seven universities founded the Baltic Sea Alliance on Monday: Leiden University, "
        "Utrecht University, Uppsala University, the University of Tartu, the University of "
        "Bergen, Aarhus University and the University of Helsinki."
    )
    assert [len(a.parties) for a in found] == [7]
    assert "Baltic Sea Alliance" not in found[0].parties
    assert found[0].type == "alliance"


def test_an_alliance_that_signs_is_the_party_not_its_members_in_a_side_clause() -> None:
    en = agreements(
        "The European university alliance Una Europa, of which Leiden University and KU "
        "Leuven are members, signed a memorandum with the University of Tokyo."
    )
    assert [(a.type, frozenset(a.parties)) for a in en] == [
        ("mou", frozenset({"Una Europa", "University of Tokyo"}))
    ]
    nl = agreements(
        "Het consortium Quantum Delta NL, waarvan de Universiteit Leiden en TNO lid zijn, "
        "tekende een intentieverklaring met de Universiteit Utrecht."
    )
    assert [(a.type, frozenset(a.parties)) for a in nl] == [
        ("mou", frozenset({"Quantum Delta NL", UU}))
    ]


def test_the_university_and_the_city_are_the_ones_named_before() -> None:
    en = agreements(
        "The University of Amsterdam signed a letter of intent with the Municipality of "
        "Amsterdam on Monday.",
        "The university and the city have cooperated on housing since 2019.",
    )
    nl = agreements(
        "De Universiteit van Amsterdam tekende maandag een intentieverklaring met de gemeente "
        "Amsterdam.",
        "De universiteit en de gemeente werken sinds 2019 samen aan studentenhuisvesting.",
    )
    for found in (en, nl):
        assert ("collaboration", frozenset({UVA, "Municipality of Amsterdam"}), "2019") in {
            (a.type, frozenset(a.parties), a.date) for a in found
        }


def test_de_groep_is_the_company_named_before_even_when_it_is_in_no_list() -> None:
    found = agreements(
        "Umicore en KU Leuven richten een joint venture op.",
        "De groep heeft sinds 2015 een raamovereenkomst met de Universiteit Utrecht.",
    )
    assert ("agreement", frozenset({"Umicore", UU}), "2015") in {
        (a.type, frozenset(a.parties), a.date) for a in found
    }


def test_partners_of_an_organisation_makes_it_a_party() -> None:
    found = agreements(
        "Leiden University and Utrecht University have signed a joint degree agreement.",
        "Both universities have been partners of TNO since 2010.",
    )
    assert frozenset({LEIDEN, UU, TNO}) in party_sets(found)


def test_a_role_after_a_presence_cue_attends_and_does_not_sign() -> None:
    found = agreements(
        "In the presence of the rector of Utrecht University, Leiden University and TNO "
        "signed an agreement."
    )
    assert party_sets(found) == {frozenset({LEIDEN, TNO})}


def test_a_dutch_presence_cue_ends_at_the_inverted_verb() -> None:
    found = agreements(
        "In aanwezigheid van de burgemeester van Leiden tekenden de Universiteit Leiden en TNO "
        "een convenant."
    )
    assert party_sets(found) == {frozenset({LEIDEN, TNO})}


def test_the_university_inside_a_name_is_not_a_description() -> None:
    found = agreements(
        "Leiden University, TU Delft and Erasmus University Rotterdam signed an alliance "
        "agreement on Monday.",
        "The University of Amsterdam and TNO have worked together on sensors since 2016.",
    )
    assert ("collaboration", frozenset({UVA, TNO})) in {
        (a.type, frozenset(a.parties)) for a in found
    }


def test_a_distributive_list_then_an_elliptic_clause_gives_every_agreement() -> None:
    en = agreements(
        "Leiden University signed agreements with Utrecht University and TNO, and a "
        "memorandum with the University of Amsterdam."
    )
    assert {(a.type, frozenset(a.parties)) for a in en} == {
        ("agreement", frozenset({LEIDEN, UU})),
        ("agreement", frozenset({LEIDEN, TNO})),
        ("mou", frozenset({LEIDEN, UVA})),
    }
    nl = agreements(
        "De Universiteit Leiden sloot overeenkomsten met TNO en de Universiteit Utrecht en een "
        "intentieverklaring met de Universiteit van Amsterdam."
    )
    assert {(a.type, frozenset(a.parties)) for a in nl} == {
        ("agreement", frozenset({LEIDEN, TNO})),
        ("agreement", frozenset({LEIDEN, UU})),
        ("mou", frozenset({LEIDEN, UVA})),
    }


def test_signatories_on_behalf_of_described_organisations_name_the_parties() -> None:
    en = agreements(
        "Leiden University and the Municipality of Leiden presented a housing plan.",
        "The mayor signed the covenant on behalf of the city, the rector on behalf of the "
        "university.",
    )
    nl = agreements(
        "De Universiteit Leiden en de gemeente Leiden presenteerden een woonplan.",
        "De burgemeester tekende het convenant namens de gemeente, de rector namens de "
        "universiteit.",
    )
    for found in (en, nl):
        assert party_sets(found) == {frozenset({LEIDEN, "Municipality of Leiden"})}


def test_plural_agreements_signed_with_a_list_in_a_later_sentence_are_the_subjects() -> None:
    found = agreements(
        "Leiden University has signed two memoranda of understanding and two cooperation "
        "agreements with Dutch partners.",
        "The memoranda were signed with TNO and Naturalis.",
        "The agreements were signed with Utrecht University and the University of Amsterdam.",
    )
    assert {(a.type, frozenset(a.parties)) for a in found} == {
        ("mou", frozenset({LEIDEN, TNO})),
        ("mou", frozenset({LEIDEN, "Naturalis Biodiversity Center"})),
        ("agreement", frozenset({LEIDEN, UU})),
        ("agreement", frozenset({LEIDEN, UVA})),
    }
    nl = agreements(
        "De Universiteit Leiden sloot twee overeenkomsten met Nederlandse partners.",
        "De overeenkomsten werden getekend met TNO en de Universiteit Utrecht.",
    )
    assert party_sets(nl) == {frozenset({LEIDEN, TNO}), frozenset({LEIDEN, UU})}


def test_regions_and_countries_in_a_partner_list_are_no_parties() -> None:
    # Regions the party rule adds beyond the organisation finder's countries, and a
    # country (from that shared list), in both languages.
    found = agreements(
        "Leiden University and TU Delft signed an agreement with Scandinavia, Flanders and "
        "Wallonia."
    )
    assert party_sets(found) == {frozenset({LEIDEN, DELFT})}
    found = agreements(
        "De Universiteit Leiden tekende een samenwerkingsovereenkomst met Vlaanderen en TNO."
    )
    assert party_sets(found) == {frozenset({LEIDEN, TNO})}
    found = agreements("Leiden University, Benelux and TNO signed an agreement.")
    assert party_sets(found) == {frozenset({LEIDEN, TNO})}


def test_the_place_list_is_the_organisation_finders_countries_plus_regions() -> None:
    from scraper.extract.agreements.vocab.coreference import PARTY_REGIONS, PLACES_NOT_PARTIES
    from scraper.extract.organisations.vocab.context import COUNTRY_NAMES
    from scraper.keys import alias_key

    countries = {alias_key(n) for n in COUNTRY_NAMES}
    assert countries <= PLACES_NOT_PARTIES
    assert PLACES_NOT_PARTIES - countries <= PARTY_REGIONS
    assert not PARTY_REGIONS & countries


def test_boards_in_the_plural_sign_for_every_organisation_of_their_list() -> None:
    # "De raden van bestuur van A, B en C": the first organisation follows "van" and is
    # still a party, as with "de raad van bestuur van A".
    found = agreements(
        "De raden van bestuur van de Universiteit Leiden, de TU Delft en TNO zetten dinsdag "
        "hun handtekening onder het convenant."
    )
    assert party_sets(found) == {frozenset({LEIDEN, DELFT, TNO})}
    found = agreements(
        "The boards of governors of Leiden University, TU Delft and TNO signed the covenant "
        "on Tuesday."
    )
    assert party_sets(found) == {frozenset({LEIDEN, DELFT, TNO})}


def test_a_stand_alone_beide_refers_to_the_pair_before() -> None:
    leru = "League of European Research Universities"
    found = agreements(
        "De Universiteit Leiden en de TU Delft tekenden maandag een convenant.",
        "Beide blijven lid van de League of European Research Universities.",
    )
    assert frozenset({LEIDEN, DELFT, leru}) in party_sets(found)


def test_beide_before_a_noun_is_no_pronoun() -> None:
    # "beide akkoorden" names the agreements, not the parties of the sentence before.
    found = agreements(
        "De Universiteit Leiden tekende een akkoord met de TU Delft en een met TNO.",
        "De rector tekende beide akkoorden vorige week in Brussel.",
    )
    assert frozenset({LEIDEN, DELFT, TNO}) not in party_sets(found)


def test_the_trust_and_the_fund_are_the_trust_and_the_fund_named_before() -> None:
    trust = "Oxford University Hospitals NHS Foundation Trust"
    found = agreements(
        "Oxford University Hospitals NHS Foundation Trust has signed two contracts with Philips.",
        "The trust and the University of Oxford have worked together on pathology since 2018.",
    )
    assert frozenset({trust, "University of Oxford"}) in party_sets(found)
    fund = "Fonds Gezond Noorden"
    found = agreements(
        "Fonds Gezond Noorden steunt het onderzoek van het UMCG naar acute zorg.",
        "Het fonds en het UMCG tekenden in december een overeenkomst over een bijdrage.",
    )
    assert frozenset({fund, "University Medical Center Groningen"}) in party_sets(found)


def test_a_funder_list_with_commas_is_all_funders() -> None:
    text = "Leiden University and TU Delft signed a partnership funded by NWO, ZonMw and TNO."
    assert party_sets(agreements(text)) == {frozenset({LEIDEN, DELFT})}


def test_a_comma_and_after_one_funder_starts_a_clause() -> None:
    found = agreements(
        "The project is funded by NWO, and TNO will host the partnership with Leiden University."
    )
    assert party_sets(found) == {frozenset({LEIDEN, TNO})}


def test_regulators_speakers_and_informed_insurers_are_no_parties() -> None:
    found = agreements(
        "De Universiteit Leiden en TNO richten een joint venture op.",
        "De fusie moet nog worden goedgekeurd door de Autoriteit Consument & Markt en door "
        "het ministerie van Onderwijs.",
        "De ACM moet de joint venture nog goedkeuren; zorgverzekeraar Zilveren Kruis is over "
        "de plannen geïnformeerd.",
    )
    assert all(set(s) <= {LEIDEN, TNO} for s in party_sets(found))
    found = agreements(
        "The session on partnerships brought together speakers from Leiden University, TNO "
        "and Philips."
    )
    assert party_sets(found) == set()


def test_leaders_opening_the_sentence_act_for_their_organisations() -> None:
    found = agreements(
        "The presidents of Leiden University, TU Delft and TNO renewed their alliance on Tuesday."
    )
    assert party_sets(found) == {frozenset({LEIDEN, DELFT, TNO})}
    found = agreements(
        "De rectoren van de Universiteit Leiden, de TU Delft en TNO verlengden dinsdag hun "
        "samenwerking."
    )
    assert party_sets(found) == {frozenset({LEIDEN, DELFT, TNO})}


def test_both_trusts_are_the_two_trusts_named_before() -> None:
    oxford = "Oxford University Hospitals NHS Foundation Trust"
    berkshire = "Royal Berkshire NHS Foundation Trust"
    found = agreements(
        "Oxford University Hospitals NHS Foundation Trust and Royal Berkshire NHS Foundation "
        "Trust formed a group in 2019.",
        "Both trusts will keep their teaching agreements with the University of Exeter.",
    )
    sets = party_sets(found)
    assert frozenset({oxford, "University of Exeter"}) in sets
    assert frozenset({berkshire, "University of Exeter"}) in sets
