"""Date expressions in English and Dutch: find_dates in running text, parse_date on one string."""

from __future__ import annotations

import random
import re
from datetime import date

import pytest

from scraper.extract.case_blind import DIGIT, match_heads
from scraper.extract.dates import find as dates_module
from scraper.extract.dates.find import find_dates, parse_date
from scraper.extract.dates.formats import timestamp_day
from scraper.extract.dates.regex import word_alternation

# A Wednesday.
REF = date(2024, 11, 20)


def _found(text: str, reference: date | None = REF, **kw) -> list[tuple[str, str, str]]:
    mentions = find_dates(text, reference=reference, **kw)
    for m in mentions:
        assert m.span is not None and text[m.span[0] : m.span[1]] == m.text
    return [(m.text, m.value, m.precision) for m in mentions]


FIND_CASES = [
    # Absolute days, English.
    ("Signed on 12 March 2024 in Leiden.", [("12 March 2024", "2024-03-12", "day")]),
    ("Signed on March 12, 2024.", [("March 12, 2024", "2024-03-12", "day")]),
    ("On the 12th of March 2024 they met.", [("12th of March 2024", "2024-03-12", "day")]),
    ("Tuesday 12 March 2024", [("Tuesday 12 March 2024", "2024-03-12", "day")]),
    ("on Tuesday, 17 June", [("Tuesday, 17 June", "2024-06-17", "day")]),
    ("Sept. 3, 2023", [("Sept. 3, 2023", "2023-09-03", "day")]),
    ("on 1st February 2025", [("1st February 2025", "2025-02-01", "day")]),
    # Absolute days, Dutch.
    ("Per 1 januari 2025 gaat het in.", [("1 januari 2025", "2025-01-01", "day")]),
    ("dinsdag 3 februari 2026", [("dinsdag 3 februari 2026", "2026-02-03", "day")]),
    ("op 14 mrt. 2025", [("14 mrt. 2025", "2025-03-14", "day")]),
    # Numeric and ISO.
    ("Datum: 14-03-2025", [("14-03-2025", "2025-03-14", "day")]),
    ("14/03/2025", [("14/03/2025", "2025-03-14", "day")]),
    ("14.03.2025", [("14.03.2025", "2025-03-14", "day")]),
    ("see 2024-03-12 for details", [("2024-03-12", "2024-03-12", "day")]),
    ("at 2024-03-12T09:00:00+01:00 sharp", [("2024-03-12T09:00:00+01:00", "2024-03-12", "day")]),
    # Day and month without a year take the year nearest the reference.
    ("op 3 februari", [("3 februari", "2025-02-03", "day")]),
    ("on 12 October", [("12 October", "2024-10-12", "day")]),
    ("on March 5th", [("March 5th", "2025-03-05", "day")]),
    # Months.
    ("in March 2024", [("March 2024", "2024-03", "month")]),
    ("in maart 2024", [("maart 2024", "2024-03", "month")]),
    ("approved in August", [("August", "2024-08", "month")]),
    ("sinds mei", [("mei", "2024-05", "month")]),
    # Years.
    ("founded in 2006", [("2006", "2006", "year")]),
    ("since 2019", [("2019", "2019", "year")]),
    ("sinds 2019", [("2019", "2019", "year")]),
    ("vanaf 2027", [("2027", "2027", "year")]),
    ("in the year 2020", [("2020", "2020", "year")]),
    ("2020-2024", [("2020", "2020", "year"), ("2024", "2024", "year")]),
    ("2023/24", [("2023", "2023", "year"), ("24", "2024", "year")]),
    ("from 2025 to 2030", [("2025", "2025", "year"), ("2030", "2030", "year")]),
    ("van 2025 tot 2030", [("2025", "2025", "year"), ("2030", "2030", "year")]),
    ("between 2020 and 2024", [("2020", "2020", "year"), ("2024", "2024", "year")]),
    (
        "in 2019, 2020 and 2021",
        [("2019", "2019", "year"), ("2020", "2020", "year"), ("2021", "2021", "year")],
    ),
    # Seasons: first month of the season.
    ("in spring 2025", [("spring 2025", "2025-03", "season")]),
    ("summer of 2023", [("summer of 2023", "2023-06", "season")]),
    ("autumn 2022", [("autumn 2022", "2022-09", "season")]),
    ("fall 2021", [("fall 2021", "2021-09", "season")]),
    ("winter 2024", [("winter 2024", "2024-12", "season")]),
    ("najaar 2024", [("najaar 2024", "2024-09", "season")]),
    ("in het najaar van 2025", [("najaar van 2025", "2025-09", "season")]),
    ("voorjaar 2026", [("voorjaar 2026", "2026-03", "season")]),
    ("lente 2026", [("lente 2026", "2026-03", "season")]),
    ("zomer 2023", [("zomer 2023", "2023-06", "season")]),
    ("herfst 2023", [("herfst 2023", "2023-09", "season")]),
    # Halves: first month of the half.
    ("mid-2016", [("mid-2016", "2016-06", "half")]),
    ("early 2025", [("early 2025", "2025-01", "half")]),
    ("late 2024", [("late 2024", "2024-07", "half")]),
    ("in the second half of 2024", [("second half of 2024", "2024-07", "half")]),
    ("the first half of 2025", [("first half of 2025", "2025-01", "half")]),
    ("by the end of 2026", [("end of 2026", "2026-07", "half")]),
    ("begin 2025", [("begin 2025", "2025-01", "half")]),
    ("tot eind 2028", [("eind 2028", "2028-07", "half")]),
    ("medio 2026", [("medio 2026", "2026-06", "half")]),
    ("in de tweede helft van 2025", [("tweede helft van 2025", "2025-07", "half")]),
    # Relative days (reference is Wednesday 20 November 2024).
    ("yesterday", [("yesterday", "2024-11-19", "day")]),
    ("today", [("today", "2024-11-20", "day")]),
    ("tomorrow", [("tomorrow", "2024-11-21", "day")]),
    ("gisteren", [("gisteren", "2024-11-19", "day")]),
    ("vandaag", [("vandaag", "2024-11-20", "day")]),
    ("last Tuesday", [("last Tuesday", "2024-11-19", "day")]),
    ("last Wednesday", [("last Wednesday", "2024-11-13", "day")]),
    ("next Monday", [("next Monday", "2024-11-25", "day")]),
    ("afgelopen dinsdag", [("afgelopen dinsdag", "2024-11-19", "day")]),
    ("komende vrijdag", [("komende vrijdag", "2024-11-22", "day")]),
    ("vorige week dinsdag", [("vorige week dinsdag", "2024-11-12", "day")]),
    ("on Tuesday last week", [("Tuesday last week", "2024-11-12", "day")]),
    # A bare weekday is the latest such day on or before the reference.
    ("signed on Monday", [("Monday", "2024-11-18", "day")]),
    ("on Wednesday", [("Wednesday", "2024-11-20", "day")]),
    ("op donderdag", [("donderdag", "2024-11-14", "day")]),
    # Relative weeks, months, years, seasons.
    ("last week", [("last week", "2024-11", "month")]),
    ("vorige week", [("vorige week", "2024-11", "month")]),
    ("next month", [("next month", "2024-12", "month")]),
    ("volgende maand", [("volgende maand", "2024-12", "month")]),
    ("last year", [("last year", "2023", "year")]),
    ("volgend jaar", [("volgend jaar", "2025", "year")]),
    ("earlier this year", [("earlier this year", "2024", "year")]),
    ("later dit jaar", [("later dit jaar", "2024", "year")]),
    ("this autumn", [("this autumn", "2024-09", "season")]),
    ("dit voorjaar", [("dit voorjaar", "2024-03", "season")]),
    ("last summer", [("last summer", "2024-06", "season")]),
    ("next spring", [("next spring", "2025-03", "season")]),
    # Several in one sentence, in order.
    (
        "Signed on 12 March 2024, it runs from 2025 to 2030 and starts in spring 2025.",
        [
            ("12 March 2024", "2024-03-12", "day"),
            ("2025", "2025", "year"),
            ("2030", "2030", "year"),
            ("spring 2025", "2025-03", "season"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIND_CASES)
def test_find_dates(text, expected):
    assert _found(text) == expected


NOT_DATES = [
    "The lecture starts at 15:45.",
    "for five years",
    "three years",
    "10 years of research",
    "a 45-year-old researcher, aged 45",
    "2,000 students enrolled",
    "in 2000 students",
    "4000",
    "The year had 365 days.",
    "Call +31 (0)71 527 2727 or 071-527 2727.",
    "COVID-19 and H1N1",
    "in 1850 the building was new",
    "in 2150",
    "see page 2010",
    "in room 2019",
    "the 2024 Nobel Prize",
    "€ 2024 per year",
    "you may 12 times try",
    "The march 2024 demonstrators",
    "Q1 2024",
    "version 2.0.2024",
    "s morgens vroeg",
    "goede morgen",
    "een bedrag van 2500 euro",
    "van 2020 mensen",
    "ISBN 978-90-2024-123-4",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text):
    assert _found(text) == []


def test_relative_dates_need_a_reference():
    text = "Yesterday and last Tuesday, on 12 March, in August, this autumn; 12 March 2024 stays."
    assert _found(text, reference=None) == [("12 March 2024", "2024-03-12", "day")]


def test_without_a_reference_relative_dates_can_be_kept_unresolved():
    text = (
        "Yesterday and last Tuesday, on 12 March, in August, this autumn, vorige maand, "
        "29 February; 12 March 2024 and since 2019 stay."
    )
    assert _found(text, reference=None, unresolved=True) == [
        ("Yesterday", None, "day"),
        ("last Tuesday", None, "day"),
        ("12 March", None, "day"),
        ("August", None, "month"),
        ("this autumn", None, "season"),
        ("vorige maand", None, "month"),
        ("29 February", None, "day"),
        ("12 March 2024", "2024-03-12", "day"),
        ("2019", "2019", "year"),
    ]
    # With a reference the flag changes nothing.
    assert _found(text, unresolved=True) == _found(text)


def test_mdy_order_reads_numeric_dates_month_first():
    assert _found("03/04/2025", date_order="MDY") == [("03/04/2025", "2025-03-04", "day")]
    assert _found("03/04/2025", date_order="DMY") == [("03/04/2025", "2025-04-03", "day")]


def test_impossible_order_is_read_the_only_possible_way():
    assert _found("03/14/2025", date_order="DMY") == [("03/14/2025", "2025-03-14", "day")]


def test_invalid_calendar_dates_are_skipped():
    assert _found("31 February 2024 and 30-02-2024") == []


def test_language_restriction():
    assert _found("3 februari 2025", languages=("en",)) == []
    assert _found("3 februari 2025", languages=("nl",)) == [
        ("3 februari 2025", "2025-02-03", "day")
    ]


PARSE_CASES = [
    ("2024-03-12T09:00:00+01:00", "2024-03-12", "day"),
    ("2024-03-12T23:30:00-05:00", "2024-03-12", "day"),
    ("2024-03-12T09:00:00Z", "2024-03-12", "day"),
    ("2024-03-12", "2024-03-12", "day"),
    ("2024-03-12 09:00", "2024-03-12", "day"),
    ("12 March 2024", "2024-03-12", "day"),
    ("3 februari 2025", "2025-02-03", "day"),
    ("14-03-2025", "2025-03-14", "day"),
    ("14.03.2025 10:15", "2025-03-14", "day"),
    ("Tue, 12 Mar 2024 09:00:00 GMT", "2024-03-12", "day"),
    ("Published on 12 March 2024 | 10:00", "2024-03-12", "day"),
    ("March 2024", "2024-03", "month"),
    ("maart 2024", "2024-03", "month"),
    ("2024-03", "2024-03", "month"),
    ("2024", "2024", "year"),
    ("spring 2025", "2025-03", "season"),
    ("mid-2016", "2016-06", "half"),
    ("march 12 2024", "2024-03-12", "day"),
]


@pytest.mark.parametrize(("text", "value", "precision"), PARSE_CASES)
def test_parse_date(text, value, precision):
    mention = parse_date(text)
    assert mention is not None
    assert (mention.value, mention.precision) == (value, precision)


@pytest.mark.parametrize(
    "text", ["", "   ", "garbage", "3 years", "10 years ago", "12:30", "4000", "1850", "COVID-19"]
)
def test_parse_date_returns_none_for_non_dates(text):
    assert parse_date(text) is None


def test_parse_date_never_invents_a_day_for_a_month():
    mention = parse_date("March 2024")
    assert mention is not None and mention.precision == "month" and mention.value == "2024-03"


def test_parse_date_respects_date_order():
    assert parse_date("03/04/2025", date_order="MDY").value == "2025-03-04"
    assert parse_date("03/04/2025", date_order="DMY").value == "2025-04-03"


def test_never_raises_on_random_strings():
    rng = random.Random(20241120)
    alphabet = (
        "0123456789-/.,:;+ TZtz' \n\t()[]{}<>€%ëéöï–—"
        "abcdefghijklmnopqrstuvwxyz"
        "MarchmaartmeiMayspringnajaarmidlastvorigeyesterdaygisteren"
    )
    words = [
        "12",
        "March",
        "2024",
        "mid-",
        "in",
        "since",
        "last",
        "week",
        "dinsdag",
        "of",
        "van",
        "31",
        "02",
        "1900",
        "2100",
        "9999",
    ]
    for _ in range(2000):
        if rng.random() < 0.5:
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        else:
            text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 10)))
        reference = rng.choice([None, REF, date(1, 1, 1), date(9999, 12, 31)])
        order = rng.choice(["DMY", "MDY", "YMD", ""])
        for mention in find_dates(text, reference=reference, date_order=order):
            assert text[mention.span[0] : mention.span[1]] == mention.text
        parse_date(text, reference=reference, date_order=order)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Samstag, 14. März 2015", [("Samstag, 14. März 2015", "2015-03-14", "day")]),
        ("am 3. März 2020", [("3. März 2020", "2020-03-03", "day")]),
        ("seit 2019", [("2019", "2019", "year")]),
        ("im Herbst 2023", [("Herbst 2023", "2023-09", "season")]),
    ],
)
def test_german_is_available_on_request(text, expected):
    assert _found(text, languages=("de",)) == expected
    assert _found(text) == [] or text == "seit 2019"


