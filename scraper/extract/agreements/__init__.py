"""Agreements between organisations: cues, parties, coreference, records and their dates.

- ``find``: agreements stated in a page's sentences, merged per relationship;
- ``cues``: trigger words for types, status and signing;
- ``patterns``: the compiled patterns the cues and parties use;
- ``parties``: who is a party (and who only funds, hosts or advises);
- ``coreference``: "both institutions", "de drie partijen", "the partners";
- ``records``: one record per relationship on a page;
- ``dating``: the date of a record;
- ``lifecycle``: records told beside the main one (a tie's start, end or first signing);
- ``vocab``: the vocabulary, as data.
"""
