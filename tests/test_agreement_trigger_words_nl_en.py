"""Trigger words that real news uses and the vocabulary lacked: Dutch "-pact" compounds,
"afspreken" split in the past ("spraken ... af"), a founding charter, merging told as
"samenvoegen" or going on "als één organisatie", and a shared department told with the
subject after a fronted time."""

from __future__ import annotations

import pytest

from tests.agreement_cases import agreements, party_sets

LEIDEN, TNO, UU = "Leiden University", "TNO", "Utrecht University"
EMC, LUMC = "Erasmus MC", "Leiden University Medical Center"


def _one(text: str) -> tuple[str, frozenset[str]]:
    found = agreements(text)
    assert len(found) == 1, found
    return found[0].type, frozenset(found[0].parties)


def test_a_dutch_pact_compound_is_an_agreement() -> None:
    text = "De Universiteit Leiden en TNO ondertekenden dinsdag het Techniekpact Zuid-Holland."
    assert _one(text) == ("agreement", frozenset({LEIDEN, TNO}))


def test_impact_is_no_pact() -> None:
    assert agreements("The impact of Leiden University and TNO on the region is large.") == []


def test_arrangements_made_in_the_past_are_an_agreement() -> None:
    text = "De Universiteit Leiden en TNO spraken vorige week af dat zij samen stages aanbieden."
    assert _one(text) == ("agreement", frozenset({LEIDEN, TNO}))


def test_talking_is_no_agreement() -> None:
    assert agreements("De Universiteit Leiden en TNO spraken vorige week over stages.") == []


def test_a_founding_charter_founds_an_alliance() -> None:
    text = "Leiden University, Utrecht University and TNO signed the founding charter in Delft."
    assert _one(text) == ("alliance", frozenset({LEIDEN, UU, TNO}))


@pytest.mark.parametrize(
    "text",
    [
        "De raden van bestuur van Erasmus MC en het LUMC hebben maandag besloten om beide "
        "ziekenhuizen samen te voegen.",
        "Erasmus MC en het LUMC willen per 1 januari 2028 samen verder als één organisatie.",
    ],
)
def test_merging_told_without_the_word_merger(text: str) -> None:
    assert _one(text) == ("other", frozenset({EMC, LUMC}))


def test_a_department_shared_after_a_fronted_time_is_a_collaboration() -> None:
    text = "Sinds 2023 delen Erasmus MC en het LUMC een afdeling nucleaire geneeskunde."
    assert _one(text) == ("collaboration", frozenset({EMC, LUMC}))


def test_sharing_a_view_is_no_collaboration() -> None:
    assert (
        party_sets(agreements("Erasmus MC en het LUMC delen de zorgen van de minister.")) == set()
    )


@pytest.mark.parametrize(
    ("text", "ttype"),
    [
        ("Philips ended its pilot with the LUMC at the end of last year.", "termination"),
        (
            "Tegelijk komt er een einde aan de werkplaats die Erasmus MC sinds 2019 met het "
            "LUMC had.",
            "termination",
        ),
        (
            "Eerder dit jaar liep een verkenning tussen Erasmus MC en het LUMC in Leiden op "
            "niets uit.",
            "termination",
        ),
        (
            "Erasmus MC, which was renamed in 2003, has been the clinical partner of the LUMC "
            "since 2012.",
            "partnership",
        ),
    ],
)
def test_endings_and_partners_as_news_words_them(text: str, ttype: str) -> None:
    found = agreements(text)
    other = "Philips" if text.startswith("Philips") else EMC
    # The tie that ended may be a record of its own beside the ending ("sinds 2019").
    assert party_sets(found) == {frozenset({other, LUMC})}, found
    assert ttype in [a.type for a in found], found


def test_licensing_in_the_plain_verb_form_is_an_agreement() -> None:
    text = "Philips will license its imaging patents to TNO from next year."
    assert _one(text) == ("agreement", frozenset({"Philips", TNO}))


def test_a_licence_to_operate_is_no_agreement() -> None:
    assert agreements("Philips and TNO each need a licence to operate the reactor.") == []


def test_agreeing_to_act_together_is_an_agreement() -> None:
    text = "TNO and Leiden University have agreed to launch a joint call for research teams."
    assert _one(text) == ("agreement", frozenset({LEIDEN, TNO}))


def test_agreeing_to_buy_stays_an_acquisition() -> None:
    assert _one("Philips has agreed to acquire TNO.") == ("other", frozenset({"Philips", TNO}))


def test_a_joint_thing_held_since_a_year_is_a_collaboration() -> None:
    text = "Erasmus MC en het LUMC hebben sinds 2015 een gezamenlijk fonds voor hartonderzoek."
    assert _one(text) == ("collaboration", frozenset({EMC, LUMC}))