# -- speed-ups that must not change what is found --------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tue Jan 28 15:28:56 CET 2020", "2020-01-28"),  # Unix date(1), with a zone
        ("Sun Mar 1 10:00:00 2020", "2020-03-01"),  # C ctime(), no zone
        ("2022-1-26T14:32:06+02:00", "2022-01-26"),  # ISO with an unpadded month
        ("2020-9-24", "2020-09-24"),
        ("2020/07/13 01:10", "2020-07-13"),  # year first with slashes
        ("2020/10/04 15:05:21", "2020-10-04"),  # year first is never day-first
    ],
)
def test_parse_date_reads_machine_timestamps_without_dateparser(monkeypatch, text, value):
    def no_dateparser(*args):
        raise AssertionError("dateparser was called")

    monkeypatch.setattr(dates_module, "_dateparser", no_dateparser)
    mention = parse_date(text, languages=("nl",))
    assert (mention.value, mention.precision, mention.span) == (value, "day", (0, len(text)))


def test_parse_date_leaves_impossible_timestamps_to_the_fallback():
    assert timestamp_day("2020/02/30") is None
    assert timestamp_day("Tue Feb 30 10:00:00 CET 2020") is None
    assert parse_date("2020/02/30") is None


def test_word_alternation_prefers_the_longest_word_like_a_flat_alternation():
    words = ["jan", "januari", "january", "begin", "begin van", "mar", "maart", "march"]
    flat = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len)[::-1])
    tree = word_alternation(words)
    rng = random.Random(5)
    for _ in range(500):
        text = " ".join(rng.choice(words)[: rng.randint(1, 9)] for _ in range(6))
        text = text.upper() if rng.random() < 0.3 else text
        for suffix in (r"\b", r"\.?\s+\d", ""):
            a = [m.span() for m in re.finditer(rf"\b(?:{flat}){suffix}", text, re.I)]
            b = [m.span() for m in re.finditer(rf"\b(?:{tree}){suffix}", text, re.I)]
            assert a == b, text


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # No digit: only relative patterns run, and only with a reference.
        ("last Tuesday", REF, [("last Tuesday", "2024-11-19", "day")]),
        ("last Tuesday", None, []),
        # A digit but no month word: the month patterns are skipped, numbers still read.
        (
            "on 14-03-2025 in 2024",
            None,
            [("14-03-2025", "2025-03-14", "day"), ("2024", "2024", "year")],
        ),
        # Upper case and a dotless i still find their words (the dotless i used to
        # raise inside the scan and lose every date of the text).
        ("SINCE MARCH 2019", None, [("MARCH 2019", "2019-03", "month")]),
        ("fırst half of 2024", None, [("fırst half of 2024", "2024-01", "half")]),
    ],
)
def test_prefilters_keep_every_match(text, reference, expected):
    assert _found(text, reference=reference) == expected


