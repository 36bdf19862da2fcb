"""Distributive party lists told in the ways real news tells them, and the collective
lists they must be told apart from (by their wording, never by the page)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from agreement_cases import agreements, party_sets

LEIDEN, UU, DELFT = "Leiden University", "Utrecht University", "Delft University of Technology"
TNO, UVA = "TNO", "University of Amsterdam"
GHENT, UPPSALA = "Ghent University", "Uppsala University"


def pairs(one: str, *others: str) -> set[frozenset[str]]:
    return {frozenset({one, other}) for other in others}


@pytest.mark.parametrize(
    "text",
    [
        # "memorandums" is a plural too.
        "Leiden University signed memorandums of understanding with Utrecht University, "
        "TU Delft and TNO.",
        # A country in brackets after each partner does not end the list.
        "Leiden University signed cooperation agreements with Utrecht University "
        "(Netherlands), TU Delft (Netherlands) and TNO (Netherlands).",
        "Leiden University signed an agreement with each of Utrecht University, TU Delft and TNO.",
        "Leiden University signed bilateral agreements with three partners: Utrecht "
        "University, TU Delft and TNO.",
        "Leiden University signed agreements with Utrecht University and TU Delft as well as TNO.",
        # What the memoranda cover may stand between the noun and its list.
        "Leiden University signed memoranda of understanding on student exchange, staff "
        "mobility and joint research projects with Utrecht University, TU Delft and TNO.",
        # Subject told by description or in the passive: the organisation the text is about.
        "Leiden University opened an office in Asia. The university signed memoranda of "
        "understanding with Utrecht University, TU Delft and TNO.",
        "Leiden University hosted a delegation. During the visit, memoranda of understanding "
        "were signed with Utrecht University, TU Delft and TNO.",
        "Leiden University signed agreements with Utrecht University and TU Delft on Monday, "
        "and with TNO on Tuesday.",
        # A count of memoranda and the partner list in the next sentence.
        "Leiden University has signed three memoranda of understanding. The partners are "
        "Utrecht University, TU Delft and TNO.",
        "Leiden University has signed memoranda of understanding with three partners. The "
        "partners are Utrecht University, TU Delft and TNO.",
        "Leiden University signed pacts with Utrecht University, TU Delft and TNO.",
        # What a partner is or where it sits, told between commas or right after it.
        "Leiden University signed memoranda of understanding with TNO, based in The Hague, "
        "Utrecht University and TU Delft.",
        "Leiden University signed memoranda of understanding with Utrecht University, "
        "Europe's greenest campus, TU Delft and TNO.",
        "Leiden University signed memoranda of understanding with TNO of The Hague, TU Delft "
        "and Utrecht University.",
        "De Universiteit Leiden tekende intentieverklaringen met TNO, gevestigd in Den Haag, de "
        "TU Delft en de Universiteit Utrecht.",
        # Their leaders sign for the partners.
        "The rector of Leiden University signed memoranda of understanding with the "
        "presidents of Utrecht University, TU Delft and TNO.",
        "De rector van de Universiteit Leiden tekende intentieverklaringen met de bestuurders "
        "van de Universiteit Utrecht, de TU Delft en TNO.",
        # "afspraken" are agreements in the plural too.
        "De Universiteit Leiden maakte meerjarenafspraken met de Universiteit Utrecht, de TU "
        "Delft en TNO.",
        "De Universiteit Leiden tekende een overeenkomst met elk van de drie partners: de "
        "Universiteit Utrecht, de TU Delft en TNO.",
        # The signatory after the list: a passive agent or a closing attribution.
        "Agreements with Utrecht University, TU Delft and TNO were signed by Leiden "
        "University on Tuesday.",
        "The memoranda with Utrecht University, TU Delft and TNO were signed by Leiden "
        "University's rector.",
        "Intentieverklaringen met de Universiteit Utrecht, de TU Delft en TNO werden dinsdag "
        "door de Universiteit Leiden ondertekend.",
        "Memoranda of understanding were signed with Utrecht University, TU Delft and TNO, "
        "Leiden University said.",
    ],
)
def test_one_signatory_and_a_distributive_list_give_one_record_per_partner(text: str) -> None:
    assert party_sets(agreements(text)) == pairs(LEIDEN, UU, DELFT, TNO)


def test_a_repeated_preposition_makes_a_list_distributive_in_dutch() -> None:
    found = agreements(
        "De Universiteit Leiden tekende met de Universiteit Utrecht en met TNO "
        "samenwerkingsovereenkomsten."
    )
    assert party_sets(found) == pairs(LEIDEN, UU, TNO)


@pytest.mark.parametrize(
    "text",
    [
        "Leiden University said it had concluded separate cooperation agreements with "
        "Utrecht University and with TNO.",
        "Leiden University has collaboration agreements with Utrecht University and with TNO.",
        # One word that holds two trigger words ("samenwerking" inside "akkoorden").
        "De Universiteit Leiden sloot vorige maand samenwerkingsakkoorden met de Universiteit "
        "Utrecht en met TNO.",
    ],
)
def test_a_compound_trigger_before_a_repeated_preposition_is_one_trigger(text: str) -> None:
    # "cooperation agreements" is two trigger words but one noun: one signatory, one
    # agreement per partner, not two clauses.
    assert party_sets(agreements(text)) == pairs(LEIDEN, UU, TNO)


def test_each_clause_after_its_list_keeps_its_own_type_in_dutch_word_order() -> None:
    found = agreements(
        "De Universiteit Leiden tekende met de Universiteit Utrecht een overeenkomst en met "
        "TNO een intentieverklaring."
    )
    assert {(a.type, frozenset(a.parties)) for a in found} == {
        ("agreement", frozenset({LEIDEN, UU})),
        ("mou", frozenset({LEIDEN, TNO})),
    }


def test_several_signatories_of_plural_memoranda_with_one_partner() -> None:
    found = agreements(
        "Utrecht University, TU Delft and TNO signed memoranda of understanding with "
        "Leiden University."
    )
    assert party_sets(found) == pairs(LEIDEN, UU, DELFT, TNO)


def test_respectively_pairs_signatories_and_partners_in_order() -> None:
    found = agreements(
        "Leiden University and Utrecht University signed agreements with TNO and the "
        "University of Amsterdam respectively."
    )
    assert party_sets(found) == {frozenset({LEIDEN, TNO}), frozenset({UU, UVA})}


def test_pairs_after_between_separated_by_semicolons() -> None:
    found = agreements(
        "Memoranda of understanding were signed between Leiden University and Ghent "
        "University; Utrecht University and Uppsala University; and TU Delft and TNO."
    )
    assert party_sets(found) == {
        frozenset({LEIDEN, GHENT}),
        frozenset({UU, UPPSALA}),
        frozenset({DELFT, TNO}),
    }


def test_the_records_just_found_told_again_make_no_collective_record() -> None:
    found = agreements(
        "Leiden University has signed memoranda with Utrecht University and TNO. Both "
        "agreements run for five years."
    )
    assert party_sets(found) == pairs(LEIDEN, UU, TNO)


@pytest.mark.parametrize(
    "text",
    [
        "Leiden University, Utrecht University and TNO signed a joint agreement to set up "
        "a quantum lab.",
        "The three partners, Leiden University, Utrecht University and TNO, signed a joint "
        "agreement.",
        "Leiden University has signed a covenant with Utrecht University and TNO.",
        "De Universiteit Leiden, de Universiteit Utrecht en TNO tekenden samen een convenant.",
        # A singular agreement signed by one of them stays one agreement of all.
        "A covenant with Utrecht University and TNO was signed by Leiden University.",
    ],
)
def test_a_collective_list_stays_one_record(text: str) -> None:
    assert party_sets(agreements(text)) == {frozenset({LEIDEN, UU, TNO})}


def test_becoming_members_is_joining_one_by_one() -> None:
    for text in (
        "Leiden University and Utrecht University became members of the League of "
        "European Research Universities.",
        "De Universiteit Leiden en de Universiteit Utrecht werden in 2020 lid van de "
        "League of European Research Universities.",
    ):
        leru = "League of European Research Universities"
        assert party_sets(agreements(text)) == {
            frozenset({LEIDEN, leru}),
            frozenset({UU, leru}),
        }


@pytest.mark.parametrize(
    ("text", "ttype"),
    [
        ("Leiden University is teaming up with TNO on quantum sensing.", "collaboration"),
        ("Leiden University and TNO joined hands to develop quantum sensors.", "collaboration"),
        ("Leiden University and TNO will pool their expertise in a new lab.", "collaboration"),
        ("Leiden University has partnered with TNO to build a quantum sensor.", "partnership"),
        ("Leiden University inked a deal with TNO on Monday.", "agreement"),
        ("De Universiteit Leiden en TNO slaan de handen ineen.", "collaboration"),
        ("De Universiteit Leiden gaat in zee met TNO.", "collaboration"),
        ("De Universiteit Leiden en TNO willen de krachten bundelen.", "collaboration"),
        ("De Universiteit Leiden en TNO zetten hun handtekening onder de plannen.", "agreement"),
        ("De Universiteit Leiden en TNO sluiten een verbond.", "alliance"),
    ],
)
def test_press_idioms_for_a_new_tie_are_triggers(text: str, ttype: str) -> None:
    found = agreements(text)
    assert [(a.type, frozenset(a.parties)) for a in found] == [(ttype, frozenset({LEIDEN, TNO}))]


def test_a_deal_word_without_a_deal_is_no_trigger() -> None:
    assert agreements("Leiden University deals with many questions from TNO.") == []


def test_it_and_a_description_after_a_name_in_the_sentence_refer_to_that_name() -> None:
    found = agreements(
        "Leiden University has teamed up with Philips on imaging.",
        "Utrecht University is a member of the Coimbra Group, which it joined in 1996, and "
        "chairs the group's working party on marine science.",
    )
    assert party_sets(found) == {
        frozenset({LEIDEN, "Philips"}),
        frozenset({UU, "Coimbra Group"}),
    }


def test_becoming_members_after_a_fronted_phrase_is_joining_one_by_one() -> None:
    leru = "League of European Research Universities"
    found = agreements(
        "Eerder dit jaar werden de Universiteit Leiden en de Universiteit Utrecht lid van de "
        "League of European Research Universities."
    )
    assert party_sets(found) == {frozenset({LEIDEN, leru}), frozenset({UU, leru})}


@pytest.mark.parametrize(
    "text",
    [
        "Leiden University and TNO have abandoned their planned merger.",
        "The merger between Leiden University and TNO has been cancelled.",
        "Leiden University and TNO will not go ahead with the merger.",
        "Leiden University and TNO have scrapped their joint master's programme.",
        "De fusie tussen de Universiteit Leiden en TNO is van de baan.",
        "De Universiteit Leiden en TNO zien af van een fusie.",
        "De gezamenlijke opleiding van de Universiteit Leiden en TNO wordt afgeschaft.",
        "De Universiteit Leiden en TNO trekken de stekker uit hun samenwerking.",
    ],
)
def test_endings_as_the_press_words_them_are_terminations(text: str) -> None:
    found = agreements(text)
    assert [(a.type, a.status, frozenset(a.parties)) for a in found] == [
        ("termination", "ended", frozenset({LEIDEN, TNO}))
    ]


def test_a_cancelled_ceremony_does_not_end_the_agreement_signed() -> None:
    found = agreements(
        "Leiden University signed an agreement with TNO; the ceremony was cancelled due to rain."
    )
    assert [a.type for a in found] == ["agreement"]


def test_an_ending_after_but_ends_only_its_own_clause() -> None:
    found = agreements(
        "TNO zet zijn onderzoekssamenwerking met de Universiteit Leiden voort, maar trekt de "
        "stekker uit een project met de Universiteit Utrecht."
    )
    assert {(a.type, frozenset(a.parties)) for a in found} == {
        ("collaboration", frozenset({TNO, LEIDEN})),
        ("termination", frozenset({TNO, UU})),
    }


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Leiden University signed agreements with:",
            "Utrecht University, on data science;",
            "TU Delft, on quantum computing;",
            "TNO, on defence research.",
        ),
        (
            "De Universiteit Leiden tekende overeenkomsten met:",
            "de Universiteit Utrecht;",
            "de TU Delft;",
            "TNO.",
        ),
        (
            "Leiden University opened an office in Asia.",
            "Memoranda of understanding were signed with the following partners:",
            "Utrecht University (data science)",
            "TU Delft (quantum)",
            "TNO (defence)",
        ),
    ],
)
def test_a_list_item_per_partner_after_a_colon_gives_one_record_each(
    paragraphs: tuple[str, ...],
) -> None:
    assert party_sets(agreements(*paragraphs)) == pairs(LEIDEN, UU, DELFT, TNO)


def test_each_list_item_keeps_the_type_it_names() -> None:
    found = agreements(
        "The agreements signed by Leiden University:",
        "Utrecht University – memorandum of understanding",
        "TNO – research agreement",
    )
    assert {(a.type, frozenset(a.parties)) for a in found} == {
        ("mou", frozenset({LEIDEN, UU})),
        ("agreement", frozenset({LEIDEN, TNO})),
    }


def test_a_singular_agreement_with_a_list_after_a_colon_is_one_agreement() -> None:
    found = agreements("Leiden University signed a covenant with:", "Utrecht University", "TNO")
    assert party_sets(found) == {frozenset({LEIDEN, UU, TNO})}


@pytest.mark.parametrize(
    "text",
    [
        "Leiden University has collaborations with Utrecht University, TU Delft and TNO.",
        "Leiden University forged ties with Utrecht University, TU Delft and TNO.",
        "Leiden University offers double degrees with Utrecht University, TU Delft and TNO.",
        "De Universiteit Leiden heeft samenwerkingen met de Universiteit Utrecht, de TU Delft "
        "en TNO.",
    ],
)
def test_ties_in_the_plural_with_a_list_are_one_per_partner(text: str) -> None:
    assert party_sets(agreements(text)) == pairs(LEIDEN, UU, DELFT, TNO)


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Leiden University opened an office in Asia.",
            "On Tuesday it signed an agreement with TU Delft, and on Wednesday with TNO.",
        ),
        (
            "Leiden University opened an office in Asia.",
            "The university signed an agreement with TU Delft on Monday and with TNO on Tuesday.",
        ),
        (
            "De Universiteit Leiden opende een kantoor in Azië.",
            "De universiteit tekende een overeenkomst met de TU Delft en met TNO.",
        ),
    ],
)
def test_a_repeated_counterpart_with_a_referred_subject(paragraphs: tuple[str, ...]) -> None:
    assert party_sets(agreements(*paragraphs)) == pairs(LEIDEN, DELFT, TNO)


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Leiden University signed three agreements on Tuesday.",
            "With Utrecht University it will develop a data science minor.",
            "With TU Delft it will share a quantum lab.",
            "With TNO it will set up a defence research programme.",
        ),
        (
            "Leiden University signed three agreements on Tuesday. The agreement with Utrecht "
            "University covers data science. The second, with TU Delft, covers quantum. The "
            "third is with TNO.",
        ),
        (
            "De Universiteit Leiden tekende dinsdag drie overeenkomsten. Met de Universiteit "
            "Utrecht gaat het om data science. Met de TU Delft om quantum. Met TNO om defensie.",
        ),
    ],
)
def test_one_sentence_per_partner_after_plural_agreements(paragraphs: tuple[str, ...]) -> None:
    assert party_sets(agreements(*paragraphs)) == pairs(LEIDEN, UU, DELFT, TNO)


def test_a_class_of_partners_named_after_a_colon() -> None:
    found = agreements(
        "Leiden University has signed cooperation agreements with universities in Belgium and "
        "Sweden: Ghent University and Uppsala University."
    )
    assert party_sets(found) == pairs(LEIDEN, GHENT, UPPSALA)
    # Not named: no record.
    assert (
        agreements(
            "Leiden University has signed cooperation agreements with universities in Belgium."
        )
        == []
    )


def test_counted_signatories_that_each_sign_with_one_partner() -> None:
    found = agreements(
        "Leiden University, Utrecht University and TU Delft visited Singapore last week.",
        "The three universities each signed an agreement with TNO.",
    )
    assert party_sets(found) == pairs(TNO, LEIDEN, UU, DELFT)


def test_both_signed_a_memorandum_is_one_each_but_both_signed_the_covenant_is_one() -> None:
    found = agreements(
        "Ghent University and Uppsala University have both signed a memorandum of "
        "understanding with Leiden University."
    )
    assert party_sets(found) == pairs(LEIDEN, GHENT, UPPSALA)
    found = agreements(
        "Ghent University and Uppsala University both signed the covenant with Leiden University."
    )
    assert party_sets(found) == {frozenset({LEIDEN, GHENT, UPPSALA})}


def test_pairs_after_between_with_a_bracketed_short_form() -> None:
    found = agreements(
        "The memoranda were signed between Leiden University and Ghent University; Utrecht "
        "University and Uppsala University; and TU Delft and the Netherlands Organisation "
        "for Applied Scientific Research (TNO)."
    )
    assert party_sets(found) == {
        frozenset({LEIDEN, GHENT}),
        frozenset({UU, UPPSALA}),
        frozenset({DELFT, TNO}),
    }


def test_a_partner_list_opened_by_a_dash() -> None:
    found = agreements(
        "De Universiteit Leiden sloot woensdag met drie partners uit de regio – de "
        "Universiteit Utrecht, de TU Delft en TNO – elk een stageconvenant."
    )
    assert party_sets(found) == pairs(LEIDEN, UU, DELFT, TNO)


@pytest.mark.parametrize(
    "second",
    [
        "The institutions are Utrecht University, TU Delft and TNO.",
        "Het gaat om de Universiteit Utrecht, de TU Delft en TNO.",
    ],
)
def test_the_partners_named_in_the_next_sentence(second: str) -> None:
    found = agreements("Leiden University has signed memoranda with three institutions.", second)
    assert party_sets(found) == pairs(LEIDEN, UU, DELFT, TNO)


def test_separate_contracts_without_a_signatory_found_give_no_pairs_among_partners() -> None:
    found = agreements(
        "Start-up Qubix has signed separate research contracts with Utrecht University, TU "
        "Delft and TNO."
    )
    assert not any({UU, DELFT} <= set(a.parties) for a in found)


def test_an_earlier_record_without_the_named_partner_is_not_the_one_meant() -> None:
    found = agreements(
        "Leiden University has signed memoranda with Utrecht University and TU Delft.",
        "Qubix also extended its research agreement with TNO until 2029.",
    )
    assert frozenset({LEIDEN, UU}) in party_sets(found)
    assert all(TNO not in a.parties or UU not in a.parties for a in found)


@pytest.mark.parametrize(
    "text",
    [
        # The signatory is not found: its partners are no tie among themselves.
        "Het Eindhovense fotonicabedrijf qubix heeft een raamakkoord gesloten met de "
        "Universiteit Utrecht en een intentieverklaring met TNO.",
        "Agreements were signed with Utrecht University and TNO.",
    ],
)
def test_partners_in_counterpart_lists_are_no_tie_among_themselves(text: str) -> None:
    assert not any({UU, TNO} <= set(a.parties) for a in agreements(text))


def test_a_fronted_counterpart_keeps_its_subject() -> None:
    found = agreements("Met de Universiteit Utrecht werkt TNO al jaren samen.")
    assert party_sets(found) == {frozenset({UU, TNO})}


def test_met_respectievelijk_before_the_list_is_one_agreement_per_partner() -> None:
    leiden, uu, tno = "Leiden University", "Utrecht University", "TNO"
    found = agreements(
        "De Universiteit Leiden sloot overeenkomsten met respectievelijk de Universiteit "
        "Utrecht en TNO."
    )
    assert party_sets(found) == {frozenset({leiden, uu}), frozenset({leiden, tno})}
    delft = "Delft University of Technology"
    found = agreements(
        "De Universiteit Leiden en de TU Delft sloten overeenkomsten met respectievelijk de "
        "Universiteit Utrecht en TNO."
    )
    assert party_sets(found) == {frozenset({leiden, uu}), frozenset({delft, tno})}


def test_places_and_appositions_inside_a_counterpart_list_keep_it_one_list() -> None:
    leiden = "Leiden University"
    found = agreements(
        "Leiden University signed memoranda with Uppsala University in Sweden, Ghent "
        "University from Belgium and the University of Tartu."
    )
    assert party_sets(found) == {
        frozenset({leiden, "Uppsala University"}),
        frozenset({leiden, "Ghent University"}),
        frozenset({leiden, "University of Tartu"}),
    }
    found = agreements(
        "Leiden University signed memoranda with Uppsala University, the oldest university "
        "in Sweden, Ghent University and the University of Tartu."
    )
    assert len(party_sets(found)) == 3 and all(len(s) == 2 for s in party_sets(found))
    found = agreements(
        "De Universiteit Leiden sloot overeenkomsten met de Universiteit Utrecht uit "
        "Utrecht, de TU Delft uit Delft en TNO."
    )
    assert party_sets(found) == {
        frozenset({leiden, "Utrecht University"}),
        frozenset({leiden, "Delft University of Technology"}),
        frozenset({leiden, "TNO"}),
    }


def _mentioned(text: str, *names: tuple[str, str]) -> list:
    from scraper.extract.organisations.mentions import OrgMention

    return [
        OrgMention(name, form, text.index(form), text.index(form) + len(form), 0)
        for name, form in names
    ]


def test_a_short_form_in_brackets_resolved_apart_is_still_the_one_signatory() -> None:
    from scraper.extract.agreements.find import find_agreements
    from scraper.extract.sentences import Sentence

    # The finder resolved the bracketed short form to a name of its own (a sign in it,
    # "W*LAB", cut it short): it is still the signatory named before it, in this sentence
    # and wherever it stands alone.
    text = (
        "The Water Lab Foundation (W*LAB) signed memoranda of understanding with Utrecht "
        "University and TNO."
    )
    again = "Utrecht University and W*LAB have run a joint course since 2019."
    orgs = _mentioned(
        text,
        ("Water Lab Foundation", "Water Lab Foundation"),
        ("LAB", "LAB"),
        (UU, "Utrecht University"),
        (TNO, "TNO"),
    )
    later = _mentioned(again, (UU, "Utrecht University"), ("LAB", "LAB"))
    later = [replace(m, start=m.start + 200, end=m.end + 200, unit=1) for m in later]
    sentences = [
        Sentence(0, 0, len(text), text, orgs=orgs),
        Sentence(1, 200, 200 + len(again), again, orgs=later),
    ]
    kinds = {"Water Lab Foundation": "foundation", "LAB": None, UU: "university", TNO: None}
    found = find_agreements(sentences, kinds, published=date(2025, 3, 12))
    assert party_sets(list(found)) == {
        frozenset({"Water Lab Foundation", UU}),
        frozenset({"Water Lab Foundation", TNO}),
    }


def test_a_short_form_in_brackets_after_a_partner_adds_no_partner() -> None:
    from scraper.extract.agreements.find import find_agreements
    from scraper.extract.sentences import Sentence

    text = (
        "Leiden University signed memoranda of understanding with the Water Lab Foundation "
        "(W*LAB) and TNO."
    )
    orgs = _mentioned(
        text,
        (LEIDEN, "Leiden University"),
        ("Water Lab Foundation", "Water Lab Foundation"),
        ("LAB", "LAB"),
        (TNO, "TNO"),
    )
    kinds = {LEIDEN: "university", "Water Lab Foundation": "foundation", "LAB": None, TNO: None}
    found = find_agreements(
        [Sentence(0, 0, len(text), text, orgs=orgs)], kinds, published=date(2025, 3, 12)
    )
    assert party_sets(list(found)) == pairs(LEIDEN, "Water Lab Foundation", TNO)


def test_a_possessive_name_in_a_partner_list_qualifies_the_next_partner() -> None:
    # "Leiden University's" says whose medical centre it is: it is no partner of its own.
    found = agreements(
        "Erasmus University Rotterdam signed memoranda of understanding with TNO, Leiden "
        "University's LUMC, and Utrecht University."
    )
    assert party_sets(found) == pairs(
        "Erasmus University Rotterdam", TNO, "Leiden University Medical Center", UU
    )


EUR = "Erasmus University Rotterdam"


@pytest.mark.parametrize(
    ("paragraphs", "partners"),
    [
        (
            (
                "Leiden University has concluded memoranda of understanding with five partners.",
                "The memoranda were signed in Tokyo last week. Each is a separate document "
                "between Leiden University and one partner:",
                "Utrecht University (exchange);",
                "TU Delft (quantum);",
                "TNO (defence);",
                "the University of Amsterdam (law);",
                "Erasmus University Rotterdam (health).",
                # Told again after the list: no record of all six.
                "The memoranda cover summer schools that students of all six universities can "
                "attend.",
            ),
            (UU, DELFT, TNO, UVA, EUR),
        ),
        (
            (
                "De Universiteit Leiden sloot overeenkomsten met drie partners.",
                "De overeenkomsten werden vorige week getekend. Het gaat om afzonderlijke "
                "documenten van de Universiteit Leiden met telkens één partner:",
                "de Universiteit Utrecht;",
                "de TU Delft;",
                "TNO.",
            ),
            (UU, DELFT, TNO),
        ),
    ],
)
def test_a_list_intro_without_a_trigger_after_plural_agreements_gives_one_each(
    paragraphs: tuple[str, ...], partners: tuple[str, ...]
) -> None:
    found = agreements(*paragraphs)
    assert party_sets(found) == pairs(LEIDEN, *partners)
    # Told and dated by the sentence about the agreements: signed last week.
    assert {a.date for a in found} == {"2025-03"}
