"""Version 2: the timeline becomes append-only in the schema itself, and users get the
time of their last login (for the users issue)."""

from __future__ import annotations

import peewee as pw
from playhouse.migrate import SqliteMigrator, migrate

APPEND_ONLY_TRIGGERS = [
    """CREATE TRIGGER IF NOT EXISTS ticket_event_no_update BEFORE UPDATE ON ticket_event
       BEGIN SELECT RAISE(ABORT, 'ticket events are append-only'); END""",
    """CREATE TRIGGER IF NOT EXISTS ticket_event_no_delete BEFORE DELETE ON ticket_event
       BEGIN SELECT RAISE(ABORT, 'ticket events are append-only'); END""",
]


def apply_postgresql(database) -> None:
    from models.store.pg_schema import make_append_only

    database.execute_sql('ALTER TABLE "user" ADD COLUMN last_login_at TEXT COLLATE "C"')
    make_append_only(database, "ticket_event")


def apply(database) -> None:
    migrator = SqliteMigrator(database)
    migrate(migrator.add_column("user", "last_login_at", pw.DateTimeField(null=True)))
    for trigger in APPEND_ONLY_TRIGGERS:
        database.execute_sql(trigger)