# -- weekday compounds, relative halves, attributive years, bare seasons, datelines ------

# REF is a Wednesday (2024-11-20).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Het bestuur tekende dinsdagavond de overeenkomst.",
            [("dinsdagavond", "2024-11-19", "day")],
        ),
        ("De partners kwamen maandagochtend bijeen.", [("maandagochtend", "2024-11-18", "day")]),
        (
            "De besturen tekenden gisterenavond het akkoord.",
            [("gisterenavond", "2024-11-19", "day")],
        ),
        # Flemish parts of the day.
        (
            "De ondertekening vond woensdagnamiddag plaats in Jette.",
            [("woensdagnamiddag", "2024-11-20", "day")],
        ),
        (
            "Het akkoord werd maandagvoormiddag getekend.",
            [("maandagvoormiddag", "2024-11-18", "day")],
        ),
        ("Woensdagmiddag volgde de bekendmaking.", [("Woensdagmiddag", "2024-11-20", "day")]),
        (
            "Der Vertrag wurde am Dienstagabend unterzeichnet.",
            [("Dienstagabend", "2024-11-19", "day")],
        ),
        ("The deal was closed on Tuesday evening.", [("Tuesday", "2024-11-19", "day")]),
        ("Signed gisteravond in Den Haag.", [("gisteravond", "2024-11-19", "day")]),
    ],
)
def test_weekday_with_a_part_of_the_day_is_that_weekday(text, expected):
    assert _found(text, languages=("en", "nl", "de")) == expected


