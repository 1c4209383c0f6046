"""Version 6: a timeline event cannot be overwritten by `INSERT OR REPLACE` / `REPLACE INTO`
with an existing id (SQLite runs no delete trigger on a REPLACE): the timeline gets the
store's append-only protection in full."""

from __future__ import annotations

from models.store.append_only import make_append_only


def apply(database) -> None:
    make_append_only(database, "ticket_event")


apply_postgresql = apply
