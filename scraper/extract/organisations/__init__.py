"""Organisations named in a text: the gazetteer, name rules, context cues and page-local aliases.

- ``mentions``: every organisation mention in a page's units, and the page's organisations;
- ``gazetteer``: known organisations and their aliases (``scraper/data/gazetteer.toml``);
- ``rules``: capitalised names built from heads, connectors and suffixes;
- ``context``: names made organisations by where they stand (partner lists, "X and Y signed");
- ``owner``: the university or hospital whose site a page is on (host, else the site's name);
- ``lexicon``: the compiled word lists the rules share;
- ``vocab``: the vocabulary, as data.

Import from the modules; this package's ``__init__`` stays empty so that
importing one module (``scraper.keys`` users in ``db``) stays cheap.
"""