def test_a_weekday_compound_is_not_found_without_a_reference():
    assert _found("Het bestuur tekende dinsdagavond.", reference=None) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The decision is due by the end of this year.", [("end of this year", "2024-07", "half")]),
        ("Work starts early next year.", [("early next year", "2025-01", "half")]),
        ("Het besluit valt eind dit jaar.", [("eind dit jaar", "2024-07", "half")]),
        ("De bouw begint begin volgend jaar.", [("begin volgend jaar", "2025-01", "half")]),
        ("Later this year the board decides.", [("Later this year", "2024", "year")]),
    ],
)
def test_half_of_a_relative_year(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 2019 covenant set out the terms.", [("2019", "2019", "year")]),
        ("Het 2030-doel blijft staan.", [("2030", "2030", "year")]),
        ("De afspraken lopen tot en met 2031.", [("2031", "2031", "year")]),
        ("Growth since the 1990s was slow.", []),
        ("The 2000 students who applied were admitted.", []),
        ("Room 2019 is on the second floor.", []),
    ],
)
def test_years_used_as_a_modifier_and_up_to(text, expected):
    assert _found(text, reference=None) == expected


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        (
            "The unions objected in the summer.",
            date(2024, 11, 20),
            [("summer", "2024-06", "season")],
        ),
        (
            "De raad was in het voorjaar al kritisch.",
            date(2024, 5, 2),
            [("voorjaar", "2024-03", "season")],
        ),
        ("Building starts in the autumn.", date(2024, 5, 2), [("autumn", "2024-09", "season")]),
        (
            "Sinds de zomer ligt het project stil.",
            date(2025, 2, 10),
            [("zomer", "2024-06", "season")],
        ),
    ],
)
def test_season_with_an_article_is_the_nearest_one(text, reference, expected):
    assert _found(text, reference=reference) == expected


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # "Next" is the one after this year's: in February, the coming spring is "dit
        # voorjaar", so "volgend voorjaar" is the spring of next year.
        ("Het besluit valt volgend voorjaar.", date(2026, 2, 6), "2027-03"),
        ("Het besluit valt dit voorjaar.", date(2026, 2, 6), "2026-03"),
        ("The pilot ends next summer.", date(2026, 4, 1), "2027-06"),
        ("The pilot ends next summer.", date(2026, 10, 1), "2027-06"),
        # "Next winter" in January: this winter began last December.
        ("The lab opens next winter.", date(2026, 1, 10), "2026-12"),
        ("Vorige zomer liep de proef.", date(2026, 10, 1), "2026-06"),
    ],
)
def test_next_season_is_the_one_after_this_years(text, reference, expected):
    assert [m[1] for m in _found(text, reference=reference)] == [expected]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A start told in the present looks ahead (reference 20 November 2024).
        ("De eerste studenten beginnen in september.", "2025-09"),
        ("The programme starts in September.", "2025-09"),
        # A past cue right before wins over a start word further back ("start-up").
        ("The start-up signed in December.", "2023-12"),
    ],
)
def test_a_month_without_a_year_takes_the_year_its_tense_tells(text, value):
    assert [m.value for m in find_dates(text, reference=REF)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Told as coming: the next one (the nearest 1 September is behind the reference).
        ("The merger will be reversed from 1 September.", "2025-09-01"),
        ("De fusie gaat per 1 september in.", "2025-09-01"),
        # Told as past: the latest one (the nearest 3 March is ahead of the reference).
        ("Both universities signed the agreement on 3 March.", "2024-03-03"),
        ("Het convenant werd op 3 maart getekend.", "2024-03-03"),
        ("De partners tekenden op 3 maart een convenant.", "2024-03-03"),
        # A name ending like an article ("-a", "-de") before the past verb is no article.
        ("Decaan Ilse Hoogma werd op 3 maart herbenoemd.", "2024-03-03"),
        ("De stad Gouda tekende op 3 maart het akkoord.", "2024-03-03"),
        ("Ook Jan van der Velde ondertekende op 3 maart.", "2024-03-03"),
        # A verb in the present right after the day puts it ahead, even after a past verb
        # of another clause (the nearest 1 July is behind the reference).
        ("De regeling, die op 1 juli ingaat, werd door de raad besproken.", "2025-07-01"),
        (
            "Het contract dat beide partners ooit tekenden en dat op 1 juli verloopt.",
            "2025-07-01",
        ),
        ("Hij tekende op 1 juli het contract.", "2024-07-01"),
        # Retroactive: a look-ahead word that looks back.
        ("Het fonds betaalt met terugwerkende kracht tot 1 januari.", "2024-01-01"),
        # Neither: the nearest ("renewed" describes the agreement, not the date).
        ("Projects under the renewed agreement start on 3 March.", "2025-03-03"),
        # A correction note a few days after the news keeps its day.
        ("Dit bericht werd aangepast op 24 november.", "2024-11-24"),
    ],
)
def test_a_day_without_a_year_takes_the_year_its_tense_tells(text, value):
    assert [m.value for m in find_dates(text, reference=REF)] == [value]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "De opleiding start in 2026. 2027 wordt het eerste jaar met tweehonderd studenten.",
            ["2026", "2027"],
        ),
        ("2025 was the year the alliance grew up.", ["2025"]),
        ('"2025 was a hard year," said the rector.', ["2025"]),
        ("Hij zei: “2026 wordt beter.”", ["2026"]),
        # A number opening a sentence with no verb after it may be a quantity.
        ("2500 studenten schreven zich in.", []),
        # Not opening a sentence: no date without a context word.
        ("Room 2025 was full.", []),
    ],
)
def test_a_year_opening_a_sentence_before_its_verb_is_a_date(text, years):
    assert [m.value for m in find_dates(text, reference=REF)] == years


