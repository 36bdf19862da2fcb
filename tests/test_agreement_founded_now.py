"""A company founded together, told in the present as news ("richten samen een joint venture
op"), is signed: dated by the deed told after it, else by the news. A day after the news
told between ("will start operations on 1 March") is the plan, not another event: the day
of the act told after it still dates the founding. Invented sentences."""

from __future__ import annotations

from datetime import date

from agreement_cases import agreements

THURSDAY = date(2026, 2, 12)


def test_a_dutch_founding_in_the_present_is_dated_by_the_deed_told_after() -> None:
    found = agreements(
        "De Universiteit Leiden en Philips richten samen een joint venture op die slimme "
        "sensoren moet bouwen.",
        "De oprichtingsakte werd dinsdag bij een notaris in Leiden ondertekend.",
        published=THURSDAY,
    )
    assert [(a.type, a.status, a.date) for a in found] == [("other", "signed", "2026-02-10")]


def test_a_founder_named_between_the_verb_and_the_company() -> None:
    found = agreements(
        "TNO en Shell richten samen met het Duitse bedrijf BASF een joint venture op voor "
        "batterijrecycling.",
        "De oprichtingsakte werd maandag bij de notaris getekend.",
        published=THURSDAY,
    )
    assert [(a.status, a.date) for a in found] == [("signed", "2026-02-09")]
    assert set(found[0].parties) == {"TNO", "Shell", "BASF"}


def test_a_dutch_founding_in_the_present_without_a_day_takes_the_news() -> None:
    found = agreements(
        "De Universiteit Leiden en Philips richten samen een joint venture op die slimme "
        "sensoren moet bouwen.",
        published=THURSDAY,
    )
    assert [(a.status, a.date) for a in found] == [("signed", "2026-02-12")]


def test_focusing_on_something_founds_nothing() -> None:
    found = agreements(
        "De Universiteit Leiden en Philips richten zich in hun joint venture op medische sensoren.",
        published=THURSDAY,
    )
    assert [(a.type, a.status) for a in found] == [("other", "ongoing")]


def test_a_day_of_the_plan_told_between_does_not_hide_the_day_of_the_act() -> None:
    found = agreements(
        "Leiden University and Philips have founded a joint venture to bring a sensor to market.",
        "The new company will start operations on 1 March with eleven employees.",
        "The rector and the chief executive of Philips signed the shareholder agreement on Monday.",
        published=THURSDAY,
    )
    assert [(a.type, a.date) for a in found] == [("other", "2026-02-09")]


def test_a_past_day_told_between_still_stops_the_search() -> None:
    found = agreements(
        "Leiden University and Philips have founded a joint venture to bring a sensor to market.",
        "The new company started operations on 1 February with eleven employees.",
        "The rector and the chief executive of Philips signed the shareholder agreement on Monday.",
        published=THURSDAY,
    )
    assert [(a.type, a.date) for a in found] == [("other", "2026-02-12")]
