"""Find and normalise date expressions in English and Dutch text.

Pure functions: no I/O, no clock. Relative expressions ("yesterday", "last
Tuesday") resolve against an explicit ``reference`` date; without one they are
skipped, or kept unresolved (``value`` None) when the caller asks. Values are
``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` at an honest precision: "March 2024"
is a month, never the 1st of March.

Normalisation rules (shared with the gold annotations): seasons and halves
are the first month of the period (see ``date_vocab``); a weekday on its own
is the most recent such day on or before the reference; a day and month
without a year take the year that puts the date nearest the reference.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import NamedTuple

import ahocorasick

from scraper.extract.case_blind import DIGIT, _foldable, fold_lower, match_at_starts, match_heads
from scraper.extract.dates import vocab as V
from scraper.extract.dates.formats import timestamp_day
from scraper.extract.dates.regex import word_alternation
from scraper.models import DateMention, Precision

log = logging.getLogger(__name__)

MIN_YEAR = 1900
MAX_YEAR = 2100

_YEAR = r"(?:19|20)\d\d|2100"
# A year is not part of a longer number ("12024", "2024.5", "2,024").
_YEAR_ALONE = rf"(?<![\d.,/-])(?:{_YEAR})(?![\d]|[.,]\d)"
_ORD = r"(?:st|nd|rd|th|er|e|ste|de|\.)?"  # "12th", "1e", "3de", German "19.", French "1er"

_MONTH_ABBREVIATIONS = frozenset(
    {
        "jan",
        "feb",
        "mar",
        "mrt",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "okt",
        "nov",
        "dec",
    }
)

# "since May" is a May in the past, never the coming one.
_PAST_CONTEXT = frozenset({"since", "sinds", "seit"})
# How far before a bare month a future cue is looked for (characters).
_AHEAD_WINDOW = 60
# How far back the clause of a bare month may hold the past verb that tells it as past.
_CLAUSE_WINDOW = 120
# How far back a past cue may stand before a date it puts in the past ("signed on").
_BEFORE_WINDOW = 45
# A day told as past may lie this many days after the reference (a correction note).
_PAST_SLACK_DAYS = 7
_RETROACTIVE = re.compile(rf"\b(?:{word_alternation(V.RETROACTIVE)})\b", re.IGNORECASE)
_SPAN_BEFORE_PAST = tuple(f"{w} " for w in V.SPAN_BEFORE_PAST)
_MONTH_AHEAD = frozenset(V.MONTH_AHEAD)
_EFFECT_AHEAD = tuple(f" {w}" for w in V.EFFECT_AHEAD)
_WEEKDAY_AHEAD_BEFORE = tuple(f"{w} " for w in V.WEEKDAY_AHEAD_BEFORE)
# Where a clause ends: the words before a date are looked at from the last of these marks;
# the words after it up to the first of ``_CLAUSE_END``.
_CLAUSE_MARKS = (". ", "; ", ", ", ": ")
_CLAUSE_END = re.compile(r"[,.;:!?]")
_AFTER_PARTICLE = frozenset(V.AFTER_PARTICLE)
_AHEAD_AFTER = re.compile(rf"\s+(?:{word_alternation(V.AHEAD_AFTER)})\b", re.IGNORECASE)


# Every absolute expression has a digit in it; the others are relative and
# need a reference date. A text without digits skips the first kind, a call
# without a reference the second: the skipped patterns could find nothing.
_ONLY_TIME = re.compile(rf"(?:{word_alternation(V.ONLY_TIME_BEFORE)})\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
# Where a run of digits starts: the only places a match of the digit-first patterns can
# start (each has a look-behind that rejects a digit before it).
_DIGIT_RUN = re.compile(r"\d+")
_YEAR_ANY = re.compile(_YEAR)
# A vocabulary word without spaces or punctuation (the whole-word pre-check applies).
_PLAIN_WORD = re.compile(r"[a-z][a-z0-9]*$")
_WORDS = re.compile(r"\w+")
# Where a sentence or a line ends: a label before a colon starts after the last one.
_SENTENCE_BREAK = re.compile(r"[.!?;]\s|\n")
# Letters a case-blind ``re`` pattern equates with i and s, which ``str.lower``
# maps elsewhere ("İ" lowers to two characters).
_REGEX_CASE_FOLD_CHARS = "İıſK"
_REGEX_CASE_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "K": "k"})


def _alt(words: object) -> str:
    """A regex alternation of words, longest first, spaces matching any whitespace."""
    return word_alternation(words)  # type: ignore[arg-type]


class _Pattern(NamedTuple):
    """One date pattern with its handler and what every match of it has in common.

    Everything after ``handler`` serves speed, not meaning: it lets a text skip the
    pattern, or try it at fewer places, where it could match nothing anyway.
    """

    regex: re.Pattern[str]
    handler: Callable[..., DateMention | list[DateMention] | None]
    # The words (or characters) a match can start with; a digit stands for any digit.
    starts: Iterable[str]
    # Words one of which every match contains; empty: no such word.
    required: tuple[str, ...] = ()
    # Every match holds a year (``_YEAR``).
    holds_year: bool = False
    # Every match starts where a run of digits starts (a digit first, none before it).
    digit_first: bool = False


class _Vocab:
    """Merged vocabulary and compiled patterns for one tuple of languages."""

    def __init__(self, languages: tuple[str, ...]) -> None:
        langs = tuple(lang for lang in languages if lang in V.MONTHS) or ("en", "nl")

        def merged(table: dict[str, dict[str, int]]) -> dict[str, int]:
            out: dict[str, int] = {}
            for lang in langs:
                for key, value in table[lang].items():
                    out.setdefault(key, value)
            return out

        self.months = merged(V.MONTHS)
        self.seasons = merged(V.SEASONS)
        self.halves = merged(V.HALVES)
        self.weekdays = merged(V.WEEKDAYS)
        self.modifiers = merged(V.RELATIVE_MODIFIERS)
        self.day_words = merged(V.DAY_WORDS)
        self.units = {k: v for lang in langs for k, v in V.UNIT_WORDS[lang].items()}
        self.day_parts = {w for lang in langs for w in V.DAY_PARTS[lang]}
        year_units = {k for k, v in self.units.items() if v == "year"}
        year_articles = {w for lang in langs for w in V.YEAR_ARTICLES[lang]}
        season_articles = {w for lang in langs for w in V.SEASON_ARTICLES[lang]}
        year_ctx = {w for lang in langs for w in V.YEAR_CONTEXT[lang]}
        month_ctx = {w for lang in langs for w in V.MONTH_CONTEXT[lang]}
        opening_verbs = {w for lang in langs for w in V.YEAR_OPENING_VERBS.get(lang, ())}
        future = {w for lang in langs for w in V.FUTURE_CUES[lang]}
        # Ends at the month's context word: one of the cues in the words before it.
        self.future = re.compile(rf"(?<![\w'’])(?:{_alt(future)})(?![\w'’])", re.IGNORECASE)
        # Dutch separable verbs in the present: each finite form with the particles that
        # complete it (``SEPARABLE_AHEAD``).
        separable: dict[str, set[str]] = {}
        for particle, forms in V.SEPARABLE_AHEAD.items() if "nl" in langs else ():
            for form in forms:
                separable.setdefault(form, set()).add(particle)
        self.separable_particles = {
            form: tuple(sorted(particle.split() for particle in particles))
            for form, particles in separable.items()
        }
        self.separable_verb = (
            re.compile(rf"(?<![\w'’])(?:{_alt(separable)})(?![\w'’])", re.IGNORECASE)
            if separable
            else None
        )
        past = {w for lang in langs for w in V.PAST_CUES[lang]}
        ed = r"|[a-z]{3,}ed" if "en" in langs else ""
        self.past = re.compile(rf"(?<![\w'’])(?:{_alt(past)}{ed})(?![\w'’])", re.IGNORECASE)
        # The same cue before a date: right before it, or a few words before the preposition
        # that leads to it ("signed the agreement on"); not a participle after an article
        # ("the renewed agreement starts on": an adjective).
        glue = _alt(V.PAST_GLUE)
        # (whole words: "Bosma werd op 1 maart" is no article "a" before "werd").
        adjective = "".join(rf"(?<!\b{w} )" for w in V.PARTICIPLE_AFTER)
        self.past_before = re.compile(
            rf"{adjective}(?<![\w'’])(?:{_alt(past)}{ed})\s+"
            rf"(?:(?:(?:{glue})\s+){{0,2}}|(?:[^\s,.;:]+\s+){{1,3}}?(?:(?:{glue})\s+){{1,2}})$",
            re.IGNORECASE,
        )

        month = rf"(?P<month>{_alt(self.months)})\.?"
        weekday = rf"(?:(?:{_alt(self.weekdays)}),?\s+)?"
        day_part = rf"(?:{_alt(self.day_parts)})?" if self.day_parts else ""
        year = rf"(?P<year>{_YEAR_ALONE})"
        flags = re.IGNORECASE
        # The characters and words a match can start with (digits stand for any digit).
        wd, mon, mods = set(self.weekdays), set(self.months), set(self.modifiers)
        digits = ("0123456789",)
        months, seasons, weekdays = tuple(self.months), tuple(self.seasons), tuple(self.weekdays)
        written: list[_Pattern] = [
            # 2024-03-12, 2024-03-12T09:00:00+01:00
            _Pattern(
                re.compile(
                    r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)"
                    r"(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\d-])",
                ),
                self._iso,
                starts=digits,
                digit_first=True,
            ),
            # 14-03-2025, 14/03/2025, 14.03.2025
            _Pattern(
                re.compile(
                    r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)"
                    rf"(?P<y>{_YEAR})(?![\d]|[-/.]\d)"
                ),
                self._numeric,
                starts=digits,
                holds_year=True,
                digit_first=True,
            ),
            # (Tuesday) 12 March 2024, 12th of March 2024, 12-14 March 2024
            _Pattern(
                re.compile(
                    rf"\b{weekday}(?P<day>\d{{1,2}}){_ORD}(?:\s*[-–]\s*\d{{1,2}}{_ORD})?"
                    rf"(?:\s+(?:of|de))?\s+{month}(?:,?\s+(?:de\s+|del\s+)?{year})?\b",
                    flags,
                ),
                self._day_month,
                starts=(*wd, *digits),
                required=months,
            ),
            # (Tuesday,) March 12(th), 2024
            _Pattern(
                re.compile(
                    rf"\b{weekday}{month}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
                    rf"(?![.,:]?\d)(?:,?\s+{year})?",
                    flags,
                ),
                self._day_month,
                starts=wd | mon,
                required=months,
            ),
            # March 2024, maart 2024, March of 2024
            _Pattern(
                re.compile(rf"\b{month}(?:,|\s+of|\s+van|\s+de|\s+del)?\s+{year}", flags),
                self._month_year,
                starts=mon,
                required=months,
                holds_year=True,
            ),
            # in March (year from the reference)
            _Pattern(
                re.compile(
                    rf"\b(?:{_alt(month_ctx)})[\s-]+{month}\b(?!\s*\d)",
                    flags,
                ),
                self._bare_month,
                starts=month_ctx,
                required=months,
            ),
            # spring 2025, summer of 2023, najaar 2024, zomer van 2023
            _Pattern(
                re.compile(
                    rf"\b(?P<season>{_alt(self.seasons)})(?:\s+(?:of|van))?\s+{year}",
                    flags,
                ),
                self._season_year,
                starts=set(self.seasons),
                required=seasons,
                holds_year=True,
            ),
            # this autumn, last summer, dit najaar, afgelopen zomer
            _Pattern(
                re.compile(
                    rf"\b(?P<mod>{_alt(self.modifiers)})\s+(?P<season>{_alt(self.seasons)})\b",
                    flags,
                ),
                self._relative_season,
                starts=mods,
                required=seasons,
            ),
            # mid-2016, early 2025, the second half of 2024, begin 2025, medio 2026
            _Pattern(
                re.compile(
                    rf"\b(?P<half>{_alt(self.halves)})(?:-|\s+)(?:(?:the\s+year|het\s+jaar)\s+)?"
                    rf"(?P<year>{_YEAR})(?![\d]|[.,]\d)",
                    flags,
                ),
                self._half_year,
                starts=set(self.halves),
                required=_first_words(self.halves),
                holds_year=True,
            ),
            # 2020-2024, 2023/24, between 2020 and 2024
            _Pattern(
                re.compile(
                    rf"(?P<y1>{_YEAR_ALONE})\s*(?:[-–—/]|\s+(?:to|through|tot\s+en\s+met|tot|until|t/m)\s+)"
                    rf"\s*(?P<y2>{_YEAR}|\d\d)(?![\d]|[.,]\d|[-/]\d)",
                    flags,
                ),
                self._year_range,
                starts=digits,
                holds_year=True,
                digit_first=True,
            ),
            _Pattern(
                re.compile(
                    rf"\b(?:between|tussen)\s+(?P<y1>{_YEAR_ALONE})\s+(?:and|en)\s+(?P<y2>{_YEAR})\b",
                    flags,
                ),
                self._year_range,
                starts=("between", "tussen"),
                required=("between", "tussen"),
                holds_year=True,
            ),
            # in 2006, since 2019, the year 2020, from 2025 (to 2030)
            _Pattern(
                re.compile(
                    rf"\b(?:{_alt(year_ctx)})\s+(?:(?:the\s+year|het\s+jaar)\s+)?{year}"
                    rf"(?P<more>(?:\s*(?:,|and|en|or|of|&)\s*(?:{_YEAR_ALONE}))*)"
                    # "the academic year 2025/26", "sinds 2019-2020": a range after it.
                    rf"(?:(?:\s*[-–—/]\s*(?=(?:{_YEAR})\b)|[-–—/])"
                    rf"(?P<y2>{_YEAR}|\d\d)(?![\d]|[.,]\d|[-/]\d))?",
                    flags,
                ),
                self._context_year,
                starts=year_ctx,
                holds_year=True,
            ),
            # yesterday, gisteren, the day before yesterday
            _Pattern(
                re.compile(rf"(?<![\w'’])(?P<word>{_alt(self.day_words)})\b", flags),
                self._day_word,
                starts=set(self.day_words),
                required=_first_words(self.day_words),
            ),
            # last Tuesday, next Monday, afgelopen dinsdag, (on) Tuesday
            _Pattern(
                re.compile(
                    rf"\b(?:(?P<mod>{_alt(self.modifiers)})\s+)?(?P<weekday>{_alt(self.weekdays)})"
                    rf"{day_part}\b",
                    flags,
                ),
                self._weekday,
                starts=mods | wd,
                required=(*weekdays, *(w + p for w in weekdays for p in self.day_parts)),
            ),
            # vorige week dinsdag, Tuesday of last week, dinsdag volgende week
            _Pattern(
                re.compile(
                    rf"\b(?P<mod>{_alt(self.modifiers)})\s+week\s+(?P<weekday>{_alt(self.weekdays)})\b"
                    rf"|\b(?P<weekday2>{_alt(self.weekdays)})\s+(?:of\s+)?(?P<mod2>{_alt(self.modifiers)})\s+week\b",
                    flags,
                ),
                self._week_weekday,
                starts=mods | wd,
                required=("week",),
            ),
            # last week, next month, (later) this year, vorig jaar, volgende maand
            _Pattern(
                re.compile(
                    rf"\b(?:(?:later|earlier|eerder|later|früher|später)\s+)?"
                    rf"(?P<mod>{_alt(self.modifiers)})\s+(?P<unit>{_alt(self.units)})\b",
                    flags,
                ),
                self._relative_unit,
                starts=mods | {"later", "earlier", "eerder", "früher", "später"},
                required=tuple(self.units),
            ),
            # end of this year, early next year, eind dit jaar, begin volgend jaar; "the end
            # of the year", "eind van het jaar": the current one
            _Pattern(
                re.compile(
                    rf"\b(?P<half>{_alt(self.halves)})(?:-|\s+)(?:(?P<mod>{_alt(self.modifiers)})"
                    rf"|the|het)\s+(?P<unit>{_alt(year_units)})\b",
                    flags,
                ),
                self._relative_half,
                starts=set(self.halves),
                required=tuple(year_units),
            ),
            # the 2015 agreement, het 2030-doel: a lower-case word follows
            # (not "the 1990s", "the 2000 students", "the 2024 Nobel Prize")
            _Pattern(
                re.compile(
                    rf"(?<![\w'’])(?:{_alt(year_articles)})\s*(?P<year>{_YEAR_ALONE})(?=[\s-]+(?-i:[a-zà-ÿ]))",
                    flags,
                ),
                self._attributive_year,
                starts=year_articles,
                holds_year=True,
            ),
            # in the summer, in de zomer (the nearest one)
            _Pattern(
                re.compile(
                    rf"\b(?:{_alt(season_articles)})\s*(?P<season>{_alt(self.seasons)})\b"
                    # not "the autumn of 2027": that is the season with its year
                    rf"(?!\s+(?:(?:of|van|de|del)\s+)?{_YEAR})",
                    flags,
                ),
                self._bare_season,
                starts=season_articles,
                required=seasons,
            ),
            # April next year, september vorig jaar, March this year
            _Pattern(
                re.compile(
                    rf"\b{month}\s+(?P<mod>{_alt(self.modifiers)})\s+(?P<unit>{_alt(year_units)})\b",
                    flags,
                ),
                self._month_relative_year,
                starts=mon,
                required=months,
            ),
            # A year opening a sentence, a verb after it: "2027 wordt het eerste jaar",
            # "2025 was the year the alliance grew up".
            _Pattern(
                re.compile(
                    rf"(?:^|(?<=^[\"“‘])|(?<=[.!?:] )|(?<=[.!?][\"”’] )|(?<=[.!?:] [\"“‘]))"
                    rf"(?P<year>{_YEAR})"
                    rf"(?=,?\s+(?:{_alt(opening_verbs)})\b)",
                    flags,
                ),
                self._opening_year,
                starts=digits,
                required=tuple(opening_verbs),
                holds_year=True,
                digit_first=True,
            ),
            # A year after a label's colon, alone or before a comma: a factbox's
            # "Founded: 2017", "Gestart: 2018, als pilot".
            _Pattern(
                re.compile(
                    rf"(?<=[^\W\d]:[ \t])(?P<year>{_YEAR_ALONE})"
                    r"(?=[ \t]*(?:[,;()]|\.?$|\.?\n|\.\s))",
                ),
                self._labelled_year,
                starts=digits,
                holds_year=True,
                digit_first=True,
            ),
            # between July and September, van juli tot september (years from the reference)
            _Pattern(
                re.compile(
                    rf"\b(?:between|tussen|from|van)\s+{month}\s+"
                    r"(?:and|en|to|till|until|through|tot(?:\s+en\s+met)?|t/m)\s+"
                    rf"(?P<month2>{_alt(self.months)})\b(?!\.?\s*\d)",
                    flags,
                ),
                self._month_span,
                starts=("between", "tussen", "from", "van"),
                required=months,
            ),
        ]
        # A look-ahead on the characters a match can start with lets ``re`` reject most
        # positions at once.
        self.patterns = [
            spec._replace(
                regex=re.compile(_starts_with(spec.starts) + spec.regex.pattern, spec.regex.flags)
            )
            for spec in written
        ]
        relative = {
            self._bare_month, self._month_span, self._relative_season, self._day_word,
            self._weekday, self._week_weekday, self._relative_unit, self._relative_half,
            self._bare_season, self._month_relative_year,
        }  # fmt: skip
        # (priority, pattern, handler, required): the priority is the place in ``patterns``.
        entries = [
            (i, spec.regex, spec.handler, spec.required) for i, spec in enumerate(self.patterns)
        ]
        self.absolute_patterns = [e for e in entries if e[2] not in relative]
        self.relative_patterns = [e for e in entries if e[2] in relative]
        self.needs_year = frozenset(i for i, spec in enumerate(self.patterns) if spec.holds_year)
        self.digit_first = frozenset(i for i, spec in enumerate(self.patterns) if spec.digit_first)
        # Every match of the attributive-year pattern is an article right before a year
        # (white space between), and a year starts a run of digits: where every article
        # has a fixed length, a match can only start that length before the white space
        # that ends at a run of digits, and is tried there only (speed, not meaning).
        self.attributive_year = next(
            k for k, spec in enumerate(self.patterns) if spec.handler == self._attributive_year
        )
        self.article_lengths: frozenset[int] | None = (
            None
            if any(ch.isspace() for w in year_articles for ch in w)
            else frozenset(map(len, year_articles))
        )
        # Every pattern above matches its required word as a whole word ("nov" in
        # "innovation" is no month). For plain lower-case words, the words of ASCII text
        # are looked up instead of searching the text for each word: one of each set
        # must be there.
        self.whole_words: dict[tuple[str, ...], tuple[frozenset[str], ...]] = {
            spec.required: (frozenset(spec.required),)
            for spec in self.patterns
            if spec.required and all(_PLAIN_WORD.match(w) for w in spec.required)
        }
        # "the day before yesterday" also ends in a whole word; "the" alone says little.
        day_first, day_last = _first_words(self.day_words), _last_words(self.day_words)
        if day_first in self.whole_words and all(_PLAIN_WORD.match(w) for w in day_last):
            self.whole_words[day_first] += (frozenset(day_last),)
        # Each pattern's required words as a small number, the same for equal tuples
        # (by priority), and ``whole_words`` by that number: ``_candidates`` asks for every
        # pattern of every text, and hashing the long tuples there cost more than the
        # look-ups themselves (speed, not meaning).
        numbers: dict[tuple[str, ...], int] = {}
        self.required_number: tuple[int, ...] = tuple(
            numbers.setdefault(spec.required, len(numbers)) for spec in self.patterns
        )
        self.whole_words_by_number: tuple[tuple[frozenset[str], ...] | None, ...] = tuple(
            self.whole_words.get(words) for words in numbers
        )
        # Each case-blind pattern's case-sensitive twin, for lower-cased text where that
        # finds the same spans (``scraper.extract.case_blind``; speed, not meaning):
        # ``re`` runs several times faster without folding every character it compares.
        self.twins: tuple[re.Pattern[str] | None, ...] = tuple(
            re.compile(p.pattern, p.flags & ~re.IGNORECASE)
            if p.flags & re.IGNORECASE and _foldable(p.pattern)
            else None
            for p in (spec.regex for spec in self.patterns)
        )

    # -- handlers: each returns a mention or None; ``ctx`` carries the call options --

    def _iso(self, m: re.Match[str], ctx: _Ctx) -> DateMention | None:
        return _day_mention(m.group(0), int(m["y"]), int(m["m"]), int(m["d"]), m.start())

    def _numeric(self, m: re.Match[str], ctx: _Ctx) -> DateMention | None:
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        day, month = (b, a) if ctx.date_order.upper().startswith("MD") else (a, b)
        if not _valid(y, month, day):
            day, month = month, day  # unambiguous the other way round ("03/14/2025")
        return _day_mention(m.group(0), y, month, day, m.start())

    def _day_month(self, m: re.Match[str], ctx: _Ctx) -> DateMention | None:
        if not self._month_ok(m, "month", ctx):
            return None
        month = self.months[_key(m["month"])]
        day = int(m["day"])
        # A leading weekday stays in the text ("Tuesday 17 June"), as in the gold files.
        text, start = m.group(0), m.start()
        if m["year"]:
            return _day_mention(text, int(m["year"]), month, day, start)
        if ctx.reference is None:
            return None
        year = self._year_told(ctx, month, day, start, m.end())
        return _day_mention(text, year, month, day, start) if year else None

    def _year_told(self, ctx: _Ctx, month: int, day: int, start: int, end: int) -> int | None:
        """The year of a day or month told without one, as the text tells it: the next one
        when told as coming ("from 1 September", "will open on 3 March", "die op 1 juli
        ingaat"), the latest one when told as past ("signed on 3 December", "announced in the
        spring"), else the nearest."""
        ref = ctx.reference
        assert ref is not None
        last = ctx.text[max(0, start - 12) : start].split()
        lead = _key(last[-1]) if last else ""
        try:
            nearest = _nearest_year(ref, month, day)
            past = self._told_before(ctx.text, start) and nearest is not None
            if (
                _effect_ahead(ctx.text, start)
                or _AHEAD_AFTER.match(ctx.text, end) is not None
                or (
                    not past
                    and (
                        lead in _MONTH_AHEAD
                        or self._told_ahead(ctx.text, start)
                        or self._separable_ahead(ctx.text, start, end)
                    )
                )
            ):
                return ref.year if date(ref.year, month, day) >= ref else ref.year + 1
            if past and nearest is not None:
                # A day a little after the news stays ("werd aangepast op 27 oktober": a
                # correction note added after publication).
                if date(nearest, month, day) <= ref + timedelta(days=_PAST_SLACK_DAYS):
                    return nearest
                return ref.year if date(ref.year, month, day) <= ref else ref.year - 1
        except ValueError:  # 29 February of a year without one
            return None
        return nearest

    def _told_before(self, text: str, start: int) -> bool:
        """A past cue right before ``start`` (only a preposition or an article between)
        and no future cue earlier in its clause: "signed on 3 December", "announced in the
        spring", "werd in maart"."""
        before = text[max(0, start - _BEFORE_WINDOW) : start]
        if _RETROACTIVE.search(before):
            return True  # "met terugwerkende kracht tot 1 september"
        if self.past_before.search(before) is None:
            return False
        window = max(0, start - _AHEAD_WINDOW)
        stop = max(text.rfind(mark, window, start) for mark in (". ", "; ", ", "))
        return self.future.search(text, stop + 1 if stop >= 0 else window, start) is None

    def _month_year(self, m: re.Match[str], ctx: _Ctx) -> DateMention | None:
        if not self._month_ok(m, "month", ctx):
            return None
        if re.search(
            r"\d\s*(?:st|nd|rd|th|e)?\s+(?:of\s+)?$", ctx.text[max(0, m.start() - 8) : m.start()]
        ):
            return None  # the tail of an impossible day ("31 February 2024")
        month = self.months[_key(m["month"])]
        return _mention(m.group(0), f"{int(m['year']):04d}-{month:02d}", "month", m.start())

    def _bare_month(self, m: re.Match[str], ctx: _Ctx) -> DateMention | None:
        if ctx.reference is None or not self._month_ok(m, "month", ctx):
            return None
        month = self.months[_key(m["month"])]
        if _key(m["month"]) in _MONTH_ABBREVIATIONS:  # "in Jan" is too often a name
            return None
        year = self._bare_year(m, ctx, month)
        return _mention(m["month"], f"{year:04d}-{month:02d}", "month", m.start("month"))

    def _month_span(self, m: re.Match[str], ctx: _Ctx) -> list[DateMention] | None:
        """Two bare months that bound a span ("between July and September"): the first
        read as a bare month, the second the next such month from it."""
        if ctx.reference is None:
            return None
        if not (self._month_ok(m, "month", ctx) and self._month_ok(m, "month2", ctx)):
            return None
        if {_key(m["month"]), _key(m["month2"])} & _MONTH_ABBREVIATIONS:
            return None
        first, last = self.months[_key(m["month"])], self.months[_key(m["month2"])]
        year = self._bare_year(m, ctx, first)
        year2 = year if last >= first else year + 1
        return [
            _mention(m["month"], f"{year:04d}-{first:02d}", "month", m.start("month")),
            _mention(m["month2"], f"{year2:04d}-{last:02d}", "month", m.start("month2")),
        ]

    def _bare_year(self, m: re.Match[str], ctx: _Ctx, month: int) -> int:
        """The year of the bare month of ``m`` (group ``month``, after a context word), as
        the text tells it."""
        assert ctx.reference is not None
        if _key(m.group(0).split()[0]) in _PAST_CONTEXT or self._told_before(
            ctx.text, m.start("month")
        ):
            # "since March", "signed in March": the latest March.
            year = ctx.reference.year if month <= ctx.reference.month else ctx.reference.year - 1
        elif (
            _key(m.group(0).split()[0]) in _MONTH_AHEAD
            or self._told_ahead(ctx.text, m.start())
            or self._separable_ahead(ctx.text, m.start("month"), m.end())
        ):
            # "expected to start in January", "vanaf september", "sluit zich in januari
            # aan": the coming one.
            year = ctx.reference.year if month >= ctx.reference.month else ctx.reference.year + 1
        elif self._told_back(ctx.text, m.end()):
            # "In March the ministry asked ...": the latest March.
            year = ctx.reference.year if month <= ctx.reference.month else ctx.reference.year - 1
        else:
            year = _nearest_year(ctx.reference, month, 15) or ctx.reference.year
            if year > ctx.reference.year and self._past_in_clause(ctx.text, m.start("month")):
                # "Saxion also joined the network in March" in an October item: the verb
                # of the clause tells it as past, the object between.
                year = ctx.reference.year
        return year

    def _past_in_clause(self, text: str, start: int) -> bool:
        """A past cue and no future cue in the clause before ``start`` (from its last
        sentence or clause mark within reach)."""
        window = max(0, start - _CLAUSE_WINDOW)
        stop = max(text.rfind(mark, window, start) for mark in (". ", "; ", ": "))
        begin = stop + 1 if stop >= 0 else window
        return (
            self.past.search(text, begin, start) is not None
            and self.future.search(text, begin, start) is None
        )

    def _weekday_ahead(self, text: str, m: re.Match[str]) -> bool:
        """A bare weekday told as coming: a cue right before or after it, or a future cue
        in the words before it."""
        before = text[max(0, m.start() - 20) : m.start()].lower()
        if before.endswith(_WEEKDAY_AHEAD_BEFORE):
            return True
        return _AHEAD_AFTER.match(text, m.end()) is not None or self._told_ahead(text, m.start())

    def _told_back(self, text: str, end: int) -> bool:
        """A past cue in the clause right after ``end`` and no future cue there."""
        stop = min(len(text), end + _AHEAD_WINDOW)
        for mark in (". ", "; ", ", "):
            at = text.find(mark, end, stop)
            if at >= 0:
                stop = at
        return (
            self.past.search(text, end, stop) is not None
            and self.future.search(text, end, stop) is None
        )

    def _told_ahead(self, text: str, start: int) -> bool:
        """A future cue among the few words before ``start``, in the same sentence."""
        window = max(0, start - _AHEAD_WINDOW)
        stop = max(text.rfind(". ", window, start), text.rfind("; ", window, start))
        return self.future.search(text, stop + 1 if stop >= 0 else window, start) is not None

    def _separable_ahead(self, text: str, start: int, end: int) -> bool:
        """A Dutch separable verb in the present tells the date at ``start``..``end`` as
        coming: its finite form in the date's clause before it, and its particle right
        after that form ("loopt af op 31 augustus") or after the date, closing the clause
        or before a phrase put after it ("sluit zich op 1 januari bij het netwerk aan",
        "sluit zich op 1 januari aan bij het netwerk")."""
        if self.separable_verb is None:
            return False
        window = max(0, start - _AHEAD_WINDOW)
        stop = max(text.rfind(mark, window, start) for mark in _CLAUSE_MARKS)
        verbs = list(self.separable_verb.finditer(text, stop + 1 if stop >= 0 else window, start))
        if not verbs:
            return False
        close = _CLAUSE_END.search(text, end, min(len(text), end + _CLAUSE_WINDOW))
        if close is None and end + _CLAUSE_WINDOW < len(text):
            return False  # the clause runs on too far to tell its last word
        tail = text[end : close.start() if close is not None else len(text)].lower().split()
        for verb in verbs:
            # (A particle right after the verb with nothing else before the date is the
            # date's own preposition: "houdt op 1 juli een vergadering" tells nothing.)
            right_after = text[verb.end() : start].lower().split()
            for particle in self.separable_particles[verb.group().lower()]:
                n = len(particle)
                if right_after[:n] == particle and len(right_after) > n:
                    return True
                if any(
                    tail[at : at + n] == particle
                    and (at + n == len(tail) or tail[at + n] in _AFTER_PARTICLE)
                    for at in range(len(tail) - n + 1)
                ):
                    return True
        return False

    def _season_year(self, m: re.Match[str], ctx: _Ctx) -> DateMention | None:
        month = self.seasons[_key(m["season"])]
        return _mention(m.group(0), f"{int(m['year']):04d}-{month:02d}", "season", m.start())

    def _relative_season(self, m: re.Match[str], ctx: _Ctx) -> DateMention | None:
        if ctx.reference is None:
            return None
        start = _season_start(
            ctx.reference, self.seasons[_key(m["season"])], self.modifiers[_key(m["mod"])]
        )
        return _mention(m.group(0), f"{start.year:04d}-{start.month:02d}", "season", m.start())

    def _half_year(self, m: re.Match[str], ctx: _Ctx) -> DateMention | None:
        month = self.halves[_key(m["half"])]
        return _mention(m.group(0), f"{int(m['year']):04d}-{month:02d}", "half", m.start())

    def _year_range(self, m: re.Match[str], ctx: _Ctx) -> list[DateMention] | None:
        y1 = int(m["y1"])
        raw2 = m["y2"]
        y2 = int(raw2) if len(raw2) == 4 else (y1 // 100) * 100 + int(raw2)
        if not (y1 < y2 <= MAX_YEAR) or y2 - y1 > 100:
            return None
        return [
            _mention(m["y1"], str(y1), "year", m.start("y1")),
            _mention(raw2, str(y2), "year", m.start("y2")),
        ]

    def _context_year(self, m: re.Match[str], ctx: _Ctx) -> list[DateMention] | None:
        out: list[DateMention] = []
        starts = [(m.start("year"), m["year"])]
        if m["more"]:
            base = m.start("more")
            starts += [(base + y.start(), y.group(0)) for y in re.finditer(_YEAR, m["more"])]
        # "sinds 2012 studenten": after "since" a number is a time, whatever follows it.
        counts = _ONLY_TIME.match(m.group(0)) is None
        for start, raw in starts:
            if counts and _is_quantity(ctx.text, start + len(raw)):
                break
            out.append(_mention(raw, raw, "year", start))
        if m["y2"] and len(out) == len(starts):
            y1, raw2 = int(starts[-1][1]), m["y2"]
            y2 = int(raw2) if len(raw2) == 4 else (y1 // 100) * 100 + int(raw2)
            if y1 < y2 <= MAX_YEAR and y2 - y1 <= 100:
                out.append(_mention(raw2, str(y2), "year", m.start("y2")))
        return out or None

    def _day_word(self, m: re.Match[str], ctx: _Ctx) -> DateMention | None:
        if ctx.reference is None:
            return None
        word = _key(m["word"])
        if word == "morgen":
            before = ctx.text[: m.start()].rstrip().rsplit(None, 1)
            if before and before[-1].lower() in V.MORGEN_NOT_AFTER:
                return None
        day = ctx.reference + timedelta(days=self.day_words[word])
        return _mention(m.group(0), day.isoformat(), "day", m.start())

    def _weekday(self, m: re.Match[str], ctx: _Ctx) -> DateMention | None:
        if ctx.reference is None:
            return None
        target = self.weekdays[_key(m["weekday"])]
        back = (ctx.reference.weekday() - target) % 7
        mod = self.modifiers[_key(m["mod"])] if m["mod"] else 0
        if mod < 0:
            day = ctx.reference - timedelta(days=back or 7)
        elif mod > 0:
            day = ctx.reference + timedelta(days=(target - ctx.reference.weekday()) % 7 or 7)
        elif self._weekday_ahead(ctx.text, m):
            # "the mission ends on Friday", "loopt tot zaterdag": the coming one (or today).
            day = ctx.reference + timedelta(days=(target - ctx.reference.weekday()) % 7)
        else:
            # News reports past events: a bare weekday is the latest one up to the reference.
            day = ctx.reference - timedelta(days=back)
        return _mention(m.group(0), day.isoformat(), "day", m.start())

    def _week_weekday(self, m: re.Match[str], ctx: _Ctx) -> DateMention | None:
        if ctx.reference is None:
            return None
        mod = self.modifiers[_key(m["mod"] or m["mod2"])]
        target = self.weekdays[_key(m["weekday"] or m["weekday2"])]
        monday = ctx.reference - timedelta(days=ctx.reference.weekday()) + timedelta(weeks=mod)
        day = monday + timedelta(days=target)
        return _mention(m.group(0), day.isoformat(), "day", m.start())

    def _relative_unit(self, m: re.Match[str], ctx: _Ctx) -> DateMention | None:
        if ctx.reference is None:
            return None
        mod = self.modifiers[_key(m["mod"])]
        unit = self.units[_key(m["unit"])]
        ref = ctx.reference
        if _key(m["mod"]) == "past" and ctx.text[
            max(0, m.start() - 12) : m.start()
        ].lower().endswith(_SPAN_BEFORE_PAST):
            return None  # "over the past year": a span up to now, not a date
        if unit == "year":
            return _mention(m.group(0), f"{ref.year + mod:04d}", "year", m.start())
        if unit == "month":
            index = ref.year * 12 + ref.month - 1 + mod
            return _mention(
                m.group(0), f"{index // 12:04d}-{index % 12 + 1:02d}", "month", m.start()
            )
        # A week has no precision of its own; its month is the honest claim.
        day = ref + timedelta(weeks=mod)
        return _mention(m.group(0), f"{day.year:04d}-{day.month:02d}", "month", m.start())

    def _relative_half(self, m: re.Match[str], ctx: _Ctx) -> DateMention | None:
        if ctx.reference is None:
            return None
        year = ctx.reference.year + (self.modifiers[_key(m["mod"])] if m["mod"] else 0)
        month = self.halves[_key(m["half"])]
        return _mention(m.group(0), f"{year:04d}-{month:02d}", "half", m.start())

    def _opening_year(self, m: re.Match[str], ctx: _Ctx) -> DateMention | None:
        return _mention(m["year"], m["year"], "year", m.start("year"))

    def _labelled_year(self, m: re.Match[str], ctx: _Ctx) -> DateMention | None:
        label = ctx.text[: m.start("year")].rstrip()[:-1]
        # The label runs back to the start of its sentence or line.
        label = _SENTENCE_BREAK.split(label)[-1]
        if any(w in V.QUANTITY_LABEL_WORDS for w in _WORDS.findall(label.lower())):
            return None
        return _mention(m["year"], m["year"], "year", m.start("year"))

    def _attributive_year(self, m: re.Match[str], ctx: _Ctx) -> DateMention | None:
        if _is_quantity(ctx.text, m.end("year")):
            return None
        return _mention(m["year"], m["year"], "year", m.start("year"))

    def _bare_season(self, m: re.Match[str], ctx: _Ctx) -> DateMention | None:
        if ctx.reference is None:
            return None
        month = self.seasons[_key(m["season"])]
        others = {_key(o["season"]) for o in m.re.finditer(ctx.text)} - {_key(m["season"])}
        if any(self.seasons[o] != month for o in others):
            return None  # "warm in the summer, cold in the winter": seasons in general
        year = _nearest_year(ctx.reference, month, 15) or ctx.reference.year
        lead = m.group(0).lower()
        if lead.startswith(("since", "sinds", "seit", "depuis", "na ")) or self._told_before(
            ctx.text, m.start()
        ):
            # "since the summer", "announced in the spring": a season in the past.
            year = ctx.reference.year if month <= ctx.reference.month else ctx.reference.year - 1
        elif lead.startswith(V.SEASON_AHEAD) or self._told_ahead(ctx.text, m.start()):
            # "from the autumn", "will open in the summer": the coming one.
            year = ctx.reference.year if month >= ctx.reference.month else ctx.reference.year + 1
        elif year > ctx.reference.year and (
            self._past_in_clause(ctx.text, m.start()) or self._told_back(ctx.text, m.end())
        ):
            # "Het plan werd in het voorjaar gepresenteerd" in an October item: the verb of
            # the clause tells it as past.
            year = ctx.reference.year if month <= ctx.reference.month else ctx.reference.year - 1
        return _mention(m["season"], f"{year:04d}-{month:02d}", "season", m.start("season"))

    def _month_relative_year(self, m: re.Match[str], ctx: _Ctx) -> DateMention | None:
        if ctx.reference is None or not self._month_ok(m, "month", ctx):
            return None
        year = ctx.reference.year + self.modifiers[_key(m["mod"])]
        month = self.months[_key(m["month"])]
        return _mention(m.group(0), f"{year:04d}-{month:02d}", "month", m.start())

    def _month_ok(self, m: re.Match[str], group: str, ctx: _Ctx) -> bool:
        word = m[group]
        if ctx.strict and _key(word) in V.AMBIGUOUS_MONTH_WORDS and not word[0].isupper():
            return False
        return True


class _FoldedMatch:
    """A match of a case-sensitive twin in lower-cased text, read in the original text:
    the handlers get the groups as written, as from the case-blind pattern."""

    __slots__ = ("_m", "_text", "re")

    def __init__(self, m: re.Match[str], text: str, blind: re.Pattern[str]) -> None:
        self._m = m
        self._text = text
        self.re = blind

    def group(self, name: int | str = 0) -> str | None:
        start, end = self._m.span(name)
        return None if start < 0 else self._text[start:end]

    __getitem__ = group

    def start(self, name: int | str = 0) -> int:
        return self._m.start(name)

    def end(self, name: int | str = 0) -> int:
        return self._m.end(name)


class _Ctx:
    __slots__ = ("text", "reference", "date_order", "strict", "words")

    def __init__(
        self,
        text: str,
        reference: date | None,
        date_order: str,
        strict: bool,
        words: Sequence[str] | None = None,
    ) -> None:
        self.text = text
        self.reference = reference
        self.date_order = date_order
        self.strict = strict
        self.words = words  # the text's words (``\w+``) as written, when the caller has them


@lru_cache(maxsize=8)
def _vocab(languages: tuple[str, ...]) -> _Vocab:
    return _Vocab(languages)


@lru_cache(maxsize=2048)
def _key(word: str) -> str:
    # The same folding the case-blind patterns use: "fırst" matched "first".
    # Cached: the same few vocabulary words are looked up for every match.
    return " ".join(_folded(word).rstrip(".").split())


def _effect_ahead(text: str, start: int) -> bool:
    """The words right before ``start`` name when something takes effect ("met ingang
    van", "with effect from"): the date is ahead however the sentence is told."""
    return text[max(0, start - 20) : start].rstrip().lower().endswith(_EFFECT_AHEAD)


def _valid(y: int, m: int, d: int) -> bool:
    if not (MIN_YEAR <= y <= MAX_YEAR and 1 <= m <= 12 and 1 <= d <= 31):
        return False
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def _mention(text: str, value: str, precision: Precision, start: int) -> DateMention:
    return DateMention(text=text, value=value, precision=precision, span=(start, start + len(text)))


def _day_mention(text: str, y: int, m: int, d: int, start: int = 0) -> DateMention | None:
    if not _valid(y, m, d):
        return None
    return _mention(text, f"{y:04d}-{m:02d}-{d:02d}", "day", start)


def _nearest_year(reference: date, month: int, day: int) -> int | None:
    best: tuple[int, int] | None = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            distance = abs((date(year, month, day) - reference).days)
        except ValueError:
            continue
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1] if best else None


def _season_start(reference: date, month: int, mod: int) -> date:
    """Start of the named season: this year's one (mod 0), the previous or the next.

    "Next" is the one after this year's ("volgend voorjaar" in February is the spring of
    next year: the coming one is "dit voorjaar"); "last" the one before the current season.
    """
    starts = [date(y, month, 1) for y in range(reference.year - 2, reference.year + 2)]
    current = max(
        date(y, m, 1)
        for y in (reference.year - 1, reference.year)
        for m in V.SEASON_START_MONTHS
        if date(y, m, 1) <= reference
    )
    if mod < 0:
        return max(s for s in starts if s < current)
    # "this winter" in January is the winter that began last December.
    this = date(
        reference.year - 1 if month == 12 and reference.month <= 2 else reference.year, month, 1
    )
    return this.replace(year=this.year + 1) if mod > 0 else this


def _is_quantity(text: str, end: int) -> bool:
    """True when the number ending at ``end`` is followed by a unit or counted noun."""
    rest = text[end : end + 30]
    if re.match(r"\s*(?:%|percent|procent|€|\+)", rest, re.IGNORECASE):
        return True
    word = re.match(r"\s+([\w'²]+)", rest)
    return bool(word and word.group(1).lower() in V.QUANTITY_WORDS)


def _starts_with(words: Iterable[str]) -> str:
    """A look-ahead for the first characters of ``words`` (digits stand for any digit)."""
    chars = {w[0] for w in words if w}
    digit = any(c.isdigit() for c in chars)
    letters = "".join(sorted(re.escape(c) for c in chars if not c.isdigit()))
    return f"(?=[{letters}{chr(92) + 'd' if digit else ''}])"


def _first_words(words: object) -> tuple[str, ...]:
    return tuple({str(w).split()[0] for w in words})  # type: ignore[attr-defined]


def _last_words(words: object) -> tuple[str, ...]:
    return tuple({str(w).split()[-1] for w in words})  # type: ignore[attr-defined]


def _folded(text: str) -> str:
    """Lower-case text in which a vocabulary word is found whenever a case-blind regex finds it."""
    if not text.isascii() and any(c in text for c in _REGEX_CASE_FOLD_CHARS):
        text = text.translate(_REGEX_CASE_FOLD)
    return text.lower()


# Two stand-in reference days that differ in year, month, day and weekday. With no
# real reference, a handler is run against both: a mention whose value changes with
# the reference is relative ("yesterday", "3 June") and is kept unresolved.
_STAND_INS = (date(2000, 7, 15), date(2003, 2, 4))


def _unresolved(found: list[DateMention], other: list[DateMention]) -> list[DateMention]:
    """``found`` with no value where the other stand-in reference gave another one."""
    if len(found) != len(other):
        return [replace(d, value=None) for d in found]
    pairs = zip(found, other, strict=True)
    return [d if d.value == o.value else replace(d, value=None) for d, o in pairs]


def _candidates(
    vocab: _Vocab, ctx: _Ctx, alt: _Ctx | None = None
) -> Iterator[tuple[int, int, int, list[DateMention]]]:
    """Every match of every pattern that could occur in the text.

    ``alt`` is the same call with the other stand-in reference (see ``_STAND_INS``).
    """
    patterns = []
    if _DIGIT.search(ctx.text):
        patterns += vocab.absolute_patterns
    if ctx.reference is not None:
        patterns += vocab.relative_patterns
    # Text whose lower case folds exactly (almost all) runs the case-sensitive twins.
    low = fold_lower(ctx.text) if patterns else None
    folded = low if low is not None else _folded(ctx.text) if patterns else ""
    # ``_folded`` keeps every offset and word boundary (no character but "İ", which it
    # maps first, changes its length or whether it is a word character when lowered),
    # so the whole words of any text are those the case-blind patterns see.
    exact = True
    digit_runs: list[int] | None = None  # where runs of digits start, for the digit-first
    text_words: set[str] | None = None
    present: dict[int, bool] = {}  # by ``vocab.required_number``
    has_year: bool | None = None
    heads = _heads(vocab)
    at_heads: dict[str, list[int]] | None = None
    for priority, pattern, handler, words in patterns:
        if priority in vocab.needs_year:
            if has_year is None:
                has_year = _YEAR_ANY.search(ctx.text) is not None
            if not has_year:
                continue
        if words:
            number = vocab.required_number[priority]
            if number not in present:
                wanted = vocab.whole_words_by_number[number] if exact else None
                if wanted is not None:
                    if text_words is None:
                        # The words of exactly lower-cased text are the text's words lower-cased.
                        text_words = (
                            set(map(str.lower, ctx.words))
                            if ctx.words is not None and low is not None
                            else set(_WORDS.findall(folded))
                        )
                    present[number] = all(not w.isdisjoint(text_words) for w in wanted)
                else:
                    present[number] = any(map(folded.__contains__, words))
            if not present[number]:
                continue
        twin = vocab.twins[priority] if low is not None else None
        if priority in vocab.digit_first:
            if digit_runs is None:
                # Found once per text (lower-casing keeps every digit where it is).
                digit_runs = [run.start() for run in _DIGIT_RUN.finditer(ctx.text)]
            starts = digit_runs
            scan: Callable[..., Iterator[re.Match[str]]] = match_at_starts
        elif priority == vocab.attributive_year and vocab.article_lengths is not None:
            if digit_runs is None:
                digit_runs = [run.start() for run in _DIGIT_RUN.finditer(ctx.text)]
            starts = _before_runs(ctx.text, digit_runs, vocab.article_lengths)
            scan = match_at_starts
        elif low is not None and heads.of[priority] is not None:
            if at_heads is None:
                at_heads = heads.found(low)  # one pass over the text for every pattern
            starts = heads.starts(priority, at_heads)
            if not starts:
                continue  # no match can start anywhere in the text
            scan = match_at_starts
        else:
            starts, scan = None, _finditer
        matches: Iterable[re.Match[str] | _FoldedMatch] = (
            scan(pattern, ctx.text, starts)
            if twin is None
            else (_FoldedMatch(m, ctx.text, pattern) for m in scan(twin, low, starts))
        )
        for m in matches:
            found = handler(m, ctx)
            if not found:
                continue
            mentions = found if isinstance(found, list) else [found]
            if alt is not None:
                again = handler(m, alt)
                mentions = _unresolved(
                    mentions, [] if not again else again if isinstance(again, list) else [again]
                )
            yield m.start(), m.end(), priority, mentions


def _before_runs(text: str, runs: list[int], lengths: frozenset[int]) -> list[int]:
    """Where a word of one of ``lengths`` characters starts that ends right before one of
    the runs of digits starting at ``runs``, white space (``\\s*``) between; in order."""
    starts: set[int] = set()
    for run in runs:
        end = run
        while end > 0 and text[end - 1].isspace():
            end -= 1
        starts.update(end - n for n in lengths if end >= n)
    return sorted(starts)


def _finditer(
    pattern: re.Pattern[str], text: str, _starts: list[int] | None = None
) -> Iterator[re.Match[str]]:
    return pattern.finditer(text)


class _Heads:
    """Where the case-sensitive twins of the date patterns can match in lower-cased text:
    at one of their heads, the strings every match starts with (``case_blind.match_heads``).
    All heads of all patterns are found in one Aho-Corasick pass over a text; a pattern
    is then tried only at its heads, and not at all in a text without one (speed, not
    meaning)."""

    def __init__(self, vocab: _Vocab) -> None:
        # Each pattern's twin where it has one (it runs on the lower-cased text), else the
        # pattern itself (it runs case-blind on the text, whose lower case folds exactly).
        self.of: tuple[frozenset[str] | None, ...] = tuple(
            match_heads(twin if twin is not None else pattern)
            for pattern, twin in zip((s.regex for s in vocab.patterns), vocab.twins, strict=True)
        )
        self._automaton = ahocorasick.Automaton()
        for head in set().union(*filter(None, self.of)) - {DIGIT}:
            self._automaton.add_word(head, (len(head) - 1, head))
        self._automaton.make_automaton()

    def found(self, low: str) -> dict[str, list[int]]:
        """Every head in ``low``, with where it starts (in order); ``DIGIT``: every digit."""
        out: dict[str, list[int]] = {}
        for end, (back, head) in self._automaton.iter(low):
            out.setdefault(head, []).append(end - back)
        digits = [at for run in _DIGIT_RUN.finditer(low) for at in range(*run.span())]
        if digits:
            out[DIGIT] = digits
        return out

    def starts(self, priority: int, found: dict[str, list[int]]) -> list[int]:
        """Where a match of the pattern can start, in order, given ``found``."""
        heads = self.of[priority]
        assert heads is not None
        lists = [found[h] for h in heads if h in found]
        if len(lists) <= 1:
            return lists[0] if lists else []
        return sorted(set().union(*lists))


@lru_cache(maxsize=8)
def _heads(vocab: _Vocab) -> _Heads:
    return _Heads(vocab)


def _scan(
    text: str,
    reference: date | None,
    date_order: str,
    languages: tuple[str, ...],
    strict: bool,
    unresolved: bool = False,
    words: Sequence[str] | None = None,
) -> list[DateMention]:
    vocab = _vocab(tuple(languages))
    if reference is None and unresolved:
        ctx = _Ctx(text, _STAND_INS[0], date_order, strict, words)
        found = list(_candidates(vocab, ctx, _Ctx(text, _STAND_INS[1], date_order, strict)))
    else:
        found = list(_candidates(vocab, _Ctx(text, reference, date_order, strict, words)))
    # Longest match wins; a shorter expression inside a longer one is part of it.
    chosen: list[tuple[int, int, int, list[DateMention]]] = []
    for cand in sorted(found, key=lambda c: (-(c[1] - c[0]), c[2], c[0])):
        if all(cand[1] <= c[0] or cand[0] >= c[1] for c in chosen):
            chosen.append(cand)
    chosen.sort(key=lambda c: c[0])
    return [mention for c in chosen for mention in c[3]]


def find_dates(
    text: str,
    *,
    reference: date | None = None,
    date_order: str = "DMY",
    languages: tuple[str, ...] = ("en", "nl"),
    unresolved: bool = False,
    words: Sequence[str] | None = None,
) -> list[DateMention]:
    """Every date expression in running ``text``, in order, with ``span`` offsets.

    Relative expressions ("yesterday", "3 June") resolve against ``reference``.
    When it is None they are skipped, or with ``unresolved`` kept with their
    text and natural precision and ``value`` None. Bare four-digit numbers count
    as years only in date-ish context ("in 2006", "2020-2024", "since 2019").
    ``words`` are the text's words (every run of word characters, as written) when the caller
    already split it (speed only). Never raises.
    """
    if not text:
        return []
    try:
        return _scan(
            text, reference, date_order, languages, strict=True, unresolved=unresolved, words=words
        )
    except (ValueError, OverflowError, IndexError, KeyError):  # pragma: no cover - defensive
        log.warning("date scan failed on %r", text[:80], exc_info=True)
        return []


# A wire dateline opens agency copy and distributed press releases:
# "MADRID, March 11, 2026 /PRNewswire/ --", "LEIDEN (ANP), 3 juni 2025 –", "OSLO,
# March 4 (Reuters) -". Before the date: a place in capitals, with the agency in
# brackets before the date, or after it between slashes or in brackets; then a
# dash. (A company's own "CITY, date –" stays: its gold files count that date.)
_DATELINE_BEFORE = re.compile(
    r"^\s*[A-ZÀ-Þ][A-ZÀ-Þ.'’ -]{2,40}(?P<agency>\s*\([^()]{1,30}\))?(?:,\s*[\w.'’ -]{2,30})?,?\s*$"
)
# The dash may end the paragraph: a dateline set apart as a paragraph of its own.
_DATELINE_AFTER = re.compile(
    r"^\s*(?P<agency>/[^/\n]{2,40}/\s*|\([^()\n]{2,30}\)\s*)?(?:--|[-–—])(?:\s|$)"
)


def drop_dateline(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """``mentions`` without the date of a dateline at the start of ``text``.

    A dateline says when the copy was filed, like a byline says who wrote it:
    it is not a date the text speaks of.
    """
    if not mentions or mentions[0].span is None or mentions[0].span[0] > 60:
        return mentions
    start, end = mentions[0].span
    before = _DATELINE_BEFORE.match(text[:start])
    after = _DATELINE_AFTER.match(text[end : end + 50]) if before else None
    if before and after and (before["agency"] or after["agency"]):
        return mentions[1:]
    return mentions


_ISO_MONTH = re.compile(rf"^({_YEAR})-(\d\d)$")
_ONLY_YEAR = re.compile(rf"^({_YEAR})$")


def parse_date(
    text: str,
    *,
    date_order: str = "DMY",
    languages: tuple[str, ...] = ("en", "nl"),
    reference: date | None = None,
) -> DateMention | None:
    """Read one date string (an attribute value or a short date line) at its precision.

    ``2024-03-12T09:00:00+01:00`` and ``12 March 2024`` are days, ``March 2024``
    is a month, ``2024`` a year. Returns None when no date is found. Never raises.
    """
    if not isinstance(text, str):
        return None
    raw = text.strip()
    if not raw or len(raw) > 500:
        raw = raw[:500]
        if not raw:
            return None
    iso = _from_iso(raw)
    if iso is not None:
        return iso
    if m := _ONLY_YEAR.match(raw):
        return _mention(raw, m.group(1), "year", 0)
    if m := _ISO_MONTH.match(raw):
        month = int(m.group(2))
        if 1 <= month <= 12:
            return _mention(raw, f"{m.group(1)}-{month:02d}", "month", 0)
    try:
        found = _scan(raw, reference, date_order, languages, strict=False)
    except (ValueError, OverflowError, IndexError, KeyError):  # pragma: no cover - defensive
        found = []
    absolute = [d for d in found if d.precision in ("day", "month", "season", "half")]
    if absolute:
        return _offset(text, raw, absolute[0])
    stamp = timestamp_day(raw)
    if stamp is not None:
        # Machine-written timestamps dateparser would read the same way, much faster.
        return _offset(text, raw, _mention(raw, stamp.isoformat(), "day", 0))
    fallback = _dateparser(raw, date_order, languages)
    if fallback is not None:
        return _offset(text, raw, fallback)
    return _offset(text, raw, found[0]) if found else None


def parse_day(
    text: str,
    *,
    date_order: str = "DMY",
    languages: tuple[str, ...] = ("en", "nl"),
    reference: date | None = None,
) -> date | None:
    """The day ``parse_date`` finds, as a ``date``; None for a month, a year or no date."""
    mention = parse_date(text, date_order=date_order, languages=languages, reference=reference)
    if mention is None or mention.precision != "day" or mention.value is None:
        return None
    return date.fromisoformat(mention.value)


def _offset(text: str, raw: str, mention: DateMention) -> DateMention:
    shift = text.find(raw)
    if mention.span is None or shift <= 0:
        return mention
    return replace(mention, span=(mention.span[0] + shift, mention.span[1] + shift))


def _from_iso(raw: str) -> DateMention | None:
    candidate = raw
    if len(candidate) < 8 or not candidate[:4].isdigit():
        return None
    try:
        parsed = datetime.fromisoformat(candidate.replace("z", "Z"))
    except ValueError:
        try:
            parsed_date = date.fromisoformat(candidate[:10])
        except ValueError:
            return None
        if not re.match(r"^\d{4}-\d\d-\d\d(?:[T ]|$)", candidate):
            return None
        parsed = datetime(parsed_date.year, parsed_date.month, parsed_date.day)
    if not MIN_YEAR <= parsed.year <= MAX_YEAR:
        return None
    # The local calendar day as written, not converted to UTC: a page saying
    # 2024-03-12T00:30+01:00 was published on the 12th where it was written.
    return _mention(raw, parsed.date().isoformat(), "day", 0)


def _dateparser(raw: str, date_order: str, languages: tuple[str, ...]) -> DateMention | None:
    """Last resort for odd formats; only trusted when it saw a day, month and year."""
    if not re.search(rf"(?<!\d)(?:{_YEAR})(?!\d)", raw) or len(raw) > 80:
        return None
    try:
        import dateparser
    except ImportError:  # pragma: no cover - declared dependency
        return None
    settings = {
        "DATE_ORDER": date_order,
        # Only absolute dates: relative parsing turns "3 years" into a date.
        "PARSERS": ["absolute-time", "custom-formats"],
        "REQUIRE_PARTS": ["day", "month", "year"],
        "PREFER_DAY_OF_MONTH": "first",
    }
    try:
        parsed = dateparser.parse(raw, languages=list(languages), settings=settings)
    except Exception:  # noqa: BLE001 - third-party parser may fail in many ways on odd text
        return None
    if parsed is None or not MIN_YEAR <= parsed.year <= MAX_YEAR:
        return None
    return _mention(raw, parsed.date().isoformat(), "day", 0)