def test_seasons_in_contrast_are_seasons_in_general():
    text = "Heat is stored in the summer and used in the winter."
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("ROTTERDAM, June 4, 2025 /GlobeNewswire/ -- Two hospitals signed a covenant.", []),
        ("GRONINGEN (ANP), 4 juni 2025 – Twee ziekenhuizen tekenden een convenant.", []),
        # A dateline set apart as a paragraph of its own ends with its dash.
        ("STOCKHOLM, Nov. 3, 2026 /PRNewswire/ --", []),
        ("GENT (BELGA), 3 november 2026 –", []),
        # A company's own dateline, without an agency, is left alone.
        ("DELFT, the Netherlands, June 4, 2025 – The firm signed.", ["2025-06-04"]),
        ("On June 4, 2025 – a Wednesday – the firm signed.", ["2025-06-04"]),
    ],
)
def test_wire_datelines_are_not_dates_in_the_text(text, kept):
    mentions = dates_module.drop_dateline(text, find_dates(text))
    assert [m.value for m in mentions] == kept


@pytest.mark.parametrize(
    "text",
    [
        "TROMSØ, May 12 (Reuters) - The port authority signed a deal with two universities.",
        "LYON, 5 May (AFP) – Two hospitals agreed to merge.",
    ],
)
def test_a_wire_dateline_with_the_agency_after_a_date_without_a_year(text):
    found = find_dates(text, reference=date(2026, 5, 20))
    assert [m.value for m in found][:1] in (["2026-05-12"], ["2026-05-05"])
    assert dates_module.drop_dateline(text, found) == found[1:]


