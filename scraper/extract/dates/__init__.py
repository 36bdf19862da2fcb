"""Dates in text, with their precision.

- ``find``: date expressions in text (``find_dates``) and single dates
  (``parse_date``, ``parse_day``);
- ``formats``: machine-readable timestamps;
- ``regex``: building blocks of the patterns;
- ``vocab``: month, weekday, season and relative-day words in English and Dutch.
"""
