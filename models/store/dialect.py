"""Which kind of database the office is open on, for the few places outside the store's
SQL that must differ (the store's own helpers below), and for whoever shows or reacts to
the server's behaviour (several desks: change notification, reconnecting).

- `dialect()`: "sqlite" (the data file) or "postgresql" (a server office);
- `is_connection_lost(error)` (models.store.conditions): the server went away;
- models.store.planning's query pieces (`unindexed`, `id_list`, `within_steps`,
  `data_stamp`) are worded per dialect."""

from __future__ import annotations

from models.store.base import database

SQLITE = "sqlite"
POSTGRESQL = "postgresql"


def dialect() -> str:
    """ "sqlite" or "postgresql": the kind of database the models are bound to now."""
    return getattr(database.obj, "dialect", SQLITE)


def on_server() -> bool:
    return dialect() == POSTGRESQL