@pytest.mark.parametrize(
    ("text", "value"), [("28.01.22", "2022-01-28"), ("31.10.23", "2023-10-31")]
)
def test_parse_date_reads_a_date_line_with_a_two_digit_year(text, value):
    mention = parse_date(text)
    assert mention is not None and (mention.value, mention.precision) == (value, "day")


def test_a_two_digit_year_is_not_read_in_running_text():
    assert find_dates("Version 3.10.22 of the software was released.") == []


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday 17 JUNE 2025 the Université de Genève signed; in Spring 2026 it starts.",
        "Op DINSDAG 3 Juni tekende één partner, vorige Week Maandag de ander (İzmir, März).",
        "Sinds MEI 2024 – “vorig jaar” – werkt \u212aU Leuven mee, in de Zomer meer.",
        "Since May the MAY 2024 deal, in the summer of 2023 and last Spring: ſince 2019.",
    ],
)
def test_lower_cased_scan_finds_what_the_case_blind_scan_finds(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Text that lower-cases exactly is scanned lower-cased with case-sensitive twins of
    # the patterns (speed); the mentions must be those of the case-blind patterns, as written.
    fast = _found(text, reference=date(2025, 6, 18))
    blind = dates_module._Vocab(("en", "nl"))
    blind.twins = tuple(None for _ in blind.twins)
    monkeypatch.setattr(dates_module, "_vocab", lambda languages: blind)
    assert fast
    assert _found(text, reference=date(2025, 6, 18)) == fast


# Reference: Wednesday 20 November 2024.
AHEAD_CASES = [
    # A bare month or season told as ahead is the coming one, not the nearest.
    ("The first students are expected to start in July.", [("July", "2025-07", "month")]),
    ("De eerste studenten zullen in juli beginnen.", [("juli", "2025-07", "month")]),
    ("The first students started in July.", [("July", "2024-07", "month")]),
    ("The unit will run from the summer.", [("summer", "2025-06", "season")]),
    ("Het lab gaat vanaf het voorjaar open.", [("voorjaar", "2025-03", "season")]),
    ("The building was used in the summer.", [("summer", "2024-06", "season")]),
    # A season with its year after a preposition stays one date.
    ("The lab runs until the autumn of 2027.", [("autumn of 2027", "2027-09", "season")]),
    # "over the past year" is a span up to now, no date; "last year" is one.
    ("It was negotiated over the past year.", []),
    ("It was negotiated last year.", [("last year", "2023", "year")]),
    # A year used as a modifier after "a" or a possessive.
    ("Materialise, a 1990 spin-off, grew.", [("1990", "1990", "year")]),
    ("The university revised its 2019 strategy.", [("2019", "2019", "year")]),
]


@pytest.mark.parametrize(("text", "expected"), AHEAD_CASES)
def test_dates_told_ahead_spans_and_modifier_years(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("el 3 de mayo de 2025", [("3 de mayo de 2025", "2025-05-03", "day")]),
        ("em 12 de março de 2024", [("12 de março de 2024", "2024-03-12", "day")]),
        ("en mayo de 2024", [("mayo de 2024", "2024-05", "month")]),
    ],
)
def test_spanish_and_portuguese_dates_with_de(text, expected):
    assert _found(text, languages=("es", "pt")) == expected


# Reference: Wednesday 20 November 2024.
COMING_CASES = [
    # A weekday of an event still running is the coming one (or today).
    ("The fair continues until Tuesday.", [("Tuesday", "2024-11-26", "day")]),
    ("The mission, which ends on Friday, visited Osaka.", [("Friday", "2024-11-22", "day")]),
    ("De missie, die zaterdag afloopt, deed Hanoi aan.", [("zaterdag", "2024-11-23", "day")]),
    ("The mission ends on Wednesday.", [("Wednesday", "2024-11-20", "day")]),
    ("Het pilotproject, dat maandag stopt, liep een jaar.", [("maandag", "2024-11-25", "day")]),
    ("The deal was signed on Friday.", [("Friday", "2024-11-15", "day")]),
    # A month after "vanaf", "from", "tegen": the coming one.
    ("De kamers komen vanaf juli beschikbaar.", [("juli", "2025-07", "month")]),
    ("De scanners worden in de zomer geplaatst.", [("zomer", "2025-06", "season")]),
    # Flemish "tegen 2028" (by 2028) is a year.
    ("De partners willen tegen 2028 één systeem.", [("2028", "2028", "year")]),
    # A month with a relative year is one month date.
    ("The group is dissolved in April next year.", [("April next year", "2025-04", "month")]),
    (
        "Sinds september vorig jaar daalt de wachtlijst.",
        [("september vorig jaar", "2023-09", "month")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMING_CASES)
def test_weekdays_and_months_told_as_coming(text, expected):
    assert _found(text, languages=("en", "nl")) == expected


# Reference: Wednesday 20 November 2024 (a bare January is nearest in 2025).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In January the ministry asked every university to review its ties.", "2024-01"),
        ("In januari werd het akkoord getekend.", "2024-01"),
        ("In January the agreement will be signed.", "2025-01"),
        ("The students start in January.", "2025-01"),
    ],
)
def test_a_bare_month_told_in_the_past_is_the_latest_one(text, expected):
    assert [m[1] for m in _found(text, languages=("en", "nl"))] == [expected]


