"""Database layer: SQLAlchemy models, engine set-up, migrations and read queries.

The public API is the modules themselves (``db.models``, ``db.queries``,
``db.engine``, ``db.migrate``); nothing is re-exported here.
"""

__all__: list[str] = []
