"""Several desks on one office database: the pieces every desk, the command line and a
second desk need when they write beside each other (the data file's place and the turns
taken on a busy file are checked by the database object itself: models.store.file_place).

- What changed: `change_token()` is cheap and differs once another desk or process has
  committed (SQLite's `PRAGMA data_version`, which counts other connections' commits) or
  the store reconnected; the window polls it and refreshes only when it moved. Polling is
  also how a desk learns that its data file went away and came back. On a PostgreSQL
  server the token counts the NOTIFY announcements of other desks' commits, heard by a
  listener of its own (models.store.server_listener), and says when the server is away.
- Busy: `retrying(work)` runs `work` in one transaction and runs it again, after a
  growing, jittered pause, while the database reports a conflict with another writer that
  a second try resolves; only the sentence is shown once the bound has passed.
- One at a time: `one_at_a_time(name)` inside a transaction makes every other desk's
  transaction asking for the same name wait until this one ends (what reads the last row
  and appends the next, like the audit log's hash chain). SQLite needs nothing: its
  IMMEDIATE transactions already hold the whole file's write lock; a server takes a
  transaction-scoped advisory lock (pg_advisory_xact_lock), released at commit or rollback."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import TypeVar

from models.store.base import database
from models.store.conditions import DatabaseCondition
from models.store.dialect import on_server
from models.store.file_place import waits_for_busy

T = TypeVar("T")


def retrying(work: Callable[[], T], *, seconds: float | None = None) -> T:
    """`work()` in one transaction, run again from the start while the database reports
    a conflict with another writer that a second try resolves (busy; on a server, a
    serialization failure or deadlock). Inside a transaction already, `work()` runs once:
    the outermost caller retries the whole of it. (SQLite's busy lock is met at BEGIN,
    which the store retries by itself; this covers what happens later in a transaction.)"""
    if database.in_transaction():
        return work()
    waited = waits_for_busy(seconds)
    while True:
        try:
            with database.atomic():
                return work()
        except DatabaseCondition as error:
            if not error.retryable or not next(waited):
                raise


def change_token() -> tuple:
    """Differs from an earlier token once another connection has committed, or the store
    reconnected. Raises the LOST condition while the data file cannot be reached (and
    reconnects once it can)."""
    if on_server():
        return database.obj.change_token()  # NOTIFY heard by a listener of its own
    database.ensure_in_place()
    version = database.execute_sql("PRAGMA data_version").fetchone()[0]
    return (database.generation, version)


def changes_since(token: tuple | None) -> tuple[bool, tuple]:
    """(whether anything changed since `token`, the token to ask with next time)."""
    now = change_token()
    return (token is not None and now != token, now)


def one_at_a_time(name: str) -> None:
    """Inside a transaction: wait until no other transaction holds `name`, then hold it
    until this transaction ends (see above). Nothing to do on SQLite."""
    if on_server():
        database.execute_sql("SELECT pg_advisory_xact_lock(?)", (lock_key(name),))


def lock_key(name: str) -> int:
    """A stable 64-bit advisory-lock key for `name` (the same on every desk)."""
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)
