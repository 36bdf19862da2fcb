"""A tie whose making an aside dates, then the verb that ends it ("The agreement with B,
signed in 2019, ends on 31 August"): the signing and, of its own, the ending, dated by what
follows the verb."""

from __future__ import annotations

import pytest
from agreement_cases import agreements

UU, GHENT = "Utrecht University", "Ghent University"


@pytest.mark.parametrize(
    ("text", "made", "end"),
    [
        (
            "The agreement between Utrecht University and Ghent University, which was signed "
            "in 2019, ends on 31 August.",
            "2019",
            "2025-08-31",
        ),
        (
            "Utrecht University's agreement with Ghent University, first signed in 2018, will "
            "end in June.",
            "2018",
            "2025-06",
        ),
        (
            "Het akkoord van de Universiteit Utrecht met de Universiteit Gent, dat in 2016 werd "
            "gesloten, loopt eind juni af.",
            "2016",
            "2025-06",
        ),
    ],
)
def test_an_ending_after_an_aside_dating_the_making(text: str, made: str, end: str) -> None:
    found = {(a.type, frozenset(a.parties), a.date) for a in agreements(text)}
    assert ("termination", frozenset({UU, GHENT}), end) in found
    assert any(t != "termination" and p == {UU, GHENT} and d == made for t, p, d in found)


def test_an_aside_without_an_ending_verb_ends_nothing() -> None:
    text = (
        "The agreement between Utrecht University and Ghent University, which was signed in "
        "2019, covers joint supervision of doctoral students."
    )
    assert all(a.type != "termination" for a in agreements(text))


@pytest.mark.parametrize(
    "text",
    [
        "Het akkoord met de Universiteit Gent loopt af en wordt niet vernieuwd.",
        "Het akkoord met de Universiteit Gent wordt niet vernieuwd.",
    ],
)
def test_not_renewed_in_dutch_is_an_ending(text: str) -> None:
    lead = "De Universiteit Utrecht tekende maandag een akkoord met TNO."
    found = {(a.type, a.status, frozenset(a.parties)) for a in agreements(lead, text)}
    assert ("termination", "ended", frozenset({UU, GHENT})) in found
    assert not any(status == "renewed" for _t, status, _p in found)


@pytest.mark.parametrize(
    ("text", "end"),
    [
        (
            "Utrecht University and Ghent University end their agreement, which they signed "
            "in 2019, on 31 August.",
            "2025-08-31",
        ),
        (
            "Utrecht University will end its partnership with Ghent University, concluded in "
            "2019, in June.",
            "2025-06",
        ),
        # A date before the clause tells when the ending was announced: the ending's own
        # date follows the clause.
        (
            "Utrecht University said on 3 March that it will end its partnership with Ghent "
            "University, concluded in 2019, in June.",
            "2025-06",
        ),
        (
            "De Universiteit Utrecht maakte op 3 maart bekend dat ze het akkoord met de "
            "Universiteit Gent, dat in 2019 werd gesloten, per 1 juli beëindigt.",
            "2025-07-01",
        ),
    ],
)
def test_an_ending_takes_the_date_outside_the_clause_dating_the_making(text: str, end: str) -> None:
    # The ending's own sentence names the tie; the clause dates when it was made, not
    # when it ends.
    found = {(a.type, frozenset(a.parties), a.date) for a in agreements(text)}
    assert ("termination", frozenset({UU, GHENT}), end) in found
    assert ("termination", frozenset({UU, GHENT}), "2019") not in found


def test_a_making_set_off_by_dashes_before_the_ending_verb() -> None:
    text = (
        "Het akkoord van de Universiteit Utrecht met de Universiteit Gent – in 2016 gesloten – "
        "loopt eind juni af."
    )
    found = {(a.type, frozenset(a.parties), a.date) for a in agreements(text)}
    assert ("termination", frozenset({UU, GHENT}), "2025-06") in found
    assert ("agreement", frozenset({UU, GHENT}), "2016") in found
