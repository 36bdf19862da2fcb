"""Built-in sources: one ``.toml`` (declarative) or ``.py`` (Python) file per site.

The registry loads every file here; see docs/adding-a-source.md.
"""
