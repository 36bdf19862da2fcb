"""Machine-written timestamps that ``parse_date`` reads without dateparser.

These shapes reach the last-resort fallback of ``parse_date`` on real pages
(attribute values written by CMS templates): ``2022-1-26T14:32:06+02:00``
(ISO with unpadded month or day), ``2020/07/13 01:10`` (year first with
slashes) and the Unix ``date`` format ``Tue Jan 28 15:28:56 CET 2020``.
Reading them here gives the same day dateparser gives, without loading it.
"""

from __future__ import annotations

import re
from datetime import date

_TIME = r"\d{1,2}:\d\d(?::\d\d(?:\.\d+)?)?"
_ZONE = r"(?:Z|[+-]\d\d:?\d\d|[A-Z]{2,5})"

# Year first, then month and day, one separator throughout, an optional time.
YEAR_FIRST = re.compile(
    rf"^(?P<y>(?:19|20)\d\d)(?P<sep>[-/.])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})"
    rf"(?:[T ]{_TIME}\s*{_ZONE}?)?$"
)

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

# Unix date(1) / C ctime(): "Tue Jan 28 15:28:56 CET 2020", "Tue Jan 28 15:28:56 2020".
UNIX_DATE = re.compile(
    rf"^(?:{'|'.join(_WEEKDAYS)})\s+(?P<mon>{'|'.join(_MONTHS)})\s+(?P<d>\d{{1,2}})\s+"
    rf"{_TIME}\s+(?:{_ZONE}\s+)?(?P<y>(?:19|20)\d\d)$",
    re.IGNORECASE,
)


# A date line with a two-digit year, day first: "28.01.22", "31.10.23" (this century).
SHORT_YEAR = re.compile(r"^(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d\d)$")


# Chinese and Japanese date lines: "2020年07月12日", "2020年7月12日 12:30".
CJK_DATE = re.compile(r"^(?P<y>(?:19|20)\d\d)年\s*(?P<m>\d{1,2})月\s*(?P<d>\d{1,2})日")


def timestamp_day(raw: str) -> date | None:
    """The calendar day of a machine-written timestamp in one of the shapes above."""
    if m := YEAR_FIRST.match(raw):
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    elif m := SHORT_YEAR.match(raw):
        y, mo, d = 2000 + int(m["y"]), int(m["m"]), int(m["d"])
    elif m := CJK_DATE.match(raw):
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    elif m := UNIX_DATE.match(raw):
        y, mo, d = int(m["y"]), _MONTHS.index(m["mon"].lower()) + 1, int(m["d"])
    else:
        return None
    try:
        return date(y, mo, d)
    except ValueError:
        return None