def test_years_after_more_context_words_in_both_languages() -> None:
    ref = date(2026, 3, 12)
    found = [
        [d.value for d in find_dates(text, reference=ref)]
        for text in (
            "Enrolment grew throughout 2025.",
            "The lab opens starting 2027.",
            "Both partners met in both 2024 and 2025.",
            "Het gebouw moet uiterlijk 2027 klaar zijn.",
            "De woningen komen er vóór 2030.",
            "Het boekjaar 2025 sloot met winst.",
        )
    ]
    assert found == [["2025"], ["2027"], ["2024", "2025"], ["2027"], ["2030"], ["2025"]]


def test_a_range_right_after_a_context_year_gives_both_years() -> None:
    ref = date(2026, 3, 12)
    assert [d.value for d in find_dates("in the academic year 2025/26", reference=ref)] == [
        "2025",
        "2026",
    ]
    assert [d.value for d in find_dates("sinds 2019-2020", reference=ref)] == ["2019", "2020"]
    # Two digits after a spaced dash are no year: "since 2019 - 45 staff".
    assert [d.value for d in find_dates("since 2019 - 45 staff", reference=ref)] == ["2019"]


def test_match_heads_are_the_strings_every_match_starts_with() -> None:
    assert match_heads(re.compile(r"\b(?:(?:mon|tue),?\s+)?(?:jan|january|feb)\.?\s+\d")) == {
        "mon",
        "tue",
        "jan",
        "feb",
    }
    assert match_heads(re.compile(r"(?<!\d)\d+ (?:jan|feb)|\bin\s+\d")) == {DIGIT, "in"}
    # A head of one character is in almost every text: no gate.
    assert match_heads(re.compile(r"\b(?:a|an)\s+\d{4}")) is None
    # Letters of either case: the heads would not be exact.
    assert match_heads(re.compile(r"\b(?-i:jan)", re.IGNORECASE)) is None
    assert match_heads(re.compile(r"\bJan", re.IGNORECASE)) is None
    assert match_heads(re.compile(r"\bjan", re.IGNORECASE)) == {"jan"}
    assert match_heads(re.compile(r".jan")) is None


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday 17 June 2025, and in 2024 (since 2019-2020), last week and vorige week "
        "dinsdag; early 2025, begin volgend jaar, the 2015 agreement, in the summer.",
        "Sinds mei 2024 – “vorig jaar” – werkt één partner mee; 3 feb. 2026, medio 2026, "
        "tussen 2020 en 2024, eergisteren en dinsdagavond, april volgend jaar.",
        "2027 wordt het eerste jaar. Het 2030-doel, in maart, this autumn, mid-2016.",
    ],
)
def test_patterns_tried_at_their_heads_find_what_a_full_scan_finds(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A pattern with heads is tried only where one of them stands (speed); without heads
    # every pattern scans the whole text. Both must give the same mentions.
    gated = _found(text, reference=date(2025, 6, 18))
    vocab = dates_module._vocab(("en", "nl"))
    assert any(h is not None for h in dates_module._heads(vocab).of)
    no_heads = dates_module._Heads(vocab)
    no_heads.of = tuple(None for _ in no_heads.of)
    monkeypatch.setattr(dates_module, "_heads", lambda vocab: no_heads)
    assert len(gated) >= 5
    assert _found(text, reference=date(2025, 6, 18)) == gated


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("The 2015 agreement still holds, and their  2020 plan too.", ["2015", "2020"]),
        (
            "Het 2030-doel staat; a\u00a02019 deal and The2024 report, 12 of the 2000 students.",
            ["2030", "2019", "2024"],
        ),
        (
            "Zij werken aan de 2027 editie, in 2026 en sinds het 2019-akkoord.",
            ["2027", "2026", "2019"],
        ),
    ],
)
def test_attributive_years_tried_before_runs_of_digits_find_what_a_full_scan_finds(
    text: str, years: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # "the 2015 agreement" is tried only an article's length before the white space that
    # ends at a run of digits (speed); scanning the whole text must find the same mentions.
    gated = _found(text, reference=date(2025, 6, 18))
    assert [value for _text, value, _precision in gated] == years
    vocab = dates_module._vocab(("en", "nl"))
    assert vocab.article_lengths is not None
    monkeypatch.setattr(vocab, "article_lengths", None)
    assert _found(text, reference=date(2025, 6, 18)) == gated


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("First hydrogen is planned for 2029.", ["2029"]),
        ("The network looks beyond 2030 and works towards 2035.", ["2030", "2035"]),
        ("De provincie draagt bij, verspreid over 2027 en 2028.", ["2027", "2028"]),
        ("Het jaarverslag over 2025 verschijnt later.", ["2025"]),
        ("De campus groeit richting 2030; sedert 2019 werken ze samen.", ["2030", "2019"]),
        # A number of things after the word is no year.
        ("The hall has room for 2000 students.", []),
        ("Over 2000 students signed the petition.", []),
    ],
)
def test_years_after_for_over_and_towards(text: str, values: list[str]) -> None:
    found = find_dates(text, reference=date(2026, 5, 20))
    assert [d.value for d in found if d.precision == "year"] == values


