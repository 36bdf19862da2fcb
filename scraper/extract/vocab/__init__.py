"""Word lists and trigger patterns for organisation and agreement extraction, as data.

Everything language-specific lives in these modules, one topic each, so the
extractors stay small and a new trigger or head word is a one-line change:

- ``org_heads``: head words that make a capitalised span an organisation;
- ``org_words``: connectors, sentence starters and words that rule a name out;
- ``org_context``: cues that make a name an organisation by where it stands;
- ``triggers``: agreement types, joining, status and signing cues;
- ``parties``: funders, hosts, places and background that are not parties;
- ``coreference``: references back to organisations and agreements, partner lists.
"""
