"""Word lists and trigger patterns for agreements, as data compiled once by their users.

- ``triggers``: agreement types, joining, status and signing cues;
- ``parties``: funders, hosts, places and background that are not parties;
- ``coreference``: references back to organisations and agreements, partner lists;
- ``dating``: which date in or around a sentence dates a record, and which another event.
"""