def test_a_year_after_a_label_colon_is_a_date() -> None:
    ref = date(2026, 3, 12)
    found = [
        [d.value for d in find_dates(text, reference=ref)]
        for text in (
            "Opened: 2014, as a shared lab",
            "Eerste convenant: 2016",
            "Partnership agreed: 2021 (renewed twice)",
            "Founded: 2011\nMerged: 2019",
        )
    ]
    assert found == [["2014"], ["2016"], ["2021"], ["2011", "2019"]]


@pytest.mark.parametrize(
    "text",
    [
        # The label counts something: the number is a quantity.
        "Number of members: 2011",
        "Aantal deelnemers: 2020",
        "Beds: 2012",
        # Words after the number: not a year standing alone under its label.
        "Capacity: 2040 seats",
        "Reading time: 2010 words",
        # No label word before the colon.
        "Gate 4: 2015",
    ],
)
def test_a_number_after_a_label_that_counts_or_runs_on_is_no_year(text: str) -> None:
    assert find_dates(text, reference=date(2026, 3, 12)) == []


def test_a_range_through_or_tot_en_met_gives_both_years() -> None:
    ref = date(2026, 3, 12)
    assert [d.value for d in find_dates("Funding runs 2027 through 2031.", reference=ref)] == [
        "2027",
        "2031",
    ]
    assert [d.value for d in find_dates("Looptijd 2025 tot en met 2029", reference=ref)] == [
        "2025",
        "2029",
    ]


def test_a_year_closing_a_span_from_now_is_a_date() -> None:
    ref = date(2026, 3, 12)
    assert [d.value for d in find_dates("two calls between now and 2029", reference=ref)] == [
        "2029"
    ]
    assert [d.value for d in find_dates("tussen nu en 2030 komen er", reference=ref)] == ["2030"]
    assert find_dates("the gap between now and then", reference=ref) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Told as past: the latest spring before an October item, though the next is nearer.
        ("The levy, announced in the spring, worries the sector.", "2026-03"),
        ("Het plan werd in het voorjaar gepresenteerd.", "2026-03"),
        ("The talks began in the spring.", "2026-03"),
        # Told as coming, or neither: the nearest, the coming one.
        ("The lab will open in the spring.", "2027-03"),
        ("In the spring the board decides on the plan.", "2027-03"),
    ],
)
def test_a_bare_season_told_as_past_is_the_latest_one(text: str, value: str) -> None:
    assert [d.value for d in find_dates(text, reference=date(2026, 10, 2))] == [value]


def test_a_past_verb_far_back_in_a_long_clause_still_puts_a_bare_month_in_the_past() -> None:
    text = (
        "The alliance applied for funding under the European Universities Initiative of the "
        "Erasmus+ programme in February; results are expected in July."
    )
    assert [d.value for d in find_dates(text, reference=date(2026, 11, 23))] == [
        "2026-02",
        "2027-07",
    ]


def test_a_month_in_reported_future_is_the_coming_one() -> None:
    text = "In a statement, the company said it would end its agreement with the lab in March."
    assert [d.value for d in find_dates(text, reference=date(2026, 11, 24))] == ["2027-03"]


# Reference: Wednesday 20 November 2024.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Visitor numbers dropped between July and September, the museum said.",
            [("July", "2024-07", "month"), ("September", "2024-09", "month")],
        ),
        (
            "De proeftuin draait van december tot februari.",
            [("december", "2024-12", "month"), ("februari", "2025-02", "month")],
        ),
        (
            "Het lab sloot tussen april en juni.",
            [("april", "2024-04", "month"), ("juni", "2024-06", "month")],
        ),
        # A year after the second month: that month with its year, as before.
        (
            "The lab is closed between July and September 2025.",
            [("September 2025", "2025-09", "month")],
        ),
    ],
)
def test_two_bare_months_bounding_a_span_are_both_dates(text, expected):
    assert _found(text) == expected


def test_a_year_after_since_is_a_time_even_before_a_counted_noun() -> None:
    ref = date(2026, 8, 27)
    for text in (
        "De twee hogescholen wisselen sinds 2014 studenten uit.",
        "Since 2014 students have moved between the two campuses.",
    ):
        assert [(d.value, d.precision) for d in find_dates(text, reference=ref)] == [
            ("2014", "year")
        ], text


def test_a_year_before_a_counted_noun_after_other_words_stays_a_quantity() -> None:
    ref = date(2026, 8, 27)
    for text in ("Feedback from 2014 students was positive.", "In 2014 students came."):
        assert find_dates(text, reference=ref) == [], text
