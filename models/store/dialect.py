"""Which kind of database the office is open on, for the few places outside the store's
SQL that must differ (the store's own helpers below), and for whoever shows or reacts to
the server's behaviour (several desks: change notification, reconnecting).

- `dialect()`: "sqlite" (the data file) or "postgresql" (a server office);
- `is_connection_lost(error)` (models.store.conditions): the server went away;
- models.store.planning's query pieces (`unindexed`, `id_list`, `within_steps`,
  `data_stamp`) are worded per dialect;
- `in_file_order(field, descending)`: a sort key that puts empty values (NULL) where the
  data file does, on both."""

from __future__ import annotations

import peewee as pw

from models.store.base import database

SQLITE = "sqlite"
POSTGRESQL = "postgresql"


def dialect() -> str:
    """ "sqlite" or "postgresql": the kind of database the models are bound to now."""
    return getattr(database.obj, "dialect", SQLITE)


def on_server() -> bool:
    return dialect() == POSTGRESQL


def in_file_order(field: pw.Node, descending: bool = False) -> pw.Node:
    """`field` ascending or descending, with empty values (NULL) where SQLite puts them: as
    the smallest (first ascending, last descending). PostgreSQL takes them as the largest
    unless told, so a column some rows leave empty (no deadline yet, no room, no crew)
    listed the same tickets in another order there. Its indexes on those columns are
    built `NULLS FIRST` (migration 13), so one index serves both directions (a backward
    scan gives DESC NULLS LAST). The data file's SQL is left exactly as it was."""
    if not on_server() or not getattr(field, "null", False):
        return field.desc() if descending else field.asc()
    return field.desc(nulls="last") if descending else field.asc(nulls="first")
