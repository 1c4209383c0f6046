"""Version 7: the audit log (append-only and hash-chained, see models.office.audit) and
each user's count of wrong passwords in a row, which slows further attempts."""

from __future__ import annotations

from models.store.append_only import make_append_only

AUDIT_TABLE = """CREATE TABLE IF NOT EXISTS "audit_entry" ("id" INTEGER NOT NULL PRIMARY KEY,
 "at" VARCHAR(19) NOT NULL, "actor" VARCHAR(50) NOT NULL, "kind" VARCHAR(20) NOT NULL,
 "subject" VARCHAR(200) NOT NULL, "old" TEXT NOT NULL, "new" TEXT NOT NULL,
 "previous_hash" VARCHAR(64) NOT NULL, "hash" VARCHAR(64) NOT NULL)"""


def apply(database) -> None:
    # plain ALTERs: rebuilding "user" would trip the references every ticket holds to it
    from models.store.pg_schema import postgres_ddl

    ddl = postgres_ddl if getattr(database, "dialect", "sqlite") == "postgresql" else str
    columns = {column.name for column in database.get_columns("user")}
    if "failed_logins" not in columns:
        database.execute_sql(ddl('ALTER TABLE "user" ADD COLUMN "failed_logins" INTEGER NOT NULL DEFAULT 0'))
    if "last_failed_at" not in columns:
        database.execute_sql(ddl('ALTER TABLE "user" ADD COLUMN "last_failed_at" DATETIME'))
    database.execute_sql(ddl(AUDIT_TABLE))
    database.execute_sql('CREATE INDEX IF NOT EXISTS "audit_entry_at" ON "audit_entry" ("at")')
    make_append_only(database, "audit_entry")


apply_postgresql = apply
