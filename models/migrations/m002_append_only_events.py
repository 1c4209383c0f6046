"""Version 2: the timeline becomes append-only in the schema itself, and users get the
time of their last login (for the users issue)."""

from __future__ import annotations

import peewee as pw
from playhouse.migrate import SqliteMigrator, migrate

from models.tickets import APPEND_ONLY_TRIGGERS


def apply(database) -> None:
    migrator = SqliteMigrator(database)
    migrate(migrator.add_column("user", "last_login_at", pw.DateTimeField(null=True)))
    for trigger in APPEND_ONLY_TRIGGERS:
        database.execute_sql(trigger)
