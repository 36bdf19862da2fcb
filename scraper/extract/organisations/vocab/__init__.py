"""Word lists for organisation names, as data compiled once by the modules that use them.

- ``heads``: head words that make a capitalised span an organisation;
- ``words``: connectors, sentence starters and words that rule a name out;
- ``context``: cues that make a name an organisation by where it stands.
"""
